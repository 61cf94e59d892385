// Thai and English wording of every finding. Parameters are filled in by name: {header}, {value} …
// Messages are read in the sidebar, where numbers are plain Arabic digits in both languages (documents
// follow the digit setting instead); the context turns Thai digits of quoted cell text into Arabic too.
export const MESSAGES = {
  'settings-missing': {
    th: 'ยังไม่มีแท็บ "ตั้งค่า" หรือยังไม่ได้กรอก กรุณาสร้างแท็บมาตรฐานแล้วกรอกข้อมูลหน่วยงาน',
    en: 'The "ตั้งค่า" (settings) tab is missing or empty. Set up the tabs and fill in the agency details.',
  },
  'settings-required': { th: 'ต้องกรอก "{header}" ในแท็บตั้งค่า', en: 'Fill in "{header}" in the settings tab.' },
  'settings-year': {
    th: '"{header}" ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2567 (พบ "{value}")',
    en: '"{header}" must be a four-digit B.E. year such as 2567 (found "{value}").',
  },
  'settings-ita-year': {
    th: 'ปีการประเมิน ITA ({value}) ควรเป็นปีก่อนหรือปีเดียวกับปีงบประมาณที่รายงาน ({year})',
    en: 'The ITA year ({value}) should be the reported fiscal year ({year}) or the year before.',
  },
  'settings-framework-year': {
    th: 'ยังไม่มีเกณฑ์การประเมินของปี {value} ในระบบ จะใช้เกณฑ์ปี {year} แทน กรุณาตรวจสอบรายการ OIT',
    en: 'No ITA criteria for {value} yet; the {year} criteria are used instead. Check the OIT list.',
  },
  'settings-target': {
    th: 'ค่าเป้าหมายต้องเป็นตัวเลข 0–100 (พบ "{value}")',
    en: 'The target must be a number from 0 to 100 (found "{value}").',
  },
  'settings-report-date': {
    th: 'อ่าน "วันที่ของรายงาน" ไม่ได้ (พบ "{value}") รายงานจะลงวันที่ส่งออกแทน พิมพ์เช่น ๒๔ มีนาคม ๒๕๖๗',
    en: 'The report date cannot be read (found "{value}"); the reports will carry the export day. Type e.g. 24 มีนาคม 2567.',
  },
  'date-before-round-end': {
    th: '{what}ลงวันที่ {value}{source} ซึ่งอยู่ก่อนสิ้นสุด{round} ({end}) จึงรายงานผลของช่วงที่ยังไม่สิ้นสุด กรอก "{label}" ในแท็บตั้งค่าเป็นวันที่ตั้งแต่ {end} เป็นต้นไป หรือส่งออกหลังวันนั้น (ถ้าตั้งใจรายงานก่อนสิ้นรอบ ไม่ต้องแก้ไข)',
    en: 'The {whatEn} is dated {value}{sourceEn}, before the {roundEn} ends ({end}), so it reports on a period not yet over. Type a date from {end} on in "{label}" on the ตั้งค่า tab, or export after that day. (If you report early on purpose, leave it.)',
  },
  'invalid-value': {
    th: 'ค่าใน "{header}" ไม่ถูกต้อง (พบ "{value}")',
    en: 'The value of "{header}" is not valid (found "{value}").',
  },
  required: { th: 'ต้องกรอก "{header}"', en: '"{header}" is required.' },
  'not-in-list': {
    th: '"{value}" ไม่อยู่ในรายการ "{list}" (แท็บรายการ) ให้เลือกจากรายการหรือเพิ่มในแท็บรายการ',
    en: '"{value}" is not in the "{list}" list (รายการ tab). Pick from the list or add it there.',
  },
  'unit-not-in-list': {
    th: 'ผู้รับผิดชอบ "{value}" ไม่อยู่ในรายการหน่วยงาน (แท็บรายการ) ตรวจสอบการสะกดหรือเพิ่มในรายการ',
    en: 'Responsible unit "{value}" is not in the units list (รายการ tab). Check the spelling or add it.',
  },
  'duplicate-id': {
    th: 'รหัสมาตรการ "{value}" ซ้ำกับแถว {other} รหัสต้องไม่ซ้ำกัน',
    en: 'Measure id "{value}" is also used on row {other}. Ids must be unique.',
  },
  'result-unknown-measure': {
    th: 'ไม่พบรหัสมาตรการ "{value}" ในแท็บมาตรการ',
    en: 'Measure id "{value}" does not exist in the มาตรการ tab.',
  },
  'period-unreadable': {
    th: 'อ่านระยะเวลา "{value}" ไม่ได้ ให้เขียนเช่น "ตลอดปีงบประมาณ", "ต.ค. 65 ถึง ก.ย. 66" หรือ "ม.ค.-พ.ค. 66"',
    en: 'Cannot read the period "{value}". Write e.g. "ตลอดปีงบประมาณ", "ต.ค. 65 ถึง ก.ย. 66" or "ม.ค.-พ.ค. 66".',
  },
  'period-reversed': {
    th: 'ระยะเวลา "{value}" สิ้นสุดก่อนวันเริ่มต้น',
    en: 'The period "{value}" ends before it starts.',
  },
  'period-outside-fy': {
    th: 'ระยะเวลา "{value}" อยู่นอกปีงบประมาณ พ.ศ. {year} (1 ต.ค. {prev} – 30 ก.ย. {year})',
    en: 'The period "{value}" lies outside fiscal year {year} (1 Oct {prev} – 30 Sep {year}).',
  },
  'oit-code-unknown': {
    th: 'ข้อ "{value}" ไม่มีในเกณฑ์ OIT ปี {year}',
    en: 'Item "{value}" is not in the {year} OIT list.',
  },
  'oit-code-unchecked': {
    th: 'ข้อ "{value}": ยังไม่มีรายการ OIT ของปี {year} ตรวจสอบรหัสข้อไม่ได้ กรุณาตรวจกับคู่มือการประเมินของปี {year} และใส่รายการข้อไว้ในแท็บ OIT',
    en: 'Item "{value}": the {year} OIT list is not known yet, so the item code cannot be checked. Check it against the {year} assessment manual and list the items in the OIT tab.',
  },
  'oit-code-unchecked-partial': {
    th: 'ข้อ "{value}": รายการ OIT ของปี {year} ในระบบยังไม่ครบ (ทราบ {count} ข้อ) ตรวจสอบรหัสข้อไม่ได้ กรุณาตรวจกับคู่มือการประเมินของปี {year}',
    en: 'Item "{value}": the {year} OIT list is only partly known ({count} items), so the item code cannot be checked. Check it against the {year} assessment manual.',
  },
  'oit-name-unknown': {
    th: 'ข้อ {value} ยังไม่มีชื่อข้อ: รายการ OIT ปี {year} ที่มีในระบบยังไม่ครบ จึงไม่ทราบชื่อข้อนี้ กรุณากรอกชื่อข้อตามคู่มือการประเมิน ITA ปี {year} ของสำนักงาน ป.ป.ช. (ส่งออกได้ แต่ชื่อข้อในรายงานจะว่าง)',
    en: 'Item {value} has no name: the add-on\u2019s {year} OIT list is incomplete and does not know this item\u2019s name. Type the name from the NACC ITA {year} assessment manual. (You can export, but the name will be blank in the report.)',
  },
  'oit-requirement-unknown': {
    th: 'ข้อ {value}: ไม่ทราบถ้อยคำ "องค์ประกอบด้านข้อมูล" ของปี {year} ตามคู่มือของสำนักงาน ป.ป.ช. กรุณากรอกตามคู่มือการประเมิน ITA ปี {year} (ส่งออกได้ แต่ช่องนี้ในรายงานจะมีเพียงปีที่กำหนด)',
    en: 'Item {value}: the NACC wording of its data elements for {year} is not known. Type it from the NACC ITA {year} manual. (You can export, but the cell will only hold the year clause.)',
  },
  'oit-code-duplicate': {
    th: 'ข้อ {value} ซ้ำกับแถว {other}',
    en: 'Item {value} also appears on row {other}.',
  },
  'item-code-unknown': {
    th: 'รหัสข้อ "{value}" ไม่ถูกต้อง ใช้รูปแบบ O16, E6 หรือ 9.2',
    en: 'Item code "{value}" is not valid; use O16, E6 or 9.2.',
  },
  'indicator-range': {
    th: 'ตัวชี้วัดต้องเป็นเลข 1–10 (พบ "{value}")',
    en: 'The indicator must be a number from 1 to 10 (found "{value}").',
  },
  'indicator-name-mismatch': {
    th: '"{value}": ชื่อตัวชี้วัดไม่ตรงกับหมายเลข ตัวชี้วัดที่ {no} คือ "{name}"',
    en: '"{value}": the name does not match the number; indicator {no} is "{name}".',
  },
  'tool-indicator-mismatch': {
    th: 'ตัวชี้วัดที่ {no} อยู่ในเครื่องมือ {expected} ไม่ใช่ {value}',
    en: 'Indicator {no} belongs to {expected}, not {value}.',
  },
  'weak-indicator-without-measure': {
    th: 'ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำกว่าค่าเป้าหมาย {target} แต่ยังไม่มีมาตรการในแท็บมาตรการ',
    en: 'Indicator {no} {name} scored {score}, below the target {target}, but has no measure in the มาตรการ tab.',
  },
  'measure-without-result': {
    th: 'มาตรการ "{value}" ยังไม่มีผลการดำเนินการของ{round}ในแท็บผลการดำเนินการ',
    en: 'Measure "{value}" has no result for the {roundEn} round in the ผลการดำเนินการ tab.',
  },
  'url-invalid': {
    th: 'ลิงก์ "{value}" ต้องขึ้นต้นด้วย http:// หรือ https://',
    en: 'The link "{value}" must start with http:// or https://.',
  },
  'url-malformed': {
    th: 'ลิงก์ "{value}" ดูผิดรูปแบบ (มีช่องว่างหรือส่วนท้ายซ้ำ)',
    en: 'The link "{value}" looks malformed (spaces or a repeated ending).',
  },
  'published-without-evidence': {
    th: 'ทำเครื่องหมายว่าเผยแพร่แล้ว แต่ยังไม่มีลิงก์หลักฐาน',
    en: 'Marked as published but no evidence link is given.',
  },
  'stale-year': {
    th: 'พบปี พ.ศ. {value} ซึ่งไม่ใช่ปีที่รายงาน ({years}) อาจคัดลอกมาจากปีก่อน',
    en: 'Year {value} is not a reported year ({years}); it may be copied from an old report.',
  },
  'year-digits': {
    th: 'ปี "{value}" มีจำนวนหลักผิด ปี พ.ศ. ต้องมี 4 หลัก',
    en: 'The year "{value}" has the wrong number of digits; a B.E. year has four.',
  },
  'other-agency': {
    th: 'พบชื่อหน่วยงานอื่น "{value}" อาจคัดลอกมาจากเอกสารของหน่วยงานอื่น',
    en: 'Another agency\u2019s name "{value}" appears; it may be copied from another agency\u2019s document.',
  },
  'letter-spaced': {
    th: 'ข้อความเว้นวรรคทีละตัวอักษร "{value}" ควรพิมพ์ติดกัน',
    en: 'Letter-spaced text "{value}"; join the letters.',
  },
  placeholder: {
    th: 'ยังมีช่องว่างให้กรอก "{value}" กรุณาพิมพ์ข้อความจริงแทนจุด',
    en: 'A placeholder "{value}" is still to be filled in; type the real text in place of the dots.',
  },
  'ref-no-missing-number': {
    th: 'เลขที่หนังสือ "{value}" ยังไม่มีเลขลำดับหลังเครื่องหมาย "/" กรุณาเติมเลขที่ เช่น "{value}123"',
    en: 'The memo number "{value}" has no running number after the "/"; add it, e.g. "{value}123".',
  },
  misspelling: {
    th: 'พบคำที่สะกดผิด "{value}" ควรแก้เป็น "{fix}"',
    en: 'Misspelling "{value}"; it should read "{fix}".',
  },
  'broken-numbering': {
    th: 'ลำดับเลขข้อในช่องไม่ต่อเนื่อง ({value}) ควรเป็น {fix}',
    en: 'The item numbers in the cell do not run in order ({value}); they should be {fix}.',
  },
  'truncated-text': {
    th: 'ข้อความ "{value}" จบด้วยคำว่า "{word}" อาจถูกตัดขาด กรุณาเขียนต่อให้จบประโยค',
    en: 'The text "{value}" ends with "{word}" and looks cut off; finish the sentence.',
  },
  'repeated-word': {
    th: 'คำซ้ำติดกัน "{value}"',
    en: 'Repeated words "{value}".',
  },
  'duplicate-row': {
    th: 'แถวนี้ซ้ำกับแถว {other}',
    en: 'This row repeats row {other}.',
  },
  'copied-progress': {
    th: 'ความก้าวหน้าของข้อ {value} เหมือนกับข้อ {other} ทุกตัวอักษร ตรวจสอบว่าคัดลอกมาผิดข้อหรือไม่',
    en: 'The progress text of {value} is identical to {other}; check it was not copied from the wrong item.',
  },
  'analysis-other-year': {
    th: 'แท็บวิเคราะห์ผลเป็นผลวิเคราะห์คะแนนปี {value} ไม่ใช่ปี ITA {year} ในแท็บตั้งค่า รายงานการวิเคราะห์จะขัดกับตารางคะแนนของตัวเอง: วางคะแนนปี {year} ในขั้นที่ 2 แล้วกด "เขียนลงชีต" หรือแก้ปี ITA ในการตั้งค่าเป็น {value}',
    en: 'The วิเคราะห์ผล tab holds the analysis of the {value} scores, not of ITA year {year} in the settings, so the analysis report would contradict its own table. Paste the {year} scores in step 2 and press "Write to sheet", or set the ITA year to {value}.',
  },
  'analysis-score-differs': {
    th: 'คะแนนตัวชี้วัดที่ {no} ในแท็บวิเคราะห์ผล ({value}) ไม่ตรงกับคะแนนปี {year} ในแท็บคะแนน ITA ({score}): วางคะแนนปี {year} ในขั้นที่ 2 อีกครั้งเพื่อปรับผลวิเคราะห์',
    en: 'Indicator {no} scores {value} in the วิเคราะห์ผล tab but {score} for {year} in the คะแนน ITA tab. Paste the {year} scores again in step 2 to refresh the analysis.',
  },
  'report-analysis-no-scores': {
    th: 'ส่งออกรายงานการวิเคราะห์ไม่ได้: ยังไม่มีคะแนน ITA ปี {year} (ปี ITA ในแท็บตั้งค่า) ในแท็บคะแนน ITA กรุณาวางคะแนนจากระบบ ITAS ในขั้นที่ 2 ก่อน',
    en: 'The analysis report cannot be exported: the คะแนน ITA tab has no scores for ITA year {year} (the settings’ ITA year). Paste the ITAS scores in step 2 first.',
  },
  'report-analysis-incomplete-scores': {
    th: 'ส่งออกรายงานการวิเคราะห์ไม่ได้: คะแนน ITA ปี {year} ยังไม่ครบ (ขาดตัวชี้วัดที่ {value}) จึงคำนวณคะแนนรวมไม่ได้ กรุณาวางคะแนนให้ครบในขั้นที่ 2',
    en: 'The analysis report cannot be exported: the ITA {year} scores are incomplete (indicator(s) {value} missing), so the overall score cannot be computed. Paste the full scores in step 2.',
  },
  'report-no-measures': {
    th: 'ส่งออกรายงานมาตรการไม่ได้: แท็บมาตรการยังไม่มีมาตรการ กรุณาเพิ่มมาตรการ (หรือเลือกมาตรการที่ระบบเสนอในขั้นที่ 2)',
    en: 'The measures report cannot be exported: the มาตรการ tab has no measures. Add measures (or tick the suggested ones in step 2).',
  },
  'report-no-results': {
    th: 'ส่งออกรายงานผลการดำเนินการไม่ได้: แท็บผลการดำเนินการยังไม่มีผลของ{round}',
    en: 'The results report cannot be exported: the ผลการดำเนินการ tab has no results for the {roundEn} round.',
  },
  'report-no-progress': {
    th: 'ส่งออกรายงานความก้าวหน้ารายตัวชี้วัดไม่ได้: แท็บความก้าวหน้ารายตัวชี้วัดยังไม่มีแถวของตัวชี้วัดที่ 1–8 กรุณากด "สร้าง/ซ่อมแซมแท็บ" แล้วกรอกความก้าวหน้า',
    en: 'The indicator progress report cannot be exported: the ความก้าวหน้ารายตัวชี้วัด tab has no rows for indicators 1–8. Press "Set up tabs" and fill in the progress.',
  },
  'report-no-oit': {
    th: 'ส่งออกรายงานความก้าวหน้า OIT ไม่ได้: แท็บ OIT ยังไม่มีรายการข้อ กรุณากด "สร้าง/ซ่อมแซมแท็บ" หรือใส่รายการข้อ OIT',
    en: 'The OIT progress report cannot be exported: the OIT tab has no items. Press "Set up tabs" or list the OIT items.',
  },
} as const;

export type FindingCode = keyof typeof MESSAGES;

/** Fills {name} placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}
