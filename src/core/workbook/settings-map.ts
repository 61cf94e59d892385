// ตั้งค่า tab <-> Settings. Rows are found by their Thai label (space-insensitive), wherever they are.
import {
  CHAIN_FIELDS,
  NO,
  CHAIN_PREFIX,
  DIGITS_ARABIC,
  DIGITS_THAI,
  SETTINGS_TAB,
  YES,
  SETTING_ROWS,
  chainLabel,
  type SettingRowSpec,
} from '../tabs/settings-tab';
import { parseRoundText, roundText } from '../tabs/defaults';
import { expandBuddhistYear, toArabicDigits } from '../thai';
import { cellInteger, cellNumber, cellText } from './cells';
import { headerKey, matchHeaders, type HeaderMatch } from './header-match';
import type { CommentStep, Settings, Signer } from './types';

/** A settings row as laid out in the sheet. */
export interface SettingLine {
  /** "agencyName", "preparer.name", "chain.2.heading" … */
  key: string;
  label: string;
  value: string | number;
  note: string;
}

// Setting rows by the key of each label they may have; built on the first settings read, not at bundle load.
let labelKeys: Map<string, SettingRowSpec> | undefined;
function labelKeysOf(): Map<string, SettingRowSpec> {
  if (labelKeys === undefined) {
    labelKeys = new Map();
    for (const spec of SETTING_ROWS) {
      for (const l of [spec.label, ...(spec.variants ?? [])]) labelKeys.set(headerKey(l), spec);
    }
  }
  return labelKeys;
}

/** The setting key of a label cell, or null when the row is not a known setting. */
export function settingKeyOfLabel(label: string): string | null {
  const key = headerKey(label);
  if (key === '') return null;
  const spec = labelKeysOf().get(key);
  if (spec) return spec.key;
  const m = new RegExp(`^${headerKey(CHAIN_PREFIX)}([0-9]{1,2})(.*)$`).exec(toArabicDigits(key));
  if (m && m[1] !== undefined && m[2] !== undefined) {
    const field = CHAIN_FIELDS.find((f) => headerKey(f.label) === m[2]);
    if (field) return `chain.${Number(m[1])}.${field.key}`;
  }
  return null;
}

export interface SettingsRead {
  match: HeaderMatch;
  settings: Settings | null;
  cells: Record<string, { row: number; text: string }>;
}

function yearOf(text: string): number {
  const n = cellInteger(text.replace(/^พ\.?ศ\.?\s*/, ''));
  return n === null ? 0 : expandBuddhistYear(n);
}

function digitsOf(text: string): Settings['digits'] {
  return /อารบิก|arabic/i.test(text) ? 'arabic' : 'thai';
}

/** "ใช่", "yes", "true", a ticked box: on. Anything else (empty, "ไม่ใช่"): off. */
function isYes(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t === YES || t === 'yes' || t === 'y' || t === 'true' || t === 'ลงนาม';
}

function signerFrom(get: (field: string) => string): Signer {
  const signer: Signer = {
    name: get('name'),
    positionLines: get('positionLines')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
  const rank = get('rank');
  if (rank) signer.rank = rank;
  return signer;
}

/** Reads the ตั้งค่า grid. settings is null when the tab is missing, empty or foreign. */
export function readSettings(values: readonly (readonly unknown[])[] | null): SettingsRead {
  const match = matchHeaders(SETTINGS_TAB.columns, values ?? []);
  const cells: SettingsRead['cells'] = {};
  if (!values || match.empty || match.foreign) return { match, settings: null, cells };
  const labelCol = (match.columns.label ?? 1) - 1;
  const valueCol = (match.columns.value ?? 2) - 1;
  for (let r = match.headerRow; r < values.length; r++) {
    const key = settingKeyOfLabel(cellText(values[r]?.[labelCol]));
    if (key && !(key in cells)) cells[key] = { row: r + 1, text: cellText(values[r]?.[valueCol]) };
  }
  const get = (key: string) => cells[key]?.text ?? '';
  const steps = new Set<number>();
  for (const key of Object.keys(cells)) {
    const m = /^chain\.(\d+)\./.exec(key);
    if (m) steps.add(Number(m[1]));
  }
  const chain: CommentStep[] = [...steps]
    .sort((a, b) => a - b)
    .map((n) => {
      const step: CommentStep = {
        heading: get(`chain.${n}.heading`),
        signer: signerFrom((f) => get(`chain.${n}.${f}`)),
      };
      const comment = get(`chain.${n}.comment`);
      if (comment) step.comment = comment;
      return step;
    })
    .filter((s) => s.heading !== '' || s.signer.name !== '');
  const settings: Settings = {
    agencyName: get('agencyName'),
    agencyType: get('agencyType'),
    district: get('district'),
    province: get('province'),
    fiscalYear: yearOf(get('fiscalYear')),
    itaYear: yearOf(get('itaYear')),
    frameworkYear: yearOf(get('frameworkYear')),
    round: parseRoundText(get('round')) ?? '12',
    target: cellNumber(get('target')) ?? 85,
    digits: digitsOf(get('digits')),
    preparer: signerFrom((f) => get(`preparer.${f}`)),
    memo: { office: get('memo.office'), refNo: get('memo.refNo'), date: get('memo.date'), to: get('memo.to') },
    chain,
    reportDate: get('reportDate'),
    signReport: isYes(get('signReport')),
  };
  return { match, settings, cells };
}

function settingValue(s: Settings, key: string): string | number {
  switch (key) {
    case 'round':
      return roundText(s.round);
    case 'digits':
      return s.digits === 'arabic' ? DIGITS_ARABIC : DIGITS_THAI;
    case 'signReport':
      return s.signReport ? YES : NO;
    case 'reportDate':
      return s.reportDate ?? '';
    case 'preparer.rank':
      return s.preparer.rank ?? '';
    case 'preparer.name':
      return s.preparer.name;
    case 'preparer.positionLines':
      return s.preparer.positionLines.join('\n');
    default: {
      if (key.startsWith('memo.')) return s.memo[key.slice(5) as keyof Settings['memo']];
      const v = (s as unknown as Record<string, unknown>)[key];
      return typeof v === 'number' || typeof v === 'string' ? v : '';
    }
  }
}

/** Every settings row, in sheet order, with the values of `s`. */
export function settingsLines(s: Settings): SettingLine[] {
  const lines: SettingLine[] = SETTING_ROWS.map((spec) => ({
    key: spec.key,
    label: spec.label,
    value: settingValue(s, spec.key),
    note: spec.note,
  }));
  s.chain.forEach((step, i) => {
    const n = i + 1;
    for (const f of CHAIN_FIELDS) {
      const value =
        f.key === 'heading'
          ? step.heading
          : f.key === 'comment'
            ? (step.comment ?? '')
            : f.key === 'rank'
              ? (step.signer.rank ?? '')
              : f.key === 'name'
                ? step.signer.name
                : step.signer.positionLines.join('\n');
      lines.push({ key: `chain.${n}.${f.key}`, label: chainLabel(n, f.label), value, note: f.note });
    }
  });
  return lines;
}
