// The health source reads the log's counts (no events), the host's fault counts and free storage, and passes the
// collector's acknowledgement of the fault counts back to the host.

import { describe, expect, it } from 'vitest';
import type { RendererFaultCounts } from '../../common/host/hostApi';
import type { LogHealth } from '../telemetry/statistics';
import { deviceHealthSource } from './deviceHealthSource';

const LOG = {
  events: { pending: 5, sent: 2, acknowledged: 900, quarantined: 0 },
  pendingCap: 1_000_000,
  notRecorded: 3,
  problems: { storeRecoveries: 1 },
  warnings: ['cap-reached', 'store-recovered'],
} as unknown as LogHealth;

describe('deviceHealthSource', () => {
  it('reports a web device: waiting and missed events, warnings, recoveries, free space, no fault counts', async () => {
    const source = deviceHealthSource({ telemetry: { logHealth: async () => LOG }, appVersion: '1.4.0', host: { kind: 'web', rendererFaults: null }, freeStorage: async () => 5_000 });
    expect(await source.report(123)).toEqual({
      appVersion: '1.4.0',
      contentPack: { source: 'built-in', version: 0, refusal: null },
      settings: { revision: 0, localOverrides: [], pinChangePending: false, refusal: null },
      host: 'web',
      lastSuccessfulSyncAt: 123,
      pendingEvents: 7,
      missedEvents: 3,
      storage: { warnings: ['cap-reached', 'store-recovered'], recoveries: 1 },
      renderer: null,
      freeStorageBytes: 5_000,
    });
  });

  it("reports the kiosk shell's fault counts and acknowledges exactly those the collector kept", async () => {
    const acknowledged: RendererFaultCounts[] = [];
    const host = { kind: 'electron' as const, rendererFaults: { read: async () => ({ crashes: 2, hangs: 1 }), acknowledge: async (counts: RendererFaultCounts) => void acknowledged.push(counts) } };
    const source = deviceHealthSource({ telemetry: { logHealth: async () => LOG }, appVersion: '1.4.0', host, freeStorage: async () => null });
    const report = await source.report(null);
    expect(report).toMatchObject({ host: 'electron', renderer: { crashes: 2, hangs: 1 }, freeStorageBytes: null, lastSuccessfulSyncAt: null });
    await source.acknowledge(report);
    expect(acknowledged).toEqual([{ crashes: 2, hangs: 1 }]);
  });

  it("reports the hub's remote settings as the settings service sees them", async () => {
    const settings = { healthState: () => ({ revision: 4, localOverrides: ['idleTimeoutSeconds' as const], pinChangePending: true, refusal: 'invalid' as const }) };
    const source = deviceHealthSource({ telemetry: { logHealth: async () => LOG }, appVersion: '1.4.0', host: { kind: 'web', rendererFaults: null }, freeStorage: async () => null, settings });
    expect((await source.report(null)).settings).toEqual({ revision: 4, localOverrides: ['idleTimeoutSeconds'], pinChangePending: true, refusal: 'invalid' });
  });
});
