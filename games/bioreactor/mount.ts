// Mounts Bioreactor Balance: wires model, clock (fed Phaser's frame time, as the game was tuned) panel and scene through
// the game kit (games/kit), which owns the page, keyboard, pause, focus and teardown. Loaded on demand by index.ts.

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { GameRun } from '../kit/gameRun';
import { mountPanelGame } from '../kit/panelGame';
import { RunClock } from '../kit/runClock';
import { sceneServices } from '../kit/sceneServices';
import './bioreactor.css';
import { AdvicePacer } from './advice';
import { MS_PER_STEP_AT_1X } from './constants';
import { ControlPanel } from './controls';
import { describeCulture, describeReadings } from './describer';
import { HarvestGuard } from './harvestGuard';
import { isBioreactorLevel } from './levels';
import { BioreactorModel, cultureDay, runProgress, type ControlId } from './model';
import { bioreactorResult, harvestSummary } from './results';
import { BioreactorScene } from './scene';
import { evaluateHarvest } from './scoring';

function mountBioreactor(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  // 'quick' is not offered by this game's manifest; a hub that asks for it gets the normal run.
  const level = isBioreactorLevel(levelId) ? levelId : 'normal';
  const model = new BioreactorModel({ level, random: sdk.random });
  const clock = new RunClock(MS_PER_STEP_AT_1X);
  const run = new GameRun(sdk, clock);
  const { t, formatNumber } = sdk;
  const advice = new AdvicePacer();
  const harvest = new HarvestGuard(run, () => refreshPanel());

  const isAvailable = (control: ControlId): boolean => !run.paused && model.isAvailable(control);
  const refreshPanel = (): void => panel.update(model.snapshot(), isAvailable, harvest.armed);
  const giveAdvice = (force: boolean): void => {
    if (advice.due(model.snapshot(), performance.now(), force)) panel.announce(describeCulture(model.snapshot(), t, formatNumber));
  };
  const finishIfHarvested = (): void => {
    if (!model.isFinished || run.finished) return;
    run.finish(() => bioreactorResult(model.snapshot(), t, formatNumber));
    run.progress(1);
    panel.announce(`${t('canvas.harvested')} ${harvestSummary(model.snapshot(), t, formatNumber)[0] ?? ''}`);
    refreshPanel();
  };
  const perform = (control: ControlId): void => {
    if (!run.accepting || harvest.holds(control, model.isAvailable('harvest')) || !model.perform(control)) return;
    harvest.reset();
    refreshPanel();
    finishIfHarvested();
  };
  const readAloud = (): void => panel.announce(describeReadings(model.snapshot().culture, t, formatNumber));
  const panel = new ControlPanel({ t, formatNumber, offeredControls: model.offeredControls(), automaticNote: !model.rules.manualPH, onControl: perform, onSpeed: (speed) => clock.setSpeed(speed), onReadAloud: readAloud });
  const tick = (deltaMs: number): void => {
    const steps = run.finished || run.destroyed ? 0 : clock.advance(deltaMs);
    if (steps === 0) return;
    for (let i = 0; i < steps && !model.isFinished; i++) model.step();
    const culture = model.snapshot().culture;
    run.progress(runProgress(culture), cultureDay(culture));
    refreshPanel();
    giveAdvice(false);
    finishIfHarvested();
  };
  const scene = new BioreactorScene({ ...sceneServices(sdk), snapshot: () => model.snapshot(), isAvailable, perform, tick });

  run.progress(0, 0);
  refreshPanel();
  giveAdvice(true);
  return mountPanelGame(host, run, {
    prefix: 'bioreactor',
    level,
    stageLabelKey: 'canvas.vesselLabel',
    background: '#13263a',
    panel,
    scene,
    refresh: refreshPanel,
    // feedTarget: canvas pixels of the canvas's own feed button, for pointer-driven end-to-end tests.
    testState: () => ({ speed: clock.speed, snapshot: model.snapshot(), evaluation: model.isFinished ? evaluateHarvest(model.snapshot()) : null, feedTarget: scene.feedTarget() }),
  });
}

export const bioreactorDefinition: GameDefinition = { mount: mountBioreactor };
