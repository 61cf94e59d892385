// The sidebar's copy of what the sheet holds (settings, tab status, progress, recent exports); steps listen
// to it. A write by the add-on (scores, set-up, settings) is announced too, so old results can say so.
import type { ExportChoice, SidebarState } from '../../src/core/rpc/contract';
import { relabel } from './i18n';
import { call } from './rpc';

let current: SidebarState | null = null;
const listeners: ((state: SidebarState) => void)[] = [];
const writeListeners: (() => void)[] = [];

export function sidebarState(): SidebarState | null {
  return current;
}

export function setSidebarState(next: SidebarState): void {
  current = next;
  for (const listener of listeners) listener(next);
  // Texts built from the state (the item codes of the report names) follow it.
  relabel();
}

export function onSidebarState(listener: (state: SidebarState) => void): void {
  listeners.push(listener);
}

// The reports, round and memo the export step has picked: the validate step checks for exactly these.
let choice: ExportChoice | null = null;

export function exportChoice(): ExportChoice | null {
  return choice;
}

export function setExportChoice(next: ExportChoice | null): void {
  choice = next;
}

/** The add-on has just written to the sheet: validation results on screen may be out of date. */
export function sheetWritten(): void {
  for (const listener of writeListeners) listener();
}

export function onSheetWritten(listener: () => void): void {
  writeListeners.push(listener);
}

/**
 * The state read again after a write, so "what is done" follows; null when that read fails (the write
 * itself succeeded and said so, so its failure is not shown).
 */
export function fetchSidebarState(): Promise<SidebarState | null> {
  return call('getSidebarState').catch(() => null);
}
