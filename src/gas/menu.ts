// The add-on menu. In AuthMode.NONE (add-on not yet used in this file) Apps Script allows nothing but
// building the menu, so this touches no other service.

/** Menu captions, Thai first with English in parentheses, and the global function each item calls. */
export const MENU_ITEMS: ReadonlyArray<{ caption: string; fn: string } | 'separator'> = [
  { caption: 'เปิดแถบเครื่องมือ (Open sidebar)', fn: 'showSidebar' },
  'separator',
  { caption: 'สร้าง/ซ่อมแซมแท็บมาตรฐาน (Set up tabs)', fn: 'menuScaffold' },
  { caption: 'ตรวจสอบข้อมูล (Validate)', fn: 'menuValidate' },
  { caption: 'ส่งออกรายงาน… (Export reports…)', fn: 'menuExport' },
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption, item.fn);
  }
  menu.addToUi();
}
