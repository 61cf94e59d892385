/** Digit style of generated text: Thai (๐–๙) as in most อบต. documents, or Arabic (0–9). */
export type Digits = 'thai' | 'arabic';

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits ๐–๙ with ASCII 0–9. Every other character (and the string length) is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + 48));
}

/** Replaces ASCII 0–9 with Thai digits ๐–๙. Every other character (and the string length) is kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + THAI_ZERO));
}

/** Writes the digits of `text` in the chosen style (input may mix both styles). */
export function withDigits(text: string, digits: Digits): string {
  return digits === 'thai' ? toThaiDigits(text) : toArabicDigits(text);
}
