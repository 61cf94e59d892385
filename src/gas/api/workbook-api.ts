// Server functions of the standard tabs, called by the sidebar (through rpc() in src/main.ts) and by the
// menu. The only place that touches the SpreadsheetApp / PropertiesService / LockService globals: the
// adapter in src/gas/sheets receives the spreadsheet and services as parameters.
import { UserError } from '../rpc';
import type {
  ApplyScoresInput,
  PreviewScoresInput,
  ScaffoldSummary,
  SelectCellInput,
  SettingsInput,
  SidebarState,
  SidebarStep,
  TabStatus,
  ValidationSummary,
} from '../../core/rpc/contract';
import { FRAMEWORK_YEARS } from '../../core/framework';
import { ALL_TABS } from '../../core/tabs';
import {
  analysisLines,
  buildScorePreview,
  matchHeaders,
  nameChainHeadings,
  readSettings,
  scoreLines,
  workbookFromGrids,
} from '../../core/workbook';
import { validateWorkbook as runValidation, summarizeFindings } from '../../core/validation';
import {
  appendSuggestedMeasures,
  applyHighlights,
  readSettingsTab,
  readWorkbookGrids,
  recentExports,
  refreshPrefilledTabs,
  scaffoldTableTab,
  scaffoldWorkbook,
  writeAnalysis,
  writeScores,
  writeSettings,
  workbookDefaults,
} from '../sheets';
import { ANALYSIS_TAB, MEASURES_TAB, SCORES_TAB } from '../../core/tabs';
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
  const settings = readSettings(grids.settings ?? null).settings;
  const agency = { agencyName: settings?.agencyName ?? '', agencyType: settings?.agencyType ?? '' };
  const log = workbookFromGrids({ exportLog: grids.exportLog ?? null }).exportLog;
  return {
    settings,
    defaults: workbookDefaults(new Date(), agency),
    tabs,
    frameworkYears: [...FRAMEWORK_YEARS],
    lastExports: recentExports(log),
  };
}

export function saveSettings(input: SettingsInput): SidebarState {
  // Default headings made before the agency was named ("ความเห็นของปลัดองค์การบริหารส่วนตำบล") get its name.
  const chain = nameChainHeadings(input.chain, input.agencyName, input.agencyType);
  withLock(() => {
    const ss = SpreadsheetApp.getActive();
    writeSettings(ss, sheetsServices(), { ...input, chain });
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
  return withLock(() => scaffoldWorkbook(SpreadsheetApp.getActive(), sheetsServices()));
}

/** Parses and analyses pasted scores; writes nothing. */
export function previewScores(input: PreviewScoresInput): unknown {
  const ss = SpreadsheetApp.getActive();
  const settings = readSettingsTab(ss);
  const preview = buildScorePreview(input, settings);
  if (!preview.analysis) {
    throw new UserError({
      code: 'no-scores',
      message_th: preview.findings[0]?.message_th ?? 'ไม่พบคะแนนตัวชี้วัดในข้อความที่วาง',
      message_en: preview.findings[0]?.message_en ?? 'No indicator scores were found in the pasted text.',
    });
  }
  return { ...preview.analysis, findings: preview.findings, suggestions: preview.suggestions };
}

export function applyScores(input: ApplyScoresInput): {
  scoresWritten: number;
  measuresAdded: number;
  analysisRows: number;
} {
  return withLock(() => {
    const ss = SpreadsheetApp.getActive();
    const svc = sheetsServices();
    const settings = readSettingsTab(ss);
    // Re-parse on the server: the sidebar's copy of the preview is not trusted.
    const preview = buildScorePreview(input, settings);
    if (!preview.analysis || !preview.set || preview.year === null) {
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
    const noSources = () => ({ lists: {}, measureIds: null });
    for (const spec of [SCORES_TAB, ANALYSIS_TAB, MEASURES_TAB]) {
      const outcome = scaffoldTableTab(ss, spec, svc, prefill, noSources);
      if (outcome.kind === 'foreign') {
        throw new UserError({
          code: 'foreign-tab',
          message_th: `แท็บ "${spec.name}" มีรูปแบบไม่ตรงกับแท็บมาตรฐาน จึงไม่ได้บันทึก กรุณาเปลี่ยนชื่อแท็บเดิมแล้วลองอีกครั้ง`,
          message_en: `The "${spec.name}" tab does not look like the standard tab, so nothing was written. Rename it and try again.`,
        });
      }
    }
    const scoresWritten = writeScores(ss, scoreLines(preview.set, preview.analysis, preview.year));
    const analysisRows = writeAnalysis(ss, analysisLines(preview.analysis, settings?.agencyName ?? ''));
    const chosen = new Set(input.chosenSuggestionIds);
    const measuresAdded = appendSuggestedMeasures(
      ss,
      preview.suggestions.filter((s) => chosen.has(s.suggestionId)),
    );
    return { scoresWritten, measuresAdded, analysisRows };
  });
}

/** Validates, highlights the problem cells (replacing the previous highlights) and returns the findings. */
export function validateWorkbook(): ValidationSummary {
  return withLock(() => {
    const ss = SpreadsheetApp.getActive();
    const grids = readWorkbookGrids(ss);
    const findings = runValidation(workbookFromGrids(grids));
    applyHighlights(ss, sheetsServices(), findings, grids);
    return summarizeFindings(findings);
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
  if (summary.findings.length === 0) {
    SpreadsheetApp.getActive().toast(
      'ไม่พบปัญหา ข้อมูลพร้อมส่งออก\n(No problems found; ready to export)',
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
    `พบข้อผิดพลาด ${summary.errorCount} รายการ และคำเตือน ${summary.warningCount} รายการ ` +
      `(${summary.errorCount} errors, ${summary.warningCount} warnings). ช่องที่มีปัญหาถูกระบายสีไว้ ` +
      `(problem cells are highlighted)\n\n${top}` +
      (summary.findings.length > 8 ? `\n… และอีก ${summary.findings.length - 8} รายการ ดูทั้งหมดในแถบเครื่องมือ` : ''),
    ui.ButtonSet.OK,
  );
}
