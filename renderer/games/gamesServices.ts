// What the games hub and a game's run may use: the games built in and the device config that chooses among them,
// the texts and the visitor's settings (language, motion, sound, text size), the link's seed and test switch, and
// recording a game's start, completion and abandonment. Provided by renderer/app/.

import type { i18n as I18n } from 'i18next';
import type { DeviceConfigState } from '../../common/host/hostApi';
import type { GameEntry } from '../../games/sdk/types';
import type { VisitorSettings } from '../settings/visitorSettings';
import { createServiceContext } from '../state/serviceContext';
import type { Store } from '../state/store';
import type { TrackedPayload } from '../telemetry/telemetry';

/** The engagement events a game's run records. */
export type GamePayload = Extract<TrackedPayload, { readonly type: 'game-started' | 'game-completed' | 'game-abandoned' }>;

export interface GamesServices {
  readonly i18n: I18n;
  readonly query: { readonly seed: number | null };
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly settings: Store<VisitorSettings>;
  /** Every game built into this version (the device config chooses which are offered). */
  readonly games: readonly GameEntry[];
  readonly telemetry: { record(payload: GamePayload): void };
}

export const gamesServices = createServiceContext<GamesServices>('Games');
export const useGamesServices = gamesServices.useServices;
