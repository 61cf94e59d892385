// Rows that come from data: the OIT items of the framework year and indicators 1–8 with their standard
// guideline text. Scaffold appends the ones a tab lacks (matched by key) and never touches existing rows.
import { resolveFramework, normalizeOitCode, type Framework, type PeriodRule } from '../framework';
import { toArabicDigits, withDigits, type Digits } from '../thai';
import { INDICATOR_GUIDELINES, guidelineText } from '../measures';
import type { TabId } from './spec';

/** What the prefilled rows depend on (from the ตั้งค่า tab, or defaults when it is empty). */
export interface PrefillSource {
  fiscalYear: number;
  frameworkYear: number;
  digits: Digits;
  /** Agency name, for guideline texts that name the organisation. */
  agencyName?: string;
}

export interface PrefillRow {
  /** Identity used to tell whether the tab already has this row (OIT code, indicator number). */
  key: string;
  cells: Record<string, string>;
}

// Year clause of a catalogue requirement, regenerated from the reported fiscal year Y (reference §g.11).
function periodClause(rule: PeriodRule, y: number, digits: Digits): string {
  const yy = (n: number) => withDigits(String(n), digits);
  switch (rule) {
    case 'current-fy':
      return `เป็นข้อมูลในปี พ.ศ. ${yy(y)}`;
    case 'previous-fy':
      return `เป็นรายงานผลของปี พ.ศ. ${yy(y - 1)}`;
    case 'first-half':
      return `มีข้อมูลครอบคลุมระยะเวลา ๖ เดือนแรกของปี พ.ศ. ${yy(y)}`;
    case 'monthly':
      return `เป็นข้อมูลรายเดือนในปี พ.ศ. ${yy(y)}`;
    case 'in-force':
      return `มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ. ${yy(y)}`;
    default:
      return '';
  }
}

function oitRows(framework: Framework, source: PrefillSource): PrefillRow[] {
  return framework.oitItems.map((item) => {
    const clause = periodClause(item.periodRule, source.fiscalYear, source.digits);
    const requirement = [item.requirementTh ? `- ${item.requirementTh}` : '', clause ? `- ${clause}` : '']
      .filter(Boolean)
      .join('\n');
    return {
      key: item.code,
      cells: {
        code: item.code,
        subIndicator: item.subIndicator ?? '',
        subGroup: item.subGroup ?? '',
        name: item.nameTh ?? '',
        requirement,
        owners: item.defaultOwners.join(', '),
      },
    };
  });
}

function progressRows(framework: Framework, source: PrefillSource): PrefillRow[] {
  return INDICATOR_GUIDELINES.filter((g) => g.no <= 8).map((g) => {
    const def = framework.indicators.find((d) => d.no === g.no);
    const label = `ตัวชี้วัดที่ ${withDigits(String(g.no), source.digits)} ${def?.nameTh ?? ''}`.trim();
    return {
      key: String(g.no),
      cells: {
        indicator: label,
        guideline: withDigits(guidelineText(g.no, source.agencyName), source.digits),
        owners: g.defaultOwners.join(' / '),
        period: `ตลอดปีงบประมาณ พ.ศ. ${withDigits(String(source.fiscalYear), source.digits)}`,
      },
    };
  });
}

/** The framework whose OIT list pre-fills the OIT tab. */
export function oitPrefillSource(frameworkYear: number): Framework {
  return resolveFramework(frameworkYear).framework;
}

/** Data rows a tab should contain, in order; empty for tabs without pre-filled rows. */
export function prefillRows(tab: TabId, source: PrefillSource): PrefillRow[] {
  const framework = oitPrefillSource(source.frameworkYear);
  if (tab === 'oit') return oitRows(framework, source);
  if (tab === 'indicatorProgress') return progressRows(framework, source);
  return [];
}

/** The key of an existing row of a pre-filled tab (same identity as PrefillRow.key), or null. */
export function prefillKeyOf(tab: TabId, cells: Record<string, string>): string | null {
  if (tab === 'oit') return normalizeOitCode(cells.code ?? '');
  if (tab === 'indicatorProgress') {
    const m = /ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})|^\s*([0-9]{1,2})\b/.exec(toArabicDigits(cells.indicator ?? ''));
    const n = m ? (m[1] ?? m[2]) : undefined;
    return n === undefined ? null : String(Number(n));
  }
  return null;
}
