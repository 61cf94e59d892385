import { FakeContext, FakeObject, asGas, instrument } from './fake-context';

type GasBlob = GoogleAppsScript.Base.Blob;

export const BLOB_METHODS = [
  'copyBlob',
  'getBlob',
  'getBytes',
  'getContentType',
  'getDataAsString',
  'getName',
  'isGoogleType',
  'setBytes',
  'setContentType',
  'setDataFromString',
  'setName',
] as const satisfies readonly (keyof GasBlob)[];

/** Apps Script bytes are Java bytes: signed, -128..127. */
export function toSignedBytes(data: Uint8Array): number[] {
  return Array.from(data, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytes(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 0xff);
}

/** Binary data with a content type and name (images for documents, .docx downloads). */
export class FakeBlob extends FakeObject implements Pick<GasBlob, (typeof BLOB_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    /** The raw bytes. */
    public data: Uint8Array,
    public contentType: string | null,
    public name: string | null,
  ) {
    super(ctx);
  }

  copyBlob(): GasBlob {
    return asGas(new FakeBlob(this.ctx, this.data.slice(), this.contentType, this.name));
  }

  getBlob(): GasBlob {
    return asGas(this);
  }

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(): string {
    return new TextDecoder().decode(this.data);
  }

  getName(): string | null {
    return this.name;
  }

  isGoogleType(): boolean {
    return false;
  }

  setBytes(data: number[]): GasBlob {
    this.data = fromBytes(data);
    return asGas(this);
  }

  setContentType(contentType: string | null): GasBlob {
    this.contentType = contentType;
    return asGas(this);
  }

  setDataFromString(text: string): GasBlob {
    this.data = new TextEncoder().encode(text);
    return asGas(this);
  }

  setName(name: string): GasBlob {
    this.name = name;
    return asGas(this);
  }
}
instrument(FakeBlob, 'Blob', BLOB_METHODS);
