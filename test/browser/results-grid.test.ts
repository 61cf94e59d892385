// The whole 12-month results flow offline, as a newcomer does it in the playground with today's defaults
// (ITA 2569): settings → set up tabs → load the sample scores → write → validate (the measures lack
// results) → type the results into the ผลการดำเนินการ tab of the grid → validate again → export → the
// downloaded .docx holds what was typed. Cell text that looks like HTML stays text.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator } from 'playwright-core';
import { toThaiDigits } from '../../src/core/thai/digits';
import { SAMPLE_BELOW_TARGET } from '../../src/node/playground/sample-scores';
import { idle, ROOT, screenshot, useSession } from './harness';

const s = useSession();
jest.setTimeout(240000);

const AGENCY = 'องค์การบริหารส่วนตำบลบ้านกลาง';
const XSS = '<img src=x onerror=alert(1)>';
const MEASURES = SAMPLE_BELOW_TARGET.map((_, i) => `M0${i + 1}`);
/** What the officer types for each measure (the report writes its digits as Thai digits). */
const summaryOf = (id: string) => `จัดประชุมชี้แจงเจ้าหน้าที่ตามมาตรการ ${id} ครบทุกกอง`;
const outcomeOf = (id: string) => `เจ้าหน้าที่เข้าใจแนวทางของมาตรการ ${id}`;

async function until(check: () => Promise<boolean> | boolean, what: string, timeout = 15000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the grid has written and read back everything (it is aria-busy meanwhile). */
async function gridIdle(): Promise<void> {
  await s.page.locator('#sheet[aria-busy="false"]').waitFor();
}

/** Opens a tab of the grid by its exact name. */
async function openTab(name: string): Promise<void> {
  await s.page
    .locator('#sheet .jtabs-headers > div')
    .filter({ hasText: new RegExp(`^${name}$`) })
    .click();
}

/** A cell of the tab shown, by 1-based column and row as in Sheets. */
function cell(column: number, row: number): Locator {
  return s.page.locator(`#sheet .jss_worksheet:visible td[data-x="${column - 1}"][data-y="${row - 1}"]`);
}

/** The stored value of a cell of the emulated workbook, as the add-on would read it. */
function stored(tab: string, column: number, row: number): unknown {
  const env = s.playground.emulator.env;
  return env.uncounted(() =>
    env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!.getRange(row, column).getValue(),
  );
}

/**
 * Double-clicks a cell once the grid is idle and the cell is scrolled into view: the grid, like the
 * component, ends an edit when its content scrolls.
 */
async function startEditing(column: number, row: number): Promise<void> {
  await gridIdle();
  await cell(column, row).scrollIntoViewIfNeeded();
  await s.page.waitForTimeout(150);
  await cell(column, row).dblclick();
}

/** Types into a cell as a user does (double-click, type, Enter) and waits until the workbook holds it. */
async function typeInto(column: number, row: number, text: string, expected: unknown = text): Promise<void> {
  const tab = 'ผลการดำเนินการ';
  await startEditing(column, row);
  const editor = s.page.locator('#sheet .pg-editor');
  await editor.fill(text);
  await editor.press('Enter');
  await until(() => stored(tab, column, row) === expected, `${text} in ${tab}`);
  await gridIdle();
}

/** Picks a dropdown choice in a cell and waits until the workbook holds it. */
async function choose(column: number, row: number, choice: string, tab = 'ผลการดำเนินการ'): Promise<void> {
  await startEditing(column, row);
  await s.page
    .locator('.jdropdown-item:visible')
    .filter({ hasText: new RegExp(`^${choice}$`) })
    .click();
  await until(() => stored(tab, column, row) === choice, `${choice} in ${tab}`);
  await gridIdle();
}

async function headers(tab: string): Promise<string[]> {
  const env = s.playground.emulator.env;
  return env.uncounted(() => {
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!;
    return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  });
}

test('1. settings for the annual round, set-up, sample scores of the settings year, write', async () => {
  await s.sidebar.locator('[data-step="1"]').click();
  await s.sidebar.getByLabel('ชื่อหน่วยงาน (เต็ม)').fill(AGENCY);
  await s.sidebar.getByLabel('อำเภอ').fill('เมือง');
  await s.sidebar.getByLabel('จังหวัด').fill('น่าน');
  await expect(s.sidebar.getByLabel('ปีผลการประเมิน ITA ที่วิเคราะห์ (พ.ศ.)').inputValue()).resolves.toBe('2569');
  await s.sidebar.locator('#step-1').getByLabel('รอบรายงาน').selectOption('12');
  await s.sidebar.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await idle(s.sidebar);
  await s.sidebar.getByRole('button', { name: 'สร้าง/ซ่อมแซมแท็บ' }).click();
  // Set-up runs one server call per tab: allow it the time it takes on a busy machine.
  await s.sidebar.locator('#app[aria-busy="false"]').waitFor({ timeout: 60000 });
  await until(async () => (await s.page.locator('#sheet .jtabs-headers > div').count()) >= 9, 'the tabs in the grid');

  // The sample follows the settings' ITA year and says so.
  await expect(s.page.locator('#sample').textContent()).resolves.toContain('ITA 2569');
  await s.page.locator('#sample').click();
  await s.sidebar.locator('#step-2 .weak-indicator').first().waitFor();
  await expect(s.sidebar.locator('#paste-text').inputValue()).resolves.toContain('พ.ศ. 2569');
  await idle(s.sidebar);
  await s.sidebar.getByRole('button', { name: /ลงชีต/ }).click();
  await idle(s.sidebar);
  await openTab('มาตรการ');
  // The grid re-reads the workbook after the sidebar's burst of calls: wait for it rather than race it.
  await until(async () => (await cell(1, 2).textContent()) === 'M01', 'M01 in the grid');
  await screenshot(s.page, 'grid-1-measures');
});

test('2. validation says the measures have no results yet', async () => {
  await s.sidebar.locator('[data-step="3"]').click();
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  const findings = await s.sidebar.locator('#step-3 button.finding').allTextContents();
  for (const id of MEASURES) {
    expect(findings.some((f) => f.includes(`"${id}"`) && f.includes('ยังไม่มีผลการดำเนินการ'))).toBe(true);
  }
  // ITA 2569: the NACC wording of 26 OIT items is unknown. Those 26 warnings fold under one line, so the
  // measures' warnings are not buried under them; the folded rows still lead to their cells.
  const more = s.sidebar.locator('#step-3 details.finding-more');
  await expect(more.locator('summary').first().textContent()).resolves.toBe('คำเตือนเดียวกันอีก 25 แถว (แถว 3–27)');
  expect(await s.sidebar.locator('#step-3 button.finding:visible').count()).toBeLessThan(12);
  for (const id of MEASURES) {
    await expect(s.sidebar.locator('#step-3 button.finding', { hasText: `"${id}"` }).isVisible()).resolves.toBe(true);
  }
  await more.locator('summary').first().click();
  await expect(more.first().locator('button.finding').last().textContent()).resolves.toContain('O26');
  await screenshot(s.page, 'grid-1a-folded-warnings');
  // The highlights show in the grid: the measure ids lacking results are coloured.
  await gridIdle();
  await openTab('มาตรการ');
  await expect(cell(1, 2).evaluate((td) => td.style.backgroundColor)).resolves.not.toBe('');
  await screenshot(s.page, 'grid-1b-highlights');
});

test('3. the results are typed into the grid, with its dropdowns, and stored as typed', async () => {
  await openTab('ผลการดำเนินการ');
  const names = await headers('ผลการดำเนินการ');
  const col = (header: string) => names.indexOf(header) + 1;
  // The add-on's dropdowns are dropdowns in the grid, with the workbook's choices.
  await startEditing(col('สถานะ'), 2);
  const statuses = await s.page.locator('.jdropdown-item:visible').allTextContents();
  expect(statuses).toEqual(['ยังไม่ได้ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้ว', 'ไม่ได้ดำเนินการ']);
  await s.page.keyboard.press('Escape');
  await until(async () => (await s.page.locator('.jdropdown-item:visible').count()) === 0, 'the dropdown to close');

  for (const [i, id] of MEASURES.entries()) {
    const row = i + 2;
    await choose(col('รหัสมาตรการ'), row, id);
    await choose(col('รอบการรายงาน'), row, 'รอบ ๑๒ เดือน');
    await choose(col('สถานะ'), row, 'ดำเนินการแล้ว');
    await typeInto(col('สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม'), row, summaryOf(id));
    await typeInto(col('ผลลัพธ์หรือความสำเร็จในการดำเนินการ'), row, outcomeOf(id));
  }
  // Markup typed into a cell is text: in the workbook, in the grid, and never run.
  await typeInto(col('ปัญหาอุปสรรค'), 2, XSS);
  await expect(cell(col('ปัญหาอุปสรรค'), 2).textContent()).resolves.toBe(XSS);
  await expect(s.page.locator('#sheet img').count()).resolves.toBe(0);
  expect(s.dialogs).toEqual([]);
  // Sheets' input rules: a leading apostrophe keeps text, a date becomes a date.
  await typeInto(col('วันที่ดำเนินการ'), 2, "'15 ก.ย. 2569", '15 ก.ย. 2569');
  await expect(cell(col('วันที่ดำเนินการ'), 2).textContent()).resolves.toBe('15 ก.ย. 2569');
  await startEditing(col('วันที่ดำเนินการ'), 3);
  await s.page.locator('#sheet .pg-editor').fill('2026-09-15');
  await s.page.locator('#sheet .pg-editor').press('Enter');
  const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';
  await until(() => isDate(stored('ผลการดำเนินการ', col('วันที่ดำเนินการ'), 3)), 'a date');
  await gridIdle();
  await expect(cell(col('วันที่ดำเนินการ'), 3).textContent()).resolves.toBe('2026-09-15');
  await screenshot(s.page, 'grid-2-results-typed');
});

test('4. validation no longer misses results, and the grid shows what the sidebar selects', async () => {
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  const summary = await s.sidebar.locator('#step-3 .validation-summary').textContent();
  expect(summary).toMatch(/^ข้อผิดพลาด 0/);
  const findings = await s.sidebar.locator('#step-3 button.finding').allTextContents();
  expect(findings.filter((f) => f.includes('ยังไม่มีผลการดำเนินการ'))).toEqual([]);
  // Their highlights are gone from the grid.
  await gridIdle();
  await openTab('มาตรการ');
  await expect(cell(1, 2).evaluate((td) => td.style.backgroundColor)).resolves.toBe('');
  await screenshot(s.page, 'grid-3-validated');
  // A finding clicked in the sidebar opens its tab in the grid with its cell selected.
  const finding = s.sidebar.locator('#step-3 button.finding').first();
  const row = Number(/แถว (\d+)/.exec((await finding.textContent()) ?? '')?.[1]);
  await finding.click();
  await idle(s.sidebar);
  const tab = await s.sidebar.locator('#step-3 .finding-group summary').first().textContent();
  await until(
    async () => (await s.page.locator(`#sheet td.highlight-selected[data-y="${row - 1}"]:visible`).count()) === 1,
    'the selected cell',
  );
  expect(tab).toContain((await s.page.locator('#sheet .jtabs-headers > div.jtabs-selected').textContent()) ?? '?');
});

test('5. export of the 12-month results downloads a .docx with the typed results', async () => {
  await s.sidebar.locator('[data-step="4"]').click();
  await s.sidebar.getByLabel(/^รายงานผลการดำเนินการตามมาตรการ/).check();
  await s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  await idle(s.sidebar);
  const result = s.sidebar.locator('#step-4 .result');
  await expect(result.textContent()).resolves.toContain('สร้างเอกสารแล้ว');
  await screenshot(s.page, 'grid-4-exported');

  const downloading = s.page.waitForEvent('download');
  await result.getByRole('link', { name: 'ดาวน์โหลดไฟล์ .docx' }).click();
  const download = await downloading;
  const out = join(ROOT, 'test-output', 'downloads');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'grid-results-12.docx');
  await download.saveAs(file);
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(AGENCY);
  expect(text).toContain('๑๒ เดือน');
  for (const id of MEASURES) {
    expect(text).toContain(toThaiDigits(summaryOf(id)));
    expect(text).toContain(toThaiDigits(outcomeOf(id)));
  }
  // The typed markup reached the document as text (escaped in the XML, digits as Thai digits).
  expect(xml).toContain('&lt;img src=x onerror=alert(๑)&gt;');
  // The grid after the export: the log tab holds one row.
  await openTab('ประวัติการส่งออก');
  await expect(cell(1, 2).textContent()).resolves.not.toBe('');
});
