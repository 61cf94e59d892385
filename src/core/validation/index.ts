/** Workbook validation: row schemas, cross-tab rules, the Thai period parser and the §g catch rules. */
export { validateWorkbook, summarizeFindings } from './validate';
export { exportValidationOptions, type ValidateOptions } from './context';
export { parsePeriod, checkPeriodInFiscalYear, monthIndex, type PeriodParse, type YearMonth } from './period';
export {
  findYearProblems,
  findOtherAgencyNames,
  findLetterSpacing,
  findPlaceholders,
  findRepeatedWords,
  agencyShortName,
} from './text-rules';
export { findIndicatorPairMismatches } from './indicator-pairs';
export { MESSAGES, type FindingCode } from './messages';
export * from './row-schemas';
