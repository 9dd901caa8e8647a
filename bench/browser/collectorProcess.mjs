// A real collector process for the benchmark entries that sync (drain, soak): starts `collector/cli.ts serve` on a
// fresh data directory, enrols one device through the collector's own enrolment code, and puts a small
// pass-through proxy in front so the page and the collector share one origin (the web build's CSP allows
// connections to 'self' only).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

function startCollector(root, port, dataDir) {
  const child = spawn(process.execPath, ['collector/cli.ts', 'serve', '--port', String(port), '--data-dir', dataDir, '--rate-limit', '1000000', '--rate-burst', '1000000', '--log-level', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the collector did not start within 20 s')), 20_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}`)));
  });
}

async function enrolmentCode(root, dataDir) {
  const child = spawn(process.execPath, ['collector/cli.ts', 'enrol', '--site', 'Bench', '--data-dir', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  await new Promise((resolve) => child.once('exit', resolve));
  const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(output)?.[1];
  if (!code) throw new Error(`no enrolment code in: ${output}`);
  return code;
}

/** /v1/… to the collector, everything else to the web server; bodies streamed through untouched. */
function passThrough(webPort, collectorPort) {
  const server = http.createServer((request, response) => {
    const port = (request.url ?? '').startsWith('/v1/') ? collectorPort : webPort;
    const upstream = http.request({ host: '127.0.0.1', port, method: request.method, path: request.url, headers: { ...request.headers, host: `127.0.0.1:${port}` } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Starts the collector and the proxy and enrols a device. Returns the one `origin` to load the app from, the
 * device's `deviceToken`, the collector's `dataDir` (its SQLite file is `collector.sqlite`) and `close()`, which
 * stops both and removes the data directory.
 */
export async function startEnrolledCollector({ root, webPort, collectorPort }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-collector-'));
  let collector = null;
  let proxy = null;
  const close = async () => {
    proxy?.close();
    if (collector !== null && collector.exitCode === null) {
      const exited = new Promise((resolve) => collector.once('exit', resolve));
      collector.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    collector = await startCollector(root, collectorPort, dataDir);
    proxy = await passThrough(webPort, collectorPort);
    const code = await enrolmentCode(root, dataDir);
    const enrol = await fetch(`http://127.0.0.1:${collectorPort}/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const { deviceToken } = await enrol.json();
    return { origin: `http://127.0.0.1:${proxy.address().port}`, deviceToken, dataDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
