// Mounts Start-up Launchpad: wires the model, the choice panel and the Phaser picture through the game kit
// (games/kit), which owns the page, keyboard, pause, focus and teardown. Turn-based: no clock, the run moves only
// when the player chooses. Loaded on demand by index.ts.

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { Announcer } from '../kit/announcer';
import { GameRun } from '../kit/gameRun';
import { mountPanelGame } from '../kit/panelGame';
import { sceneServices } from '../kit/sceneServices';
import './startup-launchpad.css';
import { ControlPanel } from './controls';
import { cardPrompt, describeAfterChoice, describeStatus } from './describer';
import { toLaunchpadLevel } from './levels';
import { LaunchpadModel, runProgress } from './model';
import { launchpadResult } from './results';
import { LaunchpadScene } from './scene';
import { evaluateRun } from './scoring';

function mountLaunchpad(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toLaunchpadLevel(levelId);
  const model = new LaunchpadModel({ level, random: sdk.random });
  const run = new GameRun(sdk);
  const { t, formatNumber } = sdk;
  // The state changes only on a choice: the scene draws from this copy instead of asking the model every frame.
  let snapshot = model.snapshot();

  const refresh = (): void => panel.update(snapshot, run.accepting);
  const choose = (index: number): void => {
    const option = model.options()[index];
    if (!run.accepting || option === undefined) return;
    const newsBefore = snapshot.news.length;
    if (!model.choose(option)) return;
    snapshot = model.snapshot();
    announcer.say(() => describeAfterChoice(snapshot, newsBefore, t, formatNumber));
    run.progress(Math.round(runProgress(snapshot) * 20) / 20);
    refresh();
    if (!model.isFinished) return;
    run.finish(() => launchpadResult(snapshot, t, formatNumber));
    run.progress(1);
    refresh();
  };
  const readAloud = (): void => announcer.say(() => describeStatus(snapshot, t, formatNumber));
  const panel = new ControlPanel({ t, formatNumber, onChoose: choose, onReadAloud: readAloud });
  const announcer = new Announcer((text) => panel.announce(text));
  const scene = new LaunchpadScene({ ...sceneServices(sdk), snapshot: () => snapshot });

  run.progress(0);
  refresh();
  announcer.say(() => `${t('describe.start')} ${cardPrompt(snapshot, t, formatNumber)}`);
  return mountPanelGame(host, run, {
    prefix: 'lp',
    level,
    background: '#0d1b2a',
    panel,
    scene,
    refresh,
    onLanguageChange: () => announcer.repeat(),
    testState: () => ({ snapshot, evaluation: model.isFinished ? evaluateRun(snapshot) : null }),
  });
}

export const startupLaunchpadDefinition: GameDefinition = { mount: mountLaunchpad };
