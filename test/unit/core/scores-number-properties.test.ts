import fc from 'fast-check';
import { INDICATOR_NOS, STANDARD_INDICATORS, type IndicatorNo } from '../../../src/core/framework';
import { parseScores } from '../../../src/core/scores';
import { toThaiDigits } from '../../../src/core/thai';

// Issue 9 §3 and §4 as properties: a written number is read as the number a reader sees, or refused on its
// line; years side by side come back year by year.

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD'];
const name = (no: IndicatorNo) => STANDARD_INDICATORS[no - 1]?.nameTh ?? '';

/** Scores 0–100 with up to two decimals. */
const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);

/** How a score may be written, with whether a reader sees that very number. */
const written = fc
  .tuple(
    score,
    fc.constantFrom('plain', 'comma', 'spaced', 'spaced-before', 'thai', 'exponent', 'minus', 'european'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 3 }),
  )
  .map(([value, style, marks]) => {
    const fixed = value.toFixed(2);
    const [int, frac] = fixed.split('.') as [string, string];
    const text: Record<typeof style, string> = {
      plain: fixed,
      comma: `${int},${frac}`,
      spaced: `${int} . ${frac}`,
      'spaced-before': `${int} .${frac}`,
      thai: toThaiDigits(fixed),
      exponent: `${(value / 10).toFixed(3)}e1`,
      minus: `-${fixed}`,
      european: `1.${int.padStart(3, '0')},${frac}`,
    };
    let shown = text[style];
    for (const [at, mark] of marks) {
      const i = at % (shown.length + 1);
      shown = shown.slice(0, i) + mark + shown.slice(i);
    }
    // What the reader sees: the value, except for forms no reader reads as one score in 0–100.
    const readable = style !== 'exponent' && style !== 'european' && (style !== 'minus' || value === 0);
    return { value, shown, readable };
  });

describe('numbers as written', () => {
  it('are read as the number a reader sees, or refused with a finding on their line — never another number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATOR_NOS),
        written,
        fc.constantFrom('\t', ' ', ' มีผลคะแนน เท่ากับ '),
        fc.nat({ max: 3 }),
        (no, w, gap, before) => {
          const lines = [...Array.from({ length: before }, () => 'ผลการประเมิน'), `${name(no)}${gap}${w.shown}`];
          const r = parseScores(lines.join('\n'));
          const read = r.years.flatMap((y) => Object.values(y.indicators));
          if (w.readable) {
            expect(read).toEqual([w.value]);
          } else {
            expect(read).toEqual([]);
            expect(r.findings.some((f) => f.severity === 'error' && f.line === before + 1)).toBe(true);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

/** Distinct years, 2–4 of them, in any order. */
const years = fc.uniqueArray(fc.integer({ min: 2560, max: 2575 }), { minLength: 2, maxLength: 4 });

const table = fc
  .record({
    years,
    rows: fc.uniqueArray(fc.constantFrom(...INDICATOR_NOS), { minLength: 1, maxLength: 10 }),
    scores: fc.array(fc.array(score, { minLength: 4, maxLength: 4 }), { minLength: 10, maxLength: 10 }),
    overall: fc.option(fc.array(score, { minLength: 4, maxLength: 4 }), { nil: null }),
    cell: fc.constantFrom('\t', ' | ', ' '),
    yearLabel: fc.constantFrom('ปี ', '', 'พ.ศ. ', 'คะแนน ปี '),
    numbered: fc.boolean(),
    thai: fc.boolean(),
  })
  .map((t) => {
    const header = ['ตัวชี้วัด', ...t.years.map((y) => `${t.yearLabel}${y}`)].join(t.cell);
    const rows = t.rows.map((no) => {
      const label = t.numbered ? `${no}. ${name(no)}` : name(no);
      const values = t.years.map((_, k) => (t.scores[no - 1]?.[k] as number).toFixed(2));
      return [label, ...values].join(t.cell);
    });
    const overall = t.overall
      ? [['ITA', ...t.years.map((_, k) => (t.overall?.[k] as number).toFixed(2))].join(t.cell)]
      : [];
    const text = [header, ...rows, ...overall].join('\n');
    return { t, text: t.thai ? toThaiDigits(text) : text };
  });

describe('years side by side', () => {
  it('read back every year with its own column of scores, and propose the latest', () => {
    fc.assert(
      fc.property(table, ({ t, text }) => {
        const r = parseScores(text);
        expect(r.ok).toBe(true);
        expect(r.years.map((y) => y.year)).toEqual(t.years);
        t.years.forEach((year, k) => {
          const set = r.years.find((y) => y.year === year);
          const expected: Partial<Record<IndicatorNo, number>> = {};
          for (const no of t.rows) expected[no] = t.scores[no - 1]?.[k] as number;
          expect(set?.indicators).toEqual(expected);
          expect(set?.overall?.value ?? null).toBe(t.overall ? (t.overall[k] as number) : null);
        });
        expect(r.proposedYear).toBe(Math.max(...t.years));
      }),
      { numRuns: 500 },
    );
  });
});
