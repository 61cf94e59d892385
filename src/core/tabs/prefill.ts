// Rows that come from data: the OIT items of the framework year and indicators 1–8 with their standard
// guideline text. Scaffold appends the ones a tab lacks (matched by key) and never touches existing rows.
import {
  fillYearSlots,
  hasYearSlot,
  normalizeOitCode,
  resolveFramework,
  type Framework,
  type PeriodRule,
} from '../framework';
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

// The "first six months" clause; the ๖ follows the digit setting like the year does.
const SIX = '๖';
const FIRST_HALF = `มีข้อมูลครอบคลุมระยะเวลา ${SIX} เดือนแรกของปี พ.ศ.`;

// Year clause of a catalogue requirement, regenerated from the reported fiscal year Y (reference §g.11).
function periodClause(rule: PeriodRule, y: number, digits: Digits): string {
  const yy = (n: number) => withDigits(String(n), digits);
  switch (rule) {
    case 'current-fy':
      return `เป็นข้อมูลในปี พ.ศ. ${yy(y)}`;
    case 'current-fy-action':
      return `เป็นการดำเนินการในปี พ.ศ. ${yy(y)}`;
    case 'previous-fy':
      return `เป็นรายงานผลของปี พ.ศ. ${yy(y - 1)}`;
    case 'analysed-year':
      return `เป็นการวิเคราะห์ผลการประเมินในปี พ.ศ. ${yy(y - 1)}`;
    case 'first-half':
      return `${withDigits(FIRST_HALF, digits)} ${yy(y)}`;
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
    // A requirement in the NACC's words states its year itself ("{ปี}"); others get the rule's clause.
    const text = item.requirementTh ?? '';
    const own = hasYearSlot(text);
    const body = own ? withDigits(fillYearSlots(text, item.periodRule, source.fiscalYear), source.digits) : text;
    const clause = own ? '' : periodClause(item.periodRule, source.fiscalYear, source.digits);
    const requirement = [body ? `- ${body}` : '', clause ? `- ${clause}` : ''].filter(Boolean).join('\n');
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

const WHOLE_FISCAL_YEAR = 'ตลอดปีงบประมาณ';

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
        // Year-free: the row stays right when the reported fiscal year changes (the year is in the report).
        period: WHOLE_FISCAL_YEAR,
      },
    };
  });
}

/** Cells of pre-filled rows that follow the settings (year, digits, agency name), per tab. */
const FOLLOWS_SETTINGS: Partial<Record<TabId, readonly string[]>> = {
  oit: ['requirement'],
  indicatorProgress: ['indicator', 'guideline', 'period'],
};

/**
 * Whether a tab has pre-filled rows (cells that follow the settings): only such a tab needs the settings to be
 * set up, so set-up of any other tab alone does not read the ตั้งค่า tab.
 */
export function hasPrefill(tab: TabId): boolean {
  return FOLLOWS_SETTINGS[tab] !== undefined;
}

/**
 * What earlier versions wrote in a row's cells: a year in the now year-free period ("ตลอดปีงบประมาณ พ.ศ. ๒๕๗๐"),
 * and a Thai-digit "๖ เดือนแรก" in requirements whose year was in Arabic digits.
 */
function legacyCells(tab: TabId, cells: Record<string, string>, year: number, digits: Digits): Record<string, string> {
  if (tab === 'indicatorProgress') return { period: `${WHOLE_FISCAL_YEAR} พ.ศ. ${withDigits(String(year), digits)}` };
  if (tab === 'oit' && digits === 'arabic') {
    const requirement = cells.requirement ?? '';
    const now = withDigits(FIRST_HALF, digits);
    if (requirement.includes(now)) return { requirement: requirement.replace(now, FIRST_HALF) };
  }
  return {};
}

/** A cell of an existing pre-filled row, as read from the sheet. */
export interface PrefilledCell {
  /** Index of the row in the caller's list. */
  index: number;
  field: string;
  value: string;
}

/**
 * Cells the add-on wrote that no longer fit the settings, with the text it writes now: a cell is replaced
 * only when it is exactly what the add-on would have written for some fiscal year (the years found in the
 * tab, and the year after each for "previous year" clauses), either digit style and either agency name.
 * A cell the user changed in any other way, or emptied, is never in the list.
 */
export function stalePrefillCells(
  tab: TabId,
  source: PrefillSource,
  rows: readonly { key: string | null; cells: Record<string, string> }[],
): PrefilledCell[] {
  const fields = FOLLOWS_SETTINGS[tab];
  if (!fields) return [];
  const wanted = new Map(prefillRows(tab, source).map((r) => [r.key, r.cells]));
  const years = new Set<number>([source.fiscalYear]);
  for (const row of rows) {
    for (const f of fields) {
      for (const m of toArabicDigits(row.cells[f] ?? '').matchAll(/(?<![0-9])25[0-9]{2}(?![0-9])/g)) {
        years.add(Number(m[0]));
        years.add(Number(m[0]) + 1);
      }
    }
  }
  // key -> field -> every text the add-on could have written there.
  const written = new Map<string, Map<string, Set<string>>>();
  const remember = (key: string, field: string, text: string) => {
    const byField = written.get(key) ?? new Map<string, Set<string>>();
    const texts = byField.get(field) ?? new Set<string>();
    texts.add(text);
    byField.set(field, texts);
    written.set(key, byField);
  };
  for (const fiscalYear of years) {
    for (const digits of ['thai', 'arabic'] as const) {
      for (const agencyName of new Set(['', source.agencyName ?? ''])) {
        const variant = { ...source, fiscalYear, digits, agencyName };
        for (const row of prefillRows(tab, variant)) {
          for (const f of fields) remember(row.key, f, row.cells[f] ?? '');
          for (const [f, text] of Object.entries(legacyCells(tab, row.cells, fiscalYear, digits)))
            remember(row.key, f, text);
        }
      }
    }
  }
  const out: PrefilledCell[] = [];
  rows.forEach((row, index) => {
    const want = row.key === null ? undefined : wanted.get(row.key);
    if (!want || row.key === null) return;
    for (const f of fields) {
      const now = row.cells[f] ?? '';
      const value = want[f] ?? '';
      if (now === '' || now === value) continue;
      if (written.get(row.key)?.get(f)?.has(now)) out.push({ index, field: f, value });
    }
  });
  return out;
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
