// In a real Chromium on the playground, with today's defaults (ITA 2569): a 2566 report pasted after the
// 2569 scores is shown as another year, stored as 2566 without touching the 2569 analysis or measures;
// validate then checks exactly what the export step picked and gives the export's errors.
import { idle, screenshot, useSession } from './harness';

const s = useSession();
jest.setTimeout(60000);

const AGENCY = 'องค์การบริหารส่วนตำบลห้วยแก้ว';
const SCORES_2569 = [91.5, 88.12, 93.75, 86.58, 90.1, 89.31, 87.64, 86.05, 100, 70.25];
const SCORES_2566 = [91.5, 85.12, 89.04, 84.33, 87.6, 88.4, 82.71, 83.55, 76, 66.25];
const paste = (year: number, scores: readonly number[]) =>
  [`ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}`, ...scores.map((v, i) => `ตัวชี้วัดที่ ${i + 1}\t${v.toFixed(2)}`)].join(
    '\n',
  );

/** The rows of a tab as the workbook holds them (what the grid shows), the header row included. */
async function gridRows(tab: string): Promise<string[][]> {
  const env = s.playground.emulator.env;
  return env.uncounted(() =>
    env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!.getDataRange().getDisplayValues(),
  );
}

async function previewAndWrite(text: string): Promise<string> {
  await s.sidebar.locator('[data-step="2"]').click();
  await s.sidebar.locator('#paste-text').fill(text);
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await idle(s.sidebar);
  await s.sidebar.getByRole('button', { name: 'บันทึกคะแนนลงชีต' }).click();
  await idle(s.sidebar);
  return (await s.sidebar.locator('#step-2 .result').textContent()) ?? '';
}

test('the settings default to ITA 2569; its scores are written with their analysis and measures', async () => {
  await s.sidebar.locator('[data-step="1"]').click();
  await s.sidebar.getByLabel('ชื่อหน่วยงาน (เต็ม)').fill(AGENCY);
  await s.sidebar.getByLabel('อำเภอ').fill('แม่ออน');
  await s.sidebar.getByLabel('จังหวัด').fill('เชียงใหม่');
  await expect(s.sidebar.getByLabel('ปีผลการประเมิน ITA ที่วิเคราะห์ (พ.ศ.)').inputValue()).resolves.toBe('2569');
  await s.sidebar.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-1 .result').textContent()).resolves.toContain('บันทึกการตั้งค่าในแท็บ');
  const result = await previewAndWrite(paste(2569, SCORES_2569));
  expect(result).toContain('ปีที่บันทึก 2569');
  expect(result).toContain('มาตรการที่เพิ่ม 1');
});

test('a 2566 paste is shown as another year and stored as 2566, leaving the 2569 analysis and measures', async () => {
  const analysisBefore = await gridRows('วิเคราะห์ผล');
  const measuresBefore = await gridRows('มาตรการ');
  await s.sidebar.locator('[data-step="2"]').click();
  await s.sidebar.locator('#paste-text').fill(paste(2566, SCORES_2566));
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await idle(s.sidebar);
  const choice = s.sidebar.locator('#step-2 .year-choice');
  await expect(choice.textContent()).resolves.toContain('คะแนนที่วางเป็นของปี 2566 ส่วนปี ITA ในการตั้งค่าคือ 2569');
  await expect(choice.getByLabel(/บันทึกเป็นคะแนนของปีนั้น/).isChecked()).resolves.toBe(true);
  await expect(choice.getByLabel(/เปลี่ยนปี ITA ในการตั้งค่าเป็น 2566/).isChecked()).resolves.toBe(false);
  // No measures are offered for another year's weak indicators.
  await expect(s.sidebar.locator('#step-2 .suggestions input').count()).resolves.toBe(0);
  await screenshot(s.page, 'years-other-year-preview');
  await s.sidebar.getByRole('button', { name: 'บันทึกคะแนนลงชีต' }).click();
  await idle(s.sidebar);
  const result = (await s.sidebar.locator('#step-2 .result').textContent()) ?? '';
  expect(result).toContain('ปีที่บันทึก 2566');
  expect(result).toContain('มาตรการที่เพิ่ม 0');
  expect(await gridRows('วิเคราะห์ผล')).toEqual(analysisBefore);
  expect(await gridRows('มาตรการ')).toEqual(measuresBefore);
  const years = (await gridRows('คะแนน ITA')).map((r) => r[0]);
  expect(years).toEqual(expect.arrayContaining(['2569', '2566']));
});

test('validate checks the reports picked in the export step and says what the export then says', async () => {
  await s.sidebar.locator('[data-step="4"]').click();
  await s.sidebar.getByLabel('รายงานผลการดำเนินการตามมาตรการ (O26)').check();
  await s.sidebar.locator('[data-step="3"]').click();
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-3 .checked-for').textContent()).resolves.toContain(
    'รายงานผลการดำเนินการตามมาตรการ (O26)',
  );
  const summary = (await s.sidebar.locator('#step-3 .validation-summary').textContent()) ?? '';
  const errors = Number(/ข้อผิดพลาด (\d+)/.exec(summary)?.[1]);
  expect(errors).toBeGreaterThan(0);
  const findings = await s.sidebar.locator('#step-3 button.finding').allTextContents();
  expect(findings.some((f) => f.includes('ส่งออกรายงานผลการดำเนินการไม่ได้'))).toBe(true);
  await screenshot(s.page, 'years-validate-choice');
  // The export refuses with the same number of errors.
  await s.sidebar.locator('[data-step="4"]').click();
  await s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  await idle(s.sidebar);
  const refused = s.sidebar.locator('#step-4 button.finding');
  await expect(refused.count()).resolves.toBe(errors);
});
