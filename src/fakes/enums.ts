/**
 * Apps Script enums. Real enum values are opaque objects whose `toString()` is their name; the fakes use the
 * name strings, which compare, print and serialize the same way.
 */
function nameEnum<const K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

export const ProtectionType = nameEnum(['RANGE', 'SHEET']);

export const DataValidationCriteria = nameEnum([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export type CriteriaName = keyof typeof DataValidationCriteria;

export const BooleanCriteria = nameEnum([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_LESS_THAN',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const WrapStrategy = nameEnum(['WRAP', 'OVERFLOW', 'CLIP']);
export type WrapStrategyName = keyof typeof WrapStrategy;

export const AuthMode = nameEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

export const Button = nameEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = nameEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

export const XFrameOptionsMode = nameEnum(['ALLOWALL', 'DEFAULT']);
export const SandboxMode = nameEnum(['EMULATED', 'IFRAME', 'NATIVE']);

export const ParagraphHeading = nameEnum([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
]);
export type ParagraphHeadingName = keyof typeof ParagraphHeading;

export const HorizontalAlignment = nameEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export type HorizontalAlignmentName = keyof typeof HorizontalAlignment;

export const VerticalAlignment = nameEnum(['BOTTOM', 'CENTER', 'TOP']);
export type VerticalAlignmentName = keyof typeof VerticalAlignment;

export const ElementType = nameEnum([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'RICH_LINK',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
]);
export type ElementTypeName = keyof typeof ElementType;

/** DocumentApp.Attribute: the keys of attribute objects passed to setAttributes. */
export const Attribute = nameEnum([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);

export const GlyphType = nameEnum([
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);

/** Charts.ColumnType: the value type of a data-table column. */
export const ColumnType = nameEnum(['DATE', 'NUMBER', 'STRING']);
export type ColumnTypeName = keyof typeof ColumnType;

/** Charts.ChartType: the kinds of chart the Charts service draws. */
export const ChartType = nameEnum([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);
export type ChartTypeName = keyof typeof ChartType;
