// Accessible by keyboard and screen reader: every control has a label, focus is visible, the steps can be
// reached with the keyboard, and the button colours keep enough contrast.
import { screenshot, useSession } from './harness';

const s = useSession();

function sidebarFrame() {
  const frame = s.page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error('sidebar frame missing');
  return frame;
}

test('every input, select and textarea of every step has a label', async () => {
  const unlabelled = await sidebarFrame().evaluate(() =>
    Array.from(document.querySelectorAll('input, select, textarea'))
      .filter((el) => {
        const control = el as HTMLInputElement;
        const label = Array.from(control.labels ?? []).some((l) => (l.textContent ?? '').trim() !== '');
        return !label && !control.getAttribute('aria-label');
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}`),
  );
  expect(unlabelled).toEqual([]);
});

test('the steps are reachable with the keyboard and focus is visible', async () => {
  const frame = sidebarFrame();
  await frame.locator('[data-step="1"]').focus();
  await s.page.keyboard.press('Tab');
  await s.page.keyboard.press('Tab');
  await s.page.keyboard.press('Enter');
  // Tab from step 1 lands on step 2 then 3; Enter opens step 3 and moves focus to its heading.
  await expect(frame.locator('#step-3').isVisible()).resolves.toBe(true);
  await expect(frame.evaluate(() => document.activeElement?.id)).resolves.toBe('step-3-title');
  await s.page.keyboard.press('Tab');
  const focused = await frame.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { text: el.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(focused.text).toBe('ตรวจสอบข้อมูล');
  expect(focused.outline).not.toBe('none');
  expect(focused.width).toBeGreaterThanOrEqual(2);
  await screenshot(s.page, 'a11y-keyboard-focus');
});

test('button and message colours keep a contrast of at least 4.5:1', async () => {
  const ratios = await sidebarFrame().evaluate(() => {
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (fg: string, bg: string) => {
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    };
    const probe = (cls: string) => {
      const el = document.createElement('button');
      el.className = cls;
      el.textContent = 'x';
      document.body.appendChild(el);
      const st = getComputedStyle(el);
      const r = ratio(st.color, st.backgroundColor);
      el.remove();
      return r;
    };
    const text = (cls: string) => {
      const el = document.createElement('span');
      el.className = cls;
      document.body.appendChild(el);
      const r = ratio(getComputedStyle(el).color, 'rgb(255, 255, 255)');
      el.remove();
      return r;
    };
    return { action: probe('action'), create: probe('create'), error: text('error'), gray: text('gray') };
  });
  for (const [name, ratio] of Object.entries(ratios)) {
    expect([name, ratio >= 4.5]).toEqual([name, true]);
  }
});
