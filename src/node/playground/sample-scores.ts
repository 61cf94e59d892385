// A realistic paste from an agency's ITAS results page, as a newcomer would copy it: the table cells arrive
// tab-separated. Below the target of 85: indicators 10, 9, 7 and 8 (10 is the lowest). The title line names
// the ITA year, so the playground offers the sample for the year the settings analyse.

/** The sample paste for ITA year `itaYear` (พ.ศ.); the scores are the same every year. */
export function sampleScores(itaYear: number): string {
  return [
    `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${itaYear}`,
    'ตัวชี้วัด\tคะแนน',
    'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t95.40',
    'ตัวชี้วัดที่ 2 การใช้งบประมาณ\t88.12',
    'ตัวชี้วัดที่ 3 การใช้อำนาจ\t93.75',
    'ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ\t86.58',
    'ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต\t90.10',
    'ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน\t89.31',
    'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร\t82.64',
    'ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน\t84.05',
    'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\t72.50',
    'ตัวชี้วัดที่ 10 การป้องกันการทุจริต\t61.25',
    'แบบวัด IIT\t90.79',
    'แบบวัด EIT\t85.33',
    'แบบวัด OIT\t66.88',
    'คะแนนรวม ITA\t79.59\tต้องปรับปรุง',
    '',
  ].join('\n');
}

/** The ITA 2567 sample (unit tests of that year's criteria use it). */
export const SAMPLE_SCORES = sampleScores(2567);

/** What the sample should produce: below-target indicators, ascending by score. */
export const SAMPLE_BELOW_TARGET = [10, 9, 7, 8] as const;
export const SAMPLE_OVERALL = 79.59;
