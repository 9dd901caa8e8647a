// The sync's health report: built from the device's facts only and checked against the collector's schema; sent
// once everything is delivered, acknowledged only when the collector kept it, and not sent again before its
// interval unless events were delivered meanwhile.

import { afterEach, describe, expect, it } from 'vitest';
import { formatLocalTimestamp, type EngagementEvent } from '../../common/events';
import type { DeviceHealthReport as DeviceHealth } from '../../common/health/deviceHealth';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';
import { buildHealthReport, type HealthFacts } from './healthReport';
import { startSync, type SyncHandle } from './syncClient';
import { ManualClock, ManualNetwork, manualFetch, MemoryOutbox, settle } from './testDoubles';

const FACTS: HealthFacts = {
  appVersion: '1.4.0',
  contentPack: { source: 'built-in', version: 0, refusal: null },
  settings: { revision: 0, localOverrides: [], pinChangePending: false, refusal: null },
  host: 'web',
  lastSuccessfulSyncAt: 1_764_000_000_000,
  pendingEvents: 4,
  missedEvents: 0,
  storageWarnings: ['near-cap', 'near-cap'],
  storageRecoveries: 1,
  rendererFaults: null,
  freeStorageBytes: 1_234_567.8,
};

describe('buildHealthReport', () => {
  it('reports the built-in content, whole counts and each warning once', () => {
    expect(buildHealthReport(FACTS)).toEqual({
      appVersion: '1.4.0',
      contentPack: { source: 'built-in', version: 0, refusal: null },
      settings: { revision: 0, localOverrides: [], pinChangePending: false, refusal: null },
      host: 'web',
      lastSuccessfulSyncAt: 1_764_000_000_000,
      pendingEvents: 4,
      missedEvents: 0,
      storage: { warnings: ['near-cap'], recoveries: 1 },
      renderer: null,
      freeStorageBytes: 1_234_567,
    });
    expect(buildHealthReport({ ...FACTS, host: 'electron', rendererFaults: { crashes: 2, hangs: 1 }, freeStorageBytes: Number.POSITIVE_INFINITY })).toMatchObject({
      renderer: { crashes: 2, hangs: 1 },
      freeStorageBytes: null,
    });
  });

  it('carries the remote settings: revision applied, each overridden setting once, PIN change due, the refusal', () => {
    const report = buildHealthReport({
      ...FACTS,
      settings: { revision: 7, localOverrides: ['idleTimeoutSeconds', 'idleTimeoutSeconds', 'enabledLanguages'], pinChangePending: true, refusal: 'not-saved' },
    });
    expect(report.settings).toEqual({ revision: 7, localOverrides: ['idleTimeoutSeconds', 'enabledLanguages'], pinChangePending: true, refusal: 'not-saved' });
  });

  it('throws rather than build a report the collector would refuse', () => {
    expect(() => buildHealthReport({ ...FACTS, appVersion: 'dev' })).toThrow();
    // Only the names of the remote settings may be reported as overrides: never the PIN or anything else.
    expect(() => buildHealthReport({ ...FACTS, settings: { revision: 1, localOverrides: ['adminPin' as never], pinChangePending: false, refusal: null } })).toThrow();
    // A refusal is one of the known reasons, never the refused document's details.
    expect(() => buildHealthReport({ ...FACTS, settings: { revision: 1, localOverrides: [], pinChangePending: false, refusal: 'values.idleTimeoutSeconds' as never } })).toThrow();
  });
});

const handles: SyncHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((handle) => handle.stop()));
});

function events(count: number): EngagementEvent[] {
  const installationId = uuidV4();
  return Array.from({ length: count }, () => ({
    eventId: uuidV7(),
    installationId,
    sessionId: installationId,
    appVersion: '0.1.0',
    mode: 'kiosk',
    siteLabel: 'Hall A',
    occurredAt: formatLocalTimestamp(new Date()),
    type: 'screen-viewed',
    screen: 'home',
  }));
}

function setUp(count: number) {
  const outbox = new MemoryOutbox();
  outbox.add(events(count));
  const clock = new ManualClock();
  const http = manualFetch();
  const asked: (number | null)[] = [];
  const acknowledged: DeviceHealth[] = [];
  const handle = startSync({
    telemetry: { sync: outbox },
    collectorUrl: 'http://127.0.0.1:9/hub',
    deviceToken: 'device-token-for-tests-0123456789',
    fetch: http.fetchFunction,
    clock,
    network: new ManualNetwork(),
    random: () => 0,
    idlePollMs: 15_000,
    healthIntervalMs: 60_000,
    health: {
      report: async (lastSuccessfulSyncAt) => {
        asked.push(lastSuccessfulSyncAt);
        return buildHealthReport({ ...FACTS, lastSuccessfulSyncAt });
      },
      acknowledge: async (report) => {
        acknowledged.push(report);
      },
    },
  });
  handles.push(handle);
  return { outbox, clock, http, handle, asked, acknowledged };
}

const healthRequests = (http: ReturnType<typeof manualFetch>) => http.requests.filter((request) => request.url.endsWith('/v1/health'));

describe('sync client health reports', () => {
  it('sends the report after the events are delivered, with the time of that delivery, and acknowledges it on 204', async () => {
    const { http, handle, asked, acknowledged } = setUp(3);
    await settle();
    expect(healthRequests(http)).toHaveLength(0);
    http.requests[0]!.respond(200, { accepted: 3, duplicates: 0 });
    await settle();
    const [report] = healthRequests(http);
    expect(report!.url).toBe('http://127.0.0.1:9/hub/v1/health');
    expect(report!.init.headers).toMatchObject({ authorization: 'Bearer device-token-for-tests-0123456789' });
    expect(asked).toEqual([handle.getStatus().lastSuccessAt]);
    expect(report!.body).toMatchObject({ host: 'web', lastSuccessfulSyncAt: handle.getStatus().lastSuccessAt });
    expect(acknowledged).toHaveLength(0);
    report!.respond(204, '');
    await settle();
    expect(acknowledged).toHaveLength(1);
  });

  it('does not acknowledge a refused report and waits for the interval before the next, unless events were delivered', async () => {
    const { outbox, clock, http, acknowledged } = setUp(0);
    await settle();
    healthRequests(http)[0]!.respond(400, { error: 'invalid-health-report' });
    await settle();
    expect(acknowledged).toHaveLength(0);
    await clock.advance(15_000);
    await settle();
    expect(healthRequests(http)).toHaveLength(1);
    await clock.advance(45_000);
    await settle();
    expect(healthRequests(http)).toHaveLength(2);
    healthRequests(http)[1]!.respond(204, '');
    await settle();
    expect(acknowledged).toHaveLength(1);

    outbox.add(events(2));
    await clock.advance(15_000);
    await settle();
    http.requests.at(-1)!.respond(200, { accepted: 2, duplicates: 0 });
    await settle();
    expect(healthRequests(http)).toHaveLength(3);
  });
});
