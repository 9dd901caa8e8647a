// Mounts Purify It! into the hub's host element: creates the model, the DOM control panel and the Phaser game,
// wires them together, and tears all of it down in destroy(). Loaded on demand by index.ts, so Phaser stays out of
// the app's initial bundle.

import { createPhaserGame, destroyPhaserGame } from '../shared/phaserLifecycle';
import { chooseRenderer } from '../shared/rendererChoice';
import * as Phaser from 'phaser';
import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import './purify.css';
import { ControlPanel, READ_ALOUD_KEY, RUN_KEY } from './controls';
import { describeProduct, describeStage } from './describer';
import { isPurifyLevel } from './levels';
import { PurifyModel, processProgress, STEP_MS, type PurifyAction, type StageId } from './model';
import { PurifyScene, type PurifySceneBridge } from './scene';
import { evaluate, learnedKeysFor } from './scoring';

/** Time to see the finished product before the hub shows the results. */
const END_DELAY_MS = 1500;
/** A frame longer than this (tab in the background) is not caught up; slow software-rendered frames still count. */
const MAX_FRAME_MS = 1000;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function mountPurify(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  // Only easy and normal exist; any other level the hub asks for gets the normal game.
  const level = isPurifyLevel(levelId) ? levelId : 'normal';
  const model = new PurifyModel({ level, random: sdk.random });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const formatNumber = (value: number, fractionDigits: number): string => {
    let format = numberFormats.get(fractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(sdk.language, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
      numberFormats.set(fractionDigits, format);
    }
    return format.format(value);
  };
  const t = (key: string, options?: Record<string, unknown>): string => sdk.t(key, options);

  let settings = sdk.settings;
  let paused = false;
  let destroyed = false;
  let finished = false;
  let accumulatedMs = 0;
  let lastStage: StageId = model.stage;
  let lastRunning = false;
  let endTimer: ReturnType<typeof setTimeout> | null = null;

  const root = document.createElement('div');
  root.className = 'purify-game';
  root.dataset.level = level;
  const frame = document.createElement('div');
  frame.className = 'purify-layout';
  const stage = document.createElement('div');
  stage.className = 'purify-stage';
  stage.setAttribute('role', 'img');
  stage.setAttribute('aria-label', t('canvas.stageLabel'));

  const panel = new ControlPanel({
    t,
    formatNumber,
    onChoose: (option) => perform({ type: 'choose', option }),
    onAdjust: (setting, direction) => perform({ type: 'adjust', setting, direction }),
    onMoveMarker: (marker, direction) => perform({ type: 'moveMarker', marker, direction }),
    onRun: () => perform({ type: 'run' }),
    onReadAloud: () => panel.announce(describeProduct(model.snapshot(), t, formatNumber)),
  });

  const refresh = (): void => {
    const snapshot = model.snapshot();
    const preview = model.preview();
    panel.update(snapshot, preview, paused);
    panel.announce(describeStage(snapshot, preview, t, formatNumber));
  };

  const finish = (): void => {
    if (finished) return;
    finished = true;
    const snapshot = model.snapshot();
    const evaluation = evaluate(snapshot);
    const summaryLines = [
      t('results.yield', { value: formatNumber(evaluation.overallYield * 100, 0) }),
      t('results.hcp', { value: formatNumber(evaluation.hcpPpm, 0) }),
      t('results.aggregates', { value: formatNumber(evaluation.aggregatePct, 1) }),
      t('results.virus', { value: formatNumber(evaluation.virusLrv, 1) }),
      t('results.cycles', { cycles: evaluation.captureCycles }),
      ...evaluation.failedTests.map((test) => t(`results.failed.${test}`)),
    ];
    endTimer = setTimeout(() => {
      endTimer = null;
      if (destroyed) return;
      sdk.end({ score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(evaluation, snapshot.history), summaryLines });
    }, END_DELAY_MS);
  };

  const perform = (action: PurifyAction): void => {
    if (paused || destroyed || finished) return;
    if (!model.perform(action)) return;
    lastRunning = model.isRunning;
    refresh();
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
    if (!stepped) return;
    if (model.stage !== lastStage || model.isRunning !== lastRunning) {
      if (model.stage !== lastStage) sdk.track({ kind: 'progress', progress: processProgress(model.snapshot()) });
      lastStage = model.stage;
      lastRunning = model.isRunning;
      refresh();
      if (model.isFinished) finish();
    }
  };

  const bridge: PurifySceneBridge = {
    snapshot: () => model.snapshot(),
    preview: () => model.preview(),
    tick,
    tapFraction: (fraction) => perform({ type: 'tapFraction', fraction }),
    t,
    formatNumber,
    reducedMotion: () => settings.reducedMotion,
    textScale: () => settings.textScale,
  };

  frame.append(stage, panel.element);
  root.append(frame);
  host.append(root);

  const game = createPhaserGame({
    // Canvas on software rasterisers (no GPU): see games/shared/rendererChoice.ts.
    type: chooseRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: stage,
    backgroundColor: '#13263a',
    banner: false,
    audio: { noAudio: true },
    // Keyboard shortcuts are handled on the DOM (below), so Phaser never captures keys the hub needs.
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE, width: Math.max(1, stage.clientWidth), height: Math.max(1, stage.clientHeight) },
    scene: [new PurifyScene(bridge)],
  });

  const resizeObserver = new ResizeObserver(() => {
    const width = Math.max(1, Math.floor(stage.clientWidth));
    const height = Math.max(1, Math.floor(stage.clientHeight));
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  });
  resizeObserver.observe(stage);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (paused || finished || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
    const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
    // Steppers may repeat while a key is held; everything else acts once per press.
    if (panel.handleStepperKey(key)) {
      event.preventDefault();
      return;
    }
    if (event.repeat) return;
    if (panel.handleOptionKey(key)) {
      event.preventDefault();
      return;
    }
    if (key === RUN_KEY) {
      perform({ type: 'run' });
      event.preventDefault();
      return;
    }
    if (key === READ_ALOUD_KEY) {
      panel.announce(describeProduct(model.snapshot(), t, formatNumber));
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
    preview: model.preview(),
    evaluation: evaluate(model.snapshot()),
  }));
  sdk.track({ kind: 'progress', progress: 0 });
  refresh();

  return {
    pause(): void {
      if (destroyed || paused) return;
      paused = true;
      game.pause();
      refresh();
    },
    resume(): void {
      if (destroyed || !paused) return;
      paused = false;
      game.resume();
      refresh();
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

export const purifyDefinition: GameDefinition = { mount: mountPurify };
