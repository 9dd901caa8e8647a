// The Phaser 4 scene of Bioreactor Balance. It only draws the model (vessel, gauges, chart, day bar) and forwards
// taps on its two on-canvas controls (the feed port and the temperature pill) to the same actions as the DOM buttons.
// Everything it creates belongs to the scene and goes away with game.destroy(true); the one scale listener it adds is
// removed on shutdown.

import * as Phaser from 'phaser';
import type { FormatUnit } from '../sdk/types';
import { DO_SETPOINT_HIGH, DO_SETPOINT_LOW, FEED_GLUCOSE_BOLUS, OXYGEN_LEVEL_MAX, PH_OPTIMUM_HIGH, PH_OPTIMUM_LOW, RUN_DAYS, TEMPERATURE_SHIFTED, TEMPERATURE_STANDARD } from './constants';
import { chartGeometry, CHART_COLOURS, paintChartData, paintChartFrame, type ChartGeometry } from './chartPainter';
import { cultureColour } from './cultureColour';
import { fitText, makeText } from '../sdk/canvasText';
import { paintDialFace, paintDialNeedle, type DialLook, type GaugeScale } from '../kit/gaugePainter';
import { temperatureShiftFraction } from './kinetics';
import { cultureDay, runProgress, type BioreactorSnapshot, type ControlId } from './model';
import { computeLayout, dialCell, type DialCell, type Rect, type SceneLayout } from './sceneLayout';
import { BubbleField, paintCulture, paintPill, paintVesselBody, vesselGeometry, type VesselGeometry } from './vesselPainter';

/** What the scene needs from the game around it; mount.ts provides it. */
export interface BioreactorSceneBridge {
  snapshot(): BioreactorSnapshot;
  isAvailable(control: ControlId): boolean;
  perform(control: ControlId): void;
  /** Real time passed since the last frame; the bridge advances the run clock and the model. */
  tick(deltaMs: number): void;
  t(key: string, options?: Record<string, unknown>): string;
  formatNumber(value: number, fractionDigits: number): string;
  formatUnit: FormatUnit;
  reducedMotion(): boolean;
  textScale(): number;
}

type GaugeId = 'pH' | 'oxygen' | 'temperature';
const GAUGE_IDS: readonly GaugeId[] = ['pH', 'oxygen', 'temperature'];
/** Each dial's scale and the band where the culture is happy (drawn green). */
const GAUGE_SPECS: Readonly<Record<GaugeId, GaugeScale & { readonly goodLow: number; readonly goodHigh: number }>> = {
  pH: { min: 6.4, max: 7.8, goodLow: PH_OPTIMUM_LOW, goodHigh: PH_OPTIMUM_HIGH },
  oxygen: { min: 0, max: 100, goodLow: DO_SETPOINT_LOW, goodHigh: DO_SETPOINT_HIGH + 20 },
  temperature: { min: 30, max: 40, goodLow: TEMPERATURE_SHIFTED - 0.5, goodHigh: TEMPERATURE_STANDARD + 0.5 },
};
const GAUGE_COLOURS = { face: 0x13263a, rim: 0x3c5a7a, scale: 0x5b7590, good: 0x009e73, needle: 0xf0e442, warning: 0xff9a66 } as const;
const dialLook = (id: GaugeId): DialLook => ({
  face: GAUGE_COLOURS.face,
  rim: GAUGE_COLOURS.rim,
  track: GAUGE_COLOURS.scale,
  bands: [{ from: GAUGE_SPECS[id].goodLow, to: GAUGE_SPECS[id].goodHigh, colour: GAUGE_COLOURS.good }],
});
/** The needle turns from yellow to orange when the reading leaves the good band. */
const needleColour = (id: GaugeId, value: number): number =>
  value >= GAUGE_SPECS[id].goodLow && value <= GAUGE_SPECS[id].goodHigh ? GAUGE_COLOURS.needle : GAUGE_COLOURS.warning;
const TEXT_COLOUR = '#f5f8fb';
const MUTED_COLOUR = '#c3d1df';
/** Bubbles at the highest stirring level. */
const MAX_BUBBLES = 40;
/** Liquid fill at inoculation and its rise per feed (fed-batch volume grows with each bolus). */
const BASE_FILL = 0.6;
const FILL_PER_FEED = 0.008;

interface GaugeParts {
  readonly label: Phaser.GameObjects.Text;
  readonly value: Phaser.GameObjects.Text;
  geometry: DialCell | null;
}

export class BioreactorScene extends Phaser.Scene {
  private staticLayer!: Phaser.GameObjects.Graphics;
  private cultureLayer!: Phaser.GameObjects.Graphics;
  private chartLayer!: Phaser.GameObjects.Graphics;
  private dayText!: Phaser.GameObjects.Text;
  private feedText!: Phaser.GameObjects.Text;
  private temperatureText!: Phaser.GameObjects.Text;
  private foamText!: Phaser.GameObjects.Text;
  private bannerText!: Phaser.GameObjects.Text;
  private chartTitle!: Phaser.GameObjects.Text;
  private legendCells!: Phaser.GameObjects.Text;
  private legendTitre!: Phaser.GameObjects.Text;
  private feedZone!: Phaser.GameObjects.Zone;
  private temperatureZone!: Phaser.GameObjects.Zone;
  private readonly gauges = new Map<GaugeId, GaugeParts>();
  private readonly bubbles = new BubbleField(MAX_BUBBLES);
  private layout: SceneLayout | null = null;
  private vessel: VesselGeometry | null = null;
  private chart: ChartGeometry | null = null;
  private temperaturePill: Rect | null = null;
  private impellerAngle = 0.6;
  private drawnHistoryLength = -1;
  private lastPillState = '';

  constructor(private readonly bridge: BioreactorSceneBridge) {
    super({ key: 'bioreactor' });
  }

  create(): void {
    this.staticLayer = this.add.graphics();
    this.chartLayer = this.add.graphics();
    this.cultureLayer = this.add.graphics();
    this.dayText = makeText(this, TEXT_COLOUR, true);
    this.feedText = makeText(this, TEXT_COLOUR, true).setOrigin(0.5);
    this.temperatureText = makeText(this, TEXT_COLOUR, true).setOrigin(0.5);
    this.foamText = makeText(this, '#111111', true).setOrigin(0.5).setVisible(false);
    this.bannerText = makeText(this, TEXT_COLOUR, true).setOrigin(0.5).setVisible(false).setBackgroundColor('#13263ae6').setPadding(16, 10, 16, 10);
    this.chartTitle = makeText(this, TEXT_COLOUR, true);
    this.legendCells = makeText(this, '#56b4e9', true);
    this.legendTitre = makeText(this, '#e69f00', true);
    for (const id of GAUGE_IDS) {
      this.gauges.set(id, { label: makeText(this, MUTED_COLOUR, true).setOrigin(0.5, 0), value: makeText(this, TEXT_COLOUR, true).setOrigin(0.5, 0), geometry: null });
    }
    this.feedZone = this.add.zone(0, 0, 1, 1).setOrigin(0).setInteractive({ useHandCursor: true });
    this.temperatureZone = this.add.zone(0, 0, 1, 1).setOrigin(0).setInteractive({ useHandCursor: true });
    // Zone listeners are removed with the zones when the scene is destroyed.
    this.feedZone.on('pointerup', () => this.bridge.perform('feed'));
    this.temperatureZone.on('pointerup', () => this.bridge.perform('temperature'));
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.applyLayout(this.scale.width, this.scale.height);
  }

  /** Where the canvas's own feed target is, in canvas pixels (for the test hooks: pointer-driven end-to-end tests). */
  feedTarget(): { x: number; y: number; width: number; height: number } | null {
    const zone = this.feedZone as Phaser.GameObjects.Zone | undefined;
    return zone?.active ? { x: zone.x, y: zone.y, width: zone.width, height: zone.height } : null;
  }

  override update(_time: number, delta: number): void {
    this.bridge.tick(delta);
    const snapshot = this.bridge.snapshot();
    const animate = !this.bridge.reducedMotion() && snapshot.harvestHour === null;
    if (animate) {
      this.impellerAngle += (0.6 + snapshot.oxygenLevel * 0.9) * (Math.min(delta, 100) / 1000) * Math.PI;
      this.bubbles.setActiveCount((MAX_BUBBLES * snapshot.oxygenLevel) / OXYGEN_LEVEL_MAX);
      this.bubbles.update(delta);
    } else {
      this.bubbles.setActiveCount(0);
    }
    this.drawCulture(snapshot);
    this.drawTexts(snapshot);
    if (snapshot.history.length !== this.drawnHistoryLength) this.drawChart(snapshot);
    const pillState = `${this.bridge.isAvailable('feed')}|${this.bridge.isAvailable('temperature')}|${snapshot.temperatureSetpoint}|${this.bridge.textScale()}`;
    if (pillState !== this.lastPillState) {
      this.lastPillState = pillState;
      this.drawStatic();
    }
  }

  private onResize(gameSize: Phaser.Structs.Size): void {
    this.applyLayout(gameSize.width, gameSize.height);
  }

  private applyLayout(width: number, height: number): void {
    this.cameras.main.setSize(width, height);
    const layout = computeLayout(width, height);
    this.layout = layout;
    this.vessel = vesselGeometry(layout.vessel, layout.unit);
    this.chart = chartGeometry(layout.chart, layout.unit);
    const temperatureArea = layout.gauges[2];
    const pillHeight = Math.max(48, 52 * layout.unit);
    const pillWidth = Math.min(temperatureArea.width * 0.96, Math.max(160 * layout.unit, temperatureArea.width * 0.8));
    this.temperaturePill = {
      x: temperatureArea.x + (temperatureArea.width - pillWidth) / 2,
      y: temperatureArea.y + temperatureArea.height - pillHeight,
      width: pillWidth,
      height: pillHeight,
    };
    GAUGE_IDS.forEach((id, index) => {
      const parts = this.gauges.get(id);
      const area = layout.gauges[index];
      if (!parts || !area) return;
      // Every dial leaves the bottom of its cell free, so the three line up and the temperature pill fits under its own.
      const dialArea = { ...area, height: area.height - pillHeight - 6 * layout.unit };
      parts.geometry = dialCell(dialArea, layout.unit);
    });
    const feed = this.vessel.feedPill;
    this.feedZone.setPosition(feed.x, feed.y).setSize(feed.width, feed.height);
    this.feedZone.input?.hitArea.setTo(0, 0, feed.width, feed.height);
    const pill = this.temperaturePill;
    this.temperatureZone.setPosition(pill.x, pill.y).setSize(pill.width, pill.height);
    this.temperatureZone.input?.hitArea.setTo(0, 0, pill.width, pill.height);
    this.drawnHistoryLength = -1;
    this.lastPillState = '';
  }

  private fontPx(base: number): number {
    return base * (this.layout?.unit ?? 1) * this.bridge.textScale();
  }

  private drawStatic(): void {
    const { layout, vessel, chart, temperaturePill } = this;
    if (!layout || !vessel || !chart || !temperaturePill) return;
    const graphics = this.staticLayer.clear();
    paintVesselBody(graphics, vessel, layout.unit);
    paintPill(graphics, vessel.feedPill, layout.unit, this.bridge.isAvailable('feed'));
    const temperatureOffered = this.bridge.snapshot().level !== 'easy';
    this.temperatureZone.setVisible(temperatureOffered);
    this.temperatureText.setVisible(temperatureOffered);
    if (temperatureOffered) paintPill(graphics, temperaturePill, layout.unit, this.bridge.isAvailable('temperature'));
    GAUGE_IDS.forEach((id) => {
      const geometry = this.gauges.get(id)?.geometry;
      if (geometry) paintDialFace(graphics, geometry, GAUGE_SPECS[id], dialLook(id), layout.unit);
    });
    paintChartFrame(graphics, layout.chart, chart, layout.unit);
    // Legend swatches: a line for cells, dots for antibody.
    const swatch = 26 * layout.unit;
    graphics.lineStyle(Math.max(2, 4 * layout.unit), CHART_COLOURS.cells, 1);
    graphics.lineBetween(chart.plot.x, chart.legendY + 12 * layout.unit, chart.plot.x + swatch, chart.legendY + 12 * layout.unit);
    graphics.fillStyle(CHART_COLOURS.titre, 1);
    const titreX = chart.plot.x + chart.plot.width / 2;
    for (let i = 0; i < 3; i++) graphics.fillCircle(titreX + (i * swatch) / 2.5, chart.legendY + 12 * layout.unit, Math.max(2, 4 * layout.unit));
    this.placeStaticTexts();
  }

  private placeStaticTexts(): void {
    const { layout, vessel, chart, temperaturePill } = this;
    if (!layout || !vessel || !chart || !temperaturePill) return;
    const t = this.bridge.t.bind(this.bridge);
    const feed = vessel.feedPill;
    fitText(this.feedText, t('canvas.feedPort'), feed.width - 24 * layout.unit, this.fontPx(26), feed.height - 8);
    this.feedText.setPosition(feed.x + feed.width / 2, feed.y + feed.height / 2);
    const gaugeLabels: Record<GaugeId, string> = { pH: t('canvas.pH'), oxygen: t('canvas.oxygen'), temperature: t('canvas.temperature') };
    GAUGE_IDS.forEach((id, index) => {
      const parts = this.gauges.get(id);
      const area = layout.gauges[index];
      if (!parts?.geometry || !area) return;
      fitText(parts.label, gaugeLabels[id], area.width * 0.9, this.fontPx(24));
      parts.label.setPosition(parts.geometry.centreX, parts.geometry.labelY);
    });
    fitText(this.chartTitle, t('canvas.chartTitle'), chart.plot.width, this.fontPx(24));
    this.chartTitle.setPosition(chart.plot.x, chart.titleY);
    const swatchSpace = 36 * layout.unit;
    fitText(this.legendCells, t('canvas.chartCells'), chart.plot.width / 2 - swatchSpace - 8, this.fontPx(20));
    this.legendCells.setPosition(chart.plot.x + swatchSpace, chart.legendY);
    fitText(this.legendTitre, t('canvas.chartTitre'), chart.plot.width / 2 - swatchSpace - 8, this.fontPx(20));
    this.legendTitre.setPosition(chart.plot.x + chart.plot.width / 2 + swatchSpace, chart.legendY);
  }

  private drawCulture(snapshot: BioreactorSnapshot): void {
    const { layout, vessel } = this;
    if (!layout || !vessel) return;
    const { culture } = snapshot;
    const graphics = this.cultureLayer.clear();
    paintCulture(
      graphics,
      vessel,
      {
        liquidColour: cultureColour(culture.pH, culture.viableCellDensity),
        fillFraction: Math.min(0.74, BASE_FILL + snapshot.actions.feeds * FILL_PER_FEED * (FEED_GLUCOSE_BOLUS / 20)),
        foamLevel: snapshot.incident?.foamLevel ?? 0,
        coolness: temperatureShiftFraction(culture.temperature),
        impellerAngle: this.impellerAngle,
      },
      this.bubbles,
      layout.unit,
    );
    const values: Record<GaugeId, number> = { pH: culture.pH, oxygen: culture.dissolvedOxygen, temperature: culture.temperature };
    GAUGE_IDS.forEach((id) => {
      const geometry = this.gauges.get(id)?.geometry;
      if (geometry) paintDialNeedle(graphics, geometry, GAUGE_SPECS[id], values[id], needleColour(id, values[id]), layout.unit);
    });
    // Day progress bar under the day label.
    const header = layout.header;
    const barHeight = Math.max(8, 12 * layout.unit);
    const barY = header.y + header.height - barHeight - 4 * layout.unit;
    graphics.fillStyle(0x24405e, 1);
    graphics.fillRoundedRect(header.x, barY, header.width, barHeight, barHeight / 2);
    graphics.fillStyle(0x009e73, 1);
    graphics.fillRoundedRect(header.x, barY, Math.max(barHeight, header.width * runProgress(culture)), barHeight, barHeight / 2);
  }

  private drawTexts(snapshot: BioreactorSnapshot): void {
    const { layout, vessel, temperaturePill } = this;
    if (!layout || !vessel || !temperaturePill) return;
    const { culture } = snapshot;
    const t = this.bridge.t.bind(this.bridge);
    const format = this.bridge.formatNumber.bind(this.bridge);
    const header = layout.header;
    fitText(this.dayText, t('canvas.day', { day: Math.min(RUN_DAYS, cultureDay(culture)) }), header.width, this.fontPx(34), header.height * 0.6);
    this.dayText.setPosition(header.x, header.y);
    const values: Record<GaugeId, string> = {
      pH: format(culture.pH, 2),
      oxygen: this.bridge.formatUnit(culture.dissolvedOxygen, 'percent', 0),
      temperature: this.bridge.formatUnit(culture.temperature, 'celsius', 1),
    };
    GAUGE_IDS.forEach((id, index) => {
      const parts = this.gauges.get(id);
      const area = layout.gauges[index];
      if (!parts?.geometry || !area) return;
      fitText(parts.value, values[id], area.width * 0.9, this.fontPx(30));
      parts.value.setPosition(parts.geometry.centreX, parts.geometry.valueY);
    });
    const temperatureLabel = t(snapshot.temperatureSetpoint === TEMPERATURE_STANDARD ? 'controls.coolDown' : 'controls.warmUp');
    fitText(this.temperatureText, temperatureLabel, temperaturePill.width - 20 * layout.unit, this.fontPx(22), temperaturePill.height - 8);
    this.temperatureText.setPosition(temperaturePill.x + temperaturePill.width / 2, temperaturePill.y + temperaturePill.height / 2);

    const foamLevel = snapshot.incident?.foamLevel ?? 0;
    this.foamText.setVisible(foamLevel > 0.25);
    if (foamLevel > 0.25) {
      fitText(this.foamText, t('canvas.foam'), vessel.inner.width * 0.8, this.fontPx(28));
      this.foamText.setPosition(vessel.inner.x + vessel.inner.width / 2, vessel.inner.y + vessel.inner.height * 0.22);
    }
    const harvested = snapshot.harvestHour !== null;
    this.bannerText.setVisible(harvested);
    if (harvested) {
      fitText(this.bannerText, t('canvas.harvested'), vessel.body.width * 1.1, this.fontPx(40));
      this.bannerText.setPosition(vessel.body.x + vessel.body.width / 2, vessel.body.y + vessel.body.height * 0.45);
    }
  }

  private drawChart(snapshot: BioreactorSnapshot): void {
    const { layout, chart } = this;
    if (!layout || !chart) return;
    this.drawnHistoryLength = snapshot.history.length;
    paintChartData(this.chartLayer.clear(), chart, snapshot.history, layout.unit);
  }
}
