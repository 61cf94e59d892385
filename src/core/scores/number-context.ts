import { blankBetween, trimmedLength, type Cells } from './cells';
import type { Token } from './tokens';

/*
 * Where a number sits decides whether it can be a score. Whole documents are pasted (last year's report from
 * Word, seeds 000–004): OIT checklist rows, numbered measure rows and long narrative paragraphs are full of
 * numbers that are codes, row numbers, counts or targets, next to indicator words. Real score lines are short
 * ("การใช้อำนาจ 93.92"), in a score column, or a score phrase ("มีผลคะแนน เท่ากับ 93.92 คะแนน").
 */

/** Words that carry no meaning between a label and its score, parenthesised English, digits and punctuation. */
const GAP_FILLERS =
  /\([A-Za-z][^()]{0,60}\)|ตัว\s*ชี้\s*วั[ดน]\s*(?:ที่|ที)?|มี\s*(?:ผล|ค่า)|ผล|ได้|เท่ากับ|คะแนน|ร้อยละ|[\s\d.:()\-–,*"'“”%/=]+/g;

/**
 * Length of the meaningful text of text[from, to) once score fillers, digits, punctuation and spaces are removed.
 * Only the last 200 characters are looked at: beyond that the text is narrative whatever it holds, and a
 * bounded window keeps the parser linear on one very long line.
 */
export function residualLength(text: string, from = 0, to = text.length): number {
  return text.slice(Math.max(from, to - 200), to).replace(GAP_FILLERS, '').length;
}

/** At most this much meaningful text may separate a label from its score in narrative text or a wrapped row. */
export const NEAR_LABEL = 8;

/** A cell longer than this (trimmed) is narrative: its numbers need a score phrase or an adjacent label. */
const LONG_CELL = 80;

/** "93.92 คะแนน", "90 %", "27.47/30". */
const SCORE_UNIT_AFTER = /^\s*(?:คะแนน|%|เปอร์เซ็นต์|points?\b|\/\s*\d)/i;
/** "เท่ากับ 93.92", "ได้คะแนน 93.92", "คะแนน: 93.92". */
const SCORE_PHRASE_BEFORE = /(?:เท่ากับ|คะแนน|[:=])\s*$/;
/** "ค่าเป้าหมายที่กำหนดเกณฑ์ไว้คือ 85 คะแนน": the target, not a score. */
const TARGET_BEFORE = /(?:เป้าหมาย|กำหนดเกณฑ์|เกณฑ์(?:ที่กำหนด|การผ่าน|ผ่าน))[^\d\t]{0,15}$/;
/** "เพิ่มขึ้น 2.15 คะแนน": a change between years, not a score. */
const CHANGE_BEFORE = /(?:เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง)\s*(?:อีก|จำนวน)?\s*$/;

/**
 * An OIT or EIT checklist row: it starts with an item code ("๐๓๕", "0๑", "O๑๔", "E๖", §g.6, §g.7), possibly
 * after a ลำดับ number. Nothing in such a row is an indicator score, whatever indicator words it contains.
 */
const ITEM_ROW = /^\s*(?:\d{1,3}[\s.)]+)?(?:[OoEeОоЕеＯＥ]\s?\d{1,3}|0\d{1,2})(?=[\s.)]|$)/;

export function isItemRow(text: string): boolean {
  return ITEM_ROW.test(text);
}

function isLabel(t: Token | undefined): boolean {
  return t?.kind === 'mark' || t?.kind === 'name' || t?.kind === 'tool' || t?.kind === 'overall';
}

function notCandidate(t: Token & { kind: 'number' }): Token {
  return { ...t, candidate: false };
}

/**
 * Clears the candidate flag of numbers that cannot be scores by their place in the line: row and heading
 * numbers at the start of a line, targets and changes, and numbers in narrative cells that are neither in a
 * score phrase nor right after a label. Returns the tokens in reading order.
 */
export function refineNumbers(text: string, tokens: readonly Token[], cells: Cells): Token[] {
  const out = [...tokens];
  const cellLengths = new Map<number, number>();
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    if (t.kind !== 'number' || !t.candidate) continue;
    const after = text.slice(t.end, t.end + 40);
    const unitAfter = SCORE_UNIT_AFTER.test(after);
    const prev = out[i - 1];
    const next = out[i + 1];

    // "๑<TAB>มาตรการ…", "3.2 ประเด็น…", "10.1 การดำเนินการเพื่อป้องกันการทุจริต": a number opening a line of
    // text numbers the row. Only a two-decimal score directly followed by a label is kept ("95.40 การใช้อำนาจ").
    if (blankBetween(text, 0, t.start) && /^[\s.)\-:]*[^\d\s.)\-:]/.test(after) && !unitAfter) {
      const twoDecimals = /^\d{1,3}\.\d{2}$/.test(t.raw);
      const labelNext = isLabel(next) && residualLength(text, t.end, next?.start) === 0;
      if (!(twoDecimals && labelNext)) {
        out[i] = notCandidate(t);
        continue;
      }
    }

    const before = text.slice(Math.max(0, t.start - 40), t.start);
    if (CHANGE_BEFORE.test(before)) {
      out[i] = notCandidate(t);
      continue;
    }
    const target = TARGET_BEFORE.exec(before);
    if (target) {
      // Unless a label stands between the target word and the number ("เป้าหมาย การใช้อำนาจ 93.92").
      const targetAt = t.start - before.length + target.index;
      if (!(isLabel(prev) && (prev?.start ?? 0) > targetAt)) {
        out[i] = notCandidate(t);
        continue;
      }
    }

    const cellStart = cells.startOf(t.start);
    let cellLength = cellLengths.get(cellStart);
    if (cellLength === undefined) {
      cellLength = trimmedLength(text, cellStart, cells.endOf(t.start));
      cellLengths.set(cellStart, cellLength);
    }
    if (cellLength <= LONG_CELL) continue;
    if (unitAfter || SCORE_PHRASE_BEFORE.test(before)) continue;
    // In a narrative cell, a score without a score phrase must follow its label closely ("การใช้อำนาจ 93.92").
    const nearLabel =
      prev !== undefined &&
      isLabel(prev) &&
      prev.end >= cellStart &&
      residualLength(text, prev.end, t.start) <= NEAR_LABEL;
    if (!nearLabel) out[i] = notCandidate(t);
  }
  return out;
}

/**
 * "95.40 การปฏิบัติหน้าที่" (score before name): when a line is a leading score followed by the labels of one
 * indicator and nothing else, the labels are moved before the score so that the score is read for them.
 */
export function scoreBeforeName(text: string, tokens: Token[]): Token[] {
  if (tokens.length < 2 || tokens.length > 3) return tokens;
  const [first, ...rest] = tokens;
  if (first?.kind !== 'number' || !first.candidate) return tokens;
  if (!blankBetween(text, 0, first.start) || !/^\d{1,3}\.\d{2}$/.test(first.raw)) {
    return tokens;
  }
  const [a, b] = rest;
  const oneIndicator =
    (rest.length === 1 && (a?.kind === 'name' || a?.kind === 'mark')) ||
    (rest.length === 2 && a?.kind === 'mark' && b?.kind === 'name');
  const last = rest[rest.length - 1] as Token;
  if (!oneIndicator || residualLength(text, last.end) > 0) return tokens;
  return [...rest, first];
}
