// The explorer's filter choices and the empty set of them: a file of its own because every hash link to the explorer
// (careerRoute.ts, loaded with the home) needs them, while the filtering itself (filters.ts) needs the role data,
// which loads with the explorer.

import type { GameId, InterestType, Pillar } from '../../../common/ids';
import type { CurrentSituation } from '../data/profiles';

export interface CareerFilters {
  readonly pillars: readonly Pillar[];
  readonly interests: readonly InterestType[];
  readonly situation: CurrentSituation | null;
  readonly startSoon: boolean;
  /** Set when a game's results screen opens "jobs that use this". */
  readonly game: GameId | null;
}

export const NO_FILTERS: CareerFilters = { pillars: [], interests: [], situation: null, startSoon: false, game: null };
