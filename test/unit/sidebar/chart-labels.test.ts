// The preview chart's value labels: two decimals, and never across the target line (84.99 drawn over the
// line would read as a score that meets the target), whatever the score and the target.
import fc from 'fast-check';
import { labelPlace } from '../../../sidebar/src/chart';

// The chart's plot: top 24, base 160 (HEIGHT 196 − BOTTOM 36), scores 0–100.
const TOP = 24;
const BASE = 160;
const y = (score: number) => TOP + (BASE - TOP) * (1 - score / 100);

test('a label is clear of the target line, inside the plot, and inside its bar or wholly above it', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.double({ min: 0, max: 100, noNaN: true }),
      (score, target) => {
        const barTop = y(score);
        const line = y(target);
        const place = labelPlace(barTop, BASE, line);
        expect(line < place.top - 1 || line > place.bottom + 1).toBe(true);
        expect(place.top).toBeGreaterThanOrEqual(13);
        expect(place.bottom).toBeLessThanOrEqual(BASE);
        if (place.inside) expect(place.top).toBeGreaterThanOrEqual(barTop);
        else expect(place.bottom).toBeLessThanOrEqual(barTop);
      },
    ),
    { numRuns: 2000 },
  );
});

test('84.99 against 85: the label sits inside its bar, under the line', () => {
  const place = labelPlace(y(84.99), BASE, y(85));
  expect(place.inside).toBe(true);
  expect(place.top).toBeGreaterThan(y(85));
});
