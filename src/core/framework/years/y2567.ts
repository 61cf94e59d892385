import {
  FIVE_LEVELS,
  MEASURE_ITEMS_UNKNOWN,
  STANDARD_INDICATORS,
  STANDARD_TOOLS,
  eitItemsAssumedFrom2565,
} from '../shared';
import type { Framework } from '../types';

/** ITA 2567: indicators and tools as before; the OIT item list is unknown (reference §c.3). */
export const framework2567 = (): Framework => ({
  year: 2567,
  passMark: 85,
  tools: STANDARD_TOOLS,
  weightsVerified: 'unverified',
  indicators: STANDARD_INDICATORS,
  indicatorsVerified: 'confirmed',
  subIndicators: [],
  oitItems: [],
  oitItemCount: null,
  oitVerified: 'unknown',
  eitItems: eitItemsAssumedFrom2565(),
  eitVerified: 'unknown',
  levels: FIVE_LEVELS,
  measureItems: MEASURE_ITEMS_UNKNOWN,
  notes: [
    {
      th: 'ไม่พบรายการข้อ OIT ปี 2567 ระดับ ป.ป.ช. กรุณาระบุรหัสข้อจากคู่มือการประเมิน',
      en: 'No NACC-level OIT item list for 2567 was found; enter the item codes from the assessment manual.',
    },
    {
      th: 'ระดับผลการประเมิน 5 ระดับ (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน) ยังไม่ได้ยืนยันจากแหล่งทางการ',
      en: 'The five result levels (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน) are not confirmed by an official source.',
    },
  ],
});
