import { inflateSync } from 'node:zlib';
import { blankPng, createFakeEnvironment, type FakeEnvironment } from '../../../src/fakes';

const charts = (env: FakeEnvironment) => env.Charts as unknown as GoogleAppsScript.Charts.Charts;

/** The IHDR size and the decompressed pixel rows of a PNG, checking every chunk's CRC on the way. */
function readPng(bytes: Uint8Array) {
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const buf = Buffer.from(bytes);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    expect(buf.readUInt32BE(at + 8 + length)).toBe(crc32(buf.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  const header = chunks[0]!.data;
  return {
    types: chunks.map((c) => c.type),
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    raw: inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data))),
  };
}

/** An independent CRC-32 (bitwise, no table) to check the fake's chunks. */
function crc32(data: Uint8Array): number {
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function buildSample(env: FakeEnvironment) {
  const C = charts(env);
  const data = C.newDataTable()
    .addColumn(C.ColumnType.STRING, 'ตัวชี้วัด')
    .addColumn(C.ColumnType.NUMBER, 'คะแนน')
    .addRow(['๑', 97.25])
    .addRow(['๒', 51.25]);
  return C.newColumnChart()
    .setDataTable(data)
    .setTitle('คะแนนรายตัวชี้วัด')
    .setRange(0, 100)
    .setColors(['#2E7D32'])
    .setDimensions(720, 400)
    .setOption('series', { 1: { type: 'line' } })
    .build();
}

describe('fake Charts service', () => {
  it('records the built column chart: title, range, colors, size, options and the data rows', () => {
    const env = createFakeEnvironment();
    buildSample(env);
    expect(env.charts).toEqual([
      {
        type: 'COLUMN',
        title: 'คะแนนรายตัวชี้วัด',
        range: { start: 0, end: 100 },
        colors: ['#2E7D32'],
        width: 720,
        height: 400,
        options: { series: { 1: { type: 'line' } } },
        columns: [
          { type: 'STRING', label: 'ตัวชี้วัด' },
          { type: 'NUMBER', label: 'คะแนน' },
        ],
        rows: [
          ['๑', 97.25],
          ['๒', 51.25],
        ],
      },
    ]);
  });

  it('draws a valid PNG of the chart size that the DocumentApp fake reads as such', () => {
    const env = createFakeEnvironment();
    const blob = buildSample(env).getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    const png = readPng(Uint8Array.from(blob.getBytes(), (b) => b & 0xff));
    expect(png.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([png.width, png.height]).toEqual([720, 400]);
    expect(png.raw.length).toBe(400 * (1 + 720 / 8));

    const doc = env.DocumentApp.create('chart');
    const image = doc.getBody().appendParagraph('').appendInlineImage(blob);
    expect([image.getWidth(), image.getHeight()]).toEqual([720, 400]);
  });

  it('blankPng works for sizes that are not whole bytes wide and for more than one deflate block', () => {
    const small = readPng(blankPng(3, 2));
    expect([small.width, small.height, small.raw.length]).toEqual([3, 2, 4]);
    const big = readPng(blankPng(2000, 300)); // 300 rows × 251 bytes > 65535: several stored blocks
    expect(big.raw.length).toBe(300 * 251);
    expect(big.raw.every((b, i) => (i % 251 === 0 ? b === 0 : b === 0xff))).toBe(true);
  });

  it('counts every call as Class.method', () => {
    const env = createFakeEnvironment();
    buildSample(env).getAs('image/png');
    expect(env.counter.get('Charts.newDataTable')).toBe(1);
    expect(env.counter.get('DataTableBuilder.addColumn')).toBe(2);
    expect(env.counter.get('DataTableBuilder.addRow')).toBe(2);
    expect(env.counter.get('ColumnChartBuilder.setOption')).toBe(1);
    expect(env.counter.get('ColumnChartBuilder.build')).toBe(1);
    expect(env.counter.get('Chart.getAs')).toBe(1);
    expect(env.counter.byPrefix('Blob.')).toBe(0);
  });

  it('rejects rows that do not fit the columns, and charts without data, as Apps Script would', () => {
    const env = createFakeEnvironment();
    const C = charts(env);
    const table = C.newDataTable().addColumn(C.ColumnType.STRING, 'a').addColumn(C.ColumnType.NUMBER, 'b');
    expect(() => table.addRow(['x'])).toThrow('Row has 1 values but the data table has 2 columns.');
    expect(() => table.addRow(['x', '12'])).toThrow(/does not match the column type NUMBER/);
    expect(() => C.newColumnChart().setTitle('t').build()).toThrow('Chart data must be set before building the chart.');
    expect(() => C.newColumnChart().setDimensions(0, 10)).toThrow(/positive integers/);
    expect(env.charts).toEqual([]);
  });

  it('setDataTable takes a built DataTable too, and a later row does not change a built chart', () => {
    const env = createFakeEnvironment();
    const C = charts(env);
    const builder = C.newDataTable().addColumn(C.ColumnType.NUMBER, 'n').addRow([1]);
    // A DataTable is a DataTableSource in Apps Script; the typings miss its getDataTable().
    const table = builder.build() as unknown as GoogleAppsScript.Charts.DataTableSource;
    C.newColumnChart().setDataTable(table).build();
    builder.addRow([2]);
    expect(env.charts[0]?.rows).toEqual([[1]]);
    expect(env.charts[0]?.width).toBe(600); // the Google Charts default size
  });

  it('simulates a drawing error and refuses other formats', () => {
    const env = createFakeEnvironment();
    const chart = buildSample(env);
    expect(() => chart.getAs('application/pdf')).toThrow(/not supported/);
    env.Charts.store.failure = 'Service error: Charts';
    expect(() => chart.getAs('image/png')).toThrow('Service error: Charts');
    expect(() => chart.getBlob()).toThrow('Service error: Charts');
  });
});
