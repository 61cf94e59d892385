// Thai first, English on request. Elements bound to a message are re-labelled when the language changes;
// views that render data register a listener and redraw themselves.
import { MESSAGES, type MessageKey } from './messages';

export type Lang = 'th' | 'en';
export type Text = MessageKey | (() => string);

const STORAGE_KEY = 'ita-report-kit.lang';
let current: Lang = readStoredLang();
interface Binding {
  /** Weak, so the texts of replaced renders can be collected. */
  ref: WeakRef<Element>;
  attr: string | null;
  text: Text;
}
const bindings: Binding[] = [];
const listeners: (() => void)[] = [];

function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    // Storage may be blocked inside the add-on iframe: Thai is the default anyway.
    return 'th';
  }
}

export function lang(): Lang {
  return current;
}

/** The message in the current language. */
export function t(key: MessageKey): string {
  return MESSAGES[key][current];
}

/** Picks the current language from a pair the server or the data supplied. */
export function pick(pair: { message_th: string; message_en: string }): string {
  return current === 'th' ? pair.message_th : pair.message_en;
}

/** Both languages inline, for text built from data: tr('แถว', 'row'). */
export function tr(th: string, en: string): string {
  return current === 'th' ? th : en;
}

function resolve(text: Text): string {
  return typeof text === 'function' ? text() : t(text);
}

function apply(el: Element, attr: string | null, text: Text): void {
  const value = resolve(text);
  if (attr) el.setAttribute(attr, value);
  else el.textContent = value;
}

/** Sets the element's text (or an attribute) now and again after every language change. */
export function bind(el: Element, text: Text, attr: string | null = null): void {
  apply(el, attr, text);
  // One binding per element and attribute: re-binding (a status line) replaces the old text source.
  const existing = bindings.find((b) => b.ref.deref() === el && b.attr === attr);
  if (existing) existing.text = text;
  else bindings.push({ ref: new WeakRef(el), attr, text });
}

export function onLangChange(listener: () => void): void {
  listeners.push(listener);
}

/** The message with its {name} slots filled, e.g. fmt('scaffoldProgress', { n: 3, total: 9 }). */
export function fmt(key: MessageKey, values: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

export function setLang(next: Lang): void {
  current = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not persisted: the choice still holds for this session.
  }
  document.documentElement.lang = next;
  relabel();
  for (const listener of listeners) listener();
}

/** Applies every bound text again: after a language change, or when a text built from the state changed. */
export function relabel(): void {
  // Elements not on the page are relabelled too: a button may be shown again later (the write button).
  for (let i = bindings.length - 1; i >= 0; i--) {
    const binding = bindings[i]!;
    const el = binding.ref.deref();
    if (el) apply(el, binding.attr, binding.text);
    else bindings.splice(i, 1);
  }
}
