// Grid -> typed rows for the table tabs. A grid is a tab's data range from A1 (getValues); the header is
// found by matchHeaders, so moved and slightly renamed columns read the same.
import type { ColumnSpec, TableTabSpec } from '../tabs/spec';
import { parseRoundText } from '../tabs/defaults';
import { prefillKeyOf } from '../tabs/prefill';
import { normalizeEitCode, normalizeOitCode, findToolByName } from '../framework';
import { toArabicDigits } from '../thai';
import { cellChecked, cellInteger, cellNumber, cellText } from './cells';
import { matchHeaders, type HeaderMatch } from './header-match';
import type {
  AnalysisRow,
  ExportLogRow,
  IndicatorProgressRow,
  MeasureRow,
  OitRow,
  ResultRow,
  ScoreRow,
  ToolCode,
} from './types';

/** One non-empty data row: raw cell values by field key, plus its sheet row. */
export interface RawRow {
  sheetRow: number;
  raw: Record<string, unknown>;
  text: Record<string, string>;
}

export interface TableRead {
  match: HeaderMatch;
  rows: RawRow[];
}

/** Reads the rows below the header; a row whose specified cells are all empty is skipped. */
export function readTable(
  spec: { columns: readonly ColumnSpec[] },
  values: readonly (readonly unknown[])[],
): TableRead {
  const match = matchHeaders(spec.columns, values);
  const rows: RawRow[] = [];
  if (match.empty || match.foreign) return { match, rows };
  for (let r = match.headerRow; r < values.length; r++) {
    const line = values[r] ?? [];
    const raw: Record<string, unknown> = {};
    const text: Record<string, string> = {};
    let any = false;
    for (const col of spec.columns) {
      const c = match.columns[col.key];
      const v = c === undefined ? '' : line[c - 1];
      raw[col.key] = v;
      const t = col.checkbox ? (cellChecked(v) ? 'TRUE' : '') : cellText(v);
      text[col.key] = t;
      if (t !== '') any = true;
    }
    if (any) rows.push({ sheetRow: r + 1, raw, text });
  }
  return { match, rows };
}

/** The text of each named field, '' when its column is missing: the plain text fields of a typed row. */
function texts<K extends string>(r: RawRow, ...keys: K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = r.text[k] ?? '';
  return out;
}

function tool(text: string): ToolCode | undefined {
  return findToolByName(text) ?? undefined;
}

const KIND_BY_TEXT: Record<string, ScoreRow['kind']> = {
  ตัวชี้วัด: 'indicator',
  indicator: 'indicator',
  เครื่องมือ: 'tool',
  tool: 'tool',
  ภาพรวม: 'overall',
  overall: 'overall',
  ita: 'overall',
};

/** The kind a ประเภท cell names ("ตัวชี้วัด", "tool", "ITA" …); null when it names none. */
export function scoreKind(text: string): ScoreRow['kind'] | null {
  return KIND_BY_TEXT[text.replace(/\s+/g, '').toLowerCase()] ?? null;
}

export function toScoreRow(r: RawRow): ScoreRow {
  const kind = scoreKind(r.text.kind ?? '') ?? 'indicator';
  const row: ScoreRow = {
    sheetRow: r.sheetRow,
    year: cellInteger(r.raw.year),
    kind,
    score: cellNumber(r.raw.score),
    stated: cellNumber(r.raw.stated),
  };
  const ind = cellInteger(r.raw.indicator);
  if (ind !== null) row.indicator = ind;
  const t = tool(r.text.tool ?? '');
  if (t) row.tool = t;
  return row;
}

export function toAnalysisRow(r: RawRow): AnalysisRow {
  return {
    sheetRow: r.sheetRow,
    indicator: cellInteger(r.raw.indicator) ?? 0,
    tool: tool(r.text.tool ?? '') ?? 'IIT',
    score: cellNumber(r.raw.score),
    gap: cellNumber(r.raw.gap),
    trend: cellNumber(r.raw.trend),
    ...texts(r, 'level', 'category', 'assessmentIssue', 'developIssue'),
  };
}

/** Normalised item code of a measure: O16, E6, 9.2, or the text as typed when it is none of these. */
export function normalizeItem(text: string): string {
  const t = text.trim();
  if (t === '') return '';
  const oit = normalizeOitCode(t);
  if (oit) return oit;
  const eit = normalizeEitCode(t);
  if (eit) return eit;
  const sub = /^(9|10)\s*[.]\s*([0-9])$/.exec(toArabicDigits(t));
  return sub ? `${sub[1]}.${sub[2]}` : t;
}

export function toMeasureRow(r: RawRow): MeasureRow {
  const src = (r.text.source ?? '').replace(/\s+/g, '');
  return {
    sheetRow: r.sheetRow,
    id: r.text.id ?? '',
    tool: tool(r.text.tool ?? '') ?? r.text.tool ?? '',
    indicator: cellInteger(r.raw.indicator),
    item: normalizeItem(r.text.item ?? ''),
    ...texts(r, 'issue', 'measure', 'approach', 'steps', 'owners', 'period', 'monitoring'),
    source: src === 'ระบบแนะนำ' || src.toLowerCase() === 'suggested' ? 'suggested' : 'user',
  };
}

export function toResultRow(r: RawRow): ResultRow {
  const round = parseRoundText(r.text.round ?? '');
  return {
    sheetRow: r.sheetRow,
    ...texts(r, 'measureId', 'status', 'date', 'summary', 'outcome', 'problems', 'suggestions', 'evidenceUrl'),
    round: round ?? r.text.round ?? '',
  };
}

export function toProgressRow(r: RawRow): IndicatorProgressRow {
  const key = prefillKeyOf('indicatorProgress', r.text);
  return {
    sheetRow: r.sheetRow,
    indicator: key === null ? 0 : Number(key),
    indicatorLabel: r.text.indicator ?? '',
    ...texts(r, 'guideline', 'owners', 'period', 'status', 'progress'),
  };
}

export function toOitRow(r: RawRow): OitRow {
  const code = r.text.code ?? '';
  return {
    sheetRow: r.sheetRow,
    code: normalizeOitCode(code) ?? code,
    ...texts(r, 'name', 'subIndicator', 'subGroup', 'requirement', 'owners', 'status', 'progress', 'evidenceUrl'),
    published: cellChecked(r.raw.published),
  };
}

export function toExportLogRow(r: RawRow): ExportLogRow {
  return { sheetRow: r.sheetRow, ...texts(r, 'time', 'report', 'link', 'user') };
}

/** Reads a table tab into typed rows with one mapper. */
export function readTyped<T>(
  spec: TableTabSpec,
  values: readonly (readonly unknown[])[],
  map: (r: RawRow) => T,
): { match: HeaderMatch; rows: T[] } {
  const read = readTable(spec, values);
  return { match: read.match, rows: read.rows.map(map) };
}
