// The contract between the sidebar and the server functions exported by src/main.ts.
// Inputs are zod schemas: the server parses every argument with them (the sidebar is untrusted input).
// Outputs are plain JSON types; every call answers RpcResult so the sidebar never sees a stack trace.
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';

/** A message a person can read, in both languages. */
export interface UserMessage {
  code: string;
  message_th: string;
  message_en: string;
}

/** A validation finding, pointing at a cell (row/column are 1-based sheet coordinates; 0 = whole row/tab). */
export interface Finding extends UserMessage {
  tab: string;
  row: number;
  column: number;
  /** Header text of the column, for display. */
  columnName?: string;
  severity: 'error' | 'warning';
}

export type RpcResult<T> = { ok: true; data: T } | { ok: false; error: UserMessage & { findings?: Finding[] } };

// Each schema is built on first use (lazy-schema.ts); the parts below build a fresh piece per use.
const year = () => z.number().check(z.int(), z.minimum(2560), z.maximum(2600));
const text = (max: number) => z.string().check(z.maxLength(max));
const score = () => z.number().check(z.minimum(0), z.maximum(100));

const signer = () =>
  z.object({
    rank: z.optional(text(100)),
    name: text(200),
    positionLines: z.array(text(300)).check(z.maxLength(6)),
  });
export const SignerInput = lazySchema(signer);

export const SettingsInput = lazySchema(() =>
  z.object({
    agencyName: z.string().check(z.minLength(1), z.maxLength(200)),
    agencyType: text(60),
    district: text(100),
    province: text(100),
    fiscalYear: year(),
    itaYear: year(),
    frameworkYear: year(),
    round: z.enum(['6', '12']),
    target: score(),
    digits: z.enum(['thai', 'arabic']),
    preparer: signer(),
    memo: z.object({ office: text(300), refNo: text(100), date: text(100), to: text(300) }),
    chain: z
      .array(z.object({ heading: text(300), comment: z.optional(text(2000)), signer: signer() }))
      .check(z.maxLength(8)),
    /** Date printed on the reports as typed ("24 มีนาคม 2567"); '' or absent = the day of the export. */
    reportDate: z.optional(text(100)),
    /** Preparer and approver sign under the analysis report. */
    signReport: z.optional(z.boolean()),
  }),
);
export type SettingsInput = z.infer<typeof SettingsInput>;

const previewScores = () =>
  z.object({
    text: text(200_000),
    year: z.optional(year()),
    target: z.optional(score()),
    /**
     * For a paste whose year is not the settings' ITA year: 'store' (default) keeps it as that year's scores
     * (the current analysis and measures stay); 'make-current' makes its year the settings' ITA year.
     */
    yearChoice: z.optional(z.enum(['store', 'make-current'])),
  });
export const PreviewScoresInput = lazySchema(previewScores);
export type PreviewScoresInput = z.infer<typeof PreviewScoresInput>;

export const ApplyScoresInput = lazySchema(() =>
  z.extend(previewScores(), {
    /** suggestionIds (from the preview) of the measures the user ticked. */
    chosenSuggestionIds: z.array(text(100)).check(z.maxLength(200)),
  }),
);
export type ApplyScoresInput = z.infer<typeof ApplyScoresInput>;

export const SelectCellInput = lazySchema(() =>
  z.object({
    tab: text(100),
    row: z.number().check(z.int(), z.minimum(1), z.maximum(100_000)),
    column: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
  }),
);
export type SelectCellInput = z.infer<typeof SelectCellInput>;

export const REPORT_KINDS = ['analysis', 'measures', 'results', 'progress', 'oit'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const ExportInput = lazySchema(() =>
  z.object({
    reports: z.array(z.enum(REPORT_KINDS)).check(z.minLength(1), z.maxLength(REPORT_KINDS.length)),
    round: z.enum(['6', '12']),
    /** annual results (family R) or plan-and-progress (family P). */
    layout: z.enum(['annual', 'plan']),
    digits: z.enum(['thai', 'arabic']),
    landscape: z.boolean(),
    memo: z.boolean(),
    cover: z.boolean(),
  }),
);
export type ExportInput = z.infer<typeof ExportInput>;

/** Reports the export step ticks when it opens. */
export const DEFAULT_EXPORT_REPORTS: readonly ReportKind[] = ['analysis', 'measures'];

/**
 * The export choices validation checks for (the sidebar sends those picked in the export step). Missing
 * parts take the defaults: the export step's reports, the settings' round, no memo.
 */
const validateInput = () =>
  z.object({
    reports: z.optional(z.array(z.enum(REPORT_KINDS)).check(z.minLength(1), z.maxLength(REPORT_KINDS.length))),
    round: z.optional(z.enum(['6', '12'])),
    memo: z.optional(z.boolean()),
  });
export const ValidateInput = lazySchema(validateInput);
export type ValidateInput = z.infer<typeof ValidateInput>;
/** validateWorkbook's argument: the choices, or nothing (the menu) for the defaults. */
export const ValidateArgs = lazySchema(() => z.optional(validateInput()));

/** The export choices a validation was run for (answered with its findings). */
export interface ExportChoice {
  reports: ReportKind[];
  round: '6' | '12';
  memo: boolean;
}

/** One tab of the set-up, by its place in the set-up order (0 = the first of ScaffoldTabResult.total). */
export const ScaffoldTabInput = lazySchema(() =>
  z.object({
    index: z.number().check(z.int(), z.minimum(0), z.maximum(50)),
  }),
);
export type ScaffoldTabInput = z.infer<typeof ScaffoldTabInput>;

export interface TabStatus {
  name: string;
  status: 'ok' | 'missing' | 'foreign';
}

export interface ExportLogEntry {
  time: string;
  report: string;
  link: string;
  user: string;
}

/** The sidebar's four steps, by name. */
export type SidebarStep = 'settings' | 'scores' | 'validate' | 'export';

/** The scores of the settings' ITA year as the sheet holds them (computed as the reports compute them). */
export interface ScoresDone {
  year: number;
  overall: number | null;
  /** Level word as printed ("B", "ต้องปรับปรุง"); '' when the overall is unknown. */
  level: string;
  target: number;
  /** Indicators with a score. */
  indicators: number;
  /** Indicators whose score is below the target. */
  belowTarget: number;
  /** Overall of the year before (ITA year − 1) when the sheet has it, and the change to this year. */
  previousYear: number;
  previousOverall: number | null;
  change: number | null;
}

/** The last validation run: counts and time only (kept in the document properties, not growing with data). */
export interface ValidationDone {
  /** "24/03/2567 10:30", Bangkok time. */
  time: string;
  errors: number;
  warnings: number;
  /** The add-on wrote to the sheet after this run (scores, set-up, settings): the counts may be out of date. */
  stale: boolean;
}

/** What is already done in this workbook: the sidebar opens at the first step not done and says so. */
export interface WorkbookProgress {
  settingsSaved: boolean;
  /** Standard tabs in place (status 'ok') and how many there are. */
  tabsReady: number;
  tabsTotal: number;
  scores: ScoresDone | null;
  validation: ValidationDone | null;
  lastExport: ExportLogEntry | null;
}

/** The OIT items the documents are filed under in the settings' framework year (null = not known that year). */
export interface ItemCodes {
  frameworkYear: number;
  /** Analysis and measures: O42 (2563–2566), O25 (2569). */
  analysis: string | null;
  /** Results report: O43 (2563–2566), O26 (2569). */
  results: string | null;
}

export interface SidebarState {
  settings: SettingsInput | null;
  /**
   * Today's defaults (fiscal year, ITA and framework year, round, target, digits, comment chain), the same
   * the server writes into a new ตั้งค่า tab: the sidebar shows them while nothing is saved.
   */
  defaults: SettingsInput;
  tabs: TabStatus[];
  frameworkYears: number[];
  /** Newest first, at most RECENT_EXPORTS (src/core/workbook/recent-exports.ts): shown as given. */
  lastExports: ExportLogEntry[];
  progress: WorkbookProgress;
  /** Item codes of the saved settings' framework year (today's defaults while nothing is saved). */
  items: ItemCodes;
  /** The step a menu item asked the sidebar to open at (menu "Export reports…": 'export'); given once. */
  openStep?: SidebarStep;
}

export interface ScaffoldSummary {
  created: string[];
  repaired: { tab: string; addedColumns: string[]; addedRows: number }[];
  foreign: { tab: string; message_th: string; message_en: string }[];
  unchanged: string[];
}

/** One tab of the set-up done: which one, out of how many, and what happened to it. */
export interface ScaffoldTabResult {
  index: number;
  total: number;
  tab: string;
  summary: ScaffoldSummary;
}

export interface ValidationSummary {
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  byTab: { tab: string; errors: number; warnings: number }[];
  /** The export choices checked: the findings are exactly what exporting with them would report. */
  checked?: ExportChoice;
}

export interface ApplyScoresSummary {
  scoresWritten: number;
  measuresAdded: number;
  analysisRows: number;
  /** Years whose score rows were written, oldest first. */
  years: number[];
  /** The ITA year now in the settings (changed only when the user chose 'make-current'). */
  itaYear: number | null;
}

export interface ExportSummary {
  name: string;
  url: string;
  /** Playground only: where the .docx can be downloaded. */
  downloadUrl?: string;
  warnings: Finding[];
}

/** Server function names callable from the sidebar, with their input and output. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  saveSettings(input: SettingsInput): SidebarState;
  scaffoldTabs(): ScaffoldSummary;
  /** One tab of the set-up, complete and safe on its own: the sidebar calls it tab by tab to show progress. */
  scaffoldTab(input: ScaffoldTabInput): ScaffoldTabResult;
  /** Output is the analysis preview: see src/core/analysis (CLI JSON shape) plus suggestions. */
  previewScores(input: PreviewScoresInput): unknown;
  applyScores(input: ApplyScoresInput): ApplyScoresSummary;
  validateWorkbook(input?: ValidateInput): ValidationSummary;
  selectCell(input: SelectCellInput): { ok: true };
  exportReports(input: ExportInput): ExportSummary;
  /** Newest first, at most RECENT_EXPORTS. */
  listExports(): ExportLogEntry[];
}
