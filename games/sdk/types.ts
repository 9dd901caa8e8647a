// The contract between a mini-game and the app that hosts it. A game sees only this: it never imports the
// renderer. The renderer's games hub builds a GameSdk for each run and calls the game's mount().

import type { GameId, Pillar, RoleId } from '../../common/ids';
import type { Language } from '../../common/i18n/languages';
import type { Random } from '../../common/random/seededRandom';

export type Stars = 0 | 1 | 2 | 3;

/** Translates a key of the game's own namespace, in the language now on screen. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Writes a number with exactly `fractionDigits` decimals, the way the language now on screen writes numbers. */
export type FormatNumber = (value: number, fractionDigits: number) => string;

/** The units games show beside their numbers (°C, %, mL, µL, L/min, ppm, log reduction). */
export type GameUnit = 'celsius' | 'percent' | 'milliliter' | 'microliter' | 'liter-per-minute' | 'ppm' | 'log';

/** A number with its unit, written the way the language now on screen writes both (spacing, decimal sign). */
export type FormatUnit = (value: number, unit: GameUnit, fractionDigits: number) => string;

export interface GameLevel {
  readonly id: 'easy' | 'normal' | 'hard' | 'quick';
  /** Key in the game's namespace, e.g. "levels.easy.title". */
  readonly titleKey: string;
}

export interface GameManifest {
  readonly id: GameId;
  readonly pillar: Pillar;
  /** Keys in the game's own namespace (locales/<lang>/<id>.json). */
  readonly titleKey: string;
  readonly summaryKey: string;
  readonly goalKey: string;
  /** Few words per step, shown under pictures on the intro screen. */
  readonly howToPlayKeys: readonly string[];
  readonly learningGoalKeys: readonly string[];
  readonly typicalDurationSeconds: number;
  readonly levels: readonly GameLevel[];
  readonly relatedRoleIds: readonly RoleId[];
  /** URL of the card picture (an imported asset, so it is bundled and works offline). */
  readonly thumbnail: string;
  /** Other text namespaces the game's own texts refer to with $t(...) (e.g. role titles), loaded with the game. */
  readonly borrowedTextNamespaces?: readonly string[];
}

export interface GameSettings {
  readonly reducedMotion: boolean;
  readonly sound: boolean;
  /** 1 = standard; larger for the bigger text sizes. */
  readonly textScale: number;
}

export interface GameResult {
  readonly score: number;
  readonly stars: Stars;
  readonly completed: boolean;
  /** Two or three keys in the game's namespace: "what you learned" on the results screen. */
  readonly learnedKeys: readonly string[];
  /** Extra lines for the results screen, already translated through sdk.t(). */
  readonly summaryLines: readonly string[];
}

/** What a game may record through the engagement log (the hub records start, completion and abandonment itself). */
export interface GameTrackEvent {
  readonly kind: 'progress';
  /** Fraction of the game done, 0..1. */
  readonly progress: number;
}

export interface GameSdk {
  /** The language the run started in; texts and numbers follow later switches (see t, formatNumber, onLanguageChange). */
  readonly language: Language;
  /** Translates a key of the game's own namespace. */
  readonly t: Translate;
  /** Numbers in the language now on screen (decimal comma or point, digit grouping). */
  readonly formatNumber: FormatNumber;
  /** A number and its unit in the language now on screen ("37,0 °C" in French, "37.0°C" in English). */
  readonly formatUnit: FormatUnit;
  /**
   * Called when the visitor switches language mid-run, once the game's texts in the new language are loaded (so t()
   * already answers in it); returns a function that removes the listener.
   */
  onLanguageChange(listener: () => void): () => void;
  readonly settings: GameSettings;
  /** Called when the player changes a setting mid-game; returns a function that removes the listener. */
  onSettingsChange(listener: (settings: GameSettings) => void): () => void;
  readonly seed: number;
  readonly random: Random;
  track(event: GameTrackEvent): void;
  /** Ends the run; the hub shows the results screen. Call once. */
  end(result: GameResult): void;
  /** Test builds only (?testHooks=1): publishes the model state for Playwright. A no-op otherwise. */
  exposeTestState(read: () => unknown): void;
}

export interface GameInstance {
  pause(): void;
  resume(): void;
  /** Removes every scene, texture, DOM node and listener the game created. */
  destroy(): void;
}

export interface GameDefinition {
  mount(host: HTMLElement, sdk: GameSdk, level: GameLevel['id']): GameInstance;
}

/** What games/registry.ts lists: the manifest is in the initial bundle, the game code loads on demand. */
export interface GameEntry {
  readonly manifest: GameManifest;
  load(onProgress?: (fraction: number) => void): Promise<GameDefinition>;
}
