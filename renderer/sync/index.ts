// The sync client's public surface: start the background loop, enrol a device, read the status.

export { startSync, browserNetwork, MAX_BATCH_SIZE, type HealthSource, type ContentPackSink, type RemoteSettingsSink, type SyncHandle, type SyncOptions, type SyncClock, type NetworkMonitor, type SyncOutboxPort, type SyncTelemetry } from './syncClient';
export { enrolDevice, EnrolmentError, collectorEndpoint, type DeviceEnrolment, type EnrolmentErrorCode, type FetchFunction } from './collectorApi';
export { SYNC_ERROR_CODES, type SyncErrorCode, type SyncState, type SyncStatus, type SyncStatusStore } from './syncStatus';
export { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
export { buildHealthReport, browserFreeStorage, type HealthFacts, type RendererFaults } from './healthReport';
export { fetchContentPack, contentUrl, type ContentFetchOutcome } from './contentFetch';
export { fetchRemoteSettings, settingsUrl, checkRemoteSettings, type SettingsFetchOutcome } from './settingsFetch';
