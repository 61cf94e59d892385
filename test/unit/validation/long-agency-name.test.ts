// An agency's own long name (over 60 characters) is its own, not "another agency's name" (§g.4): the check
// reads as far as the name goes instead of a fixed 40 characters after the prefix.
import { findOtherAgencyNames } from '../../../src/core/validation/text-rules';
import { validateWorkbook } from '../../../src/core/validation';
import { PROGRESS_TAB, SETTINGS_TAB } from '../../../src/core/tabs';
import { settingsLines, workbookFromGrids, type WorkbookGrids } from '../../../src/core/workbook';
import { cleanGrids, SETTINGS } from './fixture';

const LONG_ABT = 'องค์การบริหารส่วนตำบลบ้านหนองบัวแดงใหม่พัฒนาเฉลิมพระเกียรติสามัคคีธรรมรวมใจ';
const LONG_MUNI = 'เทศบาลตำบลบ้านหนองบัวแดงใหม่พัฒนาเฉลิมพระเกียรติสามัคคีธรรมรวมใจประชาร่วมพัฒนา';

test('the names are long enough to matter', () => {
  expect(LONG_ABT.length).toBeGreaterThan(60);
  expect(LONG_MUNI.length).toBeGreaterThan(60);
});

test("the agency's own long name is not reported, with or without spaces", () => {
  expect(findOtherAgencyNames(`เผยแพร่ผ่านเว็บไซต์${LONG_ABT} และเพจ`, LONG_ABT, 'องค์การบริหารส่วนตำบล')).toEqual([]);
  const spaced = LONG_ABT.replace('ตำบล', 'ตำบล ').replace('ใหม่', 'ใหม่ ');
  expect(findOtherAgencyNames(`ประกาศ${spaced}`, LONG_ABT, 'องค์การบริหารส่วนตำบล')).toEqual([]);
  expect(findOtherAgencyNames(`คำสั่ง${LONG_MUNI} ที่ ๑/๒๕๖๖`, LONG_MUNI, 'เทศบาลตำบล')).toEqual([]);
});

test('another agency whose name shares a long beginning is still reported', () => {
  const other = LONG_ABT.replace('รวมใจ', 'ร่วมสร้าง');
  expect(findOtherAgencyNames(`เว็บไซต์${other} และเพจ`, LONG_ABT, 'องค์การบริหารส่วนตำบล')).toEqual([other]);
});

test('validation gives no "another agency" warning for the own long name in a cell', () => {
  const g = cleanGrids() as Record<string, unknown[][]>;
  const s = { ...SETTINGS, agencyName: LONG_ABT };
  g.settings = [SETTINGS_TAB.columns.map((c) => c.header), ...settingsLines(s).map((l) => [l.label, l.value, l.note])];
  const progress = PROGRESS_TAB.columns.findIndex((c) => c.key === 'progress');
  (g.indicatorProgress?.[1] as unknown[])[progress] = `- ${LONG_ABT} จัดทำผังขั้นตอนการให้บริการประชาชน`;
  const f = validateWorkbook(workbookFromGrids(g as WorkbookGrids)).filter((x) => x.code === 'other-agency');
  // (The fixture's other rows still name ห้วยแก้ว, now another agency: those are rightly reported.)
  expect(f.filter((x) => x.tab === PROGRESS_TAB.name && x.row === 2)).toEqual([]);
  expect(f.length).toBeGreaterThan(0);
});
