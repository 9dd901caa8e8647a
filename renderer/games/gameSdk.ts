// Builds the GameSdk handed to a game at start: its own translation function, numbers in the language on screen, a
// language-switch notice, the visitor's settings, a seeded random generator, progress tracking and the way to end with
// a result. The game sees nothing else of the app.

import type { i18n as I18n } from 'i18next';
import { createRandom } from '../../common/random/seededRandom';
import { isLanguage, type Language } from '../../common/i18n/languages';
import type { FormatNumber, GameResult, GameSdk, GameSettings, GameTrackEvent } from '../../games/sdk/types';
import { unitFormatter } from '../../games/sdk/unitFormat';
import type { Store } from '../state/store';
import { TEXT_SCALE, type VisitorSettings } from '../settings/visitorSettings';
import { namespaceText } from '../i18n/useNamespaceText';
import type { LocaleChoice } from '../i18n/localeChoice';
import { TEST_BUILD, testHookGlobal, testSwitches } from '../testing/testBuild';

export interface GameSdkOptions {
  readonly i18n: I18n;
  readonly namespace: string;
  readonly language: Language;
  /**
   * The locale now on screen (a language, or the pseudo-locale whose texts are loaded under its own name): a switch
   * mid-game applies to every text the game asks for afterwards.
   */
  readonly currentLanguage: () => LocaleChoice;
  readonly settings: Store<VisitorSettings>;
  readonly seed: number;
  readonly onProgress: (event: GameTrackEvent) => void;
  readonly onEnd: (result: GameResult) => void;
}

export interface HostedGameSdk extends GameSdk {
  /** Removes the settings subscriptions and test hooks this SDK created. */
  dispose(): void;
}

/** How each language writes numbers (the same tags the game texts used as "numberLocale"). */
const NUMBER_LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

/** The number locale now on screen; the pseudo-locale writes numbers like the real language the run started in. */
function numberLocale(options: GameSdkOptions): string {
  const current = options.currentLanguage();
  return NUMBER_LOCALES[isLanguage(current) ? current : options.language];
}

function numberFormatter(options: GameSdkOptions): FormatNumber {
  const formats = new Map<string, Intl.NumberFormat>();
  return (value, fractionDigits) => {
    const locale = numberLocale(options);
    const key = `${locale}|${fractionDigits}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
      formats.set(key, format);
    }
    return format.format(value);
  };
}

function gameSettingsOf(settings: VisitorSettings): GameSettings {
  return { reducedMotion: settings.reducedMotion, sound: settings.sound, textScale: TEXT_SCALE[settings.textSize] };
}

export function createGameSdk(options: GameSdkOptions): HostedGameSdk {
  const unsubscribers = new Set<() => void>();
  let ended = false;
  let current = gameSettingsOf(options.settings.get());

  const sdk: HostedGameSdk = {
    language: options.language,
    t: (key, values) => namespaceText(options.i18n, options.currentLanguage(), options.namespace)(key, values),
    formatNumber: numberFormatter(options),
    formatUnit: unitFormatter(() => numberLocale(options)),
    onLanguageChange(listener) {
      // The settings change first, the texts of the new language load after: tell the game only once they are there.
      let announced = options.currentLanguage();
      const check = (): void => {
        const now = options.currentLanguage();
        if (now === announced || !options.i18n.hasResourceBundle(now, options.namespace)) return;
        announced = now;
        listener();
      };
      const stopSettings = options.settings.subscribe(check);
      options.i18n.on('languageChanged', check);
      options.i18n.store.on('added', check);
      const unsubscribe = (): void => {
        stopSettings();
        options.i18n.off('languageChanged', check);
        options.i18n.store.off('added', check);
      };
      unsubscribers.add(unsubscribe);
      return () => {
        unsubscribe();
        unsubscribers.delete(unsubscribe);
      };
    },
    get settings() {
      return current;
    },
    onSettingsChange(listener) {
      const unsubscribe = options.settings.subscribe(() => {
        const next = gameSettingsOf(options.settings.get());
        if (next.reducedMotion === current.reducedMotion && next.sound === current.sound && next.textScale === current.textScale) return;
        current = next;
        listener(next);
      });
      unsubscribers.add(unsubscribe);
      return () => {
        unsubscribe();
        unsubscribers.delete(unsubscribe);
      };
    },
    seed: options.seed,
    random: createRandom(options.seed),
    track: (event) => {
      if (!ended) options.onProgress({ kind: 'progress', progress: Math.min(1, Math.max(0, event.progress)) });
    },
    end: (result) => {
      if (ended) return;
      ended = true;
      options.onEnd(result);
    },
    // A no-op in the shipped app: its body exists only in the test build.
    exposeTestState: (read) => {
      if (TEST_BUILD && testSwitches().testHooks) testHookGlobal().game = { id: options.namespace, seed: options.seed, read };
    },
    dispose: () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers.clear();
      if (TEST_BUILD) delete testHookGlobal().game;
    },
  };
  if (TEST_BUILD && testSwitches().testHooks) {
    // Test build only (?testHooks=1): ends the running game with a given score, so specs of the screens around the
    // games (event mode's chain and leaderboard) need not play each game to its end.
    const hooks = testHookGlobal();
    const endGame = (score: number) => sdk.end({ score, stars: 2, completed: true, learnedKeys: [], summaryLines: [] });
    hooks.endGame = endGame;
    unsubscribers.add(() => {
      if (hooks.endGame === endGame) delete hooks.endGame;
    });
  }
  return sdk;
}
