// Wraps each server function called by the sidebar: parse the input with zod, turn every failure into a
// message a person can read (Thai and English), never a stack trace.
import type * as z from 'zod/mini';
import type { RpcResult, UserMessage, Finding } from '../core/rpc/contract';

/** A failure meant for the user: thrown by server code, answered as { ok: false, error }. */
export class UserError extends Error {
  constructor(
    readonly user: UserMessage,
    readonly findings?: Finding[],
  ) {
    super(user.message_en);
    this.name = 'UserError';
  }
}

const INVALID_INPUT: UserMessage = {
  code: 'invalid-input',
  message_th: 'ข้อมูลที่ส่งมาไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง',
  message_en: 'The data sent was not valid. Please check it and try again.',
};

const UNEXPECTED: UserMessage = {
  code: 'unexpected',
  message_th: 'เกิดข้อผิดพลาดที่ไม่คาดคิด การทำงานครั้งนี้ไม่เสร็จสมบูรณ์ กรุณาลองอีกครั้ง (สิ่งที่พิมพ์ไว้ในชีตยังอยู่ครบ)',
  message_en:
    'Something unexpected went wrong and this action did not finish. Please try again (what you typed in the sheet is still there).',
};

/** Logs for the developer (Stackdriver in Apps Script); the user gets a curated message. */
function logError(name: string, err: unknown): void {
  if (typeof console !== 'undefined') console.error(`[${name}]`, err instanceof Error ? err.stack || err.message : err);
}

export function toRpcError(name: string, err: unknown): RpcResult<never> {
  if (err instanceof UserError) {
    return { ok: false, error: { ...err.user, ...(err.findings ? { findings: err.findings } : {}) } };
  }
  logError(name, err);
  return { ok: false, error: UNEXPECTED };
}

/** A server function with a validated input. */
export function rpc<S extends z.ZodMiniType, T>(name: string, schema: S, handler: (input: z.infer<S>) => T) {
  return (raw: unknown): RpcResult<T> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`)
        .join('; ');
      return { ok: false, error: { ...INVALID_INPUT, message_en: `${INVALID_INPUT.message_en} (${detail})` } };
    }
    try {
      return { ok: true, data: handler(parsed.data) };
    } catch (err) {
      return toRpcError(name, err);
    }
  };
}

/** A server function without input. */
export function rpc0<T>(name: string, handler: () => T) {
  return (): RpcResult<T> => {
    try {
      return { ok: true, data: handler() };
    } catch (err) {
      return toRpcError(name, err);
    }
  };
}

/**
 * A menu handler: Apps Script would show a thrown error as a raw dialog, so failures become an alert
 * with the curated Thai and English message instead.
 */
export function menuAction(name: string, handler: () => void): () => void {
  return () => {
    try {
      handler();
    } catch (err) {
      const result = toRpcError(name, err);
      if (result.ok) return;
      const { message_th, message_en } = result.error;
      const ui = SpreadsheetApp.getUi();
      ui.alert('ITA Report Kit', `${message_th}\n\n${message_en}`, ui.ButtonSet.OK);
    }
  };
}
