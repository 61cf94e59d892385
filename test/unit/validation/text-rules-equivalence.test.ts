// The text rules share one normalisation per cell and skip most texts with a cheap first test; they must
// report exactly what the plain versions (text-rules-reference.ts) report, on any text.
import fc from 'fast-check';
import { matchKey, normalizeThaiText } from '../../../src/core/thai';
import {
  findLetterSpacing,
  findLetterSpacingNormalized,
  findPlaceholders,
  findRepeatedWords,
  findRepeatedWordsNormalized,
  findTruncatedText,
  findTruncatedTextNormalized,
  findYearProblems,
} from '../../../src/core/validation/text-rules';
import { findBrokenNumbering, findBrokenNumberingNormalized } from '../../../src/core/validation/numbering';
import { findOtherAgencyNames, findOtherAgencyNamesNormalized } from '../../../src/core/validation/text-rules';
import { findIndicatorPairMismatches } from '../../../src/core/validation/indicator-pairs';
import { STANDARD_INDICATORS } from '../../../src/core/framework';
import * as reference from './text-rules-reference';

// Pieces real cells are made of, and the characters normalisation repairs, so repeats, lists, spaced
// letters, years and cut-off items are common in the generated texts.
const PIECES = [
  'ดำเนินการ',
  'ดำเนิน',
  'การ',
  'เช่น',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '๑.',
  '1.',
  '๒.',
  '2 .',
  '(๓)',
  '3)',
  '- ',
  '—',
  '\u200B',
  '\u00A0',
  '\u0E4D\u0E32',
  'ํ',
  'า',
  'แ ล ะ',
  'ก ',
  'ที่',
  'ใน',
  'ของ',
  'และ',
  'หน้าที่',
  '๒๕๖๖',
  '2567',
  '25๖๘๙',
  'พ.ศ. ',
  'พระราชบัญญัติ',
  '....',
  '…',
  '..',
  'abcd',
  'ABCD',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: fc.constantFrom(...'กขคงาำิีเแโ่้ ั็์ \n.1๑2๒5๕6๖)(-'.split('')), maxLength: 80 }),
  fc.string({ maxLength: 60 }),
);
const allowed = new Set([2566, 2567]);

test('normalizeThaiText gives what the five plain replacements give', () => {
  fc.assert(
    fc.property(text, (t) => normalizeThaiText(t) === reference.normalizeThaiText(t)),
    { numRuns: 3000 },
  );
});

test('every text rule reports what its plain version reports, from raw or from normalised text', () => {
  fc.assert(
    fc.property(text, (t) => {
      const n = reference.normalizeThaiText(t);
      expect(findRepeatedWords(t)).toEqual(reference.findRepeatedWords(t));
      expect(findRepeatedWordsNormalized(n)).toEqual(reference.findRepeatedWords(t));
      expect(findTruncatedText(t)).toEqual(reference.findTruncatedText(t));
      expect(findTruncatedTextNormalized(n)).toEqual(reference.findTruncatedText(t));
      expect(findLetterSpacing(t)).toEqual(reference.findLetterSpacing(t));
      expect(findLetterSpacingNormalized(n)).toEqual(reference.findLetterSpacing(t));
      expect(findBrokenNumbering(t)).toEqual(reference.findBrokenNumbering(t));
      expect(findBrokenNumberingNormalized(n)).toEqual(reference.findBrokenNumbering(t));
      expect(findPlaceholders(t)).toEqual(reference.findPlaceholders(t));
      expect(findYearProblems(t, allowed)).toEqual(reference.findYearProblems(t, allowed));
    }),
    { numRuns: 3000 },
  );
});

test('a text with thousands of different repeated phrases reports each once, as the plain version does', () => {
  // 3,000 doubled 4-letter words: the plain version compared each new phrase with every earlier one.
  const letters = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';
  const words: string[] = [];
  for (let i = 0; words.length < 3000; i++) {
    const w = [i % 43, Math.floor(i / 43) % 43, 7, 11].map((k) => letters[k % letters.length]).join('');
    words.push(`${w}${w}`);
  }
  const joined = words.join(' ');
  const found = findRepeatedWords(joined);
  expect(found).toEqual(reference.findRepeatedWords(joined));
  expect(new Set(found).size).toBe(found.length);
});

// Agency names and indicator names with the pieces around them, so prefixes, own and other names, numbers
// and names of the right and wrong indicator are common in the generated texts.
const AGENCY_PIECES = [
  'องค์การบริหารส่วนตำบล',
  'องค์กรบริหารส่วนตำบล',
  'อบต.',
  'เทศบาล',
  'เทศบาลตำบล',
  'เทศบัญญัติ',
  'ห้วยแก้ว',
  'ห้วย แก้ว',
  'บ่อแก้ว',
  'ฯ',
  ' ',
  '\n',
  ',',
  '.',
  '(',
  ')',
  'ของ',
];
const PAIR_PIECES = [
  'ตัวชี้วัดที่ ',
  'ตัวชี้วัด',
  '๑',
  '2',
  '๓',
  '10',
  '1.',
  ' ',
  '\n',
  'ทาง',
  ...STANDARD_INDICATORS.flatMap((d) => [d.nameTh, ...d.variantsTh]),
  ...STANDARD_INDICATORS.map((d) => d.nameTh.slice(0, 6)),
];
const joined = (pieces: string[], max: number) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((p) => p.join(''));

test('other agency names: the one-scan skip reports what the plain version reports, for อบต. and เทศบาล', () => {
  const agencies: [string, string][] = [
    ['องค์การบริหารส่วนตำบลห้วยแก้ว', 'องค์การบริหารส่วนตำบล'],
    ['เทศบาลตำบลห้วยแก้ว', 'เทศบาลตำบล'],
  ];
  fc.assert(
    fc.property(fc.oneof(joined(AGENCY_PIECES, 12), text), fc.constantFrom(...agencies), (t, [name, type]) => {
      const expected = reference.findOtherAgencyNames(t, name, type);
      expect(findOtherAgencyNames(t, name, type)).toEqual(expected);
      expect(findOtherAgencyNamesNormalized(reference.normalizeThaiText(t), name, type)).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});

test('indicator number/name pairs: the one-regex name lookup reports what comparing key by key reports', () => {
  fc.assert(
    fc.property(fc.oneof(joined(PAIR_PIECES, 8), text), (t) => {
      expect(findIndicatorPairMismatches(t)).toEqual(reference.findIndicatorPairMismatches(t));
    }),
    { numRuns: 3000 },
  );
});

test('matchKey lowercases only when a character could change, and gives what always lowercasing gives', () => {
  const plain = (t: string) =>
    normalizeThaiText(t)
      .replace(/\s+/g, '')
      .replace(/ทางราชการ/g, 'ราชการ')
      .toLowerCase();
  const cased = fc.string({ unit: fc.constantFrom(...'กาทงรชABCzİΣσΑДµÀÞß ๑1-\u0001'.split('')), maxLength: 30 });
  fc.assert(
    fc.property(fc.oneof(text, cased, fc.string({ unit: 'binary', maxLength: 30 })), (t) => {
      expect(matchKey(t)).toBe(plain(t));
    }),
    { numRuns: 3000 },
  );
});
