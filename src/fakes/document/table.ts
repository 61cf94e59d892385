import { asGas, type FakeContext } from '../fake-context';
import { ElementType, VerticalAlignment } from '../enums';
import { CONTAINER_METHODS, FakeContainerLike } from './container';
import { FakeDocObject, instrumentDoc } from './doc-object';
import {
  blockText,
  newCell,
  paragraphsIn,
  type Attrs,
  type CellNode,
  type DocumentModel,
  type RowNode,
  type TableNode,
} from './doc-model';
import { FakeText } from './text';
import { blockView, containerView, viewClasses } from './views';

type GasTable = GoogleAppsScript.Document.Table;
type GasRow = GoogleAppsScript.Document.TableRow;
type GasCell = GoogleAppsScript.Document.TableCell;

export const TABLE_METHODS = [
  'appendTableRow',
  'asTable',
  'editAsText',
  'getAttributes',
  'getBorderColor',
  'getBorderWidth',
  'getCell',
  'getChild',
  'getColumnWidth',
  'getNextSibling',
  'getNumChildren',
  'getNumRows',
  'getParent',
  'getPreviousSibling',
  'getRow',
  'getText',
  'getType',
  'removeFromParent',
  'removeRow',
  'setAttributes',
  'setBorderColor',
  'setBorderWidth',
  'setColumnWidth',
] as const satisfies readonly (keyof GasTable)[];

/** A table; border 1 pt black by default; unset column widths read as null (Docs sizes them evenly). */
export class FakeTable extends FakeDocObject implements Pick<GasTable, (typeof TABLE_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    doc: DocumentModel,
    /** The stored table. */
    readonly node: TableNode,
  ) {
    super(ctx, doc);
  }

  appendTableRow(): GasRow {
    const row: RowNode = { type: 'TABLE_ROW', cells: [], attrs: {}, parent: this.node };
    this.node.rows.push(row);
    return asGas(new FakeTableRow(this.ctx, this.doc, row));
  }

  asTable(): GasTable {
    return asGas(this);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return asGas(
      new FakeText(
        this.ctx,
        this.doc,
        this.node.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsIn(c))),
      ),
    );
  }

  getAttributes(): Attrs {
    return { BORDER_COLOR: this.getBorderColor(), BORDER_WIDTH: this.getBorderWidth(), ...this.node.attrs };
  }

  getBorderColor(): string {
    return (this.node.attrs.BORDER_COLOR as string | undefined) ?? '#000000';
  }

  getBorderWidth(): number {
    return (this.node.attrs.BORDER_WIDTH as number | undefined) ?? 1;
  }

  getCell(rowIndex: number, cellIndex: number): GasCell {
    const cell = this.#row(rowIndex).cells[cellIndex];
    if (!cell) this.ctx.fail(`Cell index (${cellIndex}) out of range.`);
    return asGas(new FakeTableCell(this.ctx, this.doc, cell));
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    return this.getRow(childIndex);
  }

  getColumnWidth(columnIndex: number): number {
    return asGas<number>(this.node.columnWidths.get(columnIndex) ?? null);
  }

  getNextSibling(): GoogleAppsScript.Document.Element {
    return this.#sibling(1);
  }

  getNumChildren(): number {
    return this.node.rows.length;
  }

  getNumRows(): number {
    return this.node.rows.length;
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    return asGas(this.node.parent ? containerView(this.ctx, this.doc, this.node.parent) : null);
  }

  getPreviousSibling(): GoogleAppsScript.Document.Element {
    return this.#sibling(-1);
  }

  getRow(rowIndex: number): GasRow {
    return asGas(new FakeTableRow(this.ctx, this.doc, this.#row(rowIndex)));
  }

  getText(): string {
    return blockText(this.node);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asGas(ElementType.TABLE);
  }

  removeFromParent(): GasTable {
    const parent = this.node.parent;
    if (parent) {
      parent.children.splice(parent.children.indexOf(this.node), 1);
      this.node.parent = null;
    }
    return asGas(this);
  }

  removeRow(rowIndex: number): GasRow {
    const row = this.#row(rowIndex);
    this.node.rows.splice(rowIndex, 1);
    return asGas(new FakeTableRow(this.ctx, this.doc, row));
  }

  setAttributes(attributes: Attrs): GasTable {
    Object.assign(this.node.attrs, attributes);
    return asGas(this);
  }

  setBorderColor(color: string): GasTable {
    this.node.attrs.BORDER_COLOR = color;
    return asGas(this);
  }

  setBorderWidth(width: number): GasTable {
    this.node.attrs.BORDER_WIDTH = width;
    return asGas(this);
  }

  setColumnWidth(columnIndex: number, width: number): GasTable {
    const columns = Math.max(0, ...this.node.rows.map((r) => r.cells.length));
    if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= columns) {
      this.ctx.fail(`Column index (${columnIndex}) out of range.`);
    }
    if (!Number.isFinite(width) || width <= 0) this.ctx.fail('Invalid argument: width');
    this.node.columnWidths.set(columnIndex, width);
    return asGas(this);
  }

  #row(rowIndex: number): RowNode {
    const row = this.node.rows[rowIndex];
    if (!row)
      this.ctx.fail(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.node.rows.length}).`,
      );
    return row;
  }

  #sibling(step: number): GoogleAppsScript.Document.Element {
    const siblings = this.node.parent?.children ?? [];
    const next = siblings[siblings.indexOf(this.node) + step];
    return asGas(next ? blockView(this.ctx, this.doc, next) : null);
  }
}
instrumentDoc(FakeTable, 'Table', TABLE_METHODS);
viewClasses.table = FakeTable;

export const TABLE_ROW_METHODS = [
  'appendTableCell',
  'asTableRow',
  'getAttributes',
  'getCell',
  'getChild',
  'getMinimumHeight',
  'getNumCells',
  'getNumChildren',
  'getParentTable',
  'getText',
  'getType',
  'removeCell',
  'setAttributes',
  'setMinimumHeight',
] as const satisfies readonly (keyof GasRow)[];

export class FakeTableRow extends FakeDocObject implements Pick<GasRow, (typeof TABLE_ROW_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    doc: DocumentModel,
    /** The stored row. */
    readonly node: RowNode,
  ) {
    super(ctx, doc);
  }

  appendTableCell(text?: unknown): GasCell {
    const cell = newCell(text === undefined || text === null ? '' : String(text), this.node);
    this.node.cells.push(cell);
    return asGas(new FakeTableCell(this.ctx, this.doc, cell));
  }

  asTableRow(): GasRow {
    return asGas(this);
  }

  getAttributes(): Attrs {
    return { ...this.node.attrs };
  }

  getCell(cellIndex: number): GasCell {
    const cell = this.node.cells[cellIndex];
    if (!cell)
      this.ctx.fail(
        `Child index (${cellIndex}) must be less than the number of child elements (${this.node.cells.length}).`,
      );
    return asGas(new FakeTableCell(this.ctx, this.doc, cell));
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    return this.getCell(childIndex);
  }

  getMinimumHeight(): number {
    return (this.node.attrs.MINIMUM_HEIGHT as number | undefined) ?? 0;
  }

  getNumCells(): number {
    return this.node.cells.length;
  }

  getNumChildren(): number {
    return this.node.cells.length;
  }

  getParentTable(): GasTable {
    return asGas(new FakeTable(this.ctx, this.doc, this.node.parent));
  }

  getText(): string {
    return this.node.cells.map((c) => c.children.map(blockText).join('\n')).join('\t');
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asGas(ElementType.TABLE_ROW);
  }

  removeCell(cellIndex: number): GasCell {
    const cell = this.node.cells[cellIndex];
    if (!cell) this.ctx.fail(`Cell index (${cellIndex}) out of range.`);
    this.node.cells.splice(cellIndex, 1);
    return asGas(new FakeTableCell(this.ctx, this.doc, cell));
  }

  setAttributes(attributes: Attrs): GasRow {
    Object.assign(this.node.attrs, attributes);
    return asGas(this);
  }

  setMinimumHeight(minHeight: number): GasRow {
    this.node.attrs.MINIMUM_HEIGHT = minHeight;
    return asGas(this);
  }
}
instrumentDoc(FakeTableRow, 'TableRow', TABLE_ROW_METHODS);

export const TABLE_CELL_METHODS = [
  ...CONTAINER_METHODS,
  'asTableCell',
  'getBackgroundColor',
  'getColSpan',
  'getPaddingBottom',
  'getPaddingLeft',
  'getPaddingRight',
  'getPaddingTop',
  'getParentRow',
  'getParentTable',
  'getRowSpan',
  'getVerticalAlignment',
  'getWidth',
  'merge',
  'setBackgroundColor',
  'setPaddingBottom',
  'setPaddingLeft',
  'setPaddingRight',
  'setPaddingTop',
  'setVerticalAlignment',
  'setWidth',
] as const satisfies readonly (keyof GasCell)[];

/**
 * A cell: a container of paragraphs with its own background, padding (5 pt by default), vertical alignment
 * and width. merge() joins a cell into the one before it in the row (a colspan, as Docs shows it).
 */
export class FakeTableCell
  extends FakeContainerLike<GasCell>
  implements Pick<GasCell, (typeof TABLE_CELL_METHODS)[number]>
{
  asTableCell(): GasCell {
    return asGas(this);
  }

  getBackgroundColor(): string {
    return asGas<string>(this.#cell().attrs.BACKGROUND_COLOR ?? null);
  }

  getColSpan(): number {
    const row = this.#cell().parent.cells;
    let span = 1;
    for (let i = row.indexOf(this.#cell()) + 1; i < row.length && row[i]!.merged; i++) span++;
    return this.#cell().merged ? 0 : span;
  }

  getPaddingBottom(): number {
    return this.#padding('PADDING_BOTTOM');
  }

  getPaddingLeft(): number {
    return this.#padding('PADDING_LEFT');
  }

  getPaddingRight(): number {
    return this.#padding('PADDING_RIGHT');
  }

  getPaddingTop(): number {
    return this.#padding('PADDING_TOP');
  }

  getParentRow(): GasRow {
    return asGas(new FakeTableRow(this.ctx, this.doc, this.#cell().parent));
  }

  getParentTable(): GasTable {
    return asGas(new FakeTable(this.ctx, this.doc, this.#cell().parent.parent));
  }

  getRowSpan(): number {
    return 1;
  }

  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    return asGas(this.#cell().attrs.VERTICAL_ALIGNMENT ?? VerticalAlignment.TOP);
  }

  getWidth(): number {
    return asGas<number>(this.#cell().attrs.WIDTH ?? null);
  }

  /** Merges this cell into the previous cell of the row; its text moves there. */
  merge(): GasCell {
    const cell = this.#cell();
    const row = cell.parent.cells;
    const at = row.indexOf(cell);
    const target = row
      .slice(0, at)
      .reverse()
      .find((c) => !c.merged);
    if (!target) this.ctx.fail('The first cell of a row cannot be merged into a previous cell.');
    const moving = cell.children.filter((b) => b.type === 'TABLE' || b.text !== '');
    for (const block of moving) {
      block.parent = target;
      target.children.push(block);
    }
    cell.children = [];
    cell.merged = true;
    return asGas(new FakeTableCell(this.ctx, this.doc, target));
  }

  setBackgroundColor(color: string): GasCell {
    return this.#setAttr('BACKGROUND_COLOR', color);
  }

  setPaddingBottom(points: number): GasCell {
    return this.#setAttr('PADDING_BOTTOM', points);
  }

  setPaddingLeft(points: number): GasCell {
    return this.#setAttr('PADDING_LEFT', points);
  }

  setPaddingRight(points: number): GasCell {
    return this.#setAttr('PADDING_RIGHT', points);
  }

  setPaddingTop(points: number): GasCell {
    return this.#setAttr('PADDING_TOP', points);
  }

  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GasCell {
    return this.#setAttr('VERTICAL_ALIGNMENT', String(alignment));
  }

  setWidth(width: number): GasCell {
    return this.#setAttr('WIDTH', width);
  }

  #cell(): CellNode {
    return this.node as CellNode;
  }

  #padding(key: string): number {
    return (this.#cell().attrs[key] as number | undefined) ?? 5;
  }

  #setAttr(key: string, value: unknown): GasCell {
    this.#cell().attrs[key] = value;
    return asGas(this);
  }
}
instrumentDoc(FakeTableCell, 'TableCell', TABLE_CELL_METHODS);
viewClasses.cell = FakeTableCell;
