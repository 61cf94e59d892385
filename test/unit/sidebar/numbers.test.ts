import { readBuddhistYear, readNumber, toArabicDigits } from '../../../sidebar/src/numbers';

test('Thai digits, spaces and decimals are read as people type them', () => {
  expect(toArabicDigits('พ.ศ. ๒๕๖๘')).toBe('พ.ศ. 2568');
  expect(readNumber(' ๘๕.๕๐ ')).toBe(85.5);
  expect(readNumber('2 568')).toBe(2568);
  expect(readNumber('')).toBeNull();
  expect(readNumber('85,5')).toBeNull();
  expect(readNumber('abc')).toBeNull();
});

test('a พ.ศ. year between 2560 and 2600 is accepted, in either digits', () => {
  expect(readBuddhistYear('2568')).toEqual({ ok: true, year: 2568 });
  expect(readBuddhistYear('๒๕๖๗')).toEqual({ ok: true, year: 2567 });
});

test('a two-digit year and a Christian-era year come back with the year that was meant', () => {
  expect(readBuddhistYear('68')).toEqual({ ok: false, problem: { kind: 'two-digits', suggestion: 2568 } });
  expect(readBuddhistYear('2025')).toEqual({ ok: false, problem: { kind: 'christian-era', suggestion: 2568 } });
  expect(readBuddhistYear('')).toEqual({ ok: false, problem: { kind: 'empty' } });
  expect(readBuddhistYear('2568.5')).toEqual({ ok: false, problem: { kind: 'not-a-year' } });
  expect(readBuddhistYear('3000')).toEqual({ ok: false, problem: { kind: 'out-of-range' } });
});
