// Electron main process: one locked-down window that loads the renderer from app://bundle, the device config file,
// and crash recovery. Thin by design: no game or business logic lives here. Policy decisions are in ./policy/.

import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session, type WebContents } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DeviceConfigState } from '../common/host/hostApi';
import { createDeviceConfigStore } from './config/deviceConfigStore';
import { APP_ENTRY_URL, APP_SCHEME, contentTypeFor, resolveBundlePath } from './policy/appProtocol';
import { parseKioskCommandLine } from './policy/commandLine';
import { collectorOriginOf, contentSecurityPolicy } from './policy/contentSecurityPolicy';
import { decideRecovery, type RendererFault } from './policy/crashRecovery';
import { isBlockedShortcut } from './policy/kioskShortcuts';
import { isAllowedNavigation, isPermissionGranted, isTrustedIpcSender, windowOpenDecision } from './policy/navigationPolicy';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const bundleRoot = path.join(__dirname, '..', '..', 'web');
const commandLine = parseKioskCommandLine(process.argv);
let mainWindow: BrowserWindow | null = null;
let configState: DeviceConfigState | null = null;
const recentFaults: number[] = [];

function configStore() {
  const filePath = commandLine.configPath
    ? path.resolve(commandLine.configPath)
    : path.join(app.getPath('userData'), 'config.json');
  return createDeviceConfigStore(filePath);
}

async function serveBundle(request: Request): Promise<Response> {
  const lookup = resolveBundlePath(bundleRoot, request.url);
  if (!lookup.ok) return new Response(lookup.reason, { status: lookup.status });
  try {
    const body = await fs.readFile(lookup.filePath);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': contentTypeFor(lookup.filePath),
        // The renderer may reach the configured collector and nothing else.
        'content-security-policy': contentSecurityPolicy({ collectorOrigin: collectorOriginOf(configState?.config.collectorUrl) }),
        'x-content-type-options': 'nosniff',
      },
    });
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

function scheduleRecovery(fault: RendererFault): void {
  const now = Date.now();
  const decision = decideRecovery(fault, recentFaults, now);
  recentFaults.push(now);
  while (recentFaults.length > 20) recentFaults.shift();
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
      preload: path.join(__dirname, 'preload.js'), // eng-disable PRELOAD_JS_CHECK  reviewed: five typed calls via contextBridge
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
  window.webContents.on('render-process-gone', (_event, details) => scheduleRecovery(details.reason));
  window.on('unresponsive', () => scheduleRecovery('unresponsive'));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function registerIpc(): void {
  const store = configStore();
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
  ipcMain.handle('host:kiosk-reload', (event) => {
    if (!trusted(event)) refuse();
    mainWindow?.webContents.reloadIgnoringCache();
  });
  ipcMain.handle('host:kiosk-exit', (event) => {
    if (!trusted(event)) refuse();
    app.quit();
  });
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  lockDownSession();
  protocol.handle(APP_SCHEME, serveBundle);
  registerIpc();
  configState = await configStore().load();
  if (configState.config.mode !== 'classroom') {
    powerSaveBlocker.start('prevent-display-sleep');
    // After a power cut the kiosk comes back by itself when the auto-login user signs in (Windows and macOS;
    // Linux uses the systemd user service or XDG autostart entry shipped in build/linux/).
    if (app.isPackaged && process.platform !== 'linux') app.setLoginItemSettings({ openAtLogin: true });
  }
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
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
