/** The report model (pure data) and its builders; rendered by src/gas/docs and src/node/docx. */
export * from './model';
export { buildReportDocument, documentName, orderedReports, REPORT_NAMES, type BuildResult } from './bundle';
export { localizeDigits, cellLines } from './text';
export { scoreFacts, type ScoreFacts, type IndicatorScore } from './facts';
export { signatureLines, chartAsTable, SIGNATURE_INDENT_CM } from './render-helpers';
export { withRowSplits, rowHeightCm, usableHeightCm } from './row-split';
