// The example game's mount: only wires model, panel and scene through the kit. Every game's mount has this shape.

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../../sdk/types';
import { GameRun } from '../gameRun';
import { mountPanelGame } from '../panelGame';
import { RunClock } from '../runClock';
import { sceneServices } from '../sceneServices';
import { ExamplePanel } from './controls';
import { describeCulture, exampleResult } from './describer';
import { ExampleModel, exampleProgress, STEP_MS } from './model';
import { ExampleScene } from './scene';

function mountExample(host: HTMLElement, sdk: GameSdk, level: GameLevel['id']): GameInstance {
  const model = new ExampleModel();
  const clock = new RunClock(STEP_MS);
  const run = new GameRun(sdk, clock);
  const refresh = (): void => panel.update(run.accepting && !model.snapshot().digesting, describeCulture(model.snapshot(), sdk.t, sdk.formatNumber));
  const feed = (): void => {
    if (!run.accepting || !model.feed()) return;
    run.progress(exampleProgress(model.snapshot()));
    refresh();
    if (model.isFinished) run.finish(() => exampleResult(model.snapshot(), sdk.t));
  };
  const panel = new ExamplePanel(sdk.t, feed);
  const tick = (): void => {
    const steps = run.accepting ? clock.tick() : 0;
    for (let i = 0; i < steps; i++) model.step();
    if (steps > 0) refresh();
  };
  const scene = new ExampleScene({ ...sceneServices(sdk), snapshot: () => model.snapshot(), tick });
  refresh();
  return mountPanelGame(host, run, {
    prefix: 'example',
    level,
    background: '#13263a',
    panel,
    scene,
    refresh,
    testState: () => ({ snapshot: model.snapshot() }),
  });
}

export const exampleDefinition: GameDefinition = { mount: mountExample };
