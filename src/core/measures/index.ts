/** Standard measures, guideline texts and measure suggestions for weak indicators. */
export {
  type StandardMeasure,
  STANDARD_MEASURES,
  DEFAULT_PERIOD,
  DEFAULT_MONITORING,
  measuresForIndicator,
} from './catalogue';
export { type IndicatorGuideline, INDICATOR_GUIDELINES, ORG_PLACEHOLDER, guidelineText } from './guidelines';
export { type MeasureSuggestion, type SuggestOptions, suggestMeasures, suggestionsForIndicator } from './suggest';
