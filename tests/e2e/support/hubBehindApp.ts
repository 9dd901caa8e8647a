// A real hub for the specs where the shipped web app talks to it: a collector process on a temporary SQLite data
// directory with one staff account, behind a pass-through proxy that also serves the app, so the app and its collector
// share one origin (the web build's CSP allows the collector's origin only). Enrolment codes come from the CLI. stop()
// always frees the process, the proxy and the directory, even after a test ran out of time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { SHIPPED_BUILD_ORIGIN } from './builds';
import { freePort, runCollectorCli, serveCollector } from './collectorProcess';
import { startFaultProxy } from '../sync-fault-proxy';

export interface HubBehindApp {
  /** The app and its collector, one origin (what a device is told as its hub address). */
  readonly origin: string;
  /** The collector itself: its staff API and the dashboard it serves. */
  readonly collectorUrl: string;
  /** A fresh enrolment code for a device of `site`. */
  enrolmentCode(site: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startHubBehindApp(name: string, staff: { name: string; password: string }): Promise<HubBehindApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `${name}-e2e-`));
  await runCollectorCli(['staff', 'add', staff.name, '--data-dir', dataDir], { COLLECTOR_STAFF_PASSWORD: staff.password });
  const collectorPort = await freePort();
  const collector = await serveCollector(collectorPort, dataDir, ['--insecure-cookie-on-loopback', 'true']);
  const proxy = await startFaultProxy({
    targetPort: collectorPort,
    staticPort: Number(new URL(SHIPPED_BUILD_ORIGIN).port),
    seed: 1,
    weights: { pass: 1, 'error-before': 0, 'error-after': 0, 'drop-before': 0, 'drop-after': 0, hang: 0, duplicate: 0 },
  });
  return {
    origin: `http://127.0.0.1:${proxy.port}`,
    collectorUrl: `http://127.0.0.1:${collectorPort}`,
    async enrolmentCode(site) {
      const output = await runCollectorCli(['enrol', '--site', site, '--data-dir', dataDir]);
      const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(output)?.[1];
      if (code === undefined) throw new Error(`no enrolment code in: ${output}`);
      return code;
    },
    async stop() {
      await proxy.close();
      await new Promise<void>((resolve) => {
        if (collector.exitCode !== null) return resolve();
        collector.once('exit', () => resolve());
        collector.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A staff member signed in to the collector's API: `call` sends with the session and CSRF token, expects < 300. */
export async function staffSession(collectorUrl: string, staff: { name: string; password: string }): Promise<(method: string, route: string, body?: unknown) => Promise<Response>> {
  const login = await fetch(`${collectorUrl}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-biotech-dashboard': '1' }, body: JSON.stringify(staff) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method, route, body) => {
    const response = await fetch(`${collectorUrl}${route}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status, `${method} ${route}`).toBeLessThan(300);
    return response;
  };
}
