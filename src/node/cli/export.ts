// `ita-report export`: the same documents as the add-on's export, as a .docx, from a workbook saved by the
// playground (WorkbookJson). Validation errors refuse the export, as in the add-on.
import { writeFile } from 'node:fs/promises';
import { REPORT_KINDS, type ExportInput, type ReportKind } from '../../core/rpc/contract';
import { exportValidationOptions, validateWorkbook } from '../../core/validation';
import type { WorkbookData } from '../../core/workbook/types';
import { createFakeEnvironment, parseWorkbookJson } from '../../fakes';
import { readWorkbook } from '../../gas/sheets';
import { renderReportsDocx } from '../docx';
import { parseArgs } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, fail, type CliIo } from './io';

export const EXPORT_USAGE = `ใช้งาน / Usage:
  ita-report export --workbook <file.json> --report <name>[,<name>…] --out <report.docx>
                    [--round 6|12] [--layout annual|plan] [--digits thai|arabic] [--landscape] [--memo] [--cover]

สร้างรายงานเป็นไฟล์ .docx จากสมุดงานที่บันทึกจาก playground
Builds the reports as a .docx from a workbook saved by the playground.
  --report   ${REPORT_KINDS.join(' | ')} | all
  --round    6 = รอบ ๖ เดือน, 12 = ประจำปี (default: the settings tab)
  --layout   annual = ตารางผลการดำเนินการ (family R), plan = แผนและความก้าวหน้า (family P); default annual
  --digits   thai | arabic (default: the settings tab)
  --landscape  รายงานแบบตาราง (measures, results, progress, oit) เป็นแนวนอนทุกหน้า
               (ไม่ใส่: แนวนอนเฉพาะหน้าที่มีตารางกว้าง) รายงานการวิเคราะห์ บันทึกข้อความ และปก เป็นไปตามเนื้อหา
               every page of the table reports landscape (without it: only pages with a wide table);
               the analysis report, memo and cover follow their content
  --memo     เพิ่มบันทึกข้อความ / add the memo (บันทึกข้อความ)
  --cover    เพิ่มหน้าปก / add a cover page
`;

const VALUED = ['workbook', 'report', 'out', 'round', 'layout', 'digits'];
const FLAGS = ['landscape', 'memo', 'cover', 'help'];

/** The workbook's typed data, read through the same tab reader as the add-on. */
function workbookData(text: string): { ok: true; data: WorkbookData } | { ok: false; th: string; en: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, th: 'ไฟล์สมุดงานไม่ใช่ JSON', en: 'The workbook file is not JSON.' };
  }
  const parsed = parseWorkbookJson(json);
  if (!parsed.ok) {
    return { ok: false, th: 'ไฟล์สมุดงานไม่ถูกรูปแบบของ ITA Report Kit', en: 'The file is not an ITA Report Kit workbook.' };
  }
  const env = createFakeEnvironment({ workbook: parsed.workbook });
  const ss = env.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { ok: true, data: readWorkbook(ss) };
}

function reportsOf(raw: string): ReportKind[] | null {
  const names = raw.split(',').map((s) => s.trim());
  if (names.includes('all')) return [...REPORT_KINDS];
  const kinds = names.filter((n): n is ReportKind => (REPORT_KINDS as readonly string[]).includes(n));
  return kinds.length === names.length && kinds.length > 0 ? kinds : null;
}

export async function runExport(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals, missingValues } = parseArgs(argv, VALUED);
  if (options.help) {
    io.stdout(EXPORT_USAGE);
    return EXIT_OK;
  }
  if (missingValues.length) {
    return fail(io, `ตัวเลือก --${missingValues[0]} ต้องมีค่า`, `Option --${missingValues[0]} needs a value.`);
  }
  const unknown = Object.keys(options).filter((k) => !VALUED.includes(k) && !FLAGS.includes(k));
  if (unknown.length || positionals.length) {
    const what = unknown.length ? `--${unknown[0]}` : positionals[0];
    return fail(io, `ไม่รู้จัก ${what}\n${EXPORT_USAGE}`, `Unknown argument ${what}.`);
  }
  const str = (k: string) => (typeof options[k] === 'string' ? (options[k] as string) : undefined);
  const workbookPath = str('workbook');
  const out = str('out');
  const reportArg = str('report');
  if (!workbookPath || !out || !reportArg) {
    return fail(io, `ต้องระบุ --workbook, --report และ --out\n${EXPORT_USAGE}`, 'Give --workbook, --report and --out.');
  }
  const reports = reportsOf(reportArg);
  if (!reports) {
    return fail(
      io,
      `ไม่รู้จักรายงาน "${reportArg}"`,
      `Unknown report "${reportArg}"; use ${REPORT_KINDS.join(', ')} or all.`,
    );
  }
  const round = str('round');
  const layout = str('layout');
  const digits = str('digits');
  if ((round && round !== '6' && round !== '12') || (layout && layout !== 'annual' && layout !== 'plan')) {
    return fail(
      io,
      'ค่า --round ต้องเป็น 6 หรือ 12 และ --layout ต้องเป็น annual หรือ plan',
      'Use --round 6|12 and --layout annual|plan.',
    );
  }
  if (digits && digits !== 'thai' && digits !== 'arabic') {
    return fail(io, 'ค่า --digits ต้องเป็น thai หรือ arabic', 'Use --digits thai|arabic.');
  }
  let text: string;
  try {
    text = await io.readFile(workbookPath);
  } catch {
    return fail(io, `อ่านไฟล์ ${workbookPath} ไม่ได้`, `Cannot read ${workbookPath}.`);
  }
  const read = workbookData(text);
  if (!read.ok) return fail(io, read.th, read.en);
  const wb = read.data;
  const now = new Date();
  const input: ExportInput = {
    reports,
    round: (round as ExportInput['round']) ?? wb.settings?.round ?? '12',
    layout: (layout as ExportInput['layout']) ?? 'annual',
    digits: (digits as ExportInput['digits']) ?? wb.settings?.digits ?? 'thai',
    landscape: options.landscape === true,
    memo: options.memo === true,
    cover: options.cover === true,
  };
  // The same checks as the add-on's export (src/gas/api/export-run.ts): results of the round being
  // exported, memo fields only when the memo is produced.
  const findings = validateWorkbook(wb, exportValidationOptions({ ...input, today: now }));
  const errors = findings.filter((f) => f.severity === 'error');
  const line = (f: (typeof findings)[number]) =>
    `  [${f.tab}${f.row ? ` แถว ${f.row}` : ''}] ${f.message_th} / ${f.message_en}\n`;
  if (errors.length > 0) {
    io.stderr('ยังส่งออกไม่ได้: ข้อมูลมีข้อผิดพลาด / Cannot export: the workbook has errors:\n');
    for (const f of errors) io.stderr(line(f));
    return EXIT_BAD_INPUT;
  }
  for (const f of findings) io.stderr(`คำเตือน / warning:${line(f)}`);
  const bytes = await renderReportsDocx(wb, input, now);
  await writeFile(out, bytes);
  io.stdout(`บันทึก ${out} แล้ว (${bytes.length} ไบต์) / Wrote ${out} (${bytes.length} bytes)\n`);
  return EXIT_OK;
}
