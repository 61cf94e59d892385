import { buildOitItems, codes, type OitRow } from '../build';
import { EIT_ITEMS_2565, MEASURE_ITEMS_O42_O43, RATING_LEVELS, STANDARD_INDICATORS, STANDARD_TOOLS } from '../shared';
import type { Framework, SubIndicatorDef } from '../types';

/** ITA 2565: 43 OIT items in 9.1–10.2 (reference §c.1, unverified: two agency lists agree). */
const SUB_INDICATORS_2565: readonly SubIndicatorDef[] = [
  { code: '9.1', indicator: 9, nameTh: 'ข้อมูลพื้นฐาน', variantsTh: [], subGroups: [], items: codes(1, 9) },
  { code: '9.2', indicator: 9, nameTh: 'การบริหารงาน', variantsTh: [], subGroups: [], items: codes(10, 17) },
  { code: '9.3', indicator: 9, nameTh: 'การบริหารเงินงบประมาณ', variantsTh: [], subGroups: [], items: codes(18, 24) },
  {
    code: '9.4',
    indicator: 9,
    nameTh: 'การบริหารและพัฒนาทรัพยากรบุคคล',
    variantsTh: [],
    subGroups: [],
    items: codes(25, 28),
  },
  { code: '9.5', indicator: 9, nameTh: 'การส่งเสริมความโปร่งใส', variantsTh: [], subGroups: [], items: codes(29, 33) },
  {
    code: '10.1',
    indicator: 10,
    nameTh: 'การดำเนินการเพื่อป้องกันการทุจริต',
    variantsTh: [],
    subGroups: [],
    items: codes(34, 41),
  },
  {
    code: '10.2',
    indicator: 10,
    nameTh: 'มาตรการภายในเพื่อป้องกันการทุจริต',
    variantsTh: [],
    subGroups: [],
    items: codes(42, 43),
  },
];

const P = ['สำนักปลัด'];
const K = ['กองคลัง'];

/** Names only: the 2565 requirement texts are not in the reference. */
const oitRows2565 = (): readonly OitRow[] => [
  [1, 'โครงสร้าง', null, 'none', P],
  [2, 'ข้อมูลผู้บริหาร', null, 'none', P],
  [3, 'อำนาจหน้าที่', null, 'none', P],
  [4, 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', null, 'in-force', P],
  [5, 'ข้อมูลการติดต่อ', null, 'none', P],
  [6, 'กฎหมายที่เกี่ยวข้อง', null, 'none', P],
  [7, 'ข่าวประชาสัมพันธ์', null, 'current-fy', P],
  [8, 'Q&A', null, 'none', P],
  [9, 'Social Network', null, 'none', P],
  [10, 'แผนดำเนินงานประจำปี', null, 'in-force', P],
  [11, 'รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน', null, 'first-half', P],
  [12, 'รายงานผลการดำเนินงานประจำปี', null, 'previous-fy', P],
  [13, 'คู่มือหรือมาตรฐานการปฏิบัติงาน', null, 'none', P],
  [14, 'คู่มือหรือมาตรฐานการให้บริการ', null, 'none', P],
  [15, 'ข้อมูลเชิงสถิติการให้บริการ', null, 'first-half', P],
  [16, 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', null, 'previous-fy', P],
  [17, 'E-Service', null, 'none', P],
  [18, 'แผนการใช้จ่ายงบประมาณประจำปี', null, 'in-force', K],
  [19, 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน', null, 'first-half', K],
  [20, 'รายงานผลการใช้จ่ายงบประมาณประจำปี', null, 'previous-fy', K],
  [21, 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', null, 'current-fy', K],
  [22, 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', null, 'current-fy', K],
  [23, 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', null, 'monthly', K],
  [24, 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', null, 'previous-fy', K],
  [25, 'นโยบายการบริหารทรัพยากรบุคคล', null, 'in-force', P],
  [26, 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', null, 'first-half', P],
  [27, 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', null, 'in-force', P],
  [28, 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', null, 'previous-fy', P],
  [29, 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, 'none', P],
  [30, 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', null, 'none', P],
  [31, 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี', null, 'first-half', P],
  [32, 'ช่องทางการรับฟังความคิดเห็น', null, 'none', P],
  [33, 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', null, 'current-fy', P],
  [34, 'นโยบายไม่รับของขวัญ (No Gift Policy)', null, 'current-fy', P, ['เจตจำนงสุจริตของผู้บริหาร']],
  [35, 'การมีส่วนร่วมของผู้บริหาร', null, 'current-fy', P],
  [36, 'การประเมินความเสี่ยงการทุจริตประจำปี', null, 'current-fy', P],
  [37, 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', null, 'current-fy', P],
  [38, 'การเสริมสร้างวัฒนธรรมองค์กร', null, 'current-fy', P],
  [39, 'แผนปฏิบัติการป้องกันการทุจริต', null, 'in-force', P],
  [40, 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน', null, 'first-half', P],
  [41, 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', null, 'previous-fy', P],
  [42, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', null, 'previous-fy', P],
  [43, 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', null, 'current-fy', P],
];

export const framework2565 = (): Framework => ({
  year: 2565,
  passMark: 85,
  tools: STANDARD_TOOLS,
  weightsVerified: 'unverified',
  indicators: STANDARD_INDICATORS,
  indicatorsVerified: 'confirmed',
  subIndicators: SUB_INDICATORS_2565,
  oitItems: buildOitItems(oitRows2565(), SUB_INDICATORS_2565, 'unverified'),
  oitItemCount: 43,
  oitVerified: 'unverified',
  eitItems: EIT_ITEMS_2565,
  eitVerified: 'confirmed',
  levels: RATING_LEVELS,
  measureItems: MEASURE_ITEMS_O42_O43,
  notes: [
    {
      th: 'รายการ OIT ปี 2565 มาจากรายการของหน่วยงานที่ตรงกันสองแห่ง ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช.',
      en: 'The 2565 OIT list comes from two agency lists that agree; not checked against the NACC manual.',
    },
  ],
});
