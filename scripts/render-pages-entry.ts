// Writes every seed fixture's export as .docx into test-output/pages/ (run through scripts/render-pages.mjs,
// which converts them to PDF and PNG pages to look at next to the seeds).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReportsDocx } from '../src/node/docx';
import { NOW, seedFixtures } from '../test/unit/report/seed-workbook';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'test-output/pages';
  mkdirSync(dir, { recursive: true });
  for (const f of seedFixtures()) {
    const bytes = await renderReportsDocx(f.workbook, f.input, NOW);
    const file = join(dir, `${f.id}.docx`);
    writeFileSync(file, bytes);
    process.stdout.write(`${file}\n`);
  }
}

void main();
