// `npm run push`: build dist/ and push it to the Apps Script project named in .clasp.json, after checking
// the two things that otherwise fail with a confusing clasp message (no login, placeholder scriptId).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(th, en) {
  console.error(`${th}\n${en}`);
  process.exit(2);
}

const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
if (!clasp.scriptId || clasp.scriptId.startsWith('REPLACE_')) {
  fail(
    'ยังไม่ได้ใส่ scriptId ใน .clasp.json: ใส่รหัสสคริปต์ของสเปรดชีต (ส่วนขยาย → Apps Script → การตั้งค่าโปรเจ็กต์) หรือรัน npx clasp create-script',
    'No scriptId in .clasp.json: put in the spreadsheet script ID (Extensions → Apps Script → Project Settings) or run npx clasp create-script.',
  );
}
if (clasp.rootDir !== 'dist') fail('.clasp.json ต้องมี "rootDir": "dist"', '.clasp.json must have "rootDir": "dist".');
if (!existsSync(join(homedir(), '.clasprc.json')) && !process.env.CLASP_CREDENTIALS) {
  fail('ยังไม่ได้เข้าสู่ระบบ clasp: รัน npx clasp login ก่อน', 'Not logged in to clasp: run npx clasp login first.');
}

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
run('npx', ['clasp', 'push', '--force']);
