import { createFakeEnvironment, FORMULA_NOT_EVALUATED } from '../../../src/fakes';

function sheetOf() {
  const env = createFakeEnvironment();
  const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  return { env, sheet };
}

describe('Range values', () => {
  it('getValues returns copies: mutating the result does not change the sheet', () => {
    const { sheet } = sheetOf();
    const range = sheet.getRange(1, 1, 2, 2);
    range.setValues([
      ['a', 'b'],
      [new Date(Date.UTC(2024, 0, 1)), 3],
    ]);
    const values = range.getValues();
    values[0]![0] = 'changed';
    (values[1]![0] as Date).setUTCFullYear(1999);
    expect(range.getValues()[0]![0]).toBe('a');
    expect((range.getValues()[1]![0] as Date).getUTCFullYear()).toBe(2024);
  });

  it('setValues checks rows and columns with the Apps Script wording', () => {
    const { sheet } = sheetOf();
    const range = sheet.getRange('A1:C2');
    expect(() => range.setValues([['x', 'y', 'z']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        ['x', 'y'],
        ['x', 'y'],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(range.getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('setValue on a block fills every cell; getValue reads the top-left cell', () => {
    const { sheet } = sheetOf();
    sheet.getRange('B2:C3').setValue('x');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['', '', ''],
      ['', 'x', 'x'],
      ['', 'x', 'x'],
    ]);
    expect(sheet.getRange('B2:C3').getValue()).toBe('x');
  });

  it('stores user input like Sheets: numbers, booleans, formulas, apostrophe text, plain-text cells', () => {
    const { sheet } = sheetOf();
    const row = sheet.getRange(1, 1, 1, 7);
    row.setValues([
      ['42', '+66812345678', 'true', '=HYPERLINK("http://x.example","x")', "'=SUM(A1)", '=SUM(A1:A2)', "'+66 81"],
    ]);
    expect(row.getValues()).toEqual([[42, 66812345678, true, 'x', '=SUM(A1)', FORMULA_NOT_EVALUATED, '+66 81']]);
    expect(row.getFormulas()).toEqual([['', '', '', '=HYPERLINK("http://x.example","x")', '', '=SUM(A1:A2)', '']]);

    const text = sheet.getRange(2, 1, 1, 3);
    text.setNumberFormat('@');
    text.setValues([['=HYPERLINK("http://evil.example")', '+66812345678', '007']]);
    expect(text.getValues()).toEqual([['=HYPERLINK("http://evil.example")', '+66812345678', '007']]);
    expect(text.getFormulas()).toEqual([['', '', '']]);
  });

  it('turns ISO dates into Dates in the spreadsheet time zone (Asia/Bangkok, UTC+7)', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1').setValue('2024-05-01 10:30');
    const value = sheet.getRange('A1').getValue() as Date;
    expect(value).toBeInstanceOf(Date);
    expect(value.toISOString()).toBe('2024-05-01T03:30:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-05-01 10:30:00');
  });

  it('getDisplayValues formats numbers with the cell number format', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:D1');
    r.setValues([[1234.5, 0.856, true, 'ข้อความ']]);
    r.setNumberFormats([['#,##0.00', '0.0%', '0', '@']]);
    expect(r.getDisplayValues()).toEqual([['1,234.50', '85.6%', 'TRUE', 'ข้อความ']]);
  });

  it('clearContent keeps notes, formats and validation', () => {
    const { env, sheet } = sheetOf();
    const r = sheet.getRange('A1');
    r.setValue('x').setNote('note').setBackground('#FF0000');
    r.setDataValidation(env.SpreadsheetApp.newDataValidation().requireValueInList(['x', 'y']).build());
    r.clearContent();
    expect(r.getValue()).toBe('');
    expect(r.getNote()).toBe('note');
    expect(r.getBackground()).toBe('#ff0000');
    expect(r.getDataValidation()?.getCriteriaValues()).toEqual([['x', 'y'], true]);
  });
});

describe('Range formats and notes', () => {
  it('round-trips backgrounds, font weights, notes, alignments and wraps', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange(1, 1, 2, 2);
    r.setBackgrounds([
      ['#ffff00', null],
      ['#00ff00', '#ffffff'],
    ]);
    r.setFontWeights([
      ['bold', null],
      ['normal', 'bold'],
    ]);
    r.setNotes([
      ['Agency name', null],
      ['', 'x'],
    ]);
    r.setWrap(true).setHorizontalAlignment('center').setVerticalAlignment('top');
    expect(r.getBackgrounds()).toEqual([
      ['#ffff00', '#ffffff'],
      ['#00ff00', '#ffffff'],
    ]);
    expect(r.getFontWeights()).toEqual([
      ['bold', 'normal'],
      ['normal', 'bold'],
    ]);
    expect(r.getNotes()).toEqual([
      ['Agency name', ''],
      ['', 'x'],
    ]);
    expect(r.getWraps()).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(String(r.getWrapStrategy())).toBe('WRAP');
    expect(r.getHorizontalAlignments()[1]).toEqual(['center', 'center']);
    expect(r.getVerticalAlignment()).toBe('top');
  });

  it('untouched cells report Apps Script defaults', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('Z1000');
    expect([r.getBackground(), r.getFontWeight(), r.getNote(), r.getFormula(), r.getNumberFormat()]).toEqual([
      '#ffffff',
      'normal',
      '',
      '',
      '0.###############',
    ]);
    expect(r.getDataValidation()).toBeNull();
  });
});

describe('Range.copyFormatToRange', () => {
  it('copies a one-cell format to a row of another sheet, repeated; values, notes and rules stay', () => {
    const env = createFakeEnvironment();
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const source = ss.getSheets()[0]!;
    const target = ss.insertSheet('target');
    const cell = source.getRange('A1');
    cell.setBackground('#d9ead3').setFontWeight('bold').setVerticalAlignment('middle').setWrap(true);
    target
      .getRange('A1:C1')
      .setValues([['a', 'b', 'c']])
      .setNotes([['n', '', '']]);
    target.getRange('B1').setDataValidation(env.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    cell.copyFormatToRange(target, 1, 3, 1, 1);
    const row = target.getRange('A1:D1');
    expect(row.getBackgrounds()).toEqual([['#d9ead3', '#d9ead3', '#d9ead3', '#ffffff']]);
    expect(row.getFontWeights()).toEqual([['bold', 'bold', 'bold', 'normal']]);
    expect(row.getVerticalAlignments()).toEqual([['middle', 'middle', 'middle', 'bottom']]);
    expect(row.getWraps()[0]!.slice(0, 3)).toEqual([true, true, true]);
    expect(target.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]);
    expect(target.getRange('A1').getNote()).toBe('n');
    expect(target.getRange('B1').getDataValidation()).not.toBeNull();
  });

  it('repeats or truncates a larger source over the destination, and refuses a range off the sheet', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B1').setBackgrounds([['#ff0000', '#00ff00']]);
    sheet.getRange('A1:B1').copyFormatToRange(sheet, 1, 5, 3, 3);
    expect(sheet.getRange('A3:E3').getBackgrounds()).toEqual([['#ff0000', '#00ff00', '#ff0000', '#00ff00', '#ff0000']]);
    sheet.getRange('A1:B1').copyFormatToRange(sheet.getSheetId(), 1, 1, 4, 4);
    expect(sheet.getRange('A4:B4').getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(() => sheet.getRange('A1').copyFormatToRange(sheet, 1, 27, 1, 1)).toThrow('Range not found');
  });
});

describe('Range geometry', () => {
  it('reports position, A1 notation and offsets', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('B3:D7');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([
      3, 2, 5, 3, 7, 4,
    ]);
    expect(r.getA1Notation()).toBe('B3:D7');
    expect(r.offset(1, 1).getA1Notation()).toBe('C4:E8');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B3');
    expect(r.getSheet()).toBe(sheet);
  });

  it('parses A1 forms: whole columns, whole rows, open-ended, absolute refs', () => {
    const { sheet } = sheetOf();
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getA1Notation()).toBe('A2:Z3');
    expect(sheet.getRange('B2:C').getA1Notation()).toBe('B2:C1000');
    expect(sheet.getRange('$Y$10:$Z$11').getColumn()).toBe(25);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('rejects ranges outside the sheet until rows or columns are inserted', () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange(1005, 28).getA1Notation()).toBe('AB1005');
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getMaxColumns()).toBe(28);
  });
});
