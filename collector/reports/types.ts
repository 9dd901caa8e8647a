// The dashboard API's report shapes, shared by the server (collector/server/dashboardRoutes.ts) and the React
// dashboard (collector/dashboard/). A count the staff may not see never leaves the server: it is the string "<5".

import type { DeviceHealth } from '../../common/health/deviceHealth';

/** Shown for every count below the threshold, on screen, in charts and in CSV files. */
export const SUPPRESSED = '<5';
export type Suppressed = typeof SUPPRESSED;

/** A published count, "<5", or null when a derived figure (a rate, a median) is withheld or undefined. */
export type Cell = number | Suppressed | null;

/** count: a number of sessions or events; percent: 0-100; seconds: a duration; */
export type ColumnKind = 'count' | 'percent' | 'seconds';

/** What a row's key names, so the dashboard can translate it. */
export type RowKind =
  | 'day'
  | 'week'
  | 'month'
  | 'mode'
  | 'language'
  | 'site'
  | 'device'
  | 'profile'
  | 'age-band'
  | 'game'
  | 'role'
  | 'interest'
  | 'pathway-start';

export interface ReportColumn {
  readonly id: string;
  readonly kind: ColumnKind;
}

export interface ReportRow {
  readonly key: string;
  readonly cells: readonly Cell[];
}

export interface ReportTable {
  readonly id: string;
  readonly rowKind: RowKind;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** The published total of each column, or null when the table has no total row. */
  readonly total: readonly Cell[] | null;
}

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface OverviewReport {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly sessions: Cell;
  readonly previousSessions: Cell;
  /** Change against the previous period in percent, null when either figure is withheld or the previous is 0. */
  readonly changePercent: number | null;
  readonly tables: readonly ReportTable[];
}

export interface SummaryFigure {
  readonly id: string;
  readonly value: Cell;
}

export interface TablesReport {
  readonly period: Period;
  readonly summary: readonly SummaryFigure[];
  readonly tables: readonly ReportTable[];
}

export interface FilterOptions {
  readonly sites: readonly string[];
  readonly devices: readonly { readonly deviceId: string; readonly siteLabel: string }[];
  /** First and last day with data, null when there is none. */
  readonly firstDay: string | null;
  readonly lastDay: string | null;
}

export interface DeviceSummary {
  readonly deviceId: string;
  readonly siteLabel: string;
  readonly enrolledAt: number;
  readonly revokedAt: number | null;
  readonly lastSyncAt: number | null;
  /** Events this device sent whose time could not be true (refused, never stored). */
  readonly rejectedEvents: number;
  /** The class whose code enrolled it (a pupil's browser), null for a device staff enrolled; absent in old answers. */
  readonly classId?: string | null;
  /** The device's latest health report and the server time it arrived, or null before its first. */
  readonly health: { readonly reportedAt: number; readonly report: DeviceHealth } | null;
}

export interface EnrolmentCodeCreated {
  readonly code: string;
  readonly siteLabel: string;
  readonly expiresAt: number;
}

export interface SessionInfo {
  readonly staffName: string;
  readonly csrfToken: string;
}

/** A staff account as administrators see it (never its password hash). */
export interface StaffAccountSummary {
  readonly name: string;
  readonly failedAttempts: number;
  /** Epoch ms while locked, else null. */
  readonly lockedUntil: number | null;
}

/** One line of the audit log (collector/storage/auditLog.ts): who did what, when; never an address. */
export interface AuditEntrySummary {
  readonly at: number;
  readonly actor: string;
  readonly action: string;
  readonly subject: string | null;
}

/** A kiosk release as the Releases page shows it (collector/server/releaseRoutes.ts). */
export interface ReleaseSummary {
  readonly channel: string;
  readonly version: string;
  readonly releasedAt: number;
  /** 0-100: the share of devices in the staged rollout. */
  readonly rolloutPercent: number;
  /** Sites whose devices all get it. */
  readonly rolloutSites: readonly string[];
  readonly withdrawnAt: number | null;
  readonly files: readonly { readonly fileName: string; readonly platform: string; readonly size: number }[];
}

/** What one device reported at its last update check. */
export interface DeviceVersionSummary {
  readonly deviceId: string;
  readonly siteLabel: string;
  readonly appVersion: string;
  readonly channel: string;
  /** A version it went back from because it failed to start twice, or null. */
  readonly failedVersion: string | null;
  readonly reportedAt: number;
}

export interface ReleasesOverview {
  readonly releases: readonly ReleaseSummary[];
  readonly devices: readonly DeviceVersionSummary[];
}

/** A class code as the Classes page lists it (collector/storage/classCodes.ts). */
export interface ClassCodeSummary {
  readonly classId: string;
  /** As shown and linked, e.g. "7KQ4-M9X2-TB". */
  readonly code: string;
  readonly school: string;
  readonly classLabel: string;
  /** The hub's local day it is valid on, YYYY-MM-DD. */
  readonly day: string;
  readonly validFrom: number;
  readonly expiresAt: number;
  readonly maxDevices: number;
  readonly usedDevices: number;
  readonly createdBy: string;
  readonly revokedAt: number | null;
}

/** Classroom reach per school and class: devices that joined and visits on the code's day, suppressed below 5. */
export interface ClassReachReport {
  readonly schools: readonly {
    readonly school: string;
    readonly devices: Cell;
    readonly visits: Cell;
    readonly classes: readonly { readonly classLabel: string; readonly devices: Cell; readonly visits: Cell }[];
  }[];
  readonly total: { readonly devices: Cell; readonly visits: Cell };
}
