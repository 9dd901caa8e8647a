// The Phaser 4 scene of Purify It!. It only draws the model: the step strip, a picture of the current step (the
// Protein A column, gauges for pH, capacity, virus reduction and buffer exchange, or the polishing chromatogram with
// the player's cut) and the quality bars (yield, HCP, aggregates, virus). Taps on the chromatogram are forwarded as
// fraction picks, the same action as the DOM cut buttons. It redraws only when what it shows changes; everything it
// creates belongs to the scene and goes away with game.destroy(true); its one scale listener is removed on shutdown.

import * as Phaser from 'phaser';
import type { FormatUnit } from '../sdk/types';
import {
  AGGREGATE_LIMIT_PCT,
  BUFFER_EXCHANGE_TARGET,
  ELUTION_GAUGE,
  FRACTION_COUNT,
  HCP_LIMIT_PPM,
  LOAD_MAX,
  VIRUS_LRV_TARGET,
  LRV_ASSAY_LIMIT,
} from './constants';
import { yieldPercent } from './describer';
import { fitText, fitWrappedText, TextPool } from '../sdk/canvasText';
import { paintBarGauge, type GaugeScale } from '../kit/gaugePainter';
import { processProgress, type PurifySnapshot, type StageId, type StepRecord } from './model';
import { computeLayout, type Rect, type SceneLayout } from './sceneLayout';
import { strokeRoundedBox } from '../kit/roundedBox';

/** What the scene needs from the game around it; mount.ts provides it. */
export interface PurifySceneBridge {
  snapshot(): PurifySnapshot;
  preview(): StepRecord;
  tick(deltaMs: number): void;
  tapFraction(fraction: number): void;
  t(key: string, options?: Record<string, unknown>): string;
  formatNumber(value: number, fractionDigits: number): string;
  formatUnit: FormatUnit;
  reducedMotion(): boolean;
  textScale(): number;
}

const ALL_STAGES: readonly StageId[] = ['clarify', 'load', 'wash', 'elute', 'hold', 'polish', 'ufdf'];
const TEXT = '#f5f8fb';
const MUTED = '#c3d1df';
const DARK = '#111111';
const SURFACE = 0x1b3149;
const STAGE_BG = 0x13263a;
const TRACE = { uv: 0x56b4e9, aggregate: 0xe69f00, hcp: 0xcc79a7 } as const;
/** The aggregate and HCP traces are drawn magnified so they can be seen next to the antibody peak (labelled). */
const AGGREGATE_MAGNIFY = 10;
const HCP_MAGNIFY = 300;
const GAUGE_COLOURS = { track: 0x24405e, good: 0x009e73, value: 0x56b4e9, preview: 0xf0e442, limit: 0xff9a66 } as const;

/** A quality bar's scale, the range shaded as good, and the release limit or target drawn as a line. */
interface QualitySpec extends GaugeScale {
  readonly good?: readonly [number, number];
  readonly limit?: number;
}

/** One quality bar: the value now, and a hollow marker where the step being set up would take it (the trade-off). */
function paintQualityBar(g: Phaser.GameObjects.Graphics, track: Rect, spec: QualitySpec, value: number, preview: number | null, unit: number): void {
  const line = Math.max(2, 4 * unit);
  paintBarGauge(
    g,
    {
      track,
      direction: 'right',
      scale: spec,
      trackColour: GAUGE_COLOURS.track,
      rounded: true,
      bands: spec.good ? [{ from: spec.good[0], to: spec.good[1], colour: GAUGE_COLOURS.good, alpha: 0.55 }] : [],
      limits: spec.limit === undefined ? [] : [{ value: spec.limit, colour: GAUGE_COLOURS.limit, width: line, overhang: 6 * unit }],
    },
    {
      value,
      fill: { colour: GAUGE_COLOURS.value, inset: track.height * 0.2, radius: track.height * 0.3, minLength: track.height * 0.6 },
      preview: preview === null ? null : { value: preview, colour: GAUGE_COLOURS.preview, lineWidth: line },
    },
  );
}

export class PurifyScene extends Phaser.Scene {
  private graphics!: Phaser.GameObjects.Graphics;
  private texts!: TextPool;
  private plotZone!: Phaser.GameObjects.Zone;
  private layout: SceneLayout | null = null;
  private layoutVersion = 0;
  private drawnKey = '';
  private plot: Rect | null = null;

  constructor(private readonly bridge: PurifySceneBridge) {
    super({ key: 'purify' });
  }

  create(): void {
    this.graphics = this.add.graphics();
    this.texts = new TextPool(this);
    this.plotZone = this.add.zone(0, 0, 1, 1).setOrigin(0).setInteractive({ useHandCursor: true });
    // Removed with the zone when the scene is destroyed.
    this.plotZone.on('pointerup', (pointer: Phaser.Input.Pointer) => this.onPlotTap(pointer));
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.applyLayout(this.scale.width, this.scale.height);
  }

  override update(_time: number, delta: number): void {
    this.bridge.tick(delta);
    const snapshot = this.bridge.snapshot();
    const key = [this.layoutVersion, this.bridge.textScale(), snapshot.stage, JSON.stringify(snapshot.settings), Math.round(snapshot.runProgress * 30), snapshot.history.length].join('|');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.redraw(snapshot, this.bridge.preview());
  }

  private onResize(gameSize: Phaser.Structs.Size): void {
    this.applyLayout(gameSize.width, gameSize.height);
  }

  private applyLayout(width: number, height: number): void {
    this.cameras.main.setSize(width, height);
    this.layout = computeLayout(width, height);
    this.texts.clear();
    this.layoutVersion++;
  }

  private fontPx(base: number): number {
    return base * (this.layout?.unit ?? 1) * this.bridge.textScale();
  }

  private onPlotTap(pointer: Phaser.Input.Pointer): void {
    const plot = this.plot;
    if (!plot || this.bridge.snapshot().stage !== 'polish') return;
    const fraction = Math.floor(((pointer.x - plot.x) / plot.width) * FRACTION_COUNT) + 1;
    if (fraction >= 1 && fraction <= FRACTION_COUNT) this.bridge.tapFraction(fraction);
  }

  private label(text: string, x: number, y: number, maxWidth: number, size: number, colour = TEXT, originX = 0, maxHeight?: number): Phaser.GameObjects.Text {
    const object = this.texts.take(colour).setOrigin(originX, 0.5);
    fitText(object, text, maxWidth, this.fontPx(size), maxHeight);
    return object.setPosition(x, y);
  }

  /** A sentence or two, wrapped to the width and shrunk only if it would be taller than maxHeight. */
  private paragraph(text: string, x: number, y: number, maxWidth: number, maxHeight: number): void {
    const object = this.texts.take(MUTED, false).setOrigin(0, 0);
    fitWrappedText(object, text, maxWidth, this.fontPx(24), maxHeight);
    object.setPosition(x, y);
  }

  private redraw(snapshot: PurifySnapshot, preview: StepRecord): void {
    const layout = this.layout;
    if (!layout) return;
    const g = this.graphics.clear();
    this.texts.begin();
    g.fillStyle(STAGE_BG, 1).fillRect(0, 0, this.scale.width, this.scale.height);
    for (const panel of [layout.header, layout.steps, layout.main, layout.bars]) g.fillStyle(SURFACE, 1).fillRoundedRect(panel.x, panel.y, panel.width, panel.height, 14 * layout.unit);
    this.plot = null;
    this.drawHeader(g, layout, snapshot);
    this.drawSteps(g, layout, snapshot);
    this.drawMain(g, layout, snapshot, preview);
    this.drawBars(g, layout, snapshot, preview);
    const plot = this.plot as Rect | null;
    this.plotZone.setVisible(plot !== null);
    if (plot) {
      this.plotZone.setPosition(plot.x, plot.y).setSize(plot.width, plot.height);
      this.plotZone.input?.hitArea.setTo(0, 0, plot.width, plot.height);
    } else this.plotZone.setPosition(-10, -10).setSize(1, 1);
    this.texts.finish();
  }

  private drawHeader(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: PurifySnapshot): void {
    const { header, unit } = layout;
    const pad = 16 * unit;
    this.label(this.bridge.t(`stages.${snapshot.stage}`), header.x + pad, header.y + header.height * 0.38, header.width - 2 * pad, 34, TEXT, 0, header.height * 0.5);
    const barHeight = Math.max(6, 10 * unit);
    const barY = header.y + header.height - barHeight - 8 * unit;
    const barWidth = header.width - 2 * pad;
    g.fillStyle(0x24405e, 1).fillRoundedRect(header.x + pad, barY, barWidth, barHeight, barHeight / 2);
    g.fillStyle(0x009e73, 1).fillRoundedRect(header.x + pad, barY, Math.max(barHeight, barWidth * processProgress(snapshot)), barHeight, barHeight / 2);
  }

  /** The platform as a strip of steps: done (tick), current (highlighted), automatic (recipe) or still to come. */
  private drawSteps(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: PurifySnapshot): void {
    const { steps: area, unit, orientation } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const count = ALL_STAGES.length;
    const gap = 6 * unit;
    const vertical = orientation === 'landscape';
    const boxWidth = vertical ? area.width - 24 * unit : (area.width - 24 * unit - gap * (count - 1)) / count;
    const boxHeight = vertical ? (area.height - 24 * unit - gap * (count - 1)) / count : area.height - 24 * unit;
    const done = new Set(snapshot.history.map((record) => record.stage));
    ALL_STAGES.forEach((stage, index) => {
      const x = area.x + 12 * unit + (vertical ? 0 : index * (boxWidth + gap));
      const y = area.y + 12 * unit + (vertical ? index * (boxHeight + gap) : 0);
      const current = stage === snapshot.stage;
      const automatic = !snapshot.stages.includes(stage);
      const fill = current ? 0xe69f00 : done.has(stage) ? 0x24405e : 0x13263a;
      g.fillStyle(fill, 1).fillRoundedRect(x, y, boxWidth, boxHeight, 8 * unit);
      strokeRoundedBox(g.lineStyle(Math.max(1, 2 * unit), current ? 0xf0e442 : 0x3c5a7a, 1), x, y, boxWidth, boxHeight, 8 * unit);
      const status = current ? '▶' : done.has(stage) ? '✓' : automatic ? '⚙' : '';
      const text = `${status ? `${status} ` : ''}${t(`stages.short.${stage}`)}`;
      this.label(text, x + (vertical ? 12 * unit : boxWidth / 2), y + boxHeight / 2, boxWidth - 16 * unit, vertical ? 24 : 20, current ? DARK : TEXT, vertical ? 0 : 0.5, boxHeight * 0.8);
    });
  }

  private drawMain(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: PurifySnapshot, preview: StepRecord): void {
    const { main, unit } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const f = this.bridge.formatNumber.bind(this.bridge);
    const u = this.bridge.formatUnit;
    const pad = 20 * unit;
    const inner: Rect = { x: main.x + pad, y: main.y + pad, width: main.width - 2 * pad, height: main.height - 2 * pad };
    const s = snapshot.settings;
    const gaugeHeight = Math.max(18, 26 * unit);
    const gaugeRow = (row: number, title: string, valueText: string, spec: QualitySpec, value: number, next: number | null): void => {
      const y = inner.y + inner.height * (0.55 + row * 0.22);
      this.label(title, inner.x, y - gaugeHeight * 1.3, inner.width * 0.62, 24, MUTED);
      this.label(valueText, inner.x + inner.width, y - gaugeHeight * 1.3, inner.width * 0.36, 26, TEXT, 1);
      paintQualityBar(g, { x: inner.x, y: y - gaugeHeight / 2, width: inner.width, height: gaugeHeight }, spec, value, next, unit);
    };
    switch (snapshot.stage) {
      case 'clarify': {
        // A beaker of harvest: the cloudier, the more cells and debris still in it.
        const turbidity = { centrifugeAndFilter: 0.05, filterOnly: 0.3, none: 1 }[s.clarification];
        this.drawBeaker(g, inner, turbidity, unit);
        this.label(t(`options.clarify.${s.clarification}`), inner.x + inner.width / 2, inner.y + inner.height * 0.93, inner.width, 26, TEXT, 0.5);
        break;
      }
      case 'load':
      case 'wash':
      case 'elute': {
        const column: Rect = { x: inner.x, y: inner.y, width: Math.min(inner.width * 0.3, inner.height * 0.35), height: inner.height * 0.42 };
        this.drawColumn(g, column, snapshot, unit);
        const right = column.x + column.width + pad;
        const textWidth = inner.x + inner.width - right;
        this.label(t('canvas.column'), right, inner.y + 16 * unit, textWidth, 26, TEXT);
        this.label(t('canvas.capacity', { capacity: snapshot.dynamicBindingCapacity }), right, inner.y + 56 * unit, textWidth, 22, MUTED);
        if (snapshot.stage === 'load') {
          gaugeRow(0, t('canvas.loadGauge'), t('controls.value.load', { value: s.loadDensity }), { min: 0, max: LOAD_MAX + 5, good: [0, snapshot.dynamicBindingCapacity], limit: snapshot.dynamicBindingCapacity }, s.loadDensity, null);
          gaugeRow(1, t('canvas.flowThrough'), u(preview.product.flowThroughLoss * 100, 'percent', 1), { min: 0, max: 30, good: [0, 3] }, preview.product.flowThroughLoss * 100, null);
        } else if (snapshot.stage === 'wash') {
          gaugeRow(0, t('canvas.hcpAfterCapture'), u(preview.product.hcpPpm, 'ppm', 0), { min: 100, max: 10000, log: true, good: [100, 3000] }, preview.product.hcpPpm, null);
          gaugeRow(1, t('canvas.stepYield'), u(preview.stepYield * 100, 'percent', 1), { min: 80, max: 100 }, preview.stepYield * 100, null);
        } else {
          gaugeRow(0, t('canvas.elutionPH', { low: f(ELUTION_GAUGE.good[0], 1), high: f(ELUTION_GAUGE.good[1], 1) }), f(s.elutionPH, 1), ELUTION_GAUGE, s.elutionPH, null);
          gaugeRow(1, t('canvas.recovery'), u(preview.stepYield * 100, 'percent', 0), { min: 0, max: 100, good: [90, 100] }, preview.stepYield * 100, null);
        }
        break;
      }
      case 'hold': {
        this.label(t('canvas.holdTitle'), inner.x, inner.y + 16 * unit, inner.width, 26);
        this.paragraph(t('canvas.holdExplain'), inner.x, inner.y + 44 * unit, inner.width, inner.height * 0.25);
        gaugeRow(0, t('canvas.virusGauge'), u(preview.product.virusLrv, 'log', 1), { min: 0, max: LRV_ASSAY_LIMIT, limit: VIRUS_LRV_TARGET, good: [VIRUS_LRV_TARGET, LRV_ASSAY_LIMIT] }, preview.product.virusLrv, null);
        gaugeRow(1, t('canvas.holdSetting', { pH: f(s.holdPH, 1), minutes: s.holdMinutes }), `${s.holdMinutes} min`, { min: 0, max: 120 }, s.holdMinutes, null);
        break;
      }
      case 'polish':
        this.drawChromatogram(g, inner, snapshot, preview, unit);
        break;
      case 'ufdf':
        this.label(t('canvas.ufdfTitle'), inner.x, inner.y + 16 * unit, inner.width, 26);
        this.paragraph(t('canvas.ufdfExplain'), inner.x, inner.y + 44 * unit, inner.width, inner.height * 0.25);
        gaugeRow(0, t('canvas.exchangeGauge'), u(preview.product.bufferExchange * 100, 'percent', 2), { min: 90, max: 100, limit: BUFFER_EXCHANGE_TARGET * 100, good: [BUFFER_EXCHANGE_TARGET * 100, 100] }, preview.product.bufferExchange * 100, null);
        gaugeRow(1, t('canvas.stepYield'), u(preview.stepYield * 100, 'percent', 1), { min: 90, max: 100 }, preview.stepYield * 100, null);
        break;
      case 'finished': {
        this.label(t('canvas.finished'), inner.x + inner.width / 2, inner.y + inner.height * 0.3, inner.width, 44, TEXT, 0.5);
        this.label(t('canvas.finalYield', { value: f(yieldPercent(snapshot, snapshot.product.antibodyGrams), 0) }), inner.x + inner.width / 2, inner.y + inner.height * 0.5, inner.width, 32, TEXT, 0.5);
        this.drawVial(g, { x: inner.x + inner.width / 2 - 30 * unit, y: inner.y + inner.height * 0.62, width: 60 * unit, height: inner.height * 0.3 }, unit);
        break;
      }
    }
    if (snapshot.runProgress > 0) {
      // The step is running: a progress bar across the bottom of the picture.
      const barHeight = Math.max(10, 16 * unit);
      g.fillStyle(0x24405e, 1).fillRoundedRect(inner.x, main.y + main.height - barHeight - 8 * unit, inner.width, barHeight, barHeight / 2);
      g.fillStyle(0xe69f00, 1).fillRoundedRect(inner.x, main.y + main.height - barHeight - 8 * unit, Math.max(barHeight, inner.width * snapshot.runProgress), barHeight, barHeight / 2);
    }
  }

  private drawBeaker(g: Phaser.GameObjects.Graphics, area: Rect, turbidity: number, unit: number): void {
    const width = Math.min(area.width * 0.5, area.height * 0.6);
    const height = area.height * 0.7;
    const x = area.x + (area.width - width) / 2;
    const y = area.y + area.height * 0.08;
    // Clear harvest is pale straw; cell debris makes it milky and grey-brown.
    const clear = { r: 0xf3, g: 0xe3, b: 0x9b };
    const cloudy = { r: 0x9a, g: 0x8a, b: 0x72 };
    const mix = (a: number, b: number): number => Math.round(a + (b - a) * turbidity);
    g.fillStyle((mix(clear.r, cloudy.r) << 16) | (mix(clear.g, cloudy.g) << 8) | mix(clear.b, cloudy.b), 1).fillRoundedRect(x, y + height * 0.25, width, height * 0.75, 18 * unit);
    strokeRoundedBox(g.lineStyle(Math.max(3, 5 * unit), 0xf5f8fb, 1), x, y, width, height, 18 * unit);
    // Specks of debris, more when cloudier (fixed positions: no randomness in the view).
    g.fillStyle(0x5b4a3a, 0.8);
    const specks = Math.round(40 * turbidity);
    for (let i = 0; i < specks; i++) g.fillCircle(x + width * ((i * 37) % 97) / 97, y + height * (0.3 + (0.65 * ((i * 53) % 89)) / 89), Math.max(2, 4 * unit));
  }

  private drawColumn(g: Phaser.GameObjects.Graphics, column: Rect, snapshot: PurifySnapshot, unit: number): void {
    const s = snapshot.settings;
    strokeRoundedBox(g.lineStyle(Math.max(3, 5 * unit), 0xf5f8fb, 1), column.x, column.y, column.width, column.height, 10 * unit);
    const bed = { x: column.x + 6 * unit, y: column.y + column.height * 0.12, width: column.width - 12 * unit, height: column.height * 0.8 };
    g.fillStyle(0xc3d1df, 0.35).fillRect(bed.x, bed.y, bed.width, bed.height);
    // Antibody bound to the resin fills the bed from the top, up to its capacity.
    const bound = snapshot.stage === 'elute' && snapshot.runProgress > 0 ? 1 - snapshot.runProgress : Math.min(1, s.loadDensity / snapshot.dynamicBindingCapacity);
    g.fillStyle(GAUGE_COLOURS.value, 0.9).fillRect(bed.x, bed.y, bed.width, bed.height * bound);
    if (s.loadDensity > snapshot.dynamicBindingCapacity && snapshot.stage === 'load') {
      // Over capacity: antibody drips out of the bottom with the flow-through.
      g.fillStyle(GAUGE_COLOURS.limit, 1);
      for (let i = 0; i < 3; i++) g.fillCircle(column.x + column.width / 2, column.y + column.height + (16 + i * 22) * unit, Math.max(4, 7 * unit));
    }
  }

  private drawVial(g: Phaser.GameObjects.Graphics, vial: Rect, unit: number): void {
    g.fillStyle(0xf5f8fb, 0.9).fillRect(vial.x + vial.width * 0.2, vial.y, vial.width * 0.6, vial.height * 0.12);
    g.fillStyle(0x56b4e9, 0.6).fillRoundedRect(vial.x, vial.y + vial.height * 0.35, vial.width, vial.height * 0.65, 8 * unit);
    strokeRoundedBox(g.lineStyle(Math.max(2, 4 * unit), 0xf5f8fb, 1), vial.x, vial.y + vial.height * 0.12, vial.width, vial.height * 0.88, 8 * unit);
  }

  /** UV trace of the polishing run, with the aggregate and HCP traces magnified, the fractions and the player's cut. */
  private drawChromatogram(g: Phaser.GameObjects.Graphics, area: Rect, snapshot: PurifySnapshot, preview: StepRecord, unit: number): void {
    const t = this.bridge.t.bind(this.bridge);
    const f = this.bridge.formatNumber.bind(this.bridge);
    const s = snapshot.settings;
    const legendHeight = 34 * unit;
    const axisHeight = 40 * unit;
    const plot: Rect = { x: area.x, y: area.y + legendHeight * 2.2, width: area.width, height: area.height - legendHeight * 2.2 - axisHeight - 70 * unit };
    this.plot = plot;
    const fractionWidth = plot.width / FRACTION_COUNT;
    const monomerShare = 1 - snapshot.product.aggregatePct / 100;
    const aggregateShare = snapshot.product.aggregatePct / 100;
    const hcpShare = snapshot.product.hcpPpm / 1e6;
    const uv = snapshot.fractions.map((c) => monomerShare * c.monomer + aggregateShare * c.aggregate + hcpShare * c.hcp);
    const aggregates = snapshot.fractions.map((c) => aggregateShare * c.aggregate * AGGREGATE_MAGNIFY);
    const hcp = snapshot.fractions.map((c) => hcpShare * c.hcp * HCP_MAGNIFY);
    const top = Math.max(...uv, ...aggregates, ...hcp, 1e-9) * 1.1;
    // The cut: kept fractions shaded.
    g.fillStyle(0xf0e442, 0.18).fillRect(plot.x + (s.cutStart - 1) * fractionWidth, plot.y, (s.cutEnd - s.cutStart + 1) * fractionWidth, plot.height);
    g.lineStyle(1, 0x3c5a7a, 1);
    for (let i = 0; i <= FRACTION_COUNT; i++) g.lineBetween(plot.x + i * fractionWidth, plot.y, plot.x + i * fractionWidth, plot.y + plot.height);
    g.lineBetween(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
    const trace = (values: readonly number[], colour: number, width: number): void => {
      g.lineStyle(Math.max(2, width * unit), colour, 1);
      const point = (i: number): [number, number] => [plot.x + (i + 0.5) * fractionWidth, plot.y + plot.height - (plot.height * (values[i] ?? 0)) / top];
      for (let i = 1; i < values.length; i++) {
        const [x1, y1] = point(i - 1);
        const [x2, y2] = point(i);
        g.lineBetween(x1, y1, x2, y2);
      }
    };
    trace(hcp, TRACE.hcp, 4);
    trace(aggregates, TRACE.aggregate, 4);
    trace(uv, TRACE.uv, 6);
    // Cut markers: thick lines with handles at the start and end of the cut.
    for (const [fraction, edge] of [
      [s.cutStart, 0],
      [s.cutEnd, 1],
    ] as const) {
      const x = plot.x + (fraction - 1 + edge) * fractionWidth;
      g.lineStyle(Math.max(3, 6 * unit), 0xf0e442, 1).lineBetween(x, plot.y - 6 * unit, x, plot.y + plot.height);
      g.fillStyle(0xf0e442, 1).fillTriangle(x - 12 * unit, plot.y - 18 * unit, x + 12 * unit, plot.y - 18 * unit, x, plot.y - 2 * unit);
    }
    // Fraction numbers under the axis (every one when there is room, else every other one).
    const every = fractionWidth >= 28 * unit ? 1 : 2;
    for (let i = 1; i <= FRACTION_COUNT; i += every) {
      this.label(String(i), plot.x + (i - 0.5) * fractionWidth, plot.y + plot.height + axisHeight / 2, fractionWidth * every, 20, i >= s.cutStart && i <= s.cutEnd ? '#f0e442' : MUTED, 0.5);
    }
    this.label(t('canvas.fractions'), plot.x + plot.width / 2, plot.y + plot.height + axisHeight + 14 * unit, plot.width, 20, MUTED, 0.5);
    // Legend: three named traces with their colours.
    const legend = [
      [t('canvas.traceAntibody'), '#56b4e9'],
      [t('canvas.traceAggregates', { times: AGGREGATE_MAGNIFY }), '#e69f00'],
      [t('canvas.traceHcp', { times: HCP_MAGNIFY }), '#cc79a7'],
    ] as const;
    legend.forEach(([text, colour], index) => {
      this.label(text, area.x + (index * area.width) / 3, area.y + legendHeight / 2, area.width / 3 - 10 * unit, 20, colour, 0, legendHeight);
    });
    const summary = t('canvas.cutSummary', {
      start: s.cutStart,
      end: s.cutEnd,
      yield: f(preview.stepYield * 100, 0),
      hcp: f(preview.product.hcpPpm, 0),
      aggregates: f(preview.product.aggregatePct, 1),
    });
    this.label(summary, area.x, area.y + legendHeight * 1.5, area.width, 22, TEXT, 0, legendHeight);
  }

  /** Quality bars: yield so far, HCP, aggregates and virus reduction, each with its limit and the preview marker. */
  private drawBars(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: PurifySnapshot, preview: StepRecord): void {
    const { bars: area, unit } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const u = this.bridge.formatUnit;
    const now = snapshot.product;
    const next = snapshot.stage === 'finished' ? now : preview.product;
    const rows: [string, string, QualitySpec, number, number][] = [
      [t('canvas.bar.yield'), u(yieldPercent(snapshot, next.antibodyGrams), 'percent', 0), { min: 0, max: 100, good: [70, 100] }, yieldPercent(snapshot, now.antibodyGrams), yieldPercent(snapshot, next.antibodyGrams)],
      [t('canvas.bar.hcp'), next.hcpPpm > 0 ? u(next.hcpPpm, 'ppm', 0) : '–', { min: 1, max: 10000, log: true, limit: HCP_LIMIT_PPM, good: [1, HCP_LIMIT_PPM] }, Math.max(1, now.hcpPpm), Math.max(1, next.hcpPpm)],
      [t('canvas.bar.aggregates'), u(next.aggregatePct, 'percent', 1), { min: 0, max: 6, limit: AGGREGATE_LIMIT_PCT, good: [0, AGGREGATE_LIMIT_PCT] }, now.aggregatePct, next.aggregatePct],
      [t('canvas.bar.virus'), u(next.virusLrv, 'log', 1), { min: 0, max: LRV_ASSAY_LIMIT, limit: VIRUS_LRV_TARGET, good: [VIRUS_LRV_TARGET, LRV_ASSAY_LIMIT] }, now.virusLrv, next.virusLrv],
    ];
    const pad = 14 * unit;
    const rowHeight = (area.height - 2 * pad) / rows.length;
    const barHeight = Math.max(12, Math.min(22 * unit, rowHeight * 0.3));
    rows.forEach(([title, value, spec, current, after], index) => {
      const y = area.y + pad + index * rowHeight;
      this.label(title, area.x + pad, y + rowHeight * 0.28, (area.width - 2 * pad) * 0.6, 22, MUTED, 0, rowHeight * 0.45);
      this.label(value, area.x + area.width - pad, y + rowHeight * 0.28, (area.width - 2 * pad) * 0.38, 24, TEXT, 1, rowHeight * 0.45);
      paintQualityBar(g, { x: area.x + pad, y: y + rowHeight * 0.58, width: area.width - 2 * pad, height: barHeight }, spec, current, after, unit);
    });
  }
}
