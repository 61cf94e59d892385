// The sidebar's copy of what the sheet holds (settings, tab status, recent exports); steps listen to it.
import type { ExportChoice, SidebarState } from '../../src/core/rpc/contract';

let current: SidebarState | null = null;
const listeners: ((state: SidebarState) => void)[] = [];

export function sidebarState(): SidebarState | null {
  return current;
}

export function setSidebarState(next: SidebarState): void {
  current = next;
  for (const listener of listeners) listener(next);
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
