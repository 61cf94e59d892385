// The score preview as the sidebar shows it. The server answers the analysis (CLI JSON shape, see
// src/core/analysis) plus suggested measures; zod/mini checks the parts the sidebar relies on and the
// result is mapped to one flat view model, so the rendering code never guesses at shapes.
import * as z from 'zod/mini';

const num = z.number();
const nullableNum = z.optional(z.nullable(num));
const pair = { message_th: z.string(), message_en: z.string() };

const Indicator = z.object({
  no: num,
  name: z.string(),
  nameEn: z.optional(z.string()),
  tool: z.string(),
  score: z.nullable(num),
  gap: z.optional(z.nullable(num)),
});

const Tool = z.object({ score: z.nullable(num), stated: nullableNum });

const Level = z.union([
  z.string(),
  z.object({ code: z.optional(z.string()), nameTh: z.string(), nameEn: z.optional(z.string()) }),
]);

const Warning = z.object({
  ...pair,
  code: z.optional(z.string()),
  severity: z.optional(z.string()),
  line: z.optional(z.nullable(num)),
});

// Suggested measures: the id is what applyScores takes back in chosenSuggestionIds.
const Suggestion = z.object({
  id: z.optional(z.string()),
  suggestionId: z.optional(z.string()),
  indicator: z.optional(num),
  measure: z.optional(z.string()),
  name: z.optional(z.string()),
  title: z.optional(z.string()),
  owners: z.optional(z.union([z.string(), z.array(z.string())])),
  period: z.optional(z.string()),
});

export const PreviewAnswer = z.object({
  year: z.optional(z.nullable(num)),
  target: num,
  indicators: z.array(Indicator),
  tools: z.record(z.string(), Tool),
  overall: z.object({ score: z.nullable(num), stated: nullableNum, level: z.optional(z.nullable(Level)) }),
  belowTarget: z.array(num),
  urgent: z.optional(z.array(num)),
  strengths: z.optional(z.array(num)),
  warnings: z.optional(z.array(Warning)),
  findings: z.optional(z.array(Warning)),
  suggestions: z.optional(z.array(Suggestion)),
  // Years of the paste against the settings' ITA year (older servers answer none of these).
  years: z.optional(z.array(num)),
  settingsYear: z.optional(z.nullable(num)),
  proposedYear: z.optional(z.nullable(num)),
  current: z.optional(z.boolean()),
});

export interface PreviewView {
  year: number | null;
  target: number;
  indicators: { no: number; name: string; nameEn: string; tool: string; score: number | null }[];
  tools: { code: string; score: number | null; stated: number | null }[];
  overall: { score: number | null; stated: number | null; levelTh: string | null; levelEn: string | null };
  belowTarget: number[];
  urgent: number[];
  strengths: number[];
  warnings: { message_th: string; message_en: string; line: number | null; severity: string }[];
  suggestions: { id: string; indicator: number; title: string; detail: string }[];
  /** Every year of the paste, oldest first. */
  years: number[];
  /** The settings' ITA year (null when not set). */
  settingsYear: number | null;
  /** The paste's latest year. */
  proposedYear: number | null;
  /** Whether writing analyses this year as the current one (else only its scores are stored). */
  current: boolean;
}

/** The paste holds a year other than the settings' ITA year: the user chooses what it becomes. */
export function yearChoiceNeeded(p: PreviewView): boolean {
  return p.settingsYear !== null && p.years.some((y) => y !== p.settingsYear);
}

const TOOL_ORDER = ['IIT', 'EIT', 'OIT'];

/** The parser's messages often name their line already ("บรรทัดที่ 3: …"): the sidebar then adds no "line 3". */
function mentionsLine(messageTh: string, line: number | null | undefined): boolean {
  return line != null && messageTh.includes(`บรรทัดที่ ${line}`);
}

/** Parses the server's answer; null when it does not have the expected shape. */
export function toPreviewView(answer: unknown): PreviewView | null {
  const parsed = z.safeParse(PreviewAnswer, answer);
  if (!parsed.success) return null;
  const a = parsed.data;
  const level = a.overall.level ?? null;
  const suggestions: PreviewView['suggestions'] = [];
  for (const s of a.suggestions ?? []) {
    const id = s.suggestionId ?? s.id;
    const title = s.measure ?? s.name ?? s.title;
    if (!id || !title || s.indicator === undefined) continue;
    suggestions.push({
      id,
      indicator: s.indicator,
      title,
      detail: [Array.isArray(s.owners) ? s.owners.join(', ') : s.owners, s.period]
        .filter((p) => p && p.trim())
        .join(' · '),
    });
  }
  return {
    year: a.year ?? null,
    target: a.target,
    indicators: a.indicators.map((i) => ({
      no: i.no,
      name: i.name,
      nameEn: i.nameEn ?? i.name,
      tool: i.tool,
      score: i.score,
    })),
    tools: Object.entries(a.tools)
      .map(([code, tool]) => ({ code, score: tool.score, stated: tool.stated ?? null }))
      .sort((x, y) => TOOL_ORDER.indexOf(x.code) - TOOL_ORDER.indexOf(y.code)),
    overall: {
      score: a.overall.score,
      stated: a.overall.stated ?? null,
      levelTh: level === null ? null : typeof level === 'string' ? level : level.nameTh,
      levelEn: level === null ? null : typeof level === 'string' ? level : (level.nameEn ?? level.nameTh),
    },
    belowTarget: a.belowTarget,
    urgent: a.urgent ?? [],
    strengths: a.strengths ?? [],
    warnings: [...(a.findings ?? []), ...(a.warnings ?? [])]
      .filter((w) => w.severity !== 'info')
      .map((w) => ({
        message_th: w.message_th,
        message_en: w.message_en,
        line: mentionsLine(w.message_th, w.line) ? null : (w.line ?? null),
        severity: w.severity ?? 'warning',
      })),
    suggestions,
    years: a.years ?? (a.year != null ? [a.year] : []),
    settingsYear: a.settingsYear ?? null,
    proposedYear: a.proposedYear ?? a.year ?? null,
    current: a.current ?? true,
  };
}
