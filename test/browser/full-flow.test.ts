// The whole flow a newcomer follows in the playground, in a real Chromium: settings → scaffold → paste the
// sample → preview shows the right weak indicators → write → validate shows the expected findings → fix
// one in the sheet → export → a .docx is produced and contains the agency name.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SAMPLE_BELOW_TARGET, SAMPLE_OVERALL } from '../../src/node/playground/sample-scores';
import { idle, openSession, ROOT, screenshot, type Session } from './harness';

const AGENCY = 'องค์การบริหารส่วนตำบลห้วยแก้ว';
let s: Session;

beforeAll(async () => {
  s = await openSession();
  await idle(s.sidebar);
}, 60000);

afterAll(async () => {
  await s?.close();
});

jest.setTimeout(60000);

/** The page as it is, then again with a window tall enough to show the whole sidebar. */
async function shoot(name: string): Promise<void> {
  await screenshot(s.page, name);
  const height = await s.sidebar.locator('#app').evaluate((el) => el.scrollHeight);
  await s.page.setViewportSize({ width: 1280, height: Math.max(900, height + 80) });
  await screenshot(s.page, `${name}-tall`);
  await s.page.setViewportSize({ width: 1280, height: 900 });
}

/** What the grid shows for one tab, as text rows. */
async function gridRows(tab: string): Promise<string[][]> {
  await s.page.locator('#tabs button', { hasText: tab }).first().click();
  return s.page
    .locator('#grid tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')));
}

async function findingTexts(step: string): Promise<string[]> {
  return s.sidebar.locator(`${step} button.finding`).allTextContents();
}

test('1. settings are saved to the ตั้งค่า tab', async () => {
  await s.sidebar.locator('[data-step="1"]').click();
  await s.sidebar.getByLabel('ชื่อหน่วยงาน (เต็ม)').fill(AGENCY);
  await s.sidebar.getByLabel('อำเภอ').fill('ภูกามยาว');
  await s.sidebar.getByLabel('จังหวัด').fill('พะเยา');
  await s.sidebar.getByLabel('ปีงบประมาณที่รายงาน (พ.ศ.)').fill('2568');
  await s.sidebar.getByLabel('ปีผลการประเมิน ITA ที่วิเคราะห์ (พ.ศ.)').fill('2567');
  await s.sidebar.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-1 .result').textContent()).resolves.toContain('บันทึกการตั้งค่าในแท็บ');
  expect((await gridRows('ตั้งค่า')).flat()).toContain(AGENCY);
  await shoot('flow-1-settings');
});

test('2. scaffolding creates the standard tabs', async () => {
  await s.sidebar.getByRole('button', { name: 'สร้าง/ซ่อมแซมแท็บ' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-1 .result').textContent()).resolves.toContain('สร้าง/ซ่อมแซมแท็บเรียบร้อย');
  const statuses = await s.sidebar
    .locator('#step-1 .tab-status li')
    .evaluateAll((items) => items.map((li) => li.className));
  expect(statuses.length).toBeGreaterThanOrEqual(9);
  expect(statuses.every((c) => c === 'tab-ok')).toBe(true);
  const tabs = await s.page.locator('#tabs button').allTextContents();
  expect(tabs).toEqual(expect.arrayContaining(['ตั้งค่า', 'คะแนน ITA', 'วิเคราะห์ผล', 'มาตรการ', 'ผลการดำเนินการ', 'OIT']));
  await shoot('flow-2-scaffold');
});

test('3. the sample paste previews the right weak indicators before anything is written', async () => {
  const measuresBefore = await gridRows('มาตรการ');
  await s.page.locator('#sample').click();
  await s.sidebar.locator('#step-2 .weak-indicator').first().waitFor();
  await idle(s.sidebar);
  const weak = await s.sidebar
    .locator('#step-2 .weak-indicator')
    .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.indicator)));
  expect(weak).toEqual([...SAMPLE_BELOW_TARGET]);
  await expect(s.sidebar.locator('#step-2 .overall-score').textContent()).resolves.toBe(SAMPLE_OVERALL.toFixed(2));
  await expect(s.sidebar.locator('#step-2 .weak-indicator[data-indicator="10"] .badge').textContent()).resolves.toBe(
    'เร่งด่วน',
  );
  // The chart: ten bars, the four below the target drawn as such.
  const bars = await s.sidebar
    .locator('#step-2 svg.chart rect.chart-bar')
    .evaluateAll((rects) =>
      rects.map((r) => [Number(r.getAttribute('data-indicator')), r.classList.contains('chart-bar-below')]),
    );
  expect(bars).toHaveLength(10);
  expect(bars.filter(([, below]) => below).map(([no]) => no)).toEqual([7, 8, 9, 10]);
  const boxes = s.sidebar.locator('#step-2 .suggestions input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThanOrEqual(SAMPLE_BELOW_TARGET.length);
  expect(await boxes.evaluateAll((els) => els.every((e) => (e as HTMLInputElement).checked))).toBe(true);
  // Nothing written yet.
  expect(await gridRows('มาตรการ')).toEqual(measuresBefore);
  await shoot('flow-3-preview');
});

test('4. write puts scores, analysis and the ticked measures in the sheet', async () => {
  await s.sidebar.getByRole('button', { name: 'บันทึกคะแนนลงชีต' }).click();
  await idle(s.sidebar);
  const result = await s.sidebar.locator('#step-2 .result').textContent();
  expect(result).toContain('บันทึกคะแนนลงชีตแล้ว');
  expect(result).toContain(`มาตรการที่เพิ่ม ${SAMPLE_BELOW_TARGET.length}`);
  const measures = await gridRows('มาตรการ');
  expect(measures.length).toBe(1 + SAMPLE_BELOW_TARGET.length);
  expect((await gridRows('คะแนน ITA')).flat()).toContain('61.25');
  await shoot('flow-4-written');
});

test('5. validation lists the measures that still lack a result for the round', async () => {
  await s.sidebar.locator('[data-step="3"]').click();
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-3 .validation-summary').textContent()).resolves.toBe('ข้อผิดพลาด 0 · คำเตือน 4');
  const findings = await findingTexts('#step-3');
  expect(findings).toHaveLength(4);
  for (const id of ['M01', 'M02', 'M03', 'M04']) {
    expect(findings.some((f) => f.includes(`"${id}"`) && f.includes('ยังไม่มีผลการดำเนินการ'))).toBe(true);
  }
  await expect(s.sidebar.locator('#step-3 .finding-group summary').first().textContent()).resolves.toContain('มาตรการ');
  await shoot('flow-5-validate');
});

test('6. clicking a finding selects its cell; after fixing it in the sheet it is gone', async () => {
  await s.sidebar.locator('#step-3 button.finding', { hasText: '"M01"' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('.status').textContent()).resolves.toBe('เลือกเซลล์ในชีตแล้ว');
  const active = s.page.locator('#grid td.active');
  await active.waitFor();
  await expect(active.textContent()).resolves.toBe('M01');
  await expect(s.page.locator('#tabs button[aria-selected="true"]').textContent()).resolves.toBe('มาตรการ');

  // The user records what was done for M01 in ผลการดำเนินการ, as in Sheets.
  const env = s.playground.emulator.env;
  env.uncounted(() => {
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('ผลการดำเนินการ')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const row = new Array<string>(headers.length).fill('');
    row[headers.indexOf('รหัสมาตรการ')] = 'M01';
    row[headers.indexOf('รอบการรายงาน')] = 'รอบ ๖ เดือน';
    row[headers.indexOf('สถานะ')] = 'ดำเนินการแล้ว';
    row[headers.indexOf('สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม')] = 'จัดอบรมเจ้าหน้าที่ ๑ ครั้ง';
    sheet.getRange(2, 1, 1, headers.length).setValues([row]);
  });

  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  const findings = await findingTexts('#step-3');
  expect(findings).toHaveLength(3);
  expect(findings.some((f) => f.includes('"M01"'))).toBe(false);
  await shoot('flow-6-fixed');
});

test('7. export makes the document, logs it, and the playground offers a .docx with the agency name', async () => {
  await s.sidebar.locator('[data-step="4"]').click();
  await s.sidebar.getByLabel('รายงานการวิเคราะห์ผลการประเมิน ITA').check();
  await s.sidebar.getByLabel('มาตรการส่งเสริมคุณธรรมและความโปร่งใส').check();
  await s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-4 [role="alert"]').isHidden()).resolves.toBe(true);
  const result = s.sidebar.locator('#step-4 .result');
  await expect(result.textContent()).resolves.toContain('สร้างเอกสารแล้ว');
  await expect(result.getByRole('link', { name: 'เปิดเอกสาร' }).getAttribute('href')).resolves.toMatch(/^https:\/\//);
  await expect(s.sidebar.locator('#step-4 ul.recent li').count()).resolves.toBe(1);
  await shoot('flow-7-export');

  const downloading = s.page.waitForEvent('download');
  await result.getByRole('link', { name: 'ดาวน์โหลดไฟล์ .docx' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const out = join(ROOT, 'test-output', 'downloads');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'flow-export.docx');
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(AGENCY);
  expect(xml).toContain('Sarabun');

  // One row in the export log tab.
  const log = await gridRows('ประวัติการส่งออก');
  expect(log.length).toBe(2);
});
