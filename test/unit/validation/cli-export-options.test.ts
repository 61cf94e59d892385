// `ita-report export` validates like the add-on's export (src/gas/api/export-run.ts): results of the round
// picked with --round, memo fields only when --memo asks for the memo.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/node/cli';
import { recordingIo as io } from '../report/recording-io';
import type { WorkbookData } from '../../../src/core/workbook/types';
import { seedWorkbookJson } from '../report/seed-sheets';
import { cleanSeedWorkbook } from '../report/seed-workbook';

const dir = mkdtempSync(join(tmpdir(), 'ita-cli-options-'));
function saved(name: string, wb: WorkbookData): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(seedWorkbookJson(wb)));
  return path;
}

test('--round 6 refuses the export while measures lack a 6-month result (settings say 12)', async () => {
  const workbook = saved('round.json', cleanSeedWorkbook());
  const twelve = io();
  expect(
    await runCli(['export', '--workbook', workbook, '--report', 'results', '--out', join(dir, '12.docx')], twelve),
  ).toBe(0);
  const six = io();
  const code = await runCli(
    ['export', '--workbook', workbook, '--report', 'results', '--round', '6', '--out', join(dir, '6.docx')],
    six,
  );
  expect(code).toBe(2);
  expect(six.err).toContain('ยังส่งออกไม่ได้');
  expect(six.err).toContain('รอบ 6 เดือน');
  expect(six.err).toContain('6-month');
});

test('memo fields are checked only with --memo', async () => {
  const wb = cleanSeedWorkbook();
  wb.settingsCells = { ...wb.settingsCells, 'memo.refNo': { row: 40, text: 'พย ๗๖๒๐๑/' } };
  const workbook = saved('memo.json', wb);
  const without = io();
  expect(
    await runCli(['export', '--workbook', workbook, '--report', 'oit', '--out', join(dir, 'a.docx')], without),
  ).toBe(0);
  expect(without.err).not.toContain('เลขที่หนังสือ');
  const withMemo = io();
  const code = await runCli(
    ['export', '--workbook', workbook, '--report', 'oit', '--memo', '--out', join(dir, 'b.docx')],
    withMemo,
  );
  expect(code).toBe(0);
  expect(withMemo.err).toContain('เลขที่หนังสือ "พย 76201/"');
});
