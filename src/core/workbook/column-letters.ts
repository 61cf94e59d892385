/** Column number (1-based) to A1 letters: 1 → A, 27 → AA. Shared by the add-on, the fakes and the playground. */
export function columnToLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
