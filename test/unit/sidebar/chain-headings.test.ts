// While the agency name is typed, comment headings still at their default name the agency; edited ones stay.
import { followAgency, type Agency } from '../../../sidebar/src/chain-headings';
import { defaultChainHeadings } from '../../../src/core/tabs/settings-tab';

const ABT = 'องค์การบริหารส่วนตำบล';
const NAME = 'องค์การบริหารส่วนตำบลห้วยแก้ว';

/** Types `name` one character at a time, as the input event sees it. */
function typeName(headings: string[], name: string, agencyType: string, from = ''): string[] {
  let before: Agency = { agencyName: from, agencyType };
  let out = headings;
  for (let i = from.length + 1; i <= name.length; i++) {
    const after = { agencyName: name.slice(0, i), agencyType };
    out = followAgency(out, before, after);
    before = after;
  }
  return out;
}

describe('followAgency', () => {
  test('typing the name into a new form names every default heading', () => {
    const headings = typeName(defaultChainHeadings('', ABT), NAME, ABT);
    expect(headings).toEqual([
      'ความเห็นของหัวหน้าสำนักปลัด',
      `ความเห็นของรองปลัด${NAME}`,
      `ความเห็นของปลัด${NAME}`,
      `ความเห็นของนายก${NAME}`,
    ]);
  });

  test('a heading the user wrote is kept while the name is typed', () => {
    const mine = 'ความเห็นของผู้อำนวยการกองคลัง';
    const start = defaultChainHeadings('', ABT);
    start[1] = mine;
    const headings = typeName(start, NAME, ABT);
    expect(headings[1]).toBe(mine);
    expect(headings[2]).toBe(`ความเห็นของปลัด${NAME}`);
  });

  test('correcting a saved name renames its headings; emptying it goes back to the generic headings', () => {
    const saved = defaultChainHeadings('องค์การบริหารส่วนตำบลห้วยแก', ABT);
    const fixed = followAgency(
      saved,
      { agencyName: 'องค์การบริหารส่วนตำบลห้วยแก', agencyType: ABT },
      {
        agencyName: NAME,
        agencyType: ABT,
      },
    );
    expect(fixed).toEqual(defaultChainHeadings(NAME, ABT));
    expect(followAgency(fixed, { agencyName: NAME, agencyType: ABT }, { agencyName: '', agencyType: ABT })).toEqual(
      defaultChainHeadings('', ABT),
    );
  });

  test('a เทศบาล gets its own titles when the type changes', () => {
    const name = 'เทศบาลตำบลบ้านนา';
    const typed = typeName(defaultChainHeadings('', ABT), name, ABT);
    const headings = followAgency(
      typed,
      { agencyName: name, agencyType: ABT },
      { agencyName: name, agencyType: 'เทศบาลตำบล' },
    );
    expect(headings).toEqual([
      'ความเห็นของหัวหน้าสำนักปลัดเทศบาล',
      'ความเห็นของรองปลัดเทศบาลตำบลบ้านนา',
      'ความเห็นของปลัดเทศบาลตำบลบ้านนา',
      'ความเห็นของนายกเทศมนตรีตำบลบ้านนา',
    ]);
  });
});
