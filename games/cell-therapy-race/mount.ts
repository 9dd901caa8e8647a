// Mounts Cell Therapy Race: wires the model, the run clock, the patient cards and the Phaser timeline through the game
// kit (games/kit), which owns the page, keyboard, pause, focus and teardown. Loaded on demand by index.ts.

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { Announcer } from '../kit/announcer';
import { GameRun } from '../kit/gameRun';
import { mountPanelGame } from '../kit/panelGame';
import { RunClock } from '../kit/runClock';
import { sceneServices } from '../kit/sceneServices';
import './cell-therapy-race.css';
import { RunAdvice } from './advice';
import { MS_PER_STEP_AT_1X } from './constants';
import { ControlPanel } from './controls';
import { describeStatus } from './describer';
import { toCellTherapyLevel } from './levels';
import { CellTherapyModel, runProgress, type ActionId } from './model';
import { cellTherapyResult } from './results';
import { CellTherapyScene } from './scene';
import { evaluateRun } from './scoring';

function mountCellTherapy(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toCellTherapyLevel(levelId);
  const model = new CellTherapyModel({ level, random: sdk.random });
  const clock = new RunClock(MS_PER_STEP_AT_1X);
  const run = new GameRun(sdk, clock);
  const { t, formatNumber } = sdk;

  const needsPlayer = (patient: number): boolean => !run.finished && model.isWaitingForPlayer(patient);
  const refreshPanel = (): void => {
    const enabled = (patient: number, action: ActionId): boolean => run.accepting && model.canPerform(patient, action);
    panel.update({ snapshot: model.snapshot(), primary: model.primaryActions(), secondary: model.secondaryActions(), enabled, needsPlayer });
  };
  const act = (patient: number, which: 'primary' | 'secondary'): void => {
    const action = which === 'primary' ? model.primaryAction(patient) : model.secondaryAction(patient);
    if (!run.accepting || !action) return;
    const logBefore = model.snapshot().log.length;
    advice.explain(patient, action, model.perform(patient, action), logBefore);
    refreshPanel();
  };
  const readAloud = (): void => announcer.say(() => describeStatus(model.snapshot(), t, formatNumber));
  const panel = new ControlPanel({ t, patients: model.rules.patients, onAction: act, onSpeed: (speed) => clock.setSpeed(speed), onReadAloud: readAloud });
  const announcer = new Announcer((text) => panel.announce(text));
  const advice = new RunAdvice(model, announcer, t);

  // Phaser's frame time, as the game was tuned with (the clock itself is paused with the run).
  const tick = (deltaMs: number): void => {
    const steps = run.finished || run.destroyed ? 0 : clock.advance(deltaMs);
    if (steps === 0) return;
    for (let i = 0; i < steps && !model.isFinished; i++) model.advance();
    run.progress(Math.round(runProgress(model.snapshot()) * 20) / 20);
    refreshPanel();
    advice.speak(false);
    if (!model.isFinished) return;
    run.finish(() => cellTherapyResult(model.snapshot(), t, formatNumber));
    run.progress(1);
    announcer.say(() => t('describe.allDone'));
    refreshPanel();
  };
  const scene = new CellTherapyScene({ ...sceneServices(sdk), snapshot: () => model.snapshot(), tick, primary: (patient) => act(patient, 'primary'), needsPlayer });

  run.progress(0);
  refreshPanel();
  advice.speak(true);
  return mountPanelGame(host, run, {
    prefix: 'ctr',
    level,
    background: '#0d1b2a',
    panel,
    scene,
    refresh: refreshPanel,
    onLanguageChange: () => announcer.repeat(),
    testState: () => ({ speed: clock.speed, snapshot: model.snapshot(), primaryActions: model.primaryActions(), evaluation: model.isFinished ? evaluateRun(model.snapshot()) : null }),
  });
}

export const cellTherapyRaceDefinition: GameDefinition = { mount: mountCellTherapy };
