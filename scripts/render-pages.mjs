// npm run render-pages: every seed fixture exported as .docx, then soffice → PDF → pdftoppm → PNG pages in
// test-output/pages/<fixture>-<page>.png, to compare page by page with the seeds in ../shared/seeds.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const out = 'test-output/pages';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['scripts/render-pages-entry.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  outfile: 'build/render-pages.cjs',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['build/render-pages.cjs', out], { stdio: 'inherit' });
const docs = readdirSync(out).filter((f) => f.endsWith('.docx'));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, ...docs.map((d) => join(out, d))], {
  stdio: 'ignore',
});
for (const d of docs) {
  const base = d.replace(/\.docx$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '60', join(out, `${base}.pdf`), join(out, base)]);
}
const pngs = readdirSync(out).filter((f) => f.endsWith('.png'));
process.stdout.write(`${pngs.length} pages in ${out}\n`);
