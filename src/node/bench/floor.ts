// The floor of set-up and validate: the Sheets calls no SpreadsheetApp call can merge, per call kind, worked
// out from the tab specs (set-up) and from a validation's findings (validate). When a goal of issue 12 is out
// of reach, the bench shows "goal, reached, floor" and these lines say which calls make the floor.
import { SETTINGS_TAB, prefillRows, type ColumnSpec, type TabSpec } from '../../core/tabs';
import type { Finding } from '../../core/rpc/contract';
import { hasRule, widthPaints } from '../../gas/sheets/header-format';
import { highlightRuns, NEVER_FLAGGED } from '../../gas/sheets/highlights';
import { VALIDATED_TABS } from '../../gas/sheets/read-workbook';
import { SCAFFOLD_ORDER } from '../../gas/sheets/scaffold';
import { workbookDefaults } from '../../gas/sheets/settings-io';

/** Calls of one kind that cannot be fewer, and why. */
export interface FloorLine {
  readonly kind: string;
  readonly calls: number;
  readonly why: string;
}

export interface Floor {
  readonly lines: readonly FloorLine[];
  readonly total: number;
}

function floorOf(lines: FloorLine[]): Floor {
  return { lines, total: lines.reduce((sum, l) => sum + l.calls, 0) };
}

/** The server function's frame: the active file and the document lock (two clicks never interleave). */
const FRAME: FloorLine = {
  kind: 'SpreadsheetApp.getActive, LockService.getDocumentLock, Lock.tryLock, Lock.releaseLock',
  calls: 4,
  why: 'the file and the document lock, once per server call',
};

/** The dropdown rule a column needs, by list (one rule per list and run), or null. */
function ruleKey(spec: ColumnSpec): string | null {
  if (spec.checkbox) return 'checkbox';
  if (spec.list) return `list:${spec.list}`;
  return spec.measureIdList ? 'measureIds' : null;
}

/** Rules of the ตั้งค่า tab's value cells: two lists of the รายการ tab and the digit styles. */
const SETTINGS_RULES = ['list:agencyTypes', 'list:rounds', 'digits'];

/**
 * Set-up of an empty workbook (the standard tabs all missing; `otherTabs` tabs already there, e.g. Sheet1).
 * Every tab needs its own insert, values, notes, wrapping, frozen row and protection: SpreadsheetApp has no
 * call that writes two sheets, and a Protection takes one call per property.
 */
export function setUpFloor(otherTabs = 1, today = new Date()): Floor {
  const tabs = SCAFFOLD_ORDER;
  const n = tabs.length;
  const defaults = workbookDefaults(today);
  const source = { ...defaults, agencyName: '' };
  // The lists and settings tabs always start with rows below the header (default items, default lines).
  const prefilled = tabs.filter(
    (spec: TabSpec) => spec.kind !== 'table' || prefillRows(spec.id, source).length > 0,
  ).length;
  const rules = new Set<string>();
  let ruledTabs = 0;
  let widths = 0;
  for (const spec of tabs) {
    const keys = spec.id === SETTINGS_TAB.id ? SETTINGS_RULES : spec.columns.filter(hasRule).map(ruleKey);
    for (const k of keys) if (k) rules.add(k);
    if (keys.length > 0) ruledTabs++;
    widths += widthPaints(spec.columns.map((c, i) => ({ spec: c, column: i + 1 }))).length;
  }
  const listRanges = [...rules].filter((k) => k.startsWith('list:') || k === 'measureIds').length;
  return floorOf([
    FRAME,
    {
      kind: 'PropertiesService.getDocumentProperties, Properties.getProperty',
      calls: 2,
      why: 'the last validation is read to mark it out of date',
    },
    {
      kind: 'Spreadsheet.getSheets, Sheet.getName',
      calls: 1 + otherTabs,
      why: 'which tabs exist: one list, one name per tab there',
    },
    { kind: 'Spreadsheet.insertSheet', calls: n, why: 'one call makes one tab' },
    { kind: 'Range.setValues', calls: n, why: 'header and pre-filled rows of a tab in one block' },
    { kind: 'Range.setNotes', calls: n, why: "each tab's header notes in one call" },
    { kind: 'Range.setWraps', calls: n, why: "each tab's wrapping (header and wrapped columns) in one call" },
    { kind: 'Sheet.setFrozenRows', calls: n, why: 'a property of one sheet' },
    {
      kind: 'Range.protect, Protection.setDescription, Protection.setWarningOnly',
      calls: 3 * n,
      why: 'a protection covers one range; its description (how repair finds it) and warning-only are a call each',
    },
    {
      kind: 'Range.setFontWeight, setBackground, setVerticalAlignment; Range.copyFormatToRange',
      calls: 3 + (n - 1),
      why: 'the first header is styled (3 calls), the others copy its look (1 call each)',
    },
    { kind: 'Range.setFontWeights', calls: 1, why: 'the bold labels of ตั้งค่า' },
    {
      kind: 'Sheet.setColumnWidths',
      calls: widths,
      why: 'one call sets one run of columns to one width: the fewest runs per tab, later calls repainting earlier ones',
    },
    { kind: 'Range.setDataValidations', calls: ruledTabs, why: "each tab's dropdowns and tick boxes in one call" },
    {
      kind: 'SpreadsheetApp.newDataValidation, DataValidationBuilder.require…, .build',
      calls: 3 * rules.size,
      why: `${rules.size} rules (one per list, tick box, digit styles), built once each`,
    },
    {
      kind: 'Sheet.getRange',
      calls: 2 * n + prefilled + listRanges + 1,
      why: 'handles: written block and all rows per tab, the header of a pre-filled tab, one per list, one header cell to copy',
    },
  ]);
}

/**
 * Validate, from what one run found: `findings` and the add-on's rules already on each tab (`oldRules`, by tab
 * name). Every tab validation reads costs a lookup and a read; every tab that can carry a finding, a read of
 * its rules; every tab whose highlights change, one write.
 */
export function validateFloor(findings: readonly Finding[], oldRules: Readonly<Record<string, number>> = {}): Floor {
  const read = VALIDATED_TABS.length;
  const flaggable = VALIDATED_TABS.filter((spec) => !NEVER_FLAGGED.has(spec.id));
  let written = 0;
  let rules = 0;
  let handles = 0;
  let inspected = 0;
  const severities = new Set<string>();
  for (const spec of flaggable) {
    const runs = highlightRuns(findings, spec.name);
    const old = oldRules[spec.name] ?? 0;
    inspected += old;
    let ours = 0;
    for (const severity of ['error', 'warning'] as const) {
      const a1s = runs[severity];
      if (a1s.length === 0) continue;
      severities.add(severity);
      ours++;
      handles += a1s.length === 1 ? 1 : 2;
    }
    rules += ours;
    if (ours > 0 || old > 0) written++;
  }
  return floorOf([
    FRAME,
    {
      kind: 'PropertiesService.getDocumentProperties, Properties.getKeys, Properties.setProperty',
      calls: 3,
      why: "one handle; the old version's colour memory looked for; the result stored",
    },
    {
      kind: 'Spreadsheet.getSheetByName, Sheet.getSheetValues',
      calls: 2 * read,
      why: `${read} tabs the rules read (not the export history): a lookup and one read each`,
    },
    {
      kind: 'Sheet.getConditionalFormatRules',
      calls: flaggable.length,
      why: 'the rules of each tab a finding can be on (a highlight the user copied is found there too)',
    },
    {
      kind: 'ConditionalFormatRule.getBooleanCondition, BooleanCondition.getCriteriaValues',
      calls: 2 * inspected,
      why: "each old highlight is told from the user's rules by its formula",
    },
    { kind: 'Sheet.setConditionalFormatRules', calls: written, why: 'one write per tab whose highlights change' },
    {
      kind: 'SpreadsheetApp.newConditionalFormatRule, .whenFormulaSatisfied, .setBackground',
      calls: 3 * severities.size,
      why: 'once per severity',
    },
    { kind: 'ConditionalFormatRuleBuilder.setRanges, .build', calls: 2 * rules, why: 'per rule (tab and severity)' },
    {
      kind: 'Sheet.getRange or Sheet.getRangeList + RangeList.getRanges',
      calls: handles,
      why: "a rule's cells: one handle for one run, a range list for more",
    },
  ]);
}
