// Bar chart of the ten indicators against the target line, drawn with createElementNS so no markup is
// parsed. Bars below the target are red, the others blue; the tool of each group is written underneath.
import { svg, nextId } from './dom';
import { t, tr } from './i18n';

export interface ChartBar {
  no: number;
  score: number | null;
}

const WIDTH = 276;
const HEIGHT = 196;
const LEFT = 26;
const RIGHT = 6;
const TOP = 24;
const BOTTOM = 36;
const TOOLS: { code: string; from: number; to: number }[] = [
  { code: 'IIT', from: 1, to: 5 },
  { code: 'EIT', from: 6, to: 8 },
  { code: 'OIT', from: 9, to: 10 },
];

function fmt(n: number): string {
  return n.toFixed(2);
}

/** Height of a value label written upwards ("84.99" at 9 px), and its gap to a bar end or the target line. */
const LABEL = 24;
const GAP = 3;
/** Lowest y a label may reach: under the legend. */
const LEGEND_BOTTOM = 13;

export interface LabelPlace {
  /** y where the upward text starts (its bottom end) and ends (its top end). */
  bottom: number;
  top: number;
  inside: boolean;
}

/**
 * Where a bar's value label goes, written upwards: inside the bar under its top, else above the bar, else
 * inside under the target line, else above the target line; always clear of the target line (a label that
 * crossed it would read as a score on the wrong side of the target) and inside the plot.
 */
export function labelPlace(barTop: number, base: number, targetY: number): LabelPlace {
  const clear = (top: number, bottom: number) => targetY < top - 1 || targetY > bottom + 1;
  const candidates: LabelPlace[] = [
    { top: barTop + GAP, bottom: barTop + GAP + LABEL, inside: true },
    { top: barTop - GAP - LABEL, bottom: barTop - GAP, inside: false },
    { top: targetY + GAP, bottom: targetY + GAP + LABEL, inside: true },
    { top: targetY - GAP - LABEL, bottom: targetY - GAP, inside: targetY - GAP - LABEL >= barTop },
  ];
  const fits = (c: LabelPlace) =>
    clear(c.top, c.bottom) &&
    c.top >= LEGEND_BOTTOM &&
    c.bottom <= base - 1 &&
    // Inside means inside the bar: from its top to its base.
    (!c.inside || (c.top >= barTop && c.bottom <= base - 1)) &&
    // Outside means wholly above the bar.
    (c.inside || c.bottom <= barTop);
  return candidates.find(fits) ?? { top: barTop - GAP - LABEL, bottom: barTop - GAP, inside: false };
}

export function renderChart(bars: ChartBar[], target: number): SVGElement {
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = plotW / 10;
  const barW = Math.round(slot * 0.62);
  const y = (score: number) => TOP + plotH - (Math.max(0, Math.min(100, score)) / 100) * plotH;
  const x = (no: number) => LEFT + slot * (no - 1) + (slot - barW) / 2;

  const titleId = nextId('chart-title');
  const descId = nextId('chart-desc');
  const scoreOf = new Map(bars.map((b) => [b.no, b.score]));
  const description = Array.from({ length: 10 }, (_, i) => {
    const score = scoreOf.get(i + 1);
    return `${tr('ตัวชี้วัดที่', 'indicator')} ${i + 1}: ${score == null ? '–' : fmt(score)}`;
  }).join(', ');

  const root = svg('svg', {
    class: 'chart',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
  });
  root.appendChild(svg('title', { id: titleId }, t('chartTitle')));
  root.appendChild(svg('desc', { id: descId }, `${description}. ${t('chartTarget')} ${fmt(target)}`));

  // Grid lines and the y axis labels (0, 50, 100).
  for (const tick of [0, 25, 50, 75, 100]) {
    root.appendChild(svg('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y(tick), y2: y(tick), class: 'chart-grid' }));
    if (tick % 50 === 0) {
      root.appendChild(svg('text', { x: LEFT - 4, y: y(tick) + 3, class: 'chart-axis', 'text-anchor': 'end' }, tick));
    }
  }

  for (let no = 1; no <= 10; no++) {
    const score = scoreOf.get(no);
    const cx = x(no) + barW / 2;
    if (score != null) {
      const below = score < target;
      root.appendChild(
        svg('rect', {
          x: x(no),
          y: y(score),
          width: barW,
          height: Math.max(0.5, y(0) - y(score)),
          class: below ? 'chart-bar chart-bar-below' : 'chart-bar',
          'data-indicator': no,
        }),
      );
      // Two decimals as pasted (84.99 must not read as 85 on a bar below the target), written upwards.
      const place = labelPlace(y(score), y(0), y(target));
      const baseline = cx + 3;
      root.appendChild(
        svg(
          'text',
          {
            x: baseline,
            y: place.bottom,
            transform: `rotate(-90 ${baseline} ${place.bottom})`,
            class: place.inside ? 'chart-value chart-value-inside' : 'chart-value',
            'data-indicator': no,
          },
          fmt(score),
        ),
      );
    } else {
      root.appendChild(svg('text', { x: cx, y: y(0) - 3, class: 'chart-value', 'text-anchor': 'middle' }, '–'));
    }
    root.appendChild(svg('text', { x: cx, y: y(0) + 12, class: 'chart-axis', 'text-anchor': 'middle' }, no));
  }

  for (const tool of TOOLS) {
    const x1 = LEFT + slot * (tool.from - 1) + 2;
    const x2 = LEFT + slot * tool.to - 2;
    root.appendChild(svg('line', { x1, x2, y1: y(0) + 17, y2: y(0) + 17, class: 'chart-group' }));
    root.appendChild(
      svg('text', { x: (x1 + x2) / 2, y: y(0) + 29, class: 'chart-tool', 'text-anchor': 'middle' }, tool.code),
    );
  }

  // The target line last, so it stays visible over the bars.
  root.appendChild(svg('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y(target), y2: y(target), class: 'chart-target' }));
  // Legend in the top margin, where no bar label can overlap it.
  root.appendChild(svg('line', { x1: LEFT, x2: LEFT + 18, y1: 7, y2: 7, class: 'chart-target' }));
  root.appendChild(
    svg('text', { x: LEFT + 22, y: 10, class: 'chart-target-label' }, `${t('chartTarget')} ${fmt(target)}`),
  );
  return root;
}
