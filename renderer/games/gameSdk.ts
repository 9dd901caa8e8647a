// Builds the GameSdk handed to a game at start: its own translation function, the visitor's settings, a seeded
// random generator, progress tracking and the way to end with a result. The game sees nothing else of the app.

import type { i18n as I18n } from 'i18next';
import { createRandom } from '../../common/random/seededRandom';
import type { Language } from '../../common/i18n/languages';
import type { GameResult, GameSdk, GameSettings, GameTrackEvent } from '../../games/sdk/types';
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
