// Mounts Code of Life into the hub's host element: creates the model, the DOM control panel and the Phaser game,
// wires them together, and tears all of it down in destroy(). Loaded on demand by index.ts, so Phaser stays out of
// the app's initial bundle.

import { createPhaserGame, destroyPhaserGame } from '../kit/phaserLifecycle';
import { chooseRenderer } from '../kit/rendererChoice';
import * as Phaser from 'phaser';
import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import './code-of-life.css';
import { BASE_BUTTONS, CONTINUE_KEY, ControlPanel, PREDICTION_KEYS, READ_ALOUD_KEY } from './controls';
import { describeProgress, describeState } from './describer';
import type { MutationEffect, RnaBase } from './geneticCode';
import { isCodeOfLifeLevel } from './levels';
import { CodeOfLifeModel, gameProgress, STEP_MS, type CodeOfLifeAction, type Phase } from './model';
import { CodeOfLifeScene, type CodeOfLifeSceneBridge } from './scene';
import { evaluate, learnedKeysFor } from './scoring';

/** Time to see the folded protein / last answer before the hub shows the results. */
const END_DELAY_MS = 1500;
/** A frame longer than this (tab in the background) is not caught up; slow software-rendered frames still count. */
const MAX_FRAME_MS = 1000;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function mountCodeOfLife(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  // Only easy and normal exist; any other level the hub asks for gets the normal game.
  const level = isCodeOfLifeLevel(levelId) ? levelId : 'normal';
  const model = new CodeOfLifeModel({ level, random: sdk.random });
  const t = (key: string, options?: Record<string, unknown>): string => sdk.t(key, options);

  let settings = sdk.settings;
  let paused = false;
  let destroyed = false;
  let finished = false;
  let accumulatedMs = 0;
  let lastPhase: Phase = model.snapshot().phase;
  let lastTrackedProgress = -1;
  let endTimer: ReturnType<typeof setTimeout> | null = null;

  const root = document.createElement('div');
  root.className = 'code-of-life-game';
  root.dataset.level = level;
  const frame = document.createElement('div');
  frame.className = 'code-of-life-layout';
  const stage = document.createElement('div');
  stage.className = 'code-of-life-stage';
  stage.setAttribute('role', 'img');
  stage.setAttribute('aria-label', t('canvas.stageLabel'));

  const panel = new ControlPanel({
    t,
    onBase: (base) => perform({ type: 'base', base }),
    onPredict: (effect) => perform({ type: 'predict', effect }),
    onContinue: () => perform({ type: 'continue' }),
    onReadAloud: () => panel.announce(describeProgress(model.snapshot(), t)),
  });

  const refresh = (): void => {
    const snapshot = model.snapshot();
    panel.update(snapshot, paused);
    panel.announce(describeState(snapshot, t));
    const progress = Math.round(gameProgress(snapshot) * 10) / 10;
    if (progress !== lastTrackedProgress) {
      lastTrackedProgress = progress;
      sdk.track({ kind: 'progress', progress });
    }
  };

  const finish = (): void => {
    if (finished) return;
    finished = true;
    const snapshot = model.snapshot();
    const evaluation = evaluate(snapshot);
    const summaryLines = [
      t('results.protein', { length: snapshot.protein.length }),
      t('results.accuracy', { value: Math.round(evaluation.accuracy * 100) }),
      t('results.predictions', { correct: evaluation.correctPredictions, total: evaluation.questions }),
    ];
    endTimer = setTimeout(() => {
      endTimer = null;
      if (destroyed) return;
      sdk.end({ score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines });
    }, END_DELAY_MS);
  };

  const perform = (action: CodeOfLifeAction): void => {
    if (paused || destroyed || finished) return;
    if (!model.perform(action)) return;
    lastPhase = model.snapshot().phase;
    refresh();
    if (model.isFinished) finish();
  };

  // Real time from the performance clock, not Phaser's smoothed frame delta (which under-reports on slow machines).
  let lastTickAt = performance.now();
  const tick = (): void => {
    const now = performance.now();
    const deltaMs = now - lastTickAt;
    lastTickAt = now;
    if (paused || destroyed || finished || !Number.isFinite(deltaMs) || deltaMs <= 0) return;
    accumulatedMs += Math.min(deltaMs, MAX_FRAME_MS);
    let stepped = false;
    while (accumulatedMs >= STEP_MS) {
      accumulatedMs -= STEP_MS;
      model.step();
      stepped = true;
    }
    // The clock only matters to the view while RNA polymerase works; refresh the panel when the phase moves on.
    if (stepped && (model.snapshot().phase !== lastPhase || model.snapshot().phase === 'polymerase')) {
      const phaseChanged = model.snapshot().phase !== lastPhase;
      lastPhase = model.snapshot().phase;
      if (phaseChanged) refresh();
      else panel.update(model.snapshot(), paused);
    }
  };

  const tapWheel = (path: string): void => {
    const snapshot = model.snapshot();
    if (snapshot.phase !== 'translate' || path.length !== snapshot.wheelLetters + 1) return;
    // Only sectors on the branch already read count: the wheel is read from the centre outwards.
    const codon = snapshot.targetMrna.slice(snapshot.codonIndex * 3, snapshot.codonIndex * 3 + 3);
    if (path.slice(0, -1) !== codon.slice(0, snapshot.wheelLetters)) return;
    perform({ type: 'base', base: path.charAt(path.length - 1) });
  };

  const bridge: CodeOfLifeSceneBridge = {
    snapshot: () => model.snapshot(),
    tick,
    tapWheel,
    t,
    reducedMotion: () => settings.reducedMotion,
    textScale: () => settings.textScale,
  };

  frame.append(stage, panel.element);
  root.append(frame);
  host.append(root);

  const game = createPhaserGame({
    // Canvas on software rasterisers (no GPU): see games/kit/rendererChoice.ts.
    type: chooseRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: stage,
    backgroundColor: '#13263a',
    banner: false,
    audio: { noAudio: true },
    // Keyboard shortcuts are handled on the DOM (below), so Phaser never captures keys the hub needs.
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE, width: Math.max(1, stage.clientWidth), height: Math.max(1, stage.clientHeight) },
    scene: [new CodeOfLifeScene(bridge)],
  });

  const resizeObserver = new ResizeObserver(() => {
    const width = Math.max(1, Math.floor(stage.clientWidth));
    const height = Math.max(1, Math.floor(stage.clientHeight));
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  });
  resizeObserver.observe(stage);

  const predictionForKey = (key: string): MutationEffect | null =>
    (Object.entries(PREDICTION_KEYS) as [MutationEffect, string][]).find(([, shortcut]) => shortcut === key)?.[0] ?? null;

  const onKeyDown = (event: KeyboardEvent): void => {
    if (paused || finished || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
    if (event.repeat) return;
    const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
    if ((BASE_BUTTONS as readonly string[]).includes(key) || key === 'T') {
      perform({ type: 'base', base: key as RnaBase | 'T' });
      event.preventDefault();
      return;
    }
    const prediction = predictionForKey(key);
    if (prediction) {
      perform({ type: 'predict', effect: prediction });
      event.preventDefault();
      return;
    }
    if (key === CONTINUE_KEY) {
      perform({ type: 'continue' });
      event.preventDefault();
      return;
    }
    if (key === READ_ALOUD_KEY) {
      panel.announce(describeProgress(model.snapshot(), t));
      event.preventDefault();
    }
  };
  const keyTarget = host.ownerDocument;
  keyTarget.addEventListener('keydown', onKeyDown);
  const removeSettingsListener = sdk.onSettingsChange((next) => {
    settings = next;
  });

  sdk.exposeTestState(() => ({
    seed: sdk.seed,
    level,
    paused,
    finished,
    snapshot: model.snapshot(),
    expectedBase: model.expectedBase,
    evaluation: evaluate(model.snapshot()),
  }));
  refresh();

  return {
    pause(): void {
      if (destroyed || paused) return;
      paused = true;
      game.pause();
      panel.update(model.snapshot(), paused);
    },
    resume(): void {
      if (destroyed || !paused) return;
      paused = false;
      game.resume();
      panel.update(model.snapshot(), paused);
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      if (endTimer) clearTimeout(endTimer);
      keyTarget.removeEventListener('keydown', onKeyDown);
      resizeObserver.disconnect();
      removeSettingsListener();
      panel.destroy();
      destroyPhaserGame(game);
      root.remove();
    },
  };
}

export const codeOfLifeDefinition: GameDefinition = { mount: mountCodeOfLife };
