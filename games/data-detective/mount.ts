// Mounts Data Detective into the hub's host element: creates the model, the DOM control panel and the Phaser game,
// wires them together, and tears all of it down in destroy(). Round 1 advances on a fixed clock (one reading per
// step); round 2 waits for the player. Loaded on demand by index.ts, so Phaser stays out of the initial bundle.

import * as Phaser from 'phaser';
import { createPhaserGame, destroyPhaserGame } from '../kit/phaserLifecycle';
import { chooseRenderer } from '../kit/rendererChoice';
import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import { SENSORS, type SensorId } from './constants';
import { FINISH_KEY, FLAG_KEYS, LABEL_KEYS, READ_ALOUD_KEY, VARIANT_KEYS, ControlPanel } from './controls';
import './data-detective.css';
import { describeCharts, describeExample, describeFlag, describeOutcome, describeRun, percent } from './describer';
import { toDataDetectiveLevel } from './levels';
import { DataDetectiveModel, TRAINING_VARIANTS, detectiveScores, gameProgress, type TrainingVariant } from './model';
import { DataDetectiveScene, type DataDetectiveSceneBridge } from './scene';
import { evaluateRun, learnedKeysFor } from './scoring';

/** A frame longer than this (tab in the background) is not caught up. */
const MAX_FRAME_MS = 250;

/** How often the game checks whether the visitor switched language mid-run. */
const LANGUAGE_CHECK_MS = 500;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function mountDataDetective(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toDataDetectiveLevel(levelId);
  const model = new DataDetectiveModel({ level, random: sdk.random });
  const t = (key: string, options?: Record<string, unknown>): string => sdk.t(key, options);
  const formats = new Map<string, Intl.NumberFormat>();
  const formatNumber = (value: number, digits: number): string => {
    // The number format follows the language on screen, which the visitor may switch mid-game.
    const locale = t('numberLocale');
    const key = `${locale}|${digits}`;
    let format = formats.get(key);
    if (!format) {
      try {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      } catch {
        format = new Intl.NumberFormat(sdk.language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      }
      formats.set(key, format);
    }
    return format.format(value);
  };

  let settings = sdk.settings;
  let paused = false;
  let destroyed = false;
  let ended = false;
  let accumulatedMs = 0;
  let lastProgress = -1;

  const root = document.createElement('div');
  root.className = 'dd-game';
  root.dataset.level = level;
  const frame = document.createElement('div');
  frame.className = 'dd-layout';
  const stage = document.createElement('div');
  stage.className = 'dd-stage';
  stage.setAttribute('role', 'img');
  stage.setAttribute('aria-label', t('canvas.label'));

  const statusLine = (): string => {
    const snapshot = model.snapshot();
    if (snapshot.phase === 'monitoring') {
      const caught = snapshot.outcomes.filter((o) => o === 'caught').length;
      const released = snapshot.outcomes.filter((o) => o === 'released').length;
      return t('controls.status.monitoring', { batch: snapshot.batchIndex + 1, total: snapshot.batches.length, caught, released });
    }
    if (snapshot.phase === 'labelling') return t('controls.status.labelling', { number: snapshot.labelIndex + 1, total: snapshot.trainingWindows.length });
    const player = detectiveScores(snapshot);
    const run = snapshot.runs.find((r) => r.variant === snapshot.currentVariant);
    return t('controls.status.experiment', {
      myPrecision: percent(player.precision, formatNumber),
      myRecall: percent(player.recall, formatNumber),
      precision: percent(run?.scores.precision ?? 0, formatNumber),
      recall: percent(run?.scores.recall ?? 0, formatNumber),
    });
  };

  const refreshPanel = (): void => {
    const snapshot = model.snapshot();
    panel.update({ phase: snapshot.phase, canFlag: (sensor) => model.canFlag(sensor), currentVariant: snapshot.currentVariant, status: statusLine(), enabled: !paused && !ended });
  };

  const track = (): void => {
    const progress = Math.round(gameProgress(model.snapshot()) * 20) / 20;
    if (progress === lastProgress) return;
    lastProgress = progress;
    sdk.track({ kind: 'progress', progress });
  };

  const announceExample = (): void => {
    const snapshot = model.snapshot();
    const window = snapshot.trainingWindows[snapshot.labelIndex];
    if (window) say(() => describeExample(window, snapshot.labelIndex, snapshot.trainingWindows.length, t, formatNumber));
  };

  const announceRun = (): void => {
    const snapshot = model.snapshot();
    const run = snapshot.runs.find((r) => r.variant === snapshot.currentVariant);
    if (run) say(() => describeRun(run, detectiveScores(snapshot), t, formatNumber));
  };

  const flag = (sensor: SensorId): void => {
    if (paused || destroyed || ended) return;
    const record = model.flag(sensor);
    if (record) say(() => describeFlag(record, t));
    refreshPanel();
  };

  const label = (faulty: boolean): void => {
    if (paused || destroyed || ended || !model.label(faulty)) return;
    if (model.currentPhase === 'experiment') announceRun();
    else announceExample();
    track();
    refreshPanel();
  };

  const chooseVariant = (variant: TrainingVariant): void => {
    if (paused || destroyed || ended || !model.train(variant)) return;
    announceRun();
    refreshPanel();
  };

  const finish = (): void => {
    if (paused || destroyed || ended || !model.finish()) return;
    ended = true;
    const snapshot = model.snapshot();
    const evaluation = evaluateRun(snapshot);
    const summaryLines = [
      t('results.batches', { caught: evaluation.caught, faulty: evaluation.faultyBatches, released: evaluation.released }),
      t('results.falseAlarms', { alarms: evaluation.falseAlarms }),
      t('results.player', { precision: percent(evaluation.playerPrecision, formatNumber), recall: percent(evaluation.playerRecall, formatNumber) }),
      t('results.labels', { right: evaluation.labelsRight, total: evaluation.labels }),
      t('results.model', { precision: percent(evaluation.modelPrecision ?? 0, formatNumber), recall: percent(evaluation.modelRecall ?? 0, formatNumber) }),
      t('results.meaning'),
    ];
    sdk.track({ kind: 'progress', progress: 1 });
    refreshPanel();
    sdk.end({ score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines });
  };

  const readAloud = (): void => {
    const snapshot = model.snapshot();
    if (snapshot.phase === 'monitoring') say(() => describeCharts(snapshot, t, formatNumber));
    else if (snapshot.phase === 'labelling') announceExample();
    else announceRun();
  };

  const panel = new ControlPanel({ t, onFlag: flag, onLabel: label, onVariant: chooseVariant, onFinish: finish, onReadAloud: readAloud });

  /** Every announcement is kept as a function, so a language switch can say the last one again in the new language. */
  let lastSaid: (() => string) | null = null;
  const say = (make: () => string): void => {
    lastSaid = make;
    panel.announce(make());
  };

  const tick = (deltaMs: number): void => {
    if (paused || destroyed || ended || model.currentPhase !== 'monitoring' || !Number.isFinite(deltaMs) || deltaMs <= 0) return;
    accumulatedMs += Math.min(deltaMs, MAX_FRAME_MS);
    let changed = false;
    while (accumulatedMs >= model.rules.msPerPoint && model.currentPhase === 'monitoring') {
      accumulatedMs -= model.rules.msPerPoint;
      const before = model.snapshot().outcomes.length;
      model.advance();
      changed = true;
      const snapshot = model.snapshot();
      if (snapshot.outcomes.length > before) {
        const batch = snapshot.batches[before];
        const outcome = snapshot.outcomes[before];
        if (batch && outcome) say(() => describeOutcome(batch, outcome, t) + (snapshot.phase === 'labelling' ? ` ${t('describe.round2')}` : ''));
      }
    }
    if (!changed) return;
    track();
    refreshPanel();
  };

  const bridge: DataDetectiveSceneBridge = {
    snapshot: () => model.snapshot(),
    tick,
    flag,
    t,
    formatNumber,
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
    backgroundColor: '#0d1b2a',
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    // Keyboard shortcuts are handled on the DOM (below), so Phaser never captures keys the hub needs.
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE, width: Math.max(1, stage.clientWidth), height: Math.max(1, stage.clientHeight) },
    scene: [new DataDetectiveScene(bridge)],
  });

  const resizeObserver = new ResizeObserver(() => {
    const width = Math.max(1, Math.floor(stage.clientWidth));
    const height = Math.max(1, Math.floor(stage.clientHeight));
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  });
  resizeObserver.observe(stage);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (paused || ended || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat || isTyping(event.target)) return;
    const key = event.key.toUpperCase();
    const phase = model.currentPhase;
    let handled = true;
    const sensor = SENSORS.find((s) => FLAG_KEYS[s] === key);
    // Digits by physical key (event.code), so AZERTY keyboards need no Shift.
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
    const variant = TRAINING_VARIANTS.find((v) => VARIANT_KEYS[v] === digit);
    if (key === READ_ALOUD_KEY) readAloud();
    else if (phase === 'monitoring' && sensor) flag(sensor);
    else if (phase === 'labelling' && key === LABEL_KEYS.normal) label(false);
    else if (phase === 'labelling' && key === LABEL_KEYS.faulty) label(true);
    else if (phase === 'experiment' && variant) chooseVariant(variant);
    else if (phase === 'experiment' && key === FINISH_KEY) finish();
    else handled = false;
    if (handled) event.preventDefault();
  };
  const keyTarget = host.ownerDocument;
  keyTarget.addEventListener('keydown', onKeyDown);
  const removeSettingsListener = sdk.onSettingsChange((next) => {
    settings = next;
  });
  // The SDK has no language event: a switch mid-game shows in sdk.t(). Check now and then and relabel the fixed
  // texts (the scene redraws by itself: its redraw key includes the title in the current language).
  let languageMarker = t('title');
  const languageTimer = setInterval(() => {
    const marker = t('title');
    if (marker === languageMarker) return;
    languageMarker = marker;
    stage.setAttribute('aria-label', t('canvas.label'));
    panel.relabel();
    refreshPanel();
    if (lastSaid) panel.announce(lastSaid());
  }, LANGUAGE_CHECK_MS);

  sdk.exposeTestState(() => {
    const snapshot = model.snapshot();
    return {
      seed: sdk.seed,
      level,
      paused,
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
  });
  sdk.track({ kind: 'progress', progress: 0 });
  lastProgress = 0;
  refreshPanel();
  say(() => t('describe.start'));

  return {
    pause(): void {
      if (destroyed || paused) return;
      paused = true;
      game.pause();
      refreshPanel();
    },
    resume(): void {
      if (destroyed || !paused) return;
      paused = false;
      game.resume();
      refreshPanel();
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      clearInterval(languageTimer);
      keyTarget.removeEventListener('keydown', onKeyDown);
      resizeObserver.disconnect();
      removeSettingsListener();
      panel.destroy();
      destroyPhaserGame(game);
      root.remove();
    },
  };
}

export const dataDetectiveDefinition: GameDefinition = { mount: mountDataDetective };
