// Starts one run of Gowning Up inside the host element the games hub gives: the model session, the Phaser game (canvas
// below) and the accessible DOM layer (buttons above), all laid out from one computeLayout() so they line up. Loaded
// lazily by index.ts, so Phaser reaches the browser only when the game opens. destroy() undoes everything mount() did.

import { createPhaserGame, destroyPhaserGame } from '../kit/phaserLifecycle';
import Phaser from 'phaser';
import type { GameDefinition, GameInstance, GameLevel, GameSdk, GameSettings } from '../sdk/types';
import { AccessibleLayer } from './accessibleLayer';
import type { DescriberDeps } from './describer';
import { computeLayout } from './layout';
import type { GowningLayout } from './layout';
import { toGowningLevel } from './levels';
import { BODY_ZONES, mistakeById } from './mistakes';
import { currentPicture, progressFraction } from './model';
import { PALETTE } from './palette';
import { chooseRenderer } from '../kit/rendererChoice';
import { buildResult } from './results';
import { GowningScene } from './scene';
import { scoreGowning } from './scoring';
import { GowningSession } from './session';
import './gowning.css';

/** Used until the host has a size (it may be laid out after mount). */
const FALLBACK_SIZE = { width: 1366, height: 768 };
/** How often the game checks whether the visitor switched language mid-run (the SDK has no event for it). */
const LANGUAGE_CHECK_MS = 500;

function describerDeps(sdk: GameSdk): DescriberDeps {
  const formatters = new Map<string, Intl.NumberFormat>();
  return {
    t: (key, options) => sdk.t(key, options),
    formatNumber: (value) => {
      // The number format follows the language on screen, which may change during the run.
      const locale = sdk.t('numberLocale');
      let formatter = formatters.get(locale);
      if (!formatter) {
        try {
          formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
        } catch {
          formatter = new Intl.NumberFormat(sdk.language, { maximumFractionDigits: 0 });
        }
        formatters.set(locale, formatter);
      }
      return formatter.format(value);
    },
  };
}

function mount(host: HTMLElement, sdk: GameSdk, levelId: GameLevel['id']): GameInstance {
  const level = toGowningLevel(levelId);
  const session = new GowningSession(level, sdk.random);
  const deps = describerDeps(sdk);
  let settings: GameSettings = sdk.settings;

  const root = document.createElement('div');
  root.className = 'gowning-root';
  root.dataset.gameId = 'gowning';
  const canvasHost = document.createElement('div');
  canvasHost.className = 'gowning-canvas';
  root.append(canvasHost);
  host.append(root);

  const measure = (): GowningLayout => {
    const width = Math.round(root.clientWidth) || FALLBACK_SIZE.width;
    const height = Math.round(root.clientHeight) || FALLBACK_SIZE.height;
    return computeLayout(width, height, session.state.shelf.length, BODY_ZONES.length, settings.textScale);
  };
  let layout = measure();
  let scene: GowningScene | null = null;

  const a11y = new AccessibleLayer({
    session,
    deps,
    onZoneFocus: (zone) => scene?.setHighlightedZone(zone),
  });
  root.append(a11y.element);
  a11y.applyLayout(layout);

  const game = createPhaserGame({
    type: chooseRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: canvasHost,
    width: layout.width,
    height: layout.height,
    backgroundColor: PALETTE.background,
    banner: false,
    autoFocus: false,
    disableContextMenu: true,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE },
    scene: new GowningScene({
      session,
      deps,
      layout,
      reducedMotion: settings.reducedMotion,
      onReady: (ready) => {
        scene = ready;
        ready.applyLayout(layout);
      },
    }),
  });

  const relayout = (): void => {
    const next = measure();
    if (next.width === layout.width && next.height === layout.height && next.fontSize === layout.fontSize) return;
    layout = next;
    game.scale.resize(layout.width, layout.height);
    scene?.applyLayout(layout);
    a11y.applyLayout(layout);
  };
  const resizeObserver = new ResizeObserver(relayout);
  resizeObserver.observe(root);

  const stopSettings = sdk.onSettingsChange((next) => {
    settings = next;
    scene?.setReducedMotion(next.reducedMotion);
    relayout();
  });

  let languageMarker = sdk.t('title');
  const languageTimer = window.setInterval(() => {
    const marker = sdk.t('title');
    if (marker === languageMarker) return;
    languageMarker = marker;
    a11y.relabel();
    scene?.applyLayout(layout);
  }, LANGUAGE_CHECK_MS);

  let lastProgress = -1;
  let ended = false;
  const stopSdkBridge = session.subscribe((next) => {
    const progress = progressFraction(next);
    if (progress !== lastProgress) {
      lastProgress = progress;
      sdk.track({ kind: 'progress', progress });
    }
    if (next.phase === 'finished' && !ended) {
      ended = true;
      sdk.end(buildResult(next, deps));
    }
  });

  sdk.exposeTestState(() => {
    const state = session.state;
    const picture = currentPicture(state);
    return {
      seed: sdk.seed,
      level,
      paused: session.isPaused,
      state,
      score: scoreGowning(state),
      faultZone: picture ? mistakeById(picture).zone : null,
      // Canvas coordinates (CSS px from the game's top-left) of every target, for pointer-driven end-to-end tests.
      targets: {
        operator: layout.operatorArea,
        action: layout.action,
        shelf: Object.fromEntries(state.shelf.map((item, index) => [item, layout.shelfSlots[index]])),
        zones: Object.fromEntries(BODY_ZONES.map((zone, index) => [zone, layout.zoneButtons[index]])),
      },
    };
  });

  let destroyed = false;
  return {
    pause: () => {
      session.setPaused(true);
      game.pause();
    },
    resume: () => {
      session.setPaused(false);
      game.resume();
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      window.clearInterval(languageTimer);
      resizeObserver.disconnect();
      stopSettings();
      stopSdkBridge();
      a11y.destroy();
      session.dispose();
      scene?.release();
      scene = null;
      // Phaser tears the scene, textures and its window listeners down on its next frame; the canvas goes with it.
      destroyPhaserGame(game);
      // Phaser keeps a destroyed game reachable (see GowningScene.release): cut its parent off our DOM as well.
      canvasHost.remove();
      root.remove();
    },
  };
}

export const gowningDefinition: GameDefinition = { mount };
