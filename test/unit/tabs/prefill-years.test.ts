// Pre-filled rows (OIT checklist, indicator progress) follow the settings: a year-free period, and cells the
// add-on wrote and the user left alone are refreshed when the fiscal year changes. Cells the user changed
// are never touched. Items whose name the year's partial OIT list does not know are a warning, not an error.
import { OIT_TAB, PROGRESS_TAB } from '../../../src/core/tabs';
import { validateWorkbook } from '../../../src/core/validation';
import { workbookFromGrids } from '../../../src/core/workbook';
import { createFakeEnvironment, fakeSheetsServices, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import {
  readWorkbookGrids,
  scaffoldWorkbook,
  writeSettings,
  type SheetsServices,
  type Spreadsheet,
} from '../../../src/gas/sheets';
import { ORG, SETTINGS } from '../validation/fixture';

// 15 ต.ค. 2569: FY 2570, analysing ITA 2569, the 2569 criteria (26 OIT items, O2/O6/O7 unnamed).
const OCT_2569 = new Date(2026, 9, 15);

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
  jest.useFakeTimers({ now: OCT_2569, doNotFake: ['setTimeout', 'setInterval', 'setImmediate', 'nextTick'] });
});
afterEach(() => jest.useRealTimers());

const ss = () => env.spreadsheet as unknown as Spreadsheet;
const services = (): SheetsServices => fakeSheetsServices(env);
const colOf = (spec: typeof OIT_TAB, key: string) => spec.columns.findIndex((c) => c.key === key) + 1;
const values = (name: string) => env.uncounted(() => ss().getSheetByName(name)?.getDataRange().getValues() ?? []);
const cell = (name: string, row: number, col: number) => String(values(name)[row - 1]?.[col - 1] ?? '');
const setCell = (name: string, row: number, col: number, value: string) =>
  env.uncounted(() => ss().getSheetByName(name)?.getRange(row, col).setValue(value));
const rowOfCode = (code: string) => values(OIT_TAB.name).findIndex((r) => r[0] === code) + 1;
const findings = () => validateWorkbook(workbookFromGrids(readWorkbookGrids(ss())));

const REQ = colOf(OIT_TAB, 'requirement');
const PERIOD = colOf(PROGRESS_TAB, 'period');
const GUIDE = colOf(PROGRESS_TAB, 'guideline');
const FY_2568 = { ...SETTINGS, fiscalYear: 2568, itaYear: 2567, frameworkYear: 2569 };

describe('pre-filled rows after the fiscal year changes', () => {
  test('set up on FY 2570, save FY 2568: no period errors or year warnings on rows the user never typed', () => {
    api.scaffoldTabs();
    expect(cell(OIT_TAB.name, rowOfCode('O11'), REQ)).toContain('๒๕๗๐');
    expect(cell(PROGRESS_TAB.name, 2, PERIOD)).toBe('ตลอดปีงบประมาณ');
    // The user rewrites one requirement (keeping the old year) and empties another.
    const mine = '- สรุปผลรายเดือน เป็นข้อมูลรายเดือนในปี พ.ศ. ๒๕๗๐ ตามประกาศของหน่วยงาน';
    setCell(OIT_TAB.name, rowOfCode('O11'), REQ, `'${mine}`); // typed as text, as Sheets needs for '- …'
    setCell(OIT_TAB.name, rowOfCode('O14'), REQ, '');
    api.saveSettings(FY_2568);

    const f = findings();
    expect(f.filter((x) => x.code === 'period-outside-fy')).toEqual([]);
    // Only the row the user wrote still names 2570.
    expect(f.filter((x) => x.code === 'stale-year').map((x) => x.row)).toEqual([rowOfCode('O11')]);
    expect(cell(OIT_TAB.name, rowOfCode('O11'), REQ)).toBe(mine);
    expect(cell(OIT_TAB.name, rowOfCode('O14'), REQ)).toBe('');
    // "previous fiscal year" clauses now name 2567; indicator 7's guideline (row 8) names the agency's website.
    expect(cell(OIT_TAB.name, rowOfCode('O12'), REQ)).toContain('เป็นรายงานผลของปี พ.ศ. ๒๕๖๗');
    expect(cell(PROGRESS_TAB.name, 8, GUIDE)).toContain(`เว็บไซต์ ${ORG}`);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });

  test('repair refreshes what the add-on wrote (also the old "ตลอดปีงบประมาณ พ.ศ. ๒๕๗๐") and keeps user edits', () => {
    scaffoldWorkbook(ss(), services(), { today: OCT_2569 });
    // An older version wrote the year into the period; the user extended one such cell.
    setCell(PROGRESS_TAB.name, 2, PERIOD, 'ตลอดปีงบประมาณ พ.ศ. ๒๕๗๐');
    setCell(PROGRESS_TAB.name, 3, PERIOD, 'ตลอดปีงบประมาณ พ.ศ. ๒๕๗๐ (ทบทวนทุกไตรมาส)');
    const userReq = `${cell(OIT_TAB.name, rowOfCode('O22'), REQ)} และรายงานต่อผู้บริหาร`;
    setCell(OIT_TAB.name, rowOfCode('O22'), REQ, `'${userReq}`);
    // Settings changed without the sidebar (typed in the ตั้งค่า tab): nothing refreshed yet.
    writeSettings(ss(), services(), FY_2568, OCT_2569);
    expect(cell(OIT_TAB.name, rowOfCode('O12'), REQ)).toContain('๒๕๖๙');

    const summary = scaffoldWorkbook(ss(), services(), { today: OCT_2569 });
    expect(summary.repaired.map((r) => r.tab)).toEqual(expect.arrayContaining([OIT_TAB.name, PROGRESS_TAB.name]));
    expect(cell(OIT_TAB.name, rowOfCode('O12'), REQ)).toContain('๒๕๖๗');
    expect(cell(OIT_TAB.name, rowOfCode('O11'), REQ)).toContain('เป็นข้อมูลรายเดือนในปี พ.ศ. ๒๕๖๘');
    expect(cell(OIT_TAB.name, rowOfCode('O22'), REQ)).toBe(userReq);
    expect(cell(PROGRESS_TAB.name, 2, PERIOD)).toBe('ตลอดปีงบประมาณ');
    expect(cell(PROGRESS_TAB.name, 3, PERIOD)).toBe('ตลอดปีงบประมาณ พ.ศ. ๒๕๗๐ (ทบทวนทุกไตรมาส)');
    // Nothing left to refresh: a further repair changes nothing.
    const again = scaffoldWorkbook(ss(), services(), { today: OCT_2569 });
    expect(again.repaired).toEqual([]);
  });

  test('switching to Arabic digits refreshes add-on text but not text the user typed', () => {
    api.scaffoldTabs();
    setCell(PROGRESS_TAB.name, 4, GUIDE, 'แนวทางของเราเอง ๑. ประชุม ๒. ติดตาม');
    api.saveSettings({ ...FY_2568, digits: 'arabic' });
    expect(cell(OIT_TAB.name, rowOfCode('O12'), REQ)).toContain('เป็นรายงานผลของปี พ.ศ. 2567');
    expect(cell(PROGRESS_TAB.name, 2, 1)).toMatch(/^ตัวชี้วัดที่ 1 /);
    expect(cell(PROGRESS_TAB.name, 4, GUIDE)).toBe('แนวทางของเราเอง ๑. ประชุม ๒. ติดตาม');
  });
});

describe('OIT items the year\u2019s list has no name for', () => {
  test('a new file on today\u2019s defaults can export: unnamed O2, O6, O7 are warnings that say where the name is', () => {
    api.scaffoldTabs();
    const defaults = api.getSidebarState().defaults;
    expect(defaults.frameworkYear).toBe(2569);
    api.saveSettings({ ...SETTINGS, fiscalYear: defaults.fiscalYear, itaYear: defaults.itaYear, frameworkYear: 2569 });
    const f = findings();
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    const unnamed = f.filter((x) => x.code === 'oit-name-unknown');
    expect(unnamed.map((x) => x.row)).toEqual([rowOfCode('O2'), rowOfCode('O6'), rowOfCode('O7')]);
    expect(unnamed.every((x) => x.severity === 'warning' && x.column === colOf(OIT_TAB, 'name'))).toBe(true);
    expect(unnamed[0]?.message_th).toContain('คู่มือการประเมิน ITA ปี 2569');
    expect(unnamed[0]?.message_en).toContain('incomplete');
    // Typing the name from the manual clears the warning.
    setCell(OIT_TAB.name, rowOfCode('O2'), colOf(OIT_TAB, 'name'), 'ข้อมูลผู้บริหาร');
    expect(findings().filter((x) => x.code === 'oit-name-unknown')).toHaveLength(2);
  });

  test('a check for another report (O26 results only) says nothing about the OIT list; one with the OIT report does', () => {
    api.scaffoldTabs();
    api.saveSettings({ ...SETTINGS, fiscalYear: 2570, itaYear: 2569, frameworkYear: 2569 });
    const oitWording = (f: { code: string }[]) =>
      f.filter((x) => x.code === 'oit-name-unknown' || x.code === 'oit-requirement-unknown');
    const resultsOnly = api.validateWorkbook({ reports: ['results'], round: '12' });
    expect(oitWording(resultsOnly.findings)).toEqual([]);
    expect(resultsOnly.byTab.find((t) => t.tab === OIT_TAB.name)?.warnings ?? 0).toBe(0);
    // The export step's defaults (no OIT report) and the menu's validate: the same.
    expect(oitWording(api.validateWorkbook().findings)).toEqual([]);
    const withOit = api.validateWorkbook({ reports: ['results', 'oit'], round: '12' });
    expect(oitWording(withOit.findings).length).toBeGreaterThan(0);
    // A per-cell check still runs whatever the report: a status outside the list.
    setCell(OIT_TAB.name, rowOfCode('O1'), colOf(OIT_TAB, 'status'), 'ไม่มีในรายการ');
    const again = api.validateWorkbook({ reports: ['results'], round: '12' });
    expect(again.findings.some((x) => x.tab === OIT_TAB.name && x.column === colOf(OIT_TAB, 'status'))).toBe(true);
  });

  test('a year with a complete list still requires the name', () => {
    api.scaffoldTabs();
    api.saveSettings({ ...SETTINGS, fiscalYear: 2567, itaYear: 2566, frameworkYear: 2566 });
    setCell(OIT_TAB.name, rowOfCode('O2'), colOf(OIT_TAB, 'name'), '');
    const f = findings().filter((x) => x.row === rowOfCode('O2') && x.column === colOf(OIT_TAB, 'name'));
    expect(f.map((x) => `${x.code} ${x.severity}`)).toEqual(['required error']);
  });
});
