// A real collector process for end-to-end specs: a free loopback port, the collector's CLI run to completion, and
// `collector serve` started and awaited until it listens. Shared by the dashboard and admin specs.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs `collector/cli.ts <args>` and returns what it printed; throws with that output when it fails. */
export async function runCollectorCli(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, ['collector/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`collector ${args.join(' ')} failed: ${output}`);
  return output;
}

/** Starts `collector serve` on the port with the data directory (and any further flags); resolves once it listens. */
export function serveCollector(port: number, dataDir: string, extraArgs: readonly string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['collector/cli.ts', 'serve', '--port', String(port), '--data-dir', dataDir, '--log-level', 'warn', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the collector did not start within 60 s')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}`)));
  });
}
