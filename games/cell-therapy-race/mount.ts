// Mounts Cell Therapy Race into the hub's host element: creates the model, the run clock, the DOM control panel and
// the Phaser game, wires them together, and tears all of it down in destroy(). Loaded on demand by index.ts, so
// Phaser stays out of the app's initial bundle.

import * as Phaser from 'phaser';
import { createPhaserGame, destroyPhaserGame } from '../kit/phaserLifecycle';
import { chooseRenderer } from '../kit/rendererChoice';
import { focusAtStart, nameGameRegion } from '../kit/focus';
import type { GameDefinition, GameInstance, GameLevel, GameSdk } from '../sdk/types';
import './cell-therapy-race.css';
import { REAL_MEDIANS } from './constants';
import { ControlPanel, READ_ALOUD_KEY, SPEED_KEY } from './controls';
import { describeLogEntry, describeNews, describeStatus, patientName, patientsNeedingAction } from './describer';
import { toCellTherapyLevel } from './levels';
import { CellTherapyModel, runProgress, type ActionId } from './model';
import { RunClock, SPEEDS, type Speed } from './runClock';
import { CellTherapyScene, type CellTherapySceneBridge } from './scene';
import { evaluateRun, learnedKeysFor } from './scoring';

/** Time to see the last infusion on the timeline before the hub shows the results. */
const END_DELAY_MS = 1500;
/** With nothing new to say, the advice line reminds the player what waits for them at most this often. */
const HINT_INTERVAL_MS = 8000;

/** How often the game checks whether the visitor switched language mid-run. */
const LANGUAGE_CHECK_MS = 500;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Digit1..Digit9 (and the numeric keypad) by physical key, so AZERTY keyboards work without Shift. */
function patientFromCode(code: string): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return match ? Number(match[1]) - 1 : null;
}

function mountCellTherapy(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toCellTherapyLevel(levelId);
  const model = new CellTherapyModel({ level, random: sdk.random });
  const clock = new RunClock();
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
  let finished = false;
  let announcedLog = 0;
  let lastHintAt = -Infinity;
  let lastProgress = -1;
  let endTimer: ReturnType<typeof setTimeout> | null = null;

  const root = document.createElement('div');
  root.className = 'ctr-game';
  root.dataset.level = level;
  const frame = document.createElement('div');
  frame.className = 'ctr-layout';
  const stage = document.createElement('div');
  stage.className = 'ctr-stage';
  stage.setAttribute('role', 'img');
  stage.setAttribute('aria-label', t('canvas.label'));

  const actionFor = (patient: number, which: 'primary' | 'secondary'): ActionId | null =>
    which === 'primary' ? model.primaryAction(patient) : model.secondaryAction(patient);

  const refreshPanel = (): void => {
    const snapshot = model.snapshot();
    panel.update({
      snapshot,
      primary: snapshot.patients.map((patient) => model.primaryAction(patient.index)),
      secondary: snapshot.patients.map((patient) => model.secondaryAction(patient.index)),
      enabled: (patient, action) => !paused && !finished && model.canPerform(patient, action),
      needsPlayer: (patient) => !finished && model.isWaitingForPlayer(patient),
    });
  };

  /** Announces what happened since the last announcement; otherwise, now and then, what waits for the player. */
  const announce = (force: boolean): void => {
    const snapshot = model.snapshot();
    const fresh = snapshot.log.slice(announcedLog);
    announcedLog = snapshot.log.length;
    const news = describeNews(fresh, snapshot, t);
    const now = performance.now();
    if (news) {
      say(() => describeNews(fresh, snapshot, t));
      lastHintAt = now;
      return;
    }
    if (!force && now - lastHintAt < HINT_INTERVAL_MS) return;
    lastHintAt = now;
    const waiting = patientsNeedingAction(snapshot, (patient) => {
      const action = model.primaryAction(patient);
      return action !== null && model.canPerform(patient, action);
    });
    const first = waiting[0];
    const patient = first === undefined ? undefined : snapshot.patients[first];
    const action = first === undefined ? null : model.primaryAction(first);
    if (patient && action) say(() => t('describe.next', { patient: patientName(patient, t), action: t(`actions.${action}`) }));
    else if (force) say(() => t('describe.waitingForCells'));
  };

  const finish = (): void => {
    if (finished) return;
    finished = true;
    clock.pause();
    const snapshot = model.snapshot();
    const evaluation = evaluateRun(snapshot);
    const median = (value: number): string => formatNumber(value, 1);
    const summaryLines = [
      t('results.treated', { treated: evaluation.treated, total: evaluation.patients }),
      ...snapshot.patients.map((patient, index) => {
        const days = evaluation.veinToVein[index];
        return days === null || days === undefined
          ? t('results.patientWaiting', { patient: patientName(patient, t) })
          : t('results.patientDays', { patient: patientName(patient, t), days: formatNumber(days, 1) });
      }),
      evaluation.meanDays === null ? t('results.noMean') : t('results.mean', { days: formatNumber(evaluation.meanDays, 1) }),
      t('results.realMedians', { us: median(REAL_MEDIANS.axiCelUs), europe: median(REAL_MEDIANS.axiCelEurope), tisa: median(REAL_MEDIANS.tisaCel) }),
      evaluation.identityAlarms === 0 ? t('results.identityClean') : t('results.identityAlarms', { alarms: evaluation.identityAlarms }),
      t('results.whySpeed'),
    ];
    if (evaluation.expiredBags > 0) summaryLines.push(t('results.expired', { bags: evaluation.expiredBags }));
    sdk.track({ kind: 'progress', progress: 1 });
    say(() => t('describe.allDone'));
    refreshPanel();
    endTimer = setTimeout(() => {
      endTimer = null;
      if (destroyed) return;
      sdk.end({ score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines });
    }, END_DELAY_MS);
  };

  const act = (patient: number, which: 'primary' | 'secondary'): void => {
    if (paused || destroyed || finished) return;
    const action = actionFor(patient, which);
    if (!action) return;
    const before = model.snapshot().log.length;
    const done = model.perform(patient, action);
    const snapshot = model.snapshot();
    if (!done && snapshot.log.length === before) {
      // Not possible right now (a suite or the QC lab is busy, conditioning not over): say why.
      const patientState = snapshot.patients[patient];
      if (patientState) say(() => t(`refused.${action}`, { patient: patientName(patientState, t) }));
    } else if (!done) {
      const entry = snapshot.log[snapshot.log.length - 1];
      if (entry) say(() => describeLogEntry(entry, snapshot, t));
      announcedLog = snapshot.log.length;
    }
    refreshPanel();
  };

  const setSpeed = (speed: Speed): void => {
    clock.setSpeed(speed);
    panel.setSpeed(speed);
  };

  const panel = new ControlPanel({
    t,
    patients: model.rules.patients,
    onAction: act,
    onSpeed: setSpeed,
    onReadAloud: () => panel.announce(describeStatus(model.snapshot(), t, formatNumber)),
  });

  /** Every announcement is kept as a function, so a language switch can say the last one again in the new language. */
  let lastSaid: (() => string) | null = null;
  const say = (make: () => string): void => {
    lastSaid = make;
    panel.announce(make());
  };

  const tick = (deltaMs: number): void => {
    if (finished || destroyed) return;
    const steps = clock.advance(deltaMs);
    if (steps === 0) return;
    for (let i = 0; i < steps && !model.isFinished; i++) model.advance();
    const snapshot = model.snapshot();
    const progress = Math.round(runProgress(snapshot) * 20) / 20;
    if (progress !== lastProgress) {
      lastProgress = progress;
      sdk.track({ kind: 'progress', progress });
    }
    refreshPanel();
    announce(false);
    if (model.isFinished) finish();
  };

  const bridge: CellTherapySceneBridge = {
    snapshot: () => model.snapshot(),
    tick,
    primary: (patient) => act(patient, 'primary'),
    needsPlayer: (patient) => !finished && model.isWaitingForPlayer(patient),
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
    backgroundColor: '#0d1b2a',
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    // Keyboard shortcuts are handled on the DOM (below), so Phaser never captures keys the hub needs.
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE, width: Math.max(1, stage.clientWidth), height: Math.max(1, stage.clientHeight) },
    scene: [new CellTherapyScene(bridge)],
  });

  const resizeObserver = new ResizeObserver(() => {
    const width = Math.max(1, Math.floor(stage.clientWidth));
    const height = Math.max(1, Math.floor(stage.clientHeight));
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  });
  resizeObserver.observe(stage);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (paused || finished || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat || isTyping(event.target)) return;
    const patient = patientFromCode(event.code);
    if (patient !== null && patient < model.rules.patients) {
      act(patient, event.shiftKey ? 'secondary' : 'primary');
      event.preventDefault();
      return;
    }
    const key = event.key.toUpperCase();
    if (key === SPEED_KEY) {
      const next = SPEEDS[(SPEEDS.indexOf(clock.speed) + 1) % SPEEDS.length] ?? 1;
      setSpeed(next);
      event.preventDefault();
    } else if (key === READ_ALOUD_KEY) {
      say(() => describeStatus(model.snapshot(), t, formatNumber));
      event.preventDefault();
    }
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

  sdk.exposeTestState(() => ({
    seed: sdk.seed,
    level,
    paused,
    finished,
    speed: clock.speed,
    snapshot: model.snapshot(),
    primaryActions: model.snapshot().patients.map((patient) => model.primaryAction(patient.index)),
    evaluation: model.isFinished ? evaluateRun(model.snapshot()) : null,
  }));
  sdk.track({ kind: 'progress', progress: 0 });
  refreshPanel();
  announce(true);
  nameGameRegion(root, t('title'));
  focusAtStart(root);

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
      clearInterval(languageTimer);
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

export const cellTherapyRaceDefinition: GameDefinition = { mount: mountCellTherapy };
