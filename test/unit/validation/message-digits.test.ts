// Finding messages are read in the sidebar: one digit style (Arabic) per message, in Thai and English,
// also when they quote cells typed with Thai digits. Checked over workbooks that trigger every rule.
import { validateWorkbook, MESSAGES, type ValidateOptions } from '../../../src/core/validation';
import {
  ANALYSIS_TAB,
  MEASURES_TAB,
  OIT_TAB,
  PROGRESS_TAB,
  RESULTS_TAB,
  type TableTabSpec,
} from '../../../src/core/tabs';
import { workbookFromGrids, type WorkbookGrids } from '../../../src/core/workbook';
import type { Finding } from '../../../src/core/rpc/contract';
import { cleanGrids, scoresGrid, table } from './fixture';

type Grids = Record<string, unknown[][]>;

function cellOf(g: Grids, id: string, spec: TableTabSpec, row: number, key: string, value: unknown): void {
  const line = g[id]?.[row - 1];
  if (!line) throw new Error(`no row ${row} in ${id}`);
  line[spec.columns.findIndex((c) => c.key === key)] = value;
}

function setting(g: Grids, label: string, value: unknown): void {
  const line = g.settings?.find((r) => r[0] === label);
  if (!line) throw new Error(`no setting ${label}`);
  line[1] = value;
}

function run(change: (g: Grids) => void, purpose: 'general' | 'results' | ValidateOptions = 'general'): Finding[] {
  const g = cleanGrids() as Grids;
  change(g);
  return validateWorkbook(workbookFromGrids(g as WorkbookGrids), typeof purpose === 'string' ? { purpose } : purpose);
}

/** The 2566 workbook (complete OIT list) with one violation of nearly every rule, most in Thai digits. */
const everything = () =>
  run((g) => {
    setting(g, 'อำเภอ', '');
    setting(g, 'ปีการประเมิน ITA ที่นำมาวิเคราะห์ (พ.ศ.)', '๒๕๖๐');
    setting(g, 'ค่าเป้าหมาย (คะแนน)', '๑๕๐');
    setting(g, 'บันทึกข้อความ: ที่', 'พย ๗๖๒๐๑/');
    setting(g, 'บันทึกข้อความ: เรียน', 'นายก.....');
    setting(g, 'วันที่ของรายงาน', 'สิ้นเดือนมีนาคม');
    cellOf(g, 'measures', MEASURES_TAB, 2, 'owners', '');
    cellOf(g, 'measures', MEASURES_TAB, 2, 'period', 'ต.ค.๖๖-ธ.ค.๖๗');
    cellOf(g, 'measures', MEASURES_TAB, 2, 'item', 'X๙');
    cellOf(g, 'measures', MEASURES_TAB, 2, 'tool', 'IIT');
    cellOf(g, 'measures', MEASURES_TAB, 2, 'issue', 'ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน');
    (g.measures as unknown[][]).push([...(g.measures?.[1] as unknown[])]);
    cellOf(g, 'measures', MEASURES_TAB, 4, 'measure', 'มาตรการที่ ๓ ซ้ำรหัส');
    cellOf(g, 'measures', MEASURES_TAB, 3, 'indicator', '๑๒');
    cellOf(g, 'measures', MEASURES_TAB, 3, 'owners', 'สำนักปลัด / กองพัสดุพิเศษ');
    cellOf(g, 'results', RESULTS_TAB, 2, 'status', 'เสร็จแล้ว ๑๐๐%');
    cellOf(g, 'results', RESULTS_TAB, 2, 'evidenceUrl', 'www.huaykaew.go.th/๑');
    cellOf(g, 'results', RESULTS_TAB, 2, 'outcome', 'สำนักปลัด แ ล ะ ก อ ง คลัง');
    cellOf(g, 'results', RESULTS_TAB, 2, 'suggestions', '๑. ประชุม\n๒. ติดตาม\n๑. รายงาน');
    cellOf(g, 'results', RESULTS_TAB, 2, 'problems', 'งบประมาณ ๒ รายการไม่เพียงพอและ');
    cellOf(g, 'results', RESULTS_TAB, 3, 'measureId', 'M๙๙');
    cellOf(g, 'results', RESULTS_TAB, 3, 'date', 'วันที่ ๑ เดือน..... พ.ศ.');
    cellOf(g, 'results', RESULTS_TAB, 3, 'summary', 'จัดทำรายงานผลตามรายงานผลตาม นโยบาย ๒ ฉบับ');
    cellOf(g, 'results', RESULTS_TAB, 3, 'outcome', 'ผู้รับบริการพึงพอใจ ๙๐% ตามแบบสอบถามของตัวชี้วันที่ ๘');
    (g.results as unknown[][]).push([...(g.results?.[1] as unknown[])]);
    cellOf(g, 'indicatorProgress', PROGRESS_TAB, 2, 'period', 'พ.ค. ๖๖ - ม.ค. ๖๖');
    cellOf(g, 'indicatorProgress', PROGRESS_TAB, 3, 'period', 'เมื่อว่าง');
    cellOf(g, 'indicatorProgress', PROGRESS_TAB, 7, 'progress', '- เผยแพร่ ๓ ช่องทางผ่านเว็บไซต์องค์การบริหารส่วนตำบลบ่อยแก้ว');
    cellOf(g, 'oit', OIT_TAB, 2, 'code', 'O๔๔');
    cellOf(g, 'oit', OIT_TAB, 6, 'code', 'O๔');
    cellOf(g, 'oit', OIT_TAB, 3, 'evidenceUrl', 'http://www.huaykaewchiangmai.go.th/.go.th/๒');
    cellOf(g, 'oit', OIT_TAB, 7, 'evidenceUrl', '');
    cellOf(g, 'oit', OIT_TAB, 31, 'requirement', '- เป็นการดำเนินการในปี พ.ศ.๒๕๖๒ จำนวน 3 ครั้ง');
    cellOf(g, 'oit', OIT_TAB, 4, 'progress', '- จัดทำแผน ปี พ.ศ. ๒๕๖๕๖');
    cellOf(g, 'oit', OIT_TAB, 19, 'progress', g.oit?.[15]?.[OIT_TAB.columns.findIndex((c) => c.key === 'progress')]);
  }, 'results');

/** Years whose OIT list is partial (2569, asked as 2570) or unknown (2567), and a workbook without settings. */
const otherYears = () => [
  ...run((g) => {
    setting(g, 'ปีของเกณฑ์การประเมิน (พ.ศ.)', '๒๕๗๐');
    setting(g, 'ปีงบประมาณที่รายงาน (พ.ศ.)', '๑๒๓๔๕');
    cellOf(g, 'measures', MEASURES_TAB, 2, 'item', 'O๙๙');
    cellOf(g, 'oit', OIT_TAB, 3, 'name', '');
  }),
  ...run((g) => {
    setting(g, 'ปีของเกณฑ์การประเมิน (พ.ศ.)', '๒๕๖๗');
    cellOf(g, 'measures', MEASURES_TAB, 2, 'item', 'O๙๙');
  }),
  ...run((g) => delete g.settings),
  // Every report chosen on a workbook with nothing to print; an analysis tab of another year.
  ...run(
    (g) => {
      g.scores = scoresGrid(2564);
      for (const spec of [MEASURES_TAB, RESULTS_TAB, PROGRESS_TAB, OIT_TAB]) g[spec.id] = table(spec, []);
    },
    { reports: ['analysis', 'measures', 'results', 'progress', 'oit'], round: '12', memo: false },
  ),
  ...run(
    (g) => {
      g.scores = [...scoresGrid(2565).filter((r) => r[3] !== 4)];
      cellOf(g, 'analysis', ANALYSIS_TAB, 2, 'score', 50);
      cellOf(g, 'measures', MEASURES_TAB, 3, 'indicator', 6);
    },
    { reports: ['analysis'], round: '12', memo: false },
  ),
  // A 12-month results memo dated 20 Sep, before the round ends.
  ...run(() => undefined, { reports: ['results'], round: '12', memo: true }),
];

const THAI_DIGIT = /[\u0E50-\u0E59]/;
const ARABIC_DIGIT = /[0-9]/;

test('the workbooks trigger every rule (the fallback "invalid-value" aside)', () => {
  const codes = new Set([...everything(), ...otherYears()].map((f) => f.code));
  const missing = Object.keys(MESSAGES).filter((c) => !codes.has(c) && c !== 'invalid-value');
  expect(missing).toEqual([]);
});

test('no finding message mixes Thai and Arabic digits', () => {
  const mixed = [...everything(), ...otherYears()].flatMap((f) =>
    [f.message_th, f.message_en]
      .filter((m) => THAI_DIGIT.test(m) && ARABIC_DIGIT.test(m))
      .map((m) => `${f.code}: ${m}`),
  );
  expect(mixed).toEqual([]);
});

test('messages use Arabic digits, quoting Thai-digit cells in Arabic too', () => {
  const all = [...everything(), ...otherYears()];
  expect(all.filter((f) => THAI_DIGIT.test(f.message_th) || THAI_DIGIT.test(f.message_en))).toEqual([]);
  const period = all.find((f) => f.code === 'period-outside-fy');
  expect(period?.message_th).toBe('ระยะเวลา "ต.ค.66-ธ.ค.67" อยู่นอกปีงบประมาณ พ.ศ. 2566 (1 ต.ค. 2565 – 30 ก.ย. 2566)');
});
