// The collector's commands: `serve` (the default) runs the HTTP service and the staff dashboard; `enrol --site
// "Hall A"` prints a short-lived enrolment code; `revoke <deviceId>` shuts a device out; `devices` lists enrolled
// devices; `staff add|remove|unlock|list` manages dashboard accounts (staffCommands.ts); `audit` prints the newest
// lines of the staff audit log; `release add|list|promote|rollback` manages the kiosk updates (releaseCommands.ts);
// `content-key [rotate]` prints (or replaces) the key devices check content packs with (contentCommands.ts).
// What staff do here is written to the audit log as done from the command line.
// Returns the process exit code; prints plain sentences for staff.

import { enrolmentCodeHash, newEnrolmentCode } from './security/secrets';
import { buildApp } from './server/app';
import { createLogger } from './server/logging';
import { describeStorage, parseArguments, serverSettings, storageSettings, UsageError } from './settings';
import { contentKeyCommand } from './contentCommands';
import { releaseCommand } from './releaseCommands';
import { staffCommand } from './staffCommands';
import { AuditLog, COMMAND_LINE_ACTOR } from './storage/auditLog';
import { openStore } from './storage/openStore';
import { RetentionSchedule } from './storage/retention';
import { deviceConfigSchema } from '../common/config/deviceConfig';

type Environment = Readonly<Record<string, string | undefined>>;

const USAGE = `Usage:
  npm run collector -- [serve] [--port 8787] [--host 127.0.0.1] [--data-dir collector-data] [--rate-limit 120] [--rate-burst 30]
  npm run collector -- enrol --site "Hall A" [--valid-minutes 15]
  npm run collector -- revoke <deviceId>
  npm run collector -- devices
  npm run collector -- staff add <name>     (password from COLLECTOR_STAFF_PASSWORD or typed at the prompt)
  npm run collector -- staff remove <name> | staff unlock <name> | staff list
  npm run collector -- audit [--limit 50]   (the newest staff audit log lines)
  npm run collector -- content-key          (the public key devices check content packs with, for a device config)
  npm run collector -- content-key rotate --confirm true   (a new key for a leaked one; devices must be enrolled again)
  npm run collector -- release add <file> --channel stable|pilot [--rollout 100] [--sites "Hall A,Hall B"] [--version 1.4.0]
  npm run collector -- release list [--channel stable] | release promote <version> --channel stable [--rollout 100] [--sites ...]
  npm run collector -- release rollback <version> --channel stable   (kiosks go back to the release before it)
Serve flags also: [--trusted-proxy 127.0.0.1] (the TLS proxy in front), [--keep-raw-months 13] (retention),
  [--insecure-cookie-on-loopback true] (plain-HTTP trial on this machine only: the staff cookie is not Secure),
  [--releases-dir <data-dir>/releases] (the kiosk installers served as updates; release commands take it too).
PostgreSQL instead of SQLite: set DATABASE_URL (and optionally DATABASE_SCHEMA). See docs/collector.md.`;

async function serve(flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const settings = serverSettings(flags, env);
  const logger = createLogger(settings.logLevel);
  const store = await openStore(settings.storage);
  const app = buildApp({
    store,
    logger,
    rateLimit: settings.rateLimit,
    secureCookie: settings.secureCookie,
    trustedProxy: settings.trustedProxy,
    releasesDir: settings.releasesDir,
  });
  const retention = new RetentionSchedule(store, settings.keepRawMonths, Date.now, (outcome) => {
    if ('error' in outcome) logger.error({ err: outcome.error }, 'deleting expired raw events failed; tried again tomorrow');
    else logger.info({ deletedEvents: outcome.events, cutoff: new Date(outcome.cutoff).toISOString() }, 'expired raw events deleted');
  });
  const address = await app.listen({ host: settings.host, port: settings.port });
  retention.start();
  console.log(`Biotech collector listening on ${address} (storage: ${describeStorage(settings.storage)})`);
  console.log(`Raw events are kept ${settings.keepRawMonths} months; the dashboard's counts are kept.`);
  if (!settings.secureCookie) {
    console.warn('WARNING: --insecure-cookie-on-loopback: the staff cookie is sent over plain HTTP. For a trial on this machine only.');
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await retention.stop();
  await app.close();
  await store.close();
  console.log('Biotech collector stopped');
  return 0;
}

async function enrol(flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const site = deviceConfigSchema.shape.siteLabel.safeParse(flags.get('site'));
  if (!site.success) throw new UsageError(`--site "<name>" is needed; the site name ${site.error.issues[0]?.message ?? 'is invalid'}`);
  const minutesText = flags.get('valid-minutes') ?? '15';
  const minutes = Number(minutesText);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) throw new UsageError('--valid-minutes must be 1 to 1440');
  const store = await openStore(storageSettings(flags, env));
  try {
    const code = newEnrolmentCode();
    const now = Date.now();
    const expiresAt = now + minutes * 60_000;
    await store.createEnrolmentCode(enrolmentCodeHash(code)!, site.data, now, expiresAt);
    await new AuditLog(store.driver).record({ at: now, actor: COMMAND_LINE_ACTOR, action: 'enrolment-code-created', subject: site.data });
    console.log(`Enrolment code for "${site.data}": ${code}`);
    console.log(`Valid once, until ${new Date(expiresAt).toLocaleString('en-GB')} (${minutes} minutes). Enter it in the kiosk's admin panel.`);
    return 0;
  } finally {
    await store.close();
  }
}

async function revoke(deviceId: string | undefined, flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  if (deviceId === undefined) throw new UsageError('revoke needs the device id (see `npm run collector -- devices`)');
  const store = await openStore(storageSettings(flags, env));
  try {
    if (!(await store.revokeDevice(deviceId, Date.now()))) {
      console.error(`No device ${deviceId} is enrolled here.`);
      return 1;
    }
    await new AuditLog(store.driver).record({ at: Date.now(), actor: COMMAND_LINE_ACTOR, action: 'device-revoked', subject: deviceId });
    console.log(`Device ${deviceId} is revoked: its token is refused from now on.`);
    return 0;
  } finally {
    await store.close();
  }
}

async function listDevices(flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const store = await openStore(storageSettings(flags, env));
  try {
    const devices = await store.devices();
    if (devices.length === 0) console.log('No device is enrolled yet.');
    for (const device of devices) {
      const state = device.revokedAt === null ? 'active' : `revoked ${new Date(device.revokedAt).toISOString()}`;
      console.log(`${device.deviceId}  ${device.siteLabel}  enrolled ${new Date(device.enrolledAt).toISOString()}  ${state}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function showAudit(flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const limit = Number(flags.get('limit') ?? '50');
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit must be 1 to 10000');
  const store = await openStore(storageSettings(flags, env));
  try {
    const entries = await new AuditLog(store.driver).recent(limit);
    if (entries.length === 0) console.log('The audit log is empty.');
    for (const entry of entries) console.log(`${new Date(entry.at).toISOString()}  ${entry.actor}  ${entry.action}${entry.subject === null ? '' : `  ${entry.subject}`}`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function runCommand(argv: readonly string[], env: Environment): Promise<number> {
  try {
    const { positional, flags } = parseArguments(argv);
    const [command = 'serve', ...rest] = positional;
    switch (command) {
      case 'serve':
        return await serve(flags, env);
      case 'enrol':
        return await enrol(flags, env);
      case 'revoke':
        return await revoke(rest[0], flags, env);
      case 'devices':
        return await listDevices(flags, env);
      case 'staff':
        return await staffCommand(rest, flags, env);
      case 'release':
        return await releaseCommand(rest, flags, env);
      case 'audit':
        return await showAudit(flags, env);
      case 'content-key':
        return await contentKeyCommand(rest, flags, env);
      case 'help':
        console.log(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`The collector stopped: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
