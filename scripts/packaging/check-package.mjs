// Reads back what a packaged kiosk really contains (CI, after electron-builder): its fuses and its app.asar's
// integrity. Usage: node scripts/packaging/check-package.mjs release/linux-unpacked   (or release/win-unpacked)
// Exits 1 with one line per problem.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import '../lib/typescriptModules.mjs';

const { checkAsarIntegrity, checkFuses, executableEmbedsHeaderHash } = await import('./packageCheck.ts');
const require = createRequire(import.meta.url);
const { load } = require('js-yaml');

const unpacked = path.resolve(process.argv[2] ?? '');
const config = load(readFileSync('build/electron-builder.yml', 'utf8'));
const windows = existsSync(path.join(unpacked, `${config.productName}.exe`));
const executable = windows ? path.join(unpacked, `${config.productName}.exe`) : path.join(unpacked, 'biotech-discovery');
if (!existsSync(executable)) {
  console.error(`no packaged executable at ${executable}`);
  process.exit(1);
}

const problems = await checkFuses(executable, config.electronFuses);
const archive = path.join(unpacked, 'resources', 'app.asar');
const asar = checkAsarIntegrity(archive);
problems.push(...asar.problems);
if (windows && !executableEmbedsHeaderHash(executable, asar.headerHash)) {
  problems.push(`the executable does not embed app.asar's header hash ${asar.headerHash}`);
}

console.log(`${path.basename(executable)}: fuses read back; app.asar: ${asar.files} files checked, header sha256 ${asar.headerHash}`);
if (!windows) console.log('(Electron validates the asar integrity at start on Windows and macOS only; on Linux it is checked here.)');
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('package check passed');
