// Starts the app: finds the host, reads the device config and the visitor's settings, loads the texts, and builds
// the services the React tree uses. Every failure here degrades to defaults; the app always starts.

import { selectHost } from '../host/selectHost';
import { createI18n, switchLanguage } from '../i18n/i18n';
import { clearVisitorSettings, defaultVisitorSettings, writeVisitorSettings, type VisitorSettings } from '../settings/visitorSettings';
import { allowedLocale, applySettingsToDocument, startVisitorSettings } from '../settings/startSettings';
import { createStore } from '../state/store';
import { readQueryParameters } from './queryParameters';
import { PSEUDO_LOCALE } from '../i18n/localeChoice';
import { formatLocation, HOME, parseLocation } from '../navigation/routes';
import { screenChunks } from '../navigation/screenChunks';
import type { AppServices } from './services';
import { usesAttractLoop, type VisitorPhase } from '../kiosk/attractLoop';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import { GAMES } from '../../games/registry';
import { loadTelemetryModule, startTelemetry } from '../telemetry/telemetryFront';
import { afterFirstScreen } from './firstScreen';
import { exposeTelemetryForTests } from '../telemetry/testHooks';
import { settingsChangeEvents } from './settingsEvents';
import { screenIdOf } from '../navigation/routes';
import { deviceHealthSource } from './deviceHealthSource';
import { FAST_SYNC_TIMINGS, runSync } from './syncService';
import { languageLock } from '../classroom/languageLock';
import { TEST_BUILD, testSwitches } from '../testing/testBuild';
import { createContentService } from '../content/contentService';
import { createRemoteSettingsService } from '../settings/remoteSettingsService';
import type { DeviceConfigState } from '../../common/host/hostApi';

function applyToDocument(settings: VisitorSettings, config: DeviceConfig): void {
  applySettingsToDocument(settings, config, languageLock.get() !== null);
}

/** The page's localStorage, or null where the browser refuses it (some private windows). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export async function boot(): Promise<AppServices> {
  const query = readQueryParameters(window.location.search);
  const host = selectHost();
  const [appVersion, configState] = await Promise.all([host.appVersion(), host.loadDeviceConfig()]);
  const config = configState.config;

  const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const initial = startVisitorSettings(config, { storage: window.localStorage, locked: languageLock.get(), linked: query.locale, prefersReducedMotion });

  // A kiosk's or a fair stand's first screen is its attract screen: its code comes with the texts.
  const attractScreen = usesAttractLoop(config) ? screenChunks[config.mode === 'event' ? 'eventAttract' : 'attract'].load().catch(() => undefined) : null;
  const i18n = await createI18n(initial.language);
  await attractScreen;
  const deviceConfig = createStore(configState);
  const settings = createStore(initial);
  const location = createStore(parseLocation(window.location.hash));

  // Not awaited: the first screen does not wait for the log, and its code is loaded only once that screen is drawn
  // (renderer/app/firstScreen.ts). Calls made before it is open are kept in order, with their time, and replayed into
  // it (renderer/telemetry/telemetryFront.ts).
  const telemetry = startTelemetry({
    context: { appVersion, mode: config.mode, siteLabel: config.siteLabel, hostKind: host.kind },
    // Test build only: a tiny cap (?testHooks=1&pendingCap=20); the shipped app always uses the real one.
    ...(TEST_BUILD && testSwitches().pendingCap !== null ? { pendingCap: testSwitches().pendingCap! } : {}),
  }, () => afterFirstScreen().then(loadTelemetryModule));
  const visitor = createStore<VisitorPhase>(usesAttractLoop(config) ? 'attract' : 'visiting');
  const sessionLanguage = () => {
    const language = settings.get().language;
    return language === PSEUDO_LOCALE ? deviceConfig.get().config.defaultLanguage : language;
  };
  let lastScreen = screenIdOf(location.get());
  const recordScreen = () => telemetry.record({ type: 'screen-viewed', screen: screenIdOf(location.get()) });
  // The visit's session and its first screen are recorded in that order, whenever the log opens.
  const sessionStarted = visitor.get() === 'visiting' ? telemetry.startSession(sessionLanguage()).catch(() => null) : Promise.resolve(null);
  if (visitor.get() === 'visiting') recordScreen();
  // Content packs: a pack from the sync waits for a moment between two visitors (the attract screen, or a classroom
  // back on its home with no game running); a page load is such a moment too.
  const content = createContentService({
    deviceConfig,
    // The pack storage's code (IndexedDB) comes with its opening, which the first screen waits for only with a key.
    openStorage: () => import('../content/packStorage').then(({ openPackStorage }) => openPackStorage()),
    betweenVisitors: () => (usesAttractLoop(deviceConfig.get().config) ? visitor.get() === 'attract' : location.get().route.screen === 'home'),
  });
  // What the first screen shows comes from a kept pack only on a device that has the collector's key: without one,
  // every kept pack is refused and the built-in content shows whatever the storage holds, so the first screen does
  // not wait for the storage to open (it goes on in the background, for the admin panel's status).
  if (config.contentKey !== null) await content.ready;
  visitor.subscribe(() => content.settle());
  location.subscribe(() => content.settle());
  // The admin panel's save of the device config: through the host (Electron's config.json, the web override).
  const saveDeviceConfig = async (next: DeviceConfig) => {
    const state: DeviceConfigState = await host.saveDeviceConfig(next);
    deviceConfig.set(state);
  };
  // Remote settings from the hub: applied between visitors too, through the same save as the admin panel's.
  const remoteSettings = createRemoteSettingsService({
    deviceConfig,
    saveDeviceConfig: async (next) => {
      await saveDeviceConfig(next);
      // The next visitor starts in a language the hub left enabled.
      const language = settings.get().language;
      const allowed = allowedLocale(language, next);
      if (allowed !== language) {
        await switchLanguage(i18n, allowed);
        settings.set({ ...settings.get(), language: allowed });
      }
    },
    betweenVisitors: () => (usesAttractLoop(deviceConfig.get().config) ? visitor.get() === 'attract' : location.get().route.screen === 'home'),
    storage: localStorageOrNull(),
  });
  visitor.subscribe(() => void remoteSettings.settle());
  location.subscribe(() => void remoteSettings.settle());
  void remoteSettings.settle();
  const health = deviceHealthSource({ telemetry, appVersion, host, content, settings: remoteSettings });
  const contentSink = {
    request: () => {
      const { siteLabel, mode } = deviceConfig.get().config;
      return { site: siteLabel, mode, knownVersion: content.knownVersion() };
    },
    offer: (body: unknown) => content.offerFromCollector(body),
  };
  // Class codes (a lesson link's code makes this browser join that class at the hub, web host only): their code loads
  // once the first screen is drawn, and the sync, which asks whether this browser syncs as a class, waits for it.
  const classJoin = afterFirstScreen().then(() => import('../classroom/classJoin'));
  const classJoinReady = classJoin.then(
    () => undefined,
    () => undefined,
  );
  let syncsAsClass: ((storage: Storage) => boolean) | null = null;
  const settingsSink = {
    // A pupil's browser synced with a class code has no settings of its own (the collector answers 204 anyway).
    wanted: () => {
      const storage = localStorageOrNull();
      return storage === null || syncsAsClass === null || !syncsAsClass(storage);
    },
    knownRevision: () => remoteSettings.knownRevision(),
    offer: (incoming: Parameters<typeof remoteSettings.offer>[0]) => remoteSettings.offer(incoming),
    refuse: (reason: string) => remoteSettings.refuse(reason),
  };
  const sync = runSync(telemetry.opened.then((log) => classJoinReady.then(() => log)), deviceConfig, TEST_BUILD && testSwitches().syncFast ? FAST_SYNC_TIMINGS : {}, health, contentSink, settingsSink);
  // A lesson link with a class code: this browser joins that class at the hub with its own token (web host only).
  const classCodeOnScreen = () => {
    const { route } = location.get();
    return route.screen === 'lesson' ? (route.lesson.classCode ?? null) : null;
  };
  const linkedCode = createStore(classCodeOnScreen());
  location.subscribe(() => linkedCode.set(classCodeOnScreen()));
  void classJoin.then(
    (module) => {
      syncsAsClass = module.syncsAsClass;
      module.followClassCodes({
        hostKind: host.kind,
        deviceConfig,
        saveDeviceConfig: (next) => host.saveDeviceConfig(next),
        linkedCode,
        fetchFunction: (input, init) => fetch(input, init),
        storage: window.localStorage,
      });
    },
    // Not loaded (the network gone, a web host updated meanwhile): a lesson link's class code is not followed on this
    // page load; the lesson itself works, and the next load tries again.
    () => undefined,
  );
  // Test build only: the open log, once the app's own session has started, so a test's startSession() cannot race
  // with it.
  if (TEST_BUILD && testSwitches().testHooks) {
    void Promise.all([telemetry.opened, sessionStarted]).then(
      ([log]) => exposeTelemetryForTests(log),
      () => undefined,
    );
  }
  location.subscribe(() => {
    const screen = screenIdOf(location.get());
    if (screen === lastScreen || visitor.get() !== 'visiting') return;
    lastScreen = screen;
    recordScreen();
  });

  applyToDocument(initial, config);
  settings.subscribe(() => applyToDocument(settings.get(), deviceConfig.get().config));
  deviceConfig.subscribe(() => applyToDocument(settings.get(), deviceConfig.get().config));
  languageLock.subscribe(() => applyToDocument(settings.get(), deviceConfig.get().config));
  // Classroom and event modes only (also when the admin switches the mode later); opt-in on test-hook pages. The
  // service worker is registered once the first screen is drawn: its install fetches the whole build, which the first
  // screen must not wait behind.
  const offline = afterFirstScreen().then(() => import('../offline/offlineStatus'));
  const offlineIfNeeded = () => {
    offline.then(
      ({ needsOfflineSupport, registerOfflineSupport }) => {
        if (needsOfflineSupport(deviceConfig.get().config.mode)) registerOfflineSupport();
      },
      // Not loaded (the network gone): this page works as it is; the next load registers the worker.
      () => undefined,
    );
  };
  offlineIfNeeded();
  deviceConfig.subscribe(offlineIfNeeded);
  window.addEventListener('hashchange', () => location.set(parseLocation(window.location.hash)));
  // Kiosks: no long-press menus or "save image as" for visitors.
  window.addEventListener('contextmenu', (event) => {
    if (deviceConfig.get().config.mode === 'kiosk') event.preventDefault();
  });

  return {
    host,
    appVersion,
    query,
    telemetry,
    games: GAMES,
    content,
    remoteSettings,
    visitor,
    sync,
    i18n,
    deviceConfig,
    settings,
    location,
    navigate(next) {
      const hash = formatLocation(next);
      if (hash !== window.location.hash) window.location.hash = hash;
      location.set(parseLocation(hash));
    },
    async changeSettings(change) {
      const next = { ...settings.get(), ...change };
      // While the class language is locked, only the locked language can be chosen (the teacher unlocks first).
      const locked = languageLock.get();
      if (locked !== null && change.language !== undefined && change.language !== locked) next.language = settings.get().language;
      if (next.language !== settings.get().language) {
        next.language = allowedLocale(next.language, deviceConfig.get().config);
        await switchLanguage(i18n, next.language);
      }
      const before = settings.get();
      settings.set(next);
      writeVisitorSettings(window.localStorage, next);
      for (const event of settingsChangeEvents(before, next)) telemetry.record(event);
    },
    async startVisit() {
      // A visit starts and ends whatever the log answers (it counts the events it could not store; a log whose code
      // could not be loaded refuses them all): a visitor is never left on the attract screen or with the last visit's
      // state because of it.
      await telemetry.startSession(sessionLanguage()).catch(() => null);
      visitor.set('visiting');
      lastScreen = screenIdOf(location.get());
      recordScreen();
    },
    async endVisit(reason) {
      await telemetry.endSession(reason).catch(() => null);
      // Back to the defaults: language, text size, motion, sound; the screen (a game, career filters, the quiz)
      // unmounts with the navigation home, so no component keeps the previous visitor's state.
      const current = deviceConfig.get().config;
      const startLanguage = allowedLocale(languageLock.get() ?? current.defaultLanguage, current);
      const fresh = defaultVisitorSettings(startLanguage === PSEUDO_LOCALE ? current.defaultLanguage : startLanguage, window.matchMedia('(prefers-reduced-motion: reduce)').matches);
      clearVisitorSettings(window.localStorage);
      if (settings.get().language !== fresh.language) await switchLanguage(i18n, fresh.language);
      settings.set(fresh);
      window.history.replaceState(null, '', formatLocation(HOME));
      location.set(HOME);
      if (usesAttractLoop(current)) {
        visitor.set('attract');
      } else {
        await telemetry.startSession(sessionLanguage()).catch(() => null);
        recordScreen();
      }
    },
    saveDeviceConfig,
  };
}
