// What every game's scene asks of the game around it, besides its own model: texts, numbers, and the two settings
// that change how it draws. The settings are read on each frame, so a change mid-run shows at once.

import type { FormatNumber, FormatUnit, GameSdk, Translate } from '../sdk/types';

export interface SceneServices {
  readonly t: Translate;
  readonly formatNumber: FormatNumber;
  readonly formatUnit: FormatUnit;
  reducedMotion(): boolean;
  textScale(): number;
}

export function sceneServices(sdk: GameSdk): SceneServices {
  return {
    t: sdk.t,
    formatNumber: sdk.formatNumber,
    formatUnit: sdk.formatUnit,
    reducedMotion: () => sdk.settings.reducedMotion,
    textScale: () => sdk.settings.textScale,
  };
}
