// The page of a game played through a DOM side panel (five of the six games): the Phaser stage and the accessible
// control panel side by side (stacked on portrait screens, stage.css), the canvas kept the size of its stage, the
// keyboard shortcuts, pause and resume, a language switch relabelling the fixed texts, the test hook, the focus at
// start, and a destroy() that removes every node, listener, timer and the Phaser game.

import type * as Phaser from 'phaser';
import type { GameInstance } from '../sdk/types';
import { focusAtStart, nameGameRegion } from './focus';
import type { GameRun } from './gameRun';
import { listenForShortcuts, type KeyPress } from './keyboard';
import { destroyPhaserGame } from './phaserLifecycle';
import { fitToElement, startPhaser } from './phaserStage';
import './stage.css';

/** What the kit needs of a game's control panel. */
export interface GamePanel {
  readonly element: HTMLElement;
  /** Runs the game's shortcut for a key press (the kit's guard has let it through); returns whether it was one. */
  handleShortcut(press: KeyPress): boolean;
  /** Applies the texts set once (labels, headings) again after a language switch. */
  relabel?(): void;
  destroy(): void;
}

export interface PanelGameParts {
  /** Class prefix of the game's own stylesheet: "<prefix>-game", "<prefix>-layout", "<prefix>-stage". */
  readonly prefix: string;
  readonly level: string;
  /** Key of the stage's accessible name (what the canvas shows, in one phrase); "canvas.label" when left out. */
  readonly stageLabelKey?: string;
  /** CSS colour behind the scene while it draws. */
  readonly background: string;
  readonly panel: GamePanel;
  readonly scene: Phaser.Scene;
  /** Keys that act again while held (e.g. +/- steppers); every other key acts once per press. */
  readonly repeats?: (press: KeyPress) => boolean;
  /** Redraws the panel: after pause and resume, and after a language switch. */
  readonly refresh: () => void;
  /** Anything more to say again in the new language (e.g. the last announcement). */
  readonly onLanguageChange?: () => void;
  /** The model state published to end-to-end tests (see GameSdk.exposeTestState), beside seed, level, paused, finished. */
  readonly testState: () => Record<string, unknown>;
}

export function mountPanelGame(host: HTMLElement, run: GameRun, parts: PanelGameParts): GameInstance {
  const { sdk } = run;
  const root = element('div', `kit-game ${parts.prefix}-game`);
  root.dataset.level = parts.level;
  const frame = element('div', `kit-layout ${parts.prefix}-layout`);
  const stage = element('div', `kit-stage ${parts.prefix}-stage`);
  stage.setAttribute('role', 'img');
  const label = (): void => {
    nameGameRegion(root, sdk.t('title'));
    stage.setAttribute('aria-label', sdk.t(parts.stageLabelKey ?? 'canvas.label'));
  };
  label();
  parts.panel.element.classList.add('kit-panel');
  frame.append(stage, parts.panel.element);
  root.append(frame);
  host.append(root);

  const game = startPhaser({ parent: stage, scene: parts.scene, background: parts.background });
  run.own(() => {
    parts.panel.destroy();
    destroyPhaserGame(game);
    root.remove();
  });
  run.own(fitToElement(game, stage));
  run.own(listenForShortcuts(host.ownerDocument, { handle: (press) => parts.panel.handleShortcut(press), repeats: parts.repeats, active: () => run.accepting }));
  run.own(
    sdk.onLanguageChange(() => {
      label();
      parts.panel.relabel?.();
      parts.refresh();
      parts.onLanguageChange?.();
    }),
  );
  run.onPauseChange((paused) => {
    if (paused) game.pause();
    else game.resume();
    parts.refresh();
  });
  sdk.exposeTestState(() => ({ seed: sdk.seed, level: parts.level, paused: run.paused, finished: run.finished, ...parts.testState() }));
  focusAtStart(root);

  return {
    pause: () => run.setPaused(true),
    resume: () => run.setPaused(false),
    destroy: () => run.destroy(),
  };
}

function element(tag: string, className: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
