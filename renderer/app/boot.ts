// Starts the app: finds the host, reads the device config and the visitor's settings, loads the texts, and builds
// the services the React tree uses. Every failure here degrades to defaults; the app always starts.

import { isLanguage } from '../../common/i18n/languages';
import { selectHost } from '../host/selectHost';
import { createI18n, switchLanguage } from '../i18n/i18n';
import { defaultVisitorSettings, readVisitorSettings, TEXT_SCALE, writeVisitorSettings, type VisitorSettings } from '../settings/visitorSettings';
import { createStore } from '../state/store';
import { readQueryParameters, PSEUDO_LOCALE, type LocaleChoice } from './queryParameters';
import { formatLocation, parseLocation } from './routes';
import type { AppServices } from './services';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import { GAMES } from '../../games/registry';
import { openTelemetry } from '../telemetry/telemetry';
import { exposeTelemetryForTests } from '../telemetry/testHooks';
import { settingsChangeEvents } from './settingsEvents';
import { screenIdOf } from './routes';

function allowedLocale(locale: LocaleChoice, config: DeviceConfig): LocaleChoice {
  if (locale === PSEUDO_LOCALE) return locale;
  return isLanguage(locale) && config.enabledLanguages.includes(locale) ? locale : config.defaultLanguage;
}

/** Reflects settings and mode on <html> so CSS can follow (text scale, calm motion, kiosk selection rules). */
function applyToDocument(settings: VisitorSettings, config: DeviceConfig): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
  root.dataset.textSize = settings.textSize;
  root.dataset.reducedMotion = String(settings.reducedMotion);
  root.dataset.mode = config.mode;
}

export async function boot(): Promise<AppServices> {
  const query = readQueryParameters(window.location.search);
  const host = selectHost();
  const [appVersion, configState] = await Promise.all([host.appVersion(), host.loadDeviceConfig()]);
  const config = configState.config;

  const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const saved = readVisitorSettings(window.localStorage, defaultVisitorSettings(config.defaultLanguage, prefersReducedMotion));
  const initial: VisitorSettings = { ...saved, language: allowedLocale(query.locale ?? saved.language, config) };

  const i18n = await createI18n(initial.language);
  const deviceConfig = createStore(configState);
  const settings = createStore(initial);
  const location = createStore(parseLocation(window.location.hash));

  const telemetry = await openTelemetry({
    context: { appVersion, mode: config.mode, siteLabel: config.siteLabel, hostKind: host.kind },
  });
  if (query.testHooks) exposeTelemetryForTests(telemetry);
  await telemetry.startSession(initial.language === PSEUDO_LOCALE ? config.defaultLanguage : initial.language);
  telemetry.record({ type: 'screen-viewed', screen: screenIdOf(location.get()) });
  let lastScreen = screenIdOf(location.get());
  location.subscribe(() => {
    const screen = screenIdOf(location.get());
    if (screen === lastScreen) return;
    lastScreen = screen;
    telemetry.record({ type: 'screen-viewed', screen });
  });

  applyToDocument(initial, config);
  settings.subscribe(() => applyToDocument(settings.get(), deviceConfig.get().config));
  deviceConfig.subscribe(() => applyToDocument(settings.get(), deviceConfig.get().config));
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
      if (change.language && change.language !== settings.get().language) {
        next.language = allowedLocale(change.language, deviceConfig.get().config);
        await switchLanguage(i18n, next.language);
      }
      const before = settings.get();
      settings.set(next);
      writeVisitorSettings(window.localStorage, next);
      for (const event of settingsChangeEvents(before, next)) telemetry.record(event);
    },
  };
}
