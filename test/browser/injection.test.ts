// Text from cells, pastes and server answers is shown as text: `<img src=x onerror=alert(1)>` must appear
// literally and create no element, in the grid and in the sidebar.
import { idle, screenshot, useSession } from './harness';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const s = useSession();

async function imagesOnPage(): Promise<number> {
  const frame = s.page.frame({ url: /\/sidebar$/ });
  const inFrame = frame ? await frame.locator('img').count() : -1;
  return (await s.page.locator('img').count()) + inFrame;
}

test('a cell containing markup shows as text in the grid', async () => {
  // The user typed it into a cell in Sheets.
  const env = s.playground.emulator.env;
  env.uncounted(() => {
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange(1, 1, 1, 2).setValues([[PAYLOAD, `"><script>alert(2)</script>`]]);
  });
  await s.page.reload();
  await idle(s.sidebar);
  // The grid (jspreadsheet) marks cells by 0-based column and row.
  const cell = (x: number) => s.page.locator(`#sheet .jss_worksheet:visible td[data-x="${x}"][data-y="0"]`);
  await expect(cell(0).textContent()).resolves.toBe(PAYLOAD);
  await expect(cell(1).textContent()).resolves.toBe(`"><script>alert(2)</script>`);
  expect(await imagesOnPage()).toBe(0);
  expect(s.dialogs).toEqual([]);
  await screenshot(s.page, 'injection-1-grid');
}, 60_000);

test('a paste containing markup shows as text, also when the server echoes it back', async () => {
  await s.sidebar.locator('[data-step="2"]').click();
  const box = s.sidebar.locator('#paste-text');
  await box.fill(`ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 95.40\n${PAYLOAD}\nตัวชี้วัดที่ 2 ${PAYLOAD} 88.12`);
  // First the real server, whatever it answers.
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await idle(s.sidebar);
  expect(await imagesOnPage()).toBe(0);

  // Then an answer that carries the payload in every text the sidebar shows.
  await s.page.route('**/rpc/previewScores', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: {
          ok: true,
          data: {
            year: 2567,
            target: 85,
            indicators: [{ no: 1, name: PAYLOAD, nameEn: PAYLOAD, tool: 'IIT', score: 61 }],
            tools: { IIT: { score: 61, stated: null } },
            overall: { score: null, stated: null, level: { code: 'x', nameTh: PAYLOAD, nameEn: PAYLOAD } },
            belowTarget: [1],
            urgent: [1],
            strengths: [],
            warnings: [{ code: 'w', message_th: PAYLOAD, message_en: PAYLOAD, line: 2 }],
            suggestions: [{ suggestionId: '1-M1', indicator: 1, measure: PAYLOAD, owners: [PAYLOAD], period: PAYLOAD }],
          },
        },
      }),
    }),
  );
  await s.sidebar.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
  await idle(s.sidebar);
  const preview = s.sidebar.locator('#step-2 .preview');
  await expect(preview.textContent()).resolves.toContain(PAYLOAD);
  const shown = await preview.evaluate((el, p) => el.textContent!.split(p).length - 1, PAYLOAD);
  expect(shown).toBeGreaterThanOrEqual(5);
  expect(await imagesOnPage()).toBe(0);
  expect(s.dialogs).toEqual([]);
  await screenshot(s.page, 'injection-2-preview');
  await s.page.unroute('**/rpc/previewScores');
});

test('findings and export names carrying markup show as text', async () => {
  const finding = {
    code: 'x',
    tab: PAYLOAD,
    row: 2,
    column: 1,
    columnName: PAYLOAD,
    severity: 'error',
    message_th: PAYLOAD,
    message_en: PAYLOAD,
  };
  await s.page.route('**/rpc/validateWorkbook', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: { ok: true, data: { findings: [finding], errorCount: 1, warningCount: 0, byTab: [] } },
      }),
    }),
  );
  await s.sidebar.locator('[data-step="3"]').click();
  await s.sidebar.getByRole('button', { name: 'ตรวจสอบข้อมูล' }).click();
  await idle(s.sidebar);
  await expect(s.sidebar.locator('#step-3 .finding-groups').textContent()).resolves.toContain(PAYLOAD);

  await s.page.route('**/rpc/exportReports', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: { ok: true, data: { name: PAYLOAD, url: 'javascript:alert(3)', warnings: [finding] } },
      }),
    }),
  );
  await s.page.route('**/rpc/listExports', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        result: { ok: true, data: [{ time: PAYLOAD, report: PAYLOAD, link: PAYLOAD, user: '' }] },
      }),
    }),
  );
  await s.sidebar.locator('[data-step="4"]').click();
  await s.sidebar.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  await idle(s.sidebar);
  const step4 = s.sidebar.locator('#step-4');
  await expect(step4.textContent()).resolves.toContain(PAYLOAD);
  // A javascript: address is not made a link.
  expect(await step4.locator('a[href^="javascript"]').count()).toBe(0);
  expect(await imagesOnPage()).toBe(0);
  expect(s.dialogs).toEqual([]);
  await screenshot(s.page, 'injection-3-findings-export');
  await s.page.unrouteAll();
});
