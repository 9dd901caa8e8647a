// Gathers the device's health report for the sync (renderer/sync/healthReport.ts) from the engagement log's own
// counts and warnings (no event is read), the host's renderer fault counts where it has them (Electron) and the
// browser's storage estimate, the content pack shown with the last refusal not yet reported, the hub's remote settings
// (revision applied, local overrides, PIN change due, the last document refused), and passes the host's acknowledgement on once the collector
// kept a report. The report's code (renderer/sync/healthReport.ts) loads with the first report: only a device that syncs
// sends one, and never before its first screen.

import type { ContentPackState, RemoteSettingsState } from '../../common/health/deviceHealth';
import type { HostApi } from '../../common/host/hostApi';
import type { HealthSource } from '../sync';
import type { Telemetry } from '../telemetry/telemetry';

/** The content service's part of the report (renderer/content/contentService.ts). */
export interface ContentHealth {
  healthState(): ContentPackState;
  refusalReported(refusal: ContentPackState['refusal']): Promise<void>;
}

/** The remote settings service's part of the report (renderer/settings/remoteSettingsService.ts). */
export interface SettingsHealth {
  healthState(): RemoteSettingsState;
}

const NO_REMOTE_SETTINGS: SettingsHealth = { healthState: () => ({ revision: 0, localOverrides: [], pinChangePending: false, refusal: null }) };

const BUILT_IN_ONLY: ContentHealth = { healthState: () => ({ source: 'built-in', version: 0, refusal: null }), refusalReported: async () => undefined };

export function deviceHealthSource(options: {
  telemetry: Pick<Telemetry, 'logHealth'>;
  appVersion: string;
  host: Pick<HostApi, 'kind' | 'rendererFaults'>;
  freeStorage?: () => Promise<number | null>;
  content?: ContentHealth;
  settings?: SettingsHealth;
}): HealthSource {
  const { telemetry, appVersion, host } = options;
  const content = options.content ?? BUILT_IN_ONLY;
  const settings = options.settings ?? NO_REMOTE_SETTINGS;
  return {
    async report(lastSuccessfulSyncAt) {
      const { browserFreeStorage, buildHealthReport } = await import('../sync/healthReport');
      const freeStorage = options.freeStorage ?? browserFreeStorage;
      const [log, rendererFaults, freeStorageBytes] = await Promise.all([telemetry.logHealth(), host.rendererFaults?.read() ?? Promise.resolve(null), freeStorage()]);
      return buildHealthReport({
        appVersion,
        contentPack: content.healthState(),
        settings: settings.healthState(),
        host: host.kind,
        lastSuccessfulSyncAt,
        pendingEvents: log.events.pending + log.events.sent,
        missedEvents: log.notRecorded,
        storageWarnings: log.warnings,
        storageRecoveries: log.problems.storeRecoveries,
        rendererFaults,
        freeStorageBytes,
      });
    },
    async acknowledge(report) {
      if (report.renderer !== null) await host.rendererFaults?.acknowledge(report.renderer);
      await content.refusalReported(report.contentPack.refusal);
    },
  };
}
