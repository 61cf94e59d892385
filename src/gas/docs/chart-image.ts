// The indicator chart as a PNG drawn by the Charts service: ten score columns and the target as a line.
// Used by the Google Doc renderer; if Charts is unavailable the renderer prints the table of bars instead.
import type { ScoreChart } from '../../core/report';

export function chartImage(chart: ScoreChart): GoogleAppsScript.Base.BlobSource | null {
  if (typeof Charts === 'undefined') return null;
  const data = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, 'ตัวชี้วัด')
    .addColumn(Charts.ColumnType.NUMBER, 'คะแนน')
    .addColumn(Charts.ColumnType.NUMBER, chart.targetLabel);
  for (const b of chart.bars) data.addRow([b.short, b.value, chart.target]);
  return Charts.newColumnChart()
    .setDataTable(data)
    .setTitle(chart.title)
    .setRange(0, 100)
    .setColors(['#2E7D32', '#E65100'])
    .setDimensions(720, 400)
    .setOption('seriesType', 'bars')
    .setOption('series', { 1: { type: 'line' } })
    .build()
    .getAs('image/png');
}
