// What the add-on writes passes the add-on's own dropdowns: a cell it fills (pre-filled OIT and progress
// rows, suggested measures) never carries Sheets' red "invalid" corner on a new workbook at today's defaults.
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { sampleScores } from '../../../src/node/playground/sample-scores';
import { SETTINGS } from '../validation/fixture';
import { FRAMEWORK_YEARS } from '../../../src/core/framework';
import { STANDARD_MEASURES } from '../../../src/core/measures/catalogue';
import { DEFAULT_LISTS } from '../../../src/core/tabs/defaults';
import { prefillRows } from '../../../src/core/tabs/prefill';

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
});

/** Every cell whose value is outside the list its own dropdown names: "tab!row,column: value". */
function cellsOutsideTheirList(): string[] {
  return env.uncounted(() => {
    const out: string[] = [];
    for (const sheet of env.spreadsheet.getSheets()) {
      const range = sheet.getDataRange();
      const values = range.getValues();
      const rules = range.getDataValidations();
      values.forEach((line, r) =>
        line.forEach((value, c) => {
          const rule = rules[r]?.[c];
          if (!rule || value === '' || String(rule.getCriteriaType()) !== 'VALUE_IN_RANGE') return;
          const source = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
          const allowed = new Set(source.getValues().flat().map(String));
          if (!allowed.has(String(value))) out.push(`${sheet.getName()}!${r + 1},${c + 1}: ${String(value)}`);
        }),
      );
    }
    return out;
  });
}

test('set-up, sample scores and every suggested measure at today’s defaults: each value is in its dropdown', () => {
  api.scaffoldTabs();
  // A high target, so every indicator is below it and every catalogue measure is suggested.
  api.saveSettings({ ...SETTINGS, fiscalYear: 2570, itaYear: 2569, frameworkYear: 2569, target: 99 });
  const text = sampleScores(2569);
  const preview = api.previewScores({ text }) as { suggestions: { suggestionId: string }[] };
  expect(preview.suggestions.length).toBeGreaterThan(5);
  const summary = api.applyScores({ text, chosenSuggestionIds: preview.suggestions.map((s) => s.suggestionId) });
  expect(summary.measuresAdded).toBeGreaterThan(5);
  const written = env.uncounted(() => env.spreadsheet.getSheets().flatMap((s) => s.getDataRange().getValues().flat()));
  // Shared owners (pre-filled OIT and progress rows) are written as the user would type them, in one cell.
  expect(written).toContain('สำนักปลัด / กองคลัง');
  expect(written).toContain('ทุกสำนัก/กอง');
  expect(cellsOutsideTheirList()).toEqual([]);
});

test('every framework year: the owners the add-on can write are each one entry of the default units list', () => {
  const units = new Set(DEFAULT_LISTS.units);
  const source = { fiscalYear: 2570, agencyName: 'อบต.ตัวอย่าง', digits: 'thai' as const };
  const written = [
    ...STANDARD_MEASURES.map((m) => m.owners.join(' / ')),
    ...FRAMEWORK_YEARS.flatMap((frameworkYear) =>
      (['oit', 'indicatorProgress'] as const).flatMap((tab) =>
        prefillRows(tab, { ...source, frameworkYear }).map((r) => r.cells.owners ?? ''),
      ),
    ),
  ];
  expect(written.filter((o) => o !== '' && !units.has(o))).toEqual([]);
});
