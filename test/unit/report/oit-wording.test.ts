// The OIT checklist prints the NACC's องค์ประกอบด้านข้อมูล as the ITA 2566 seeds copy it ([000]/[003]), with
// the year clause regenerated from the reported fiscal year. Failed before: the catalogue held paraphrases.
import { buildReportDocument, type Table } from '../../../src/core/report';
import { prefillRows } from '../../../src/core/tabs/prefill';
import type { WorkbookData } from '../../../src/core/workbook/types';
import { ALL_REPORTS, NOW, seedWorkbook } from './seed-workbook';

/** The seed workbook with its OIT tab as set-up pre-fills it for the given fiscal year. */
function prefilledWorkbook(fiscalYear: number, digits: 'thai' | 'arabic'): WorkbookData {
  const wb = seedWorkbook();
  Object.assign(wb.settings as object, { fiscalYear, itaYear: fiscalYear, frameworkYear: 2566 });
  wb.oit = prefillRows('oit', { fiscalYear, frameworkYear: 2566, digits }).map((r, i) => ({
    sheetRow: i + 2,
    code: r.cells.code ?? '',
    name: r.cells.name ?? '',
    subIndicator: r.cells.subIndicator ?? '',
    subGroup: r.cells.subGroup ?? '',
    requirement: r.cells.requirement ?? '',
    owners: r.cells.owners ?? '',
    status: 'ดำเนินการแล้ว',
    published: true,
    progress: '- เปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงานครบตามองค์ประกอบ',
    evidenceUrl: '',
  }));
  return wb;
}

/** The องค์ประกอบด้านข้อมูล lines the OIT report prints for an item, keyed by its printed code. */
function requirementLines(wb: WorkbookData, digits: 'thai' | 'arabic', code: string): string[] {
  const built = buildReportDocument(wb, { ...ALL_REPORTS, reports: ['oit'], digits }, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  const table = built.document.sections.find((s) => s.id === 'oit')?.blocks.find((b): b is Table => b.kind === 'table');
  const row = table?.rows.find((r) => r.cells.length > 1 && r.cells[0]?.lines[0] === code);
  return row?.cells[2]?.lines ?? [];
}

describe('OIT checklist wording of ITA 2566', () => {
  const wb = prefilledWorkbook(2566, 'thai');

  it('O1 prints [000] line for line', () => {
    expect(requirementLines(wb, 'thai', 'O๑')).toEqual([
      '- แสดงแผนผังแสดงโครงสร้างการแบ่งส่วนราชการของหน่วยงาน',
      '- แสดงตำแหน่งสำคัญและการแบ่งส่วนงานภายใน ยกตัวอย่างเช่น สำนัก กอง ส่วน กลุ่ม เป็นต้น',
    ]);
  });

  it('O10 keeps the NACC\'s own period ("ปีงบประมาณปัจจุบัน") and gets no second year clause', () => {
    expect(requirementLines(wb, 'thai', 'O๑๐')).toEqual([
      '- แสดงนโยบายคุ้มครองข้อมูลส่วนบุคคลของหน่วยงาน',
      '- ประกาศนโยบาย PDPA บนหน้าเว็บไซต์หลัก',
      '- เป็นนโยบายที่ประกาศใช้ในปีงบประมาณปัจจุบัน',
    ]);
  });

  it('O36 prints [000] with its own year clause for the reported year', () => {
    expect(requirementLines(wb, 'thai', 'O๓๖')).toEqual([
      '- แสดงแผนปฏิบัติการที่มีวัตถุประสงค์เพื่อป้องกันการทุจริตหรือพัฒนาด้านคุณธรรมและความโปร่งใสของหน่วยงาน',
      '- มีข้อมูลรายละเอียดของแผนฯ อย่างน้อยประกอบด้วย โครงการ/กิจกรรม งบประมาณ และช่วงเวลาดำเนินการ',
      '- เป็นแผนที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ.\u00A0๒๕๖๖',
    ]);
  });

  it("O12 and O13 follow the year of their rule (first half of Y, report on Y−1) in the seeds' words", () => {
    expect(requirementLines(wb, 'thai', 'O๑๒').at(-1)).toBe(
      '- ข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรก (๑ ต.ค. ๖๕ - ๓๑ มี.ค. ๖๖)',
    );
    expect(requirementLines(wb, 'thai', 'O๑๓').at(-1)).toBe('- เป็นรายงานผลของปีงบประมาณ พ.ศ.\u00A0๒๕๖๕');
  });

  it('another fiscal year and Arabic digits change the year and the digits, not the words', () => {
    const later = prefilledWorkbook(2567, 'arabic');
    expect(requirementLines(later, 'arabic', 'O12').at(-1)).toBe(
      '- ข้อมูลครอบคลุมในระยะเวลา 6 เดือนแรก (1 ต.ค. 66 - 31 มี.ค. 67)',
    );
    expect(requirementLines(later, 'arabic', 'O36').at(-1)).toBe('- เป็นแผนที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ.\u00A02567');
    expect(requirementLines(later, 'arabic', 'O35')).toEqual([
      '- เป็นกิจกรรมหรือการดำเนินการที่สอดคล้องกับมาตรการหรือการดำเนินการ เพื่อบริหารจัดการความเสี่ยงตามข้อ O34',
      '- เป็นการดำเนินการในปี พ.ศ.\u00A02567',
    ]);
  });

  it('no prefilled requirement of any ITA year keeps an unfilled year slot', () => {
    for (const frameworkYear of [2565, 2566, 2567, 2568, 2569]) {
      for (const r of prefillRows('oit', { fiscalYear: 2570, frameworkYear, digits: 'thai' }))
        expect(r.cells.requirement).not.toMatch(/\{[^}]*\}/);
    }
  });
});
