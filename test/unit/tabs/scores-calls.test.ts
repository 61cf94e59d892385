// Preview + write of pasted scores on real Apps Script: every call is a round trip and a read after a
// queued write waits for a flush. Each tab is read once, every write comes after every read, and a tab with
// the standard header is written as it is (a missing tab is still created, a foreign one still refused).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { ANALYSIS_TAB, MEASURES_TAB, SCORES_TAB } from '../../../src/core/tabs';
import { SETTINGS } from '../validation/fixture';

const PASTE = readFileSync(join(__dirname, '../../fixtures/pastes/kham-khok-sung-style-thai-digits.txt'), 'utf8');

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.scaffoldTabs();
  api.saveSettings({ ...SETTINGS, itaYear: 2566, fiscalYear: 2567, frameworkYear: 2566 });
});

function previewAndWrite() {
  const preview = api.previewScores({ text: PASTE }) as { suggestions: { suggestionId: string }[] };
  return api.applyScores({ text: PASTE, chosenSuggestionIds: preview.suggestions.map((s) => s.suggestionId) });
}

const rows = (name: string) =>
  env.uncounted(() => env.spreadsheet.getSheetByName(name)?.getDataRange().getValues().length ?? 0);

test('preview + write of the scores: at most 30 Sheets calls, no read waiting on a write', () => {
  env.counter.reset();
  const summary = previewAndWrite();
  expect(summary.scoresWritten).toBe(14);
  expect(summary.measuresAdded).toBeGreaterThan(0);
  expect(env.counter.total()).toBeLessThanOrEqual(30);
  expect(env.counter.kinds.flushes).toBe(0);
  // the same paste again finds everything in place: it writes nothing
  env.counter.reset();
  previewAndWrite();
  expect(env.counter.kinds.writes).toBe(0);
  expect(env.counter.total()).toBeLessThanOrEqual(20);
});

test('a missing analysis tab is created and written; a foreign measures tab stops the write', () => {
  env.uncounted(() => env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName(ANALYSIS_TAB.name)!));
  previewAndWrite();
  expect(rows(ANALYSIS_TAB.name)).toBe(11);
  env.uncounted(() => {
    const measures = env.spreadsheet.getSheetByName(MEASURES_TAB.name)!;
    measures.setName('มาตรการเดิม');
    env.spreadsheet
      .insertSheet(MEASURES_TAB.name)
      .getRange(1, 1, 1, 2)
      .setValues([['ชื่อ', 'งบประมาณ']]);
  });
  const scoresBefore = rows(SCORES_TAB.name);
  expect(() => previewAndWrite()).toThrow(
    expect.objectContaining({ user: expect.objectContaining({ code: 'foreign-tab' }) }),
  );
  expect(rows(SCORES_TAB.name)).toBe(scoresBefore);
});
