// What a first-time user actually does wrong, in a real Chromium: tabs set up before the settings, Enter to
// save, two-digit, Christian-era and Thai-digit years, a paste edited after its preview, the box emptied,
// scores written twice, an export with no report ticked, and a sidebar narrower than Google's 300 px.
import { join } from 'node:path';
import { idle, screenshot, SCREENSHOTS, useSession } from './harness';

const s = useSession();
jest.setTimeout(30000);
beforeAll(() => s.page.setDefaultTimeout(8000));

const visibleStep = () => s.sidebar.locator('section.step:not([hidden])').getAttribute('id');
const settingsField = (label: string) => s.sidebar.locator('#step-1').getByLabel(label, { exact: true });
const AGENCY = 'องค์การบริหารส่วนตำบลห้วยแก้ว';

async function reload(): Promise<void> {
  await s.page.reload();
  await idle(s.sidebar);
}

test('validating a new file says the tabs are missing and leads back to step 1', async () => {
  await s.sidebar.locator('[data-step="3"]').click();
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  const hint = s.sidebar.locator('#step-3 .missing-tabs');
  await expect(hint.textContent()).resolves.toContain('ยังไม่มีแท็บมาตรฐาน กด "สร้าง/ซ่อมแซมแท็บ"');
  await screenshot(s.page, 'unhappy-0-validate-new-file');
  await hint.getByRole('button', { name: 'ไปที่ขั้นตอนที่ 1 ตั้งค่า' }).click();
  await expect(visibleStep()).resolves.toBe('step-1');
});

test('tabs set up before any settings: after a reload the sidebar still opens at the settings', async () => {
  await s.sidebar.getByRole('button', { name: 'สร้าง/ซ่อมแซมแท็บ' }).click();
  await idle(s.sidebar);
  await reload();
  // The scaffolded settings tab has no agency yet, so the scores step would be the wrong place to start.
  await expect(visibleStep()).resolves.toBe('step-1');
});

test('years: a two-digit or Christian-era year is explained, Thai digits are read, Enter saves', async () => {
  await settingsField('ชื่อหน่วยงาน (เต็ม)').fill(AGENCY);
  const fiscal = settingsField('ปีงบประมาณที่รายงาน (พ.ศ.)');
  const ita = settingsField('ปีผลการประเมิน ITA ที่วิเคราะห์ (พ.ศ.)');
  await fiscal.fill('68');
  await ita.fill('2024');
  await fiscal.press('Enter');
  await idle(s.sidebar);
  const messages = await s.sidebar.locator('#step-1 .field-error:not([hidden])').allTextContents();
  expect(messages).toEqual(
    expect.arrayContaining(['กรุณาใส่ปี พ.ศ. ให้ครบ 4 หลัก เช่น 2568', 'ดูเหมือนเป็นปี ค.ศ. กรุณาใส่ปี พ.ศ. (ค.ศ. + 543) คือ 2567']),
  );
  await screenshot(s.page, 'unhappy-1-year-messages');

  // Typed on a Thai keyboard: a number input would drop every one of these keys.
  await fiscal.fill('');
  await fiscal.pressSequentially('๒๕๖๘');
  await ita.fill('');
  await ita.pressSequentially('๒๕๖๗');
  await expect(fiscal.inputValue()).resolves.toBe('๒๕๖๘');
  await expect(settingsField('ปีของเกณฑ์การประเมิน').inputValue()).resolves.toBe('2567');
  await settingsField('จังหวัด').fill('พะเยา');
  await settingsField('จังหวัด').press('Enter');
  await idle(s.sidebar);
  // The district heads every report, so the form asks for it before saving (validation would refuse later).
  await expect(s.sidebar.locator('#step-1 .field-error:not([hidden])').allTextContents()).resolves.toEqual([
    'กรุณากรอกอำเภอ (ใช้ในหัวรายงาน)',
  ]);
  await settingsField('อำเภอ').fill('ภูกามยาว');
  await settingsField('อำเภอ').press('Enter');
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-1 .result').textContent()).resolves.toContain('บันทึกการตั้งค่าในแท็บ');
  const settings = s.playground.emulator.view().tabs.find((t) => t.name === 'ตั้งค่า');
  const values = settings?.rows.map((row) => row.map((c) => c.v).join('|')) ?? [];
  expect(values.some((v) => v.startsWith('ปีงบประมาณที่รายงาน') && v.includes('|2568|'))).toBe(true);
  expect(values.some((v) => v.startsWith('จังหวัด') && v.includes('|พะเยา|'))).toBe(true);
});

test('settings typed and then only "set up tabs" pressed are saved as well', async () => {
  await settingsField('อำเภอ').fill('แม่ใจ');
  await s.sidebar.getByRole('button', { name: 'สร้าง/ซ่อมแซมแท็บ' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-1 .result').textContent()).resolves.toContain('บันทึกการตั้งค่าในแท็บ');
  await reload();
  await s.sidebar.locator('[data-step="1"]').click();
  await expect(settingsField('อำเภอ').inputValue()).resolves.toBe('แม่ใจ');
});

test('a preview out of date, another year, the same scores twice and an emptied box are all explained', async () => {
  await s.page.locator('#sample').click();
  const write = s.sidebar.getByRole('button', { name: 'บันทึกคะแนนลงชีต' });
  await write.waitFor();
  await idle(s.sidebar);
  await expect(write.isEnabled()).resolves.toBe(true);

  // An edit after the preview: "write" waits, and says why.
  await s.sidebar.locator('#paste-text').press('End');
  await s.sidebar.locator('#paste-text').pressSequentially(' ');
  await expect(write.isDisabled()).resolves.toBe(true);
  await expect(s.sidebar.locator('#step-2 .stale-note').textContent()).resolves.toContain('แสดงตัวอย่าง');
  await screenshot(s.page, 'unhappy-2-stale-preview');

  // A year the paste does not have: the year shown (and written) is named.
  await s.sidebar.getByLabel('ปี ITA ของคะแนน').fill('2566');
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-2 .year-note').textContent()).resolves.toBe(
    'ข้อความที่วางไม่มีคะแนนของปี 2566 จึงแสดง (และจะบันทึก) คะแนนปี 2567',
  );
  await expect(s.sidebar.locator('#step-2 .stale-note').count()).resolves.toBe(0);

  await write.click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-2 .result').textContent()).resolves.toContain('บันทึกคะแนนลงชีตแล้ว');
  await write.click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-2 .result').textContent()).resolves.toContain('อยู่ในชีตแล้ว');

  // The box emptied: the old preview goes, and the message follows the language switch.
  await s.sidebar.locator('#paste-text').fill('  \n ');
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await expect(s.sidebar.locator('#step-2 .preview').textContent()).resolves.toBe('');
  const alert = s.sidebar.locator('#step-2 [role="alert"]');
  await expect(alert.textContent()).resolves.toContain('กรุณาวางคะแนนก่อน');
  await s.sidebar.getByRole('button', { name: 'Switch to English' }).click();
  await expect(alert.textContent()).resolves.toContain('Please paste the scores first');
  await s.sidebar.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
});

test('an export with no report ticked removes the previous link instead of showing it beside the error', async () => {
  await s.page.route('**/rpc/exportReports', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: { ok: true, data: { name: 'รายงาน', url: 'https://docs.google.com/document/d/x/edit', warnings: [] } },
      }),
    }),
  );
  await s.sidebar.locator('[data-step="4"]').click();
  const step = s.sidebar.locator('#step-4');
  await s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  await idle(s.sidebar);
  await expect(step.locator('.result a').count()).resolves.toBe(1);
  for (const box of await step.locator('fieldset').first().locator('input[type="checkbox"]').all()) await box.uncheck();
  await s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  await expect(step.locator('[role="alert"]').textContent()).resolves.toContain('กรุณาเลือกรายงาน');
  await expect(step.locator('.result').textContent()).resolves.toBe('');
  await s.page.unroute('**/rpc/exportReports');
});

test('at 280 px (a sidebar with a scrollbar) no step scrolls sideways or cuts anything off', async () => {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 280, height: 700 });
  await page.goto(new URL('/sidebar', s.playground.url).href);
  await page.locator('#app[aria-busy="false"]').waitFor();
  const overflowing = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const cut = Array.from(document.querySelectorAll('#app *'))
        .filter((el) => !el.closest('[hidden]') && el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}"`);
      return { sideways: document.documentElement.scrollWidth > width, cut };
    });
  await page.locator('[data-step="1"]').click();
  await page.locator('#step-1 details summary').click();
  await page.getByRole('button', { name: '+ เพิ่มผู้ให้ความเห็น' }).click();
  await expect(overflowing()).resolves.toEqual({ sideways: false, cut: [] });
  await page.locator('[data-step="2"]').click();
  await page.locator('#paste-text').fill(await (await fetch(new URL('/sample-scores.txt', s.playground.url))).text());
  await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await page.locator('#step-2 .chart').waitFor();
  await expect(overflowing()).resolves.toEqual({ sideways: false, cut: [] });
  for (const step of ['3', '4']) {
    await page.locator(`[data-step="${step}"]`).click();
    await expect(overflowing()).resolves.toEqual({ sideways: false, cut: [] });
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'unhappy-3-narrow-280.png'), fullPage: true });
  await page.close();
});
