// The indicator chart in the Google Doc: drawn by the Charts service when it works, the table of bars when not.
import { createFakeEnvironment, describeDocument, type FakeEnvironment } from '../../../src/fakes';
import type { DescribedParagraph, DescribedTable } from '../../../src/fakes/document/describe';
import { buildReportDocument, type ReportDocument } from '../../../src/core/report';
import { chartImage } from '../../../src/gas/docs/chart-image';
import { renderGoogleDoc } from '../../../src/gas/docs/render';
import { ALL_REPORTS, NOW, TAKO_SCORES_2566, seedWorkbook } from './seed-workbook';

const ANALYSIS_ONLY = { ...ALL_REPORTS, reports: ['analysis' as const], memo: false, cover: false };
const THAI_DIGITS = ['๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙', '๑๐'];

function analysisModel(): ReportDocument {
  const built = buildReportDocument(seedWorkbook(), ANALYSIS_ONLY, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  return built.document;
}

const globals = globalThis as Record<string, unknown>;
let saved: { present: boolean; value: unknown };
beforeEach(() => {
  saved = { present: 'Charts' in globals, value: globals.Charts };
});
afterEach(() => {
  if (saved.present) globals.Charts = saved.value;
  else delete globals.Charts;
});

/** Renders the analysis report with the Charts service of `env` installed as the global `Charts`. */
function render(env: FakeEnvironment) {
  globals.Charts = env.Charts;
  const app = env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp;
  renderGoogleDoc(app, analysisModel(), { chartImage });
  const doc = env.documents[0];
  if (!doc) throw new Error('no document created');
  return describeDocument(doc);
}

const chartTitle = (d: ReturnType<typeof describeDocument>) =>
  d.body.findIndex((b) => b.type === 'PARAGRAPH' && b.text.startsWith('คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย'));
/** Tables whose third column holds bars of █ (the chart printed as text). */
const barTables = (d: ReturnType<typeof describeDocument>) =>
  d.body.filter((b): b is DescribedTable => b.type === 'TABLE' && /^█+$/.test(b.rows[1]?.cells[2]?.text ?? ''));
const images = (d: ReturnType<typeof describeDocument>) =>
  d.body.flatMap((b) => (b.type === 'TABLE' ? [] : b.inlines.filter((i) => i.kind === 'INLINE_IMAGE')));

describe('indicator chart drawn with the Charts service', () => {
  it('puts the chart under its title as one centred inline image as wide as the text area', () => {
    const described = render(createFakeEnvironment());
    const at = chartTitle(described);
    expect(at).toBeGreaterThanOrEqual(0);
    const holder = described.body[at + 1] as DescribedParagraph;
    expect(holder.type).toBe('PARAGRAPH');
    expect(holder.text).toBe('');
    expect(holder.attributes.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(holder.inlines).toHaveLength(1);
    const image = holder.inlines[0]!;
    // The analysis prints portrait: 16 cm of A4 portrait (the page of a fallback Doc may be landscape).
    const textWidth = 595.28 - described.page.marginLeft - described.page.marginRight;
    expect(image).toMatchObject({ kind: 'INLINE_IMAGE', contentType: 'image/png' });
    // The chart sits in the portrait part (the §5 table's landscape part flips only its own section).
    expect(image.width).toBeCloseTo(Math.min(textWidth, 453.54), 0); // 16 cm of A4 portrait ≈ 453.5 pt
    expect(image.height).toBe(Math.round((image.width ?? 0) * 0.55));
    expect(images(described)).toHaveLength(1);
    expect(barTables(described)).toHaveLength(0);
  });

  it('charts the ten indicator scores with the target 85 as a line over a 0–100 axis', () => {
    const env = createFakeEnvironment();
    render(env);
    expect(env.charts).toHaveLength(1);
    const chart = env.charts[0]!;
    expect(chart.rows).toHaveLength(10);
    expect(chart.rows).toEqual(TAKO_SCORES_2566.map((score, i) => [THAI_DIGITS[i], score, 85]));
    expect(chart.columns.map((c) => c.type)).toEqual(['STRING', 'NUMBER', 'NUMBER']);
    expect(chart.columns[2]?.label).toBe('ค่าเป้าหมาย ๘๕');
    expect(chart.title).toMatch(/^คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย .* \(ITA ปี พ\.ศ\.\u00A0๒๕๖๖\)$/);
    expect(chart.range).toEqual({ start: 0, end: 100 });
    expect(chart.options).toMatchObject({ seriesType: 'bars', series: { 1: { type: 'line' } } });
    expect([chart.width, chart.height]).toEqual([720, 400]);
    expect(env.counter.get('Chart.getAs')).toBe(1);
    expect(env.counter.get('Paragraph.appendInlineImage')).toBe(1);
  });

  it('falls back to the table of bars when the Charts service fails to draw', () => {
    const env = createFakeEnvironment();
    env.Charts.store.failure = 'Service error: Charts';
    const described = render(env);
    const at = chartTitle(described);
    const table = described.body[at + 1] as DescribedTable;
    expect(table.type).toBe('TABLE');
    expect(table.rows).toHaveLength(11); // header + ten indicators
    expect(table.rows[10]?.cells[2]?.text).toMatch(/^█+$/);
    expect(barTables(described)).toEqual([table]);
    expect(images(described)).toEqual([]);
  });

  it('prints the table of bars when there is no Charts service at all', () => {
    const env = createFakeEnvironment();
    const app = env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp;
    delete globals.Charts;
    renderGoogleDoc(app, analysisModel(), { chartImage });
    expect(barTables(describeDocument(env.documents[0]!))).toHaveLength(1);
    expect(env.counter.byPrefix('Charts.')).toBe(0);
  });
});
