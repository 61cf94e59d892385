import { normalizeThaiText, toArabicDigits } from '../thai';
import { isItemRow } from './number-context';

/** One line of pasted text, cleaned for parsing, with its 1-based line number in the original paste. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
  /** True when the pasted line is an OIT/EIT checklist row, including the pieces its markup was split into. */
  readonly itemRow: boolean;
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * Cleans pasted text (reference §g.15, §g.16): Unicode repairs, Thai digits → Arabic, HTML tags removed
 * (paragraphs and list items become line breaks, table cells become tabs), "|" cells become tabs.
 * Line numbers always refer to the original paste.
 */
export function toSourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const lines = toArabicDigits(normalizeThaiText(text))
    // Full-width digits, point and comma (Word with East Asian fonts) read as the ASCII ones a reader sees.
    .replace(/[\uFF0C\uFF0E\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .split('\n');
  lines.forEach((raw, i) => {
    // A tag ends at the next ">" before any other "<": "[^>]*" would rescan the rest of the line for every
    // "<" (200,000 "<" took 24 s).
    const cleaned = raw
      .replace(/<\s*\/?\s*(p|br|li|tr|div|ul|ol)\b[^<>]*>/gi, '\n')
      .replace(/<\s*\/?\s*(td|th)\b[^<>]*>/gi, '\t')
      .replace(/<[^<>]*>/g, ' ')
      .replace(/&(nbsp|amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? ' ')
      .replace(/\|/g, '\t')
      .replace(/\*\*/g, '');
    const parts = cleaned.split('\n').filter((part) => part.trim() !== '');
    const itemRow = parts.length > 0 && isItemRow(parts[0] as string);
    for (const part of parts) out.push({ text: part, line: i + 1, itemRow });
  });
  return out;
}
