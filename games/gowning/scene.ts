// The Phaser 4 scene of Gowning Up. It only draws the model (operator, shelf, particle gauge, round 2 zones) and turns
// pointer input into model actions: tap a garment then tap the operator, or drag the garment onto the operator.
// It never changes state itself. Listeners it adds are removed in shutdown(); mount.ts destroys the game.

import Phaser from 'phaser';
import { createRandom } from '../../common/random/seededRandom';
import type { DescriberDeps } from './describer';
import { describeFeedback } from './describer';
import { zoneAt, zoneScreenRect } from './figure';
import { fitInBox, makeText } from '../sdk/canvasText';
import { paintItemIcon } from './itemIcons';
import { GOWNING_SEQUENCE, itemNameKey } from './items';
import type { ShelfItemId } from './items';
import { contains, counterGeometry } from './layout';
import type { GowningLayout, Rect } from './layout';
import { BODY_ZONES, mistakeById, zoneNameKey } from './mistakes';
import type { BodyZoneId } from './mistakes';
import { currentPicture, isOnShelf, remainingMs } from './model';
import type { GowningState } from './model';
import { paintOperator } from './operatorPainter';
import { DISPLAY_FONT_FAMILY, PALETTE } from './palette';
import { GRADE_B_AT_REST_LIMIT, GRADE_B_IN_OPERATION_LIMIT, PARTICLE_CEILING, PARTICLE_FLOOR, gaugeFraction, particleStatus } from './particles';
import { GowningSession } from './session';
import { strokeRoundedBox } from '../kit/roundedBox';
import { paintBarGauge, type BarGauge } from '../kit/gaugePainter';

const STATUS_COLOUR = { green: PALETTE.green, amber: PALETTE.amber, red: PALETTE.red } as const;

/**
 * The particle counter: a logarithmic bar from 100 to 9,000,000 particles >= 0.5 um per m3, banded by the counter's
 * three states, with the two grade B limit lines (3,520 at rest, 352,000 in operation).
 */
function counterGauge(bar: Rect): BarGauge {
  const limit = (value: number) => ({ value, colour: 0xf5f8fb, width: 3, overhang: 6 });
  return {
    track: bar,
    direction: 'up',
    scale: { min: PARTICLE_FLOOR, max: PARTICLE_CEILING, log: true },
    bands: [
      { from: GRADE_B_IN_OPERATION_LIMIT, to: PARTICLE_CEILING, colour: PALETTE.red, alpha: 0.28 },
      { from: GRADE_B_AT_REST_LIMIT, to: GRADE_B_IN_OPERATION_LIMIT, colour: PALETTE.amber, alpha: 0.28 },
      { from: PARTICLE_FLOOR, to: GRADE_B_AT_REST_LIMIT, colour: PALETTE.green, alpha: 0.28 },
    ],
    outline: { colour: PALETTE.line, width: 2 },
    limits: [limit(GRADE_B_AT_REST_LIMIT), limit(GRADE_B_IN_OPERATION_LIMIT)],
  };
}

export interface GowningSceneOptions {
  readonly session: GowningSession;
  readonly deps: DescriberDeps;
  readonly layout: GowningLayout;
  readonly reducedMotion: boolean;
  /** Called once the scene has built its objects, so mount.ts can start forwarding layout and settings. */
  onReady(scene: GowningScene): void;
}

/** Pointer travel (px) that turns a press on a garment into a drag. */
const DRAG_THRESHOLD_PX = 12;
const FLASH_MS = 450;
const SHAKE_MS = 320;

interface PressState {
  readonly item: ShelfItemId;
  readonly wasPicked: boolean;
  readonly startX: number;
  readonly startY: number;
  dragging: boolean;
  x: number;
  y: number;
}

export class GowningScene extends Phaser.Scene {
  private options: GowningSceneOptions;
  private layout: GowningLayout;
  private reducedMotion: boolean;
  private highlightedZone: BodyZoneId | null = null;
  private hoveredZone: BodyZoneId | null = null;
  private press: PressState | null = null;
  private flashUntil = 0;
  private shake: { item: ShelfItemId; until: number } | null = null;
  /** Shelf, operator, zones and panels: cached in a texture, re-rendered only when `staticKey` changes. */
  private staticDirty = true;
  private staticKey = '';
  /** Gauge and clock: change every model tick, cheap to redraw. */
  private hudDirty = true;
  /** The per-frame layer (moving icon, particle dots, drag ghost, flash). */
  private effectsDirty = true;
  private unsubscribe: (() => void) | null = null;

  private staticLayer!: Phaser.GameObjects.RenderTexture;
  private backdrop!: Phaser.GameObjects.Graphics;
  private figure!: Phaser.GameObjects.Graphics;
  private panels!: Phaser.GameObjects.Graphics;
  private icons!: Phaser.GameObjects.Graphics;
  private gauge!: Phaser.GameObjects.Graphics;
  private effects!: Phaser.GameObjects.Graphics;
  private title!: Phaser.GameObjects.Text;
  private progress!: Phaser.GameObjects.Text;
  private clock!: Phaser.GameObjects.Text;
  private gaugeTitle!: Phaser.GameObjects.Text;
  private atRestLabel!: Phaser.GameObjects.Text;
  private inOperationLabel!: Phaser.GameObjects.Text;
  private reading!: Phaser.GameObjects.Text;
  private readingStatus!: Phaser.GameObjects.Text;
  private feedback!: Phaser.GameObjects.Text;
  private actionLabel!: Phaser.GameObjects.Text;
  private banner!: Phaser.GameObjects.Text;
  private slotLabels: Phaser.GameObjects.Text[] = [];
  private zoneLabels: Phaser.GameObjects.Text[] = [];

  constructor(options: GowningSceneOptions) {
    super({ key: 'gowning' });
    this.options = options;
    this.layout = options.layout;
    this.reducedMotion = options.reducedMotion;
  }

  create(): void {
    // Redrawing many Graphics shapes every frame is what costs most in WebGL (they are re-tessellated each frame),
    // so the still parts are drawn off the display list and baked into one render texture when they change.
    this.staticLayer = this.add.renderTexture(0, 0, this.layout.width, this.layout.height).setOrigin(0, 0);
    this.backdrop = this.make.graphics({}, false);
    this.figure = this.make.graphics({}, false);
    this.panels = this.make.graphics({}, false);
    this.icons = this.make.graphics({}, false);
    this.gauge = this.add.graphics();
    this.effects = this.add.graphics();
    this.title = makeText(this, PALETTE.text, true, DISPLAY_FONT_FAMILY);
    this.progress = makeText(this, PALETTE.textMuted, true);
    this.clock = makeText(this, PALETTE.text, true, DISPLAY_FONT_FAMILY);
    this.gaugeTitle = makeText(this, PALETTE.text, true);
    this.atRestLabel = makeText(this, PALETTE.textMuted);
    this.inOperationLabel = makeText(this, PALETTE.textMuted);
    this.reading = makeText(this, PALETTE.text, true, DISPLAY_FONT_FAMILY);
    this.readingStatus = makeText(this, PALETTE.text, true);
    this.feedback = makeText(this, PALETTE.text);
    this.actionLabel = makeText(this, PALETTE.textOnAccent, true);
    this.banner = makeText(this, PALETTE.text, true, DISPLAY_FONT_FAMILY);
    this.slotLabels = this.options.session.state.shelf.map(() => makeText(this, PALETTE.text, true));
    this.zoneLabels = BODY_ZONES.map(() => makeText(this, PALETTE.text, true));
    this.effects.setDepth(1);
    this.banner.setDepth(2);

    this.unsubscribe = this.options.session.subscribe((next, previous) => this.onModelChange(next, previous));
    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onPointerDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, this.onPointerUp, this);
    this.input.on(Phaser.Input.Events.GAME_OUT, this.onPointerLeave, this);
    // A scene stopped by the game's destroy() gets DESTROY, not SHUTDOWN: clean up on whichever comes first.
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.shutdown, this);
    this.options.onReady(this);
  }

  /**
   * Drops every reference to the run (session, translations, mount's closures). Phaser 4.2.1 keeps destroyed Game
   * objects reachable (measured: an empty game retains its parent element after destroy), so a destroyed scene must
   * not keep the rest of the run alive with it.
   */
  release(): void {
    this.shutdown();
    for (const child of [...this.children.list]) child.destroy();
    this.slotLabels = [];
    this.zoneLabels = [];
    this.options = {
      session: new GowningSession('quick', createRandom(0)),
      deps: { t: () => '', formatNumber: String },
      layout: this.layout,
      reducedMotion: true,
      onReady: () => undefined,
    };
  }

  applyLayout(layout: GowningLayout): void {
    this.layout = layout;
    this.cameras.main.setSize(layout.width, layout.height);
    this.staticLayer.resize(layout.width, layout.height);
    this.markAllDirty();
  }

  setReducedMotion(reducedMotion: boolean): void {
    this.reducedMotion = reducedMotion;
    this.markAllDirty();
  }

  /** The zone whose DOM button has keyboard focus, outlined on the figure too. */
  setHighlightedZone(zone: BodyZoneId | null): void {
    this.highlightedZone = zone;
    this.staticDirty = true;
  }

  /** After a layout, motion or language change: everything is drawn again. */
  markAllDirty(): void {
    this.staticDirty = true;
    this.hudDirty = true;
    this.effectsDirty = true;
  }

  override update(time: number): void {
    // The real frame time, not Phaser's smoothed delta: that one is clamped to 16.7 ms per frame whenever the window
    // lacks focus or frames are slow, which would stretch the game clock. The session caps long stalls itself.
    this.options.session.advance(this.game.loop.rawDelta);
    const state = this.options.session.state;
    const key = this.staticKeyOf(state);
    if (key !== this.staticKey) {
      this.staticKey = key;
      this.staticDirty = true;
    }
    const animating = !this.reducedMotion && (state.phase === 'dressing' || time < this.flashUntil || this.isShaking(time));
    const effectsDue = this.effectsDirty || this.staticDirty || this.hudDirty || animating || this.press?.dragging === true;
    if (this.staticDirty) this.redrawStatic(state);
    if (this.hudDirty) this.redrawHud(state);
    if (effectsDue) this.drawEffects(time);
    this.staticDirty = false;
    this.hudDirty = false;
    this.effectsDirty = false;
  }

  private isShaking(time: number): boolean {
    return this.shake !== null && time < this.shake.until;
  }

  /** Everything the cached layer depends on; the counter reading and the clock are not part of it. */
  private staticKeyOf(state: GowningState): string {
    return [
      state.phase,
      state.worn.length,
      state.discarded.length,
      state.picked,
      state.pictureIndex,
      state.wrongZones.join(),
      state.feedbackSerial,
      this.highlightedZone,
      this.hoveredZone,
      this.press?.dragging ? this.press.item : '',
      this.shake && this.isShaking(this.time.now) ? this.shake.item : '',
    ].join('|');
  }

  private onModelChange(next: GowningState, previous: GowningState): void {
    this.hudDirty = true;
    if (next.feedbackSerial === previous.feedbackSerial || this.reducedMotion) return;
    const now = this.time.now;
    if (next.feedback?.kind === 'correct' || next.feedback?.kind === 'dressed') this.flashUntil = now + FLASH_MS;
    if (next.feedback?.kind === 'wrongOrder' || next.feedback?.kind === 'decoy') {
      this.shake = { item: next.feedback.item, until: now + SHAKE_MS };
    }
  }

  // ---- input -------------------------------------------------------------------------------------------------

  private slotAt(x: number, y: number): ShelfItemId | null {
    const state = this.options.session.state;
    const index = this.layout.shelfSlots.findIndex((slot) => contains(slot, x, y));
    const item = index >= 0 ? state.shelf[index] : undefined;
    return item !== undefined && isOnShelf(state, item) ? item : null;
  }

  private zoneButtonAt(x: number, y: number): BodyZoneId | null {
    const index = this.layout.zoneButtons.findIndex((button) => contains(button, x, y));
    return BODY_ZONES[index] ?? null;
  }

  private onPointerDown(pointer: Phaser.Input.Pointer): void {
    const { session } = this.options;
    const state = session.state;
    const { x, y } = pointer;
    if ((state.phase === 'dressed' || state.phase === 'spotFeedback') && contains(this.layout.action, x, y)) {
      session.dispatch({ type: 'continue' });
      return;
    }
    if (state.phase === 'spotting') {
      const zone = this.zoneButtonAt(x, y) ?? zoneAt(this.layout.figure, BODY_ZONES, x, y);
      if (zone) session.dispatch({ type: 'tapZone', zone });
      return;
    }
    if (state.phase !== 'dressing') return;
    const item = this.slotAt(x, y);
    if (item) {
      const wasPicked = state.picked === item;
      if (!wasPicked) session.dispatch({ type: 'pick', item });
      this.press = { item, wasPicked, startX: x, startY: y, dragging: false, x, y };
      return;
    }
    if (state.picked && contains(this.layout.operatorArea, x, y)) session.dispatch({ type: 'placePicked' });
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    const { x, y } = pointer;
    if (this.press) {
      this.press.x = x;
      this.press.y = y;
      if (!this.press.dragging && Math.hypot(x - this.press.startX, y - this.press.startY) > DRAG_THRESHOLD_PX) {
        this.press.dragging = true;
      }
      return;
    }
    if (this.options.session.state.phase === 'spotting') {
      const zone = this.zoneButtonAt(x, y) ?? zoneAt(this.layout.figure, BODY_ZONES, x, y);
      if (zone !== this.hoveredZone) {
        this.hoveredZone = zone;
      }
    }
  }

  private onPointerUp(pointer: Phaser.Input.Pointer): void {
    const press = this.press;
    this.press = null;
    if (!press) return;
    const { session } = this.options;
    if (press.dragging) {
      if (contains(this.layout.operatorArea, pointer.x, pointer.y)) session.dispatch({ type: 'apply', item: press.item });
      this.effectsDirty = true;
      return;
    }
    // A second tap on the garment in hand puts it back.
    if (press.wasPicked) session.dispatch({ type: 'unpick' });
  }

  private onPointerLeave(): void {
    if (this.press?.dragging) this.effectsDirty = true;
    this.press = null;
    this.hoveredZone = null;
  }

  // ---- drawing -----------------------------------------------------------------------------------------------

  private redrawStatic(state: GowningState): void {
    const { layout } = this;
    const { t } = this.options.deps;
    const roundTwo = state.phase === 'spotting' || state.phase === 'spotFeedback' || state.phase === 'finished';
    this.backdrop.clear();
    this.panels.clear();
    this.figure.clear();
    this.icons.clear();

    this.backdrop.fillStyle(PALETTE.backgroundAlt, 1);
    this.backdrop.fillRoundedRect(layout.header.x, layout.header.y, layout.header.width, layout.header.height, 14);
    this.backdrop.fillStyle(PALETTE.surface, 1);
    const area = layout.operatorArea;
    this.backdrop.fillRoundedRect(area.x, area.y, area.width, area.height, 16);
    if (state.phase === 'dressing' && state.picked) {
      this.backdrop.lineStyle(4, PALETTE.accent, 1);
      strokeRoundedBox(this.backdrop, area.x + 2, area.y + 2, area.width - 4, area.height - 4, 16);
    }
    this.backdrop.fillStyle(PALETTE.backgroundAlt, 1);
    this.backdrop.fillRoundedRect(layout.feedback.x, layout.feedback.y, layout.feedback.width, layout.feedback.height, 14);

    const fault = roundTwo ? currentPicture(state) : null;
    const worn = new Set(roundTwo ? GOWNING_SEQUENCE : state.worn);
    paintOperator(this.figure, layout.figure, { worn, fault, showStickyMat: !roundTwo });
    if (roundTwo) this.drawZones(state);
    else {
      this.drawShelf(state);
      this.drawShelfIcons(state, this.icons, false, 0);
    }
    if (roundTwo) this.slotLabels.forEach((label) => label.setVisible(false));
    this.zoneLabels.forEach((label) => label.setVisible(roundTwo && state.phase !== 'finished'));
    this.drawFeedback(state);
    this.drawAction(state);

    const showBanner = state.phase === 'dressed';
    this.banner.setVisible(showBanner);
    if (showBanner) {
      // At the feet, so the banner never hides the head the player just dressed.
      const bannerHeight = layout.fontSize * 3.2;
      const box: Rect = { x: area.x + 12, y: area.y + area.height - bannerHeight - 12, width: area.width - 24, height: bannerHeight };
      this.panels.fillStyle(state.timedOut ? PALETTE.red : PALETTE.green, 0.95);
      this.panels.fillRoundedRect(box.x, box.y, box.width, box.height, 12);
      fitInBox(this.banner, t(state.timedOut ? 'canvas.timeUpTitle' : 'canvas.dressedTitle'), { ...box, x: box.x + 10, width: box.width - 20 }, layout.fontSize * 1.3, 'center');
    }
    this.staticLayer.clear();
    this.staticLayer.draw([this.backdrop, this.figure, this.panels, this.icons], 0, 0);
    this.staticLayer.render();
  }

  private redrawHud(state: GowningState): void {
    const roundTwo = state.phase === 'spotting' || state.phase === 'spotFeedback' || state.phase === 'finished';
    this.drawHeader(state, roundTwo);
    this.gauge.clear();
    this.drawGauge(state);
  }

  private drawHeader(state: GowningState, roundTwo: boolean): void {
    const { header, fontSize } = this.layout;
    const { t } = this.options.deps;
    const inner = { x: header.x + 16, y: header.y, width: header.width - 32, height: header.height };
    fitInBox(this.title, t(roundTwo ? 'canvas.roundTwo' : 'canvas.roundOne'), { ...inner, width: inner.width * 0.58 }, fontSize * 1.25, 'left');
    const progressText = roundTwo
      ? t('canvas.picture', { number: Math.min(state.pictureIndex + 1, state.pictures.length), total: state.pictures.length })
      : t('canvas.steps', { step: Math.min(state.worn.length + 1, GOWNING_SEQUENCE.length), total: GOWNING_SEQUENCE.length });
    fitInBox(this.progress, progressText, { x: inner.x + inner.width * 0.6, y: inner.y, width: inner.width * 0.22, height: inner.height }, fontSize, 'right');
    const seconds = Math.ceil(remainingMs(state) / 1000);
    this.clock.setVisible(!roundTwo);
    this.clock.setColor(seconds <= 10 && state.phase === 'dressing' ? PALETTE.dangerText : PALETTE.text);
    fitInBox(this.clock, t('canvas.clock', { seconds }), { x: inner.x + inner.width * 0.84, y: inner.y, width: inner.width * 0.16, height: inner.height }, fontSize * 1.35, 'right');
  }

  private drawGauge(state: GowningState): void {
    const { gauge, fontSize } = this.layout;
    const { t, formatNumber } = this.options.deps;
    const geometry = counterGeometry(gauge, fontSize);
    this.gauge.fillStyle(PALETTE.surface, 1).fillRoundedRect(gauge.x, gauge.y, gauge.width, gauge.height, 12);
    // A pointer beside the bar at the reading, so it does not depend on colour alone.
    const pointer = { colour: 0xf5f8fb, gap: 2, length: 11, halfWidth: 7 };
    paintBarGauge(this.gauge, counterGauge(geometry.bar), { value: state.particles, fill: { colour: STATUS_COLOUR[particleStatus(state.particles)], inset: 4 }, pointer });
    fitInBox(this.gaugeTitle, t('canvas.counterTitle'), geometry.titleBox, fontSize * 0.85, 'center');
    const labelHeight = fontSize * 2.4;
    fitInBox(
      this.atRestLabel,
      t('canvas.limitAtRest', { value: formatNumber(3_520) }),
      { x: geometry.labelX, y: geometry.atRestY - labelHeight / 2, width: geometry.labelWidth, height: labelHeight },
      fontSize * 0.75,
      'left',
      9,
    );
    fitInBox(
      this.inOperationLabel,
      t('canvas.limitInOperation', { value: formatNumber(352_000) }),
      { x: geometry.labelX, y: geometry.inOperationY - labelHeight / 2, width: geometry.labelWidth, height: labelHeight },
      fontSize * 0.75,
      'left',
      9,
    );
    const status = particleStatus(state.particles);
    const readingBox = geometry.readingBox;
    fitInBox(this.reading, formatNumber(state.particles), { ...readingBox, height: readingBox.height * 0.55 }, fontSize * 1.2, 'center');
    this.readingStatus.setColor(status === 'green' ? PALETTE.successText : status === 'amber' ? PALETTE.amberText : PALETTE.dangerText);
    fitInBox(this.readingStatus, t(`canvas.status.${status}`), { ...readingBox, y: readingBox.y + readingBox.height * 0.55, height: readingBox.height * 0.45 }, fontSize * 0.9, 'center');
  }

  private drawShelf(state: GowningState): void {
    const { fontSize } = this.layout;
    const { t } = this.options.deps;
    state.shelf.forEach((item, index) => {
      const slot = this.layout.shelfSlots[index];
      const label = this.slotLabels[index];
      if (!slot || !label) return;
      const available = isOnShelf(state, item);
      if (!available) {
        this.panels.lineStyle(2, PALETTE.line, 0.6);
        strokeRoundedBox(this.panels, slot.x + 1, slot.y + 1, slot.width - 2, slot.height - 2, 12);
        label.setVisible(false);
        return;
      }
      const picked = state.picked === item;
      label.setVisible(true);
      this.panels.fillStyle(picked ? PALETTE.surfaceRaised : PALETTE.surface, 1);
      this.panels.fillRoundedRect(slot.x, slot.y, slot.width, slot.height, 12);
      this.panels.lineStyle(picked ? 5 : 2, picked ? PALETTE.accent : PALETTE.line, 1);
      strokeRoundedBox(this.panels, slot.x + 1, slot.y + 1, slot.width - 2, slot.height - 2, 12);
      const labelHeight = Math.max(fontSize * 1.3, slot.height * 0.32);
      fitInBox(label, t(itemNameKey(item)), { x: slot.x + 6, y: slot.y + slot.height - labelHeight - 4, width: slot.width - 12, height: labelHeight }, fontSize * 0.85, 'center', 10);
    });
  }

  /** True for the shelf icon that moves (picked: bobs; just refused: shakes): drawn per frame, not cached. */
  private isIconAnimated(state: GowningState, item: ShelfItemId): boolean {
    if (this.press?.dragging && this.press.item === item) return true;
    if (this.reducedMotion) return false;
    return state.picked === item || (this.shake?.item === item && this.isShaking(this.time.now));
  }

  /** Static icons go to the cached layer, the moving one to the effects layer; a dragged one is drawn at the pointer. */
  private drawShelfIcons(state: GowningState, target: Phaser.GameObjects.Graphics, animated: boolean, time: number): void {
    const { fontSize } = this.layout;
    state.shelf.forEach((item, index) => {
      const slot = this.layout.shelfSlots[index];
      if (!slot || !isOnShelf(state, item) || this.isIconAnimated(state, item) !== animated) return;
      if (this.press?.dragging && this.press.item === item) return;
      const labelHeight = Math.max(fontSize * 1.3, slot.height * 0.32);
      const size = Math.min(slot.width * 0.8, slot.height - labelHeight - 12);
      let cx = slot.x + slot.width / 2;
      let cy = slot.y + 6 + (slot.height - labelHeight - 8) / 2;
      if (animated && state.picked === item) cy -= 4 + Math.sin(time / 180) * 3;
      if (animated && this.shake?.item === item && time < this.shake.until) cx += Math.sin(time / 25) * 6;
      paintItemIcon(target, item, cx, cy, size);
    });
  }

  private drawZones(state: GowningState): void {
    const { fontSize } = this.layout;
    const { t } = this.options.deps;
    const fault = currentPicture(state);
    const revealedZone = state.phase === 'spotFeedback' && fault ? mistakeById(fault).zone : null;
    BODY_ZONES.forEach((zone, index) => {
      const button = this.layout.zoneButtons[index];
      const label = this.zoneLabels[index];
      if (!button || !label) return;
      const wrong = state.wrongZones.includes(zone);
      const right = revealedZone === zone;
      const focused = this.highlightedZone === zone || this.hoveredZone === zone;
      this.panels.fillStyle(right ? PALETTE.green : wrong ? PALETTE.background : PALETTE.surfaceRaised, 1);
      this.panels.fillRoundedRect(button.x, button.y, button.width, button.height, 12);
      this.panels.lineStyle(focused ? 4 : 2, focused ? PALETTE.focus : PALETTE.line, 1);
      strokeRoundedBox(this.panels, button.x + 1, button.y + 1, button.width - 2, button.height - 2, 12);
      const mark = button.height * 0.5;
      if (wrong || right) this.drawMark(right, button.x + 14 + mark / 2, button.y + button.height / 2, mark);
      label.setColor(wrong ? PALETTE.textMuted : PALETTE.text);
      fitInBox(label, t(zoneNameKey(zone)), { x: button.x + mark + 24, y: button.y, width: button.width - mark - 34, height: button.height }, fontSize, 'left', 10);
      // Outline the zone on the figure when it is focused, wrong or the answer.
      if (focused || wrong || right) {
        const area = zoneScreenRect(this.layout.figure, zone);
        this.panels.lineStyle(right ? 5 : 3, right ? PALETTE.green : wrong ? PALETTE.line : PALETTE.focus, 1);
        strokeRoundedBox(this.panels, area.x - 3, area.y - 2, area.width + 6, area.height + 4, 8);
      }
    });
  }

  /** A tick (found) or a cross (wrong): the result never rests on colour alone. */
  private drawMark(tick: boolean, cx: number, cy: number, size: number): void {
    const half = size / 2;
    this.panels.lineStyle(Math.max(3, size * 0.14), tick ? 0xffffff : PALETTE.dangerLine, 1);
    if (tick) {
      this.panels.lineBetween(cx - half, cy, cx - half * 0.2, cy + half * 0.7);
      this.panels.lineBetween(cx - half * 0.2, cy + half * 0.7, cx + half, cy - half * 0.7);
    } else {
      this.panels.lineBetween(cx - half * 0.7, cy - half * 0.7, cx + half * 0.7, cy + half * 0.7);
      this.panels.lineBetween(cx - half * 0.7, cy + half * 0.7, cx + half * 0.7, cy - half * 0.7);
    }
  }

  private drawFeedback(state: GowningState): void {
    const { feedback, fontSize } = this.layout;
    const { t } = this.options.deps;
    let message: string;
    if (state.feedback && state.feedback.kind !== 'unpicked') {
      message = describeFeedback(state.feedback, state, this.options.deps);
    } else if (state.phase === 'spotting') {
      message = t('canvas.tapZone');
    } else {
      message = t(state.picked ? 'canvas.hintPlace' : 'canvas.hintPick');
    }
    fitInBox(this.feedback, message, { x: feedback.x + 16, y: feedback.y + 6, width: feedback.width - 32, height: feedback.height - 12 }, fontSize, 'left', 11);
  }

  private drawAction(state: GowningState): void {
    const { action, fontSize } = this.layout;
    const { t } = this.options.deps;
    const visible = state.phase === 'dressed' || state.phase === 'spotFeedback';
    this.actionLabel.setVisible(visible);
    if (!visible) return;
    const last = state.phase === 'spotFeedback' && state.pictureIndex + 1 >= state.pictures.length;
    const key = state.phase === 'dressed' ? 'controls.continue' : last ? 'controls.seeResults' : 'controls.next';
    this.panels.fillStyle(PALETTE.accent, 1);
    this.panels.fillRoundedRect(action.x, action.y, action.width, action.height, 16);
    fitInBox(this.actionLabel, t(key), { x: action.x + 12, y: action.y, width: action.width - 24, height: action.height }, fontSize * 1.15, 'center');
  }

  private drawEffects(time: number): void {
    const state = this.options.session.state;
    const fx = this.effects;
    fx.clear();
    if (state.phase === 'dressing' || state.phase === 'dressed') this.drawShelfIcons(state, fx, true, time);
    if (state.phase === 'dressing' || state.phase === 'dressed') this.drawParticleCloud(state, time);
    if (!this.reducedMotion && time < this.flashUntil) {
      const alpha = (this.flashUntil - time) / FLASH_MS;
      const area = this.layout.operatorArea;
      fx.lineStyle(8, PALETTE.green, alpha);
      strokeRoundedBox(fx, area.x + 4, area.y + 4, area.width - 8, area.height - 8, 16);
    }
    const press = this.press;
    if (press?.dragging) {
      const size = Math.min(120, this.layout.operatorArea.width * 0.35);
      fx.fillStyle(PALETTE.surfaceRaised, 0.85);
      fx.fillRoundedRect(press.x - size / 2, press.y - size / 2, size, size, 14);
      paintItemIcon(fx, press.item, press.x, press.y, size * 0.85);
    }
  }

  /** Dots around the operator, more as the counter climbs; they drift unless motion is reduced. */
  private drawParticleCloud(state: GowningState, time: number): void {
    const area = this.layout.operatorArea;
    const count = Math.round(gaugeFraction(state.particles) ** 2 * 90);
    const colour = STATUS_COLOUR[particleStatus(state.particles)];
    const radius = Math.max(2, this.layout.fontSize * 0.14);
    for (let index = 0; index < count; index++) {
      // Fixed pseudo-random spots per dot index (golden-ratio spacing), so the cloud does not flicker.
      const u = (index * 0.618034) % 1;
      const v = (index * 0.414214 + 0.27) % 1;
      const drift = this.reducedMotion ? 0 : Math.sin(time / 900 + index) * 8;
      this.effects.fillStyle(index % 3 === 0 ? colour : PALETTE.particle, 0.75);
      // Squares, not circles: two triangles each, which keeps this per-frame layer cheap.
      this.effects.fillRect(area.x + 10 + u * (area.width - 20), area.y + 10 + v * (area.height - 20) + drift, radius * 2, radius * 2);
    }
  }

  private shutdown(): void {
    if (this.unsubscribe === null) return;
    this.events.off(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.events.off(Phaser.Scenes.Events.DESTROY, this.shutdown, this);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.input.off(Phaser.Input.Events.POINTER_DOWN, this.onPointerDown, this);
    this.input.off(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove, this);
    this.input.off(Phaser.Input.Events.POINTER_UP, this.onPointerUp, this);
    this.input.off(Phaser.Input.Events.GAME_OUT, this.onPointerLeave, this);
    // Made with make.graphics(..., false): not on the display list, so the scene would not destroy them.
    for (const graphics of [this.backdrop, this.figure, this.panels, this.icons]) graphics.destroy();
  }
}
