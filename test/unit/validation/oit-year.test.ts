// O-codes against a framework year whose OIT list is unknown (2567) or partial (2568): they can only be
// warned about, never block the export; a complete list (2566) still rejects codes it does not have. The
// add-on's own suggestions carry only item codes of the framework year in use.
import { createFakeEnvironment, installGlobals } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { resolveFramework } from '../../../src/core/framework';
import { analyze } from '../../../src/core/analysis';
import { itemInFramework } from '../../../src/core/measures/suggest';
import { suggestMeasures } from '../../../src/core/measures';
import { parseScores } from '../../../src/core/scores';
import { validateWorkbook } from '../../../src/core/validation';
import { MEASURES_TAB, OIT_TAB, SETTINGS_TAB } from '../../../src/core/tabs';
import { settingsLines, workbookFromGrids, type WorkbookGrids } from '../../../src/core/workbook';
import { SAMPLE_SCORES } from '../../../src/node/playground/sample-scores';
import { cleanGrids, SETTINGS } from './fixture';

type Grids = Record<string, unknown[][]>;
const itemCol = MEASURES_TAB.columns.findIndex((c) => c.key === 'item');

/** The clean workbook with another framework year, measure row 2's item set, and an OIT tab change. */
function validateWith(frameworkYear: number, item: string, oit?: (rows: unknown[][]) => void) {
  const g = cleanGrids() as Grids;
  g.settings = [
    SETTINGS_TAB.columns.map((c) => c.header),
    ...settingsLines({ ...SETTINGS, frameworkYear }).map((l) => [l.label, l.value, l.note]),
  ];
  (g.measures?.[1] as unknown[])[itemCol] = item;
  oit?.(g.oit as unknown[][]);
  return validateWorkbook(workbookFromGrids(g as WorkbookGrids), { purpose: 'results' });
}
const onlyHeader = (rows: unknown[][]) => rows.splice(1);
const brief = (f: ReturnType<typeof validateWith>) => f.map((x) => `${x.tab}!${x.row} ${x.code} ${x.severity}`);

describe('2567: no OIT list is known', () => {
  test('a measure item code cannot be checked: a warning that says so, not an error', () => {
    const f = validateWith(2567, 'O31', onlyHeader);
    expect(brief(f)).toEqual([`${MEASURES_TAB.name}!2 oit-code-unchecked warning`]);
    expect(f[0]?.message_th).toContain('ยังไม่มีรายการ OIT ของปี 2567');
    expect(f[0]?.message_th).toContain('ตรวจสอบรหัสข้อไม่ได้');
    expect(f[0]?.message_en).toContain('2567 OIT list is not known');
  });

  test("the OIT tab is the year's list: its codes are not flagged and they make a measure's item known", () => {
    const f = validateWith(2567, 'O31', (rows) => rows.push(['O๔๗']));
    // the clean OIT tab holds O1–O43 (typed by the user for 2567), plus a 44th row "O๔๗"
    expect(f.filter((x) => x.tab === OIT_TAB.name && x.code.startsWith('oit-code'))).toEqual([]);
    expect(brief(f).filter((x) => x.includes('oit-code'))).toEqual([]);
  });

  test('a code that is no O-code at all is still an error', () => {
    const f = validateWith(2567, '', (rows) => ((rows[1] as unknown[])[0] = 'ข้อหนึ่ง'));
    expect(brief(f)).toContain(`${OIT_TAB.name}!2 item-code-unknown error`);
  });
});

describe('2568: a partial list (26 items, some names unknown)', () => {
  test('codes past the partial list are warnings on both tabs; listed codes pass', () => {
    // (a measure's O31 would pass: the clean OIT tab lists O1–O43, so O50 is used)
    const f = validateWith(2568, 'O50');
    expect(f.filter((x) => x.severity === 'error' && x.code.startsWith('oit-code'))).toEqual([]);
    expect(brief(f)).toContain(`${MEASURES_TAB.name}!2 oit-code-unchecked-partial warning`);
    // rows 28–44 of the clean OIT tab are O27–O43
    expect(brief(f)).toContain(`${OIT_TAB.name}!28 oit-code-unchecked-partial warning`);
    expect(brief(f)).not.toContain(`${OIT_TAB.name}!27 oit-code-unchecked-partial warning`);
    expect(f.find((x) => x.row === 28 && x.tab === OIT_TAB.name)?.message_th).toContain('ทราบ 26 ข้อ');
    expect(brief(validateWith(2568, 'O2')).filter((x) => x.startsWith(MEASURES_TAB.name))).toEqual([]);
  });
});

test('2566: a complete list still rejects codes outside it', () => {
  expect(brief(validateWith(2566, 'O44'))).toEqual([`${MEASURES_TAB.name}!2 oit-code-unknown error`]);
  expect(brief(validateWith(2566, 'O18'))).toEqual([]);
});

describe('suggested measures carry only item codes of the framework year in use', () => {
  const set = parseScores(SAMPLE_SCORES).years[0]!;
  const analysis = analyze(set, { year: 2567 });
  const items = (frameworkYear: number) =>
    suggestMeasures(analysis, { frameworkYear, perIndicator: 3 }).map((s) => s.item);

  test('2566 keeps the catalogue codes; 2567 has no O-code; every code exists in its year', () => {
    // O18 (E-Service) is an indicator-9 item, so the indicator-8 row of M1 carries none.
    expect(items(2566)).toEqual(expect.arrayContaining(['E14', 'O31']));
    expect(items(2566)).not.toContain('O18');
    expect(items(2567).filter((i) => i !== null && i.startsWith('O'))).toEqual([]);
    for (const year of [2565, 2566, 2567, 2568, 2569]) {
      const fw = resolveFramework(year).framework;
      for (const item of items(year)) {
        if (item === null || !item.startsWith('O')) continue;
        expect(fw.oitItems.map((i) => i.code)).toContain(item);
      }
    }
  });

  test('an item moves to its number in the year (E-Service: O18 in 2566, O17 in 2565, O10 in 2568)', () => {
    expect(itemInFramework('O18', resolveFramework(2566).framework)).toBe('O18');
    expect(itemInFramework('O18', resolveFramework(2565).framework)).toBe('O17');
    expect(itemInFramework('O18', resolveFramework(2568).framework)).toBe('O10');
    expect(itemInFramework('O18', resolveFramework(2567).framework)).toBeNull();
    expect(itemInFramework('9.3', resolveFramework(2565).framework)).toBeNull();
  });
});

test('the sidebar flow with ITA 2567 and framework 2567: written suggestions give no error', () => {
  const env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.saveSettings({ ...SETTINGS, fiscalYear: 2568, itaYear: 2567, frameworkYear: 2567 });
  api.scaffoldTabs();
  const preview = api.previewScores({ text: SAMPLE_SCORES }) as { suggestions: { suggestionId: string }[] };
  api.applyScores({ text: SAMPLE_SCORES, chosenSuggestionIds: preview.suggestions.map((s) => s.suggestionId) });
  const summary = api.validateWorkbook();
  expect(summary.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(summary.findings.filter((f) => f.code.startsWith('oit-code'))).toEqual([]);
});
