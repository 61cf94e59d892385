import type { Finding } from '../../../src/core/rpc/contract';
import { FOLD_REPEATS_FROM, foldRepeats, groupByTab } from '../../../sidebar/src/findings';

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

describe('a warning repeated on many rows of a tab folds under its first row', () => {
  const w = (row: number, code: string): Finding => ({ ...f('OIT', row, 'warning'), code });
  const e = (row: number, code: string): Finding => ({ ...f('OIT', row, 'error'), code });

  test('26 "wording unknown" warnings of the 2569 OIT items show as one line; the rarer warnings stay listed', () => {
    const wording = Array.from({ length: 26 }, (_, i) => w(i + 2, 'oit-requirement-unknown'));
    const names = [3, 7, 8].map((row) => w(row, 'oit-name-unknown'));
    const [group] = groupByTab([...wording, ...names]);
    const lines = foldRepeats(group!.findings);
    expect(lines.map((l) => [l.finding.code, l.finding.row, l.sameAs.length])).toEqual([
      ['oit-requirement-unknown', 2, 25],
      ['oit-name-unknown', 3, 0],
      ['oit-name-unknown', 7, 0],
      ['oit-name-unknown', 8, 0],
    ]);
    // Nothing is dropped: every finding is on a line or folded under one, so each still leads to its cell.
    expect(lines.flatMap((l) => [l.finding, ...l.sameAs])).toHaveLength(29);
  });

  test('below the threshold every warning has its own line, and errors never fold', () => {
    const few = Array.from({ length: FOLD_REPEATS_FROM - 1 }, (_, i) => w(i + 2, 'no-results'));
    expect(foldRepeats(few).every((l) => l.sameAs.length === 0)).toBe(true);
    const errors = Array.from({ length: 12 }, (_, i) => e(i + 2, 'missing-result'));
    expect(foldRepeats(errors)).toHaveLength(12);
  });
});
