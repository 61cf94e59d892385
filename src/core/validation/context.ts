// What every rule needs: the settings in force, the framework year, the lists, and a way to point a
// finding at a sheet cell through the tab layout read from the sheet.
import type { Finding, ReportKind } from '../rpc/contract';
import { resolveFramework, type Framework } from '../framework';
import { tabSpec, type TabId } from '../tabs';
import { toArabicDigits } from '../thai';
import type { Lists, Settings, WorkbookData } from '../workbook/types';
import { MESSAGES, fill, type FindingCode } from './messages';

export interface ValidateOptions {
  /** 'results': the user is about to export a results report, so missing results are errors. */
  purpose?: 'general' | 'results';
  /** Round whose results every measure needs ('6' or '12'); default: the settings' round. */
  round?: '6' | '12';
  /** Whether the memo (บันทึกข้อความ) is produced; its fields are checked only then (default: checked). */
  memo?: boolean;
  /** Reports about to be exported: each must have something to print (an empty one is an error). Not given:
   * a general check, with no report in view. */
  reports?: readonly ReportKind[];
}

/**
 * What an export checks — the one function that decides it, for the add-on's export, the CLI and the
 * validate step (which sends the export step's choices): result rows of the exported round only when the
 * results report is in it, memo fields only with the memo, and that no chosen report is empty.
 */
export function exportValidationOptions(input: {
  reports: readonly ReportKind[];
  round: '6' | '12';
  memo: boolean;
}): ValidateOptions {
  return {
    purpose: input.reports.includes('results') ? 'results' : 'general',
    round: input.round,
    memo: input.memo,
    reports: [...input.reports],
  };
}

/** A period cell against the fiscal year: its finding, or 'ok' (also for cadences and empty cells). */
export type PeriodVerdict = 'ok' | 'period-unreadable' | 'period-reversed' | 'period-outside-fy';

export interface ValidationContext {
  data: WorkbookData;
  settings: Settings | null;
  /** Reported fiscal year Y (0 when unknown). */
  fiscalYear: number;
  framework: Framework;
  frameworkExact: boolean;
  lists: Lists;
  options: ValidateOptions;
  findings: Finding[];
  /**
   * What a rule found for a value, kept for the rest of this validation: periods, units and list values
   * repeat down a column, so each distinct one is worked out once.
   */
  seen: {
    periods: Map<string, PeriodVerdict>;
    units: Map<string, boolean>;
    listKeys: Map<string, string>;
  };
  add(
    tab: TabId,
    row: number,
    field: string | null,
    code: FindingCode,
    severity: Finding['severity'],
    params?: Record<string, string | number>,
  ): void;
}

/** 1-based sheet column of a field: from the sheet layout, else the spec order. */
export function columnOf(data: WorkbookData, tab: TabId, field: string | null): { column: number; name?: string } {
  if (field === null) return { column: 0 };
  const spec = tabSpec(tab);
  const col = spec.columns.find((c) => c.key === field);
  const fromLayout = data.layout?.[tab]?.columns[field];
  const fallback = spec.columns.findIndex((c) => c.key === field) + 1;
  const out: { column: number; name?: string } = { column: fromLayout ?? fallback };
  if (col) out.name = col.header;
  return out;
}

export function createContext(data: WorkbookData, options: ValidateOptions): ValidationContext {
  const settings = data.settings;
  const frameworkYear = settings?.frameworkYear || settings?.fiscalYear || 0;
  const { framework, exact } = resolveFramework(frameworkYear);
  const findings: Finding[] = [];
  const ctx: ValidationContext = {
    data,
    settings,
    fiscalYear: settings && settings.fiscalYear >= 2500 && settings.fiscalYear <= 2699 ? settings.fiscalYear : 0,
    framework,
    frameworkExact: exact,
    lists: data.lists,
    options,
    findings,
    seen: { periods: new Map(), units: new Map(), listKeys: new Map() },
    add(tab, row, field, code, severity, params = {}) {
      const { column, name } = columnOf(data, tab, field);
      const p = { header: name ?? '', ...params };
      const msg = MESSAGES[code];
      const finding: Finding = {
        tab: tabSpec(tab).name,
        row,
        column,
        severity,
        code,
        // One digit style per message: Arabic, also where it quotes a cell typed in Thai digits.
        message_th: toArabicDigits(fill(msg.th, p)),
        message_en: toArabicDigits(fill(msg.en, p)),
      };
      if (name) finding.columnName = name;
      findings.push(finding);
    },
  };
  return ctx;
}
