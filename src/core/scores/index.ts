/** ITAS score paste parser and its inverse. */
export * from './types';
export { parseScores } from './parse';
export { formatScores, type FormatScoresOptions } from './format';
