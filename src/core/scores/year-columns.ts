import type { Cells } from './cells';
import type { Token } from './tokens';

/*
 * Two or more years side by side: "ตัวชี้วัด ⇥ ปี 2566 ⇥ ปี 2567", "ตัวชี้วัด 2566 2567", "ประเด็น | คะแนน ITA
 * ปี ๒๕๖๖ | ปี ๒๕๖๗ | ผลต่าง" — the layout of ITAS comparisons and of last year's reports. Every year column is
 * its own score set; a row "การปฏิบัติหน้าที่ ⇥ 95.40 ⇥ 96.12" gives one score to each year.
 */

/** One year column of a header line. */
export interface YearColumn {
  readonly year: number;
  /** 0-based tab-separated cell of the header line. */
  readonly cell: number;
}

export interface YearHeader {
  /** The year columns, left to right. */
  readonly columns: readonly YearColumn[];
  /** Number of tab-separated cells of the header line. */
  readonly cells: number;
}

/** Words a year-column header is made of; anything else (a title, a period with months) is not a header. */
const HEADER_WORDS =
  /ตัว\s*ชี้\s*วั[ดน](?:\s*การประเมิน)?|ประเด็น(?:การประเมิน)?|เครื่องมือ(?:การประเมิน)?|รายการ|ลำดับ(?:\s*ที่)?|ที่|ปีงบประมาณ|ปี|พ\.\s*ศ\.?|ผลการประเมิน|ผล\s*คะแนน|ค่า\s*คะแนน|คะแนน|ผลต่าง|เพิ่มขึ้น|ลดลง|เพิ่ม|ลด|ร้อยละ|ระดับ|ITAS?|[\s.:()/\-%]+/gi;

/** The year a token names in a header: a year token, or a bare 24xx–26xx integer ("2566 2567"). */
function yearOf(t: Token): number | null {
  if (t.kind === 'year') return t.year;
  if (t.kind === 'number' && t.form === 'integer' && t.value >= 2400 && t.value <= 2700 && !t.raw.startsWith('+')) {
    return t.value;
  }
  return null;
}

/**
 * The year columns of `text` when it is a header naming two or more different years, one per cell when the
 * line has cells, with nothing but header words around them; else null.
 */
export function yearHeader(text: string, tokens: readonly Token[], cells: Cells): YearHeader | null {
  const columns: YearColumn[] = [];
  let rest = '';
  let from = 0;
  let lastYearEnd = -1;
  for (const t of tokens) {
    const year = yearOf(t);
    if (year === null && t.kind !== 'overall') return null;
    if (year !== null) {
      // "ปี 2566-2567", "2566 ถึง 2567": one period, not two columns.
      if (lastYearEnd >= 0 && /-|ถึง/.test(text.slice(lastYearEnd, t.start))) return null;
      lastYearEnd = t.end;
      const cell = cells.indexOf(t.start);
      if (columns.some((c) => c.year === year || (cells.count > 1 && c.cell === cell))) return null;
      columns.push({ year, cell });
    }
    rest += text.slice(from, t.start) + ' ';
    from = t.end;
  }
  rest += text.slice(from);
  if (columns.length < 2 || rest.length > 300 || rest.replace(HEADER_WORDS, '') !== '') return null;
  return { columns, cells: cells.count };
}

/** A score of a row under a year header: the number token and the column it belongs to. */
export interface YearValue {
  readonly column: YearColumn;
  readonly value: Token & { kind: 'number' };
}

/**
 * Pairs the numbers of a row with the header's years. When the row has at least as many cells as the header,
 * cells are matched from the right (a row may carry an extra ลำดับ cell on the left); a year cell left blank
 * or "-" gives no score. Otherwise the numbers are taken left to right, one per year; with fewer numbers than
 * years the row is ambiguous and null is returned.
 */
export function yearValues(
  header: YearHeader,
  values: readonly (Token & { kind: 'number' })[],
  cells: Cells,
): YearValue[] | null {
  if (header.cells > 1 && cells.count >= header.cells) {
    const offset = cells.count - header.cells;
    const out: YearValue[] = [];
    for (const column of header.columns) {
      const inCell = values.filter((v) => cells.indexOf(v.start) === column.cell + offset);
      if (inCell.length > 1) return null;
      if (inCell[0]) out.push({ column, value: inCell[0] });
    }
    return out.length > 0 ? out : null;
  }
  if (values.length < header.columns.length) return null;
  return header.columns.map((column, i) => ({ column, value: values[i] as Token & { kind: 'number' } }));
}
