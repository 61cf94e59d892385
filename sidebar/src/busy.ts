// While a server call runs every button of the sidebar is disabled (so a second click cannot start the same
// write twice) and the status line says what is happening. Buttons that are off for their own reason carry
// data-off and stay disabled afterwards.
import { bind, t, type Text } from './i18n';

let running = 0;
let root: HTMLElement | null = null;
let status: HTMLElement | null = null;

export function initBusy(app: HTMLElement, statusLine: HTMLElement): void {
  root = app;
  status = statusLine;
}

export function isBusy(): boolean {
  return running > 0;
}

function buttons(): HTMLButtonElement[] {
  return root ? Array.from(root.querySelectorAll<HTMLButtonElement>('button:not([data-always-on])')) : [];
}

function refresh(): void {
  for (const button of buttons()) button.disabled = running > 0 || button.dataset.off === '1';
  root?.setAttribute('aria-busy', running > 0 ? 'true' : 'false');
}

/** Marks a button as available or not when no call is running. */
export function setAvailable(button: HTMLButtonElement, available: boolean): void {
  if (available) delete button.dataset.off;
  else button.dataset.off = '1';
  button.disabled = running > 0 || !available;
}

/** Runs `task` with the buttons disabled and `label` in the status line; always re-enables them. */
export async function busy<T>(label: Text, task: () => Promise<T>): Promise<T> {
  running += 1;
  refresh();
  if (status) bind(status, label);
  try {
    return await task();
  } finally {
    running -= 1;
    refresh();
    if (running === 0 && status) bind(status, () => '');
  }
}

/** Changes what the status line says while a call runs (e.g. "setting up tab 3/9"). */
export function busyLabel(label: Text): void {
  if (status && running > 0) bind(status, label);
}

/** A short note in the status line (e.g. "cell selected"), read by screen readers. */
export function announce(key: Parameters<typeof t>[0]): void {
  if (status) bind(status, key);
}
