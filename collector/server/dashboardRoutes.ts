// The staff dashboard's API under /api: login, logout and session; the overview, games and careers reports;
// devices (list, revoke) and enrolment codes; class codes and classroom reach (classRoutes.ts); content packs
// (contentStaffRoutes.ts); remote settings (settingsStaffRoutes.ts); accounts (list, unlock) and the audit log, which records every action. Everything but login needs a staff session; every POST also needs
// the CSRF header. Device tokens open nothing here: only the session cookie is read.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { deviceConfigSchema } from '../../common/config/deviceConfig';
import { careersReport } from '../reports/careers';
import { filtersSchema } from '../reports/filters';
import { gamesReport } from '../reports/games';
import { overviewReport } from '../reports/overview';
import type { AuditEntrySummary, DeviceSummary, EnrolmentCodeCreated, FilterOptions, SessionInfo, StaffAccountSummary } from '../reports/types';
import { enrolmentCodeHash, newEnrolmentCode } from '../security/secrets';
import { registerReleaseRoutes } from './releaseRoutes';
import type { CollectorStore } from '../storage/collectorStore';
import type { DeviceHealthStore } from '../storage/healthStore';
import type { AuditAction } from '../storage/auditLog';
import { STAFF_NAME_PATTERN, type StaffSession } from '../storage/staffStore';
import { registerClassStaffRoutes } from './classRoutes';
import { registerContentStaffRoutes, type ContentStaffContext } from './contentStaffRoutes';
import { registerSettingsStaffRoutes } from './settingsStaffRoutes';
import type { RemoteSettingsStore } from '../storage/remoteSettingsStore';
import {
  clearSessionCookie,
  csrfTokenMatches,
  LOGIN_HEADER,
  login,
  sameOrigin,
  sessionHash,
  sessionOf,
  setSessionCookie,
  type StaffAuthOptions,
} from './staffAuth';

const loginSchema = z.strictObject({ name: z.string().min(1).max(64), password: z.string().min(1).max(256) });
const enrolSchema = z.strictObject({ siteLabel: deviceConfigSchema.shape.siteLabel, validMinutes: z.int().min(1).max(24 * 60).optional() });
const deviceParams = z.strictObject({ deviceId: z.string().regex(/^[0-9a-f-]{36}$/) });
const staffParams = z.strictObject({ name: z.string().regex(STAFF_NAME_PATTERN) });
const exportSchema = z.strictObject({ table: z.string().regex(/^[a-z0-9-]{1,40}$/) });

const staffSessions = new WeakMap<FastifyRequest, { id: string; session: StaffSession }>();

function refuse(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply.code(status).send({ error, message });
}

function invalidQuery(reply: FastifyReply, issues: readonly { path: readonly PropertyKey[]; message: string }[]): FastifyReply {
  const first = issues[0];
  return refuse(reply, 400, 'invalid-filters', `${first?.path.join('.') || 'query'}: ${first?.message ?? 'invalid'}`);
}

export function registerDashboardRoutes(
  app: FastifyInstance,
  store: CollectorStore,
  auth: StaffAuthOptions,
  health: DeviceHealthStore,
  content: Pick<ContentStaffContext, 'content' | 'signer'>,
  settings: RemoteSettingsStore,
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.post('/api/login', async (request, reply) => {
    if (!sameOrigin(request) || request.headers[LOGIN_HEADER] !== '1') {
      return refuse(reply, 403, 'csrf-refused', 'log in from the dashboard page itself');
    }
    const body = loginSchema.safeParse(request.body);
    if (!body.success) return refuse(reply, 400, 'invalid-request', 'send {"name": "...", "password": "..."}');
    const outcome = await login(auth, request.ip, body.data.name.trim().toLowerCase(), body.data.password);
    if (outcome.kind === 'busy') {
      return reply
        .code(429)
        .header('retry-after', String(outcome.retryAfterSeconds))
        .send({ error: 'rate-limited', message: `too many logins from here; wait ${outcome.retryAfterSeconds} s`, retryAfterSeconds: outcome.retryAfterSeconds });
    }
    if (outcome.kind === 'invalid') {
      return refuse(reply, 401, 'invalid-credentials', 'the name or the password is wrong (after repeated failures an account pauses for a while)');
    }
    setSessionCookie(auth, request, reply, outcome.sessionId);
    const info: SessionInfo = { staffName: outcome.session.staffName, csrfToken: outcome.session.csrfToken };
    return reply.code(200).send(info);
  });

  app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const found = await sessionOf(auth, request);
      if (found === null) return refuse(reply, 401, 'staff-only', 'log in to the dashboard as staff');
      if (request.method !== 'GET' && request.method !== 'HEAD' && (!sameOrigin(request) || !csrfTokenMatches(request, found.session))) {
        return refuse(reply, 403, 'csrf-refused', 'this request lacks the dashboard CSRF token; reload the page');
      }
      staffSessions.set(request, found);
    });

    const current = (request: FastifyRequest) => {
      const found = staffSessions.get(request);
      if (found === undefined) throw new Error('dashboard route reached without a staff session');
      return found;
    };

    scope.get('/api/session', async (request) => {
      const { session } = current(request);
      const info: SessionInfo = { staffName: session.staffName, csrfToken: session.csrfToken };
      return info;
    });

    const audit = (request: FastifyRequest, action: AuditAction, subject: string | null = null) =>
      auth.audit.record({ at: auth.now(), actor: current(request).session.staffName, action, subject });

    scope.post('/api/logout', async (request, reply) => {
      await auth.staff.deleteSession(sessionHash(current(request).id));
      await audit(request, 'logout');
      clearSessionCookie(auth, request, reply);
      return reply.code(204).send();
    });

    scope.get('/api/filters', async () => {
      await store.foldRollups();
      const [sites, days, devices] = await Promise.all([
        store.driver.readCommitted<{ site_label: string }>("SELECT DISTINCT site_label FROM monthly_counts WHERE metric = 'sessions' ORDER BY site_label"),
        store.driver.readCommitted<{ first: string | null; last: string | null }>("SELECT MIN(day) AS first, MAX(day) AS last FROM daily_counts WHERE metric = 'sessions'"),
        store.devices(),
      ]);
      const options: FilterOptions = {
        sites: [...new Set([...sites.map((row) => row.site_label), ...devices.map((device) => device.siteLabel)])].sort(),
        devices: devices.map((device) => ({ deviceId: device.deviceId, siteLabel: device.siteLabel })),
        firstDay: days[0]?.first ?? null,
        lastDay: days[0]?.last ?? null,
      };
      return options;
    });

    const reports = { overview: overviewReport, games: gamesReport, careers: careersReport } as const;
    for (const [name, build] of Object.entries(reports)) {
      scope.get(`/api/reports/${name}`, async (request, reply) => {
        const filters = filtersSchema.safeParse(request.query);
        if (!filters.success) return invalidQuery(reply, filters.error.issues);
        await store.foldRollups();
        return build(store.driver, filters.data);
      });
    }

    scope.get('/api/devices', async () => {
      const [devices, reports] = await Promise.all([store.devices(), health.latest()]);
      const summaries: DeviceSummary[] = devices.map((device) => ({ ...device, health: reports.get(device.deviceId) ?? null }));
      return summaries;
    });

    scope.post('/api/devices/:deviceId/revoke', async (request, reply) => {
      const params = deviceParams.safeParse(request.params);
      if (!params.success) return refuse(reply, 404, 'unknown-device', 'no such device');
      if (!(await store.revokeDevice(params.data.deviceId, auth.now()))) return refuse(reply, 404, 'unknown-device', 'no such device');
      await audit(request, 'device-revoked', params.data.deviceId);
      request.log.info({ deviceId: params.data.deviceId, staff: current(request).session.staffName }, 'device revoked from the dashboard');
      return reply.code(204).send();
    });

    scope.post('/api/enrolment-codes', async (request, reply) => {
      const body = enrolSchema.safeParse(request.body);
      if (!body.success) return refuse(reply, 400, 'invalid-site', 'give the site a name (letters, digits, spaces; at most 80 characters)');
      const code = newEnrolmentCode();
      const now = auth.now();
      const expiresAt = now + (body.data.validMinutes ?? 15) * 60_000;
      await store.createEnrolmentCode(enrolmentCodeHash(code)!, body.data.siteLabel, now, expiresAt);
      await audit(request, 'enrolment-code-created', body.data.siteLabel);
      const created: EnrolmentCodeCreated = { code, siteLabel: body.data.siteLabel, expiresAt };
      return reply.code(201).send(created);
    });

    // Every staff account may create class codes (a teacher gets an account of their own: there are no lesser roles).
    registerClassStaffRoutes(scope, store, { now: auth.now, audit, staffName: (request) => current(request).session.staffName });

    // Every staff account may edit, publish and roll back content packs (there are no lesser roles).
    registerContentStaffRoutes(scope, { ...content, auditLog: auth.audit, now: auth.now, staffName: (request) => current(request).session.staffName });

    // Every staff account may set remote settings for a site or a device and ask for a kiosk's PIN to be changed.
    registerSettingsStaffRoutes(scope, { settings, store, auditLog: auth.audit, now: auth.now, staffName: (request) => current(request).session.staffName });

    // The dashboard builds CSV files in the browser from a report it already shows; it says so here, for the log.
    scope.post('/api/exports', async (request, reply) => {
      const body = exportSchema.safeParse(request.body);
      if (!body.success) return refuse(reply, 400, 'invalid-request', 'send {"table": "<table id>"}');
      await audit(request, 'export', body.data.table);
      return reply.code(204).send();
    });

    // Administration. Every dashboard account is an administrator of this collector (there are no lesser roles).
    scope.get('/api/staff', async () => {
      const accounts: StaffAccountSummary[] = await auth.staff.accounts(auth.now());
      return accounts;
    });

    scope.post('/api/staff/:name/unlock', async (request, reply) => {
      const params = staffParams.safeParse(request.params);
      if (!params.success || !(await auth.staff.unlock(params.data.name))) return refuse(reply, 404, 'unknown-account', 'no such staff account');
      await audit(request, 'account-unlocked', params.data.name);
      return reply.code(204).send();
    });

    scope.get('/api/audit', async () => {
      const entries: AuditEntrySummary[] = await auth.audit.recent();
      return entries;
    });

    registerReleaseRoutes(scope, store);
  });
}
