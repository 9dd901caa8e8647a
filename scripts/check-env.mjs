// Checks what a command needs before it starts and says clearly what is missing and how to get it.
// Usage: node scripts/check-env.mjs node chromium
// Written for any Node version (it must run on an old one to tell the user to upgrade).

import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const wanted = process.argv.slice(2);
const problems = [];

if (wanted.includes('node')) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    problems.push(
      `Node ${process.versions.node} is too old: Biotech Discovery needs Node 24 LTS.\n` +
        '  Install it with: npm install --prefix "$HOME/.node24" node@24\n' +
        '  then: export PATH="$HOME/.node24/node_modules/.bin:$PATH"   (or use nvm: nvm install 24)',
    );
  }
}

if (wanted.includes('chromium')) {
  const found = findChromium();
  if (!found) {
    problems.push(
      'No Chromium found for the end-to-end tests.\n' +
        '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  Or point CHROMIUM_PATH at a Chromium or Chrome binary. (Playwright\'s own browser download is not used.)',
    );
  } else if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    problems.push(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
