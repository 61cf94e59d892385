/** The workbook as typed data and the pure grid <-> typed-row mapping. */
export * from './types';
export * from './cells';
export { matchHeaders, headerKey, type HeaderMatch } from './header-match';
export * from './read-tables';
export * from './settings-map';
export * from './default-settings';
export * from './read-workbook';
export * from './write-rows';
export * from './analysis-lines';
export * from './score-preview';
export * from './recent-exports';
export * from './progress';
