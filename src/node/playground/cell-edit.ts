// What the user types into the playground grid, written as Sheets stores typed input: through the fake's
// Range.setValues, so `'` keeps text, `=` makes a formula, numbers, percentages and yyyy-MM-dd dates become
// values (src/fakes/cell-input.ts). A dropdown that rejects other input refuses it as Sheets does.
// These are the user's own edits, not the add-on's, so they are not counted as the add-on's service calls.
import * as z from 'zod';
import type { FakeEnvironment } from '../../fakes';
import { interpretInput } from '../../fakes/cell-input';
import { satisfiesRule } from '../../fakes/data-validation-rule';
import { peekCell, type SheetModel } from '../../fakes/sheet-model';

/** Longest text Sheets accepts in one cell. */
const MAX_CELL_TEXT = 50000;

export const CellEdits = z.object({
  tab: z.string().min(1).max(100),
  edits: z
    .array(
      z.object({
        row: z.number().int().min(1),
        column: z.number().int().min(1),
        value: z.string().max(MAX_CELL_TEXT),
      }),
    )
    .min(1)
    .max(5000),
});
export type CellEdits = z.infer<typeof CellEdits>;

export type EditOutcome = { ok: true } | { ok: false; message_th: string; message_en: string };

const refuse = (message_th: string, message_en: string): EditOutcome => ({ ok: false, message_th, message_en });

/** The first edit the sheet would refuse, or null when all may be written. */
function refusal(env: FakeEnvironment, sheet: SheetModel, input: CellEdits): EditOutcome | null {
  const model = env.spreadsheet.model;
  for (const { row, column, value } of input.edits) {
    if (row > sheet.maxRows || column > sheet.maxColumns) {
      return refuse(
        `แท็บ "${sheet.name}" มีไม่ถึงแถว ${row} คอลัมน์ ${column}`,
        `Tab "${sheet.name}" has no row ${row}, column ${column}.`,
      );
    }
    const cell = peekCell(sheet, row, column);
    const rule = cell.validation;
    if (!rule || rule.allowInvalid) continue;
    const stored = interpretInput(value, cell.numberFormat, model.timeZone, (t) => new Date(t)).value;
    const source = rule.range ? model.sheets.find((s) => s.id === rule.range!.sheetId) : undefined;
    const inRange = () => {
      if (!source || !rule.range) return [];
      const { rect } = rule.range;
      const values = [];
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.column; c < rect.column + rect.numColumns; c++) values.push(peekCell(source, r, c).value);
      }
      return values;
    };
    if (!satisfiesRule(rule, stored, inRange)) {
      return refuse(
        `ค่า "${value}" ใช้ไม่ได้ในช่องนี้ ต้องเลือกจากรายการ${rule.helpText ? ` (${rule.helpText})` : ''}`,
        `"${value}" is not allowed in this cell: pick a value from its list${rule.helpText ? ` (${rule.helpText})` : ''}.`,
      );
    }
  }
  return null;
}

/** Writes the typed values, each into its cell; nothing is written when any of them is refused. */
export function applyCellEdits(env: FakeEnvironment, input: CellEdits): EditOutcome {
  const sheet = env.spreadsheet.model.sheets.find((s) => s.name === input.tab);
  if (!sheet) {
    return refuse(
      `ไม่พบแท็บ "${input.tab}" (อาจถูกลบหรือเปลี่ยนชื่อ)`,
      `There is no tab "${input.tab}" (deleted or renamed?).`,
    );
  }
  const refused = refusal(env, sheet, input);
  if (refused) return refused;
  env.uncounted(() => {
    const tab = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(input.tab)!;
    for (const { row, column, value } of input.edits) tab.getRange(row, column).setValues([[value]]);
  });
  return { ok: true };
}
