// Sheets calls and CPU time of the standard tabs, measured on the fakes: scaffold on an empty workbook,
// scaffold again over 2,000 filled rows per table tab, validate (read + rules + highlights) over 2,000
// measure and 2,000 result rows. The lead wires this into `npm run bench`.
import { performance } from 'node:perf_hooks';
import { asGas, createFakeEnvironment, fakeSheetsServices, type FakeEnvironment } from '../../fakes';
import { ALL_TABS, MEASURES_TAB, RESULTS_TAB } from '../../core/tabs';
import { validateWorkbook } from '../../core/validation';
import {
  applyHighlights,
  readWorkbook,
  scaffoldWorkbook,
  type SheetsServices,
  type Spreadsheet,
} from '../../gas/sheets';

export interface TabsBenchResult {
  /** Sheets calls of scaffolding an empty workbook (all 9 tabs created). */
  scaffoldEmptyCalls: number;
  /** Sheets calls of scaffolding again when every table tab holds 2,000 filled rows. */
  scaffoldFilledCalls: number;
  /** The same on 20 rows: equal to scaffoldFilledCalls when calls do not grow with rows. */
  scaffoldSmallCalls: number;
  /** Sheets calls of validate (read every tab, validate, highlight) on 2,000 measures + 2,000 results. */
  validateCalls: number;
  validateCallsByMethod: Record<string, number>;
  findings: number;
  /** CPU time of the pure validation (rules only), median of 5 runs, ms. */
  validationCpuMs: number;
  /** Wall time of the whole validate on the fakes, ms. */
  validateWallMs: number;
}

const TODAY = new Date(2023, 0, 15);

function setup(): { env: FakeEnvironment; ss: Spreadsheet; services: SheetsServices } {
  const env = createFakeEnvironment();
  const ss = asGas<Spreadsheet>(env.spreadsheet);
  const services: SheetsServices = fakeSheetsServices(env);
  return { env, ss, services };
}

function fill(env: FakeEnvironment, ss: Spreadsheet, name: string, rows: unknown[][]): void {
  env.uncounted(() => {
    const sheet = ss.getSheetByName(name);
    if (!sheet) return;
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
    approach: '- จัดทำมาตรการ\n- เผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
    steps: `๑. แต่งตั้งคณะทำงานชุดที่ ${i + 1}\n๒. จัดทำคู่มือการปฏิบัติงาน\n๓. เผยแพร่ผ่านเว็บไซต์ขององค์การบริหารส่วนตำบลห้วยแก้ว`,
    // every 100th row carries two problems, so the highlights are written too
    owners: i % 100 === 7 ? '' : i % 2 ? 'สำนักปลัด / กองคลัง' : 'สำนักปลัด',
    period: i % 100 === 7 ? 'ต.ค.66-ธ.ค.67' : i % 3 ? 'ตลอดปีงบประมาณ' : 'ต.ค. ๖๕ ถึง ก.ย. ๖๖',
    monitoring: 'รอบ ๖ เดือน / รอบ ๑๒ เดือน',
    source: 'ผู้ใช้กรอก',
  };
  return MEASURES_TAB.columns.map((c) => v[c.key] ?? '');
}

function resultRow(i: number): unknown[] {
  const v: Record<string, unknown> = {
    measureId: `M${i + 1}`,
    round: 'รอบ ๖ เดือน', // the settings' default round for TODAY (January)
    status: 'ดำเนินการแล้ว',
    date: '๑๐ มกราคม ๒๕๖๖',
    summary: `๑. คำสั่งแต่งตั้งคณะทำงานชุดที่ ${i + 1}\n๒. เผยแพร่ข้อมูลบนเว็บไซต์`,
    outcome: 'หน่วยงานมีช่องทางการเข้าถึงข้อมูลและการให้บริการประชาชน',
    evidenceUrl: `https://www.huaykaewchiangmai.go.th/measure/${i + 1}`,
  };
  return RESULTS_TAB.columns.map((c) => v[c.key] ?? '');
}

function settingsValues(env: FakeEnvironment, ss: Spreadsheet): void {
  env.uncounted(() => {
    const sheet = ss.getSheetByName('ตั้งค่า');
    if (!sheet) return;
    const values = sheet.getDataRange().getValues();
    const set = (label: string, value: string) => {
      const r = values.findIndex((row) => row[0] === label);
      if (r >= 0) sheet.getRange(r + 1, 2).setValue(value);
    };
    set('ชื่อหน่วยงาน', 'องค์การบริหารส่วนตำบลห้วยแก้ว');
    set('อำเภอ', 'แม่ออน');
    set('จังหวัด', 'เชียงใหม่');
  });
}

function scaffoldOver(rowsPerTab: number): number {
  const { env, ss, services } = setup();
  scaffoldWorkbook(ss, services, { today: TODAY });
  for (const spec of ALL_TABS) {
    if (spec.kind !== 'table') continue;
    fill(
      env,
      ss,
      spec.name,
      Array.from({ length: rowsPerTab }, (_, i) => spec.columns.map((c) => `${c.key} ${i}`)),
    );
  }
  env.counter.reset();
  scaffoldWorkbook(ss, services, { today: TODAY });
  return env.counter.total();
}

export function runTabsBench(): TabsBenchResult {
  const empty = setup();
  scaffoldWorkbook(empty.ss, empty.services, { today: TODAY });
  const scaffoldEmptyCalls = empty.env.counter.total();

  const scaffoldFilledCalls = scaffoldOver(2000);
  const scaffoldSmallCalls = scaffoldOver(20);

  const { env, ss, services } = setup();
  scaffoldWorkbook(ss, services, { today: TODAY });
  settingsValues(env, ss);
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
  env.counter.reset();
  const t0 = performance.now();
  const data = readWorkbook(ss);
  const findings = validateWorkbook(data);
  applyHighlights(ss, services, findings);
  const validateWallMs = performance.now() - t0;
  const validateCalls = env.counter.total();
  const validateCallsByMethod = { ...env.counter.counts };
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    validateWorkbook(data);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return {
    scaffoldEmptyCalls,
    scaffoldFilledCalls,
    scaffoldSmallCalls,
    validateCalls,
    validateCallsByMethod,
    findings: findings.length,
    validationCpuMs: Math.round((times[2] ?? 0) * 10) / 10,
    validateWallMs: Math.round(validateWallMs),
  };
}
