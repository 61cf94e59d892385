// Docs API requests for one table placed by DocumentApp (each cell holding its first line): the other lines
// of multi-line cells as real paragraphs, cell text style and alignment, header shading, the header row
// pinned (repeated on every page), rows that do not split across pages, column widths, merged group rows.
// Like the whole batch, the cells are handled from the last to the first so the indices stay valid.
import type { docs_v1 } from '@googleapis/docs';
import {
  LINE_BREAK,
  printable,
  type Align,
  type PageSetup,
  type Table as ModelTable,
  type TableCell,
} from '../../core/report';
import type { DocsStructuralElement } from './docs-api';

type DocsRequest = docs_v1.Schema$Request;

const ALIGN: Record<Align, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };

export function rgb(hex: string): { red: number; green: number; blue: number } {
  const n = parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** Lines of a cell as printed: never a line break inside one (the model's lines may still hold one). */
export function cellLines(cell: TableCell | undefined): string[] {
  const lines = (cell?.lines ?? []).flatMap((l) => l.split(LINE_BREAK)).map(printable);
  return lines.length > 0 ? lines : [''];
}

/** Requests for one cell whose first paragraph starts at `start` holding `lines[0]`. */
function cellRequests(
  start: number,
  lines: string[],
  style: { bold: boolean; align: Align; color?: string; sizePt: number },
  page: PageSetup,
): DocsRequest[] {
  const out: DocsRequest[] = [];
  const first = lines[0] ?? '';
  const rest = lines.slice(1);
  if (rest.length > 0) {
    out.push({ insertText: { location: { index: start + first.length }, text: '\n' + rest.join('\n') } });
  }
  const end = start + lines.join('\n').length + 1;
  out.push({
    updateTextStyle: {
      range: { startIndex: start, endIndex: end },
      textStyle: {
        weightedFontFamily: { fontFamily: page.fontFamily },
        fontSize: { magnitude: style.sizePt, unit: 'PT' },
        bold: style.bold,
        ...(style.color ? { foregroundColor: { color: { rgbColor: rgb(style.color) } } } : {}),
      },
      fields: 'weightedFontFamily,fontSize,bold' + (style.color ? ',foregroundColor' : ''),
    },
  });
  if (style.align !== 'left') {
    out.push({
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end },
        paragraphStyle: { alignment: ALIGN[style.align] },
        fields: 'alignment',
      },
    });
  }
  return out;
}

export interface PlacedTableUnit {
  table: ModelTable;
  widthsPt: number[];
}

export function tableRequests(element: DocsStructuralElement, unit: PlacedTableUnit, page: PageSetup): DocsRequest[] {
  const { table, widthsPt } = unit;
  const tableStartLocation = { index: element.startIndex as number };
  const columns = table.columns.length;
  const docRows = element.table?.tableRows ?? [];
  const out: DocsRequest[] = [];
  const header: TableCell[] = table.columns.map((c) => ({ lines: [c.header], bold: true, align: 'center' }));
  const modelRows: { cells: TableCell[]; group?: boolean }[] = [{ cells: header }, ...table.rows];
  for (let r = modelRows.length - 1; r >= 0; r--) {
    const row = modelRows[r]!;
    const count = row.group ? 1 : columns;
    for (let c = count - 1; c >= 0; c--) {
      const start = docRows[r]?.tableCells?.[c]?.content?.[0]?.startIndex;
      if (start === undefined) continue;
      const cell = row.cells[c];
      out.push(
        ...cellRequests(
          start,
          cellLines(cell),
          {
            bold: row.group || !!cell?.bold,
            align: row.group ? 'left' : (cell?.align ?? table.columns[c]?.align ?? 'left'),
            ...(cell?.color ? { color: cell.color } : {}),
            sizePt: cell?.sizePt ?? page.tableFontSizePt,
          },
          page,
        ),
      );
    }
  }
  out.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 1 } });
  out.push({
    updateTableCellStyle: {
      tableRange: {
        tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
        rowSpan: 1,
        columnSpan: columns,
      },
      tableCellStyle: { backgroundColor: { color: { rgbColor: rgb(table.headerShading) } } },
      fields: 'backgroundColor',
    },
  });
  const whole = [0, ...table.rows.flatMap((row, i) => (row.allowSplit ? [] : [i + 1]))];
  out.push({
    updateTableRowStyle: {
      tableStartLocation,
      rowIndices: whole,
      tableRowStyle: { preventOverflow: true },
      fields: 'preventOverflow',
    },
  });
  widthsPt.forEach((w, i) =>
    out.push({
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices: [i],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } },
        fields: 'widthType,width',
      },
    }),
  );
  // Merging moves the merged cells' (empty) content into the first cell: last rows first.
  for (let r = table.rows.length - 1; r >= 0; r--) {
    if (!table.rows[r]!.group) continue;
    out.push({
      mergeTableCells: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: r + 1, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: columns,
        },
      },
    });
  }
  return out;
}
