// Gowning Up's page: the Phaser canvas below and the accessible DOM layer above (the BBC overlay pattern), both laid
// out from one computeLayout() of the root's size so every button sits exactly over what it stands for, and laid
// out again when the root resizes or the text size changes. destroy() removes all of it.

import type * as Phaser from 'phaser';
import { destroyPhaserGame } from '../kit/phaserLifecycle';
import { startPhaser } from '../kit/phaserStage';
import { element } from '../kit/panelDom';
import { AccessibleLayer } from './accessibleLayer';
import type { DescriberDeps } from './describer';
import { computeLayout, type GowningLayout } from './layout';
import { BODY_ZONES } from './mistakes';
import { PALETTE } from './palette';
import { GowningScene } from './scene';
import type { GowningSession } from './session';

/** Used until the host has a size (it may be laid out after mount). */
const FALLBACK_SIZE = { width: 1366, height: 768 };

export class GowningStage {
  readonly root: HTMLElement;
  private readonly canvasHost: HTMLElement;
  private readonly a11y: AccessibleLayer;
  private readonly game: Phaser.Game;
  private readonly resizeObserver: ResizeObserver;
  private scene: GowningScene | null = null;
  private currentLayout: GowningLayout;

  constructor(
    host: HTMLElement,
    private readonly session: GowningSession,
    deps: DescriberDeps,
    private readonly settings: () => { readonly reducedMotion: boolean; readonly textScale: number },
  ) {
    this.root = element('div', 'gowning-root');
    this.root.dataset.gameId = 'gowning';
    this.canvasHost = element('div', 'gowning-canvas');
    this.root.append(this.canvasHost);
    host.append(this.root);
    this.currentLayout = this.measure();
    this.a11y = new AccessibleLayer({ session, deps, onZoneFocus: (zone) => this.scene?.setHighlightedZone(zone) });
    this.root.append(this.a11y.element);
    this.a11y.applyLayout(this.currentLayout);
    const onReady = (ready: GowningScene): void => {
      this.scene = ready;
      ready.applyLayout(this.currentLayout);
    };
    const scene = new GowningScene({ session, deps, layout: this.currentLayout, reducedMotion: settings().reducedMotion, onReady });
    const { width, height } = this.currentLayout;
    this.game = startPhaser({ parent: this.canvasHost, scene, background: PALETTE.background, width, height, contextMenu: false });
    this.resizeObserver = new ResizeObserver(() => this.relayout());
    this.resizeObserver.observe(this.root);
  }

  get layout(): GowningLayout {
    return this.currentLayout;
  }

  relayout(): void {
    const next = this.measure();
    const layout = this.currentLayout;
    if (next.width === layout.width && next.height === layout.height && next.fontSize === layout.fontSize) return;
    this.currentLayout = next;
    this.game.scale.resize(next.width, next.height);
    this.scene?.applyLayout(next);
    this.a11y.applyLayout(next);
  }

  /** After a language switch: the buttons' names and the canvas texts. */
  relabel(): void {
    this.a11y.relabel();
    this.scene?.applyLayout(this.currentLayout);
  }

  setReducedMotion(reducedMotion: boolean): void {
    this.scene?.setReducedMotion(reducedMotion);
  }

  setPaused(paused: boolean): void {
    if (paused) this.game.pause();
    else this.game.resume();
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.a11y.destroy();
    this.scene?.release();
    this.scene = null;
    // Phaser tears the scene, textures and its window listeners down on its next frame; the canvas goes with it.
    destroyPhaserGame(this.game);
    // Phaser keeps a destroyed game reachable (see GowningScene.release): cut its parent off our DOM as well.
    this.canvasHost.remove();
    this.root.remove();
  }

  private measure(): GowningLayout {
    const width = Math.round(this.root.clientWidth) || FALLBACK_SIZE.width;
    const height = Math.round(this.root.clientHeight) || FALLBACK_SIZE.height;
    return computeLayout(width, height, this.session.state.shelf.length, BODY_ZONES.length, this.settings().textScale);
  }
}
