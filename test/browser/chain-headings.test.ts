// In a real Chromium: the comment-chain headings of the settings step follow the agency name as it is typed;
// a heading the user changed stays as written.
import { useSession } from './harness';

const AGENCY = 'องค์การบริหารส่วนตำบลห้วยแก้ว';
const s = useSession();
jest.setTimeout(60000);

test('typing the agency name names the default headings, but not the one the user rewrote', async () => {
  await s.sidebar.getByText('ผู้จัดทำ ผู้ลงนาม และบันทึกข้อความ').click();
  const heading = s.sidebar.getByLabel('หัวข้อ เช่น ความเห็นของปลัด');
  await expect(heading.nth(2).inputValue()).resolves.toBe('ความเห็นของปลัดองค์การบริหารส่วนตำบล');
  const mine = 'ความเห็นของผู้อำนวยการกองคลัง';
  await heading.nth(1).fill(mine);

  await s.sidebar.getByLabel('ชื่อหน่วยงาน (เต็ม)').pressSequentially(AGENCY);
  await expect(heading.nth(0).inputValue()).resolves.toBe('ความเห็นของหัวหน้าสำนักปลัด');
  await expect(heading.nth(1).inputValue()).resolves.toBe(mine);
  await expect(heading.nth(2).inputValue()).resolves.toBe(`ความเห็นของปลัด${AGENCY}`);
  await expect(heading.nth(3).inputValue()).resolves.toBe(`ความเห็นของนายก${AGENCY}`);
});
