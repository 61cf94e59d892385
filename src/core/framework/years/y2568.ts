import { buildOitItems, type OitRow } from '../build';
import {
  FIVE_LEVELS,
  MEASURE_ITEMS_UNKNOWN,
  STANDARD_INDICATORS,
  STANDARD_TOOLS,
  eitItemsAssumedFrom2565,
} from '../shared';
import type { Framework } from '../types';

const U = 'unknown' as const;
const P = ['สำนักปลัด'];
const K = ['กองคลัง'];

/**
 * ITA 2568: 26 OIT items as far as one assessed agency's website shows them (reference §c.4,
 * unverified, partial). Unknown names are null; sub-indicator boundaries are unknown.
 */
const oitRows2568 = (): readonly OitRow[] => [
  [1, 'โครงสร้างและอำนาจหน้าที่', null, U, P],
  [2, null, null, U, P],
  [3, 'ข้อมูลการติดต่อ', null, U, P],
  [4, 'ข่าวประชาสัมพันธ์', null, U, P],
  [5, null, null, U, P],
  [6, null, null, U, P],
  [7, null, null, U, P],
  [8, 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', null, U, P],
  [9, 'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ', null, U, P],
  [10, 'E-Service', null, U, P],
  [11, 'ข้อมูลสถิติการให้บริการ', null, U, P],
  [12, 'รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', null, U, K],
  [13, 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', null, 'previous-fy', K],
  [14, 'แผนการบริหารและพัฒนาทรัพยากรบุคคล', null, U, P],
  [15, 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', null, 'previous-fy', P],
  [16, 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', null, U, P],
  [17, 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, U, P],
  [18, 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, U, P],
  [19, 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, U, P],
  [20, 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', null, U, P],
  [21, 'ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่', null, U, P],
  [22, 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', null, U, P],
  [23, 'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน', null, U, P],
  [24, 'รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ', null, U, P],
  [25, 'แผนปฏิบัติการป้องกันการทุจริต', null, U, P],
  [26, 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต', null, U, P],
];

export const framework2568 = (): Framework => ({
  year: 2568,
  passMark: 85,
  tools: STANDARD_TOOLS,
  weightsVerified: 'unverified',
  indicators: STANDARD_INDICATORS,
  indicatorsVerified: 'confirmed',
  subIndicators: [],
  oitItems: buildOitItems(oitRows2568(), [], 'unverified'),
  oitItemCount: 26,
  oitVerified: 'unverified',
  eitItems: eitItemsAssumedFrom2565(),
  eitVerified: 'unknown',
  levels: FIVE_LEVELS,
  measureItems: MEASURE_ITEMS_UNKNOWN,
  notes: [
    {
      th: 'รายการ OIT ปี 2568 (26 ข้อ) มาจากเว็บไซต์ของหน่วยงานหนึ่งแห่ง ยังไม่ครบและยังไม่ได้ยืนยัน ไม่ทราบว่ามีข้อเรื่องมาตรการหรือไม่',
      en: 'The 2568 OIT list (26 items) comes from one agency website; it is partial and unverified, and whether it has a measures item is unknown.',
    },
    {
      th: 'ระดับผลการประเมิน 5 ระดับยังไม่ได้ยืนยันจากแหล่งทางการ',
      en: 'The five result levels are not confirmed by an official source.',
    },
  ],
});
