import { FakeBlob } from '../blob';
import type { FakeContext } from '../fake-context';
import type { InlineNode } from './doc-model';

/** Pixel size from a PNG or JPEG header; 100 × 100 when the bytes are neither. */
function pictureSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) break;
      const marker = bytes[i + 1]!;
      const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
      if (marker >= 0xc0 && marker <= 0xc3) {
        return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
      }
      i += 2 + length;
    }
  }
  return { width: 100, height: 100 };
}

/** The stored image of a blob (or anything with getBlob(), like a chart). */
export function imageFromBlob(ctx: FakeContext, source: unknown): NonNullable<InlineNode['image']> {
  const blob = source instanceof FakeBlob ? source : (source as { getBlob?: () => unknown })?.getBlob?.();
  if (!(blob instanceof FakeBlob)) ctx.fail('Invalid argument: image (a Blob or BlobSource is required)');
  return {
    contentType: blob.contentType,
    name: blob.name,
    byteLength: blob.data.length,
    ...pictureSize(blob.data),
    altTitle: '',
  };
}
