import { analyze } from '../../core/analysis';
import { latestFrameworkYear } from '../../core/framework';
import { parseScores, type ScoreSet } from '../../core/scores';
import { isPlausibleBuddhistYear, toArabicDigits } from '../../core/thai';
import { parseArgs } from './args';
import { toAnalyzeJson, toAnalyzeText } from './analyze-report';
import { EXIT_BAD_INPUT, EXIT_OK, fail, type CliIo } from './io';

export const ANALYZE_USAGE = `ใช้งาน / Usage:
  ita-report analyze [--year <พ.ศ.>] [--target <n>] [--format json|text] [FILE]

อ่านคะแนน ITA จาก FILE (หรือ stdin เมื่อไม่ระบุ) แล้ววิเคราะห์จุดแข็ง จุดอ่อน และคะแนนรวม
Reads ITA scores from FILE (or stdin) and analyses them.
  --year     ปีการประเมิน (พ.ศ.) / assessment year (BE); default: the year named in the paste, else ${latestFrameworkYear}
  --target   ค่าเป้าหมาย / target score (default 85)
  --format   json (one JSON object) | text (Thai summary, default)
`;

function parseNumber(raw: string): number | null {
  const t = toArabicDigits(raw).trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number.parseFloat(t) : null;
}

/** `ita-report analyze`: exit 0 with the analysis, exit 2 with a Thai + English message for bad input. */
export async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals, missingValues } = parseArgs(argv, ['year', 'target', 'format']);
  if (options.help) {
    io.stdout(ANALYZE_USAGE);
    return EXIT_OK;
  }
  if (missingValues.length) {
    return fail(io, `ตัวเลือก --${missingValues[0]} ต้องมีค่า`, `Option --${missingValues[0]} needs a value.`);
  }
  const unknown = Object.keys(options).filter((k) => !['year', 'target', 'format'].includes(k));
  if (unknown.length) {
    return fail(io, `ไม่รู้จักตัวเลือก --${unknown[0]}\n${ANALYZE_USAGE}`, `Unknown option --${unknown[0]}.`);
  }
  if (positionals.length > 1) {
    return fail(io, 'ระบุไฟล์ได้เพียงไฟล์เดียว', 'Give at most one FILE.');
  }

  const format = options.format === undefined ? 'text' : options.format;
  if (format !== 'json' && format !== 'text') {
    return fail(io, '--format ต้องเป็น json หรือ text', '--format must be json or text.');
  }
  let year: number | null = null;
  if (options.year !== undefined) {
    year = typeof options.year === 'string' ? parseNumber(options.year) : null;
    if (year === null || !isPlausibleBuddhistYear(year)) {
      return fail(
        io,
        `--year ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2567 (ได้รับ "${String(options.year)}")`,
        `--year must be a four-digit Buddhist-era year such as 2567 (got "${String(options.year)}").`,
      );
    }
  }
  let target: number | undefined;
  if (options.target !== undefined) {
    const t = typeof options.target === 'string' ? parseNumber(options.target) : null;
    if (t === null || t > 100) {
      return fail(
        io,
        `--target ต้องเป็นตัวเลข 0–100 (ได้รับ "${String(options.target)}")`,
        `--target must be a number from 0 to 100 (got "${String(options.target)}").`,
      );
    }
    target = t;
  }

  const file = positionals[0];
  let text: string;
  try {
    text = file === undefined || file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail(io, `อ่านไฟล์ "${file ?? 'stdin'}" ไม่ได้: ${reason}`, `Cannot read "${file ?? 'stdin'}": ${reason}`);
  }

  const parsed = parseScores(text);
  const errors = parsed.findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    io.stderr(errors.map((f) => `${f.message_th}\n${f.message_en}`).join('\n') + '\n');
    return EXIT_BAD_INPUT;
  }

  const withIndicators = parsed.years.filter((s) => Object.keys(s.indicators).length > 0);
  let set: ScoreSet | undefined;
  if (year !== null) {
    set = withIndicators.find((s) => s.year === year);
    if (!set && withIndicators.length === 1 && withIndicators[0]?.year === null) set = withIndicators[0];
    if (!set) {
      const found = withIndicators.map((s) => s.year ?? 'ไม่ระบุปี').join(', ');
      return fail(
        io,
        `ไม่พบคะแนนของปี ${year} ในข้อความ (พบ: ${found})`,
        `No scores for ${year} in the text (found: ${withIndicators.map((s) => s.year ?? 'no year').join(', ')}).`,
      );
    }
  } else {
    // The latest named year; a set without a year only when no set names one.
    const named = withIndicators.filter((s) => s.year !== null).sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
    set = named[0] ?? withIndicators[0];
  }
  if (!set) {
    return fail(io, 'ไม่พบคะแนนตัวชี้วัด', 'No indicator score was found.');
  }
  const analysedYear = year ?? set.year;
  const previous =
    analysedYear === null ? null : (parsed.years.find((s) => s.year === analysedYear - 1 && s !== set) ?? null);
  const analysis = analyze(set, {
    year: analysedYear ?? undefined,
    target,
    previous,
    digits: 'arabic',
  });
  const notes = parsed.findings.filter((f) => f.severity !== 'error');
  const json = toAnalyzeJson(set, analysis, previous, notes);
  io.stdout(format === 'json' ? JSON.stringify(json) + '\n' : toAnalyzeText(json, analysis));
  return EXIT_OK;
}
