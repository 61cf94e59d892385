// The part of the Docs advanced service (Docs v1, `documents` scope) the renderer uses for what
// DocumentApp cannot do: repeat a table's header row on every page, shade and size the columns of many
// tables in one request instead of one DocumentApp call per cell.

/** A structural element of Documents.get: only the fields the renderer reads. */
export interface DocsStructuralElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: unknown;
  table?: {
    rows?: number;
    columns?: number;
    tableRows?: { tableCells?: { content?: DocsStructuralElement[] }[] }[];
  };
}

export interface DocsApi {
  get(documentId: string): { body?: { content?: DocsStructuralElement[] } };
  batchUpdate(requests: object[], documentId: string): unknown;
}

/**
 * The Docs advanced service when the manifest enables it, else null. Apps Script defines the global `Docs`
 * only for an enabled advanced service, and `typeof` is the way to ask without a ReferenceError.
 */
export function docsAdvancedService(): DocsApi | null {
  if (typeof Docs === 'undefined' || !Docs?.Documents) return null;
  const documents = Docs.Documents;
  return {
    get: (id) => documents.get(id) as ReturnType<DocsApi['get']>,
    batchUpdate: (requests, id) => documents.batchUpdate({ requests }, id),
  };
}
