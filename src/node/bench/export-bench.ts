// Benchmark of the Google Doc export on the fakes: the full bundle of reports (memo, cover, analysis,
// measures, results, progress, OIT) for a large workbook — 100 measures, 100 results, 43 OIT rows.
// Reports the DocumentApp calls (goal ≤ 300: they must grow with tables, not cells) and the time.
import { fillYearSlots, getFramework } from '../../core/framework';
import { buildReportDocument } from '../../core/report';
import type { ExportInput } from '../../core/rpc/contract';
import type { WorkbookData } from '../../core/workbook/types';
import { createFakeEnvironment } from '../../fakes';
import { renderGoogleDoc } from '../../gas/docs/render';
import type { DocsApi } from '../../gas/docs/docs-api';
import { figures, type CallFigures } from './tabs-bench';

export interface ExportBenchResult {
  measures: number;
  results: number;
  oitRows: number;
  tables: number;
  /** DocumentApp calls (Body, Paragraph, Table, Text, Document …), without the Docs API. */
  documentAppCalls: number;
  /** Docs advanced-service calls (get + batchUpdate). */
  docsApiCalls: number;
  /** DocumentApp calls when the Docs advanced service is off (tables styled cell by cell). */
  documentAppCallsWithoutDocsApi: number;
  ms: number;
  /** Calls, reads, writes and flushes of the export with the Docs advanced service on. */
  figures: CallFigures;
}

const SCORES = [97.25, 86.57, 93.92, 86.58, 93.46, 87.89, 85.14, 83.2, 82.5, 51.25];

/** A large, realistic workbook: long cells, several lines each, every OIT item of 2566. */
function largeWorkbook(measures = 100, oitRows = 43): WorkbookData {
  const framework = getFramework(2566);
  const items = (framework?.oitItems ?? []).slice(0, oitRows);
  const steps = '1. ผู้รับผิดชอบจัดทำร่างมาตรการ\n2. เสนอผู้บริหารพิจารณาอนุมัติ\n3. เผยแพร่บนเว็บไซต์หลักของหน่วยงาน';
  return {
    settings: {
      agencyName: 'องค์การบริหารส่วนตำบลตะโก',
      agencyType: 'องค์การบริหารส่วนตำบล',
      district: 'ห้วยแถลง',
      province: 'นครราชสีมา',
      fiscalYear: 2567,
      itaYear: 2566,
      frameworkYear: 2566,
      round: '12',
      target: 85,
      digits: 'thai',
      preparer: { rank: 'สิบเอก', name: 'สุกิจ มูลศรี', positionLines: ['นักจัดการงานทั่วไป'] },
      memo: { office: 'องค์การบริหารส่วนตำบลตะโก', refNo: 'นม ๘๑๐๐๑/๑๒๓', date: '', to: '' },
      chain: [
        { heading: 'ความเห็นของหัวหน้าสำนักปลัด', signer: { name: 'สมชาย ใจดี', positionLines: ['หัวหน้าสำนักปลัด'] } },
        { heading: 'ความเห็นของปลัดองค์การบริหารส่วนตำบลตะโก', signer: { name: 'สมศรี ใจงาม', positionLines: ['ปลัด'] } },
        { heading: 'ความเห็นของนายกองค์การบริหารส่วนตำบลตะโก', signer: { name: 'สมปอง ใจกว้าง', positionLines: ['นายก'] } },
      ],
    },
    scores: SCORES.map((score, i) => ({
      sheetRow: i + 2,
      year: 2566,
      kind: 'indicator',
      indicator: i + 1,
      score,
      stated: score,
    })),
    analysis: SCORES.map((score, i) => ({
      sheetRow: i + 2,
      indicator: i + 1,
      tool: i < 5 ? 'IIT' : i < 8 ? 'EIT' : 'OIT',
      score,
      level: '',
      gap: score - 85,
      trend: null,
      category: '',
      assessmentIssue: 'ประเด็นการประเมินตามคู่มือการประเมิน',
      developIssue: 'ควรปรับปรุงการดำเนินงานให้ดียิ่งขึ้น\nและเผยแพร่ข้อมูลให้ครบถ้วน',
    })),
    measures: Array.from({ length: measures }, (_, i) => ({
      sheetRow: i + 2,
      id: `M${String(i + 1).padStart(3, '0')}`,
      tool: i % 3 === 0 ? 'IIT' : i % 3 === 1 ? 'EIT' : 'OIT',
      indicator: (i % 10) + 1,
      item: '',
      issue: '',
      measure: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ลำดับที่ ${i + 1}`,
      approach: '- จัดทำมาตรการ\n- จัดทำคู่มือการปฏิบัติงาน',
      steps,
      owners: 'สำนักปลัด',
      period: 'ตลอดปีงบประมาณ',
      monitoring: 'รายงานผลการดำเนินงานตามมาตรการ\n-รอบ 6 เดือน\n-รอบ 12 เดือน',
      source: 'user',
    })),
    results: Array.from({ length: measures }, (_, i) => ({
      sheetRow: i + 2,
      measureId: `M${String(i + 1).padStart(3, '0')}`,
      round: '12',
      status: 'ดำเนินการแล้ว',
      date: '10 มกราคม 2567',
      summary: '1. จัดทำคำสั่ง\n2. จัดทำแบบฟอร์ม\n3. เผยแพร่บนเว็บไซต์',
      outcome: 'หน่วยงานมีช่องทางการเข้าถึงข้อมูล',
      problems: '',
      suggestions: 'เห็นสมควรทำหนังสือแจ้งเวียนทุกเดือน',
      evidenceUrl: `https://www.tako.go.th/ita/${i + 1}`,
    })),
    indicatorProgress: SCORES.slice(0, 8).map((_, i) => ({
      sheetRow: i + 2,
      indicator: i + 1,
      guideline: '๑. แนวทางการยกระดับการประเมิน\n๒. แนวทางที่สอง',
      owners: 'สำนักปลัด',
      period: 'ตลอดปีงบประมาณ พ.ศ. 2567',
      status: 'ดำเนินการแล้ว',
      progress: '- ดำเนินการตามแนวทาง',
    })),
    oit: items.map((item, i) => ({
      sheetRow: i + 2,
      code: item.code,
      name: item.nameTh ?? '',
      subIndicator: item.subIndicator ?? '',
      subGroup: item.subGroup ?? '',
      requirement: fillYearSlots(item.requirementTh ?? '', item.periodRule, 2567),
      owners: 'สำนักปลัด',
      status: 'ดำเนินการแล้ว',
      published: true,
      progress: '- เปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงานครบตามองค์ประกอบ',
      evidenceUrl: `https://www.tako.go.th/ita/${item.code}`,
    })),
    lists: { units: [], statuses: [], rounds: [], tools: [], agencyTypes: [] },
    exportLog: [],
  };
}

const FULL_BUNDLE: ExportInput = {
  reports: ['analysis', 'measures', 'results', 'progress', 'oit'],
  round: '12',
  layout: 'annual',
  digits: 'thai',
  landscape: true,
  memo: true,
  cover: true,
};

function renderOnce(
  workbook: WorkbookData,
  withDocs: boolean,
): { documentApp: number; docs: number; tables: number; figures: CallFigures } {
  const env = createFakeEnvironment();
  const built = buildReportDocument(workbook, FULL_BUNDLE, new Date());
  if (!built.ok) throw new Error(built.error.message_en);
  const docs: DocsApi = {
    get: (id) => env.Docs.Documents.get(id) as ReturnType<DocsApi['get']>,
    batchUpdate: (requests, id) => env.Docs.Documents.batchUpdate({ requests }, id),
  };
  renderGoogleDoc(env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp, built.document, {
    docs: withDocs ? docs : null,
  });
  const docsCalls = env.counter.byPrefix('Docs.');
  return {
    documentApp: env.counter.total() - docsCalls,
    docs: docsCalls,
    tables: env.counter.get('Body.appendTable'),
    figures: figures(env),
  };
}

export function runExportBench(): ExportBenchResult {
  const workbook = largeWorkbook();
  const start = Date.now();
  const withDocs = renderOnce(workbook, true);
  const ms = Date.now() - start;
  const without = renderOnce(workbook, false);
  return {
    measures: workbook.measures.length,
    results: workbook.results.length,
    oitRows: workbook.oit.length,
    tables: withDocs.tables,
    documentAppCalls: withDocs.documentApp,
    docsApiCalls: withDocs.docs,
    documentAppCallsWithoutDocsApi: without.documentApp,
    ms,
    figures: withDocs.figures,
  };
}
