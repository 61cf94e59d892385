// Conditional formats in the Sheets fakes, as Apps Script documents them: the rule builder, per-sheet
// rules replaced as a whole, ranges that move with inserted and deleted rows, the JSON the playground saves.
import {
  createFakeEnvironment,
  deserializeWorkbook,
  effectiveBackground,
  parseWorkbookJson,
  serializeWorkbook,
  type SheetModel,
} from '../../../src/fakes';

function setup() {
  const env = createFakeEnvironment();
  const ss = env.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('t');
  const model = () => env.spreadsheet.model.sheets.find((s) => s.name === 't') as SheetModel;
  return { env, ss, sheet, model };
}

test('the builder builds immutable rules that read back their condition, formats and ranges', () => {
  const { env, sheet } = setup();
  const builder = env.SpreadsheetApp.newConditionalFormatRule()
    .whenTextEqualTo('ไม่ผ่าน')
    .setBackground('#F4CCCC')
    .setBold(true)
    .setRanges([sheet.getRange('B2:B9'), sheet.getRange('D4')]);
  const rule = builder.build();
  builder.setBackground('#000000');
  const condition = rule.getBooleanCondition()!;
  expect(String(condition.getCriteriaType())).toBe('TEXT_EQUAL_TO');
  expect(condition.getCriteriaValues()).toEqual(['ไม่ผ่าน']);
  expect(condition.getBackground()).toBe('#f4cccc');
  expect(condition.getBold()).toBe(true);
  expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B9', 'D4']);
  expect(rule.getGradientCondition()).toBeNull();
  expect(rule.copy().whenCellEmpty().build().getBooleanCondition()?.getCriteriaValues()).toEqual([]);
  expect(() => env.SpreadsheetApp.newConditionalFormatRule().build()).toThrow(/condition/);
  // each call is counted under its Apps Script class
  for (const name of [
    'SpreadsheetApp.newConditionalFormatRule',
    'ConditionalFormatRuleBuilder.whenTextEqualTo',
    'ConditionalFormatRuleBuilder.setRanges',
    'ConditionalFormatRuleBuilder.build',
    'ConditionalFormatRule.getBooleanCondition',
    'ConditionalFormatRule.getRanges',
    'BooleanCondition.getCriteriaValues',
  ])
    expect(env.counter.get(name)).toBeGreaterThan(0);
});

test('setConditionalFormatRules replaces the whole list; the first rule that holds colours the cell', () => {
  const { env, sheet, model } = setup();
  sheet.getRange('A1:A3').setValues([['x'], ['y'], ['']]);
  sheet.getRange('A2').setBackground('#00ff00');
  const rule = (build: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, colour: string) =>
    build
      .setBackground(colour)
      .setRanges([sheet.getRange('A1:A3')])
      .build();
  sheet.setConditionalFormatRules([
    rule(env.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('X'), '#ff0000'),
    rule(env.SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=AND(TRUE,"a"<>"")'), '#0000ff'),
  ]);
  expect(effectiveBackground(model(), 1, 1)).toBe('#ff0000');
  expect(effectiveBackground(model(), 2, 1)).toBe('#0000ff');
  expect(effectiveBackground(model(), 4, 1)).toBe('#ffffff');
  expect(sheet.getConditionalFormatRules()).toHaveLength(2);
  sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().slice(0, 1));
  expect(effectiveBackground(model(), 2, 1)).toBe('#00ff00');
  sheet.clearConditionalFormatRules();
  expect(sheet.getConditionalFormatRules()).toEqual([]);
  const other = env.SpreadsheetApp.getActiveSpreadsheet().insertSheet('u');
  expect(() =>
    other.setConditionalFormatRules([rule(env.SpreadsheetApp.newConditionalFormatRule().whenCellEmpty(), '#111111')]),
  ).toThrow(/another sheet/);
});

test('ranges move with inserted rows, shrink with deleted rows, and a rule with no cell left is gone', () => {
  const { env, sheet, model } = setup();
  sheet.setConditionalFormatRules([
    env.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('B3:B6')])
      .build(),
    env.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#00ff00')
      .setRanges([sheet.getRange('C10')])
      .build(),
  ]);
  sheet.insertRowsBefore(2, 2);
  expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('B5:B8');
  sheet.insertRowAfter(6);
  expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('B5:B9');
  sheet.deleteRows(4, 3);
  expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('B4:B6');
  expect(sheet.getConditionalFormatRules()[1]?.getRanges()[0]?.getA1Notation()).toBe('C10');
  sheet.deleteRow(10);
  expect(model().conditionalFormats).toHaveLength(1);
  expect(() => sheet.deleteRows(1, model().maxRows)).toThrow(/not possible to delete all non-frozen rows/);
});

test('the saved workbook keeps conditional formats', () => {
  const { env, sheet } = setup();
  sheet.setConditionalFormatRules([
    env.SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(80)
      .setBackground('#d9ead3')
      .setRanges([sheet.getRange('C2:C20'), sheet.getRange('E5')])
      .build(),
  ]);
  const json = JSON.parse(JSON.stringify(serializeWorkbook(env.spreadsheet)));
  const parsed = parseWorkbookJson(json);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const back = deserializeWorkbook(parsed.workbook).sheets.find((s) => s.name === 't');
  expect(back?.conditionalFormats).toEqual(
    env.spreadsheet.model.sheets.find((s) => s.name === 't')?.conditionalFormats,
  );
  // older files without the field still load
  delete json.sheets[0].conditionalFormats;
  expect(parseWorkbookJson(json).ok).toBe(true);
});
