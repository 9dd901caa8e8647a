// Mounts Data Detective: wires the model, its session (session.ts), the control panel and the Phaser charts through
// the game kit (games/kit), which owns the page, keyboard, pause, focus and teardown. Loaded on demand by index.ts.

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { GameRun } from '../kit/gameRun';
import { mountPanelGame } from '../kit/panelGame';
import { RunClock } from '../kit/runClock';
import { sceneServices } from '../kit/sceneServices';
import { ControlPanel } from './controls';
import './data-detective.css';
import { describeStatusLine } from './describer';
import { toDataDetectiveLevel } from './levels';
import { DataDetectiveModel } from './model';
import { DataDetectiveScene } from './scene';
import { evaluateRun } from './scoring';
import { DataDetectiveSession } from './session';

function mountDataDetective(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toDataDetectiveLevel(levelId);
  const model = new DataDetectiveModel({ level, random: sdk.random });
  const run = new GameRun(sdk, new RunClock(model.rules.msPerPoint));
  const session = new DataDetectiveSession(model, run, { announce: (text) => panel.announce(text), refresh: () => refreshPanel() });
  const refreshPanel = (): void => {
    const snapshot = model.snapshot();
    const status = describeStatusLine(snapshot, sdk.t, sdk.formatNumber);
    panel.update({ phase: snapshot.phase, canFlag: (sensor) => model.canFlag(sensor), currentVariant: snapshot.currentVariant, status, enabled: run.accepting });
  };
  const panel = new ControlPanel({
    t: sdk.t,
    onFlag: (sensor) => session.flag(sensor),
    onLabel: (faulty) => session.label(faulty),
    onVariant: (variant) => session.chooseVariant(variant),
    onFinish: () => session.finish(),
    onReadAloud: () => session.readAloud(),
  });
  const scene = new DataDetectiveScene({ ...sceneServices(sdk), snapshot: () => model.snapshot(), tick: (deltaMs) => session.tick(deltaMs), flag: (sensor) => session.flag(sensor) });

  run.progress(0);
  refreshPanel();
  session.announcer.say(() => sdk.t('describe.start'));
  return mountPanelGame(host, run, {
    prefix: 'dd',
    level,
    background: '#0d1b2a',
    panel,
    scene,
    refresh: refreshPanel,
    onLanguageChange: () => session.announcer.repeat(),
    testState: () => {
      const snapshot = model.snapshot();
      return {
        phase: snapshot.phase,
        batchIndex: snapshot.batchIndex,
        pointsShown: snapshot.pointsShown,
        faultySensors: snapshot.batches.map((batch) => batch.faultySensor),
        flags: snapshot.flags,
        outcomes: snapshot.outcomes,
        labelIndex: snapshot.labelIndex,
        trueLabels: snapshot.trainingWindows.map((window) => window.faulty),
        playerLabels: snapshot.playerLabels,
        runs: snapshot.runs.map((run) => ({ variant: run.variant, precision: run.scores.precision, recall: run.scores.recall })),
        evaluation: snapshot.phase === 'finished' ? evaluateRun(snapshot) : null,
      };
    },
  });
}

export const dataDetectiveDefinition: GameDefinition = { mount: mountDataDetective };
