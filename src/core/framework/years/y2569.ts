import { buildOitItems, type OitRow } from '../build';
import { eitItemsAssumedFrom2565, FIVE_LEVELS, STANDARD_INDICATORS, STANDARD_TOOLS } from '../shared';
import type { Framework } from '../types';

const U = 'unknown' as const;
const P = ['สำนักปลัด'];
const K = ['กองคลัง'];

/**
 * ITA 2569: 26 OIT items from one assessed agency's website (reference §c.4, unverified, partial).
 * Several results items cover the previous fiscal year, O26 included.
 */
const oitRows2569 = (): readonly OitRow[] => [
  [1, 'โครงสร้าง หน้าที่และอำนาจ', null, U, P],
  [2, null, null, U, P],
  [3, 'ข้อมูลการติดต่อและช่องทางการสอบถาม', null, U, P],
  [4, 'ข่าวประชาสัมพันธ์', null, U, P],
  [5, 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', null, U, P],
  [6, null, null, U, P],
  [7, null, null, U, P],
  [8, 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', null, U, P],
  [9, 'คู่มือหรือแนวทางการขอรับบริการ', null, U, P],
  [10, 'ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)', null, U, P],
  [11, 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', null, 'monthly', K],
  [12, 'รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน', null, 'previous-fy', K],
  [13, 'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล', null, U, P],
  [14, 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', null, 'previous-fy', P],
  [15, 'ประมวลจริยธรรมการขับเคลื่อนจริยธรรม', null, U, P],
  [16, 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, U, P],
  [17, 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, U, P],
  [18, 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, U, P],
  [19, 'ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน', null, U, P],
  [
    20,
    'การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ',
    null,
    U,
    P,
  ],
  [21, 'การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ', null, U, P],
  [22, 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน', null, 'previous-fy', P],
  [23, 'แผนปฏิบัติการป้องกันการทุจริต', null, U, P],
  [24, 'รายงานผลการดำเนินการป้องกันการทุจริต', null, 'previous-fy', P],
  [25, 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', null, 'previous-fy', P],
  [26, 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', null, 'previous-fy', P],
];

export const framework2569 = (): Framework => ({
  year: 2569,
  passMark: 85,
  tools: STANDARD_TOOLS,
  weightsVerified: 'unknown',
  indicators: STANDARD_INDICATORS,
  indicatorsVerified: 'unknown',
  subIndicators: [],
  oitItems: buildOitItems(oitRows2569(), [], 'unverified'),
  oitItemCount: 26,
  oitVerified: 'unverified',
  eitItems: eitItemsAssumedFrom2565(),
  eitVerified: 'unknown',
  levels: FIVE_LEVELS,
  measureItems: {
    analysis: {
      code: 'O25',
      nameTh: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร',
      periodRule: 'previous-fy',
      verified: 'unverified',
    },
    results: {
      code: 'O26',
      nameTh: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      periodRule: 'previous-fy',
      verified: 'unverified',
    },
  },
  notes: [
    {
      th: 'รายการ OIT ปี 2569 (26 ข้อ) มาจากเว็บไซต์ของหน่วยงานหนึ่งแห่ง ยังไม่ได้ยืนยัน ข้อ O26 รายงานผลของปีงบประมาณก่อนหน้า',
      en: 'The 2569 OIT list (26 items) comes from one agency website and is unverified; O26 reports on the previous fiscal year.',
    },
    {
      th: 'น้ำหนักเครื่องมือและการจัดตัวชี้วัด 10 ตัวของปี 2569 ยังไม่ทราบแน่ชัด ใช้โครงสร้างเดิม',
      en: 'Tool weights and the ten-indicator structure are not known for 2569; the previous structure is used.',
    },
  ],
});
