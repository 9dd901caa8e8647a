// The staff's remote-settings routes under /api/settings (common/config/remoteSettings.ts), registered inside the
// dashboard's scope, so they need a staff session and, for PUT, the CSRF token, like every /api/ route. GET gives the
// newest document of every target; PUT saves one target's document as the next revision (an empty one clears it).
// A body the contract's schema refuses (a PIN, an unknown field, a default language not enabled) gets 400 with its
// problems; a device target must be an enrolled device (404 otherwise). Every save goes to the audit log with it.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { REMOTE_SETTINGS_PATHS, remoteSettingsTargetKey, saveRemoteSettingsRequestSchema } from '../../common/config/remoteSettings';
import type { AuditLog } from '../storage/auditLog';
import type { CollectorStore } from '../storage/collectorStore';
import type { RemoteSettingsStore } from '../storage/remoteSettingsStore';

export interface SettingsStaffContext {
  readonly settings: RemoteSettingsStore;
  readonly store: CollectorStore;
  readonly auditLog: AuditLog;
  readonly now: () => number;
  readonly staffName: (request: FastifyRequest) => string;
}

export function registerSettingsStaffRoutes(scope: FastifyInstance, context: SettingsStaffContext): void {
  const { settings } = context;

  scope.get(REMOTE_SETTINGS_PATHS.staff, async () => settings.overview());

  scope.put(REMOTE_SETTINGS_PATHS.staff, async (request, reply) => {
    // Checked here first only to know the target; the store checks the whole body again before it keeps it.
    const body = saveRemoteSettingsRequestSchema.safeParse(request.body);
    if (body.success && body.data.target.kind === 'device') {
      const { deviceId } = body.data.target;
      const known = await context.store.driver.all<{ device_id: string }>('SELECT device_id FROM devices WHERE device_id = ?', [deviceId]);
      if (known.length === 0) return reply.code(404).send({ error: 'unknown-device', message: 'no enrolled device has this id' });
    }
    const actor = context.staffName(request);
    const outcome = await settings.save(request.body, context.now(), actor, async (tx, saved) => {
      const pin = saved.pinChangeRequestedAt === null ? '' : ' (PIN change asked)';
      await context.auditLog.record({ at: context.now(), actor, action: 'settings-saved', subject: `${remoteSettingsTargetKey(saved.target)} r${saved.version}${pin}` }, tx);
    });
    if (outcome.kind === 'invalid') {
      return reply.code(400).send({
        error: 'invalid-settings',
        message: 'these settings do not match what the hub may set (the PIN and unknown fields are never accepted)',
        issues: outcome.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
    }
    return reply.code(200).send(outcome.settings);
  });
}
