// Mounts Pipette Pro: wires the model, the choice buttons and the Phaser bench through the game kit (games/kit),
// which owns the page, keyboard, pause, focus and teardown. Loaded on demand by index.ts.

import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { Announcer } from '../kit/announcer';
import { GameRun } from '../kit/gameRun';
import { mountPanelGame } from '../kit/panelGame';
import { sceneServices } from '../kit/sceneServices';
import './pipette-pro.css';
import { ControlPanel } from './controls';
import { describeOutcome, describeStatus, optionLabel, stepHint, stepQuestion, stepTitle, tubeLines } from './describer';
import { toPipetteLevel } from './levels';
import { PipetteModel, runProgress } from './model';
import { pipetteResult } from './results';
import { PipetteScene } from './scene';
import { evaluateRun } from './scoring';

function mountPipettePro(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toPipetteLevel(levelId);
  const model = new PipetteModel({ level, random: sdk.random });
  const run = new GameRun(sdk);
  const { t, formatNumber } = sdk;

  const refresh = (): void => {
    const s = model.snapshot();
    panel.update({ title: stepTitle(s, t), question: stepQuestion(s, t, formatNumber), options: s.options.map((option) => optionLabel(s, option, t, formatNumber)), series: tubeLines(s, t, formatNumber), accepting: run.accepting });
  };
  /** After a choice: what it did, then (easy level) the good practice for the next step. */
  const say = (outcome: string): void => {
    const s = model.snapshot();
    const hint = s.rules.hints && !s.finished ? stepHint(s.step, t) : '';
    announcer.say(() => [outcome, hint].filter((text) => text.length > 0).join(' ') || stepQuestion(s, t, formatNumber));
  };
  const choose = (index: number): void => {
    const before = model.snapshot();
    const option = before.options[index];
    if (!run.accepting || option === undefined) return;
    const outcome = model.choose(option);
    say(describeOutcome(before, option, outcome, t, formatNumber));
    run.progress(Math.round(runProgress(model.snapshot()) * 20) / 20);
    refresh();
    if (model.isFinished) run.finish(() => pipetteResult(model.snapshot(), t, formatNumber));
  };
  const readAloud = (): void => announcer.say(() => describeStatus(model.snapshot(), t, formatNumber));
  const panel = new ControlPanel(t, choose, readAloud);
  const announcer = new Announcer((text) => panel.announce(text));
  const scene = new PipetteScene({ ...sceneServices(sdk), snapshot: () => model.snapshot() });

  run.progress(0);
  refresh();
  say(t('describe.start', { diluent: formatNumber(model.rules.diluentUl, 0), tubes: model.rules.transfers }));
  return mountPanelGame(host, run, {
    prefix: 'ppp',
    level,
    background: '#0d1b2a',
    panel,
    scene,
    refresh,
    onLanguageChange: () => announcer.repeat(),
    testState: () => ({ snapshot: model.snapshot(), rightOption: model.isFinished ? null : model.rightOption(), evaluation: model.isFinished ? evaluateRun(model.snapshot()) : null }),
  });
}

export const pipetteProDefinition: GameDefinition = { mount: mountPipettePro };
