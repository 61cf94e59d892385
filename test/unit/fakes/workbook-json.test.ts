import * as fc from 'fast-check';
import {
  createFakeEnvironment,
  deserializeWorkbook,
  parseWorkbookJson,
  serializeWorkbook,
  type FakeEnvironment,
  type WorkbookJson,
} from '../../../src/fakes';

type Op =
  | { kind: 'values'; sheet: number; row: number; col: number; data: unknown[][] }
  | {
      kind: 'format';
      sheet: number;
      row: number;
      col: number;
      rows: number;
      what: 'bg' | 'bold' | 'note' | 'text' | 'wrap' | 'center';
    }
  | { kind: 'list'; sheet: number; row: number; col: number; rows: number; strict: boolean }
  | { kind: 'fromRange'; sheet: number; col: number }
  | { kind: 'checkbox'; sheet: number; row: number; col: number }
  | { kind: 'protect'; sheet: number; row: number; warning: boolean }
  | { kind: 'layout'; sheet: number; col: number; width: number; frozen: number }
  | { kind: 'insertRows'; sheet: number; after: number; count: number };

const cellInput = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '=HYPERLINK("http://a.example","a")',
    "'=1+1",
    '+66812345678',
    '42',
    'TRUE',
    '2024-03-01',
    'ก ข ค',
    '',
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
);

const sheetIx = fc.integer({ min: 0, max: 2 });
const rowIx = fc.integer({ min: 1, max: 12 });
const colIx = fc.integer({ min: 1, max: 6 });

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('values' as const),
    sheet: sheetIx,
    row: rowIx,
    col: colIx,
    data: fc
      .integer({ min: 1, max: 3 })
      .chain((w) => fc.array(fc.array(cellInput, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 3 })),
  }),
  fc.record({
    kind: fc.constant('format' as const),
    sheet: sheetIx,
    row: rowIx,
    col: colIx,
    rows: fc.integer({ min: 1, max: 5 }),
    what: fc.constantFrom(
      'bg' as const,
      'bold' as const,
      'note' as const,
      'text' as const,
      'wrap' as const,
      'center' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('list' as const),
    sheet: sheetIx,
    row: rowIx,
    col: colIx,
    rows: fc.integer({ min: 1, max: 5 }),
    strict: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('fromRange' as const), sheet: sheetIx, col: colIx }),
  fc.record({ kind: fc.constant('checkbox' as const), sheet: sheetIx, row: rowIx, col: colIx }),
  fc.record({ kind: fc.constant('protect' as const), sheet: sheetIx, row: rowIx, warning: fc.boolean() }),
  fc.record({
    kind: fc.constant('layout' as const),
    sheet: sheetIx,
    col: colIx,
    width: fc.integer({ min: 20, max: 400 }),
    frozen: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    kind: fc.constant('insertRows' as const),
    sheet: sheetIx,
    after: rowIx,
    count: fc.integer({ min: 1, max: 3 }),
  }),
);

function build(ops: Op[]): FakeEnvironment {
  const env = createFakeEnvironment({ spreadsheetName: 'ITA', firstSheetName: 'ตั้งค่า' });
  const app = env.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  ss.insertSheet('มาตรการ');
  ss.insertSheet('รายการ');
  for (const o of ops) {
    const sheet = ss.getSheets()[o.sheet]!;
    try {
      switch (o.kind) {
        case 'values':
          sheet.getRange(o.row, o.col, o.data.length, o.data[0]!.length).setValues(o.data);
          break;
        case 'format': {
          const r = sheet.getRange(o.row, o.col, o.rows, 1);
          if (o.what === 'bg') r.setBackground('#FCE8E6');
          if (o.what === 'bold') r.setFontWeight('bold');
          if (o.what === 'note') r.setNote('หมายเหตุ (note)');
          if (o.what === 'text') r.setNumberFormat('@');
          if (o.what === 'wrap') r.setWrap(true);
          if (o.what === 'center') r.setHorizontalAlignment('center').setVerticalAlignment('middle');
          break;
        }
        case 'list':
          sheet
            .getRange(o.row, o.col, o.rows, 1)
            .setDataValidation(
              app
                .newDataValidation()
                .requireValueInList(['ก', 'ข'])
                .setAllowInvalid(!o.strict)
                .setHelpText('เลือก')
                .build(),
            );
          break;
        case 'fromRange':
          sheet
            .getRange(2, o.col, 10, 1)
            .setDataValidation(
              app.newDataValidation().requireValueInRange(ss.getSheets()[2]!.getRange('A1:A5')).build(),
            );
          break;
        case 'checkbox':
          sheet.getRange(o.row, o.col).insertCheckboxes();
          break;
        case 'protect':
          sheet.getRange(o.row, 1, 1, 3).protect().setWarningOnly(o.warning).setDescription(`p${o.row}`);
          break;
        case 'layout':
          sheet.setColumnWidth(o.col, o.width);
          sheet.setFrozenRows(o.frozen);
          break;
        case 'insertRows':
          sheet.insertRowsAfter(o.after, o.count);
          break;
      }
    } catch {
      // Writes refused by strict validation are part of the behaviour being saved.
    }
  }
  return env;
}

/** Everything a reader sees through the Apps Script API, per sheet. */
function observe(env: FakeEnvironment): unknown {
  return env.uncounted(() =>
    env.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => {
        const r = s.getRange(1, 1, Math.min(20, s.getMaxRows()), 8);
        return {
          name: s.getName(),
          max: [s.getMaxRows(), s.getMaxColumns(), s.getFrozenRows(), s.getColumnWidth(1), s.getColumnWidth(3)],
          values: r.getValues().map((row) => row.map((v) => (v instanceof Date ? `D${v.getTime()}` : v))),
          formulas: r.getFormulas(),
          notes: r.getNotes(),
          backgrounds: r.getBackgrounds(),
          weights: r.getFontWeights(),
          formats: r.getNumberFormats(),
          wraps: r.getWraps(),
          align: r.getHorizontalAlignments(),
          valign: r.getVerticalAlignments(),
          validations: r.getDataValidations().map((row) =>
            row.map((v) => {
              if (!v) return null;
              const values = v
                .getCriteriaValues()
                .map((x) =>
                  x && typeof x === 'object' && 'getA1Notation' in x
                    ? `${(x as GoogleAppsScript.Spreadsheet.Range).getSheet().getName()}!${(x as GoogleAppsScript.Spreadsheet.Range).getA1Notation()}`
                    : x,
                );
              return [String(v.getCriteriaType()), values, v.getAllowInvalid(), v.getHelpText()];
            }),
          ),
          protections: s
            .getProtections(env.SpreadsheetApp.ProtectionType.RANGE)
            .map((p) => [p.getRange().getA1Notation(), p.getDescription(), p.isWarningOnly()]),
        };
      }),
  );
}

describe('WorkbookJson', () => {
  it('round-trips exactly: JSON → workbook → JSON, and the Apps Script view is unchanged', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const env = build(ops);
        const json = serializeWorkbook(env.spreadsheet);
        const viaText = JSON.parse(JSON.stringify(json)) as WorkbookJson;
        expect(viaText).toEqual(json);
        const parsed = parseWorkbookJson(JSON.stringify(json));
        expect(parsed.ok).toBe(true);
        expect(serializeWorkbook(deserializeWorkbook(viaText))).toEqual(json);
        const reloaded = createFakeEnvironment({ workbook: viaText });
        expect(observe(reloaded)).toEqual(observe(env));
      }),
      { numRuns: 60 },
    );
  });

  it('is compact: a validated column is one entry, and values cover only the used area', () => {
    const env = createFakeEnvironment();
    const app = env.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet
      .getRange('A1:B1')
      .setValues([['หน่วยงาน', 'สถานะ']])
      .setFontWeight('bold')
      .setBackground('#d9ead3');
    sheet.getRange('B2:B1000').setDataValidation(app.newDataValidation().requireValueInList(['ดำเนินการแล้ว']).build());
    const json = serializeWorkbook(env.spreadsheet);
    const s = json.sheets[0]!;
    expect(s.values).toEqual([['หน่วยงาน', 'สถานะ']]);
    expect(s.fontWeights).toEqual({ A1: 'bold', B1: 'bold' });
    expect(s.backgrounds).toEqual({ A1: '#d9ead3', B1: '#d9ead3' });
    expect(Object.keys(s.dataValidations)).toEqual(['B2:B1000']);
    expect(s.dataValidations['B2:B1000']).toEqual({
      criteria: 'VALUE_IN_LIST',
      args: [['ดำเนินการแล้ว'], true],
      range: null,
      allowInvalid: true,
      helpText: null,
    });
  });

  it('keeps Dates as instants and restores them as Dates', () => {
    const env = createFakeEnvironment();
    env.SpreadsheetApp.getActiveSheet()
      .getRange('A1')
      .setValue(new Date(Date.UTC(2024, 2, 24, 3, 30)));
    const json = serializeWorkbook(env.spreadsheet);
    expect(json.sheets[0]!.values).toEqual([[{ date: '2024-03-24T03:30:00.000Z' }]]);
    const value = createFakeEnvironment({ workbook: json }).SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
    expect(value).toEqual(new Date(Date.UTC(2024, 2, 24, 3, 30)));
  });

  it('reports a damaged file in Thai and English instead of throwing', () => {
    const notJson = parseWorkbookJson('{"format":');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) {
      expect(notJson.message_en).toContain('not valid JSON');
      expect(notJson.message_th).toContain('JSON');
    }
    const good = serializeWorkbook(createFakeEnvironment().spreadsheet);
    const wrongShape = parseWorkbookJson({ ...good, sheets: [{ ...good.sheets[0], maxRows: -1 }] });
    expect(wrongShape.ok).toBe(false);
    if (!wrongShape.ok) expect(wrongShape.message_en).toContain('sheets.0.maxRows');
    const outside = parseWorkbookJson({ ...good, sheets: [{ ...good.sheets[0]!, notes: { AA1: 'x' } }] });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.message_en).toContain('AA1');
  });
});
