// Calls to the collector's dashboard API: same origin, the session cookie sent by the browser, the CSRF token in a
// header on every POST and PUT. A 401 means the session ended: the app shows the login again. A refusal keeps its
// whole JSON body (e.g. the content publication's list of missing texts).

import type {
  AuditEntrySummary,
  ClassCodeSummary,
  ClassReachReport,
  DeviceSummary,
  EnrolmentCodeCreated,
  FilterOptions,
  OverviewReport,
  ReleasesOverview,
  SessionInfo,
  StaffAccountSummary,
  TablesReport,
} from '../../reports/types';
import type { RemoteSettingsOverview } from '../../../common/config/remoteSettings';
import type { Filters } from './filters';

/** REMOTE_SETTINGS_PATHS.staff, written out so the devices page does not load the contract's schema code. */
export const SETTINGS_OVERVIEW_PATH = '/api/settings';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retryAfterSeconds: number | null;
  /** The answer's JSON body as sent ({} when it had none). */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(status: number, code: string, retryAfterSeconds: number | null, body: Readonly<Record<string, unknown>> = {}) {
    super(`${status} ${code}`);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
    this.body = body;
  }
}

let csrfToken = '';
let onSessionEnded: () => void = () => undefined;

export function setSession(session: SessionInfo | null): void {
  csrfToken = session?.csrfToken ?? '';
}

export function whenSessionEnds(callback: () => void): void {
  onSessionEnded = callback;
}

/** One call to the collector's dashboard API (the Content page's calls are in content/contentRequests.ts). */
export async function request<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { error?: string; retryAfterSeconds?: number };
    if (response.status === 401 && url !== '/api/login') onSessionEnded();
    throw new ApiError(response.status, problem.error ?? 'unknown', problem.retryAfterSeconds ?? null, problem);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export function query(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== '') params.set(key, value);
  return params.toString();
}

export const api = {
  session: () => request<SessionInfo>('GET', '/api/session'),
  login: (name: string, password: string) => request<SessionInfo>('POST', '/api/login', { name, password }, { 'x-biotech-dashboard': '1' }),
  logout: () => request<void>('POST', '/api/logout'),
  filterOptions: () => request<FilterOptions>('GET', '/api/filters'),
  overview: (filters: Filters) => request<OverviewReport>('GET', `/api/reports/overview?${query(filters)}`),
  games: (filters: Filters) => request<TablesReport>('GET', `/api/reports/games?${query(filters)}`),
  careers: (filters: Filters) => request<TablesReport>('GET', `/api/reports/careers?${query(filters)}`),
  devices: () => request<DeviceSummary[]>('GET', '/api/devices'),
  revoke: (deviceId: string) => request<void>('POST', `/api/devices/${encodeURIComponent(deviceId)}/revoke`, {}),
  createCode: (siteLabel: string) => request<EnrolmentCodeCreated>('POST', '/api/enrolment-codes', { siteLabel }),
  /** Tells the server a CSV file of `table` was downloaded, for the audit log. */
  noteExport: (table: string) => request<void>('POST', '/api/exports', { table }),
  staff: () => request<StaffAccountSummary[]>('GET', '/api/staff'),
  unlock: (name: string) => request<void>('POST', `/api/staff/${encodeURIComponent(name)}/unlock`, {}),
  audit: () => request<AuditEntrySummary[]>('GET', '/api/audit'),
  releases: () => request<ReleasesOverview>('GET', '/api/releases'),
  classes: () => request<ClassCodeSummary[]>('GET', '/api/classes'),
  createClass: (draft: { school: string; classLabel: string; day: string; maxDevices: number }) => request<ClassCodeSummary>('POST', '/api/classes', draft),
  revokeClass: (classId: string) => request<void>('POST', `/api/classes/${encodeURIComponent(classId)}/revoke`, {}),
  /** Every remote-settings target with its newest document (saves go through settings/settingsRequests.ts). */
  settingsOverview: () => request<RemoteSettingsOverview>('GET', SETTINGS_OVERVIEW_PATH),
  classReach: () => request<ClassReachReport>('GET', '/api/reports/classes'),
};

