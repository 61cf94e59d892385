// Server functions of the standard tabs, called by the sidebar (through rpc() in src/main.ts) and by the
// menu. The only place that touches the SpreadsheetApp / PropertiesService / LockService globals: the
// adapter in src/gas/sheets receives the spreadsheet and services as parameters.
import { UserError } from '../rpc';
import {
  DEFAULT_EXPORT_REPORTS,
  type ApplyScoresInput,
  type ApplyScoresSummary,
  type ExportChoice,
  type PreviewScoresInput,
  type ScaffoldSummary,
  type ScaffoldTabInput,
  type ScaffoldTabResult,
  type SelectCellInput,
  type SettingsInput,
  type SidebarState,
  type SidebarStep,
  type TabStatus,
  type ValidateInput,
  type ValidationDone,
  type ValidationSummary,
} from '../../core/rpc/contract';
import { analyze } from '../../core/analysis';
import { FRAMEWORK_YEARS, measureItemCodes } from '../../core/framework';
import { REPORT_NAMES } from '../../core/report';
import { ALL_TABS } from '../../core/tabs';
import {
  analysisLines,
  buildScorePreview,
  LAST_VALIDATION_KEY,
  matchHeaders,
  nameChainHeadings,
  readSettings,
  readValidationDone,
  recentExports,
  scoreLines,
  storedScoreSet,
  workbookFromGrids,
  type ScoreRow,
  type Settings,
  workbookProgress,
} from '../../core/workbook';
import { exportValidationOptions, validateWorkbook as runValidation, summarizeFindings } from '../../core/validation';
import {
  applyHighlights,
  prepareAnalysis,
  prepareScores,
  prepareSettingValue,
  prepareSuggestedMeasures,
  readSettingsTab,
  readTabGrid,
  readWorkbookGrids,
  refreshPrefilledTabs,
  VALIDATED_TABS,
  SCAFFOLD_ORDER,
  scaffoldTabAt,
  scaffoldTableTab,
  scaffoldWorkbook,
  readScoresTab,
  writeSettings,
  workbookDefaults,
  type PreparedRows,
  type PreparedWrite,
  type Spreadsheet,
  type TabGrid,
} from '../sheets';
import {
  ANALYSIS_TAB,
  MEASURES_TAB,
  SCORES_TAB,
  SETTINGS_TAB,
  type PrefillSource,
  type TableTabSpec,
} from '../../core/tabs';
import { logTime } from './export-run';
import { sheetsServices } from './sheets-services';

const BUSY = new UserError({
  code: 'busy',
  message_th: 'มีการทำงานอื่นกับไฟล์นี้อยู่ กรุณารอสักครู่แล้วลองอีกครั้ง',
  message_en: 'Another task is running on this file. Please wait a moment and try again.',
});

/** Runs a writing task under the document lock so two clicks (or two users) never interleave writes. */
function withLock<T>(task: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(20000)) throw BUSY;
  try {
    return task();
  } finally {
    lock.releaseLock();
  }
}

// One-shot, per user: the menu sets it just before opening the sidebar, whose first state request takes it.
const OPEN_STEP_KEY = 'ita.openStep';
const OPEN_STEPS: readonly SidebarStep[] = ['settings', 'scores', 'validate', 'export'];

/** Makes the next sidebar this user opens start at `step` (the menu calls it before opening the sidebar). */
export function requestSidebarStep(step: SidebarStep): void {
  PropertiesService.getUserProperties().setProperty(OPEN_STEP_KEY, step);
}

/** The step a menu asked for, removed so a later opening of the sidebar starts as usual. */
function takeSidebarStep(): SidebarStep | undefined {
  const props = PropertiesService.getUserProperties();
  const step = props.getProperty(OPEN_STEP_KEY);
  if (step === null) return undefined;
  props.deleteProperty(OPEN_STEP_KEY);
  return OPEN_STEPS.find((s) => s === step);
}

/** What the sidebar shows when it opens, with the step a menu item asked for (given once). */
export function getSidebarState(): SidebarState {
  const openStep = takeSidebarStep();
  return openStep ? { ...sidebarState(), openStep } : sidebarState();
}

function sidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActive();
  const grids = readWorkbookGrids(ss);
  const tabs: TabStatus[] = ALL_TABS.map((spec) => {
    const grid = grids[spec.id];
    if (!grid) return { name: spec.name, status: 'missing' };
    const m = matchHeaders(spec.columns, grid);
    return { name: spec.name, status: m.foreign ? 'foreign' : m.empty ? 'missing' : 'ok' };
  });
  // The same reader as validation and export, so the sidebar's figures are theirs.
  const data = workbookFromGrids(grids);
  const settings = data.settings;
  const agency = { agencyName: settings?.agencyName ?? '', agencyType: settings?.agencyType ?? '' };
  const defaults = workbookDefaults(new Date(), agency);
  return {
    settings,
    defaults,
    tabs,
    frameworkYears: [...FRAMEWORK_YEARS],
    lastExports: recentExports(data.exportLog),
    progress: workbookProgress({
      settings,
      tabs,
      scores: data.scores,
      exportLog: data.exportLog,
      validation: readValidationDone(PropertiesService.getDocumentProperties().getProperty(LAST_VALIDATION_KEY)),
    }),
    items: measureItemCodes((settings ?? defaults).frameworkYear),
  };
}

/** The stored validation counts may no longer hold: the add-on has just written to the sheet. */
function markValidationStale(): void {
  const props = PropertiesService.getDocumentProperties();
  const last = readValidationDone(props.getProperty(LAST_VALIDATION_KEY));
  if (last && !last.stale) props.setProperty(LAST_VALIDATION_KEY, JSON.stringify({ ...last, stale: true }));
}

export function saveSettings(input: SettingsInput): SidebarState {
  // Default headings made before the agency was named ("ความเห็นของปลัดองค์การบริหารส่วนตำบล") get its name.
  const chain = nameChainHeadings(input.chain, input.agencyName, input.agencyType);
  withLock(() => {
    const ss = SpreadsheetApp.getActive();
    writeSettings(ss, sheetsServices(), { ...input, chain });
    markValidationStale();
    // Rows the add-on pre-filled follow the new year, digits and name (cells the user changed stay).
    refreshPrefilledTabs(ss, {
      fiscalYear: input.fiscalYear,
      frameworkYear: input.frameworkYear,
      digits: input.digits,
      agencyName: input.agencyName,
    });
  });
  return sidebarState();
}

export function scaffoldTabs(): ScaffoldSummary {
  return withLock(() => {
    const summary = scaffoldWorkbook(SpreadsheetApp.getActive(), sheetsServices());
    markValidationStale();
    return summary;
  });
}

/** One tab of the set-up (SCAFFOLD_ORDER[index]), under the lock, complete on its own. */
export function scaffoldTab(input: ScaffoldTabInput): ScaffoldTabResult {
  const spec = SCAFFOLD_ORDER[input.index];
  if (!spec) {
    throw new UserError({
      code: 'invalid-input',
      message_th: 'ไม่มีแท็บลำดับนี้ในการสร้างแท็บ กรุณาเปิดแถบเครื่องมือใหม่แล้วลองอีกครั้ง',
      message_en: 'There is no tab at this place in the set-up. Reopen the sidebar and try again.',
    });
  }
  return withLock(() => {
    const summary = scaffoldTabAt(SpreadsheetApp.getActive(), sheetsServices(), input.index);
    markValidationStale();
    return { index: input.index, total: SCAFFOLD_ORDER.length, tab: spec.name, summary };
  });
}

/** Parses and analyses pasted scores; writes nothing. Says which years the paste holds against the settings'. */
export function previewScores(input: PreviewScoresInput): unknown {
  const ss = SpreadsheetApp.getActive();
  const settings = readSettingsTab(ss);
  const preview = buildScorePreview(input, settings, readScoresTab(ss));
  if (!preview.analysis) {
    throw new UserError({
      code: 'no-scores',
      message_th: preview.findings[0]?.message_th ?? 'ไม่พบคะแนนตัวชี้วัดในข้อความที่วาง',
      message_en: preview.findings[0]?.message_en ?? 'No indicator scores were found in the pasted text.',
    });
  }
  return {
    ...preview.analysis,
    findings: preview.findings,
    suggestions: preview.suggestions,
    years: preview.years.map((y) => y.year),
    settingsYear: preview.settingsYear,
    proposedYear: preview.proposedYear,
    current: preview.current,
    yearChoice: preview.yearChoice,
  };
}

/** The current year's analysis from its stored scores, prepared when a paste brought its previous year. */
function refreshTrend(
  analysisTab: TabGrid,
  settings: Settings,
  stored: readonly ScoreRow[],
  previous: ReturnType<typeof buildScorePreview>['years'][number],
  target: number,
): PreparedRows | null {
  const current = storedScoreSet(stored, settings.itaYear);
  if (!current) return null;
  const analysis = analyze(current, {
    year: settings.itaYear,
    target,
    previous: previous.set,
    digits: settings.digits,
  });
  return prepareAnalysis(analysisTab, analysisLines(analysis, settings.agencyName));
}

const foreignTab = (spec: TableTabSpec) =>
  new UserError({
    code: 'foreign-tab',
    message_th: `แท็บ "${spec.name}" มีรูปแบบไม่ตรงกับแท็บมาตรฐาน จึงไม่ได้บันทึก กรุณาเปลี่ยนชื่อแท็บเดิมแล้วลองอีกครั้ง`,
    message_en: `The "${spec.name}" tab does not look like the standard tab, so nothing was written. Rename it and try again.`,
  });

/**
 * A tab the scores are written to, read once (`tab`: as already read). A tab with the standard header is
 * written as it is; a missing tab is created, and one lacking the header or some columns is repaired, by the
 * set-up's own code (then read again); a tab of another shape is refused.
 */
function writableTab(
  ss: Spreadsheet,
  spec: TableTabSpec,
  prefill: PrefillSource,
  tab: TabGrid | null = readTabGrid(ss, spec.name),
): TabGrid {
  if (tab) {
    const match = matchHeaders(spec.columns, tab.values);
    if (match.foreign) throw foreignTab(spec);
    if (!match.empty && match.missing.length === 0) return tab;
  }
  const noSources = () => ({ lists: {}, measureIds: null });
  if (scaffoldTableTab(ss, spec, sheetsServices(), prefill, noSources).kind === 'foreign') throw foreignTab(spec);
  const made = readTabGrid(ss, spec.name);
  if (!made) throw foreignTab(spec);
  return made;
}

/**
 * Writes every year of the paste as that year's score rows. The analysis tab and the measures are written
 * only for the current ITA year (the settings' one, or the paste's when the user chose 'make-current',
 * which also changes the settings' ITA year): another year's scores never replace them. Every tab is read
 * once and every write prepared before the first is sent (no read waits for queued writes).
 */
export function applyScores(input: ApplyScoresInput): ApplyScoresSummary {
  return withLock(() => {
    const ss = SpreadsheetApp.getActive();
    const settingsTab = readTabGrid(ss, SETTINGS_TAB.name);
    const settings = readSettings(settingsTab?.values ?? null).settings;
    const scoresTab = readTabGrid(ss, SCORES_TAB.name);
    const stored = scoresTab ? workbookFromGrids({ scores: scoresTab.values }).scores : [];
    // Re-parse on the server: the sidebar's copy of the preview is not trusted.
    const preview = buildScorePreview(input, settings, stored);
    if (!preview.analysis || !preview.set || preview.year === null || preview.years.length === 0) {
      throw new UserError({
        code: 'no-scores',
        message_th: 'ไม่พบคะแนนตัวชี้วัดหรือปีการประเมินในข้อความที่วาง ไม่ได้บันทึกข้อมูลใด ๆ',
        message_en: 'No indicator scores or assessment year were found in the pasted text. Nothing was written.',
      });
    }
    const prefill = {
      fiscalYear: settings?.fiscalYear ?? preview.year + 1,
      frameworkYear: settings?.frameworkYear ?? preview.year + 1,
      digits: settings?.digits ?? 'thai',
      agencyName: settings?.agencyName ?? '',
    } as const;
    const scoresTarget = writableTab(ss, SCORES_TAB, prefill, scoresTab);
    const analysisTab = writableTab(ss, ANALYSIS_TAB, prefill);
    const measuresTab = writableTab(ss, MEASURES_TAB, prefill);
    // The settings' ITA year first: the paste's analysis is written only once its year is the current one.
    let itaYear = settings?.itaYear ?? null;
    let yearWrite: PreparedWrite | null = null;
    if (preview.newItaYear !== null) {
      yearWrite = prepareSettingValue(settingsTab, 'itaYear', preview.newItaYear);
      if (!yearWrite) {
        throw new UserError({
          code: 'ita-year-not-saved',
          message_th: `เปลี่ยนปี ITA ในแท็บตั้งค่าเป็น ${preview.newItaYear} ไม่ได้ จึงไม่ได้บันทึกข้อมูลใด ๆ กรุณาบันทึกการตั้งค่าในขั้นที่ 1 แล้วลองอีกครั้ง`,
          message_en: `The ITA year in the settings tab could not be changed to ${preview.newItaYear}, so nothing was written. Save the settings in step 1 and try again.`,
        });
      }
      itaYear = preview.newItaYear;
    }
    const scores = prepareScores(
      scoresTarget,
      preview.years.flatMap((y) => scoreLines(y.set, y.analysis, y.year)),
    );
    let analysis: PreparedRows | null = null;
    let measures: PreparedRows | null = null;
    if (preview.current) {
      analysis = prepareAnalysis(analysisTab, analysisLines(preview.analysis, settings?.agencyName ?? ''));
      const chosen = new Set(input.chosenSuggestionIds);
      measures = prepareSuggestedMeasures(
        measuresTab,
        preview.suggestions.filter((s) => chosen.has(s.suggestionId)),
      );
    } else if (settings) {
      const previous = preview.years.find((y) => y.year === settings.itaYear - 1);
      if (previous) analysis = refreshTrend(analysisTab, settings, stored, previous, input.target ?? settings.target);
    }
    yearWrite?.commit();
    scores.write.commit();
    analysis?.write.commit();
    measures?.write.commit();
    markValidationStale();
    return {
      scoresWritten: scores.rows,
      measuresAdded: measures?.rows ?? 0,
      analysisRows: analysis?.rows ?? 0,
      years: preview.years.map((y) => y.year),
      itaYear,
    };
  });
}

/** The export choices to check: the sidebar's, else the export step's defaults and the settings' round. */
function exportChoice(input: ValidateInput | undefined, settings: Settings | null): ExportChoice {
  return {
    reports: [...(input?.reports ?? DEFAULT_EXPORT_REPORTS)],
    round: input?.round ?? settings?.round ?? '12',
    memo: input?.memo ?? false,
  };
}

/**
 * Validates with the rules an export with these choices runs (so validate and export say the same),
 * highlights the problem cells (replacing the previous highlights) and returns the findings.
 */
export function validateWorkbook(input?: ValidateInput): ValidationSummary {
  return withLock(() => {
    const ss = SpreadsheetApp.getActive();
    const grids = readWorkbookGrids(ss, VALIDATED_TABS);
    const data = workbookFromGrids(grids);
    const checked = exportChoice(input, data.settings);
    const findings = runValidation(data, exportValidationOptions(checked));
    const props = PropertiesService.getDocumentProperties();
    applyHighlights(ss, sheetsServices(props), findings, grids);
    const summary = summarizeFindings(findings);
    // Counts and time only, so the property stays small whatever the data (the sidebar says "last validated").
    const done: ValidationDone = {
      time: logTime(new Date()),
      errors: summary.errorCount,
      warnings: summary.warningCount,
      stale: false,
    };
    props.setProperty(LAST_VALIDATION_KEY, JSON.stringify(done));
    return { ...summary, checked };
  });
}

export function selectCell(input: SelectCellInput): { ok: true } {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(input.tab);
  if (!sheet) {
    throw new UserError({
      code: 'tab-missing',
      message_th: `ไม่พบแท็บ "${input.tab}"`,
      message_en: `The tab "${input.tab}" does not exist.`,
    });
  }
  ss.setActiveSheet(sheet);
  sheet.getRange(input.row, Math.max(1, input.column)).activate();
  return { ok: true };
}

function scaffoldMessage(s: ScaffoldSummary): { th: string; en: string } {
  const th: string[] = [];
  const en: string[] = [];
  if (s.created.length) {
    th.push(`สร้างแท็บใหม่ ${s.created.length} แท็บ`);
    en.push(`${s.created.length} tab(s) created`);
  }
  if (s.repaired.length) {
    th.push(`ซ่อมแซม ${s.repaired.length} แท็บ`);
    en.push(`${s.repaired.length} repaired`);
  }
  if (s.foreign.length) {
    th.push(`ไม่ได้แก้ไข ${s.foreign.map((f) => f.tab).join(', ')} เพราะรูปแบบไม่ตรง`);
    en.push(`left untouched (different layout): ${s.foreign.map((f) => f.tab).join(', ')}`);
  }
  if (th.length === 0) {
    th.push('แท็บมาตรฐานครบถ้วนแล้ว ไม่มีการเปลี่ยนแปลง');
    en.push('All standard tabs are in place; nothing changed');
  }
  return { th: th.join(' · '), en: en.join(' · ') };
}

export function scaffoldFromMenu(): void {
  const summary = scaffoldTabs();
  const msg = scaffoldMessage(summary);
  SpreadsheetApp.getActive().toast(`${msg.th}\n(${msg.en})`, 'ITA Report Kit', 8);
}

export function validateFromMenu(): void {
  const summary = validateWorkbook();
  const ui = SpreadsheetApp.getUi();
  // The menu checks the export step's default choice: say which reports that is.
  const reports = (summary.checked?.reports ?? []).map((k) => REPORT_NAMES[k]).join(', ');
  if (summary.findings.length === 0) {
    SpreadsheetApp.getActive().toast(
      `ไม่พบปัญหา ส่งออกได้: ${reports}\n(No problems found; ready to export)`,
      'ITA Report Kit',
      8,
    );
    return;
  }
  const top = summary.findings
    .slice(0, 8)
    .map((f) => `• ${f.tab}${f.row > 0 ? ` แถว ${f.row}` : ''}: ${f.message_th}`)
    .join('\n');
  ui.alert(
    'ผลการตรวจสอบข้อมูล (Validation)',
    `ตรวจสำหรับการส่งออก: ${reports}\n` +
      `พบข้อผิดพลาด ${summary.errorCount} รายการ และคำเตือน ${summary.warningCount} รายการ ` +
      `(${summary.errorCount} errors, ${summary.warningCount} warnings). ช่องที่มีปัญหาถูกระบายสีไว้ ` +
      `(problem cells are highlighted)\n\n${top}` +
      (summary.findings.length > 8 ? `\n… และอีก ${summary.findings.length - 8} รายการ ดูทั้งหมดในแถบเครื่องมือ` : ''),
    ui.ButtonSet.OK,
  );
}
