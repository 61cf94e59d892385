// Docs API requests that style every table of the document at once (see render.ts). Tables in the
// document are matched to the model's tables in order.
import type { Align } from '../../core/report';
import type { DocsStructuralElement } from './docs-api';
import type { PlacedTable } from './render';

function rgb(hex: string): { red: number; green: number; blue: number } {
  const n = parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

const ALIGN: Record<Align, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };

/** Index range of a cell's text: from its first paragraph's start to its last paragraph's end. */
function cellRange(content: DocsStructuralElement[] | undefined): { startIndex: number; endIndex: number } | null {
  const first = content?.[0]?.startIndex;
  const last = content?.[content.length - 1]?.endIndex;
  if (first === undefined || last === undefined || last - 1 <= first) return null;
  return { startIndex: first, endIndex: last - 1 };
}

export function tableRequests(content: DocsStructuralElement[], placed: PlacedTable[]): object[] {
  const docTables = content.filter((e) => e.table && e.startIndex !== undefined);
  const styling: object[] = [];
  const merges: { index: number; row: number; request: object }[] = [];
  placed.forEach(({ table, widthsPt }, k) => {
    const el = docTables[k];
    if (!el || el.startIndex === undefined) return;
    const tableStartLocation = { index: el.startIndex };
    const columns = table.columns.length;
    styling.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 1 } });
    styling.push({
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
    widthsPt.forEach((w, i) =>
      styling.push({
        updateTableColumnProperties: {
          tableStartLocation,
          columnIndices: [i],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } },
          fields: 'widthType,width',
        },
      }),
    );
    const rows = el.table?.tableRows ?? [];
    const style = (r: number, c: number, bold: boolean, align: Align, color?: string) => {
      const range = cellRange(rows[r]?.tableCells?.[c]?.content);
      if (!range) return;
      if (bold || color) {
        styling.push({
          updateTextStyle: {
            range,
            textStyle: {
              ...(bold ? { bold: true } : {}),
              ...(color ? { foregroundColor: { color: { rgbColor: rgb(color) } } } : {}),
            },
            fields: [bold ? 'bold' : '', color ? 'foregroundColor' : ''].filter(Boolean).join(','),
          },
        });
      }
      if (align !== 'left') {
        styling.push({
          updateParagraphStyle: { range, paragraphStyle: { alignment: ALIGN[align] }, fields: 'alignment' },
        });
      }
    };
    table.columns.forEach((_, c) => style(0, c, true, 'center'));
    table.rows.forEach((row, r) => {
      if (row.group) {
        style(r + 1, 0, true, 'left');
        merges.push({
          index: el.startIndex as number,
          row: r + 1,
          request: {
            mergeTableCells: {
              tableRange: {
                tableCellLocation: { tableStartLocation, rowIndex: r + 1, columnIndex: 0 },
                rowSpan: 1,
                columnSpan: columns,
              },
            },
          },
        });
        return;
      }
      row.cells.forEach((cell, c) =>
        style(r + 1, c, !!cell.bold, cell.align ?? table.columns[c]?.align ?? 'left', cell.color),
      );
    });
  });
  // Merging may move text, so merges come after every index-based style, from the end of the document back.
  merges.sort((a, b) => b.index - a.index || b.row - a.row);
  return [...styling, ...merges.map((m) => m.request)];
}
