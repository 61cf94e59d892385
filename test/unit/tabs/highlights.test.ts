// Highlights are the add-on's own conditional-format rules: validate never reads or writes a background,
// highlights move with the rows, the user's rules stay, foreign tabs get none, nothing grows in properties.
import {
  createFakeEnvironment,
  effectiveBackground,
  installGlobals,
  type FakeEnvironment,
  type SheetModel,
} from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { MEASURES_TAB, PROGRESS_TAB } from '../../../src/core/tabs';
import { LAST_VALIDATION_KEY } from '../../../src/core/workbook';
import { ERROR_HIGHLIGHT, HIGHLIGHT_FORMULA, WARNING_HIGHLIGHT } from '../../../src/gas/sheets';
import { SETTINGS } from '../validation/fixture';

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.saveSettings({ ...SETTINGS, fiscalYear: 2570, itaYear: 2569, frameworkYear: 2569 });
  api.scaffoldTabs();
});

const model = (name: string) => env.spreadsheet.model.sheets.find((s) => s.name === name) as SheetModel;
const sheet = (name: string) => env.uncounted(() => env.spreadsheet.getSheetByName(name)!);
const col = (spec: { columns: readonly { key: string }[] }, key: string) =>
  spec.columns.findIndex((c) => c.key === key) + 1;
const OWNERS = col(MEASURES_TAB, 'owners');

/** A measure row at `row`; without owners it is an error on the owners cell. */
function measure(row: number, id: string, owners: string): void {
  const line = MEASURES_TAB.columns.map((c) =>
    c.key === 'id'
      ? id
      : c.key === 'tool'
        ? 'EIT'
        : c.key === 'indicator'
          ? 9
          : c.key === 'measure'
            ? `มาตรการ ${id}`
            : c.key === 'owners'
              ? owners
              : c.key === 'period'
                ? 'ตลอดปีงบประมาณ'
                : '',
  );
  env.uncounted(() => sheet(MEASURES_TAB.name).getRange(row, 1, 1, line.length).setValues([line]));
}

test("a user's #fff2cc and #f4cccc cells with no problem keep their colour through validate", () => {
  measure(2, 'M01', 'สำนักปลัด');
  measure(3, 'M02', 'กองคลัง');
  env.uncounted(() => {
    sheet(MEASURES_TAB.name).getRange(2, OWNERS).setBackground(WARNING_HIGHLIGHT);
    sheet(MEASURES_TAB.name).getRange(3, OWNERS).setBackground(ERROR_HIGHLIGHT);
  });
  api.validateWorkbook();
  api.validateWorkbook();
  expect(model(MEASURES_TAB.name).cells[1]?.[OWNERS - 1]?.background).toBe(WARNING_HIGHLIGHT);
  expect(model(MEASURES_TAB.name).cells[2]?.[OWNERS - 1]?.background).toBe(ERROR_HIGHLIGHT);
});

test('a highlight moves with inserted rows and goes with a deleted row; the user colour underneath stays', () => {
  measure(2, 'M01', 'สำนักปลัด');
  measure(3, 'M02', '');
  env.uncounted(() => sheet(MEASURES_TAB.name).getRange(3, OWNERS).setBackground('#00ff00'));
  api.validateWorkbook();
  expect(effectiveBackground(model(MEASURES_TAB.name), 3, OWNERS)).toBe(ERROR_HIGHLIGHT);
  env.uncounted(() => sheet(MEASURES_TAB.name).insertRowsBefore(2, 2));
  expect(effectiveBackground(model(MEASURES_TAB.name), 5, OWNERS)).toBe(ERROR_HIGHLIGHT);
  expect(effectiveBackground(model(MEASURES_TAB.name), 3, OWNERS)).toBe('#ffffff');
  env.uncounted(() => sheet(MEASURES_TAB.name).deleteRow(5));
  for (let r = 1; r <= 6; r++)
    expect([ERROR_HIGHLIGHT, WARNING_HIGHLIGHT]).not.toContain(
      effectiveBackground(model(MEASURES_TAB.name), r, OWNERS),
    );
  expect(model(MEASURES_TAB.name).conditionalFormats.filter((r) => r.background === ERROR_HIGHLIGHT)).toEqual([]);
});

test("the user's own conditional formats stay, in their order, through validate runs", () => {
  measure(2, 'M01', '');
  const mine = env.uncounted(() => {
    const s = sheet(MEASURES_TAB.name);
    const rules = [
      env.SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('กองคลัง')
        .setBackground('#cfe2f3')
        .setRanges([s.getRange('E2:E50')])
        .build(),
      env.SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$A2="M09"')
        .setBackground(ERROR_HIGHLIGHT)
        .setRanges([s.getRange('A2:A50')])
        .build(),
    ];
    s.setConditionalFormatRules(rules);
    return structuredClone(model(MEASURES_TAB.name).conditionalFormats);
  });
  api.validateWorkbook();
  const after = model(MEASURES_TAB.name).conditionalFormats;
  expect(after.filter((r) => r.values[0] === HIGHLIGHT_FORMULA.error)).toHaveLength(1);
  expect(after.filter((r) => !String(r.values[0]).includes('ita-report-kit'))).toEqual(mine);
  measure(2, 'M01', 'สำนักปลัด');
  api.validateWorkbook();
  const last = model(MEASURES_TAB.name).conditionalFormats;
  expect(last.filter((r) => r.values[0] === HIGHLIGHT_FORMULA.error)).toEqual([]);
  expect(last.filter((r) => !String(r.values[0]).includes('ita-report-kit'))).toEqual(mine);
});

test('a same-named tab that set-up called foreign gets no highlight and keeps its colours', () => {
  // A workbook where the user already has a tab of that name, laid out their own way.
  const fresh = createFakeEnvironment();
  installGlobals(globalThis, fresh);
  env = fresh;
  env.uncounted(() => {
    const s = env.spreadsheet.insertSheet(PROGRESS_TAB.name);
    s.getRange(1, 1, 3, 2).setValues([
      ['ชื่อ', 'หมายเหตุ'],
      ['ก', ''],
      ['ข', ''],
    ]);
    s.getRange(2, 2).setBackground(ERROR_HIGHLIGHT);
    s.getRange(3, 2).setBackground(WARNING_HIGHLIGHT);
  });
  const summary = api.scaffoldTabs();
  expect(summary.foreign.map((f) => f.tab)).toContain(PROGRESS_TAB.name);
  api.validateWorkbook();
  api.validateWorkbook();
  expect(model(PROGRESS_TAB.name).conditionalFormats).toEqual([]);
  expect(model(PROGRESS_TAB.name).cells[1]?.[1]?.background).toBe(ERROR_HIGHLIGHT);
  expect(model(PROGRESS_TAB.name).cells[2]?.[1]?.background).toBe(WARNING_HIGHLIGHT);
});

test('upgrade: the colours the old version remembered come back once, then its memory is deleted', () => {
  measure(2, 'M01', 'สำนักปลัด');
  measure(3, 'M02', 'กองคลัง');
  env.uncounted(() => {
    sheet(MEASURES_TAB.name).getRange(2, OWNERS).setBackground(ERROR_HIGHLIGHT);
    // the user recoloured this one after the old version painted it
    sheet(MEASURES_TAB.name).getRange(3, OWNERS).setBackground('#d9d2e9');
    env.PropertiesService.getDocumentProperties().setProperties({
      [`ita.highlight.${MEASURES_TAB.id}.0`]: JSON.stringify({
        [`2,${OWNERS}`]: '#00ff00',
        [`3,${OWNERS}`]: '#ff0000',
      }),
      'other.key': 'kept',
    });
  });
  api.validateWorkbook();
  expect(model(MEASURES_TAB.name).cells[1]?.[OWNERS - 1]?.background).toBe('#00ff00');
  expect(model(MEASURES_TAB.name).cells[2]?.[OWNERS - 1]?.background).toBe('#d9d2e9');
  const props = env.uncounted(() => env.PropertiesService.getDocumentProperties().getProperties());
  // Only the fixed-size "last validated" summary is the add-on's; the colour memory is gone.
  const { [LAST_VALIDATION_KEY]: _last, ...rest } = props;
  expect(rest).toEqual({ 'other.key': 'kept' });
});

test('nothing is stored in the document properties, however many cells are highlighted', () => {
  for (let i = 0; i < 300; i++) measure(2 + i, `M${i + 1}`, '');
  api.validateWorkbook();
  api.validateWorkbook();
  // Only the "last validated" summary (counts and a time), whose size does not follow the data.
  const props = env.uncounted(() => env.PropertiesService.getDocumentProperties().getProperties());
  expect(Object.keys(props)).toEqual([LAST_VALIDATION_KEY]);
  expect(props[LAST_VALIDATION_KEY]?.length).toBeLessThan(120);
  const rule = model(MEASURES_TAB.name).conditionalFormats.find((r) => r.values[0] === HIGHLIGHT_FORMULA.error);
  // one range for the whole run of owners cells
  expect(rule?.ranges).toHaveLength(1);
});
