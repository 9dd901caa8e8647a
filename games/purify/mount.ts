// Mounts Purify It!: wires the model, the control panel and the Phaser scene through the game kit (games/kit), which
// owns the page, keyboard, pause, focus and teardown. Loaded on demand by index.ts (Phaser stays out of the first load).

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { GameRun } from '../kit/gameRun';
import { mountPanelGame } from '../kit/panelGame';
import { RunClock, SLOW_FRAME_MAX_MS } from '../kit/runClock';
import { sceneServices } from '../kit/sceneServices';
import './purify.css';
import { ControlPanel } from './controls';
import { describeProduct, describeStage } from './describer';
import { isPurifyLevel } from './levels';
import { PurifyModel, processProgress, STEP_MS, type PurifyAction, type StageId } from './model';
import { purifyResult } from './results';
import { PurifyScene } from './scene';
import { evaluate } from './scoring';

function mountPurify(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  // Only easy and normal exist; any other level the hub asks for gets the normal game.
  const level = isPurifyLevel(levelId) ? levelId : 'normal';
  const model = new PurifyModel({ level, random: sdk.random });
  const clock = new RunClock(STEP_MS, SLOW_FRAME_MAX_MS);
  const run = new GameRun(sdk, clock);
  const { t, formatNumber } = sdk;
  let lastStage: StageId = model.stage;
  let lastRunning = false;

  const refresh = (): void => {
    const snapshot = model.snapshot();
    const preview = model.preview();
    panel.update(snapshot, preview, run.paused);
    panel.announce(describeStage(snapshot, preview, t, formatNumber));
  };
  const perform = (action: PurifyAction): void => {
    if (!run.accepting || !model.perform(action)) return;
    lastRunning = model.isRunning;
    refresh();
  };
  const panel = new ControlPanel({
    t, formatNumber, formatUnit: sdk.formatUnit,
    onAction: perform,
    onReadAloud: () => panel.announce(describeProduct(model.snapshot(), t, formatNumber)),
  });

  const tick = (): void => {
    if (!run.accepting) return;
    const steps = clock.tick();
    for (let i = 0; i < steps; i++) model.step();
    if (steps === 0 || (model.stage === lastStage && model.isRunning === lastRunning)) return;
    if (model.stage !== lastStage) run.progress(processProgress(model.snapshot()));
    lastStage = model.stage;
    lastRunning = model.isRunning;
    refresh();
    if (model.isFinished) run.finish(() => purifyResult(model.snapshot(), t, formatNumber));
  };
  const scene = new PurifyScene({
    ...sceneServices(sdk),
    snapshot: () => model.snapshot(),
    preview: () => model.preview(),
    tick,
    tapFraction: (fraction) => perform({ type: 'tapFraction', fraction }),
  });

  run.progress(0);
  refresh();
  return mountPanelGame(host, run, {
    prefix: 'purify',
    level,
    stageLabelKey: 'canvas.stageLabel',
    background: '#13263a',
    panel,
    scene,
    repeats: ControlPanel.repeats,
    refresh,
    testState: () => ({ snapshot: model.snapshot(), preview: model.preview(), evaluation: evaluate(model.snapshot()) }),
  });
}

export const purifyDefinition: GameDefinition = { mount: mountPurify };
