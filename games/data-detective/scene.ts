// The Phaser 4 scene of Data Detective. It only draws the model: in round 1 four control charts (centre line and
// 1/2/3-sigma bands, the points scrolling in, batch boundaries and the player's flags); in round 2 the example being
// labelled, the feature map the model learns on (with its decision line once trained), and the precision/recall
// bars of the player and the model. A tap on a round 1 chart flags that sensor, the same as its DOM button.
// Everything it creates belongs to the scene and goes with game.destroy(true); the scale listener it adds is removed
// on shutdown.

import * as Phaser from 'phaser';
import { predict, windowFeatures, type Features } from './classifier';
import { POINTS_PER_BATCH, SENSORS, SENSOR_SPECS, type SensorId } from './constants';
import { sensorValue } from './dataGenerator';
import { fitText, makeText, wrapAt } from '../sdk/canvasText';
import { VISIBLE_POINTS, computeLayout, type DetectiveLayout, type Rect } from './layout';
import { detectiveScores, type DataDetectiveSnapshot } from './model';

/** What the scene needs from the game around it; mount.ts provides it. */
export interface DataDetectiveSceneBridge {
  snapshot(): DataDetectiveSnapshot;
  /** Real time passed since the last frame; the bridge advances the clock and the model. */
  tick(deltaMs: number): void;
  flag(sensor: SensorId): void;
  t(key: string, options?: Record<string, unknown>): string;
  formatNumber(value: number, fractionDigits: number): string;
  reducedMotion(): boolean;
  textScale(): number;
}

const TEXT = '#f5f8fb';
const MUTED = '#c3d1df';
const PANEL = 0x13263a;
/** Zone colours: calm inside 1 sigma, warmer towards 3 sigma (plus dashed limit lines, not colour alone). */
const ZONE_1 = 0x1d3b2f;
const ZONE_2 = 0x3a3a1d;
const ZONE_3 = 0x4a2a1d;
const POINT = 0x56b4e9;
const BREAK = 0xe69f00;
const FLAG = 0xf0e442;
const NORMAL = 0x009e73;
const FAULTY = 0xd55e00;
/** FAULTY at about 22 % over the map background. */
const FAULTY_AREA = 0x3b2a22;
/** Axis of the feature map, in sigmas. */
const PEAK_MAX = 5;
const SHIFT_MAX = 3;

export class DataDetectiveScene extends Phaser.Scene {
  private graphics!: Phaser.GameObjects.Graphics;
  private title!: Phaser.GameObjects.Text;
  private subtitle!: Phaser.GameObjects.Text;
  private legendText!: Phaser.GameObjects.Text;
  private readonly chartNames: Phaser.GameObjects.Text[] = [];
  private readonly chartValues: Phaser.GameObjects.Text[] = [];
  private readonly zones: Phaser.GameObjects.Zone[] = [];
  private readonly panelTexts: Phaser.GameObjects.Text[] = [];
  private layout: DetectiveLayout | null = null;
  private lastKey = '';
  private blink = 0;

  constructor(private readonly bridge: DataDetectiveSceneBridge) {
    super({ key: 'data-detective' });
  }

  create(): void {
    this.graphics = this.add.graphics();
    this.title = makeText(this, TEXT, true);
    this.subtitle = makeText(this, MUTED, false);
    this.legendText = makeText(this, MUTED, false);
    for (const sensor of SENSORS) {
      this.chartNames.push(makeText(this, TEXT, true));
      this.chartValues.push(makeText(this, MUTED, false));
      const zone = this.add.zone(0, 0, 1, 1).setOrigin(0).setInteractive({ useHandCursor: true });
      // Zone listeners go with the zones when the scene is destroyed.
      zone.on('pointerup', () => this.bridge.flag(sensor));
      this.zones.push(zone);
    }
    // Round 2 texts: example title, map title, axis names, bar labels (reused in place, never recreated).
    for (let i = 0; i < 10; i++) this.panelTexts.push(makeText(this, TEXT, false));
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.applyLayout(this.scale.width, this.scale.height);
  }

  override update(_time: number, delta: number): void {
    this.bridge.tick(delta);
    const snapshot = this.bridge.snapshot();
    if (!this.bridge.reducedMotion()) this.blink = (this.blink + Math.min(delta, 100) / 400) % (Math.PI * 2);
    const key = [snapshot.phase, snapshot.batchIndex, snapshot.pointsShown, snapshot.flags.length, snapshot.labelIndex, snapshot.currentVariant, this.bridge.textScale(), Math.round(this.blink * 2), this.bridge.t('title')].join('|');
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.draw(snapshot);
  }

  private onResize(gameSize: Phaser.Structs.Size): void {
    this.applyLayout(gameSize.width, gameSize.height);
  }

  private applyLayout(width: number, height: number): void {
    this.cameras.main.setSize(width, height);
    this.layout = computeLayout(width, height, SENSORS.length);
    this.layout.charts.forEach((chart, i) => {
      const zone = this.zones[i];
      if (!zone) return;
      zone.setPosition(chart.area.x, chart.area.y).setSize(chart.area.width, chart.area.height);
      zone.input?.hitArea.setTo(0, 0, chart.area.width, chart.area.height);
    });
    this.lastKey = '';
  }

  private fontPx(base: number): number {
    return base * (this.layout?.unit ?? 1) * this.bridge.textScale();
  }

  private draw(snapshot: DataDetectiveSnapshot): void {
    const layout = this.layout;
    if (!layout) return;
    const g = this.graphics.clear();
    const t = this.bridge.t.bind(this.bridge);
    const round1 = snapshot.phase === 'monitoring';
    const { header } = layout;
    g.fillStyle(PANEL, 1).fillRoundedRect(header.x, header.y, header.width, header.height, 12 * layout.unit);
    const titleKey = round1 ? 'canvas.round1' : 'canvas.round2';
    fitText(this.title, t(titleKey), header.width * 0.5 - 16 * layout.unit, this.fontPx(32), header.height * 0.8);
    this.title.setPosition(header.x + 16 * layout.unit, header.y + (header.height - this.title.height) / 2);
    const subtitle = round1
      ? t('canvas.batch', { batch: snapshot.batchIndex + 1, total: snapshot.batches.length })
      : snapshot.phase === 'labelling'
        ? t('canvas.example', { number: Math.min(snapshot.labelIndex + 1, snapshot.trainingWindows.length), total: snapshot.trainingWindows.length })
        : t('canvas.experiment');
    fitText(this.subtitle, subtitle, header.width * 0.45, this.fontPx(24), header.height * 0.8);
    this.subtitle.setPosition(header.x + header.width - this.subtitle.width - 16 * layout.unit, header.y + (header.height - this.subtitle.height) / 2);
    this.chartNames.forEach((text, i) => {
      text.setVisible(round1);
      this.chartValues[i]?.setVisible(round1);
      this.zones[i]?.setVisible(round1);
    });
    this.panelTexts.forEach((text) => text.setVisible(!round1));
    if (round1) this.drawCharts(g, layout, snapshot);
    else this.drawRound2(g, layout, snapshot);
    const legend = layout.legend;
    fitText(this.legendText, t(round1 ? 'canvas.legendCharts' : 'canvas.legendMap'), legend.width, this.fontPx(18), legend.height);
    this.legendText.setPosition(legend.x, legend.y + (legend.height - this.legendText.height) / 2);
  }

  /** Control chart bands: centre line, then the 1, 2 and 3 sigma zones; returns the y of a z-score. */
  private drawBands(g: Phaser.GameObjects.Graphics, plot: Rect, unit: number): (z: number) => number {
    const range = 4;
    const yFor = (z: number): number => plot.y + plot.height / 2 - (Math.max(-range, Math.min(range, z)) / range) * (plot.height / 2);
    g.fillStyle(0x0d1b2a, 1).fillRect(plot.x, plot.y, plot.width, plot.height);
    const band = (from: number, to: number, colour: number): void => {
      g.fillStyle(colour, 1).fillRect(plot.x, yFor(to), plot.width, yFor(from) - yFor(to));
      g.fillStyle(colour, 1).fillRect(plot.x, yFor(-from), plot.width, yFor(-to) - yFor(-from));
    };
    band(0, 1, ZONE_1);
    band(1, 2, ZONE_2);
    band(2, 3, ZONE_3);
    g.lineStyle(Math.max(1, 2 * unit), 0xf5f8fb, 0.9).lineBetween(plot.x, yFor(0), plot.x + plot.width, yFor(0));
    for (const level of [1, 2, 3]) {
      g.lineStyle(Math.max(1, (level === 3 ? 2 : 1) * unit), level === 3 ? 0xd55e00 : 0x8aa0b6, 0.9);
      for (const sign of [1, -1]) {
        const y = yFor(level * sign);
        // Dashed limit lines, so the bands read without colour.
        for (let x = plot.x; x < plot.x + plot.width; x += 14 * unit) g.lineBetween(x, y, Math.min(x + 7 * unit, plot.x + plot.width), y);
      }
    }
    return yFor;
  }

  private drawCharts(g: Phaser.GameObjects.Graphics, layout: DetectiveLayout, snapshot: DataDetectiveSnapshot): void {
    const { unit } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const batch = snapshot.batches[snapshot.batchIndex];
    const previous = snapshot.batches[snapshot.batchIndex - 1];
    if (!batch) return;
    SENSORS.forEach((sensor, i) => {
      const chart = layout.charts[i];
      if (!chart) return;
      g.fillStyle(PANEL, 1).fillRoundedRect(chart.area.x, chart.area.y, chart.area.width, chart.area.height, 10 * unit);
      const yFor = this.drawBands(g, chart.plot, unit);
      // The visible window: the tail of the previous batch, then the current batch so far.
      const current = batch.series[sensor].z.slice(0, snapshot.pointsShown);
      const tailCount = Math.max(0, VISIBLE_POINTS - current.length);
      const tail = previous ? previous.series[sensor].z.slice(-tailCount) : [];
      const points = [...tail, ...current];
      const xFor = (index: number): number => chart.plot.x + ((index + 0.5) / VISIBLE_POINTS) * chart.plot.width;
      if (tail.length > 0) {
        const boundary = (xFor(tail.length - 1) + xFor(tail.length)) / 2;
        g.lineStyle(Math.max(1, 2 * unit), 0xc3d1df, 0.7);
        for (let y = chart.plot.y; y < chart.plot.y + chart.plot.height; y += 10 * unit) g.lineBetween(boundary, y, boundary, Math.min(y + 5 * unit, chart.plot.y + chart.plot.height));
      }
      g.lineStyle(Math.max(1, 2 * unit), POINT, tail.length > 0 ? 0.8 : 1);
      g.beginPath();
      points.forEach((z, index) => (index === 0 ? g.moveTo(xFor(index), yFor(z)) : g.lineTo(xFor(index), yFor(z))));
      g.strokePath();
      const radius = Math.max(3, 5 * unit);
      points.forEach((z, index) => {
        const beyond = Math.abs(z) > 2;
        g.fillStyle(beyond ? BREAK : POINT, index < tail.length ? 0.5 : 1);
        if (beyond) g.fillRect(xFor(index) - radius, yFor(z) - radius, radius * 2, radius * 2);
        else g.fillCircle(xFor(index), yFor(z), radius);
      });
      const flagged = snapshot.flags.find((flag) => flag.batch === snapshot.batchIndex && flag.sensor === sensor);
      if (flagged) {
        const x = xFor(tail.length + flagged.point);
        g.lineStyle(Math.max(2, 3 * unit), FLAG, 1).lineBetween(x, chart.plot.y, x, chart.plot.y + chart.plot.height);
        g.fillStyle(FLAG, 1).fillTriangle(x, chart.plot.y, x + 18 * unit, chart.plot.y + 8 * unit, x, chart.plot.y + 16 * unit);
      } else if (!this.bridge.reducedMotion()) {
        // The newest point pulses softly so the eye follows the stream.
        const last = points.length - 1;
        g.lineStyle(Math.max(1, 2 * unit), 0xffffff, 0.4 + 0.4 * Math.sin(this.blink)).strokeCircle(xFor(last), yFor(points[last] ?? 0), radius * 2);
      }
      const name = this.chartNames[i];
      const value = this.chartValues[i];
      if (name && value) {
        const inset = 10 * unit;
        wrapAt(name, chart.label.width - 2 * inset);
        fitText(name, t(`sensors.${sensor}`), chart.label.width - 2 * inset, this.fontPx(22), chart.label.height * 0.5);
        name.setPosition(chart.label.x + inset, chart.label.y + chart.label.height * 0.1);
        const latest = current[current.length - 1] ?? 0;
        const reading = this.bridge.formatNumber(sensorValue(sensor, latest), SENSOR_SPECS[sensor].digits);
        fitText(value, t(`units.${sensor}`, { value: reading }), chart.label.width - 2 * inset, this.fontPx(20), chart.label.height * 0.4);
        value.setPosition(chart.label.x + inset, chart.label.y + chart.label.height * 0.55);
      }
    });
    // A thin bar under the header: how far through the batch (release at the end).
    const header = layout.header;
    const progress = snapshot.pointsShown / POINTS_PER_BATCH;
    g.fillStyle(0x24405e, 1).fillRect(header.x, header.y + header.height - 6 * unit, header.width, 6 * unit);
    g.fillStyle(NORMAL, 1).fillRect(header.x, header.y + header.height - 6 * unit, header.width * progress, 6 * unit);
  }

  private drawRound2(g: Phaser.GameObjects.Graphics, layout: DetectiveLayout, snapshot: DataDetectiveSnapshot): void {
    const { unit, left, right } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const texts = this.panelTexts;
    const [leftTitle, rightTitle, xAxis, yAxis, bar1, bar2, bar3, bar4, barTitle1, barTitle2] = texts;
    if (!leftTitle || !rightTitle || !xAxis || !yAxis || !bar1 || !bar2 || !bar3 || !bar4 || !barTitle1 || !barTitle2) return;
    texts.forEach((text) => text.setVisible(false));
    const titleHeight = 40 * unit;
    for (const area of [left, right]) g.fillStyle(PANEL, 1).fillRoundedRect(area.x, area.y, area.width, area.height, 12 * unit);
    const inner = (area: Rect): Rect => ({ x: area.x + 16 * unit, y: area.y + titleHeight + 8 * unit, width: area.width - 32 * unit, height: area.height - titleHeight - 24 * unit });

    if (snapshot.phase === 'labelling') {
      const window = snapshot.trainingWindows[snapshot.labelIndex];
      if (window) {
        leftTitle.setVisible(true);
        fitText(leftTitle, t('canvas.exampleTitle', { sensor: t(`sensors.${window.sensor}`) }), left.width - 32 * unit, this.fontPx(24), titleHeight);
        leftTitle.setPosition(left.x + 16 * unit, left.y + 8 * unit);
        const plot = inner(left);
        const yFor = this.drawBands(g, plot, unit);
        const xFor = (i: number): number => plot.x + ((i + 0.5) / window.z.length) * plot.width;
        g.lineStyle(Math.max(2, 3 * unit), POINT, 1).beginPath();
        window.z.forEach((z, i) => (i === 0 ? g.moveTo(xFor(i), yFor(z)) : g.lineTo(xFor(i), yFor(z))));
        g.strokePath();
        const radius = Math.max(4, 7 * unit);
        window.z.forEach((z, i) => {
          g.fillStyle(Math.abs(z) > 2 ? BREAK : POINT, 1);
          if (Math.abs(z) > 2) g.fillRect(xFor(i) - radius, yFor(z) - radius, radius * 2, radius * 2);
          else g.fillCircle(xFor(i), yFor(z), radius);
        });
      }
    } else {
      this.drawBars(g, left, inner(left), snapshot, [leftTitle, bar1, bar2, bar3, bar4, barTitle1, barTitle2], titleHeight);
    }

    // The feature map: each example is a dot at (peak, shift); the player's label sets its shape and colour.
    rightTitle.setVisible(true);
    fitText(rightTitle, t('canvas.mapTitle'), right.width - 32 * unit, this.fontPx(24), titleHeight);
    rightTitle.setPosition(right.x + 16 * unit, right.y + 8 * unit);
    const axisSpace = 34 * unit;
    const mapArea = inner(right);
    const map: Rect = { x: mapArea.x + axisSpace, y: mapArea.y, width: mapArea.width - axisSpace, height: mapArea.height - axisSpace };
    g.fillStyle(0x0d1b2a, 1).fillRect(map.x, map.y, map.width, map.height);
    const mx = (peak: number): number => map.x + Math.min(1, peak / PEAK_MAX) * map.width;
    const my = (shift: number): number => map.y + map.height - Math.min(1, shift / SHIFT_MAX) * map.height;
    const run = snapshot.runs.find((r) => r.variant === snapshot.currentVariant);
    if (run) {
      // Shade the region the model calls faulty, on a coarse grid (cheap, and it shows any boundary shape honestly).
      // Opaque, pre-blended colour: overlapping cell edges then leave no visible seams.
      const cells = 40;
      g.fillStyle(FAULTY_AREA, 1);
      for (let cx = 0; cx < cells; cx++) {
        for (let cy = 0; cy < cells; cy++) {
          const features: Features = [((cx + 0.5) / cells) * PEAK_MAX, ((cy + 0.5) / cells) * SHIFT_MAX];
          if (!predict(run.model, features)) continue;
          g.fillRect(map.x + (cx / cells) * map.width, map.y + map.height - ((cy + 1) / cells) * map.height, map.width / cells + 1, map.height / cells + 1);
        }
      }
      // Test stream: small hollow marks, filled when the model flags them.
      snapshot.testWindows.forEach((window, i) => {
        const [peak, shift] = windowFeatures(window.z);
        const flagged = run.predictions[i] ?? false;
        g.lineStyle(Math.max(1, 2 * unit), window.faulty ? FAULTY : NORMAL, 0.9).strokeCircle(mx(peak), my(shift), Math.max(4, 7 * unit));
        if (flagged) g.fillStyle(FAULTY, 0.9).fillCircle(mx(peak), my(shift), Math.max(2, 4 * unit));
      });
    }
    const size = Math.max(6, 10 * unit);
    const examples = snapshot.currentVariant && run ? run.examples.map((e, i) => ({ features: e.features, label: e.label, i })) : snapshot.trainingWindows.flatMap((window, i) => {
      const label = snapshot.playerLabels[i];
      return label === null || label === undefined ? [] : [{ features: windowFeatures(window.z), label, i }];
    });
    for (const example of examples) {
      const x = mx(example.features[0]);
      const y = my(example.features[1]);
      if (example.label) {
        g.lineStyle(Math.max(3, 4 * unit), FAULTY, 1).lineBetween(x - size, y - size, x + size, y + size).lineBetween(x - size, y + size, x + size, y - size);
      } else {
        g.fillStyle(NORMAL, 1).fillCircle(x, y, size);
      }
    }
    if (snapshot.phase === 'labelling') {
      const window = snapshot.trainingWindows[snapshot.labelIndex];
      if (window) {
        const [peak, shift] = windowFeatures(window.z);
        g.lineStyle(Math.max(2, 3 * unit), FLAG, 0.6 + 0.4 * Math.sin(this.blink)).strokeCircle(mx(peak), my(shift), size * 1.8);
      }
    }
    g.lineStyle(Math.max(1, 2 * unit), 0xc3d1df, 1).strokeRect(map.x, map.y, map.width, map.height);
    xAxis.setVisible(true);
    yAxis.setVisible(true);
    fitText(xAxis, t('canvas.axisPeak'), map.width, this.fontPx(18), axisSpace);
    xAxis.setPosition(map.x + (map.width - xAxis.width) / 2, map.y + map.height + 4 * unit);
    fitText(yAxis, t('canvas.axisShift'), map.height, this.fontPx(18), axisSpace);
    yAxis.setRotation(-Math.PI / 2);
    yAxis.setPosition(mapArea.x, map.y + (map.height + yAxis.width) / 2);
  }

  /** Precision and recall as bars: the player in round 1, the model of the current experiment. */
  private drawBars(g: Phaser.GameObjects.Graphics, area: Rect, plot: Rect, snapshot: DataDetectiveSnapshot, texts: Phaser.GameObjects.Text[], titleHeight: number): void {
    const unit = this.layout?.unit ?? 1;
    const t = this.bridge.t.bind(this.bridge);
    const format = this.bridge.formatNumber.bind(this.bridge);
    const [title, bar1, bar2, bar3, bar4, group1, group2] = texts;
    if (!title || !bar1 || !bar2 || !bar3 || !bar4 || !group1 || !group2) return;
    const run = snapshot.runs.find((r) => r.variant === snapshot.currentVariant);
    const player = detectiveScores(snapshot);
    title.setVisible(true);
    fitText(title, t('canvas.barsTitle'), area.width - 32 * unit, this.fontPx(24), titleHeight);
    title.setPosition(area.x + 16 * unit, area.y + 8 * unit);
    const groups: [Phaser.GameObjects.Text, string, number, number, Phaser.GameObjects.Text, Phaser.GameObjects.Text][] = [
      [group1, t('canvas.you'), player.precision, player.recall, bar1, bar2],
      [group2, t('canvas.model'), run?.scores.precision ?? 0, run?.scores.recall ?? 0, bar3, bar4],
    ];
    const rowHeight = plot.height / 2;
    groups.forEach(([label, name, precisionValue, recallValue, precisionText, recallText], i) => {
      const y = plot.y + i * rowHeight;
      label.setVisible(true);
      fitText(label, name, plot.width, this.fontPx(22), rowHeight * 0.25);
      label.setPosition(plot.x, y);
      const barHeight = Math.max(18, rowHeight * 0.22);
      [[precisionValue, precisionText, 'canvas.precision', 0x56b4e9], [recallValue, recallText, 'canvas.recall', 0xe69f00]].forEach(([value, text, key, colour], j) => {
        const barY = y + rowHeight * 0.3 + j * (barHeight + 8 * unit);
        const v = value as number;
        g.fillStyle(0x24405e, 1).fillRect(plot.x, barY, plot.width, barHeight);
        g.fillStyle(colour as number, 1).fillRect(plot.x, barY, plot.width * v, barHeight);
        const label2 = text as Phaser.GameObjects.Text;
        label2.setVisible(true);
        fitText(label2, t(key as string, { value: format(Math.round(v * 100), 0) }), plot.width - 12 * unit, this.fontPx(18), barHeight);
        label2.setPosition(plot.x + 6 * unit, barY + (barHeight - label2.height) / 2);
        label2.setColor(v > 0.35 ? '#0d1b2a' : TEXT);
      });
    });
  }
}
