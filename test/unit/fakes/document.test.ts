import {
  createFakeEnvironment,
  describeDocument,
  type DescribedParagraph,
  type DescribedTable,
} from '../../../src/fakes';

function newDoc() {
  const env = createFakeEnvironment();
  const doc = env.DocumentApp.create('ITA ๒๕๖๗');
  return { env, doc, body: doc.getBody(), A: env.DocumentApp.Attribute };
}

describe('DocumentApp', () => {
  it('creates documents the test can inspect: a new body holds one empty paragraph', () => {
    const { env, doc, body } = newDoc();
    expect(doc.getName()).toBe('ITA ๒๕๖๗');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(body.getNumChildren()).toBe(1);
    expect(env.documents).toHaveLength(1);
    expect(describeDocument(env.documents[0]!).body).toEqual([
      { type: 'PARAGRAPH', text: '', attributes: {}, runs: [], inlines: [] },
    ]);
  });

  it('records paragraphs in order with paragraph and character attributes', () => {
    const { env, body, A } = newDoc();
    const title = body.appendParagraph('รายงานการวิเคราะห์ผล');
    title
      .setHeading(env.DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(env.DocumentApp.HorizontalAlignment.CENTER);
    title.setAttributes({ [A.BOLD]: true, [A.FONT_FAMILY]: 'Sarabun', [A.FONT_SIZE]: 18 });
    const para = body.appendParagraph('ส่วนที่ ๑ ข้อความ');
    para.setIndentFirstLine(70.87).setSpacingAfter(6).setLineSpacing(1);
    para.editAsText().setBold(0, 7, true);
    para.appendText(' เพิ่ม').setItalic(true);
    body.getChild(0).removeFromParent();

    const described = describeDocument(env.documents[0]!).body as DescribedParagraph[];
    expect(described.map((p) => p.text)).toEqual(['รายงานการวิเคราะห์ผล', 'ส่วนที่ ๑ ข้อความ เพิ่ม']);
    expect(described[0]!.attributes).toEqual({ HEADING: 'HEADING1', HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(described[0]!.runs).toEqual([
      { text: 'รายงานการวิเคราะห์ผล', attributes: { BOLD: true, FONT_FAMILY: 'Sarabun', FONT_SIZE: 18 } },
    ]);
    expect(described[1]!.attributes).toEqual({ INDENT_FIRST_LINE: 70.87, SPACING_AFTER: 6, LINE_SPACING: 1 });
    expect(described[1]!.runs).toEqual([
      { text: 'ส่วนที่ ', attributes: { BOLD: true } },
      { text: '๑ ข้อความ', attributes: {} },
      { text: ' เพิ่ม', attributes: { ITALIC: true } },
    ]);
    expect(para.getText()).toBe('ส่วนที่ ๑ ข้อความ เพิ่ม');
    expect(para.editAsText().isBold(0)).toBe(true);
    expect(para.editAsText().isBold()).toBeNull();
  });

  it('appendTable makes one paragraph per cell; cells take backgrounds, padding and widths', () => {
    const { env, body, A } = newDoc();
    const table = body.appendTable([
      ['ลำดับ', 'มาตรการ'],
      ['๑', 'เผยแพร่ข้อมูล'],
    ]);
    table.setColumnWidth(0, 40).setBorderWidth(0.5).setBorderColor('#000000');
    table
      .getRow(0)
      .getCell(1)
      .setBackgroundColor('#D9D9D9')
      .setPaddingTop(2)
      .setVerticalAlignment(env.DocumentApp.VerticalAlignment.CENTER);
    table.getRow(0).setAttributes({ [A.BOLD]: true });
    table.getCell(1, 1).setAttributes({ [A.FONT_SIZE]: 14 });
    table.getCell(1, 1).getChild(0).asParagraph().setAlignment(env.DocumentApp.HorizontalAlignment.CENTER);
    table.getCell(1, 0).editAsText().setBold(true);
    expect([table.getNumRows(), table.getRow(0).getNumCells(), table.getCell(1, 1).getText()]).toEqual([
      2,
      2,
      'เผยแพร่ข้อมูล',
    ]);
    expect(table.getText()).toBe('ลำดับ\tมาตรการ\n๑\tเผยแพร่ข้อมูล');

    const described = describeDocument(env.documents[0]!).body[1] as DescribedTable;
    expect(described.type).toBe('TABLE');
    expect(described.columnWidths).toEqual([40, null]);
    expect(described.attributes).toEqual({ BORDER_WIDTH: 0.5, BORDER_COLOR: '#000000' });
    expect(described.rows[0]!.attributes).toEqual({ BOLD: true });
    expect(described.rows[0]!.cells[1]!.attributes).toEqual({
      BACKGROUND_COLOR: '#D9D9D9',
      PADDING_TOP: 2,
      VERTICAL_ALIGNMENT: 'CENTER',
    });
    expect(described.rows[1]!.cells[1]!.attributes).toEqual({ FONT_SIZE: 14 });
    const cellParagraph = described.rows[1]!.cells[1]!.blocks[0] as DescribedParagraph;
    expect(cellParagraph.attributes).toEqual({ HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect((described.rows[1]!.cells[0]!.blocks[0] as DescribedParagraph).runs).toEqual([
      { text: '๑', attributes: { BOLD: true } },
    ]);
  });

  it('refuses ragged tables, bad column indexes and a removal of the last paragraph', () => {
    const { body } = newDoc();
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow('every row needs the same number of cells');
    const table = body.appendTable([['a']]);
    expect(() => table.setColumnWidth(1, 10)).toThrow('Column index (1) out of range.');
    const last = body.appendParagraph('last');
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
  });

  it('merges cells into a colspan', () => {
    const { env, body } = newDoc();
    const table = body.appendTable([['ตัวชี้วัดย่อยที่ ๙.๑', '', '']]);
    table.getCell(0, 2).merge();
    table.getCell(0, 1).merge();
    expect(table.getCell(0, 0).getColSpan()).toBe(3);
    const described = describeDocument(env.documents[0]!).body[1] as DescribedTable;
    expect(described.rows[0]!.cells.map((c) => c.merged)).toEqual([false, true, true]);
  });

  it('page setup: margins and page size in points; page breaks, list items, rules and images', () => {
    const { env, body } = newDoc();
    body
      .setPageWidth(841.89)
      .setPageHeight(595.276)
      .setMarginTop(70.87)
      .setMarginLeft(85.04)
      .setMarginRight(56.69)
      .setMarginBottom(56.69);
    body.appendPageBreak();
    body.appendListItem('ข้อ ๑').setGlyphType(env.DocumentApp.GlyphType.NUMBER);
    body.appendHorizontalRule();
    const png = env.Utilities.newBlob(
      [
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 208, 0, 0, 1, 144,
        8, 2, 0, 0, 0,
      ],
      'image/png',
      'chart.png',
    );
    const image = body.appendParagraph('').appendInlineImage(png);
    expect([image.getWidth(), image.getHeight()]).toEqual([720, 400]);
    image.setWidth(360).setHeight(200);
    const d = describeDocument(env.documents[0]!);
    expect(d.page).toEqual({
      width: 841.89,
      height: 595.276,
      marginTop: 70.87,
      marginBottom: 56.69,
      marginLeft: 85.04,
      marginRight: 56.69,
    });
    const kinds = d.body.map((b) =>
      b.type === 'TABLE' ? 'TABLE' : `${b.type}:${b.inlines.map((i) => i.kind).join(',')}`,
    );
    expect(kinds).toEqual([
      'PARAGRAPH:',
      'PARAGRAPH:PAGE_BREAK',
      'LIST_ITEM:',
      'PARAGRAPH:HORIZONTAL_RULE',
      'PARAGRAPH:INLINE_IMAGE',
    ]);
    expect((d.body[4] as DescribedParagraph).inlines[0]).toEqual({
      kind: 'INLINE_IMAGE',
      offset: 0,
      width: 360,
      height: 200,
      contentType: 'image/png',
    });
    expect(body.getListItems()[0]!.getGlyphType()).toBe('NUMBER');
  });

  it('headers and footers are containers of paragraphs', () => {
    const { env, doc } = newDoc();
    expect(doc.getFooter()).toBeNull();
    doc.addFooter().appendParagraph('หน้า').setAlignment(env.DocumentApp.HorizontalAlignment.RIGHT);
    doc.addHeader().appendParagraph('ITA');
    expect(() => doc.addFooter()).toThrow('already has a footer');
    const d = describeDocument(env.documents[0]!);
    expect((d.footer as DescribedParagraph[]).map((p) => p.text)).toEqual(['', 'หน้า']);
    expect(doc.getHeader().getText()).toBe('\nITA');
  });

  it('saveAndClose: later edits fail like Apps Script; the document is marked saved', () => {
    const { env, doc, body } = newDoc();
    body.appendParagraph('x');
    doc.saveAndClose();
    expect(() => body.appendParagraph('y')).toThrow('Document is closed, its contents cannot be updated.');
    expect(describeDocument(env.documents[0]!).saved).toBe(true);
    expect(env.DocumentApp.openById(doc.getId()).getBody().appendParagraph('z').getText()).toBe('z');
  });

  it('counts DocumentApp calls by class: one appendTable per table', () => {
    const { env, body } = newDoc();
    env.counter.reset();
    const table = body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    table.getRow(0).getCell(0).setBackgroundColor('#eeeeee');
    expect(env.counter.counts).toEqual({
      'Body.appendTable': 1,
      'Table.getRow': 1,
      'TableRow.getCell': 1,
      'TableCell.setBackgroundColor': 1,
    });
  });
});

describe('Docs advanced service', () => {
  it('records batchUpdate requests, answers createFooter with an id, and reports structure with indices', () => {
    const { env, doc, body } = newDoc();
    body.appendParagraph('ab');
    body.appendTable([['x']]);
    doc.saveAndClose();
    const docs = env.Docs.Documents;
    const structure = docs.get(doc.getId()) as unknown as {
      body: { content: Array<{ startIndex: number; endIndex: number; table?: unknown }> };
    };
    const content = structure.body.content;
    expect(content.map((c) => [c.startIndex, c.endIndex, Boolean(c.table)])).toEqual([
      [0, 1, false],
      [1, 2, false],
      [2, 5, false],
      [5, 11, true],
    ]);
    const requests = [
      { createFooter: { type: 'DEFAULT' } },
      { pinTableHeaderRows: { tableStartLocation: { index: 5 }, pinnedHeaderRowsCount: 1 } },
    ];
    const reply = docs.batchUpdate(
      { requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
      doc.getId(),
    );
    expect(reply.replies).toEqual([{ createFooter: { footerId: `${doc.getId()}.footer` } }, {}]);
    const d = describeDocument(env.documents[0]!);
    expect(d.apiBatches).toHaveLength(1);
    expect(d.apiBatches[0]!.afterSave).toBe(true);
    expect(d.footer).not.toBeNull();
    expect(() => docs.batchUpdate({ requests: [] }, doc.getId())).toThrow('Must specify at least one request');
    expect(() => docs.get('nope')).toThrow('Requested entity was not found.');
  });

  it('styles cell borders and padding; refuses a transparent border and pageBreakBefore in a table, as Docs does', () => {
    const { env, doc, body } = newDoc();
    body.appendParagraph('ab');
    body.appendTable([['x']]);
    doc.saveAndClose();
    const docs = env.Docs.Documents;
    const update = (request: Record<string, unknown>) =>
      docs.batchUpdate({ requests: [request] } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, doc.getId());
    const tableRange = {
      tableCellLocation: { tableStartLocation: { index: 5 }, rowIndex: 0, columnIndex: 0 },
      rowSpan: 1,
      columnSpan: 1,
    };
    const zero = { magnitude: 0, unit: 'PT' };
    const hidden = { color: { color: { rgbColor: { red: 1, green: 1, blue: 1 } } }, width: zero, dashStyle: 'SOLID' };
    update({
      updateTableCellStyle: {
        tableRange,
        tableCellStyle: { borderTop: hidden, paddingLeft: zero },
        fields: 'borderTop,paddingLeft',
      },
    });
    const table = describeDocument(env.documents[0]!).body[2] as DescribedTable;
    expect(table.rows[0]!.cells[0]!.attributes).toMatchObject({ BORDER_TOP_WIDTH: 0, PADDING_LEFT: 0 });
    const transparent = { color: {}, width: zero, dashStyle: 'SOLID' };
    expect(() =>
      update({ updateTableCellStyle: { tableRange, tableCellStyle: { borderTop: transparent }, fields: 'borderTop' } }),
    ).toThrow('cannot be transparent');
    // the cell's paragraph is [8, 10): table start, row and cell take one index each
    const pageBreak = (startIndex: number, endIndex: number) =>
      update({
        updateParagraphStyle: {
          range: { startIndex, endIndex },
          paragraphStyle: { pageBreakBefore: false },
          fields: 'pageBreakBefore',
        },
      });
    expect(() => pageBreak(8, 10)).toThrow('pageBreakBefore');
    expect(() => pageBreak(2, 5)).not.toThrow();
  });
});
