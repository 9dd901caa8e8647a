// Mounts Code of Life: wires the model, the control panel and the Phaser scene through the game kit (games/kit), which
// owns the page, keyboard, pause, focus and teardown. Loaded on demand by index.ts (Phaser stays out of the first load).

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { GameRun } from '../kit/gameRun';
import { mountPanelGame } from '../kit/panelGame';
import { RunClock, SLOW_FRAME_MAX_MS } from '../kit/runClock';
import { sceneServices } from '../kit/sceneServices';
import './code-of-life.css';
import { ControlPanel } from './controls';
import { describeProgress, describeState } from './describer';
import { isCodeOfLifeLevel } from './levels';
import { CodeOfLifeModel, gameProgress, STEP_MS, type CodeOfLifeAction, type Phase } from './model';
import { codeOfLifeResult } from './results';
import { CodeOfLifeScene } from './scene';
import { evaluate } from './scoring';

function mountCodeOfLife(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  // Only easy and normal exist; any other level the hub asks for gets the normal game.
  const level = isCodeOfLifeLevel(levelId) ? levelId : 'normal';
  const model = new CodeOfLifeModel({ level, random: sdk.random });
  const clock = new RunClock(STEP_MS, SLOW_FRAME_MAX_MS);
  const run = new GameRun(sdk, clock);
  const { t } = sdk;
  let lastPhase: Phase = model.snapshot().phase;

  const refresh = (): void => {
    const snapshot = model.snapshot();
    panel.update(snapshot, run.paused);
    panel.announce(describeState(snapshot, t));
    run.progress(Math.round(gameProgress(snapshot) * 10) / 10);
  };
  const perform = (action: CodeOfLifeAction): void => {
    if (!run.accepting || !model.perform(action)) return;
    lastPhase = model.snapshot().phase;
    refresh();
    if (model.isFinished) run.finish(() => codeOfLifeResult(model.snapshot(), t));
  };
  const panel = new ControlPanel({ t, onAction: perform, onReadAloud: () => panel.announce(describeProgress(model.snapshot(), t)) });

  const tick = (): void => {
    if (!run.accepting) return;
    const steps = clock.tick();
    for (let i = 0; i < steps; i++) model.step();
    const phase = model.snapshot().phase;
    // The clock only matters to the view while RNA polymerase works; refresh the panel when the phase moves on.
    if (steps === 0 || (phase === lastPhase && phase !== 'polymerase')) return;
    const phaseChanged = phase !== lastPhase;
    lastPhase = phase;
    if (phaseChanged) refresh();
    else panel.update(model.snapshot(), run.paused);
  };
  const tapWheel = (path: string): void => {
    const snapshot = model.snapshot();
    if (snapshot.phase !== 'translate' || path.length !== snapshot.wheelLetters + 1) return;
    // Only sectors on the branch already read count: the wheel is read from the centre outwards.
    const codon = snapshot.targetMrna.slice(snapshot.codonIndex * 3, snapshot.codonIndex * 3 + 3);
    if (path.slice(0, -1) !== codon.slice(0, snapshot.wheelLetters)) return;
    perform({ type: 'base', base: path.charAt(path.length - 1) });
  };
  const scene = new CodeOfLifeScene({ ...sceneServices(sdk), snapshot: () => model.snapshot(), tick, tapWheel });

  refresh();
  return mountPanelGame(host, run, {
    prefix: 'code-of-life',
    level,
    stageLabelKey: 'canvas.stageLabel',
    background: '#13263a',
    panel,
    scene,
    refresh: () => panel.update(model.snapshot(), run.paused),
    testState: () => ({ snapshot: model.snapshot(), expectedBase: model.expectedBase, evaluation: evaluate(model.snapshot()) }),
  });
}

export const codeOfLifeDefinition: GameDefinition = { mount: mountCodeOfLife };
