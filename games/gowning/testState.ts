// What a running Gowning Up publishes for the end-to-end tests (test builds only, see GameSdk.exposeTestState): the
// session, the score, where the fault is, and the canvas coordinates of every target for pointer-driven tests.

import type { GowningLayout } from './layout';
import type { GowningLevelId } from './levels';
import { BODY_ZONES, mistakeById } from './mistakes';
import { currentPicture } from './model';
import { scoreGowning } from './scoring';
import type { GowningSession } from './session';

export function gowningTestState(session: GowningSession, seed: number, level: GowningLevelId, layout: GowningLayout): Record<string, unknown> {
  const state = session.state;
  const picture = currentPicture(state);
  return {
    seed,
    level,
    paused: session.isPaused,
    state,
    score: scoreGowning(state),
    faultZone: picture ? mistakeById(picture).zone : null,
    // Canvas coordinates (CSS px from the game's top-left) of every target, for pointer-driven end-to-end tests.
    targets: {
      operator: layout.operatorArea,
      action: layout.action,
      shelf: Object.fromEntries(state.shelf.map((item, index) => [item, layout.shelfSlots[index]])),
      zones: Object.fromEntries(BODY_ZONES.map((zone, index) => [zone, layout.zoneButtons[index]])),
    },
  };
}
