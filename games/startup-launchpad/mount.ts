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

  const refresh = (): void => panel.update(model.snapshot(), run.accepting);
  const choose = (index: number): void => {
    const option = model.options()[index];
    if (!run.accepting || option === undefined) return;
    const newsBefore = model.snapshot().news.length;
    if (!model.choose(option)) return;
    const snapshot = model.snapshot();
    announcer.say(() => describeAfterChoice(model.snapshot(), newsBefore, t, formatNumber));
    run.progress(Math.round(runProgress(snapshot) * 20) / 20);
    refresh();
    if (!model.isFinished) return;
    run.finish(() => launchpadResult(model.snapshot(), t, formatNumber));
    run.progress(1);
    refresh();
  };
  const readAloud = (): void => announcer.say(() => describeStatus(model.snapshot(), t, formatNumber));
  const panel = new ControlPanel({ t, formatNumber, onChoose: choose, onReadAloud: readAloud });
  const announcer = new Announcer((text) => panel.announce(text));
  const scene = new LaunchpadScene({ ...sceneServices(sdk), snapshot: () => model.snapshot() });

  run.progress(0);
  refresh();
  announcer.say(() => `${t('describe.start')} ${cardPrompt(model.snapshot(), t, formatNumber)}`);
  return mountPanelGame(host, run, {
    prefix: 'lp',
    level,
    background: '#0d1b2a',
    panel,
    scene,
    refresh,
    onLanguageChange: () => announcer.repeat(),
    testState: () => ({ snapshot: model.snapshot(), evaluation: model.isFinished ? evaluateRun(model.snapshot()) : null }),
  });
}

export const startupLaunchpadDefinition: GameDefinition = { mount: mountLaunchpad };
