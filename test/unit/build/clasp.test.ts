// clasp pushes dist/ only, and no credentials are ever committed.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

it('.clasp.json pushes the built dist/ folder', () => {
  const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
  expect(clasp.rootDir).toBe('dist');
});

it('no clasp credentials are tracked by git', () => {
  const files = execSync('git ls-files', { cwd: root, encoding: 'utf8' }).split('\n');
  expect(files.filter((f) => /(^|\/)\.clasprc\.json$/.test(f))).toEqual([]);
});
