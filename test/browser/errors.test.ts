// A failing server call: the sidebar says what went wrong in words, gives the fix for the multi-account
// authorization problem, and gives the buttons back.
import { idle, screenshot, useSession, type Session } from './harness';

const s = useSession();

test('a server answer { ok: false } is shown as text and the buttons come back', async () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await s.page.route('**/rpc/validateWorkbook', async (route) => {
    await gate;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: {
          ok: false,
          error: {
            code: 'missing-tab',
            message_th: 'ไม่พบแท็บ "มาตรการ" กรุณากดสร้าง/ซ่อมแซมแท็บ',
            message_en: 'The "มาตรการ" tab is missing: press Set up tabs.',
          },
        },
      }),
    });
  });
  await s.sidebar.locator('[data-step="3"]').click();
  const validate = s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' });
  await validate.click();
  // While the call runs every action button is disabled, so nothing runs twice.
  await expectDisabled(validate, true);
  await expectDisabled(saveButton(), true);
  await screenshot(s.page, 'error-1-busy');
  release();
  await idle(s.sidebar);
  const alert = s.sidebar.locator('#step-3 [role="alert"]');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('ไม่พบแท็บ "มาตรการ" กรุณากดสร้าง/ซ่อมแซมแท็บ');
  await expectDisabled(validate, false);
  await expectDisabled(saveButton(), false);
  await screenshot(s.page, 'error-2-server-message');
  await s.page.unroute('**/rpc/validateWorkbook');
});

test('the multi-account authorization failure gives the fix, in Thai and in English', async () => {
  await s.page.route('**/rpc/validateWorkbook', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ message: 'ScriptError: Authorization is required to perform that action.' }),
    }),
  );
  const validate = s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' });
  await validate.click();
  await idle(s.sidebar);
  const alert = s.sidebar.locator('#step-3 [role="alert"]');
  await expect(alert.textContent()).resolves.toContain('ออกจากระบบบัญชี Google อื่น');
  await expect(alert.textContent()).resolves.toContain('บัญชีที่เป็นเจ้าของไฟล์');
  await expectDisabled(validate, false);
  await screenshot(s.page, 'error-3-auth-th');

  await s.sidebar.getByRole('button', { name: 'Switch to English' }).click();
  await expect(alert.textContent()).resolves.toContain('sign out of other Google accounts');
  await expect(alert.textContent()).resolves.toContain('use the account that owns this file');
  await screenshot(s.page, 'error-4-auth-en');
  await s.sidebar.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
  await s.page.unroute('**/rpc/validateWorkbook');
});

test('a lost connection is a readable message, not a stack trace', async () => {
  // Apps Script's failure handler gets a bare error when the call never reached Google.
  await s.page.route('**/rpc/validateWorkbook', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ message: 'NetworkError' }) }),
  );
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  const alert = s.sidebar.locator('#step-3 [role="alert"]');
  await expect(alert.textContent()).resolves.toContain('ติดต่อ Google ไม่สำเร็จ');
  await expectDisabled(s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }), false);
  await s.page.unroute('**/rpc/validateWorkbook');
});

test('a stopped playground says to run npm start again, not to check the internet', async () => {
  // Nothing listens any more (the npm start window was closed): the fetch itself fails.
  await s.page.route('**/rpc/validateWorkbook', (route) => route.abort('connectionrefused'));
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  const alert = s.sidebar.locator('#step-3 [role="alert"]');
  await expect(alert.textContent()).resolves.toContain('หน้าต่างที่รันคำสั่ง npm start ถูกปิดหรือหยุดไปแล้ว');
  await expect(alert.textContent()).resolves.not.toContain('อินเทอร์เน็ต');
  await s.sidebar.getByRole('button', { name: 'Switch to English' }).click();
  await expect(alert.textContent()).resolves.toContain('Run npm start again');
  await s.sidebar.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
  await expectDisabled(s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }), false);
  await screenshot(s.page, 'error-4b-playground-stopped');
  await s.page.unroute('**/rpc/validateWorkbook');
});

/** The save button of step 1, hidden while another step is shown (so not found by role). */
function saveButton() {
  return s.sidebar.locator('#step-1 button', { hasText: 'บันทึกการตั้งค่า' });
}

async function expectDisabled(locator: ReturnType<Session['sidebar']['locator']>, disabled: boolean) {
  await expect(locator.isDisabled()).resolves.toBe(disabled);
}

test('export shows progress while it runs and the link when it is done', async () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await s.page.route('**/rpc/exportReports', async (route) => {
    await gate;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: {
          ok: true,
          data: { name: 'รายงาน ITA', url: 'https://docs.google.com/document/d/abc/edit', warnings: [] },
        },
      }),
    });
  });
  await s.sidebar.locator('[data-step="4"]').click();
  const exportButton = s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' });
  await exportButton.click();
  const progress = s.sidebar.locator('#step-4 .progress');
  await expect(progress.isVisible()).resolves.toBe(true);
  await expect(progress.textContent()).resolves.toContain('สร้างเอกสาร');
  await expectDisabled(exportButton, true);
  await screenshot(s.page, 'error-5-export-progress');
  release();
  await idle(s.sidebar);
  await expect(progress.isHidden()).resolves.toBe(true);
  await expect(
    s.sidebar.locator('#step-4 .result').getByRole('link', { name: 'เปิดเอกสาร' }).getAttribute('href'),
  ).resolves.toBe('https://docs.google.com/document/d/abc/edit');
  await expectDisabled(exportButton, false);
  await s.page.unroute('**/rpc/exportReports');
});
