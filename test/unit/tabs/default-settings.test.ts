// One source of defaults: the sidebar's empty form (SidebarState.defaults) and a ตั้งค่า tab the server
// creates before anything is saved hold the same fiscal year, framework year and round.
import { FRAMEWORK_YEARS } from '../../../src/core/framework';
import { defaultChainHeadings } from '../../../src/core/tabs';
import {
  bestFrameworkYear,
  defaultRound,
  defaultSettings,
  nameChainHeadings,
  readSettings,
} from '../../../src/core/workbook';
import { validateWorkbook } from '../../../src/core/validation';
import { workbookFromGrids } from '../../../src/core/workbook';
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { readWorkbookGrids, type Spreadsheet } from '../../../src/gas/sheets';

const on = (y: number, m: number, d: number) =>
  defaultSettings(new Date(y, m - 1, d), { frameworkYears: FRAMEWORK_YEARS });

describe('defaults from the date', () => {
  test('the fiscal year turns on 1 October; the ITA year is the one before', () => {
    const sept = on(2025, 9, 30); // 30 ก.ย. 2568
    expect([sept.fiscalYear, sept.itaYear]).toEqual([2568, 2567]);
    const oct = on(2025, 10, 1); // 1 ต.ค. 2568 = FY 2569
    expect([oct.fiscalYear, oct.itaYear]).toEqual([2569, 2568]);
  });

  test('the round follows the month: ต.ค.–มี.ค. six months, เม.ย.–ก.ย. twelve', () => {
    expect(defaultRound(new Date(2025, 9, 1))).toBe('6');
    expect(defaultRound(new Date(2026, 2, 31))).toBe('6');
    expect(defaultRound(new Date(2026, 3, 1))).toBe('12');
    expect(defaultRound(new Date(2025, 8, 30))).toBe('12');
    expect(on(2025, 9, 30).round).toBe('12');
    expect(on(2025, 10, 1).round).toBe('6');
  });

  test('the framework is the ITA year when known, else the latest known year not after it', () => {
    const latest = Math.max(...FRAMEWORK_YEARS);
    expect(on(2025, 10, 1).frameworkYear).toBe(2568);
    // FY latest+2 analyses ITA latest+1, which has no criteria yet: the latest known year is used.
    const ce = latest + 1 - 543;
    expect(on(ce, 10, 1).itaYear).toBe(latest + 1);
    expect(on(ce, 10, 1).frameworkYear).toBe(latest);
    expect(bestFrameworkYear([2565, 2566], 2560)).toBe(2565);
    expect(bestFrameworkYear([], 2566)).toBeNull();
  });

  test('target 85, Thai digits, the อบต. comment chain of §d.7', () => {
    const s = on(2025, 10, 1);
    expect(s.target).toBe(85);
    expect(s.digits).toBe('thai');
    expect(s.chain.map((c) => c.heading)).toEqual([
      'ความเห็นของหัวหน้าสำนักปลัด',
      'ความเห็นของรองปลัดองค์การบริหารส่วนตำบล',
      'ความเห็นของปลัดองค์การบริหารส่วนตำบล',
      'ความเห็นของนายกองค์การบริหารส่วนตำบล',
    ]);
  });

  test('a เทศบาล gets ปลัดเทศบาล and นายกเทศมนตรี headings with its own name', () => {
    expect(defaultChainHeadings('เทศบาลตำบลบ้านนา', 'เทศบาลตำบล')).toEqual([
      'ความเห็นของหัวหน้าสำนักปลัดเทศบาล',
      'ความเห็นของรองปลัดเทศบาลตำบลบ้านนา',
      'ความเห็นของปลัดเทศบาลตำบลบ้านนา',
      'ความเห็นของนายกเทศมนตรีตำบลบ้านนา',
    ]);
    expect(defaultChainHeadings('', 'เทศบาลเมือง')[3]).toBe('ความเห็นของนายกเทศมนตรี');
    expect(defaultChainHeadings('องค์การบริหารส่วนตำบลห้วยแก้ว', 'องค์การบริหารส่วนตำบล')[2]).toBe(
      'ความเห็นของปลัดองค์การบริหารส่วนตำบลห้วยแก้ว',
    );
  });

  test('generic default headings get the agency name on saving; headings the user wrote stay', () => {
    const blank = { name: '', positionLines: [] };
    const chain = [
      ...defaultChainHeadings('', 'องค์การบริหารส่วนตำบล').map((heading) => ({ heading, signer: blank })),
      { heading: 'ความเห็นของผู้อำนวยการกองช่าง', signer: blank },
    ];
    const named = nameChainHeadings(chain, 'เทศบาลตำบลบ้านนา', 'เทศบาลตำบล').map((c) => c.heading);
    expect(named).toEqual([...defaultChainHeadings('เทศบาลตำบลบ้านนา', 'เทศบาลตำบล'), 'ความเห็นของผู้อำนวยการกองช่าง']);
  });
});

describe('the sidebar and the server start from the same defaults', () => {
  let env: FakeEnvironment;
  beforeEach(() => {
    env = createFakeEnvironment();
    installGlobals(globalThis, env);
  });
  afterEach(() => jest.useRealTimers());

  const ss = () => env.spreadsheet as unknown as Spreadsheet;

  test.each([
    ['October (6-month round)', new Date(2026, 9, 15)],
    ['May (12-month round)', new Date(2026, 4, 15)],
  ])('set up tabs before saving writes what the form showed: %s', (_label, today) => {
    jest.useFakeTimers({ now: today, doNotFake: ['setTimeout', 'setInterval', 'setImmediate', 'nextTick'] });
    const shown = api.getSidebarState();
    expect(shown.settings).toBeNull();
    api.scaffoldTabs();
    const state = api.getSidebarState();
    const written = state.settings;
    expect(written).not.toBeNull();
    const pick = (s: typeof written) =>
      s && {
        fiscalYear: s.fiscalYear,
        itaYear: s.itaYear,
        frameworkYear: s.frameworkYear,
        round: s.round,
        target: s.target,
        digits: s.digits,
        chain: s.chain.map((c) => c.heading),
      };
    expect(pick(written)).toEqual(pick(shown.defaults));
    expect(shown.defaults.round).toBe(today.getMonth() >= 9 || today.getMonth() <= 2 ? '6' : '12');
    // The framework year written is one the add-on has: no "No ITA criteria for …" warning.
    const findings = validateWorkbook(workbookFromGrids(readWorkbookGrids(ss())));
    expect(findings.filter((f) => f.code === 'settings-framework-year')).toEqual([]);
    expect(readSettings(readWorkbookGrids(ss()).settings ?? null).settings?.frameworkYear).toBe(
      shown.defaults.frameworkYear,
    );
  });
});
