import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../../src/node/cli';

const FIXTURES = join(__dirname, '../../fixtures/pastes');

function fakeIo(stdin = '', files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: () => stdin,
    readFile: (p) => {
      if (p in files) return files[p] as string;
      if (p.startsWith('fixture:')) return readFileSync(join(FIXTURES, p.slice(8)), 'utf8');
      throw new Error(`ENOENT: no such file '${p}'`);
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function json(argv: string[], stdin = '') {
  const f = fakeIo(stdin);
  const code = await runCli(argv, f.io);
  return { code, body: code === 0 ? JSON.parse(f.stdout()) : null, stderr: f.stderr(), stdout: f.stdout() };
}

describe('ita-report analyze --format json', () => {
  it('prints exactly one JSON object with the contract shape', async () => {
    const { code, body, stdout } = await json(['analyze', '--format', 'json', 'fixture:tako-2566-sentences.txt']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(body).toMatchObject({
      year: 2566,
      target: 85,
      tools: {
        IIT: { score: 91.56, stated: 90.63 },
        EIT: { score: 85.41, stated: 85.34 },
        OIT: { score: 66.88, stated: 82.5 },
      },
      overall: { score: 79.84, stated: 79.84, level: 'B' },
      belowTarget: [10, 9, 8],
      urgent: [10],
      lowestByTool: { IIT: [2], EIT: [8], OIT: [10] },
      strengths: [1, 3, 5, 6, 4, 2, 7],
      previous: null,
    });
    expect(body.indicators[0]).toEqual({ no: 1, name: 'การปฏิบัติหน้าที่', tool: 'IIT', score: 97.25 });
    expect(body.indicators.map((i: { no: number }) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const w of body.warnings) expect(Object.keys(w).sort()).toEqual(['code', 'message_en', 'message_th']);
    expect(body.warnings.filter((w: { code: string }) => w.code === 'tool-mismatch')).toHaveLength(3);
  });

  it('reads stdin when no FILE is given and infers the latest pasted year, with the previous year', async () => {
    const stdin = readFileSync(join(FIXTURES, 'two-years-thai.txt'), 'utf8');
    const { code, body } = await json(['analyze', '--format', 'json'], stdin);
    expect(code).toBe(0);
    expect(body.year).toBe(2566);
    expect(body.previous.year).toBe(2565);
    expect(body.previous.overall.score).toBe(70.48);
  });

  it('--year picks a pasted year and --target changes the weak list', async () => {
    const { body } = await json([
      'analyze',
      '--year',
      '๒๕๖๕',
      '--target',
      '80',
      '--format=json',
      'fixture:two-years-thai.txt',
    ]);
    expect(body.year).toBe(2565);
    expect(body.target).toBe(80);
    expect(body.belowTarget).toEqual([10, 9, 4, 8, 7]);
    expect(body.previous).toBeNull();
  });

  it('without a year in the paste, levels come from the latest framework year and year is null', async () => {
    const { body } = await json(['analyze', '--format', 'json', 'fixture:name-only-variants.txt']);
    expect(body.year).toBeNull();
    expect(body.frameworkYear).toBe(2569);
    expect(body.overall.level).toBe('ต้องปรับปรุง');
  });

  it('reproduces the published ITA of the NACC table rows', async () => {
    const { body } = await json(['analyze', '--format', 'json', 'fixture:nacc-2564-trat-table.txt']);
    expect(body.overall.score).toBe(81.45);
    expect(body.previous.overall.score).toBe(75.62);
  });
});

describe('ita-report analyze --format text', () => {
  it('prints a Thai summary', async () => {
    const f = fakeIo();
    const code = await runCli(['analyze', 'fixture:tako-2566-sentences.txt'], f.io);
    expect(code).toBe(0);
    expect(f.stdout()).toContain('คะแนนรวม (ITA): 79.84');
    expect(f.stdout()).toContain('จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน: ตัวชี้วัดที่ 10 การป้องกันการทุจริต');
  });
});

describe('bad input exits 2 with Thai and English on stderr', () => {
  it.each([
    [['analyze'], '', /ไม่มีข้อความ/, /no text/],
    [['analyze'], 'ไม่มีคะแนนในข้อความนี้', /ไม่พบคะแนนตัวชี้วัด/, /No indicator score/],
    [['analyze'], 'การใช้อำนาจ 120', /นอกช่วง/, /outside 0–100/],
    [['analyze'], 'ITA Online\nการใช้อำนาจ 90', /ITA Online/, /ITA Online/],
    [['analyze', 'missing.txt'], '', /อ่านไฟล์/, /Cannot read/],
    [['analyze', '--format', 'xml'], 'การใช้อำนาจ 90', /json หรือ text/, /json or text/],
    [['analyze', '--year', '66'], 'การใช้อำนาจ 90', /พ\.ศ\. 4 หลัก/, /four-digit/],
    [['analyze', '--target', 'abc'], 'การใช้อำนาจ 90', /--target/, /--target/],
    [['analyze', '--year'], 'การใช้อำนาจ 90', /ต้องมีค่า/, /needs a value/],
    [['analyze', '--bogus'], 'การใช้อำนาจ 90', /ไม่รู้จักตัวเลือก/, /Unknown option/],
    [['analyze', '--year', '2560'], 'ปี 2566\nการใช้อำนาจ 90', /ไม่พบคะแนนของปี 2560/, /No scores for 2560/],
    [['frobnicate'], '', /ไม่รู้จักคำสั่ง/, /Unknown command/],
  ])('%j', async (argv, stdin, th, en) => {
    const f = fakeIo(stdin);
    const code = await runCli(argv, f.io);
    expect(code).toBe(2);
    expect(f.stdout()).toBe('');
    expect(f.stderr()).toMatch(th);
    expect(f.stderr()).toMatch(en);
  });

  it('--help prints usage and exits 0', async () => {
    const f = fakeIo();
    expect(await runCli(['analyze', '--help'], f.io)).toBe(0);
    expect(f.stdout()).toContain('ita-report analyze');
  });
});

describe('core benchmark', () => {
  it('parses and analyses generated pastes of every shape completely', async () => {
    const { runCoreBench } = await import('../../../src/node/bench/core-bench');
    const r = runCoreBench(300);
    expect(r.pastes).toBe(300);
    expect(r.msPerPaste).toBeGreaterThan(0);
  });
});
