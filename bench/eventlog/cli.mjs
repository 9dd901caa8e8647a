// Runs the engagement-log benchmark on its own: serves dist/web (build it first: npm run build:web) on a loopback
// port with scripts/serve-web.mjs, runs bench/eventlog/index.mjs and prints the figures as JSON.
// Usage: node bench/eventlog/cli.mjs [--base-url http://127.0.0.1:4173] [--runs 5] [--events 10000]

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from './index.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the web build did not come up at ${url}`);
}

let server = null;
let baseUrl = option('base-url', null);
if (baseUrl === null) {
  const port = option('port', '4397');
  baseUrl = `http://127.0.0.1:${port}/`;
  const script = fileURLToPath(new URL('../../scripts/serve-web.mjs', import.meta.url));
  server = spawn(process.execPath, [script, '--port', port], { stdio: 'ignore' });
  await waitFor(baseUrl, 15_000);
}
try {
  const figures = await run({
    baseUrl,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    runs: Number(option('runs', '5')),
    events: Number(option('events', '10000')),
  });
  console.log(JSON.stringify(figures, null, 2));
} finally {
  server?.kill();
}
