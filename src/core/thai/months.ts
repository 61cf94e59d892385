/** Thai months (reference §f.3). */
export interface ThaiMonth {
  /** Calendar month number, 1 = มกราคม … 12 = ธันวาคม. */
  readonly month: number;
  /** Position in the fiscal year, 1 = ตุลาคม … 12 = กันยายน. */
  readonly fiscalIndex: number;
  readonly abbrev: string;
  readonly full: string;
  readonly nameEn: string;
}

/** The twelve months in fiscal-year order (ต.ค. first). */
export const THAI_MONTHS_FISCAL_ORDER: readonly ThaiMonth[] = [
  { month: 10, fiscalIndex: 1, abbrev: 'ต.ค.', full: 'ตุลาคม', nameEn: 'October' },
  { month: 11, fiscalIndex: 2, abbrev: 'พ.ย.', full: 'พฤศจิกายน', nameEn: 'November' },
  { month: 12, fiscalIndex: 3, abbrev: 'ธ.ค.', full: 'ธันวาคม', nameEn: 'December' },
  { month: 1, fiscalIndex: 4, abbrev: 'ม.ค.', full: 'มกราคม', nameEn: 'January' },
  { month: 2, fiscalIndex: 5, abbrev: 'ก.พ.', full: 'กุมภาพันธ์', nameEn: 'February' },
  { month: 3, fiscalIndex: 6, abbrev: 'มี.ค.', full: 'มีนาคม', nameEn: 'March' },
  { month: 4, fiscalIndex: 7, abbrev: 'เม.ย.', full: 'เมษายน', nameEn: 'April' },
  { month: 5, fiscalIndex: 8, abbrev: 'พ.ค.', full: 'พฤษภาคม', nameEn: 'May' },
  { month: 6, fiscalIndex: 9, abbrev: 'มิ.ย.', full: 'มิถุนายน', nameEn: 'June' },
  { month: 7, fiscalIndex: 10, abbrev: 'ก.ค.', full: 'กรกฎาคม', nameEn: 'July' },
  { month: 8, fiscalIndex: 11, abbrev: 'ส.ค.', full: 'สิงหาคม', nameEn: 'August' },
  { month: 9, fiscalIndex: 12, abbrev: 'ก.ย.', full: 'กันยายน', nameEn: 'September' },
];

/** Month data by calendar month number (1–12); undefined outside that range. */
export function thaiMonth(month: number): ThaiMonth | undefined {
  return THAI_MONTHS_FISCAL_ORDER.find((m) => m.month === month);
}

/**
 * Finds a month by its Thai name: full ("มีนาคม", "เดือนมีนาคม") or abbreviated with or without dots and
 * spaces ("มี.ค.", "มีค", "มี.ค"). Returns the calendar month number or null.
 */
export function parseThaiMonth(text: string): number | null {
  const t = text.replace(/\s+/g, '').replace(/^เดือน/, '');
  if (t === '') return null;
  for (const m of THAI_MONTHS_FISCAL_ORDER) {
    if (t === m.full) return m.month;
  }
  const bare = t.replace(/\./g, '');
  for (const m of THAI_MONTHS_FISCAL_ORDER) {
    if (bare === m.abbrev.replace(/\./g, '')) return m.month;
  }
  return null;
}
