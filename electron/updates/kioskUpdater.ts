// The kiosk's updates, wired to electron-updater (generic provider = the configured collector + /updates/<channel>/,
// policy/updateFeed.ts). electron-updater downloads in the background and checks the file against the feed's
// SHA-512 before anything is installed (a mismatch is an error and nothing is installed); on Windows it also checks
// the installer's Authenticode signature when the app itself is signed. What to do and when is decided by
// policy/updatePolicy.ts; this file only carries it out:
// - checks at the policy's times, while the kiosk is enrolled; the updater's own network session may reach the
//   collector's origin and nothing else;
// - installs (quitAndInstall) only when the policy says so: between visitors, in the staff's quiet window if set;
// - keeps each verified installer (installerKeeper.ts) and, when a new version fails to start twice, reinstalls the
//   previous one, or, without a kept installer, asks the collector for the release before (it never offers the
//   failed one to this device again) and installs that at once.

import { spawn } from 'node:child_process';
import { chmod, copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, session } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import { isAllowedUpdateRequest, updateFeed } from '../policy/updateFeed';
import {
  decideAtLaunch,
  decideInstall,
  EMPTY_UPDATE_RECORD,
  isOnTrial,
  nextCheckAt,
  parseUpdateRecord,
  recordInstall,
  recordReady,
  timingsFromEnvironment,
  type PageState,
  type UpdateRecord,
} from '../policy/updatePolicy';
import { INSTALLERS_FOLDER, keepInstaller, keptInstaller, pruneInstallers, reinstallPlan } from './installerKeeper';

export const UPDATE_RECORD_FILE = 'update-state.json';
/** electron-updater's own network session (its ElectronHttpExecutor's NET_SESSION_NAME). */
const UPDATER_SESSION = 'electron-updater';
/** How often the install policy is asked again while a downloaded update waits. */
const INSTALL_POLL_MS = 30_000;

export interface KioskUpdates {
  /** The page's narrow signal: it is ready (booted and drawn), and whether a visit is going on. */
  notePageState(state: { ready: boolean; visitor: PageState['visitor'] }): void;
  /** The page was loaded again (crash recovery, a reload): it is not ready until it says so. */
  notePageReload(): void;
}

function log(message: string): void {
  console.info(`updates: ${message}`);
}

async function readRecord(file: string): Promise<UpdateRecord> {
  try {
    return parseUpdateRecord(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return EMPTY_UPDATE_RECORD;
  }
}

async function saveRecord(file: string, record: UpdateRecord): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify(record));
  await rename(`${file}.tmp`, file);
}

/** Reinstalls a kept installer; resolves true when the app is about to be replaced (the caller then quits). */
async function reinstall(installer: string): Promise<boolean> {
  const plan = reinstallPlan(process.platform, installer, process.env.APPIMAGE);
  switch (plan.kind) {
    case 'run-installer':
      // NSIS: silent, and it starts the app again when done (--force-run); we quit so it can replace our files.
      spawn(plan.command, [...plan.args], { detached: true, stdio: 'ignore' }).unref();
      return true;
    case 'replace-appimage': {
      const partial = `${plan.target}.rollback`;
      await copyFile(installer, partial);
      await chmod(partial, 0o755);
      await rename(partial, plan.target);
      app.relaunch({ execPath: plan.target });
      return true;
    }
    case 'run-installer-as-root': {
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(plan.command, [...plan.args], { stdio: 'ignore' });
        child.on('error', () => resolve(null));
        child.on('exit', resolve);
      });
      if (code !== 0) {
        log(`reinstalling ${path.basename(installer)} with ${plan.command} failed (exit ${code}); a polkit rule must allow it (docs/kiosk-setup.md)`);
        return false;
      }
      app.relaunch();
      return true;
    }
    case 'impossible':
      log(`cannot reinstall the kept installer: ${plan.reason}`);
      return false;
  }
}

/**
 * Runs before the kiosk window is created. Returns null when the kiosk is going back to the previous version
 * (the app quits; the caller creates no window), else the handle the main process feeds the page's signals to.
 */
export async function startKioskUpdates(options: {
  readonly userData: string;
  readonly config: () => DeviceConfig;
  /** Called before the updater quits the app to install or go back (the kiosk window may then close). */
  readonly allowQuit: () => void;
}): Promise<KioskUpdates | null> {
  const recordFile = path.join(options.userData, UPDATE_RECORD_FILE);
  const installersDir = path.join(options.userData, INSTALLERS_FOLDER);
  const running = app.getVersion();
  const launch = decideAtLaunch(await readRecord(recordFile), running);
  let record = launch.record;
  await saveRecord(recordFile, record);
  let rollingBack = false;

  if (launch.action === 'roll-back') {
    log(`${launch.from} failed to start twice: going back to ${launch.to}`);
    const installer = await keptInstaller(installersDir, launch.to);
    if (installer !== null && (await reinstall(installer))) {
      options.allowQuit();
      app.exit(0);
      return null;
    }
    // No kept installer (IT installed the previous version by hand) or the platform refused: the collector offers
    // this device the release before the failed one, installed as soon as it is downloaded.
    rollingBack = true;
  }

  let page: PageState = { ready: false, visitor: 'visiting', since: Date.now() };
  let downloadedVersion: string | null = null;
  let lastCheckAt: number | null = null;
  let checkTimer: NodeJS.Timeout | null = null;
  let installTimer: NodeJS.Timeout | null = null;
  const startedAt = Date.now();
  const timings = timingsFromEnvironment(process.env.BIOTECH_UPDATE_CHECK_AFTER_SECONDS);

  // The updater's session reaches the configured collector only (the feed could name an absolute address).
  session.fromPartition(UPDATER_SESSION, { cache: false }).webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedUpdateRequest(details.url, options.config().collectorUrl);
    if (!allowed) log(`refused an update request outside the collector: ${new URL(details.url).origin}`);
    callback({ cancel: !allowed });
  });

  autoUpdater.autoDownload = true;
  // Installing on quit would skip the trial record; the trial is written just before quitAndInstall instead.
  autoUpdater.autoInstallOnAppQuit = false;
  // A release staff withdrew on the collector, or the one before a failed version, is older than what runs.
  autoUpdater.allowDowngrade = true;
  // The collector serves no block maps: always the whole file, checked against the feed's SHA-512.
  autoUpdater.disableDifferentialDownload = true;
  autoUpdater.disableWebInstaller = true;
  autoUpdater.forceDevUpdateConfig = !app.isPackaged && process.env.BIOTECH_UPDATES_UNPACKAGED === '1';
  autoUpdater.logger = { info: (m: unknown) => log(String(m)), warn: (m: unknown) => log(String(m)), error: (m: unknown) => log(String(m)) };

  const tryInstall = () => {
    const config = options.config();
    const now = new Date();
    const decision = rollingBack
      ? { install: downloadedVersion !== null }
      : decideInstall({ downloadedVersion, page, quietWindow: config.updateQuietWindow, now: now.getTime(), minuteOfDay: now.getHours() * 60 + now.getMinutes(), timings });
    if (!decision.install || downloadedVersion === null) return;
    if (!rollingBack) record = recordInstall(record, running, downloadedVersion);
    // Written synchronously: quitAndInstall ends the process soon after.
    writeFileSync(recordFile, JSON.stringify(record));
    log(`installing ${downloadedVersion}${rollingBack ? ' (going back)' : ''}`);
    options.allowQuit();
    autoUpdater.quitAndInstall(true, true);
  };

  const check = async () => {
    const feed = updateFeed(options.config(), running, record.failedVersion);
    lastCheckAt = Date.now();
    if (feed !== null) {
      autoUpdater.setFeedURL({ provider: 'generic', url: feed.url });
      autoUpdater.requestHeaders = { ...feed.headers };
      await autoUpdater.checkForUpdates().catch((error: unknown) => log(`check failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    scheduleCheck();
  };
  const scheduleCheck = () => {
    if (checkTimer !== null) clearTimeout(checkTimer);
    const due = rollingBack && lastCheckAt === null ? Date.now() : nextCheckAt(startedAt, lastCheckAt, Math.random(), timings);
    checkTimer = setTimeout(() => void check(), Math.max(0, due - Date.now()));
  };

  autoUpdater.on('update-downloaded', (event) => {
    void (async () => {
      try {
        await keepInstaller(installersDir, event.version, event.downloadedFile);
      } catch (error) {
        log(`could not keep the installer of ${event.version}: ${error instanceof Error ? error.message : String(error)}`);
      }
      downloadedVersion = event.version;
      log(`${event.version} downloaded and verified (sha512)`);
      tryInstall();
      if (installTimer === null) installTimer = setInterval(tryInstall, INSTALL_POLL_MS);
    })();
  });
  autoUpdater.on('error', (error) => log(`error: ${error.message}`));

  // A version on trial whose page is not ready in time is restarted: that start counts as failed.
  if (isOnTrial(record, running)) {
    setTimeout(() => {
      if (page.ready || !isOnTrial(record, running)) return;
      log(`${running} did not become ready in ${timings.readyDeadlineMs / 1000} s: restarting`);
      options.allowQuit();
      app.relaunch();
      app.exit(0);
    }, timings.readyDeadlineMs);
  }
  scheduleCheck();

  return {
    notePageState(state) {
      const wasReady = page.ready;
      page = { ready: page.ready || state.ready, visitor: state.visitor, since: state.visitor === page.visitor ? page.since : Date.now() };
      if (page.ready && !wasReady) {
        const confirmed = recordReady(record, running);
        if (confirmed !== record) {
          record = confirmed;
          log(`${running} started and is kept`);
          void saveRecord(recordFile, record);
        }
        void pruneInstallers(installersDir, [running, ...(downloadedVersion === null ? [] : [downloadedVersion])]);
      }
      tryInstall();
    },
    notePageReload() {
      page = { ready: false, visitor: 'visiting', since: Date.now() };
    },
  };
}
