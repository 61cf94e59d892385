// A memo or results report dated before its round's period ends: a warning saying which date to type, or to
// wait — only when the memo or the results report is exported.
import { exportValidationOptions, validateWorkbook } from '../../../src/core/validation';
import { workbookFromGrids } from '../../../src/core/workbook';
import type { WorkbookData } from '../../../src/core/workbook/types';
import type { ReportKind } from '../../../src/core/rpc/contract';
import { cleanGrids } from './fixture';

// 29 พ.ย. 2569 (FY 2570), Bangkok noon.
const NOV_29_2569 = new Date(Date.UTC(2026, 10, 29, 5));

function fy2570(reportDate = '', memoDate = ''): WorkbookData {
  const data = workbookFromGrids(cleanGrids());
  const s = data.settings!;
  data.settings = { ...s, fiscalYear: 2570, itaYear: 2569, reportDate, memo: { ...s.memo, date: memoDate } };
  return data;
}

const early = (
  data: WorkbookData,
  choice: { reports: ReportKind[]; round: '6' | '12'; memo: boolean },
  today: Date = NOV_29_2569,
) =>
  validateWorkbook(data, exportValidationOptions({ ...choice, today })).filter(
    (f) => f.code === 'date-before-round-end',
  );

test('a 6-month memo exported on 29 Nov 2569 with no date: a warning on วันที่ของรายงาน saying what to do', () => {
  const [f, ...rest] = early(fy2570(), { reports: ['progress'], round: '6', memo: true });
  expect(rest).toEqual([]);
  expect(f?.severity).toBe('warning');
  expect(f?.tab).toBe('ตั้งค่า');
  expect(f?.row).toBeGreaterThan(0);
  expect(f?.message_th).toContain('บันทึกข้อความลงวันที่ 29 พฤศจิกายน 2569 (วันที่ส่งออก');
  expect(f?.message_th).toContain('31 มีนาคม 2570');
  expect(f?.message_th).toContain('กรอก "วันที่ของรายงาน"');
  expect(f?.message_en).toContain('Type a date from 31 มีนาคม 2570 on');
});

test('no warning once the round is over, or without the memo and the results report', () => {
  const data = fy2570();
  expect(early(data, { reports: ['progress'], round: '6', memo: true }, new Date(Date.UTC(2027, 3, 2)))).toEqual([]);
  expect(early(data, { reports: ['progress'], round: '6', memo: false })).toEqual([]);
  // The memo forwarding the analysis and measures says nothing of the round.
  expect(early(data, { reports: ['analysis', 'measures'], round: '6', memo: true })).toEqual([]);
  // No day given (a general check): nothing to compare.
  expect(validateWorkbook(data, { reports: ['results'], round: '6', memo: true })).not.toContainEqual(
    expect.objectContaining({ code: 'date-before-round-end' }),
  );
});

test('12-month results report: a typed date before 30 Sep is a warning, from 30 Sep it is not', () => {
  const choice = { reports: ['results'] as ReportKind[], round: '12' as const, memo: false };
  const [f] = early(fy2570('15 ก.ย. 2570'), choice);
  expect(f?.message_th).toContain('รายงานลงวันที่ 15 กันยายน 2570 ซึ่งอยู่ก่อนสิ้นสุดรอบ 12 เดือน');
  expect(f?.message_th).not.toContain('วันที่ส่งออก');
  expect(early(fy2570('30 กันยายน 2570'), choice)).toEqual([]);
});

test('the memo’s own date is checked when typed, and points at its row', () => {
  const choice = { reports: ['oit'] as ReportKind[], round: '6' as const, memo: true };
  expect(early(fy2570('', '๑ เมษายน ๒๕๗๐'), choice)).toEqual([]);
  const [f] = early(fy2570('1 เมษายน 2570', '10 มี.ค. 2570'), choice);
  expect(f?.message_th).toContain('"บันทึกข้อความ: วันที่"');
});
