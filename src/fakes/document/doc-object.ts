import { FakeContext, FakeObject, instrument } from '../fake-context';
import type { DocumentModel } from './doc-model';

/** Base of the DocumentApp fakes: each view knows its document (to refuse edits after saveAndClose). */
export abstract class FakeDocObject extends FakeObject {
  constructor(
    ctx: FakeContext,
    /** The document this element belongs to. */
    readonly doc: DocumentModel,
  ) {
    super(ctx);
  }
}

const MUTATING = /^(set|append|insert|remove|clear|merge|delete|add)/;

/** instrument() plus Apps Script's refusal to edit a document after saveAndClose(). */
export function instrumentDoc<C extends abstract new (...args: never[]) => FakeDocObject>(
  cls: C,
  className: string,
  methods: readonly string[],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const method of methods) {
    const original = proto[method];
    if (typeof original !== 'function' || !MUTATING.test(method)) continue;
    proto[method] = function (this: FakeDocObject, ...args: unknown[]): unknown {
      if (this.doc.closed) {
        (this as unknown as { ctx: FakeContext }).ctx.fail('Document is closed, its contents cannot be updated.');
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  instrument(cls, className, methods);
}
