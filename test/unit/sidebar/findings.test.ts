import type { Finding } from '../../../src/core/rpc/contract';
import { groupByTab } from '../../../sidebar/src/findings';

const f = (tab: string, row: number, severity: 'error' | 'warning'): Finding => ({
  code: 'c',
  tab,
  row,
  column: 1,
  severity,
  message_th: 'ข้อความ',
  message_en: 'message',
});

test('findings are grouped by tab with counts, tabs with errors first, errors first within a tab', () => {
  const groups = groupByTab([
    f('OIT', 9, 'warning'),
    f('มาตรการ', 7, 'warning'),
    f('มาตรการ', 5, 'error'),
    f('ผลการดำเนินการ', 3, 'error'),
    f('มาตรการ', 2, 'error'),
  ]);
  expect(groups.map((g) => [g.tab, g.errors, g.warnings])).toEqual([
    ['มาตรการ', 2, 1],
    ['ผลการดำเนินการ', 1, 0],
    ['OIT', 0, 1],
  ]);
  expect(groups[0]!.findings.map((x) => [x.severity, x.row])).toEqual([
    ['error', 2],
    ['error', 5],
    ['warning', 7],
  ]);
});
