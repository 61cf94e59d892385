import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { INDICATOR_NOS, STANDARD_INDICATORS, type IndicatorNo, type ToolCode } from '../../../src/core/framework';
import { formatScores, parseScores, type ScoreSet, type StatedTool } from '../../../src/core/scores';
import { analyze } from '../../../src/core/analysis';
import { toThaiDigits } from '../../../src/core/thai';

/** Pieces of real pastes, so random text often looks almost like a score list. */
const pasteLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'ตัวชี้วัดที่ ',
        'ตัวชี้วันที่',
        'การใช้อำนาจ',
        'การใช้ทรัพย์สินของทางราชการ',
        'การเปิดเผยข้อมูล',
        'มีผลคะแนน เท่ากับ ',
        ' คะแนน',
        'ITA',
        'IIT ',
        'OIT',
        'คะแนนรวม',
        'ปี ',
        'พ.ศ.',
        '2566',
        '๒๕๖๗',
        '๙๕.๔๐',
        '100.5',
        '.',
        '\t',
        '\n',
        ' ',
        '<p>',
        '</td>',
        '|',
        'ITA Online',
        'ํา',
        '\u200b',
        '–',
      ),
      fc.string(),
      fc.integer({ min: -5, max: 3000 }).map(String),
      fc.float({ noNaN: true }).map(String),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);

const scoreSet: fc.Arbitrary<ScoreSet> = fc
  .record({
    year: fc.option(fc.integer({ min: 2560, max: 2575 }), { nil: null }),
    scores: fc.array(fc.option(score, { nil: undefined }), { minLength: 10, maxLength: 10 }),
    tools: fc.record({
      IIT: fc.option(score, { nil: undefined }),
      EIT: fc.option(score, { nil: undefined }),
      OIT: fc.option(score, { nil: undefined }),
    }),
    overall: fc.option(score, { nil: null }),
  })
  .filter((r) => r.scores.some((s) => s !== undefined))
  .map((r) => {
    const indicators: Partial<Record<IndicatorNo, number>> = {};
    INDICATOR_NOS.forEach((no, i) => {
      const s = r.scores[i];
      if (s !== undefined) indicators[no] = s;
    });
    const tools: Partial<Record<ToolCode, StatedTool>> = {};
    for (const t of ['IIT', 'EIT', 'OIT'] as const) {
      const v = r.tools[t];
      if (v !== undefined) tools[t] = { value: v, raw: v, unit: 'percent', line: 0 };
    }
    return {
      year: r.year,
      indicators,
      indicatorLines: {},
      tools,
      overall: r.overall === null ? null : { value: r.overall, line: 0 },
    };
  });

describe('parser properties', () => {
  it('never throws and always returns well-formed findings, on arbitrary and paste-like text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), pasteLike), (text) => {
        const r = parseScores(text);
        expect(Array.isArray(r.years)).toBe(true);
        for (const f of r.findings) {
          expect(typeof f.message_th).toBe('string');
          expect(typeof f.message_en).toBe('string');
        }
        for (const y of r.years) {
          for (const v of Object.values(y.indicators)) expect(v >= 0 && v <= 100).toBe(true);
          analyze(y);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('format → parse gives back the same scores, year, stated tools and overall', () => {
    fc.assert(
      fc.property(scoreSet, fc.constantFrom('arabic' as const, 'thai' as const), (set, digits) => {
        const r = parseScores(formatScores(set, { digits }));
        expect(r.ok).toBe(true);
        expect(r.years).toHaveLength(1);
        const back = r.years[0] as ScoreSet;
        expect(back.year).toBe(set.year);
        expect(back.indicators).toEqual(set.indicators);
        expect(back.overall?.value ?? null).toBe(set.overall?.value ?? null);
        for (const t of ['IIT', 'EIT', 'OIT'] as const) {
          expect(back.tools[t]?.value).toBe(set.tools[t]?.value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('Thai and Arabic digits give identical results', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          scoreSet.map((s) => formatScores(s)),
          pasteLike,
        ),
        (arabic) => {
          expect(parseScores(toThaiDigits(arabic))).toEqual(parseScores(arabic));
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Real pastes of every shape, to insert checklist rows into. */
const FIXTURE_PASTES = [
  'tako-2566-sentences.txt',
  'name-only-variants.txt',
  'nacc-2564-trat-table.txt',
  'nacc-2564-chanthaburi-spaces.txt',
  'two-years-thai.txt',
  'tool-points.txt',
  'kham-khok-sung-style-thai-digits.txt',
].map((name) => readFileSync(join(__dirname, '../../fixtures/pastes', name), 'utf8'));

const thaiNumber = (min: number, max: number, pad: number) =>
  fc.integer({ min, max }).map((n) => toThaiDigits(String(n).padStart(pad, '0')));

/** Item codes as Word reports write them (§g.6, §g.7): "๐๓๕", "0๑", "O๑๗", "О14", "Ｏ14", "O 14", "E๖". */
const itemCode = fc.oneof(
  thaiNumber(1, 43, 3),
  thaiNumber(1, 9, 1).map((d) => `0${d}`),
  thaiNumber(1, 9, 2),
  thaiNumber(1, 43, 1).map((n) => `O${n}`),
  fc.integer({ min: 1, max: 43 }).map((n) => `${['О', 'Ｏ', 'O ', 'o'][n % 4]}${n}`),
  thaiNumber(1, 15, 1).map((n) => `E${n}`),
);

/** Words of checklist cells, with indicator, tool and overall words, scores, years and markup among them. */
const cellWord = fc.oneof(
  fc.constantFrom(
    ...STANDARD_INDICATORS.map((d) => d.nameTh),
    'ตัวชี้วัดที่ ๑',
    'ตัวชี้วัดที่ 10',
    'ตัวชี้วัดย่อยที่ ๙.๑',
    'IIT',
    'แบบวัด OIT',
    'ITA',
    'คะแนนรวม',
    'ภาพรวม',
    'มีผลคะแนน เท่ากับ',
    'คะแนน',
    'ปี พ.ศ. ๒๕๖๖',
    '2565',
    'ตามข้อ ๐๓๔',
    'รอบ ๖ เดือน',
    '(๑)',
    'No Gift Policy',
    'E-Service',
    '<ul style="list-style-type: none">',
    '<li>',
    '<p>',
    '</p>',
    '<br/>',
    '<input checked="" type="checkbox"/>',
    '|',
    '-',
  ),
  score.map(String),
  score.map((v) => toThaiDigits(v.toFixed(2))),
  fc.integer({ min: 0, max: 100 }).map(String),
);

const cell = fc.array(cellWord, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));

/** "๐NN<TAB>ชื่อข้อ<TAB>องค์ประกอบ<TAB>…", sometimes after a ลำดับ number. */
const checklistRow = fc
  .tuple(
    fc.option(fc.integer({ min: 1, max: 43 }), { nil: null }),
    itemCode,
    fc.array(cell, { minLength: 1, maxLength: 4 }),
  )
  .map(([order, code, cells]) => [...(order === null ? [] : [toThaiDigits(String(order))]), code, ...cells].join('\t'));

describe('checklist rows pasted with the scores', () => {
  it('inserting OIT checklist rows anywhere into a valid paste never changes the parsed scores', () => {
    const paste = fc.oneof(
      fc.constantFrom(...FIXTURE_PASTES),
      fc
        .tuple(scoreSet, fc.constantFrom('arabic' as const, 'thai' as const))
        .map(([set, digits]) => formatScores(set, { digits })),
    );
    const insertions = fc.array(fc.tuple(fc.nat(), checklistRow), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(paste, insertions, (text, rows) => {
        const lines = text.split('\n');
        for (const [at, row] of rows) lines.splice(at % (lines.length + 1), 0, row);
        const before = parseScores(text);
        const after = parseScores(lines.join('\n'));
        expect(after.years.map((y) => [y.year, y.indicators])).toEqual(before.years.map((y) => [y.year, y.indicators]));
        expect(after.ok).toBe(before.ok);
      }),
      { numRuns: 500 },
    );
  });
});
