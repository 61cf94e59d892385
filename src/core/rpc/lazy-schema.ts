// zod schemas built the first time they are used, not when dist/Code.js loads: building them (and the zod
// code that builds them) was most of the bundle's load time, and an Apps Script execution parses one input
// at most — a menu click or a trigger parses none.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

let messagesLoaded = false;

/**
 * zod/mini carries no message texts by default: the English ones the input errors quote are loaded (only
 * this locale, not the whole z.locales table) before the first schema is built.
 */
function loadEnglishMessages(): void {
  if (messagesLoaded) return;
  messagesLoaded = true;
  z.config(en());
}

/**
 * The schema `build` returns, built on the first read of any of its members (safeParse, _zod, …). The value
 * stands for the schema itself, so callers, z.infer and composition with other schemas read it unchanged.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const built = (): T => {
    if (schema === undefined) {
      loadEnglishMessages();
      schema = build();
    }
    return schema;
  };
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(built(), key),
    has: (_target, key) => Reflect.has(built(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
}
