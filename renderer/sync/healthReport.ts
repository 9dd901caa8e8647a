// The device's health report (common/health/deviceHealth.ts), built from what the app knows of itself, and the
// request that sends it (POST /v1/health). Only the device's own state goes in: versions, the host, counts, times,
// the log's warning codes and the remote settings' state (revision, names of overridden settings, PIN change due,
// the reason the last document was refused), never an event or anything a visitor did or typed.

import { deviceHealthReportSchema, type ContentPackState, type DeviceHealthReport, type RemoteSettingsState, type StorageWarning } from '../../common/health/deviceHealth';
import type { HostKind, RendererFaultCounts } from '../../common/host/hostApi';
import { collectorEndpoint, type FetchFunction } from './collectorApi';

/** Renderer crashes and hangs the host saw since the last acknowledged report. */
export type RendererFaults = RendererFaultCounts;

export interface HealthFacts {
  readonly appVersion: string;
  /** The content pack shown and the last refusal not yet reported (renderer/content/contentService.ts). */
  readonly contentPack: ContentPackState;
  /** The hub's remote settings here: revision applied, local overrides, PIN change due, refusal (remoteSettingsService.ts). */
  readonly settings: RemoteSettingsState;
  readonly host: HostKind;
  /** The last batch the collector acknowledged (device clock), or null. */
  readonly lastSuccessfulSyncAt: number | null;
  /** Events pending or sent, waiting for the collector. */
  readonly pendingEvents: number;
  /** Events not recorded because the log was full (since installation). */
  readonly missedEvents: number;
  readonly storageWarnings: readonly StorageWarning[];
  /** Times the log was restored from its second copy (since installation). */
  readonly storageRecoveries: number;
  /** Null where the host cannot know (a browser tab). */
  readonly rendererFaults: RendererFaults | null;
  /** Null where the host cannot tell. */
  readonly freeStorageBytes: number | null;
}

const whole = (value: number) => Math.max(0, Math.floor(value));

/** The report for these facts, checked against the schema the collector applies (a bad one is a programming error). */
export function buildHealthReport(facts: HealthFacts): DeviceHealthReport {
  return deviceHealthReportSchema.parse({
    appVersion: facts.appVersion,
    contentPack: facts.contentPack,
    settings: { revision: whole(facts.settings.revision), localOverrides: [...new Set(facts.settings.localOverrides)], pinChangePending: facts.settings.pinChangePending, refusal: facts.settings.refusal },
    host: facts.host,
    lastSuccessfulSyncAt: facts.lastSuccessfulSyncAt,
    pendingEvents: whole(facts.pendingEvents),
    missedEvents: whole(facts.missedEvents),
    storage: { warnings: [...new Set(facts.storageWarnings)], recoveries: whole(facts.storageRecoveries) },
    renderer: facts.rendererFaults === null ? null : { crashes: whole(facts.rendererFaults.crashes), hangs: whole(facts.rendererFaults.hangs) },
    freeStorageBytes: facts.freeStorageBytes === null || !Number.isFinite(facts.freeStorageBytes) ? null : whole(facts.freeStorageBytes),
  });
}

/** Free space for this origin from the browser's storage estimate, or null where it gives none. */
export async function browserFreeStorage(): Promise<number | null> {
  if (typeof navigator === 'undefined' || navigator.storage?.estimate === undefined) return null;
  try {
    const { quota, usage } = await navigator.storage.estimate();
    return quota === undefined || usage === undefined ? null : Math.max(0, quota - usage);
  } catch {
    return null;
  }
}

/** Sends one report; true only when the collector answered that it kept it (204). */
export async function postHealth(
  fetchFunction: FetchFunction,
  request: { collectorUrl: string; deviceToken: string; report: DeviceHealthReport; signal: AbortSignal },
): Promise<boolean> {
  try {
    const response = await fetchFunction(collectorEndpoint(request.collectorUrl, 'v1/health'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${request.deviceToken}` },
      body: JSON.stringify(request.report),
      signal: request.signal,
      cache: 'no-store',
    });
    await response.text().catch(() => undefined);
    return response.status === 204;
  } catch {
    return false;
  }
}
