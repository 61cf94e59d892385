// The Charts service, as far as the report renderer uses it: a data table built by hand, a column chart
// over it, and the chart drawn as a PNG. Built charts are recorded so tests can read what would be drawn.
import { FakeBlob } from './blob';
import { ChartType, ColumnType, type ChartTypeName, type ColumnTypeName } from './enums';
import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { blankPng } from './png';

type GasCharts = GoogleAppsScript.Charts.Charts;
type GasChart = GoogleAppsScript.Charts.Chart;
type GasDataTableBuilder = GoogleAppsScript.Charts.DataTableBuilder;
type GasColumnChartBuilder = GoogleAppsScript.Charts.ColumnChartBuilder;

/** Google Charts draws 600 × 500 pixels unless told otherwise. */
const DEFAULT_SIZE = { width: 600, height: 500 };

export interface ChartColumn {
  type: ColumnTypeName;
  label: string;
}

/** What one build() of a chart would draw. */
export interface ChartRecord {
  type: ChartTypeName;
  title: string | null;
  /** The value axis range from setRange, null when left automatic. */
  range: { start: number; end: number } | null;
  colors: string[];
  width: number;
  height: number;
  /** Options from setOption, by name. */
  options: Record<string, unknown>;
  columns: ChartColumn[];
  rows: unknown[][];
}

/** State shared by the service and its charts: built charts, and a failure to simulate. */
export interface ChartStore {
  charts: ChartRecord[];
  /** When set, drawing a chart (getAs/getBlob) throws this message, as a Charts server error would. */
  failure: string | null;
}

function columnTypeName(type: unknown): ColumnTypeName | null {
  const name = String(type);
  return name in ColumnType ? (name as ColumnTypeName) : null;
}

function fitsColumn(value: unknown, type: ColumnTypeName): boolean {
  if (value === null || value === undefined) return true; // an empty cell
  if (type === 'STRING') return typeof value === 'string';
  if (type === 'NUMBER') return typeof value === 'number' && Number.isFinite(value);
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A built data table: columns and rows, read only by the chart builders. Like Apps Script's DataTable it is a
 * DataTableSource (the published typings leave getDataTable out).
 */
export class FakeDataTable {
  constructor(
    readonly columns: readonly ChartColumn[],
    readonly rows: readonly unknown[][],
  ) {}

  getDataTable(): FakeDataTable {
    return this;
  }
}

export const DATA_TABLE_BUILDER_METHODS = [
  'addColumn',
  'addRow',
  'build',
] as const satisfies readonly (keyof GasDataTableBuilder)[];

export class FakeDataTableBuilder
  extends FakeObject
  implements Pick<GasDataTableBuilder, (typeof DATA_TABLE_BUILDER_METHODS)[number]>
{
  readonly columns: ChartColumn[] = [];
  readonly rows: unknown[][] = [];

  addColumn(type: GoogleAppsScript.Charts.ColumnType, label: string): GasDataTableBuilder {
    const name = columnTypeName(type);
    if (!name) this.ctx.fail('Invalid argument: type');
    if (this.rows.length > 0) this.ctx.fail('Columns must be added before rows.');
    this.columns.push({ type: name, label: String(label) });
    return asGas(this);
  }

  addRow(values: unknown[]): GasDataTableBuilder {
    if (!Array.isArray(values)) this.ctx.fail('Invalid argument: values');
    if (values.length !== this.columns.length) {
      this.ctx.fail(`Row has ${values.length} values but the data table has ${this.columns.length} columns.`);
    }
    values.forEach((v, i) => {
      const column = this.columns[i]!;
      if (!fitsColumn(v, column.type)) {
        this.ctx.fail(`Value ${String(v)} in column ${i} does not match the column type ${column.type}.`);
      }
    });
    this.rows.push([...values]);
    return asGas(this);
  }

  build(): GoogleAppsScript.Charts.DataTable {
    return asGas(this.snapshot());
  }

  /** The table as built so far (not counted: chart builders call it). */
  snapshot(): FakeDataTable {
    return new FakeDataTable(
      this.columns.map((c) => ({ ...c })),
      this.rows.map((r) => [...r]),
    );
  }
}
instrument(FakeDataTableBuilder, 'DataTableBuilder', DATA_TABLE_BUILDER_METHODS);

/** A drawn chart; getAs renders a PNG of the chart's dimensions. */
export class FakeChart extends FakeObject implements Pick<GasChart, 'getAs' | 'getBlob'> {
  constructor(
    ctx: FakeContext,
    private readonly store: ChartStore,
    readonly record: ChartRecord,
  ) {
    super(ctx);
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'image/png') this.ctx.fail(`Converting from a chart to ${contentType} is not supported.`);
    return this.getBlob();
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    if (this.store.failure !== null) this.ctx.fail(this.store.failure);
    const png = blankPng(this.record.width, this.record.height);
    return asGas(new FakeBlob(this.ctx, png, 'image/png', null));
  }
}
instrument(FakeChart, 'Chart', ['getAs', 'getBlob']);

export const COLUMN_CHART_BUILDER_METHODS = [
  'build',
  'setColors',
  'setDataTable',
  'setDimensions',
  'setOption',
  'setRange',
  'setTitle',
] as const satisfies readonly (keyof GasColumnChartBuilder)[];

export class FakeColumnChartBuilder
  extends FakeObject
  implements Pick<GasColumnChartBuilder, (typeof COLUMN_CHART_BUILDER_METHODS)[number]>
{
  private table: FakeDataTable | null = null;
  private title: string | null = null;
  private range: ChartRecord['range'] = null;
  private colors: string[] = [];
  private size = { ...DEFAULT_SIZE };
  private readonly options: Record<string, unknown> = {};

  constructor(
    ctx: FakeContext,
    private readonly store: ChartStore,
  ) {
    super(ctx);
  }

  build(): GasChart {
    if (!this.table) this.ctx.fail('Chart data must be set before building the chart.');
    const record: ChartRecord = {
      type: ChartType.COLUMN,
      title: this.title,
      range: this.range ? { ...this.range } : null,
      colors: [...this.colors],
      width: this.size.width,
      height: this.size.height,
      options: structuredClone(this.options),
      columns: this.table.columns.map((c) => ({ ...c })),
      rows: this.table.rows.map((r) => [...r]),
    };
    this.store.charts.push(record);
    return asGas(new FakeChart(this.ctx, this.store, record));
  }

  setColors(cssValues: string[]): GasColumnChartBuilder {
    if (!Array.isArray(cssValues) || cssValues.some((c) => typeof c !== 'string')) {
      this.ctx.fail('Invalid argument: cssValues');
    }
    this.colors = [...cssValues];
    return asGas(this);
  }

  /** Takes a DataTableBuilder (built here, as Apps Script does), a DataTable, or any DataTableSource. */
  setDataTable(table: GasDataTableBuilder | GoogleAppsScript.Charts.DataTableSource): GasColumnChartBuilder {
    const source: unknown = table;
    if (source instanceof FakeDataTableBuilder) this.table = source.snapshot();
    else if (source instanceof FakeDataTable) this.table = source;
    else {
      const fromSource = (source as { getDataTable?: () => unknown })?.getDataTable?.();
      if (!(fromSource instanceof FakeDataTable)) this.ctx.fail('Invalid argument: table');
      this.table = fromSource;
    }
    return asGas(this);
  }

  setDimensions(width: number, height: number): GasColumnChartBuilder {
    const whole = (n: number) => Number.isInteger(n) && n > 0;
    if (!whole(width) || !whole(height)) this.ctx.fail('Invalid argument: dimensions must be positive integers');
    this.size = { width, height };
    return asGas(this);
  }

  setOption(option: string, value: unknown): GasColumnChartBuilder {
    if (typeof option !== 'string' || option === '') this.ctx.fail('Invalid argument: option');
    this.options[option] = value;
    return asGas(this);
  }

  setRange(start: number, end: number): GasColumnChartBuilder {
    if (!Number.isFinite(start) || !Number.isFinite(end)) this.ctx.fail('Invalid argument: range');
    this.range = { start, end };
    return asGas(this);
  }

  setTitle(chartTitle: string): GasColumnChartBuilder {
    this.title = String(chartTitle);
    return asGas(this);
  }
}
instrument(FakeColumnChartBuilder, 'ColumnChartBuilder', COLUMN_CHART_BUILDER_METHODS);

export const CHARTS_METHODS = ['newColumnChart', 'newDataTable'] as const satisfies readonly (keyof GasCharts)[];

type Enums = 'ChartType' | 'ColumnType';

export class FakeCharts extends FakeObject implements Pick<GasCharts, (typeof CHARTS_METHODS)[number] | Enums> {
  readonly ChartType = asGas<GasCharts['ChartType']>(ChartType);
  readonly ColumnType = asGas<GasCharts['ColumnType']>(ColumnType);

  constructor(
    ctx: FakeContext,
    readonly store: ChartStore,
  ) {
    super(ctx);
  }

  newColumnChart(): GasColumnChartBuilder {
    return asGas(new FakeColumnChartBuilder(this.ctx, this.store));
  }

  newDataTable(): GasDataTableBuilder {
    return asGas(new FakeDataTableBuilder(this.ctx));
  }
}
instrument(FakeCharts, 'Charts', CHARTS_METHODS);
