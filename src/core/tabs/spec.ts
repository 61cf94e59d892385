// Tab and column specifications as data. The Sheets adapter (src/gas/sheets) builds and repairs tabs
// from these; the grid mapping (src/core/workbook) finds columns by these headers; validation reads the
// required flags and list sources from here.
import type { Lists, TabIdName } from '../workbook/types';

/** Which list of the รายการ tab feeds a dropdown. */
export type ListKey = keyof Lists;

export interface ColumnSpec {
  /** Field name in the typed row (src/core/workbook/types.ts). */
  readonly key: string;
  /** Thai header as written in the header cell. */
  readonly header: string;
  /** English note attached to the header cell. */
  readonly note: string;
  /** Other header wordings that mean this column (reference §g.17), matched space-insensitively. */
  readonly variants?: readonly string[];
  /** Column width in pixels. */
  readonly width: number;
  readonly wrap?: boolean;
  /** Dropdown fed by a list of the รายการ tab. */
  readonly list?: ListKey;
  /** Several values allowed (e.g. "สำนักปลัด / กองคลัง"): the dropdown only warns. */
  readonly multi?: boolean;
  /** Dropdown fed by the measure ids of the มาตรการ tab. */
  readonly measureIdList?: boolean;
  /** A tick box column. */
  readonly checkbox?: boolean;
  /** A row with content must fill this cell. */
  readonly required?: boolean;
  /** Written by the add-on (scores, analysis figures); the user's own columns are never written. */
  readonly computed?: boolean;
}

/** A tab laid out as a table: one header row, one record per row below it. */
export interface TableTabSpec {
  readonly kind: 'table';
  /** Stable id used in code and in findings. */
  readonly id: TabId;
  /** Thai tab name. */
  readonly name: string;
  readonly nameEn: string;
  readonly columns: readonly ColumnSpec[];
}

/** ตั้งค่า: key/value rows (Thai label, value, English note). */
export interface KeyValueTabSpec {
  readonly kind: 'keyValue';
  readonly id: 'settings';
  readonly name: string;
  readonly nameEn: string;
  /** Header of the three columns. */
  readonly columns: readonly ColumnSpec[];
}

/** รายการ: one list per column. */
export interface ListsTabSpec {
  readonly kind: 'lists';
  readonly id: 'lists';
  readonly name: string;
  readonly nameEn: string;
  readonly columns: readonly (ColumnSpec & { readonly key: ListKey })[];
}

export type TabSpec = TableTabSpec | KeyValueTabSpec | ListsTabSpec;

/** Stable tab ids (defined beside the workbook types so both layers share them). */
export type TabId = TabIdName;
