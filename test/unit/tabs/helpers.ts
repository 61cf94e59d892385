// Shared set-up for the tab tests: a fake spreadsheet, the adapter's services, and uncounted inspection.
import { asGas, createFakeEnvironment, fakeSheetsServices, type FakeEnvironment } from '../../../src/fakes';
import type { SheetsServices, Spreadsheet } from '../../../src/gas/sheets';

export interface Workbench {
  env: FakeEnvironment;
  ss: Spreadsheet;
  services: SheetsServices;
}

export function workbench(): Workbench {
  const env = createFakeEnvironment();
  const ss = asGas<Spreadsheet>(env.spreadsheet);
  const services: SheetsServices = fakeSheetsServices(env);
  env.counter.reset();
  return { env, ss, services };
}

/** A tab's values (data range), read without counting. */
export function grid(w: Workbench, name: string): unknown[][] {
  return w.env.uncounted(() => {
    const sheet = w.ss.getSheetByName(name);
    return sheet ? sheet.getDataRange().getValues() : [];
  });
}

/** Writes a block of values at (row, col) without counting. */
export function put(w: Workbench, name: string, row: number, col: number, values: unknown[][]): void {
  w.env.uncounted(() => {
    const sheet = w.ss.getSheetByName(name) ?? w.ss.insertSheet(name);
    const need = row + values.length - 1;
    if (need > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
    const width = values[0]?.length ?? 0;
    if (col + width - 1 > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), col + width - 1 - sheet.getMaxColumns());
    sheet.getRange(row, col, values.length, width).setValues(values);
  });
}

export function sheetNames(w: Workbench): string[] {
  return w.env.uncounted(() => w.ss.getSheets().map((s) => s.getName()));
}
