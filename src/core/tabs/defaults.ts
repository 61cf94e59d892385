// Default contents of the รายการ tab (reference §f.5, §d.6, §f.4). The user edits them in the sheet;
// these only seed a new tab or a newly added list column.
import { toArabicDigits } from '../thai/digits';
import type { Lists } from '../workbook/types';

/** Status words, in the order a dropdown shows them (reference §d.6). */
export const DEFAULT_STATUSES = ['ยังไม่ได้ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้ว', 'ไม่ได้ดำเนินการ'];

/** Report rounds as written in the sheet; parsed back by `parseRoundText`. */
export const ROUND_6 = 'รอบ ๖ เดือน';
export const ROUND_12 = 'รอบ ๑๒ เดือน';

export const DEFAULT_LISTS: Lists = {
  units: [
    'สำนักปลัด',
    'กองคลัง',
    'กองช่าง',
    'กองการศึกษาฯ',
    'กองสวัสดิการสังคม',
    'งานการเจ้าหน้าที่',
    'งานประชาสัมพันธ์',
    'กลุ่มงานตรวจสอบภายใน',
    'เจ้าพนักงานพัสดุ',
    'ทุกส่วนงาน',
    'ทุกสำนัก/กอง',
    'ผู้บริหาร',
    // Shared owners the add-on writes (pre-filled rows, suggested measures), so its own cells pass the
    // owners dropdown; the user may add other combinations to the list.
    'สำนักปลัด / กองคลัง',
    'สำนักปลัด / กองคลัง / กองช่าง',
  ],
  statuses: DEFAULT_STATUSES,
  rounds: [ROUND_6, ROUND_12],
  tools: ['IIT', 'EIT', 'OIT'],
  agencyTypes: ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร'],
};

/** '6' | '12' from a round cell ("รอบ ๖ เดือน", "6", "ประจำปี", "annual"); null when it names no round. */
export function parseRoundText(text: string): '6' | '12' | null {
  const t = toArabicDigits(text).replace(/\s+/g, '');
  if (/12|ประจำปี|สิ้นปี|annual/i.test(t)) return '12';
  if (/(^|[^0-9])6([^0-9]|$)/.test(t)) return '6';
  return null;
}

/** The sheet wording of a round. */
export function roundText(round: '6' | '12'): string {
  return round === '6' ? ROUND_6 : ROUND_12;
}
