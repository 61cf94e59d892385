import { runAnalyze } from './analyze';
import { runExport } from './export';
import type { Subcommand } from './io';

/**
 * Subcommands of `ita-report`. To add one, write it in its own file and add an entry here.
 */
export const SUBCOMMANDS: Record<string, { readonly run: Subcommand; readonly th: string; readonly en: string }> = {
  analyze: {
    run: runAnalyze,
    th: 'วิเคราะห์คะแนน ITA ที่วางมา',
    en: 'analyse pasted ITA scores',
  },
  export: { run: runExport, th: 'ส่งออกรายงานเป็น .docx', en: 'export reports as .docx' },
};
