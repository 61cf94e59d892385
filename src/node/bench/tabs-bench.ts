// Sheets calls of the standard tabs through the server functions the sidebar calls (workbook-api on the
// fakes): set-up of an empty workbook (in one call, and tab by tab as the sidebar does), repair over 20 and 2,000 rows per tab, validate over 2,000 measure and
// 2,000 result rows (first run and re-run), preview + write of 10 indicator scores. Each scenario reports
// calls, reads, writes and flushes (src/fakes/call-counter.ts says which call is which).
import { performance } from 'node:perf_hooks';
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../fakes';
import { ALL_TABS, MEASURES_TAB, RESULTS_TAB } from '../../core/tabs';
import { validateWorkbook } from '../../core/validation';
import { workbookFromGrids } from '../../core/workbook';
import type { SettingsInput } from '../../core/rpc/contract';
import * as api from '../../gas/api/workbook-api';
import { isHighlightRule, readWorkbookGrids, SCAFFOLD_ORDER, type Spreadsheet } from '../../gas/sheets';
import { setUpFloor, validateFloor, type Floor } from './floor';

/** Calls of one scenario, split by what they cost on real Apps Script. */
export interface CallFigures {
  readonly calls: number;
  readonly reads: number;
  readonly writes: number;
  readonly flushes: number;
  readonly byMethod: Readonly<Record<string, number>>;
}

export interface Scenario extends CallFigures {
  readonly name: string;
  /** Issue 12's goal for this scenario, when it has one. */
  readonly goal?: { readonly calls: number; readonly flushes: number };
  /** The calls no SpreadsheetApp call can merge (floor.ts), where the goal has one. */
  readonly floor?: Floor;
}

export interface TabsBenchResult {
  readonly scenarios: readonly Scenario[];
  readonly findings: number;
  /** CPU time of the pure validation (rules only, warm), median of 5 runs, ms. */
  readonly validationCpuMs: number;
}

/** The counter's figures since its last reset. */
export function figures(env: FakeEnvironment): CallFigures {
  const { reads, writes, flushes } = env.counter.kinds;
  return { calls: env.counter.total(), reads, writes, flushes, byMethod: { ...env.counter.counts } };
}

// Today's users: FY 2570 on ITA 2569.
const SETTINGS: SettingsInput = {
  agencyName: 'องค์การบริหารส่วนตำบลห้วยแก้ว',
  agencyType: 'องค์การบริหารส่วนตำบล',
  district: 'แม่ออน',
  province: 'เชียงใหม่',
  fiscalYear: 2570,
  itaYear: 2569,
  frameworkYear: 2570,
  round: '6',
  target: 85,
  digits: 'thai',
  preparer: { name: 'นางสาวสมใจ ใจดี', positionLines: ['นักจัดการงานทั่วไป'] },
  memo: { office: 'องค์การบริหารส่วนตำบลห้วยแก้ว', refNo: 'ชม ๘๐๘๐๑/๑๒๓', date: '', to: '' },
  chain: [],
};

/** Ten indicator scores of ITA 2569 as copied from the ITAS results page. */
const PASTE = [
  'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569',
  'ตัวชี้วัด\tคะแนน',
  ...[95.4, 88.12, 93.75, 86.58, 90.1, 89.31, 82.64, 84.05, 72.5, 61.25].map(
    (score, i) => `ตัวชี้วัดที่ ${i + 1}\t${score.toFixed(2)}`,
  ),
].join('\n');

function fresh(): { env: FakeEnvironment; ss: Spreadsheet } {
  const env = createFakeEnvironment();
  installGlobals(globalThis, env);
  return { env, ss: env.spreadsheet as unknown as Spreadsheet };
}

function fill(env: FakeEnvironment, ss: Spreadsheet, name: string, rows: unknown[][]): void {
  env.uncounted(() => {
    const sheet = ss.getSheetByName(name);
    if (!sheet || rows.length === 0) return;
    const start = sheet.getLastRow() + 1;
    const need = start + rows.length - 1;
    if (need > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
    sheet.getRange(start, 1, rows.length, rows[0]?.length ?? 1).setValues(rows);
  });
}

function measureRow(i: number): unknown[] {
  const v: Record<string, unknown> = {
    id: `M${i + 1}`,
    tool: 'EIT',
    indicator: 6 + (i % 3),
    item: i % 5 === 0 ? `O${(i % 43) + 1}` : '',
    issue: `ตัวชี้วัดที่ ${6 + (i % 3)} ประเด็นที่ ${i + 1}`,
    measure: `มาตรการที่ ${i + 1} เผยแพร่ข้อมูลข่าวสารและลดขั้นตอนการให้บริการประชาชน`,
    approach: "'- จัดทำมาตรการ\n- เผยแพร่บนเว็บไซต์หลักของหน่วยงาน",
    steps: `๑. แต่งตั้งคณะทำงานชุดที่ ${i + 1}\n๒. จัดทำคู่มือการปฏิบัติงาน\n๓. เผยแพร่ผ่านเว็บไซต์ขององค์การบริหารส่วนตำบลห้วยแก้ว`,
    // every 100th row carries two problems, so there are highlights to write
    owners: i % 100 === 7 ? '' : i % 2 ? 'สำนักปลัด / กองคลัง' : 'สำนักปลัด',
    period: i % 100 === 7 ? 'ต.ค.66-ธ.ค.67' : i % 3 ? 'ตลอดปีงบประมาณ' : 'ต.ค. ๖๙ ถึง ก.ย. ๗๐',
    monitoring: 'รอบ ๖ เดือน / รอบ ๑๒ เดือน',
    source: 'ผู้ใช้กรอก',
  };
  return MEASURES_TAB.columns.map((c) => v[c.key] ?? '');
}

function resultRow(i: number): unknown[] {
  const v: Record<string, unknown> = {
    measureId: `M${i + 1}`,
    round: 'รอบ ๖ เดือน',
    status: 'ดำเนินการแล้ว',
    date: '๑๐ มกราคม ๒๕๗๐',
    summary: `๑. คำสั่งแต่งตั้งคณะทำงานชุดที่ ${i + 1}\n๒. เผยแพร่ข้อมูลบนเว็บไซต์`,
    outcome: 'หน่วยงานมีช่องทางการเข้าถึงข้อมูลและการให้บริการประชาชน',
    evidenceUrl: `https://www.huaykaewchiangmai.go.th/measure/${i + 1}`,
  };
  return RESULTS_TAB.columns.map((c) => v[c.key] ?? '');
}

function setUpEmpty(): Scenario {
  const { env } = fresh();
  env.counter.reset();
  const others = env.uncounted(() => env.spreadsheet.getSheets().length);
  api.scaffoldTabs();
  return {
    name: 'set-up, empty workbook (9 tabs)',
    ...figures(env),
    goal: { calls: 120, flushes: 12 },
    floor: setUpFloor(others),
  };
}

/** Figures of several server calls, added up (each call its own execution: flushes counted per call). */
function addUp(all: readonly CallFigures[]): CallFigures {
  const byMethod: Record<string, number> = {};
  for (const f of all) for (const [k, n] of Object.entries(f.byMethod)) byMethod[k] = (byMethod[k] ?? 0) + n;
  const sum = (pick: (f: CallFigures) => number) => all.reduce((t, f) => t + pick(f), 0);
  return {
    calls: sum((f) => f.calls),
    reads: sum((f) => f.reads),
    writes: sum((f) => f.writes),
    flushes: sum((f) => f.flushes),
    byMethod,
  };
}

/** The sidebar's set-up: one server call per tab (SCAFFOLD_ORDER), each complete on its own. */
function setUpTabByTab(): Scenario {
  const { env } = fresh();
  const calls: CallFigures[] = [];
  for (let index = 0; index < SCAFFOLD_ORDER.length; index++) {
    env.counter.reset();
    api.scaffoldTab({ index });
    calls.push(figures(env));
  }
  const most = Math.max(...calls.map((c) => c.calls));
  return { name: `set-up tab by tab (sidebar: 9 calls, at most ${most} each)`, ...addUp(calls) };
}

function repairOver(rowsPerTab: number): Scenario {
  const { env, ss } = fresh();
  api.scaffoldTabs();
  for (const spec of ALL_TABS) {
    if (spec.kind !== 'table') continue;
    const rows = Array.from({ length: rowsPerTab }, (_, i) => spec.columns.map((c) => `${c.key} ${i}`));
    fill(env, ss, spec.name, rows);
  }
  env.counter.reset();
  api.scaffoldTabs();
  return { name: `repair, ${rowsPerTab.toLocaleString('en')} rows per tab`, ...figures(env) };
}

/** The bench's large workbook: settings of today, 2,000 measures and 2,000 results. */
function largeWorkbook(): { env: FakeEnvironment; ss: Spreadsheet } {
  const { env, ss } = fresh();
  api.scaffoldTabs();
  api.saveSettings(SETTINGS);
  fill(
    env,
    ss,
    MEASURES_TAB.name,
    Array.from({ length: 2000 }, (_, i) => measureRow(i)),
  );
  fill(
    env,
    ss,
    RESULTS_TAB.name,
    Array.from({ length: 2000 }, (_, i) => resultRow(i)),
  );
  return { env, ss };
}

/** For a fresh process: reads the large workbook (uncounted) and returns its first validation, to be timed. */
export function prepareColdValidation(): () => unknown {
  const { env, ss } = largeWorkbook();
  const data = env.uncounted(() => workbookFromGrids(readWorkbookGrids(ss)));
  return () => validateWorkbook(data);
}

/** The add-on's highlight rules on each tab, counted without counting calls. */
function ourRules(env: FakeEnvironment, ss: Spreadsheet): Record<string, number> {
  return env.uncounted(() =>
    Object.fromEntries(
      ss.getSheets().map((s) => [s.getName(), s.getConditionalFormatRules().filter(isHighlightRule).length]),
    ),
  );
}

function validateLarge(): { first: Scenario; again: Scenario; findings: number; cpuMs: number } {
  const { env, ss } = largeWorkbook();
  const goal = { calls: 40, flushes: 3 };
  const before = ourRules(env, ss);
  env.counter.reset();
  const summary = api.validateWorkbook();
  const first = {
    name: 'validate, 2,000 measures + 2,000 results',
    ...figures(env),
    goal,
    floor: validateFloor(summary.findings, before),
  };
  const after = ourRules(env, ss);
  env.counter.reset();
  const second = api.validateWorkbook();
  const again = {
    name: 'validate again (old highlights there)',
    ...figures(env),
    goal,
    floor: validateFloor(second.findings, after),
  };
  const data = env.uncounted(() => workbookFromGrids(readWorkbookGrids(ss)));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    validateWorkbook(data);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { first, again, findings: summary.findings.length, cpuMs: Math.round((times[2] ?? 0) * 10) / 10 };
}

function previewAndWriteScores(): Scenario {
  const { env } = fresh();
  api.scaffoldTabs();
  api.saveSettings(SETTINGS);
  env.counter.reset();
  const preview = api.previewScores({ text: PASTE }) as { suggestions?: { suggestionId: string }[] };
  api.applyScores({ text: PASTE, chosenSuggestionIds: (preview.suggestions ?? []).map((s) => s.suggestionId) });
  return { name: 'preview + write 10 scores', ...figures(env) };
}

export function runTabsBench(): TabsBenchResult {
  const validate = validateLarge();
  return {
    scenarios: [
      setUpEmpty(),
      setUpTabByTab(),
      repairOver(20),
      repairOver(2000),
      validate.first,
      validate.again,
      previewAndWriteScores(),
    ],
    findings: validate.findings,
    validationCpuMs: validate.cpuMs,
  };
}
