// `npm run collector -- release add|list|promote|rollback`: the kiosk releases the collector offers as updates.
// add copies an installer (NSIS .exe, AppImage, .deb) into the releases folder and registers it with its SHA-512 and
// size on a channel (stable or pilot), with a staged rollout (--rollout <percent>, --sites "Hall A,Hall B");
// promote changes the rollout of a release (e.g. to 100 %); rollback withdraws a release, so its devices go back to
// the release before it at their next check. Every change goes to the audit log as done from the command line.

import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import { deviceConfigSchema } from '../common/config/deviceConfig';
import { INSTALLER_NAME_PATTERN, platformOfInstaller, VERSION_PATTERN, versionInFileName } from './releases/feed';
import { measureFile, storedNameOf, storeInstaller } from './releases/releaseFiles';
import { isReleaseChannel, RELEASE_CHANNELS, type ReleaseChannel, type RolloutRule } from './releases/rollout';
import { releasesDir, storageSettings, UsageError } from './settings';
import { AuditLog, COMMAND_LINE_ACTOR, type AuditAction } from './storage/auditLog';
import { openStore } from './storage/openStore';
import { ReleaseStore, type Release } from './storage/releaseStore';

type Environment = Readonly<Record<string, string | undefined>>;

function channelOf(flags: ReadonlyMap<string, string>, required: boolean): ReleaseChannel | undefined {
  const channel = flags.get('channel');
  if (channel === undefined && !required) return undefined;
  if (!isReleaseChannel(channel)) throw new UsageError(`--channel must be ${RELEASE_CHANNELS.join(' or ')}${channel === undefined ? '' : `, got "${channel}"`}`);
  return channel;
}

/** --rollout (a whole percentage, 100 when absent) and --sites (comma-separated site names). */
function rolloutOf(flags: ReadonlyMap<string, string>, fallback: RolloutRule): RolloutRule {
  const percentText = flags.get('rollout');
  const percent = percentText === undefined ? fallback.percent : Number(percentText.replace(/%$/, ''));
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new UsageError(`--rollout must be a whole percentage from 0 to 100, got "${percentText}"`);
  const sitesText = flags.get('sites');
  const sites =
    sitesText === undefined
      ? fallback.sites
      : sitesText
          .split(',')
          .map((site) => site.trim())
          .filter((site) => site !== '');
  for (const site of sites) {
    if (!deviceConfigSchema.shape.siteLabel.safeParse(site).success) throw new UsageError(`--sites: "${site}" is not a valid site name`);
  }
  return { percent, sites };
}

function describeRollout(rule: RolloutRule): string {
  const sites = rule.sites.length === 0 ? '' : ` + sites ${rule.sites.map((site) => `"${site}"`).join(', ')}`;
  return `${rule.percent} % of devices${sites}`;
}

function describeRelease(release: Release): string {
  const state = release.withdrawnAt === null ? describeRollout(release.rollout) : `withdrawn ${new Date(release.withdrawnAt).toISOString()}`;
  const files = release.files.map((file) => `    ${file.fileName}  ${file.platform}  ${file.size} bytes  sha512 ${file.sha512}`);
  return [`${release.channel}  ${release.version}  released ${new Date(release.releasedAt).toISOString()}  ${state}`, ...files].join('\n');
}

async function add(filePath: string | undefined, flags: ReadonlyMap<string, string>, env: Environment, store: ReleaseStore, audit: (action: AuditAction, subject: string) => Promise<void>): Promise<number> {
  if (filePath === undefined) throw new UsageError('release add needs the installer file: release add <file> --channel stable|pilot');
  const channel = channelOf(flags, true)!;
  const fileName = basename(filePath);
  if (!INSTALLER_NAME_PATTERN.test(fileName)) throw new UsageError(`"${fileName}": an installer name is letters, digits, spaces and . _ + - only`);
  const platform = platformOfInstaller(fileName);
  if (platform === null) throw new UsageError(`"${fileName}" is not an installer the kiosks can update from: a Windows .exe (NSIS), a Linux .AppImage or .deb`);
  const version = flags.get('version') ?? versionInFileName(fileName);
  if (version === null || !VERSION_PATTERN.test(version)) {
    throw new UsageError(`no version in "${fileName}": give it with --version 1.4.0 (the version in the app's package.json)`);
  }
  const rollout = rolloutOf(flags, { percent: 100, sites: [] });
  const found = await stat(filePath).catch(() => null);
  if (found === null || !found.isFile()) throw new UsageError(`cannot read the file "${filePath}"`);
  const measured = await measureFile(filePath);
  const storedName = storedNameOf(fileName, measured.sha512);
  await storeInstaller(filePath, releasesDir(flags, env), storedName);
  const outcome = await store.addFile(channel, version, { fileName, platform, storedName, ...measured }, rollout, Date.now());
  if (outcome === 'name-taken') {
    console.error(`The ${channel} channel already has another file called "${fileName}". Rename the new one (each feed address must always mean the same file).`);
    return 1;
  }
  if (outcome === 'same-file') {
    console.log(`"${fileName}" is already in ${version} on ${channel}; nothing changed.`);
    return 0;
  }
  await audit('release-added', `${channel} ${version} ${fileName}`);
  console.log(`${outcome === 'created' ? 'New release' : 'Added to release'} ${version} on ${channel}: ${fileName} (${platform}, ${measured.size} bytes, sha512 ${measured.sha512}).`);
  if (outcome === 'created') console.log(`Rollout: ${describeRollout(rollout)}. Kiosks on ${channel} pick it up at their next check.`);
  else console.log('The rollout of this release is unchanged (use `release promote` to change it).');
  return 0;
}

export async function releaseCommand(args: readonly string[], flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const [action, subject] = args;
  if (action !== 'add' && action !== 'list' && action !== 'promote' && action !== 'rollback') {
    throw new UsageError('use `release add <file> --channel stable|pilot`, `release list`, `release promote <version> --channel ...` or `release rollback <version> --channel ...`');
  }
  const storeHandle = await openStore(storageSettings(flags, env));
  try {
    const store = new ReleaseStore(storeHandle.driver);
    const log = new AuditLog(storeHandle.driver);
    const audit = (what: AuditAction, about: string) => log.record({ at: Date.now(), actor: COMMAND_LINE_ACTOR, action: what, subject: about });
    if (action === 'add') return await add(subject, flags, env, store, audit);
    if (action === 'list') {
      const releases = await store.releases(channelOf(flags, false));
      console.log(releases.length === 0 ? 'No release yet: add one with `npm run collector -- release add <file> --channel stable`.' : releases.map(describeRelease).join('\n'));
      return 0;
    }
    if (subject === undefined || !VERSION_PATTERN.test(subject)) throw new UsageError(`release ${action} needs the version, e.g. \`release ${action} 1.4.0 --channel stable\``);
    const channel = channelOf(flags, true)!;
    const existing = (await store.releases(channel)).find((release) => release.version === subject);
    if (existing === undefined) {
      console.error(`No release ${subject} on the ${channel} channel (see \`npm run collector -- release list\`).`);
      return 1;
    }
    if (action === 'promote') {
      const rollout = rolloutOf(flags, { percent: 100, sites: existing.rollout.sites });
      await store.setRollout(channel, subject, rollout);
      await audit('release-promoted', `${channel} ${subject} ${rollout.percent}%`);
      console.log(`Release ${subject} on ${channel} now goes to ${describeRollout(rollout)}.`);
      return 0;
    }
    await store.withdraw(channel, subject, Date.now());
    await audit('release-withdrawn', `${channel} ${subject}`);
    console.log(`Release ${subject} on ${channel} is withdrawn: its kiosks go back to the release before it at their next check (\`release promote ${subject}\` offers it again).`);
    return 0;
  } finally {
    await storeHandle.close();
  }
}
