// D6: the OIT checklist of the framework year, grouped under "ตัวชี้วัดย่อยที่ <n> <name>" with the
// sub-group on its own row (reference §d.6, §c.2). One table with group rows keeps the header repeated
// on every page and the service calls low.
import { resolveFramework } from '../framework';
import { toArabicDigits } from '../thai';
import type { OitRow } from '../workbook/types';
import type { ReportContext } from './context';
import { placeLine, roundLabel } from './context';
import { blank, cell, groupRow, subheading, table, title } from './blocks';
import { statusPhrase } from './labels';
import type { Block, TableRow } from './model';
import { cellLines } from './text';

const COLUMNS = [
  { header: 'ข้อ', weight: 1.3, align: 'center' as const },
  { header: 'ข้อมูล', weight: 3 },
  { header: 'องค์ประกอบด้านข้อมูล', weight: 6.5 },
  { header: 'ผู้รับผิดชอบ', weight: 2.4 },
  { header: 'ความก้าวหน้าผลการดำเนินงาน', weight: 5.5 },
];

/** "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน" from "9.1", "๙.๑" or "9.1 ข้อมูลพื้นฐาน". */
function subIndicatorHeading(ctx: ReportContext, raw: string): string {
  const text = raw.trim();
  const code = toArabicDigits(text).match(/^\d+\.\d+/)?.[0];
  const { framework } = resolveFramework(ctx.settings.frameworkYear);
  const def = code ? framework.subIndicators.find((s) => s.code === code) : undefined;
  if (code && def) return `ตัวชี้วัดย่อยที่ ${ctx.t(code)} ${def.nameTh}`;
  return `ตัวชี้วัดย่อยที่ ${ctx.t(text)}`;
}

function itemRow(ctx: ReportContext, r: OitRow): TableRow {
  const status = statusPhrase(ctx, r.status, '');
  const url = r.evidenceUrl.trim();
  return {
    cells: [
      cell(ctx.t(r.code.trim()), { align: 'center' }),
      cell(cellLines(r.name, ctx.digits)),
      cell(cellLines(r.requirement, ctx.digits)),
      cell(cellLines(r.owners, ctx.digits)),
      cell([...(status ? [status] : []), ...cellLines(r.progress, ctx.digits), ...(url ? [url] : [])]),
    ],
  };
}

export function oitReport(ctx: ReportContext): Block[] {
  const rows: TableRow[] = [];
  let lastSub = '';
  let lastGroup = '';
  for (const r of ctx.workbook.oit) {
    const sub = r.subIndicator.trim();
    const group = r.subGroup.trim();
    if (sub !== '' && sub !== lastSub) {
      rows.push(groupRow(subIndicatorHeading(ctx, sub), COLUMNS.length));
      lastGroup = '';
    }
    if (group !== '' && group !== lastGroup) rows.push(groupRow(ctx.t(group), COLUMNS.length));
    lastSub = sub || lastSub;
    lastGroup = group;
    rows.push(itemRow(ctx, r));
  }
  return [
    title('ความก้าวหน้าผลการดำเนินงานตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'),
    title(`ของ${ctx.agency} ${placeLine(ctx)}`),
    title(`ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} ${roundLabel(ctx)}`),
    blank(),
    subheading('ประเด็นการประเมิน OIT'),
    table(COLUMNS, rows),
  ];
}
