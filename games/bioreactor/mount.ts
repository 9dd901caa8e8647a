// Mounts Bioreactor Balance into the hub's host element: creates the model, the run clock, the DOM control panel and
// the Phaser game, wires them together, and tears all of it down in destroy(). Loaded on demand by index.ts, so
// Phaser stays out of the app's initial bundle.

import { createPhaserGame, destroyPhaserGame } from '../kit/phaserLifecycle';
import { chooseRenderer } from '../kit/rendererChoice';
import * as Phaser from 'phaser';
import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import './bioreactor.css';
import { CONTROL_KEYS, ControlPanel, READ_ALOUD_KEY, SPEED_KEYS } from './controls';
import { cultureAlerts, describeCulture, describeReadings } from './describer';
import { isBioreactorLevel } from './levels';
import { BioreactorModel, cultureDay, runProgress, type ControlId } from './model';
import { RunClock, SPEEDS, type Speed } from './runClock';
import { BioreactorScene, type BioreactorSceneBridge } from './scene';
import { evaluateHarvest, learnedKeysFor } from './scoring';

/** A first press on Harvest arms it for this long; a second press harvests (no accidental end of a run). */
const HARVEST_CONFIRM_MS = 4000;
/** The advice line changes at most this often when alerts change, and repeats the day at most this often. */
const ADVICE_MIN_INTERVAL_MS = 3000;
const ADVICE_ROUTINE_INTERVAL_MS = 15000;
/** Time to see the harvested vessel before the hub shows the results. */
const END_DELAY_MS = 1500;

function keyToControl(key: string): ControlId | null {
  const upper = key.length === 1 ? key.toUpperCase() : key;
  if (upper === '+' || upper === '=' || key === 'Add') return 'moreOxygen';
  if (upper === '-' || upper === '_' || key === 'Subtract') return 'lessOxygen';
  const entry = (Object.entries(CONTROL_KEYS) as [ControlId, string][]).find(([, letter]) => letter === upper);
  return entry ? entry[0] : null;
}

function keyToSpeed(key: string): Speed | null {
  return SPEEDS.find((speed) => SPEED_KEYS[speed] === key) ?? null;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function mountBioreactor(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  // 'quick' is not offered by this game's manifest; a hub that asks for it gets the normal run.
  const level = isBioreactorLevel(levelId) ? levelId : 'normal';
  const model = new BioreactorModel({ level, random: sdk.random });
  const clock = new RunClock();
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
  let harvestArmedUntil = 0;
  let lastTrackedDay = -1;
  let lastAdviceAt = -Infinity;
  let lastAlerts = '';
  let endTimer: ReturnType<typeof setTimeout> | null = null;
  let disarmTimer: ReturnType<typeof setTimeout> | null = null;

  const root = document.createElement('div');
  root.className = 'bioreactor-game';
  root.dataset.level = level;
  const frame = document.createElement('div');
  frame.className = 'bioreactor-layout';
  const stage = document.createElement('div');
  stage.className = 'bioreactor-stage';
  stage.setAttribute('role', 'img');
  stage.setAttribute('aria-label', t('canvas.vesselLabel'));

  const harvestArmed = (): boolean => performance.now() < harvestArmedUntil;
  const refreshPanel = (): void => panel.update(model.snapshot(), (control) => !paused && model.isAvailable(control), harvestArmed());

  const giveAdvice = (force: boolean): void => {
    const snapshot = model.snapshot();
    const now = performance.now();
    const alerts = cultureAlerts(snapshot).slice(0, 2).join();
    const alertsChanged = alerts !== lastAlerts && now - lastAdviceAt >= ADVICE_MIN_INTERVAL_MS;
    if (!force && !alertsChanged && now - lastAdviceAt < ADVICE_ROUTINE_INTERVAL_MS) return;
    lastAlerts = alerts;
    lastAdviceAt = now;
    panel.announce(describeCulture(snapshot, t, formatNumber));
  };

  const finish = (): void => {
    if (finished) return;
    finished = true;
    clock.pause();
    const snapshot = model.snapshot();
    const evaluation = evaluateHarvest(snapshot);
    const summaryLines = [
      t('results.titre', { value: formatNumber(evaluation.titre, 2) }),
      t('results.peakCells', { value: formatNumber(evaluation.peakViableCellDensity / 1e6, 1) }),
      t('results.viability', { value: formatNumber(evaluation.viability * 100, 0) }),
      t('results.harvestDay', { day: evaluation.harvestDay }),
    ];
    if (!evaluation.viabilityPassed) summaryLines.push(t('results.viabilityTooLow'));
    if (evaluation.qualityHold) summaryLines.push(t('results.qualityHold'));
    sdk.track({ kind: 'progress', progress: 1 });
    panel.announce(`${t('canvas.harvested')} ${summaryLines[0] ?? ''}`);
    refreshPanel();
    endTimer = setTimeout(() => {
      endTimer = null;
      if (destroyed) return;
      sdk.end({
        score: evaluation.score,
        stars: evaluation.stars,
        completed: true,
        learnedKeys: learnedKeysFor(snapshot, evaluation),
        summaryLines,
      });
    }, END_DELAY_MS);
  };

  const perform = (control: ControlId): void => {
    if (paused || destroyed || finished) return;
    if (control === 'harvest' && !harvestArmed()) {
      if (!model.isAvailable('harvest')) return;
      harvestArmedUntil = performance.now() + HARVEST_CONFIRM_MS;
      if (disarmTimer) clearTimeout(disarmTimer);
      disarmTimer = setTimeout(() => {
        disarmTimer = null;
        if (!destroyed) refreshPanel();
      }, HARVEST_CONFIRM_MS + 50);
      refreshPanel();
      return;
    }
    if (!model.perform(control)) return;
    harvestArmedUntil = 0;
    refreshPanel();
    if (model.isFinished) finish();
  };

  const setSpeed = (speed: Speed): void => {
    clock.setSpeed(speed);
    panel.setSpeed(speed);
  };

  const panel = new ControlPanel({
    t,
    formatNumber,
    offeredControls: model.offeredControls(),
    automaticNote: !model.rules.manualPH,
    onControl: perform,
    onSpeed: setSpeed,
    onReadAloud: () => panel.announce(describeReadings(model.snapshot().culture, t, formatNumber)),
  });

  const tick = (deltaMs: number): void => {
    if (finished || destroyed) return;
    const steps = clock.advance(deltaMs);
    if (steps === 0) return;
    for (let i = 0; i < steps && !model.isFinished; i++) model.step();
    const culture = model.snapshot().culture;
    const day = cultureDay(culture);
    if (day !== lastTrackedDay) {
      lastTrackedDay = day;
      sdk.track({ kind: 'progress', progress: runProgress(culture) });
    }
    refreshPanel();
    giveAdvice(false);
    if (model.isFinished) finish();
  };

  const bridge: BioreactorSceneBridge = {
    snapshot: () => model.snapshot(),
    isAvailable: (control) => !paused && model.isAvailable(control),
    perform,
    tick,
    t,
    formatNumber,
    reducedMotion: () => settings.reducedMotion,
    textScale: () => settings.textScale,
  };

  frame.append(stage, panel.element);
  root.append(frame);
  host.append(root);

  const scene = new BioreactorScene(bridge);
  const game = createPhaserGame({
    // Canvas on software rasterisers (no GPU): see games/kit/rendererChoice.ts.
    type: chooseRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: stage,
    backgroundColor: '#13263a',
    banner: false,
    audio: { noAudio: true },
    // Keyboard shortcuts are handled on the DOM (below), so Phaser never captures keys the hub needs.
    input: { keyboard: false, gamepad: false },
    // The stage is sized by CSS (flex layout beside or under the panel); a ResizeObserver below hands its size to Phaser.
    scale: { mode: Phaser.Scale.NONE, width: Math.max(1, stage.clientWidth), height: Math.max(1, stage.clientHeight) },
    scene: [scene],
  });

  const resizeObserver = new ResizeObserver(() => {
    const width = Math.max(1, Math.floor(stage.clientWidth));
    const height = Math.max(1, Math.floor(stage.clientHeight));
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  });
  resizeObserver.observe(stage);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (paused || finished || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
    if (event.repeat) return;
    const speed = keyToSpeed(event.key);
    if (speed) {
      setSpeed(speed);
      event.preventDefault();
      return;
    }
    if (event.key.toUpperCase() === READ_ALOUD_KEY) {
      panel.announce(describeReadings(model.snapshot().culture, t, formatNumber));
      event.preventDefault();
      return;
    }
    const control = keyToControl(event.key);
    if (control && model.offeredControls().includes(control)) {
      perform(control);
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
    speed: clock.speed,
    snapshot: model.snapshot(),
    evaluation: model.isFinished ? evaluateHarvest(model.snapshot()) : null,
    // Canvas pixels of the canvas's own feed target, for pointer-driven end-to-end tests.
    feedTarget: scene.feedTarget(),
  }));
  sdk.track({ kind: 'progress', progress: 0 });
  lastTrackedDay = 0;
  refreshPanel();
  giveAdvice(true);

  return {
    pause(): void {
      if (destroyed || paused) return;
      paused = true;
      clock.pause();
      game.pause();
      refreshPanel();
    },
    resume(): void {
      if (destroyed || !paused) return;
      paused = false;
      if (!finished) clock.resume();
      game.resume();
      refreshPanel();
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      if (endTimer) clearTimeout(endTimer);
      if (disarmTimer) clearTimeout(disarmTimer);
      keyTarget.removeEventListener('keydown', onKeyDown);
      resizeObserver.disconnect();
      removeSettingsListener();
      panel.destroy();
      destroyPhaserGame(game);
      root.remove();
    },
  };
}

export const bioreactorDefinition: GameDefinition = { mount: mountBioreactor };
