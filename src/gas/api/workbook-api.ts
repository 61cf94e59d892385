// Placeholder until the tabs work lands (owned by the tabs helper): every function answers "not ready".
import { UserError } from '../rpc';
import type {
  ApplyScoresInput,
  PreviewScoresInput,
  ScaffoldSummary,
  SelectCellInput,
  SettingsInput,
  SidebarState,
  ValidationSummary,
} from '../../core/rpc/contract';

const notReady = () =>
  new UserError({ code: 'not-ready', message_th: 'ยังไม่พร้อมใช้งาน', message_en: 'Not available yet' });

export function getSidebarState(): SidebarState {
  throw notReady();
}
export function saveSettings(_input: SettingsInput): SidebarState {
  throw notReady();
}
export function scaffoldTabs(): ScaffoldSummary {
  throw notReady();
}
export function previewScores(_input: PreviewScoresInput): unknown {
  throw notReady();
}
export function applyScores(_input: ApplyScoresInput): {
  scoresWritten: number;
  measuresAdded: number;
  analysisRows: number;
} {
  throw notReady();
}
export function validateWorkbook(): ValidationSummary {
  throw notReady();
}
export function selectCell(_input: SelectCellInput): { ok: true } {
  throw notReady();
}
export function scaffoldFromMenu(): void {
  throw notReady();
}
export function validateFromMenu(): void {
  throw notReady();
}
