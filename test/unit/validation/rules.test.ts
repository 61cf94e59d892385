import { validateWorkbook } from '../../../src/core/validation';
import {
  MEASURES_TAB,
  OIT_TAB,
  PROGRESS_TAB,
  RESULTS_TAB,
  SETTINGS_TAB,
  ANALYSIS_TAB,
  SCORES_TAB,
  type TableTabSpec,
} from '../../../src/core/tabs';
import { workbookFromGrids, type WorkbookGrids } from '../../../src/core/workbook';
import { cleanGrids } from './fixture';

type Mutable = unknown[][];

/** The clean workbook with one change, validated; returns "tab!row:col code severity". */
function findingsAfter(change: (g: Record<string, Mutable>) => void, purpose: 'general' | 'results' = 'general') {
  const grids = cleanGrids() as Record<string, Mutable>;
  change(grids);
  return validateWorkbook(workbookFromGrids(grids as WorkbookGrids), { purpose });
}

function col(spec: TableTabSpec, key: string): number {
  return spec.columns.findIndex((c) => c.key === key);
}

function setCell(g: Record<string, Mutable>, id: string, spec: TableTabSpec, row: number, key: string, value: unknown) {
  const line = g[id]?.[row - 1];
  if (!line) throw new Error(`no row ${row}`);
  line[col(spec, key)] = value;
}

function codesAt(findings: ReturnType<typeof findingsAfter>) {
  return findings.map((f) => `${f.tab}!${f.row}:${f.column} ${f.code} ${f.severity}`);
}

const M = MEASURES_TAB.name;

describe('each rule finds its violation', () => {
  test('required cells', () => {
    const f = findingsAfter((g) => setCell(g, 'measures', MEASURES_TAB, 2, 'owners', ''));
    expect(codesAt(f)).toContain(`${M}!2:${col(MEASURES_TAB, 'owners') + 1} required error`);
    expect(f[0]?.message_th).toContain('ผู้รับผิดชอบ');
  });

  test('values from the lists (status single value: error; unknown unit: warning)', () => {
    const f = findingsAfter((g) => {
      setCell(g, 'results', RESULTS_TAB, 2, 'status', 'เสร็จแล้วจ้า');
      setCell(g, 'measures', MEASURES_TAB, 3, 'owners', 'สำนักปลัด / กองพัสดุพิเศษ');
    });
    expect(codesAt(f)).toContain(`${RESULTS_TAB.name}!2:${col(RESULTS_TAB, 'status') + 1} not-in-list error`);
    expect(codesAt(f)).toContain(`${M}!3:${col(MEASURES_TAB, 'owners') + 1} unit-not-in-list warning`);
  });

  test('measure ids unique', () => {
    const f = findingsAfter((g) => setCell(g, 'measures', MEASURES_TAB, 3, 'id', 'M01'));
    expect(codesAt(f)).toContain(`${M}!3:1 duplicate-id error`);
  });

  test('periods: outside the fiscal year, reversed, unreadable', () => {
    const f = findingsAfter((g) => {
      setCell(g, 'measures', MEASURES_TAB, 2, 'period', 'ต.ค.66-ธ.ค.67');
      setCell(g, 'measures', MEASURES_TAB, 3, 'period', 'พ.ค. ๖๖ - ม.ค. ๖๖');
      setCell(g, 'indicatorProgress', PROGRESS_TAB, 2, 'period', 'เมื่อว่าง');
    });
    const p = col(MEASURES_TAB, 'period') + 1;
    expect(codesAt(f)).toContain(`${M}!2:${p} period-outside-fy error`);
    expect(codesAt(f)).toContain(`${M}!3:${p} period-reversed error`);
    expect(codesAt(f)).toContain(`${PROGRESS_TAB.name}!2:${col(PROGRESS_TAB, 'period') + 1} period-unreadable warning`);
  });

  test('a value repeated down a column is reported on every row that holds it, in both tabs', () => {
    const f = findingsAfter((g) => {
      for (const row of [2, 3]) {
        setCell(g, 'measures', MEASURES_TAB, row, 'period', 'ต.ค.66-ธ.ค.67');
        setCell(g, 'measures', MEASURES_TAB, row, 'owners', 'กองพัสดุพิเศษ');
        setCell(g, 'results', RESULTS_TAB, row, 'status', 'เสร็จแล้วจ้า');
      }
      setCell(g, 'indicatorProgress', PROGRESS_TAB, 2, 'period', 'ต.ค.66-ธ.ค.67');
      setCell(g, 'indicatorProgress', PROGRESS_TAB, 2, 'owners', 'กองพัสดุพิเศษ');
    });
    const at = codesAt(f);
    for (const row of [2, 3]) {
      expect(at).toContain(`${M}!${row}:${col(MEASURES_TAB, 'period') + 1} period-outside-fy error`);
      expect(at).toContain(`${M}!${row}:${col(MEASURES_TAB, 'owners') + 1} unit-not-in-list warning`);
      expect(at).toContain(`${RESULTS_TAB.name}!${row}:${col(RESULTS_TAB, 'status') + 1} not-in-list error`);
    }
    const progress = PROGRESS_TAB.name;
    expect(at).toContain(`${progress}!2:${col(PROGRESS_TAB, 'period') + 1} period-outside-fy error`);
    expect(at).toContain(`${progress}!2:${col(PROGRESS_TAB, 'owners') + 1} unit-not-in-list warning`);
  });

  test('O-codes must exist in the framework year (Latin O, ASCII 0 and Thai ๐ accepted)', () => {
    const f = findingsAfter((g) => {
      setCell(g, 'oit', OIT_TAB, 2, 'code', 'O44');
      setCell(g, 'measures', MEASURES_TAB, 2, 'item', '๐๙๙');
    });
    expect(codesAt(f)).toContain(`${OIT_TAB.name}!2:1 oit-code-unknown error`);
    expect(codesAt(f)).toContain(`${M}!2:${col(MEASURES_TAB, 'item') + 1} oit-code-unknown error`);
    const ok = findingsAfter((g) => setCell(g, 'measures', MEASURES_TAB, 2, 'item', '๐๔๒'));
    expect(ok).toEqual([]);
  });

  test('every below-target indicator of the ITA year has a measure', () => {
    const f = findingsAfter((g) => setCell(g, 'measures', MEASURES_TAB, 3, 'indicator', 6));
    // indicator 7 (score 80.1, row 8 of คะแนน ITA) lost its only measure
    expect(codesAt(f)).toContain(
      `${SCORES_TAB.name}!8:${col(SCORES_TAB, 'score') + 1} weak-indicator-without-measure error`,
    );
    // analysed by hand, without คะแนน ITA rows: the วิเคราะห์ผล tab's scores (row 8 there)
    const manual = findingsAfter((g) => {
      setCell(g, 'measures', MEASURES_TAB, 3, 'indicator', 6);
      delete g.scores;
    });
    expect(codesAt(manual)).toContain(
      `${ANALYSIS_TAB.name}!8:${col(ANALYSIS_TAB, 'score') + 1} weak-indicator-without-measure error`,
    );
  });

  test('every measure has a result for the current round before a results report', () => {
    const change = (g: Record<string, Mutable>) => setCell(g, 'results', RESULTS_TAB, 3, 'round', 'รอบ ๖ เดือน');
    expect(codesAt(findingsAfter(change, 'results'))).toContain(`${M}!3:1 measure-without-result error`);
    expect(codesAt(findingsAfter(change, 'general'))).toContain(`${M}!3:1 measure-without-result warning`);
  });

  test('evidence URLs are http(s); malformed ones warned', () => {
    const f = findingsAfter((g) => {
      setCell(g, 'results', RESULTS_TAB, 2, 'evidenceUrl', 'www.huaykaewchiangmai.go.th');
      setCell(g, 'oit', OIT_TAB, 3, 'evidenceUrl', 'http://www.huaykaewchiangmai.go.th/.go.th');
    });
    expect(codesAt(f)).toContain(`${RESULTS_TAB.name}!2:${col(RESULTS_TAB, 'evidenceUrl') + 1} url-invalid error`);
    expect(codesAt(f)).toContain(`${OIT_TAB.name}!3:${col(OIT_TAB, 'evidenceUrl') + 1} url-malformed warning`);
  });

  test('stale years and five-digit years in text; law years are fine', () => {
    const f = findingsAfter((g) => {
      setCell(g, 'oit', OIT_TAB, 31, 'requirement', '- เป็นการดำเนินการในปี พ.ศ.๒๕๖๒');
      setCell(g, 'oit', OIT_TAB, 4, 'progress', '- จัดทำแผน ปี พ.ศ. ๒๕๖๕๖');
      setCell(g, 'oit', OIT_TAB, 20, 'requirement', '- ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐');
    });
    expect(codesAt(f)).toEqual([
      `${OIT_TAB.name}!4:${col(OIT_TAB, 'progress') + 1} year-digits warning`,
      `${OIT_TAB.name}!31:${col(OIT_TAB, 'requirement') + 1} stale-year warning`,
    ]);
  });

  test("another agency's name left in a cell", () => {
    const f = findingsAfter((g) => {
      setCell(g, 'indicatorProgress', PROGRESS_TAB, 7, 'progress', '- เผยแพร่ขั้นตอนผ่านเว็บไซต์องค์การบริหารส่วนตำบลบ่อยแก้ว');
      setCell(g, 'indicatorProgress', PROGRESS_TAB, 8, 'progress', '- พัฒนาเว็บไซต์เทศบาล ให้เข้าถึงง่าย');
    });
    const c = col(PROGRESS_TAB, 'progress') + 1;
    expect(codesAt(f)).toEqual([
      `${PROGRESS_TAB.name}!7:${c} other-agency warning`,
      `${PROGRESS_TAB.name}!8:${c} other-agency warning`,
    ]);
    expect(f[0]?.message_th).toContain('บ่อยแก้ว');
  });

  test('letter-spaced text, placeholders, repeated words, wrong indicator number/name pairs', () => {
    const f = findingsAfter((g) => {
      setCell(g, 'results', RESULTS_TAB, 2, 'outcome', 'สำนักปลัด แ ล ะ ก อ ง คลัง');
      setCell(g, 'results', RESULTS_TAB, 3, 'date', 'เมื่อวันที่เดือน..... พ.ศ.');
      setCell(g, 'results', RESULTS_TAB, 3, 'summary', 'จัดทำรายงานผลตามรายงานผลตาม นโยบาย');
      setCell(g, 'measures', MEASURES_TAB, 2, 'issue', 'ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน');
    });
    const codes = f.map((x) => x.code);
    expect(codes).toEqual(
      expect.arrayContaining(['letter-spaced', 'placeholder', 'repeated-word', 'indicator-name-mismatch']),
    );
  });

  test('duplicated rows and copied progress text', () => {
    const f = findingsAfter((g) => {
      const rows = g.results as Mutable;
      rows.push([...(rows[1] as unknown[])]);
      setCell(g, 'oit', OIT_TAB, 19, 'progress', (g.oit?.[15] as unknown[])[col(OIT_TAB, 'progress')]);
    });
    expect(codesAt(f)).toContain(`${RESULTS_TAB.name}!4:0 duplicate-row warning`);
    expect(codesAt(f)).toContain(`${OIT_TAB.name}!19:${col(OIT_TAB, 'progress') + 1} copied-progress warning`);
  });

  test('settings: missing tab, missing value, bad year', () => {
    expect(codesAt(findingsAfter((g) => delete g.settings))).toContain(
      `${SETTINGS_TAB.name}!0:0 settings-missing error`,
    );
    const f = findingsAfter((g) => {
      const rows = g.settings as Mutable;
      const district = rows.find((r) => r[0] === 'อำเภอ') as unknown[];
      district[1] = '';
      const fy = rows.find((r) => r[0] === 'ปีงบประมาณที่รายงาน (พ.ศ.)') as unknown[];
      fy[1] = '66';
    });
    expect(f.map((x) => x.code)).toEqual(expect.arrayContaining(['settings-required']));
    // "66" is read as the two-digit form of 2566: accepted
    expect(f.map((x) => x.code)).not.toContain('settings-year');
  });
});
