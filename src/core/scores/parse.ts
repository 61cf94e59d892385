import { STANDARD_INDICATORS, STANDARD_TOOLS, type IndicatorNo, type ToolCode } from '../framework';
import { Cells } from './cells';
import { fuzzyIndicator } from './fuzzy';
import { finding } from './messages';
import { NEAR_LABEL, residualLength, scoreBeforeName } from './number-context';
import { toSourceLines, type SourceLine } from './preprocess';
import { residualKey, tokenize, type Token } from './tokens';
import type { ParseFinding, ParseResult, ScoreSet, StatedOverall, StatedTool } from './types';
import { yearHeader, yearValues, type YearHeader } from './year-columns';

/** Mutable score set while parsing. */
interface Draft {
  year: number | null;
  indicators: Partial<Record<IndicatorNo, number>>;
  indicatorLines: Partial<Record<IndicatorNo, number>>;
  tools: Partial<Record<ToolCode, { raw: number; unit: 'percent' | 'points' | null; line: number }>>;
  overall: StatedOverall | null;
}

/** A number as read from the paste: its value (NaN when unreadable), the characters written and their form. */
type Read = Pick<Token & { kind: 'number' }, 'value' | 'raw' | 'form'>;

/** What the next score belongs to. */
type Pending =
  | { kind: 'indicator'; mark: number | null; name: IndicatorNo | null; fuzzy: boolean; carried: boolean }
  | { kind: 'tool'; tool: ToolCode }
  | { kind: 'overall' }
  | { kind: 'sub' };

/** A column label of a table header row. */
type Column = { kind: 'indicator'; no: number } | { kind: 'tool'; tool: ToolCode } | { kind: 'overall' };

const OTHER_SCHEMES: readonly { pattern: RegExp; th: string; en: string }[] = [
  { pattern: /ITA\s*Online/i, th: 'ITA Online ของสถานศึกษา', en: 'the schools’ "ITA Online"' },
  {
    pattern: /(?<![A-Za-z])MOIT(?![A-Za-z])/i,
    th: 'MOIT ของกระทรวงสาธารณสุข',
    en: 'the Ministry of Public Health "MOIT"',
  },
  { pattern: /สพฐ\.|OBEC/, th: 'ITA ของ สพฐ.', en: 'the OBEC school ITA' },
];

function emptyDraft(year: number | null): Draft {
  return { year, indicators: {}, indicatorLines: {}, tools: {}, overall: null };
}

function isLabel(t: Token): boolean {
  return t.kind === 'mark' || t.kind === 'name' || t.kind === 'tool' || t.kind === 'overall';
}

function isIndicatorNo(n: number): n is IndicatorNo {
  return Number.isInteger(n) && n >= 1 && n <= 10;
}

function indicatorLabel(no: number): string {
  const d = STANDARD_INDICATORS.find((i) => i.no === no);
  return d ? `ตัวชี้วัดที่ ${no} ${d.nameTh}` : `ตัวชี้วัดที่ ${no}`;
}

function hasContent(d: Draft): boolean {
  return Object.keys(d.indicators).length > 0 || Object.keys(d.tools).length > 0 || d.overall !== null;
}

/** True when the text outside the labels is short in every cell ("จังหวัด", "ปี"), as in a table header. */
function isLabelRow(text: string, tokens: readonly Token[]): boolean {
  let rest = '';
  let from = 0;
  for (const t of tokens) {
    rest += text.slice(from, t.start) + ' ';
    from = t.end;
  }
  rest += text.slice(from);
  return rest.split('\t').every((cell) => residualLength(cell) <= 30);
}

/** Groups header tokens into columns: a mark directly followed by a name is one column. */
function headerColumns(tokens: readonly Token[]): { columns: Column[]; mismatches: [number, number][] } {
  const columns: Column[] = [];
  const mismatches: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'mark') {
      const next = tokens[i + 1];
      if (next?.kind === 'name') {
        if (next.no !== t.no) mismatches.push([t.no, next.no]);
        i++;
      }
      columns.push({ kind: 'indicator', no: t.no });
    } else if (t.kind === 'name') columns.push({ kind: 'indicator', no: t.no });
    else if (t.kind === 'tool') {
      const prev = columns[columns.length - 1];
      // "แบบวัด… (IIT)" names the same column twice.
      if (!(prev?.kind === 'tool' && prev.tool === t.tool && tokens[i - 1]?.kind === 'tool')) {
        columns.push({ kind: 'tool', tool: t.tool });
      }
    } else if (t.kind === 'overall') columns.push({ kind: 'overall' });
  }
  return { columns, mismatches };
}

/**
 * Reads ITA scores from pasted text: ITAS result pages, NACC report tables, last year's report. Accepts
 * sentence rows ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ มีผลคะแนน เท่ากับ 95.40 คะแนน", also wrapped across lines),
 * tables with a header row (one row per year), name-only lines in any order, Thai digits, tool lines
 * (percent or weighted points) and overall lines. Never throws: problems are returned as findings.
 */
export function parseScores(text: unknown): ParseResult {
  const findings: ParseFinding[] = [];
  if (typeof text !== 'string' || text.trim() === '') {
    findings.push(finding('empty', 'error', null, 'ไม่มีข้อความให้อ่านคะแนน', 'There is no text to read scores from.'));
    return { years: [], findings, ok: false, proposedYear: null };
  }
  let lines: SourceLine[];
  try {
    lines = toSourceLines(text);
  } catch {
    lines = [];
  }

  const drafts: Draft[] = [emptyDraft(null)];
  let current = drafts[0] as Draft;
  let pending: Pending | null = null;
  let header: Column[] | null = null;
  let yearColumns: YearHeader | null = null;
  /** A row label of year columns whose numbers are on the next line. */
  let yearPending: Pending | null = null;
  const reportedSchemes = new Set<string>();

  const setYear = (year: number) => {
    if (current.year === year) return;
    if (current.year === null) {
      current.year = year;
      return;
    }
    // A year named again ("ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖") returns to its set instead of opening a second one.
    const existing = drafts.find((d) => d.year === year);
    if (existing) current = existing;
    else if (!hasContent(current)) current.year = year;
    else {
      current = emptyDraft(year);
      drafts.push(current);
    }
  };

  const draftForYear = (year: number): Draft => {
    const existing = drafts.find((d) => d.year === year);
    if (existing) return existing;
    if (current.year === null && !hasContent(current)) {
      current.year = year;
      return current;
    }
    const d = emptyDraft(year);
    drafts.push(d);
    return d;
  };

  /**
   * False (with a finding naming the line) when the number cannot be read as one value; an info finding says
   * how a decimal comma or a spaced point was read, so the user can check it.
   */
  const readable = (read: Read, line: number, th: string, en: string): boolean => {
    if (Number.isNaN(read.value)) {
      findings.push(
        finding(
          'unreadable-number',
          'error',
          line,
          `อ่านตัวเลข "${read.raw}" ของ${th}ไม่ได้ กรุณาพิมพ์เป็นตัวเลขทศนิยมธรรมดา เช่น 95.40`,
          `Cannot read the number "${read.raw}" for ${en}; please write it as a plain decimal such as 95.40.`,
        ),
      );
      return false;
    }
    if (read.form === 'decimal-comma' || read.form === 'spaced-point') {
      findings.push(
        finding(
          'number-read-as',
          'info',
          line,
          `อ่าน "${read.raw}" ของ${th}เป็น ${read.value} กรุณาตรวจสอบ`,
          `Read "${read.raw}" for ${en} as ${read.value}; please check.`,
        ),
      );
    }
    return true;
  };

  const assignIndicator = (draft: Draft, no: number, read: Read, line: number) => {
    const value = read.value;
    if (isIndicatorNo(no) && !readable(read, line, indicatorLabel(no), `indicator ${no}`)) return;
    if (!isIndicatorNo(no)) {
      findings.push(
        finding(
          'unknown-indicator-number',
          'error',
          line,
          `ไม่มีตัวชี้วัดที่ ${no} (มีเพียงตัวชี้วัดที่ 1–10) ไม่ได้นำคะแนน ${read.raw} ไปใช้`,
          `There is no indicator ${no} (only 1–10); the score ${read.raw} was not used.`,
        ),
      );
      return;
    }
    if (value < 0 || value > 100) {
      findings.push(
        finding(
          'score-out-of-range',
          'error',
          line,
          `คะแนน ${read.raw} ของ${indicatorLabel(no)} อยู่นอกช่วง 0–100`,
          `The score ${read.raw} for indicator ${no} is outside 0–100.`,
        ),
      );
      return;
    }
    const before = draft.indicators[no];
    if (before !== undefined) {
      const firstLine = draft.indicatorLines[no] ?? line;
      if (before !== value) {
        findings.push(
          finding(
            'duplicate-conflict',
            'error',
            line,
            `${indicatorLabel(no)} มีคะแนนสองค่า (${before} ที่บรรทัด ${firstLine} และ ${value}) กรุณาตรวจสอบว่าค่าใดถูกต้อง`,
            `Indicator ${no} has two different scores (${before} on line ${firstLine} and ${value}); please check which is right.`,
          ),
        );
      } else {
        findings.push(
          finding(
            'duplicate-same',
            'info',
            line,
            `${indicatorLabel(no)} ซ้ำกับบรรทัด ${firstLine} (คะแนนเท่ากัน)`,
            `Indicator ${no} repeats line ${firstLine} with the same score.`,
          ),
        );
      }
      return;
    }
    draft.indicators[no] = value;
    draft.indicatorLines[no] = line;
  };

  const assignTool = (draft: Draft, tool: ToolCode, read: Read, unit: 'percent' | 'points' | null, line: number) => {
    const value = read.value;
    if (!readable(read, line, ` ${tool}`, tool)) return;
    if (value < 0 || value > 100) {
      findings.push(
        finding(
          'score-out-of-range',
          'error',
          line,
          `คะแนน ${tool} ${read.raw} อยู่นอกช่วง 0–100`,
          `The ${tool} score ${read.raw} is outside 0–100.`,
        ),
      );
      return;
    }
    const before = draft.tools[tool];
    if (before) {
      if (before.raw !== value) {
        findings.push(
          finding(
            'duplicate-conflict',
            'warning',
            line,
            `คะแนน ${tool} ระบุไว้สองค่า (${before.raw} ที่บรรทัด ${before.line} และ ${value}) ใช้ค่าแรก`,
            `The ${tool} score is given twice (${before.raw} on line ${before.line} and ${value}); the first is kept.`,
          ),
        );
      }
      return;
    }
    draft.tools[tool] = { raw: value, unit, line };
  };

  const assignOverall = (draft: Draft, read: Read, line: number) => {
    const value = read.value;
    if (!readable(read, line, 'คะแนนรวม ITA', 'the overall ITA')) return;
    if (value < 0 || value > 100) {
      findings.push(
        finding(
          'score-out-of-range',
          'error',
          line,
          `คะแนนรวม ITA ${read.raw} อยู่นอกช่วง 0–100`,
          `The overall ITA score ${read.raw} is outside 0–100.`,
        ),
      );
      return;
    }
    if (draft.overall) {
      if (draft.overall.value !== value) {
        findings.push(
          finding(
            'duplicate-conflict',
            'warning',
            line,
            `คะแนนรวม ITA ระบุไว้สองค่า (${draft.overall.value} ที่บรรทัด ${draft.overall.line} และ ${value}) ใช้ค่าแรก`,
            `The overall ITA is given twice (${draft.overall.value} on line ${draft.overall.line} and ${value}); the first is kept.`,
          ),
        );
      }
      return;
    }
    draft.overall = { value, line };
  };

  const assignPending = (
    p: Pending,
    read: Read,
    unit: 'percent' | 'points' | null,
    line: number,
    fuzzyText: string,
    draft: Draft = current,
  ) => {
    const value = read.raw;
    if (p.kind === 'sub') return;
    if (p.kind === 'tool') return assignTool(draft, p.tool, read, unit, line);
    if (p.kind === 'overall') return assignOverall(draft, read, line);
    if (p.mark !== null && p.name !== null && p.mark !== p.name) {
      findings.push(
        finding(
          'number-name-mismatch',
          'error',
          line,
          `"ตัวชี้วัดที่ ${p.mark}" คู่กับชื่อ "${STANDARD_INDICATORS[p.name - 1]?.nameTh}" ซึ่งเป็นชื่อของตัวชี้วัดที่ ${p.name} ไม่ทราบว่าคะแนน ${value} เป็นของตัวชี้วัดใด กรุณาแก้ไขเลขหรือชื่อให้ตรงกัน`,
          `"Indicator ${p.mark}" is paired with the name of indicator ${p.name}; it is unclear which one the score ${value} belongs to. Please correct the number or the name.`,
        ),
      );
      return;
    }
    const no = p.name ?? p.mark;
    if (no === null) return;
    if (p.fuzzy && isIndicatorNo(no)) {
      findings.push(
        finding(
          'fuzzy-name',
          'warning',
          line,
          `อ่าน "${fuzzyText}" เป็น${indicatorLabel(no)} กรุณาตรวจสอบ`,
          `Read "${fuzzyText}" as indicator ${no} (${STANDARD_INDICATORS[no - 1]?.nameEn}); please check.`,
        ),
      );
    }
    assignIndicator(draft, no, read, line);
  };

  /**
   * Reads one row under year columns: each label (or a close spelling of an indicator name in the first cell)
   * takes the numbers after it, one per year. False when the line is not a score row, which ends the columns.
   */
  const readYearRow = (columns: YearHeader, line: number, text: string, tokens: Token[], cells: Cells): boolean => {
    let label: Pending | null = yearPending;
    yearPending = null;
    let fuzzyText = '';
    if (label === null && !tokens.some((t) => isLabel(t) || t.kind === 'sub')) {
      const first = tokens.find((t) => t.kind === 'number' && t.tableValue);
      if (!first) return false;
      const cellText = text.slice(0, first.start);
      const no = fuzzyIndicator(residualKey(cellText));
      if (no === null) return false;
      label = { kind: 'indicator', mark: null, name: no, fuzzy: true, carried: false };
      fuzzyText = cellText.trim();
    }
    let values: (Token & { kind: 'number' })[] = [];
    const flush = (endOfLine: boolean) => {
      if (label === null) return;
      if (values.length === 0) {
        if (endOfLine && label.kind !== 'sub') yearPending = label;
        return;
      }
      const pairs = yearValues(columns, values, cells);
      if (pairs === null) {
        const years = columns.columns.map((c) => c.year).join(', ');
        findings.push(
          finding(
            'year-row-ambiguous',
            'error',
            line,
            `แถวนี้มีตัวเลข ${values.length} ค่า แต่หัวตารางมี ${columns.columns.length} ปี (${years}) ไม่ทราบว่าตัวเลขใดเป็นของปีใด กรุณาแยกเป็นช่องตามหัวตาราง`,
            `This row has ${values.length} numbers but the header has ${columns.columns.length} years (${years}); it is unclear which number belongs to which year. Please put each in its year's column.`,
          ),
        );
      } else {
        const mismatch =
          label.kind === 'indicator' && label.mark !== null && label.name !== null && label.mark !== label.name;
        for (const { column, value } of mismatch ? pairs.slice(0, 1) : pairs) {
          assignPending(label, value, value.unit, line, fuzzyText, draftForYear(column.year));
          if (label.kind === 'indicator') label = { ...label, fuzzy: false };
        }
      }
      label = null;
      values = [];
    };
    for (const t of tokens) {
      if (t.kind === 'mark') {
        flush(false);
        label = { kind: 'indicator', mark: t.no, name: null, fuzzy: false, carried: false };
      } else if (t.kind === 'name') {
        if (label?.kind === 'indicator' && label.name === null && label.mark !== null && values.length === 0) {
          label.name = t.no;
        } else {
          flush(false);
          label = { kind: 'indicator', mark: null, name: t.no, fuzzy: false, carried: false };
        }
      } else if (t.kind === 'tool') {
        // "แบบวัด… (IIT)" names the same tool twice.
        if (!(label?.kind === 'tool' && label.tool === t.tool && values.length === 0)) {
          flush(false);
          label = { kind: 'tool', tool: t.tool };
        }
      } else if (t.kind === 'overall') {
        flush(false);
        label = { kind: 'overall' };
      } else if (t.kind === 'sub') {
        flush(false);
        label = { kind: 'sub' };
      } else if (t.kind === 'number' && t.tableValue && label !== null) values.push(t);
    }
    flush(true);
    return true;
  };

  for (const src of lines) {
    for (const s of OTHER_SCHEMES) {
      if (!reportedSchemes.has(s.en) && s.pattern.test(src.text)) {
        reportedSchemes.add(s.en);
        findings.push(
          finding(
            'other-scheme',
            'error',
            src.line,
            `ข้อความนี้เป็นของ ${s.th} ซึ่งใช้เลขข้อและเกณฑ์ต่างจาก ITA ของ สำนักงาน ป.ป.ช. จึงไม่นำมาใช้`,
            `This text belongs to ${s.en}, whose items and rules differ from the NACC ITA; it is not used.`,
          ),
        );
      }
    }

    // Checklist rows are transparent: they neither give scores nor break a header or a wrapped row.
    if (src.itemRow) continue;

    const tokens = tokenize(src.text, header !== null);
    const cells = new Cells(src.text);
    const labels = tokens.filter(isLabel);
    const scores = tokens.filter((t) => t.kind === 'number' && t.candidate);

    // "ตัวชี้วัด ⇥ ปี 2566 ⇥ ปี 2567": years side by side open year columns until a line is not a score row.
    const found = labels.length === 0 ? yearHeader(src.text, tokens, cells) : null;
    if (found) {
      yearColumns = found;
      yearPending = null;
      header = null;
      pending = null;
      continue;
    }
    if (yearColumns) {
      if (readYearRow(yearColumns, src.line, src.text, tokens, cells)) continue;
      yearColumns = null;
    }

    // A table row under a header: numbers only (plus a year or a row label such as a province).
    if (header && labels.length === 0 && scores.length > 0) {
      const yearToken = tokens.find((t) => t.kind === 'year');
      const draft = yearToken?.kind === 'year' ? draftForYear(yearToken.year) : current;
      const values = tokens.filter((t) => t.kind === 'number');
      let cols = header;
      let vals = values;
      if (values.length >= header.length) vals = values.slice(values.length - header.length);
      else {
        cols = header.slice(0, values.length);
        findings.push(
          finding(
            'table-row-short',
            'warning',
            src.line,
            `แถวนี้มีตัวเลข ${values.length} ค่า แต่หัวตารางมี ${header.length} ช่อง อ่านจากซ้ายไปขวา กรุณาตรวจสอบ`,
            `This row has ${values.length} numbers but the header has ${header.length} columns; read left to right, please check.`,
          ),
        );
      }
      cols.forEach((c, i) => {
        const v = vals[i];
        if (v?.kind !== 'number') return;
        if (c.kind === 'indicator') assignIndicator(draft, c.no, v, src.line);
        else if (c.kind === 'tool') assignTool(draft, c.tool, v, v.unit, src.line);
        else assignOverall(draft, v, src.line);
      });
      continue;
    }

    // A header row: three or more column labels, no score and no narrative around them.
    if (labels.length >= 3 && scores.length === 0 && isLabelRow(src.text, tokens)) {
      const { columns, mismatches } = headerColumns(tokens);
      if (columns.length >= 3) {
        header = columns;
        pending = null;
        for (const [mark, name] of mismatches) {
          findings.push(
            finding(
              'number-name-mismatch',
              'error',
              src.line,
              `หัวตาราง "ตัวชี้วัดที่ ${mark}" คู่กับชื่อของตัวชี้วัดที่ ${name} กรุณาแก้ไขเลขหรือชื่อให้ตรงกัน`,
              `Header "indicator ${mark}" is paired with the name of indicator ${name}; please correct the number or the name.`,
            ),
          );
        }
        for (const t of tokens) if (t.kind === 'year') setYear(t.year);
        continue;
      }
    }
    header = null;

    // A pending indicator label survives one line break (rows wrapped across table cells, seed 001).
    const carried = pending as Pending | null;
    if (carried?.kind === 'indicator' && !carried.carried) carried.carried = true;
    else pending = null;

    let labelSeenOnLine = false;
    let cellStart = 0;
    let labelEnd = 0;
    // A leading score belongs to a label left open by the previous line; otherwise to the label after it.
    const open = pending as Pending | null;
    const ordered: Token[] = open?.kind === 'indicator' ? tokens : scoreBeforeName(src.text, tokens);
    for (const t of ordered) {
      if (t.kind === 'mark' || t.kind === 'name' || t.kind === 'tool' || t.kind === 'overall' || t.kind === 'sub')
        labelEnd = t.end;
      switch (t.kind) {
        case 'year':
          setYear(t.year);
          break;
        case 'mark':
          pending = { kind: 'indicator', mark: t.no, name: null, fuzzy: false, carried: false };
          labelSeenOnLine = true;
          break;
        case 'name':
          if (pending?.kind === 'indicator' && pending.name === null && pending.mark !== null) {
            pending.name = t.no;
            pending.carried = false;
          } else pending = { kind: 'indicator', mark: null, name: t.no, fuzzy: false, carried: false };
          labelSeenOnLine = true;
          break;
        case 'tool':
          pending = { kind: 'tool', tool: t.tool };
          labelSeenOnLine = true;
          break;
        case 'overall':
          pending = { kind: 'overall' };
          labelSeenOnLine = true;
          break;
        case 'sub':
          pending = { kind: 'sub' };
          labelSeenOnLine = true;
          break;
        case 'number': {
          if (!t.candidate) break;
          let fuzzyText = '';
          if (pending === null && !labelSeenOnLine) {
            // An unknown label before the number: try a close spelling of an indicator name.
            const cellText = src.text.slice(Math.max(cellStart, cells.startOf(t.start)), t.start);
            const no = fuzzyIndicator(residualKey(cellText));
            if (no !== null) {
              pending = { kind: 'indicator', mark: null, name: no, fuzzy: true, carried: false };
              fuzzyText = cellText.trim();
            }
          }
          if (pending) {
            assignPending(pending, t, t.unit, src.line, fuzzyText);
            pending = null;
          }
          cellStart = t.end;
          break;
        }
      }
    }
    if (pending && pending.kind !== 'indicator') pending = null;
    // Only a label that ends its line waits for the next line ("…<TAB>ตัวชี้วัดที่ 2" in seed 001); an indicator
    // word in the middle of a paragraph or a description cell does not.
    if (pending && residualLength(src.text, labelEnd) > NEAR_LABEL) pending = null;
  }

  const years = drafts.filter(hasContent).map(finishDraft(findings));
  if (years.length > 1) {
    findings.push(
      finding(
        'multiple-years',
        'info',
        null,
        `พบคะแนน ${years.length} ชุด (${years.map((y) => y.year ?? 'ไม่ระบุปี').join(', ')})`,
        `Found ${years.length} score sets (${years.map((y) => y.year ?? 'year not given').join(', ')}).`,
      ),
    );
  }
  if (!years.some((y) => Object.keys(y.indicators).length > 0)) {
    findings.push(
      finding(
        'no-indicators',
        'error',
        null,
        'ไม่พบคะแนนตัวชี้วัด ตัวอย่างที่อ่านได้: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 95.40" หรือ "การใช้อำนาจ 93.92"',
        'No indicator score was found. Examples that can be read: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 95.40" or "การใช้อำนาจ 93.92".',
      ),
    );
  }
  const ok = !findings.some((f) => f.severity === 'error');
  const named = years.filter((y) => y.year !== null && Object.keys(y.indicators).length > 0);
  const proposedYear = named.reduce<number | null>((a, y) => (a === null || (y.year ?? 0) > a ? y.year : a), null);
  return { years, findings, ok, proposedYear };
}

/** Decides whether stated tool scores are percentages or weighted points (≤ 30/30/40) and freezes the set. */
function finishDraft(findings: ParseFinding[]): (d: Draft) => ScoreSet {
  return (d) => {
    const tools: Partial<Record<ToolCode, StatedTool>> = {};
    for (const code of ['IIT', 'EIT', 'OIT'] as const) {
      const t = d.tools[code];
      if (!t) continue;
      const maxPoints = STANDARD_TOOLS[code].weight * 100;
      let unit: 'percent' | 'points' = t.unit ?? 'percent';
      if (t.unit === null && t.raw <= maxPoints) {
        const scores = STANDARD_TOOLS[code].indicators.map((n) => d.indicators[n]);
        if (scores.every((s) => s !== undefined)) {
          const mean = (scores as number[]).reduce((a, b) => a + b, 0) / scores.length;
          const asPoints = (t.raw / maxPoints) * 100;
          unit = Math.abs(asPoints - mean) < Math.abs(t.raw - mean) ? 'points' : 'percent';
        } else {
          unit = 'points';
          findings.push(
            finding(
              'tool-points-assumed',
              'info',
              t.line,
              `คะแนน ${code} ${t.raw} ไม่เกิน ${maxPoints} จึงอ่านเป็นคะแนนถ่วงน้ำหนัก (เต็ม ${maxPoints}) = ร้อยละ ${((t.raw / maxPoints) * 100).toFixed(2)}`,
              `The ${code} score ${t.raw} is at most ${maxPoints}, so it is read as weighted points (out of ${maxPoints}) = ${((t.raw / maxPoints) * 100).toFixed(2)} %.`,
            ),
          );
        }
      }
      const value = unit === 'points' ? (t.raw / maxPoints) * 100 : t.raw;
      if (unit === 'points' && t.raw > maxPoints) continue;
      tools[code] = { value, raw: t.raw, unit, line: t.line };
    }
    return { year: d.year, indicators: d.indicators, indicatorLines: d.indicatorLines, tools, overall: d.overall };
  };
}
