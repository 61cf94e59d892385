// A prepared write does every read first and sends nothing until committed, so a task can read all its
// tabs before its first write (on Apps Script a read after a queued write waits for a flush).
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import { blockWrites, prepareCells, writeCells } from '../../../src/gas/sheets/safe-write';
import type { Sheet } from '../../../src/gas/sheets';

let env: FakeEnvironment;
let s: Sheet;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
  // a tab of 5 rows whose first column is plain text (format "@")
  s = env.uncounted(() => {
    const sheet = env.spreadsheet.insertSheet('t') as unknown as Sheet;
    sheet.deleteRows(6, sheet.getMaxRows() - 5);
    sheet.getRange(1, 1, 5, 1).setNumberFormat('@');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['รหัส', 'ชื่อ'],
      ['0001', 'ก'],
      ['0002', 'ข'],
    ]);
    return sheet;
  });
  env.counter.reset();
});

const model = () => env.spreadsheet.model.sheets.find((m) => m.name === 't')!;
const seen = () => ({ values: env.uncounted(() => s.getDataRange().getValues()) });

test('rows past the sheet end are added; text Sheets would parse stays that text, in plain-text cells too', () => {
  const block = ['0003', '0004', '1,234', '=1+1', '- 5'].map((v) => [v, 'ค']);
  expect(writeCells(s, blockWrites(4, 1, block), seen())).toBe(10);
  expect(model().maxRows).toBe(8);
  expect(
    model()
      .cells.slice(3, 8)
      .map((row) => row?.[0]?.value),
  ).toEqual(['0003', '0004', '1,234', '=1+1', '- 5']);
  expect(
    model()
      .cells.slice(3, 8)
      .every((row) => row?.[0]?.formula === ''),
  ).toBe(true);
});

test('preparing reads and writes nothing; committing writes and reads nothing', () => {
  const prepared = prepareCells(s, blockWrites(4, 1, [['0003', 'ค']]), seen());
  expect(env.counter.kinds.writes).toBe(0);
  const reads = env.counter.kinds.reads;
  prepared.commit();
  expect(env.counter.kinds.reads).toBe(reads);
  expect(env.counter.kinds.writes).toBe(1);
  expect(model().cells[3]?.map((c) => c?.value)).toEqual(['0003', 'ค']);
  // cells inside what the caller read need no size check
  env.counter.reset();
  prepareCells(s, [{ row: 2, column: 2, value: 'ง', expect: 'ก' }], seen()).commit();
  expect(env.counter.get('Sheet.getMaxRows') + env.counter.get('Sheet.getMaxColumns')).toBe(0);
  expect(model().cells[1]?.[1]?.value).toBe('ง');
});
