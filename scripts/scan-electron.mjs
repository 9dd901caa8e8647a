// Static Electron security scan (Doyensec's electronegativity) of the main process, the preload and the renderer's
// index.html. Runs fully offline: the tool's network look-ups (translations, the Electron release list used by its
// "available security fixes" check) are replaced by an immediate refusal, and that one check is skipped because it
// needs the internet; Electron's version is pinned in package-lock.json instead.
// A finding can be accepted only by an inline `eng-disable CHECK_ID` comment with a reason, on the reported line.
// Exits 1 on any unaccepted finding.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import './lib/typescriptModules.mjs';

const { contentSecurityPolicy, withCspMeta } = await import('../common/security/contentSecurityPolicy.ts');

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));

// Offline: the tool must not reach the network, so its HTTP client refuses at once.
const gotPath = require.resolve('got', { paths: [toolDir] });
const offline = () => Promise.reject(new Error('offline: the security scan makes no network requests'));
offline.head = offline;
offline.get = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

const run = require(path.join(toolDir, 'dist', 'runner.js'));
const electronVersion = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

// Scan the Electron sources and the renderer page they load, side by side, as the packaged app has them.
const workDir = mkdtempSync(path.join(tmpdir(), 'biotech-eneg-'));
cpSync(path.join(projectRoot, 'electron'), path.join(workDir, 'electron'), {
  recursive: true,
  filter: (source) => !source.endsWith('.test.ts') && !source.endsWith('tsconfig.json') && !source.endsWith('tsconfig.build.json'),
});
// The page as the kiosk serves it, with its header policy written in as a meta tag so the scanner can read it.
const servedPolicy = contentSecurityPolicy({ collectorOrigin: null, delivery: 'header' });
const scannedHtml = withCspMeta(readFileSync(path.join(projectRoot, 'renderer', 'index.html'), 'utf8'), servedPolicy).replace(
  /(<meta http-equiv="Content-Security-Policy"[^>]*>)/,
  // 'self' is app://bundle, which serves only our own static bundle: no JSONP, no uploads.
  '$1<!-- eng-disable CSP_GLOBAL_CHECK -->',
);
writeFileSync(path.join(workDir, 'index.html'), scannedHtml);
cpSync(path.join(projectRoot, 'package.json'), path.join(workDir, 'package.json'));

const originalLog = console.log;
let result;
try {
  console.log = () => {};
  result = await run({
    input: workDir,
    output: undefined,
    isRelative: true,
    severitySet: undefined,
    confidenceSet: undefined,
    checks: [],
    excludeChecks: ['availablesecurityfixesglobalcheck'],
    electronVersionOverride: electronVersion,
    parserPlugins: [],
    isSarif: false,
  });
} finally {
  console.log = originalLog;
  rmSync(workDir, { recursive: true, force: true });
}

const findings = result.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity?.name ?? String(issue.severity),
  confidence: issue.confidence?.name ?? String(issue.confidence),
  file: issue.file ?? 'N/A',
  line: issue.location?.line ?? 0,
  description: issue.description,
}));

console.log(`electronegativity ${JSON.parse(readFileSync(path.join(toolDir, 'package.json'), 'utf8')).version}, Electron ${electronVersion}: ${result.globalChecks + result.atomicChecks} checks`);
if (result.errors?.length) {
  for (const error of result.errors) console.error(`could not parse ${error.file}: ${error.message ?? error.error ?? ''}`);
  process.exit(1);
}
if (findings.length === 0) {
  console.log('no findings');
} else {
  for (const f of findings) console.error(`${f.id} [${f.severity}/${f.confidence}] ${f.file}:${f.line} ${f.description}`);
  console.error(`${findings.length} unaccepted finding(s): fix them, or justify each with an inline "eng-disable ID" comment and a reason.`);
  process.exit(1);
}
