import { FakeBlob, fromBytes, toSignedBytes } from './blob';
import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { formatDatePattern } from './format-date';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;

export const UTILITIES_METHODS = [
  'base64Decode',
  'base64Encode',
  'formatDate',
  'getUuid',
  'newBlob',
  'sleep',
] as const satisfies readonly (keyof GasUtilities)[];

export class FakeUtilities extends FakeObject implements Pick<GasUtilities, (typeof UTILITIES_METHODS)[number]> {
  /** Total milliseconds the code under test asked to sleep (the fake returns at once). */
  sleptMillis = 0;

  constructor(
    ctx: FakeContext,
    private readonly uuid: () => string,
  ) {
    super(ctx);
  }

  base64Decode(encoded: string): number[] {
    return toSignedBytes(Uint8Array.from(Buffer.from(encoded, 'base64')));
  }

  base64Encode(data: string | number[]): string {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : fromBytes(data);
    return Buffer.from(bytes).toString('base64');
  }

  /** Java SimpleDateFormat patterns in any time zone (see format-date.ts for the supported letters). */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const d = date as unknown as Date;
    if (Object.prototype.toString.call(d) !== '[object Date]' || Number.isNaN(d.getTime())) {
      this.ctx.fail("The parameters don't match the method signature for Utilities.formatDate.");
    }
    try {
      return formatDatePattern(d, timeZone, format);
    } catch (error) {
      return this.ctx.fail((error as Error).message);
    }
  }

  getUuid(): string {
    return this.uuid();
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : fromBytes(data);
    return asGas(new FakeBlob(this.ctx, bytes, contentType ?? null, name ?? null));
  }

  sleep(milliseconds: number): void {
    this.sleptMillis += milliseconds;
  }
}
instrument(FakeUtilities, 'Utilities', UTILITIES_METHODS);
