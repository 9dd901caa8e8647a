// The Phaser 4 scene of Pipette Pro. It only draws the model: a header with the step, the pipette above the tube it
// works in (tilted when the player tilted it, its tip in the liquid at the depth chosen), the row of tubes whose colour
// fades with each 1:10 dilution, and the plot of the series (log concentration per tube) against its target. The DOM
// panel carries every action and the plot's text alternative; the canvas takes no input.

import * as Phaser from 'phaser';
import { strokeRoundedBox } from '../kit/roundedBox';
import { fitText, makeText, TextPool } from '../sdk/canvasText';
import type { FormatNumber, Translate } from '../sdk/types';
import { STOCK_NG_PER_ML } from './constants';
import { dilutionLabel, pipetteName, stepTitle } from './describer';
import type { PipetteSnapshot } from './model';
import { computeLayout, tubeCentre, type PipetteLayout, type Rect } from './sceneLayout';

export interface PipetteSceneBridge {
  snapshot(): PipetteSnapshot;
  t: Translate;
  formatNumber: FormatNumber;
  reducedMotion(): boolean;
  textScale(): number;
}

const TEXT = '#f5f8fb';
const MUTED = '#c3d1df';
const PANEL = 0x13263a;
const GLASS = 0xc3d1df;
const DYE = 0xcc79a7;
const TARGET = 0xf5f8fb;
const PLAYER = 0xe69f00;
const PLAYER_TEXT = '#e69f00';
const ACTIVE = 0xf0e442;
const DRAW_STEPS = new Set(['tip', 'prewet', 'depth', 'angle', 'draw']);

export class PipetteScene extends Phaser.Scene {
  private graphics!: Phaser.GameObjects.Graphics;
  private titleText!: Phaser.GameObjects.Text;
  private setupText!: Phaser.GameObjects.Text;
  private texts!: TextPool;
  private layout: PipetteLayout | null = null;
  private lastDrawKey = '';
  private pulse = 0;

  constructor(private readonly bridge: PipetteSceneBridge) {
    super({ key: 'pipette-pro' });
  }

  create(): void {
    this.graphics = this.add.graphics();
    this.titleText = makeText(this, TEXT, true);
    this.setupText = makeText(this, MUTED, false);
    this.texts = new TextPool(this);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.applyLayout(this.scale.width, this.scale.height);
  }

  override update(_time: number, delta: number): void {
    const snapshot = this.bridge.snapshot();
    const animate = !this.bridge.reducedMotion() && !snapshot.finished;
    if (animate) this.pulse = (this.pulse + Math.min(delta, 100) / 600) % (Math.PI * 2);
    const key = `${snapshot.step}|${snapshot.transfer}|${snapshot.choices.length}|${animate ? Math.round(this.pulse * 6) : 0}|${this.bridge.textScale()}|${this.bridge.t('title')}`;
    if (key === this.lastDrawKey) return;
    this.lastDrawKey = key;
    this.draw(snapshot, animate);
  }

  private onResize(gameSize: Phaser.Structs.Size): void {
    this.applyLayout(gameSize.width, gameSize.height);
  }

  private applyLayout(width: number, height: number): void {
    this.cameras.main.setSize(width, height);
    this.layout = computeLayout(width, height, this.bridge.snapshot().rules.transfers);
    this.lastDrawKey = '';
  }

  /** Text sizes follow the stage, but never below 80 % of their base on a small stage (kept readable). */
  private fontPx(base: number): number {
    return base * Math.max(0.8, this.layout?.unit ?? 1) * this.bridge.textScale();
  }

  /** A pooled text placed by its top-left corner (the pool centres its texts). */
  private takeText(colour: string, bold: boolean): Phaser.GameObjects.Text {
    return this.texts.take(colour, bold).setOrigin(0);
  }

  private draw(snapshot: PipetteSnapshot, animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
    const { t, formatNumber } = this.bridge;
    const { unit, header } = layout;
    const g = this.graphics.clear();
    this.texts.begin();

    g.fillStyle(PANEL, 1).fillRoundedRect(header.x, header.y, header.width, header.height, 12 * unit);
    fitText(this.titleText, stepTitle(snapshot, t), header.width * 0.55, this.fontPx(30), header.height * 0.8);
    this.titleText.setPosition(header.x + 16 * unit, header.y + (header.height - this.titleText.height) / 2);
    const setup = snapshot.pipette && snapshot.volumeUl !== null ? t('canvas.setup', { name: pipetteName(snapshot.pipette), volume: formatNumber(snapshot.volumeUl, snapshot.volumeUl % 1 === 0 ? 0 : 1) }) : '';
    fitText(this.setupText, setup, header.width * 0.4, this.fontPx(24), header.height * 0.8);
    this.setupText.setPosition(header.x + header.width - 16 * unit - this.setupText.width, header.y + (header.height - this.setupText.height) / 2);

    this.drawTubes(g, snapshot, layout);
    this.drawPipette(g, snapshot, layout, animate);
    this.drawChart(g, snapshot, layout.chart);
    this.texts.finish();
  }

  /** Which tubes the current transfer works with (stock = 0), or null outside a transfer. */
  private activeTubes(snapshot: PipetteSnapshot): { source: number; destination: number } | null {
    if (snapshot.step === 'volume' || snapshot.step === 'pipette' || snapshot.step === 'review') return null;
    return { source: snapshot.transfer, destination: snapshot.transfer + 1 };
  }

  private drawTubes(g: Phaser.GameObjects.Graphics, snapshot: PipetteSnapshot, layout: PipetteLayout): void {
    const { unit } = layout;
    const active = this.activeTubes(snapshot);
    const { t, formatNumber } = this.bridge;
    layout.tubes.forEach((slot, index) => {
      const width = Math.min(slot.width * 0.5, 60 * unit);
      const height = slot.height * 0.72;
      const x = slot.x + (slot.width - width) / 2;
      const y = slot.y + slot.height * 0.06;
      // Liquid: the stock is full strength; a tube not yet filled holds clear diluent.
      const filled = index === 0 || index <= snapshot.tubes.length;
      const concentration = index === 0 ? STOCK_NG_PER_ML : (snapshot.tubes[index - 1]?.concentration ?? 0);
      const strength = filled ? Math.max(0.08, Math.min(1, (Math.log10(Math.max(concentration, 1e-3)) + 2) / 6)) : 0;
      const level = y + height * 0.35;
      g.fillStyle(0x2c4a6b, 1).fillRoundedRect(x, level, width, y + height - level, { tl: 0, tr: 0, bl: width / 2, br: width / 2 });
      if (strength > 0) g.fillStyle(DYE, strength).fillRoundedRect(x, level, width, y + height - level, { tl: 0, tr: 0, bl: width / 2, br: width / 2 });
      const isActive = active !== null && (index === active.source || index === active.destination);
      g.lineStyle((isActive ? 5 : 3) * unit, isActive ? ACTIVE : GLASS, 1);
      g.strokeRoundedRect(x, y, width, height, { tl: 4 * unit, tr: 4 * unit, bl: width / 2, br: width / 2 });
      const label = this.takeText(isActive ? TEXT : MUTED, isActive);
      fitText(label, index === 0 ? t('tube.stock') : dilutionLabel(index, formatNumber), slot.width - 4 * unit, this.fontPx(20), Math.max(slot.height * 0.2, this.fontPx(20) * 1.4));
      label.setPosition(slot.x + (slot.width - label.width) / 2, y + height + 6 * unit);
    });
  }

  private drawPipette(g: Phaser.GameObjects.Graphics, snapshot: PipetteSnapshot, layout: PipetteLayout, animate: boolean): void {
    const active = this.activeTubes(snapshot);
    if (!active) return;
    const { unit, pipetteZone } = layout;
    const tube = DRAW_STEPS.has(snapshot.step) ? active.source : active.destination;
    const slot = layout.tubes[tube];
    if (!slot) return;
    const ofTransfer = snapshot.choices.filter((choice) => choice.transfer === snapshot.transfer);
    const tilted = ofTransfer.some((choice) => choice.option === 'tilted') && DRAW_STEPS.has(snapshot.step);
    const depth = ofTransfer.find((choice) => choice.step === 'depth')?.option;
    const tipIn = depth === 'deep' ? 0.3 : depth === 'shallow' ? 0.02 : depth === 'right' ? 0.1 : -0.05;
    const liquidTop = slot.y + slot.height * 0.06 + slot.height * 0.72 * 0.35;
    const tipY = liquidTop + slot.height * tipIn;
    const bob = animate ? Math.sin(this.pulse) * 3 * unit : 0;
    const cx = tubeCentre(layout, tube);
    const length = tipY - pipetteZone.y;
    const angle = tilted ? -0.6 : 0;
    const point = (along: number, across: number): { x: number; y: number } => ({ x: cx + across, y: tipY - (length - along) + bob });
    // Drawn straight, then rotated about the tip when tilted.
    const rotate = (p: { x: number; y: number }): { x: number; y: number } => {
      if (angle === 0) return p;
      const dx = p.x - cx;
      const dy = p.y - tipY;
      return { x: cx + dx * Math.cos(angle) - dy * Math.sin(angle), y: tipY + dx * Math.sin(angle) + dy * Math.cos(angle) };
    };
    const polygon = (points: { x: number; y: number }[], colour: number): void => {
      g.fillStyle(colour, 1).fillPoints(points.map(rotate).map((p) => new Phaser.Math.Vector2(p.x, p.y)), true);
    };
    const body = 18 * unit;
    const tipStart = length * 0.62;
    const plungerDown = snapshot.step === 'draw' || snapshot.step === 'dispense' ? 10 * unit : 0;
    // Plunger, body, then the tip (a cone) if the pipette carries one.
    polygon([point(0 + plungerDown, -5 * unit), point(0 + plungerDown, 5 * unit), point(length * 0.12 + plungerDown, 5 * unit), point(length * 0.12 + plungerDown, -5 * unit)], 0xd0d7de);
    polygon([point(length * 0.1, -body / 2), point(length * 0.1, body / 2), point(tipStart - 4 * unit, body / 3), point(tipStart - 4 * unit, -body / 3)], 0x56b4e9);
    if (snapshot.hasTip || snapshot.step !== 'tip') polygon([point(tipStart - 6 * unit, -body / 3.2), point(tipStart - 6 * unit, body / 3.2), point(length, 1.5 * unit), point(length, -1.5 * unit)], 0xf5f8fb);
  }

  private drawChart(g: Phaser.GameObjects.Graphics, snapshot: PipetteSnapshot, chart: Rect): void {
    const unit = this.layout?.unit ?? 1;
    const { t, formatNumber } = this.bridge;
    g.fillStyle(PANEL, 1).fillRoundedRect(chart.x, chart.y, chart.width, chart.height, 12 * unit);
    strokeRoundedBox(g.lineStyle(2 * unit, 0x2c4a6b, 1), chart.x, chart.y, chart.width, chart.height, 12 * unit);
    const title = this.takeText(TEXT, true);
    fitText(title, t('canvas.chartTitle'), chart.width * 0.55, this.fontPx(22), this.fontPx(22) * 1.5);
    title.setPosition(chart.x + 16 * unit, chart.y + 8 * unit);
    const legend = this.takeText(MUTED, false);
    fitText(legend, t('canvas.legend'), chart.width * 0.4, this.fontPx(18), this.fontPx(18) * 1.5);
    legend.setPosition(chart.x + chart.width - 16 * unit - legend.width, chart.y + 10 * unit);
    const left = chart.x + Math.max(78 * unit, this.fontPx(15) * 6.4);
    const right = chart.x + chart.width - Math.max(24 * unit, this.fontPx(15) * 3.2);
    const top = chart.y + this.fontPx(22) * 1.5 + 20 * unit;
    const bottom = chart.y + chart.height - this.fontPx(15) * 1.6 - 16 * unit;
    if (bottom - top < 20 * unit) return;
    const tubes = snapshot.rules.transfers;
    const maxLog = Math.log10(STOCK_NG_PER_ML);
    const minLog = maxLog - tubes - 0.5;
    const xOf = (tube: number): number => left + ((right - left) * tube) / tubes;
    const yOf = (value: number): number => top + ((maxLog + 0.3 - Math.log10(Math.max(value, 1e-6))) / (maxLog + 0.3 - minLog)) * (bottom - top);
    g.lineStyle(1 * unit, 0x2c4a6b, 1);
    for (let tube = 0; tube <= tubes; tube++) {
      const value = STOCK_NG_PER_ML / 10 ** tube;
      g.lineBetween(left, yOf(value), right, yOf(value));
      const label = this.takeText(MUTED, false);
      fitText(label, formatNumber(value, value >= 1 ? 0 : tube - 3), left - chart.x - 14 * unit, this.fontPx(15), this.fontPx(15) * 1.6);
      label.setPosition(left - 8 * unit - label.width, yOf(value) - label.height / 2);
      const tubeLabel = this.takeText(MUTED, false);
      fitText(tubeLabel, tube === 0 ? t('tube.stock') : dilutionLabel(tube, formatNumber), (right - left) / (tubes + 1), this.fontPx(15), this.fontPx(15) * 1.6);
      tubeLabel.setPosition(xOf(tube) - tubeLabel.width / 2, bottom + 8 * unit);
    }
    // Target: a white line with hollow circles; the player's series: orange filled diamonds joined by a line.
    g.lineStyle(2 * unit, TARGET, 0.8);
    g.beginPath();
    for (let tube = 0; tube <= tubes; tube++) {
      const x = xOf(tube);
      const y = yOf(STOCK_NG_PER_ML / 10 ** tube);
      if (tube === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.strokePath();
    for (let tube = 0; tube <= tubes; tube++) g.strokeCircle(xOf(tube), yOf(STOCK_NG_PER_ML / 10 ** tube), 7 * unit);
    const values = [STOCK_NG_PER_ML, ...snapshot.tubes.map((tube) => tube.concentration)];
    g.lineStyle(3 * unit, PLAYER, 1);
    g.beginPath();
    values.forEach((value, tube) => (tube === 0 ? g.moveTo(xOf(tube), yOf(value)) : g.lineTo(xOf(tube), yOf(value))));
    g.strokePath();
    g.fillStyle(PLAYER, 1);
    values.forEach((value, tube) => {
      const x = xOf(tube);
      const y = yOf(value);
      const r = 6 * unit;
      g.fillTriangle(x - r, y, x, y - r, x + r, y).fillTriangle(x - r, y, x, y + r, x + r, y);
      // How far the tube is from its target, in per cent, above its diamond (a log scale hides a few per cent).
      const tubeResult = snapshot.tubes[tube - 1];
      if (!tubeResult) return;
      const error = (tubeResult.concentration / tubeResult.target - 1) * 100;
      const label = this.takeText(PLAYER_TEXT, true);
      fitText(label, `${error >= 0 ? '+' : '−'}${t('canvas.deviation', { value: formatNumber(Math.abs(error), Math.abs(error) < 10 ? 1 : 0) })}`, (right - left) / (tubes + 1), this.fontPx(15), this.fontPx(15) * 1.6);
      label.setPosition(x - label.width / 2, y - r - 4 * unit - label.height);
    });
  }
}
