import { normalizeThaiText, toArabicDigits } from '../thai';

// Latin O/o, ASCII zero, Thai zero (converted to ASCII first), Cyrillic О/о, full-width Ｏ/ｏ (reference §g.6).
const OIT_CODE = /^[Oo0\u041E\u043E\uFF2F\uFF4F]\s*([0-9]{1,3})$/;
// Latin E/e, Cyrillic Е/е, full-width Ｅ/ｅ followed by digits only: "E-Service" is an OIT item, not an EIT code (§g.7).
const EIT_CODE = /^[Ee\u0415\u0435\uFF25\uFF45]\s*([0-9]{1,2})$/;

/**
 * Normalises an OIT item code as typed in documents ("0๑", "๐๑๐", "O๑๔", "О42", "Ｏ43", "O042") to "O<n>"
 * with ASCII digits and no leading zeros. Returns null when the text is not an item code.
 */
export function normalizeOitCode(raw: string): string | null {
  const m = OIT_CODE.exec(toArabicDigits(normalizeThaiText(raw)).trim());
  if (!m || m[1] === undefined) return null;
  const n = Number.parseInt(m[1], 10);
  return n >= 1 ? `O${n}` : null;
}

/** Normalises an EIT item code ("E๖", "e 12") to "E<n>"; "E-Service" and other text give null. */
export function normalizeEitCode(raw: string): string | null {
  const m = EIT_CODE.exec(toArabicDigits(normalizeThaiText(raw)).trim());
  if (!m || m[1] === undefined) return null;
  const n = Number.parseInt(m[1], 10);
  return n >= 1 ? `E${n}` : null;
}
