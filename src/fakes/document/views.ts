import type { FakeContext } from '../fake-context';
import type { BlockNode, CellNode, ContainerNode, DocumentModel, SectionNode, TableNode } from './doc-model';
import type { FakeListItem, FakeParagraph } from './paragraph';
import type { FakeTable, FakeTableCell } from './table';
import type { FakeBody, FakeFooterSection, FakeHeaderSection } from './sections';

type View<N, T> = new (ctx: FakeContext, doc: DocumentModel, node: N) => T;

/**
 * The element classes, registered by their modules when loaded. Tables contain cells that are containers
 * and containers contain tables, so the classes reach each other through this registry instead of imports.
 */
export const viewClasses = {} as {
  paragraph: View<BlockNode & { type: 'PARAGRAPH' | 'LIST_ITEM' }, FakeParagraph>;
  listItem: View<BlockNode & { type: 'PARAGRAPH' | 'LIST_ITEM' }, FakeListItem>;
  table: View<TableNode, FakeTable>;
  cell: View<CellNode, FakeTableCell>;
  body: View<SectionNode, FakeBody>;
  header: View<SectionNode, FakeHeaderSection>;
  footer: View<SectionNode, FakeFooterSection>;
};

/** The fake element class for a node, as DocumentApp would return it from getChild/getParent. */
export function blockView(
  ctx: FakeContext,
  doc: DocumentModel,
  node: BlockNode,
): FakeParagraph | FakeListItem | FakeTable {
  if (node.type === 'TABLE') return new viewClasses.table(ctx, doc, node);
  return node.type === 'LIST_ITEM'
    ? new viewClasses.listItem(ctx, doc, node)
    : new viewClasses.paragraph(ctx, doc, node);
}

export function containerView(
  ctx: FakeContext,
  doc: DocumentModel,
  node: ContainerNode,
): FakeBody | FakeHeaderSection | FakeFooterSection | FakeTableCell {
  if (node.type === 'TABLE_CELL') return new viewClasses.cell(ctx, doc, node);
  if (node.type === 'HEADER_SECTION') return new viewClasses.header(ctx, doc, node);
  if (node.type === 'FOOTER_SECTION') return new viewClasses.footer(ctx, doc, node);
  return new viewClasses.body(ctx, doc, node);
}
