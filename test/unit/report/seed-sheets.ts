// The clean seed workbook written into a fake spreadsheet the way the tabs lay it out (header row, then one
// row per record; ตั้งค่า as label/value rows), so the CLI and the playground path can read it back.
import { ALL_TABS, SETTING_ROWS, SETTINGS_TAB } from '../../../src/core/tabs';
import type { WorkbookData } from '../../../src/core/workbook/types';
import { createFakeEnvironment, serializeWorkbook, type WorkbookJson } from '../../../src/fakes';

type Cell = string | number | boolean;

function settingValue(wb: WorkbookData, key: string): Cell {
  const s = wb.settings as NonNullable<WorkbookData['settings']>;
  const typed = wb.settingsCells?.[key]?.text;
  if (typed !== undefined) return typed;
  const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], s);
  if (Array.isArray(value)) return value.join('\n');
  return typeof value === 'number' || typeof value === 'string' ? value : '';
}

export function seedWorkbookJson(wb: WorkbookData): WorkbookJson {
  const env = createFakeEnvironment();
  const ss = env.spreadsheet;
  env.uncounted(() => {
    const settings = ss.insertSheet(SETTINGS_TAB.name);
    const rows: Cell[][] = [SETTINGS_TAB.columns.map((c) => c.header)];
    for (const spec of SETTING_ROWS) rows.push([spec.label, settingValue(wb, spec.key), '']);
    settings.getRange(1, 1, rows.length, 3).setValues(rows);
    const records: Record<string, unknown[]> = {
      scores: wb.scores,
      analysis: wb.analysis,
      measures: wb.measures,
      results: wb.results,
      indicatorProgress: wb.indicatorProgress,
      oit: wb.oit,
    };
    for (const tab of ALL_TABS) {
      const list = records[tab.id];
      if (!list || tab.kind !== 'table') continue;
      const sheet = ss.insertSheet(tab.name);
      const grid: Cell[][] = [tab.columns.map((c) => c.header)];
      for (const r of list as Record<string, unknown>[]) {
        grid.push(
          tab.columns.map((c) => {
            const v = r[c.key];
            return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : '';
          }),
        );
      }
      sheet.getRange(1, 1, grid.length, tab.columns.length).setValues(grid);
    }
    const lists = ss.insertSheet('รายการ');
    const l = wb.lists;
    const height = Math.max(l.units.length, l.statuses.length, l.rounds.length, l.tools.length, l.agencyTypes.length);
    const grid: Cell[][] = [['หน่วยงานภายใน', 'สถานะ', 'รอบการรายงาน', 'เครื่องมือ', 'ประเภทหน่วยงาน']];
    for (let i = 0; i < height; i++) {
      grid.push([l.units[i] ?? '', l.statuses[i] ?? '', l.rounds[i] ?? '', l.tools[i] ?? '', l.agencyTypes[i] ?? '']);
    }
    lists.getRange(1, 1, grid.length, 5).setValues(grid);
  });
  return serializeWorkbook(ss);
}
