// One export = one document: the optional memo and cover, then the chosen reports in a fixed order,
// each starting on a new page (reference §d: the memo wraps the report, the cover comes before it).
import { REPORT_KINDS, type ExportInput, type ReportKind, type UserMessage } from '../rpc/contract';
import { bangkokTime } from '../thai';
import type { WorkbookData } from '../workbook/types';
import { analysisReport } from './analysis';
import { reportSection } from './blocks';
import { makeContext, type ReportContext } from './context';
import { coverPage } from './cover';
import { measuresReport } from './measures';
import { memo } from './memo';
import { sectionsWithEraYearsJoined } from './no-break';
import { DEFAULT_PAGE, type Block, type PageSetup, type ReportDocument, type Section } from './model';
import { oitReport } from './oit';
import { progressReport } from './progress';
import { resultsReport } from './results';

/** Short Thai names of the reports: export log, document name, sidebar. */
export const REPORT_NAMES: Record<ReportKind, string> = {
  analysis: 'รายงานการวิเคราะห์ผลการประเมิน ITA',
  measures: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  results: 'รายงานผลการดำเนินการตามมาตรการ',
  progress: 'ความก้าวหน้ารายตัวชี้วัด',
  oit: 'ความก้าวหน้า OIT',
};

/** Reports whose tables are wide enough to print landscape when the user asks for it. */
const WIDE: readonly ReportKind[] = ['measures', 'results', 'progress', 'oit'];

const BUILDERS: Record<ReportKind, (ctx: ReportContext) => Block[]> = {
  analysis: analysisReport,
  measures: measuresReport,
  results: resultsReport,
  progress: progressReport,
  oit: oitReport,
};

export type BuildResult = { ok: true; document: ReportDocument } | { ok: false; error: UserMessage };

const NO_SETTINGS: UserMessage = {
  code: 'no-settings',
  message_th: 'ยังไม่ได้กรอกแท็บ ตั้งค่า (ชื่อหน่วยงาน ปีงบประมาณ) จึงสร้างรายงานไม่ได้',
  message_en: 'The ตั้งค่า (settings) tab is not filled in (agency name, fiscal year), so no report can be built.',
};

/** "2566-03-24 10:30:05" in Bangkok time, Buddhist-era year: sortable in a Drive listing, distinct per export. */
function stamp(now: Date): string {
  const t = bangkokTime(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.yearBE}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
}

/** The reports chosen, in document order and without repeats. */
export function orderedReports(input: ExportInput): ReportKind[] {
  return REPORT_KINDS.filter((k) => input.reports.includes(k));
}

/** The document name: "ITA ปีงบประมาณ 2566 – องค์การบริหารส่วนตำบลห้วยแก้ว – <reports> – 2566-03-24 10:30". */
export function documentName(agency: string, fy: number, reports: ReportKind[], now: Date): string {
  const what = reports.length === 1 ? REPORT_NAMES[reports[0] as ReportKind] : `รายงาน ${reports.length} ฉบับ`;
  return `ITA ปีงบประมาณ ${fy} – ${agency} – ${what} – ${stamp(now)}`;
}

/** Builds the whole export as one report model. Fails (with a message, not an exception) without settings. */
export function buildReportDocument(
  workbook: WorkbookData,
  input: ExportInput,
  now: Date,
  page: PageSetup = DEFAULT_PAGE,
): BuildResult {
  const settings = workbook.settings;
  if (!settings || settings.agencyName.trim() === '') return { ok: false, error: NO_SETTINGS };
  const ctx = makeContext(workbook, settings, input, now);
  const reports = orderedReports(input);
  const sections: Section[] = [];
  if (input.memo) sections.push(reportSection('memo', 'บันทึกข้อความ', memo(ctx, reports), 'portrait', page));
  if (input.cover) sections.push(reportSection('cover', 'ปก', coverPage(ctx, reports), 'portrait', page));
  for (const kind of reports) {
    // Content decides (a wide table → landscape); the export's landscape option turns wide reports landscape.
    const override = input.landscape && WIDE.includes(kind) ? 'landscape' : undefined;
    sections.push(reportSection(kind, REPORT_NAMES[kind], BUILDERS[kind](ctx), override, page));
  }
  return {
    ok: true,
    document: {
      title: documentName(ctx.agency, ctx.fy, reports, now),
      page: { ...page, pageNumberDigits: input.digits },
      sections: sectionsWithEraYearsJoined(sections),
    },
  };
}
