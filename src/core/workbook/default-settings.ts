// The one source of default settings: a new ตั้งค่า tab (server) and the sidebar's empty form (through
// SidebarState.defaults) both start from these, so "set up tabs" before saving gives what the form showed.
// Imports only small pure modules: the sidebar may use it without pulling in the framework data.
import { defaultChainHeadings } from '../tabs/settings-tab';
import { fiscalYearOfDate } from '../thai/years';
import type { CommentStep, Round, Settings } from './types';

/** The fiscal year (พ.ศ.) running on `today`: FY Y starts on 1 ต.ค. Y−1 (reference §f.2). */
export function defaultFiscalYear(today: Date): number {
  return fiscalYearOfDate(today);
}

/** The round being reported on `today`: ต.ค.–มี.ค. is the 6-month round, เม.ย.–ก.ย. the annual one (§f.4). */
export function defaultRound(today: Date): Round {
  const month = today.getMonth() + 1;
  return month >= 10 || month <= 3 ? '6' : '12';
}

/**
 * The framework year for an ITA year: its own when the add-on has it, else the newest known year before it
 * (the criteria that were in force); the oldest known year for years before all of them.
 */
export function bestFrameworkYear(frameworkYears: readonly number[], itaYear: number): number | null {
  if (frameworkYears.length === 0 || !Number.isInteger(itaYear)) return null;
  const known = frameworkYears.filter((y) => y <= itaYear);
  return known.length ? Math.max(...known) : Math.min(...frameworkYears);
}

export interface DefaultSettingsOptions {
  /** Years the add-on has criteria for (FRAMEWORK_YEARS on the server). */
  frameworkYears: readonly number[];
  agencyType?: string;
  agencyName?: string;
}

const blankSigner = () => ({ name: '', positionLines: [] as string[] });

/** Settings of a new workbook on `today` (measures for FY Y analyse ITA Y−1, reference §a.2). */
export function defaultSettings(today: Date, options: DefaultSettingsOptions): Settings {
  const fiscalYear = defaultFiscalYear(today);
  const itaYear = fiscalYear - 1;
  const agencyType = options.agencyType?.trim() || 'องค์การบริหารส่วนตำบล';
  const agencyName = options.agencyName?.trim() ?? '';
  return {
    agencyName,
    agencyType,
    district: '',
    province: '',
    fiscalYear,
    itaYear,
    frameworkYear: bestFrameworkYear(options.frameworkYears, itaYear) ?? itaYear,
    round: defaultRound(today),
    target: 85,
    digits: 'thai',
    preparer: blankSigner(),
    memo: { office: '', refNo: '', date: '', to: '' },
    chain: defaultChainHeadings(agencyName, agencyType).map((heading) => ({ heading, signer: blankSigner() })),
  };
}

/**
 * The chain with generic default headings ("ความเห็นของปลัดองค์การบริหารส่วนตำบล", or an อบต. heading on a
 * เทศบาล) replaced by the same step's heading for this agency. A heading the user wrote is kept as it is.
 */
export function nameChainHeadings(
  chain: readonly CommentStep[],
  agencyName: string,
  agencyType: string,
): CommentStep[] {
  const own = defaultChainHeadings(agencyName, agencyType);
  // Both generic chains: the form's default may have been made before the type was set to เทศบาล.
  const generic = [defaultChainHeadings('', 'องค์การบริหารส่วนตำบล'), defaultChainHeadings('', 'เทศบาล')];
  return chain.map((step) => {
    for (const list of generic) {
      const role = list.indexOf(step.heading.trim());
      const heading = role >= 0 ? own[role] : undefined;
      if (heading !== undefined) return { ...step, heading };
    }
    return step;
  });
}
