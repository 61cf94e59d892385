// "พ.ศ. ๒๕๗๐" is one unit in Thai official writing: a line never ends after "พ.ศ." with the year on the next
// line. Word, LibreOffice and Google Docs all break at an ordinary space, so the space between the era and
// the year becomes a no-break space (U+00A0), in every text the report prints — titles, preface, cover,
// tables, and what the user typed ("พระราชบัญญัติ… พ.ศ. ๒๕๔๐").
import type { Block, Paragraph, Run, Section, SignatureBlock, TableCell } from './model';

const NBSP = '\u00A0';
/** "พ.ศ." or "ค.ศ." then spaces then a year (Thai or Arabic digits). */
const ERA_YEAR = /([พค]\.ศ\.)[ \t]+(?=[0-9\u0E50-\u0E59])/gu;
const ERA_AT_END = /([พค]\.ศ\.)[ \t]+$/u;
const DIGIT_FIRST = /^[0-9\u0E50-\u0E59]/u;

/** The text with the era joined to its year by a no-break space. */
export function joinEraYears(text: string): string {
  return text.replace(ERA_YEAR, `$1${NBSP}`);
}

/** Runs likewise, also where the era ends one run and the year starts the next. */
function runsJoined(runs: Run[]): Run[] {
  return runs.map((r, i) => {
    const text = joinEraYears(r.text);
    const next = runs[i + 1]?.text ?? '';
    return { ...r, text: DIGIT_FIRST.test(next) ? text.replace(ERA_AT_END, `$1${NBSP}`) : text };
  });
}

function paragraph(p: Paragraph): Paragraph {
  return { ...p, runs: runsJoined(p.runs) };
}

function signature(s: SignatureBlock): SignatureBlock {
  return {
    ...s,
    ...(s.rank !== undefined ? { rank: joinEraYears(s.rank) } : {}),
    name: joinEraYears(s.name),
    positionLines: s.positionLines.map(joinEraYears),
  };
}

function cell(c: TableCell): TableCell {
  return { ...c, lines: c.lines.map(joinEraYears) };
}

function block(b: Block): Block {
  switch (b.kind) {
    case 'paragraph':
      return paragraph(b);
    case 'signature':
      return signature(b);
    case 'keptGroup':
      return { ...b, blocks: b.blocks.map((x) => (x.kind === 'paragraph' ? paragraph(x) : signature(x))) };
    case 'table':
      return {
        ...b,
        columns: b.columns.map((c) => ({ ...c, header: joinEraYears(c.header) })),
        rows: b.rows.map((r) => ({ ...r, cells: r.cells.map(cell) })),
      };
    case 'chart':
      return {
        ...b,
        title: joinEraYears(b.title),
        targetLabel: joinEraYears(b.targetLabel),
        bars: b.bars.map((x) => ({ ...x, label: joinEraYears(x.label) })),
      };
    default:
      return b;
  }
}

/** Every section's printed text with the era joined to its year. */
export function sectionsWithEraYearsJoined(sections: Section[]): Section[] {
  return sections.map((s) => ({ ...s, blocks: s.blocks.map(block) }));
}
