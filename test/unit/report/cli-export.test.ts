import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runCli } from '../../../src/node/cli';
import { recordingIo as io } from './recording-io';
import { seedWorkbookJson } from './seed-sheets';
import { cleanSeedWorkbook, seedWorkbook } from './seed-workbook';

describe('ita-report export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ita-export-'));
  const workbook = join(dir, 'workbook.json');
  writeFileSync(workbook, JSON.stringify(seedWorkbookJson(cleanSeedWorkbook())));

  it('writes a .docx of the chosen reports from a saved playground workbook', async () => {
    const out = join(dir, 'report.docx');
    const rec = io();
    const code = await runCli(
      ['export', '--workbook', workbook, '--report', 'results,oit', '--out', out, '--landscape'],
      rec,
    );
    expect(rec.err).toBe('');
    expect(code).toBe(0);
    expect(rec.out).toContain(out);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string');
    expect(xml).toContain('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(xml).toContain('ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน');
    expect(xml).not.toContain('บันทึกข้อความ');
  });

  it('refuses a workbook with errors and lists them in Thai and English', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(seedWorkbookJson(seedWorkbook())));
    const rec = io();
    const code = await runCli(['export', '--workbook', bad, '--report', 'all', '--out', join(dir, 'x.docx')], rec);
    expect(code).toBe(2);
    expect(rec.err).toContain('ยังส่งออกไม่ได้');
    expect(rec.err).toContain('Cannot export');
  });

  it('explains a wrong report name and missing options', async () => {
    const rec = io();
    expect(await runCli(['export', '--workbook', workbook, '--report', 'summary', '--out', 'x.docx'], rec)).toBe(2);
    expect(rec.err).toContain('ไม่รู้จักรายงาน');
    const rec2 = io();
    expect(await runCli(['export', '--report', 'all'], rec2)).toBe(2);
    expect(rec2.err).toContain('--workbook');
  });
});
