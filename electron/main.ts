// Electron main process: one locked-down window that loads the renderer from app://bundle, the device config file,
// crash recovery, and the kiosk's updates from the hub's collector (updates/kioskUpdater.ts). Thin by design: no game or business logic lives here. Policy decisions are in ./policy/.

import { app, BrowserWindow, ipcMain, Menu, net, powerMonitor, powerSaveBlocker, protocol, safeStorage, session, type WebContents } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { enrolForPage } from '../common/host/enrolment';
import type { DeviceConfigState } from '../common/host/hostApi';
import { collectorOriginOf } from '../common/security/contentSecurityPolicy';
import { ADMIN_LOCK_FILE, createFileAdminLockStore } from './config/adminLockFile';
import { resolveConfigFile } from './config/configFile';
import { createDeviceConfigStore, type DeviceConfigStore } from './config/deviceConfigStore';
import type { TokenSealer } from './config/deviceTokenSealing';
import { APP_ENTRY_URL, APP_SCHEME, bundleResponse, resolveBundlePath } from './policy/appProtocol';
import { parseKioskCommandLine } from './policy/commandLine';
import { decideRecovery, type RendererFault } from './policy/crashRecovery';
import { createFaultTally } from './policy/faultTally';
import { createHangWatch } from './policy/hangRecovery';
import { isBlockedShortcut } from './policy/kioskShortcuts';
import { loginItemFor } from './policy/loginItem';
import { isAllowedNavigation, isPermissionGranted, isTrustedIpcSender, windowOpenDecision } from './policy/navigationPolicy';
import { createCloseGuard, type CloseGuard } from './policy/windowClose';
import { startKioskUpdates, type KioskUpdates } from './updates/kioskUpdater';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const bundleRoot = path.join(__dirname, '..', '..', 'web');
const commandLine = parseKioskCommandLine(process.argv);
let mainWindow: BrowserWindow | null = null;
let configState: DeviceConfigState | null = null;
const recentFaults: number[] = [];
let closeGuard: CloseGuard = createCloseGuard(false);
let updates: KioskUpdates | null = null;

/** The config file: userData/config.json, IT's --config file, or a copy of a read-only one (policy/configLocation). */
async function openConfigStore(): Promise<DeviceConfigStore> {
  const provisioned = commandLine.configPath ? path.resolve(commandLine.configPath) : null;
  const resolved = await resolveConfigFile(provisioned, app.getPath('userData'));
  if (resolved.copiedFrom) console.info(`config: copied the read-only ${resolved.copiedFrom} to ${resolved.filePath}`);
  return createDeviceConfigStore(resolved.filePath, safeStorageSealer);
}

/**
 * safeStorage as the device token's sealer. On Linux the "basic_text" backend encrypts with a constant key, which
 * protects nothing: it counts as no key store, and the token stays plain (with a warning in the log).
 */
const safeStorageSealer: TokenSealer = {
  available: async () =>
    (await safeStorage.isAsyncEncryptionAvailable()) && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  seal: async (text) => (await safeStorage.encryptStringAsync(text)).toString('base64'),
  unseal: async (sealed) => (await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'))).result,
};

async function serveBundle(request: Request): Promise<Response> {
  const lookup = resolveBundlePath(bundleRoot, request.url);
  if (!lookup.ok) return new Response(lookup.reason, { status: lookup.status });
  try {
    // The renderer may reach the saved collector and nothing else (one CSP, sent as the header; see bundleResponse).
    const served = bundleResponse(lookup.filePath, await fs.readFile(lookup.filePath), configState?.config.collectorUrl);
    return new Response(served.body, { status: served.status, headers: served.headers });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

function lockDownSession(): void {
  const appSession = session.defaultSession;
  appSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  appSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  appSession.setDevicePermissionHandler(() => false);
  // Nothing leaves the machine except through the renderer's own fetch to the collector (CSP-limited).
  appSession.on('will-download', (event) => event.preventDefault());
}

function guardContents(contents: WebContents, kiosk: boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input, kiosk)) event.preventDefault();
  });
  if (kiosk) contents.on('context-menu', (event) => event.preventDefault());
  void contents.setVisualZoomLevelLimits(1, 1);
}

/** Renderer crashes and hangs since the last health report the collector kept. */
const faultTally = createFaultTally();

function recordFault(fault: RendererFault): ReturnType<typeof decideRecovery> {
  const now = Date.now();
  const decision = decideRecovery(fault, recentFaults, now);
  recentFaults.push(now);
  while (recentFaults.length > 20) recentFaults.shift();
  return decision;
}

function scheduleRecovery(fault: RendererFault): void {
  const decision = recordFault(fault);
  if (decision.action !== 'reload') return;
  setTimeout(() => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    // Back to the start screen: a fresh load, never a half-restored visitor session.
    void mainWindow.loadURL(APP_ENTRY_URL);
  }, decision.delayMs);
}

function createWindow(state: DeviceConfigState): BrowserWindow {
  const kiosk = state.config.mode === 'kiosk';
  const window = new BrowserWindow({
    width: 1920,
    height: 1080,
    show: false,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#0d1b2a',
    title: 'Biotech Discovery',
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'), // eng-disable PRELOAD_JS_CHECK  reviewed: a few typed calls via contextBridge (common/host/bridge.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  guardContents(window.webContents, kiosk);
  // A hung page gets a grace period (longer when hangs repeat); `responsive` cancels it, so a visitor who was only
  // waiting on a slow step keeps their place. Still hung at the end: crash it and start afresh in a new process.
  const watch = createHangWatch({ set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) }, () => {
    if (window.isDestroyed()) return;
    recordFault('unresponsive');
    faultTally.hung();
    window.webContents.forcefullyCrashRenderer();
    void window.loadURL(APP_ENTRY_URL);
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    watch.responsive();
    // Our own forced crash already started the fresh load.
    if (watch.takeIntentionalCrash()) return;
    faultTally.crashed();
    scheduleRecovery(details.reason);
  });
  window.on('unresponsive', () => watch.unresponsive(decideRecovery('unresponsive', recentFaults, Date.now()).delayMs));
  window.on('responsive', () => watch.responsive());
  // Alt+F4 on Windows and the window manager's close button close the window without a key event the page could
  // stop: in kiosk mode the close is refused unless staff quit or the system is shutting down.
  closeGuard = createCloseGuard(kiosk);
  window.on('close', (event) => {
    if (closeGuard.shouldPreventClose()) event.preventDefault();
  });
  window.on('session-end', () => closeGuard.allow('system-shutdown'));
  window.on('closed', () => watch.dispose());
  // A fresh document (crash recovery, a reload) is not ready until its page says so again.
  window.webContents.on('did-navigate', () => updates?.notePageReload());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function registerIpc(store: DeviceConfigStore): void {
  const trusted = (event: Electron.IpcMainInvokeEvent): boolean =>
    event.sender === mainWindow?.webContents &&
    isTrustedIpcSender(event.senderFrame?.url, event.senderFrame === event.sender.mainFrame);
  const refuse = (): never => {
    throw new Error('refused: untrusted sender');
  };

  ipcMain.handle('host:app-version', (event) => (trusted(event) ? app.getVersion() : refuse()));
  ipcMain.handle('host:config-load', async (event) => {
    if (!trusted(event)) refuse();
    configState ??= await store.load();
    return configState;
  });
  ipcMain.handle('host:config-save', async (event, candidate: unknown) => {
    if (!trusted(event)) refuse();
    const before = collectorOriginOf(configState?.config.collectorUrl);
    configState = await store.save(candidate);
    // A new collector needs a new CSP, which only a fresh document load carries: reload once the answer is sent.
    if (collectorOriginOf(configState.config.collectorUrl) !== before) setTimeout(() => mainWindow?.webContents.reload(), 1500);
    return configState;
  });
  // Enrolment with a collector that is not saved yet: the page's CSP cannot allow it, so the main process checks the
  // request (an https address, or http on this computer; a code of the right shape) and makes the call itself.
  ipcMain.handle('host:enrol', async (event, candidate: unknown) => {
    if (!trusted(event)) refuse();
    return enrolForPage(candidate, (input, init) => net.fetch(input, init));
  });
  // The PIN lockout lives here, out of the page's reach; the page reports only whether a PIN was right.
  const adminLock = createFileAdminLockStore(path.join(app.getPath('userData'), ADMIN_LOCK_FILE));
  ipcMain.handle('host:admin-lock-read', (event) => (trusted(event) ? adminLock.read() : refuse()));
  ipcMain.handle('host:admin-lock-record', (event, outcome: unknown) => {
    if (!trusted(event) || (outcome !== 'failure' && outcome !== 'success')) refuse();
    return adminLock.record(outcome as 'failure' | 'success');
  });
  ipcMain.handle('host:kiosk-reload', (event) => {
    if (!trusted(event)) refuse();
    mainWindow?.webContents.reloadIgnoringCache();
  });
  // Renderer faults for the page's health report: it reads them and takes off what the collector kept.
  ipcMain.handle('host:faults-read', (event) => (trusted(event) ? faultTally.read() : refuse()));
  ipcMain.handle('host:faults-acknowledge', (event, reported: unknown) => {
    if (!trusted(event)) refuse();
    faultTally.acknowledge(reported);
  });
  ipcMain.handle('host:kiosk-exit', (event) => {
    if (!trusted(event)) refuse();
    closeGuard.allow('staff-quit');
    app.quit();
  });
  // The page's state for the updates: ready, and whether a visit is going on. Nothing else is accepted.
  ipcMain.handle('host:kiosk-state', (event, state: unknown) => {
    if (!trusted(event)) refuse();
    const { ready, visitor } = (state ?? {}) as { ready?: unknown; visitor?: unknown };
    if (typeof ready !== 'boolean' || (visitor !== 'attract' && visitor !== 'visiting')) refuse();
    updates?.notePageState({ ready: ready as boolean, visitor: visitor as 'attract' | 'visiting' });
  });
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  lockDownSession();
  protocol.handle(APP_SCHEME, serveBundle);
  const store = await openConfigStore();
  registerIpc(store);
  configState = await store.load();
  if (configState.config.mode !== 'classroom') powerSaveBlocker.start('prevent-display-sleep');
  // After a power cut the kiosk comes back by itself when the auto-login user signs in, with the --config it was
  // started with (Windows and macOS; Linux uses the systemd user service or XDG autostart entry in build/linux/).
  const loginItem = loginItemFor({
    platform: process.platform,
    isPackaged: app.isPackaged,
    mode: configState.config.mode,
    execPath: process.execPath,
    configPath: commandLine.configPath,
    cwd: process.cwd(),
  });
  if (loginItem) app.setLoginItemSettings({ ...loginItem, args: loginItem.args ? [...loginItem.args] : undefined });
  powerMonitor.on('shutdown', () => closeGuard.allow('system-shutdown'));
  // Before the window: a version that failed to start twice goes back to the previous one here (null: quitting).
  updates = await startKioskUpdates({
    userData: app.getPath('userData'),
    config: () => configState!.config,
    allowQuit: () => closeGuard.allow('update-install'),
  });
  if (updates === null) return;
  mainWindow = createWindow(configState);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => windowOpenDecision());
  });
  // app.quit() (the admin panel's quit, SIGTERM from systemd) lets the kiosk window close; Alt+F4 alone does not.
  app.on('before-quit', () => closeGuard.allow('staff-quit'));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
