#!/usr/bin/env node
// CLI wrapper: the TypeScript CLI is bundled to build/cli.cjs by `npm run build` (also run by `npm ci`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'build', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('ยังไม่ได้ build: รัน npm run build ก่อน\nNot built yet: run npm run build first.\n');
  process.exit(2);
}
const { runCli } = require(cli);
runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (p) => fs.readFileSync(p, 'utf8'),
  readStdin: () => fs.readFileSync(0, 'utf8'),
}).then((code) => {
  process.exitCode = code;
});
