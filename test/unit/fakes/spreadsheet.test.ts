import { createFakeEnvironment, lastContentRow } from '../../../src/fakes';

describe('Spreadsheet', () => {
  it('starts like a new file: one 1000 × 26 sheet, Bangkok time zone, Thai locale', () => {
    const env = createFakeEnvironment({ spreadsheetName: 'ITA 2567' });
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getName()).toBe('ITA 2567');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([ss.getSheets()[0]!.getMaxRows(), ss.getSheets()[0]!.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    expect(ss.getSpreadsheetLocale()).toBe('th_TH');
    expect(ss.getUrl()).toContain(ss.getId());
  });

  it('inserts sheets by name and index, makes them active, and refuses duplicate names', () => {
    const env = createFakeEnvironment();
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const settings = ss.insertSheet('ตั้งค่า', 0);
    ss.insertSheet('มาตรการ');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['ตั้งค่า', 'Sheet1', 'มาตรการ']);
    expect(settings.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('มาตรการ');
    expect(() => ss.insertSheet('ตั้งค่า')).toThrow(
      'A sheet with the name "ตั้งค่า" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('ตั้งค่า')).toBe(settings);
    expect(ss.getSheetByName('missing')).toBeNull();
    expect(new Set(ss.getSheets().map((s) => s.getSheetId())).size).toBe(3);
  });

  it('renames and deletes sheets, but never the last one', () => {
    const env = createFakeEnvironment();
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const extra = ss.insertSheet('x');
    extra.setName('รายการ');
    expect(ss.getSheetByName('รายการ')).toBe(extra);
    ss.deleteSheet(extra);
    expect(ss.getNumSheets()).toBe(1);
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow("You can't remove all the sheets in a document.");
  });

  it('reads ranges with sheet-qualified A1 and tracks the active range', () => {
    const env = createFakeEnvironment();
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('คะแนน ITA');
    sheet.getRange('B2').setValue(85);
    expect(ss.getRange("'คะแนน ITA'!B2").getValue()).toBe(85);
    ss.setActiveSheet(ss.getSheets()[0]!);
    sheet.getRange('C5').activate();
    expect(ss.getActiveSheet().getName()).toBe('คะแนน ITA');
    expect(ss.getActiveRange()?.getA1Notation()).toBe('C5');
  });

  it('records toasts', () => {
    const env = createFakeEnvironment();
    env.SpreadsheetApp.getActiveSpreadsheet().toast('บันทึกแล้ว', 'ITA', 5);
    expect(env.spreadsheet.toasts).toEqual([{ message: 'บันทึกแล้ว', title: 'ITA', timeoutSeconds: 5 }]);
  });
});

describe('Sheet', () => {
  it('getLastRow/getLastColumn follow content, not formats; getDataRange covers it', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('A10:E10').setBackground('#ff0000');
    sheet.getRange('C4').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  it('getSheetValues with -1 sizes reads to the last row and column with content; an empty sheet has none', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow('at least 1');
    sheet.getRange('A10:E10').setBackground('#ff0000');
    sheet.getRange('C4').setValue('x');
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
    expect(sheet.getSheetValues(4, 2, -1, -1)).toEqual([['', 'x']]);
    env.counter.reset();
    sheet.getSheetValues(1, 1, -1, -1);
    expect(env.counter.total()).toBe(1);
  });

  it('appendRow writes after the last content row and grows a full sheet', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    sheet.appendRow(['เวลา', 'รายงาน']);
    sheet.appendRow(['2024-05-01 10:00', "'=cmd"]);
    expect(sheet.getRange('A2:B2').getDisplayValues()).toEqual([['2024-05-01 10:00:00', '=cmd']]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['over']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('over');
  });

  it('insertRowsAfter / insertColumnsAfter move existing cells and widths', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      ['h1', 'h2'],
      ['v1', 'v2'],
    ]);
    sheet.setColumnWidth(2, 250);
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('A1:C4').getValues()).toEqual([
      ['h1', '', 'h2'],
      ['', '', ''],
      ['', '', ''],
      ['v1', '', 'v2'],
    ]);
    expect(sheet.getColumnWidth(3)).toBe(250);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('keeps frozen rows, column widths and tab colour', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 3, 180);
    sheet.setTabColor('#1a73e8');
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(3), sheet.getTabColor()]).toEqual([1, 180, '#1a73e8']);
    expect(() => sheet.setColumnWidth(27, 10)).toThrow('Those columns are out of bounds.');
  });
});

describe('Protection', () => {
  it('protects ranges (warning only) and sheets, lists them by type, and removes them', () => {
    const env = createFakeEnvironment();
    const app = env.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const header = sheet.getRange('A1:F1').protect().setWarningOnly(true).setDescription('หัวตาราง (header)');
    expect(header.isWarningOnly()).toBe(true);
    expect(header.getRange().getA1Notation()).toBe('A1:F1');
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getDescription())).toEqual(['หัวตาราง (header)']);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    const whole = sheet.protect();
    expect(sheet.protect().getProtectionType()).toBe(whole.getProtectionType());
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    sheet.insertRowsAfter(0 + 1, 1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A1:F1');
    sheet.getProtections(app.ProtectionType.RANGE)[0]!.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });

  it('protected ranges move down when rows are inserted above them', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A3:B3').protect();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getProtections(env.SpreadsheetApp.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A5:B5');
  });
});

describe('Data validation', () => {
  it('builds list, range, checkbox and number rules with Apps Script defaults', () => {
    const env = createFakeEnvironment();
    const app = env.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    const lists = ss.insertSheet('รายการ');
    lists.getRange('A1:A3').setValues([['สำนักปลัด'], ['กองคลัง'], ['กองช่าง']]);
    const list = app.newDataValidation().requireValueInList(['ดำเนินการแล้ว', 'ยังไม่ดำเนินการ']).build();
    expect(String(list.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(list.getCriteriaValues()).toEqual([['ดำเนินการแล้ว', 'ยังไม่ดำเนินการ'], true]);
    expect(list.getAllowInvalid()).toBe(true);

    const units = app
      .newDataValidation()
      .requireValueInRange(lists.getRange('A1:A3'), false)
      .setAllowInvalid(false)
      .setHelpText('เลือกหน่วยงาน')
      .build();
    const target = ss.getSheets()[0]!.getRange('B2:B3');
    target.setDataValidation(units);
    const stored = target.getDataValidations();
    expect(stored).toHaveLength(2);
    const [range, dropdown] = stored[1]![0]!.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(`${range.getSheet().getName()}!${range.getA1Notation()}`).toBe('รายการ!A1:A3');
    expect(dropdown).toBe(false);
    expect(stored[0]![0]!.getHelpText()).toBe('เลือกหน่วยงาน');
    expect(stored[0]![0]!.getAllowInvalid()).toBe(false);

    const between = app.newDataValidation().requireNumberBetween(0, 100).build();
    expect([String(between.getCriteriaType()), between.getCriteriaValues()]).toEqual(['NUMBER_BETWEEN', [0, 100]]);
    expect(String(app.newDataValidation().requireCheckbox().build().getCriteriaType())).toBe('CHECKBOX');
  });

  it('rejects invalid writes only when the rule rejects invalid data', () => {
    const env = createFakeEnvironment();
    const app = env.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const strict = app.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).build();
    const lenient = app.newDataValidation().requireValueInList(['a', 'b']).build();
    sheet.getRange('A1').setDataValidation(strict);
    sheet.getRange('B1').setDataValidation(lenient);
    expect(() => sheet.getRange('A1:B1').setValues([['c', 'c']])).toThrow(
      'The data you entered in cell A1 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    sheet.getRange('A1:B1').setValues([['a', 'c']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'c']]);
    sheet.getRange('A1').clearDataValidations();
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('insertCheckboxes adds a checkbox rule and unchecks every cell', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    sheet.getRange('C2:C4').insertCheckboxes();
    expect(sheet.getRange('C2:C4').getValues()).toEqual([[false], [false], [false]]);
    expect(String(sheet.getRange('C3').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    sheet.getRange('C3').setValue(true);
    expect(() => sheet.getRange('C4').setValue('yes')).toThrow('violates the data validation rules');
    expect(sheet.getLastRow()).toBe(4);
  });

  it('refuses a rule that was not built by newDataValidation', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSheet();
    expect(() => sheet.getRange('A1').setDataValidation({} as GoogleAppsScript.Spreadsheet.DataValidation)).toThrow(
      'Invalid argument',
    );
    expect(lastContentRow(env.spreadsheet.model.sheets[0]!)).toBe(0);
  });
});
