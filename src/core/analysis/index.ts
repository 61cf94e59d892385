/** Weakness analysis of one year's ITA scores. */
export * from './types';
export { analyze } from './analyze';
export { toolMeans, overallScore } from './compute';
