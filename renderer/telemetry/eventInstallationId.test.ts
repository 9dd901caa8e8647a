// The installation id events carry: the lasting id in the desktop app; in a browser (a pupil's own device) a random
// id that lasts one local day and is never the engagement log's own lasting id.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { MirrorStorage } from './installationMirror';
import { openTelemetry, type Telemetry } from './telemetry';

const DAY = 24 * 3600 * 1000;
let databaseCounter = 0;
const opened: Telemetry[] = [];

afterEach(async () => {
  for (const telemetry of opened.splice(0)) await telemetry.close();
});

function memoryStorage(): MirrorStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

async function open(hostKind: 'electron' | 'web', storage: MirrorStorage, clock: { now: number }, databaseName = `daily-id-${++databaseCounter}`) {
  const telemetry = await openTelemetry({
    context: { appVersion: '0.1.0', mode: 'classroom', siteLabel: 'Classe 2B', hostKind },
    databaseName,
    installationMirror: storage,
    journal: null,
    clock: { now: () => clock.now, monotonic: () => clock.now },
  });
  opened.push(telemetry);
  return telemetry;
}

describe('the installation id on events', () => {
  it('is the lasting installation id in the desktop app', async () => {
    const clock = { now: new Date(2026, 11, 3, 9, 0).getTime() };
    const telemetry = await open('electron', memoryStorage(), clock);
    const first = await telemetry.startSession('fr');
    clock.now += 3 * DAY;
    const later = await telemetry.startSession('fr');
    expect(first.installationId).toBe(telemetry.installationId);
    expect(later.installationId).toBe(telemetry.installationId);
  });

  it('lasts one local day in a browser, across reloads, and is never the log\'s lasting id', async () => {
    const storage = memoryStorage();
    const clock = { now: new Date(2026, 11, 3, 9, 0).getTime() };
    const databaseName = `daily-id-${++databaseCounter}`;
    let telemetry = await open('web', storage, clock, databaseName);
    const morning = await telemetry.startSession('fr');
    expect(morning.installationId).not.toBe(telemetry.installationId);
    expect(morning.installationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await telemetry.close();
    opened.splice(opened.indexOf(telemetry), 1);
    clock.now += 8 * 3600 * 1000; // the same day, after a reload
    telemetry = await open('web', storage, clock, databaseName);
    const afternoon = await telemetry.startSession('fr');
    expect(afternoon.installationId).toBe(morning.installationId);
    clock.now += DAY; // the next day
    const tomorrow = await telemetry.startSession('nl');
    expect(tomorrow.installationId).not.toBe(morning.installationId);
    expect(tomorrow.installationId).not.toBe(telemetry.installationId);
  });
});
