// validateWorkbook: every rule over the typed workbook. Returns findings; never throws on what users type.
import type { Finding, ValidationSummary } from '../rpc/contract';
import { getFramework } from '../framework';
import { SETTING_ROWS } from '../tabs/settings-tab';
import { ALL_TABS } from '../tabs';
import type { WorkbookData } from '../workbook/types';
import { parseReportDate } from '../report/report-date';
import { userOitCodes } from './oit-codes';
import { checkDateAfterRound } from './round-date';
import { findMisspellings } from './spelling';
import { findPlaceholders, refNoMissingNumber } from './text-rules';
import { createContext, type ValidateOptions, type ValidationContext } from './context';
import {
  checkCopiedProgress,
  checkDuplicateRows,
  checkMeasuresHaveResults,
  checkOitCodes,
  checkResultsPointAtMeasures,
  checkUniqueMeasureIds,
  checkWeakIndicatorsHaveMeasures,
} from './cross-rules';
import { checkAnalysisYear, checkChosenReportsHaveContent } from './report-rules';
import {
  AnalysisRowSchema,
  MeasureRowSchema,
  OitRowSchema,
  ProgressRowSchema,
  ResultRowSchema,
  allowedYears,
  checkInList,
  checkItemCode,
  checkPeriod,
  checkSchema,
  checkText,
  checkToolIndicator,
  checkUnits,
  checkUrlShape,
} from './row-rules';

function checkSettings(ctx: ValidationContext): boolean {
  const s = ctx.settings;
  if (!s) {
    ctx.add('settings', 0, null, 'settings-missing', 'error');
    return false;
  }
  const cells = ctx.data.settingsCells ?? {};
  const rowOf = (key: string) => cells[key]?.row ?? 0;
  for (const spec of SETTING_ROWS) {
    if (!spec.required) continue;
    const text = cells[spec.key]?.text ?? '';
    if (text === '') {
      ctx.add('settings', rowOf(spec.key), 'value', 'settings-required', 'error', { header: spec.label });
      continue;
    }
    if (spec.kind === 'year') {
      const v = (s as unknown as Record<string, number>)[spec.key] ?? 0;
      if (v < 2500 || v > 2699)
        ctx.add('settings', rowOf(spec.key), 'value', 'settings-year', 'error', { header: spec.label, value: text });
    }
  }
  if (s.target < 0 || s.target > 100 || Number.isNaN(s.target)) {
    ctx.add('settings', rowOf('target'), 'value', 'settings-target', 'error', { value: cells.target?.text ?? '' });
  }
  checkInList(ctx, 'settings', rowOf('agencyType'), 'value', s.agencyType, ctx.lists.agencyTypes, 'ประเภทหน่วยงาน');
  if (s.itaYear >= 2500 && s.fiscalYear >= 2500 && (s.itaYear > s.fiscalYear || s.itaYear < s.fiscalYear - 1)) {
    ctx.add('settings', rowOf('itaYear'), 'value', 'settings-ita-year', 'warning', {
      value: s.itaYear,
      year: s.fiscalYear,
    });
  }
  if (s.frameworkYear >= 2500 && !getFramework(s.frameworkYear)) {
    ctx.add('settings', rowOf('frameworkYear'), 'value', 'settings-framework-year', 'warning', {
      value: s.frameworkYear,
      year: ctx.framework.year,
    });
  }
  const reportDate = (s.reportDate ?? '').trim();
  if (reportDate !== '' && parseReportDate(reportDate) === null) {
    ctx.add('settings', rowOf('reportDate'), 'value', 'settings-report-date', 'warning', { value: reportDate });
  }
  if (ctx.options.memo !== false) checkMemoText(ctx);
  return true;
}

/** The memo fields of the settings tab: placeholders, misspellings, a ที่ number without its number (§g.13). */
function checkMemoText(ctx: ValidationContext): void {
  const cells = ctx.data.settingsCells ?? {};
  for (const [key, cell] of Object.entries(cells)) {
    if (!key.startsWith('memo.') || cell.text === '') continue;
    for (const p of findPlaceholders(cell.text))
      ctx.add('settings', cell.row, 'value', 'placeholder', 'warning', { value: p });
    for (const m of findMisspellings(cell.text)) {
      ctx.add('settings', cell.row, 'value', 'misspelling', 'warning', { value: m.found, fix: m.fix });
    }
    if (key === 'memo.refNo' && refNoMissingNumber(cell.text)) {
      ctx.add('settings', cell.row, 'value', 'ref-no-missing-number', 'warning', { value: cell.text.trim() });
    }
  }
}

function checkMeasures(ctx: ValidationContext): void {
  const years = allowedYears(ctx, true);
  const userCodes = userOitCodes(ctx);
  for (const m of ctx.data.measures) {
    checkSchema(ctx, 'measures', m.sheetRow, MeasureRowSchema, m);
    checkInList(ctx, 'measures', m.sheetRow, 'tool', m.tool, ctx.lists.tools, 'เครื่องมือ');
    checkToolIndicator(ctx, 'measures', m.sheetRow, m.tool, m.indicator);
    checkUnits(ctx, 'measures', m.sheetRow, 'owners', m.owners);
    if (m.period) checkPeriod(ctx, 'measures', m.sheetRow, 'period', m.period);
    checkItemCode(ctx, m.sheetRow, m.item, userCodes);
    for (const f of ['issue', 'measure', 'approach', 'steps', 'monitoring'] as const) {
      checkText(ctx, 'measures', m.sheetRow, f, m[f], years);
    }
  }
}

function checkResults(ctx: ValidationContext): void {
  const years = allowedYears(ctx, false);
  for (const r of ctx.data.results) {
    checkSchema(ctx, 'results', r.sheetRow, ResultRowSchema, r);
    if (r.round !== '6' && r.round !== '12')
      checkInList(ctx, 'results', r.sheetRow, 'round', r.round, ctx.lists.rounds, 'รอบการรายงาน');
    checkInList(ctx, 'results', r.sheetRow, 'status', r.status, ctx.lists.statuses, 'สถานะ');
    checkUrlShape(ctx, 'results', r.sheetRow, 'evidenceUrl', r.evidenceUrl);
    for (const f of ['summary', 'outcome', 'problems', 'suggestions', 'date'] as const) {
      checkText(ctx, 'results', r.sheetRow, f, r[f], years);
    }
  }
}

function checkProgress(ctx: ValidationContext): void {
  const years = allowedYears(ctx, false);
  for (const p of ctx.data.indicatorProgress) {
    checkSchema(ctx, 'indicatorProgress', p.sheetRow, ProgressRowSchema, p);
    checkUnits(ctx, 'indicatorProgress', p.sheetRow, 'owners', p.owners);
    checkInList(ctx, 'indicatorProgress', p.sheetRow, 'status', p.status, ctx.lists.statuses, 'สถานะ');
    if (p.period) checkPeriod(ctx, 'indicatorProgress', p.sheetRow, 'period', p.period);
    checkText(ctx, 'indicatorProgress', p.sheetRow, 'indicator', p.indicatorLabel ?? '', years);
    for (const f of ['guideline', 'progress'] as const) checkText(ctx, 'indicatorProgress', p.sheetRow, f, p[f], years);
  }
}

function checkOit(ctx: ValidationContext): void {
  const years = allowedYears(ctx, false);
  checkOitCodes(ctx);
  // What the OIT report will print (item names, NACC wording) matters only when it is exported, or when no
  // report is in view; a check for other reports must not warn about it.
  const oitReport = ctx.options.reports === undefined || ctx.options.reports.includes('oit');
  for (const o of ctx.data.oit) {
    // An item the year's (partial) list has no name for: the user cannot know it is "required", so say why
    // it is empty and where the name is, as a warning that does not block the export.
    const unnamed = o.name.trim() === '' && ctx.framework.oitItems.some((i) => i.code === o.code && i.nameTh === null);
    checkSchema(ctx, 'oit', o.sheetRow, OitRowSchema, unnamed ? { ...o, name: o.code } : o);
    if (unnamed && oitReport)
      ctx.add('oit', o.sheetRow, 'name', 'oit-name-unknown', 'warning', { value: o.code, year: ctx.framework.year });
    // The NACC wording of the item's data elements is not known for this year (reference §c.4): say so here,
    // never in the document, while the row holds no more than the year clause the add-on wrote.
    const wordingUnknown = ctx.framework.oitItems.some((i) => i.code === o.code && i.requirementTh === null);
    if (oitReport && wordingUnknown && o.requirement.split(/\r?\n/).filter((l) => l.trim() !== '').length <= 1)
      ctx.add('oit', o.sheetRow, 'requirement', 'oit-requirement-unknown', 'warning', {
        value: o.code,
        year: ctx.framework.year,
      });
    checkUnits(ctx, 'oit', o.sheetRow, 'owners', o.owners);
    checkInList(ctx, 'oit', o.sheetRow, 'status', o.status, ctx.lists.statuses, 'สถานะ');
    checkUrlShape(ctx, 'oit', o.sheetRow, 'evidenceUrl', o.evidenceUrl);
    if (o.published && o.evidenceUrl === '')
      ctx.add('oit', o.sheetRow, 'evidenceUrl', 'published-without-evidence', 'warning');
    for (const f of ['requirement', 'progress'] as const) checkText(ctx, 'oit', o.sheetRow, f, o[f], years);
  }
}

function checkAnalysis(ctx: ValidationContext): void {
  const years = allowedYears(ctx, false);
  for (const a of ctx.data.analysis) {
    checkSchema(ctx, 'analysis', a.sheetRow, AnalysisRowSchema, a);
    for (const f of ['assessmentIssue', 'developIssue'] as const)
      checkText(ctx, 'analysis', a.sheetRow, f, a[f], years);
  }
}

/** Every finding on the workbook, in tab order then row order. */
export function validateWorkbook(data: WorkbookData, options: ValidateOptions = {}): Finding[] {
  const ctx = createContext(data, options);
  const settingsOk = checkSettings(ctx);
  checkMeasures(ctx);
  checkResults(ctx);
  checkProgress(ctx);
  checkOit(ctx);
  checkAnalysis(ctx);
  if (settingsOk) {
    checkAnalysisYear(ctx);
    checkChosenReportsHaveContent(ctx);
    checkDateAfterRound(ctx);
  }
  checkUniqueMeasureIds(ctx);
  checkResultsPointAtMeasures(ctx);
  if (settingsOk) checkWeakIndicatorsHaveMeasures(ctx);
  checkMeasuresHaveResults(ctx);
  checkDuplicateRows(ctx);
  checkCopiedProgress(ctx);
  const order = new Map(ALL_TABS.map((t, i) => [t.name, i]));
  return ctx.findings.sort(
    (a, b) => (order.get(a.tab) ?? 99) - (order.get(b.tab) ?? 99) || a.row - b.row || a.column - b.column,
  );
}

/** Counts for the sidebar. */
export function summarizeFindings(findings: Finding[]): ValidationSummary {
  const byTab = new Map<string, { tab: string; errors: number; warnings: number }>();
  for (const f of findings) {
    const t = byTab.get(f.tab) ?? { tab: f.tab, errors: 0, warnings: 0 };
    if (f.severity === 'error') t.errors++;
    else t.warnings++;
    byTab.set(f.tab, t);
  }
  return {
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    byTab: [...byTab.values()],
  };
}
