// The sidebar knows where the user is (issue 11), in a real Chromium on the playground: it opens at the first
// step not done and says what is done; a step picked while the state loads is kept; report labels follow the
// framework year (O25/O26 with the 2569 criteria, O42/O43 with 2566); recent exports are newest first; set-up
// runs tab by tab up to 9/9 and says what was done when it fails part-way; unsaved settings and validation
// results made stale by a write are said so.
import { SAMPLE_SCORES } from '../../src/node/playground/sample-scores';
import { idle, screenshot, SCREENSHOTS, useSession } from './harness';

const s = useSession();
jest.setTimeout(60000);
beforeAll(() => s.page.setDefaultTimeout(15000));

const AGENCY = 'องค์การบริหารส่วนตำบลห้วยแก้ว';
const visibleStep = () => s.sidebar.locator('section.step:not([hidden])').getAttribute('id');
const field = (label: string) => s.sidebar.locator('#step-1').getByLabel(label, { exact: true });
const doneText = () => s.sidebar.locator('.done-panel').textContent();

/** The sample paste moved to another ITA year, with every score shifted (so two years differ). */
function pasteOf(year: number, shift: number): string {
  return SAMPLE_SCORES.replace('2567', String(year))
    .split('\n')
    .filter((line) => !/^(แบบวัด|คะแนนรวม)/.test(line))
    .map((line) => line.replace(/\t(\d+\.\d+)$/, (_, n: string) => `\t${(Number(n) + shift).toFixed(2)}`))
    .join('\n');
}

async function reload(): Promise<void> {
  await s.page.reload();
  await idle(s.sidebar);
  await s.sidebar.locator('.done-panel:not([hidden])').waitFor();
}

async function writeScores(year: number, shift: number): Promise<void> {
  await s.sidebar.locator('[data-step="2"]').click();
  await s.sidebar.locator('#step-2').getByLabel('ปี ITA ของคะแนน').fill(String(year));
  await s.sidebar.locator('#paste-text').fill(pasteOf(year, shift));
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await idle(s.sidebar);
  await s.sidebar.getByRole('button', { name: 'บันทึกคะแนนลงชีต' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-2 .result').textContent()).resolves.toContain('บันทึกคะแนนลงชีตแล้ว');
}

test('a new file opens at the settings and says nothing is done yet', async () => {
  await expect(visibleStep()).resolves.toBe('step-1');
  const done = await doneText();
  expect(done).toContain('ยังไม่ได้ตั้งค่าหน่วยงาน');
  expect(done).toContain('แท็บมาตรฐานพร้อม 0/9');
  expect(done).toContain('ยังไม่ได้ส่งออกรายงาน');
});

test('a step picked while the state is still loading is kept when the (slow) answer arrives', async () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await s.page.route('**/rpc/getSidebarState', async (route) => {
    await gate;
    await route.continue();
  });
  await s.page.reload();
  await s.sidebar.locator('#app[aria-busy="true"]').waitFor();
  // While loading, the recent exports say they are loading, not "no exports yet".
  await expect(s.sidebar.locator('#step-4 ul.recent').textContent()).resolves.toBe('กำลังโหลดประวัติการส่งออก…');
  await s.sidebar.locator('[data-step="3"]').click();
  await expect(visibleStep()).resolves.toBe('step-3');
  // The answer comes late (as on Apps Script, seconds later) and would open the settings of this new file.
  await new Promise((r) => setTimeout(r, 1500));
  release();
  await idle(s.sidebar);
  await s.sidebar.locator('.done-panel:not([hidden])').waitFor();
  await expect(visibleStep()).resolves.toBe('step-3');
  await expect(s.sidebar.locator('#step-4 ul.recent').textContent()).resolves.toBe('ยังไม่เคยส่งออก');
  await s.page.unroute('**/rpc/getSidebarState');
});

test('report labels follow the framework year: O25/O26 with the 2569 criteria', async () => {
  await reload();
  await s.sidebar.locator('[data-step="1"]').click();
  await field('ชื่อหน่วยงาน (เต็ม)').fill(AGENCY);
  await field('อำเภอ').fill('ภูกามยาว');
  await field('จังหวัด').fill('พะเยา');
  await field('ปีงบประมาณที่รายงาน (พ.ศ.)').fill('2570');
  await field('ปีผลการประเมิน ITA ที่วิเคราะห์ (พ.ศ.)').fill('2569');
  await expect(field('ปีของเกณฑ์การประเมิน').inputValue()).resolves.toBe('2569');
  await s.sidebar.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await idle(s.sidebar);
  const labels = await s.sidebar.locator('#step-4 fieldset legend, #step-4 .check label').allTextContents();
  expect(labels).toEqual(
    expect.arrayContaining([
      'รายงานการวิเคราะห์ผลการประเมิน ITA (O25)',
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (O25)',
      'รายงานผลการดำเนินการตามมาตรการ (O26)',
      'รูปแบบรายงานผล (O26)',
    ]),
  );
  expect(labels.join(' ')).not.toMatch(/O4[23]/);
  await s.sidebar.getByRole('button', { name: 'English' }).click();
  await expect(s.sidebar.locator('#step-4 .check label').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['Integrity measures (O25)', 'Results of the measures (O26)']),
  );
  await s.sidebar.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
  // Saved but the tabs are not set up: the settings step is still where the user is.
  await reload();
  await expect(visibleStep()).resolves.toBe('step-1');
  await expect(doneText()).resolves.toContain(`ตั้งค่าหน่วยงานแล้ว: ${AGENCY}`);
});

test('set-up runs tab by tab with progress up to 9/9, then the file opens at the scores', async () => {
  // Every text the status line shows while setting up.
  await s.sidebar.locator('#app').evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStatus: string[] }).seenStatus = seen;
    const status = document.querySelector('.status')!;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const calls: number[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await s.page.route('**/rpc/scaffoldTab', async (route) => {
    const index = (JSON.parse(route.request().postData() ?? '{}') as { args: [{ index: number }] }).args[0].index;
    calls.push(index);
    // The third tab waits, so the progress can be seen (and photographed) half-way.
    if (index === 2) await gate;
    await route.continue();
  });
  await s.sidebar.getByRole('button', { name: 'สร้าง/ซ่อมแซมแท็บ' }).click();
  const progress = s.sidebar.locator('#step-1 .progress');
  await progress.locator('.progress-text', { hasText: 'กำลังสร้างแท็บ 3/9 …' }).waitFor();
  await expect(progress.textContent()).resolves.toContain('✓ รายการ, ตั้งค่า');
  await screenshot(s.page, 'sidebar-flow-scaffold-progress');
  release();
  await idle(s.sidebar);
  await s.page.unroute('**/rpc/scaffoldTab');
  expect(calls).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const seen = await s.sidebar
    .locator('#app')
    .evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
  for (let n = 1; n <= 9; n++) expect(seen).toContain(`กำลังสร้างแท็บ ${n}/9 …`);
  await expect(s.sidebar.locator('#step-1 .result').textContent()).resolves.toContain('เสร็จแล้ว 9/9');
  const statuses = await s.sidebar.locator('#step-1 .tab-status li').evaluateAll((li) => li.map((l) => l.className));
  expect(statuses).toHaveLength(9);
  expect(statuses.every((c) => c === 'tab-ok')).toBe(true);
  await reload();
  await expect(visibleStep()).resolves.toBe('step-2');
  await expect(doneText()).resolves.toContain('แท็บมาตรฐานพร้อม 9/9');
  await expect(doneText()).resolves.toContain('ยังไม่มีคะแนน ITA ปี 2569 ในชีต');
});

test('a set-up that fails part-way says which tabs were done', async () => {
  await s.page.route('**/rpc/scaffoldTab', async (route) => {
    const index = (JSON.parse(route.request().postData() ?? '{}') as { args: [{ index: number }] }).args[0].index;
    if (index < 4) return route.continue();
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: { ok: false, error: { code: 'busy', message_th: 'มีการทำงานอื่นอยู่', message_en: 'Busy' } },
      }),
    });
  });
  await s.sidebar.locator('[data-step="1"]').click();
  await s.sidebar.getByRole('button', { name: 'สร้าง/ซ่อมแซมแท็บ' }).click();
  await idle(s.sidebar);
  await s.page.unroute('**/rpc/scaffoldTab');
  await expect(s.sidebar.locator('#step-1 [role="alert"]').textContent()).resolves.toContain('มีการทำงานอื่นอยู่');
  const note = await s.sidebar.locator('#step-1 .partial-note').textContent();
  expect(note).toContain('สร้างแท็บเสร็จ 4 จาก 9 แท็บ (รายการ, ตั้งค่า, คะแนน ITA, วิเคราะห์ผล)');
  expect(note).toContain('กด "สร้าง/ซ่อมแซมแท็บ" อีกครั้งเพื่อทำต่อ');
  await screenshot(s.page, 'sidebar-flow-scaffold-partial');
});

test('scores of the ITA year written: the file opens at validation and says the score, the weak indicators and the change', async () => {
  await writeScores(2568, -2);
  await writeScores(2569, 0);
  await reload();
  await expect(visibleStep()).resolves.toBe('step-3');
  const done = await doneText();
  // The sample overall, computed as the reports compute it; four indicators below 85; +2.00 on 2568.
  expect(done).toMatch(/คะแนน ITA 2569: \d+\.\d\d/);
  expect(done).toContain('ต่ำกว่าเป้าหมาย 4 ตัวชี้วัด');
  expect(done).toContain('เทียบปี 2568: +2.00');
  expect(done).toContain('ยังไม่ได้ตรวจสอบข้อมูล');
});

test('the preview chart labels two decimals, never across the target line', async () => {
  await s.sidebar.locator('[data-step="2"]').click();
  await s.sidebar.locator('#paste-text').fill(pasteOf(2569, 0).replace('84.05', '84.99'));
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await idle(s.sidebar);
  const values = await s.sidebar.locator('#step-2 svg.chart text.chart-value').allTextContents();
  expect(values).toContain('84.99');
  expect(values).not.toContain('85');
  const crossings = await s.sidebar.locator('#step-2 svg.chart').evaluate((chart) => {
    const line = chart.querySelector('line.chart-target')!.getBoundingClientRect();
    const y = (line.top + line.bottom) / 2;
    return Array.from(chart.querySelectorAll('text.chart-value'))
      .map((t) => t.getBoundingClientRect())
      .filter((r) => r.top < y && r.bottom > y).length;
  });
  expect(crossings).toBe(0);
  // The paste box wraps instead of hiding the end of long lines.
  const wrap = await s.sidebar.locator('#paste-text').evaluate((el) => getComputedStyle(el).whiteSpace);
  expect(wrap).toBe('pre-wrap');
});

test('validation results are marked out of date after a write, with a button to run again', async () => {
  await s.sidebar.locator('[data-step="3"]').click();
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-3 .stale-note').count()).resolves.toBe(0);
  await expect(doneText()).resolves.toMatch(/ตรวจสอบล่าสุด \d\d\/\d\d\/25\d\d \d\d:\d\d: ผิดพลาด \d+ · เตือน \d+/);
  await writeScores(2569, 0.5);
  await s.sidebar.locator('[data-step="3"]').click();
  await expect(s.sidebar.locator('#step-3 .stale-note').textContent()).resolves.toContain('อาจไม่เป็นปัจจุบัน');
  await expect(doneText()).resolves.toContain('ควรตรวจอีกครั้ง');
  await s.sidebar.locator('#step-3 .stale-note').getByRole('button', { name: 'ตรวจสอบอีกครั้ง' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-3 .stale-note').count()).resolves.toBe(0);
});

test('validated without errors: the file opens at the export', async () => {
  // Warnings only (measures without results yet): nothing stops an export, so the export is the next step.
  await expect(s.sidebar.locator('#step-3 .validation-summary').textContent()).resolves.toMatch(/^ข้อผิดพลาด 0 · /);
  await reload();
  await expect(visibleStep()).resolves.toBe('step-4');
});

test('recent exports: newest first after 7 exports', async () => {
  const env = s.playground.emulator.env;
  env.uncounted(() => {
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('ประวัติการส่งออก')!;
    const rows = [1, 2, 3, 4, 5, 6].map((n) => [
      `0${n}/11/2569 09:00`,
      `รายงานทดสอบ ${n}`,
      `https://docs.google.com/document/d/doc${n}/edit`,
      'playground@localhost',
    ]);
    sheet.getRange(2, 1, rows.length, 4).setValues(rows);
  });
  await reload();
  let recent = await s.sidebar.locator('#step-4 ul.recent li').allTextContents();
  expect(recent.map((r) => /รายงานทดสอบ \d/.exec(r)?.[0])).toEqual([
    'รายงานทดสอบ 6',
    'รายงานทดสอบ 5',
    'รายงานทดสอบ 4',
    'รายงานทดสอบ 3',
    'รายงานทดสอบ 2',
  ]);
  await expect(doneText()).resolves.toContain('ส่งออกล่าสุด 06/11/2569 09:00: รายงานทดสอบ 6');

  // The 7th export, made now, heads the list.
  await s.sidebar.locator('[data-step="4"]').click();
  await s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-4 .result').textContent()).resolves.toContain('สร้างเอกสารแล้ว');
  recent = await s.sidebar.locator('#step-4 ul.recent li').allTextContents();
  expect(recent).toHaveLength(5);
  expect(recent[0]).not.toContain('รายงานทดสอบ');
  expect(recent.slice(1).map((r) => /รายงานทดสอบ \d/.exec(r)?.[0])).toEqual([
    'รายงานทดสอบ 6',
    'รายงานทดสอบ 5',
    'รายงานทดสอบ 4',
    'รายงานทดสอบ 3',
  ]);
});

test('labels follow the framework year: O42/O43 with the 2566 criteria', async () => {
  await s.sidebar.locator('[data-step="1"]').click();
  await field('ปีผลการประเมิน ITA ที่วิเคราะห์ (พ.ศ.)').fill('2566');
  await expect(field('ปีของเกณฑ์การประเมิน').inputValue()).resolves.toBe('2566');
  // Leaving the settings with unsaved edits: the sidebar says so and leads back.
  await s.sidebar.locator('[data-step="4"]').click();
  const note = s.sidebar.locator('.unsaved-note');
  await expect(note.isVisible()).resolves.toBe(true);
  await expect(note.textContent()).resolves.toContain('ยังไม่ได้บันทึก');
  await screenshot(s.page, 'sidebar-flow-unsaved-note');
  await note.getByRole('button', { name: 'กลับไปบันทึกการตั้งค่า' }).click();
  await expect(visibleStep()).resolves.toBe('step-1');
  await s.sidebar.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await idle(s.sidebar);
  await expect(note.isHidden()).resolves.toBe(true);
  const labels = await s.sidebar.locator('#step-4 fieldset legend, #step-4 .check label').allTextContents();
  expect(labels).toEqual(
    expect.arrayContaining([
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (O42)',
      'รายงานผลการดำเนินการตามมาตรการ (O43)',
      'รูปแบบรายงานผล (O43)',
    ]),
  );
  expect(labels.join(' ')).not.toMatch(/O2[56]/);
});

test('screenshots of each step at 300 and 280 px (test-output/screenshots/width-*)', async () => {
  for (const width of [300, 280]) {
    // Twice the pixels, so the small chart texts can be checked by eye.
    const context = await s.browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${s.playground.url}sidebar`);
    await page.locator('#app[aria-busy="false"] .done-panel:not([hidden])').waitFor();
    const shoot = async (name: string) => {
      await page.locator('#app[aria-busy="false"]').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/width-${width}-${name}.png`, fullPage: true });
      // Nothing sticks out sideways at this width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    };
    await page.locator('[data-step="1"]').click();
    await shoot('1-settings');
    await page.locator('[data-step="2"]').click();
    await page.locator('#paste-text').fill(pasteOf(2566, 0));
    await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
    await shoot('2-scores');
    await page.locator('#step-2 figure.chart-box').screenshot({ path: `${SCREENSHOTS}/width-${width}-2-chart.png` });
    await page.locator('[data-step="3"]').click();
    await page.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
    await shoot('3-validate');
    await page.locator('[data-step="4"]').click();
    await shoot('4-export');
    await context.close();
  }
});
