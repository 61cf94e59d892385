// Small constructors that keep the builders readable.
import type { Signer } from '../workbook/types';
import type { Align, Block, Paragraph, Run, SignatureBlock, Table, TableCell, TableColumn, TableRow } from './model';

export const HEADER_SHADING = '#D9D9D9';

export function title(text: string): Paragraph {
  return { kind: 'paragraph', style: 'title', runs: [{ text, bold: true }], align: 'center' };
}

export function heading(text: string): Paragraph {
  return { kind: 'paragraph', style: 'heading', runs: [{ text, bold: true }], align: 'left', spaceAfterPt: 6 };
}

export function subheading(text: string, align: Align = 'left'): Paragraph {
  return { kind: 'paragraph', style: 'subheading', runs: [{ text, bold: true }], align };
}

/** Running text with the first-line indent, left-aligned (Thai has no word spaces to justify on); a string or runs (for a bold score inside a sentence). */
export function body(content: string | Run[]): Paragraph {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return { kind: 'paragraph', style: 'body', runs, align: 'left', spaceAfterPt: 6 };
}

/** A plain line: list items, the lines of a cover, memo fields. */
export function line(content: string | Run[], align: Align = 'left', indentCm?: number): Paragraph {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return { kind: 'paragraph', style: 'line', runs, align, ...(indentCm !== undefined ? { indentCm } : {}) };
}

export function blank(): Paragraph {
  return line('');
}

export function cell(lines: string[] | string, extra: Partial<TableCell> = {}): TableCell {
  return { lines: typeof lines === 'string' ? [lines] : lines, ...extra };
}

export function table(columns: TableColumn[], rows: TableRow[]): Table {
  return { kind: 'table', columns, rows, headerShading: HEADER_SHADING };
}

/** A full-width group row inside a table (reference §d.4: [004] puts group headings in the table). */
export function groupRow(text: string, columnCount: number): TableRow {
  const cells = [cell(text, { bold: true })];
  for (let i = 1; i < columnCount; i++) cells.push(cell(''));
  return { cells, group: true };
}

export function signature(signer: Signer, t: (s: string) => string): SignatureBlock {
  return {
    kind: 'signature',
    ...(signer.rank && signer.rank.trim() !== '' ? { rank: t(signer.rank.trim()) } : {}),
    name: nameInParentheses(t(signer.name.trim())),
    positionLines: signer.positionLines.map((l) => t(l.trim())).filter((l) => l !== ''),
  };
}

/** "(สุกิจ มูลศรี)": the printed name is always in parentheses (reference §d.7). */
export function nameInParentheses(name: string): string {
  if (name === '') return '(' + '\u00a0'.repeat(30) + ')';
  return name.startsWith('(') && name.endsWith(')') ? name : `(${name})`;
}

export function pageBreak(): Block {
  return { kind: 'pageBreak' };
}
