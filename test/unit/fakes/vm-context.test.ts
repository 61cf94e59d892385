import * as vm from 'node:vm';
import { createFakeEnvironment, installGlobals, type Intrinsics } from '../../../src/fakes';

describe('Fakes inside a bare node:vm context', () => {
  it('serve code running in the context, with Dates and errors from its realm', () => {
    const context = vm.createContext({});
    const intrinsics = vm.runInContext('({ Date, Error })', context) as Intrinsics;
    const env = createFakeEnvironment({ intrinsics, htmlFiles: { Sidebar: '<p>ITA</p>' } });
    installGlobals(context, env);
    const result = vm.runInContext(
      `
      var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('ประวัติการส่งออก');
      sheet.getRange('A1').setValue('2024-05-01 09:00');
      var isDate = sheet.getRange('A1').getValue() instanceof Date;
      var caught = null;
      try { sheet.getRange(1, 1, 1, 2).setValues([['only one']]); } catch (e) { caught = e instanceof Error && e.message; }
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ITA'));
      ({ isDate: isDate, caught: caught, hasRequire: typeof require !== 'undefined' });
      `,
      context,
    ) as { isDate: boolean; caught: string; hasRequire: boolean };
    expect(result).toEqual({
      isDate: true,
      caught:
        'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
      hasRequire: false,
    });
    expect(env.ui.sidebars[0]!.getTitle()).toBe('ITA');
    expect(env.counter.get('Range.setValues')).toBe(1);
  });
});
