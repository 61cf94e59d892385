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

  it('--landscape says what it does: every page of the table reports landscape, the analysis by its content', async () => {
    const help = io();
    expect(await runCli(['export', '--help'], help)).toBe(0);
    expect(help.out).toContain('--landscape  รายงานแบบตาราง (measures, results, progress, oit) เป็นแนวนอนทุกหน้า');
    expect(help.out).toContain('every page of the table reports landscape (without it: only pages with a wide table)');
    expect(help.out).not.toContain('wide reports on landscape pages');
    const pages = async (report: string, extra: string[]) => {
      const out = join(dir, `pages-${report}${extra.length}.docx`);
      await runCli(['export', '--workbook', workbook, '--report', report, '--out', out, ...extra], io());
      const xml = (await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string')) ?? '';
      const sizes = xml.match(/<w:pgSz[^>]*>/g) ?? [];
      return { all: sizes.length, landscape: sizes.filter((p) => p.includes('landscape')).length };
    };
    const progress = await pages('progress', ['--landscape']);
    expect(progress.landscape).toBe(progress.all);
    const analysis = await pages('analysis', ['--landscape']);
    expect(analysis).toEqual(await pages('analysis', []));
    expect(analysis.landscape).toBeLessThan(analysis.all);
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
