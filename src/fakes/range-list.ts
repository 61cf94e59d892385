import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import type { FakeRange } from './range';

export const RANGE_LIST_METHODS = [
  'getRanges',
  'setBackground',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.RangeList)[];

/** Sheet.getRangeList(a1Notations): many ranges of one sheet for the price of one call. */
export class FakeRangeList
  extends FakeObject
  implements Pick<GoogleAppsScript.Spreadsheet.RangeList, (typeof RANGE_LIST_METHODS)[number]>
{
  constructor(
    ctx: FakeContext,
    private readonly ranges: readonly FakeRange[],
  ) {
    super(ctx);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.ranges.map((r) => asGas(r));
  }

  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.RangeList {
    for (const r of this.ranges) r.setBackground(color);
    return asGas(this);
  }
}
instrument(FakeRangeList, 'RangeList', RANGE_LIST_METHODS);
