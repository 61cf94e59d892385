/*
 * Look-ups into one line that stay cheap however long the line is: a pasted paragraph can be 200,000
 * characters, and a look-up that rescans the line for every number makes parsing quadratic (issue 9 §4).
 */

/** The tab-separated cells of one line; positions are mapped to their cell by binary search. */
export class Cells {
  private readonly tabs: number[] = [];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) this.tabs.push(i);
  }

  /** Number of cells (tabs + 1). */
  get count(): number {
    return this.tabs.length + 1;
  }

  /** 0-based index of the cell holding position `pos` (a tab belongs to the cell it ends). */
  indexOf(pos: number): number {
    let lo = 0;
    let hi = this.tabs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tabs[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position of the cell holding `pos`. */
  startOf(pos: number): number {
    const k = this.indexOf(pos);
    return k === 0 ? 0 : (this.tabs[k - 1] as number) + 1;
  }

  /** Position just after the cell holding `pos` (its tab, or the end of the line). */
  endOf(pos: number): number {
    return this.tabs[this.indexOf(pos)] ?? this.text.length;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** True when text[from, to) is only whitespace; scans back from `to`, so it costs the length of the blank run. */
export function blankBetween(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  return i < from;
}

/** Length of text[from, to) without leading and trailing whitespace. */
export function trimmedLength(text: string, from: number, to: number): number {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return b - a;
}
