// Starts one run of Gowning Up inside the host element the games hub gives: the model session and its page (stage.ts:
// the canvas with the accessible buttons over it), wired through the game kit (games/kit), which runs pause, the
// teardown and the focus at start. Loaded lazily by index.ts, so Phaser reaches the browser only when the game opens.

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { focusAtStart, nameGameRegion } from '../kit/focus';
import { GameRun } from '../kit/gameRun';
import type { DescriberDeps } from './describer';
import { toGowningLevel } from './levels';
import { progressFraction } from './model';
import { buildResult } from './results';
import { GowningSession } from './session';
import { GowningStage } from './stage';
import { gowningTestState } from './testState';
import './gowning.css';

function mount(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toGowningLevel(levelId);
  const session = new GowningSession(level, sdk.random);
  const run = new GameRun(sdk);
  const deps: DescriberDeps = { t: sdk.t, formatNumber: (value) => sdk.formatNumber(value, 0) };
  const stage = new GowningStage(host, session, deps, () => sdk.settings);
  run.own(() => {
    stage.destroy();
    session.dispose();
  });

  const relabel = (): void => {
    nameGameRegion(stage.root, sdk.t('title'));
    stage.relabel();
  };
  run.own(sdk.onLanguageChange(relabel));
  run.own(
    sdk.onSettingsChange((next) => {
      stage.setReducedMotion(next.reducedMotion);
      stage.relayout();
    }),
  );
  run.own(
    session.subscribe((next) => {
      run.progress(progressFraction(next));
      if (next.phase === 'finished') run.finish(() => buildResult(next, deps), 0);
    }),
  );
  run.onPauseChange((paused) => {
    session.setPaused(paused);
    stage.setPaused(paused);
  });
  sdk.exposeTestState(() => gowningTestState(session, sdk.seed, level, stage.layout));
  relabel();
  focusAtStart(stage.root);
  return { pause: () => run.setPaused(true), resume: () => run.setPaused(false), destroy: () => run.destroy() };
}

export const gowningDefinition: GameDefinition = { mount };
