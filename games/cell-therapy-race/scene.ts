// The Phaser 4 scene of Cell Therapy Race. It only draws the model: a header with the day, the cleanroom suites and
// the QC slots, one timeline row per patient (coloured bars for each manufacturing step, today's line, a flag at the
// best real vein-to-vein median) and a legend. A tap on a row forwards that patient's main action, the same one as
// the row's DOM button. Everything it creates belongs to the scene and goes with game.destroy(true); the one scale
// listener it adds is removed on shutdown.

import * as Phaser from 'phaser';
import { REAL_MEDIANS, STEPS_PER_DAY } from './constants';
import { patientName, patientStatus } from './describer';
import { fitText, makeText, wrapAt } from '../sdk/canvasText';
import { computeLayout, timelineDays, type Rect, type TimelineLayout } from './layout';
import { currentDay, type CellTherapySnapshot, type TimelineBar } from './model';
import { strokeRoundedBox } from '../kit/roundedBox';

/** What the scene needs from the game around it; mount.ts provides it. */
export interface CellTherapySceneBridge {
  snapshot(): CellTherapySnapshot;
  /** Real time passed since the last frame; the bridge advances the run clock and the model. */
  tick(deltaMs: number): void;
  /** The patient's row was tapped: do their main action. */
  primary(patient: number): void;
  needsPlayer(patient: number): boolean;
  t(key: string, options?: Record<string, unknown>): string;
  reducedMotion(): boolean;
  textScale(): number;
}

/** Colour-blind-safe (Okabe-Ito) colours per step; the legend names them and bars also carry a letter pattern. */
export const STEP_COLOURS: Readonly<Record<TimelineBar['step'], number>> = {
  collection: 0x56b4e9,
  activation: 0xf0e442,
  geneTransfer: 0xcc79a7,
  expansion: 0x009e73,
  qc: 0xe69f00,
  shipping: 0x0072b2,
  infusion: 0xffffff,
  waiting: 0x5b6f84,
};
const LEGEND_STEPS: readonly TimelineBar['step'][] = ['collection', 'activation', 'geneTransfer', 'expansion', 'qc', 'shipping', 'waiting'];
const TEXT = '#f5f8fb';
const MUTED = '#c3d1df';
const PANEL = 0x13263a;
const ROW = 0x1b3350;
const ROW_ACTIVE = 0x24507a;
const FOCUS = 0xf0e442;

interface RowTexts {
  readonly name: Phaser.GameObjects.Text;
  readonly status: Phaser.GameObjects.Text;
  readonly zone: Phaser.GameObjects.Zone;
}

export class CellTherapyScene extends Phaser.Scene {
  private graphics!: Phaser.GameObjects.Graphics;
  private dayText!: Phaser.GameObjects.Text;
  private suitesLabel!: Phaser.GameObjects.Text;
  private qcLabel!: Phaser.GameObjects.Text;
  private medianText!: Phaser.GameObjects.Text;
  private readonly boxTexts: Phaser.GameObjects.Text[] = [];
  private readonly legendTexts: Phaser.GameObjects.Text[] = [];
  private readonly tickTexts: Phaser.GameObjects.Text[] = [];
  private readonly rows: RowTexts[] = [];
  private layout: TimelineLayout | null = null;
  private pulse = 0;
  private lastDrawKey = '';

  constructor(private readonly bridge: CellTherapySceneBridge) {
    super({ key: 'cell-therapy-race' });
  }

  create(): void {
    const snapshot = this.bridge.snapshot();
    this.graphics = this.add.graphics();
    this.dayText = makeText(this, TEXT, true);
    this.suitesLabel = makeText(this, MUTED, true);
    this.qcLabel = makeText(this, MUTED, true);
    this.medianText = makeText(this, MUTED, false);
    for (let i = 0; i < snapshot.suites.length + snapshot.qcSlots.length; i++) this.boxTexts.push(makeText(this, '#0d1b2a', true).setOrigin(0.5));
    for (let i = 0; i < LEGEND_STEPS.length; i++) this.legendTexts.push(makeText(this, TEXT, false));
    // Day numbers every 10 days; the timeline never shows more than 90 days (MAX_RUN_DAYS).
    for (let i = 0; i < 9; i++) this.tickTexts.push(makeText(this, MUTED, false));
    snapshot.patients.forEach((patient) => {
      const zone = this.add.zone(0, 0, 1, 1).setOrigin(0).setInteractive({ useHandCursor: true });
      // Zone listeners go with the zones when the scene is destroyed.
      zone.on('pointerup', () => this.bridge.primary(patient.index));
      this.rows.push({ name: makeText(this, TEXT, true), status: makeText(this, MUTED, false), zone });
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.applyLayout(this.scale.width, this.scale.height);
  }

  override update(_time: number, delta: number): void {
    this.bridge.tick(delta);
    const snapshot = this.bridge.snapshot();
    const animate = !this.bridge.reducedMotion();
    if (animate) this.pulse = (this.pulse + Math.min(delta, 100) / 700) % (Math.PI * 2);
    const key = `${snapshot.step}|${snapshot.log.length}|${animate ? Math.round(this.pulse * 8) : 0}|${this.bridge.textScale()}|${this.bridge.t('title')}`;
    if (key === this.lastDrawKey) return;
    this.lastDrawKey = key;
    this.draw(snapshot, animate);
  }

  private onResize(gameSize: Phaser.Structs.Size): void {
    this.applyLayout(gameSize.width, gameSize.height);
  }

  private applyLayout(width: number, height: number): void {
    this.cameras.main.setSize(width, height);
    const snapshot = this.bridge.snapshot();
    this.layout = computeLayout(width, height, snapshot.patients.length, snapshot.suites.length, snapshot.qcSlots.length);
    this.layout.rows.forEach((row, index) => {
      const zone = this.rows[index]?.zone;
      if (!zone) return;
      zone.setPosition(row.row.x, row.row.y).setSize(row.row.width, row.row.height);
      zone.input?.hitArea.setTo(0, 0, row.row.width, row.row.height);
    });
    this.lastDrawKey = '';
  }

  private fontPx(base: number): number {
    return base * (this.layout?.unit ?? 1) * this.bridge.textScale();
  }

  private draw(snapshot: CellTherapySnapshot, animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
    const { unit } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const g = this.graphics.clear();
    const today = currentDay(snapshot);
    const days = timelineDays(snapshot.step / STEPS_PER_DAY);

    // Header: day, then the suites and QC slots with the number of the patient inside.
    const header = layout.header;
    g.fillStyle(PANEL, 1).fillRoundedRect(header.x, header.y, header.width, header.height, 12 * unit);
    const firstBox = layout.suiteBoxes[0] ?? layout.qcBoxes[0];
    const leftWidth = (firstBox?.x ?? header.x + header.width) - header.x - 16 * unit;
    fitText(this.dayText, t('canvas.day', { day: today }), leftWidth, this.fontPx(40), header.height * 0.8);
    this.dayText.setPosition(header.x + 16 * unit, header.y + (header.height - this.dayText.height) / 2);
    const labelFor = (boxes: readonly Rect[], text: Phaser.GameObjects.Text, value: string): void => {
      const first = boxes[0];
      const last = boxes[boxes.length - 1];
      if (!first || !last) return;
      fitText(text, value, last.x + last.width - first.x, this.fontPx(20), first.y - header.y - 4);
      text.setPosition(first.x, first.y - text.height - 2 * unit);
    };
    labelFor(layout.suiteBoxes, this.suitesLabel, t('canvas.suites'));
    labelFor(layout.qcBoxes, this.qcLabel, t('canvas.qc'));
    const boxes = [...layout.suiteBoxes.map((box, i) => [box, snapshot.suites[i] ?? null] as const), ...layout.qcBoxes.map((box, i) => [box, snapshot.qcSlots[i] ?? null] as const)];
    boxes.forEach(([box, occupant], i) => {
      const busy = occupant !== null;
      g.fillStyle(busy ? (i < layout.suiteBoxes.length ? STEP_COLOURS.expansion : STEP_COLOURS.qc) : 0x0d1b2a, 1).fillRoundedRect(box.x, box.y, box.width, box.height, 8 * unit);
      strokeRoundedBox(g.lineStyle(Math.max(1, 2 * unit), 0xc3d1df, 1), box.x, box.y, box.width, box.height, 8 * unit);
      const text = this.boxTexts[i];
      if (!text) return;
      text.setColor(busy ? '#0d1b2a' : MUTED);
      fitText(text, busy ? t('canvas.boxPatient', { number: occupant + 1 }) : t('canvas.free'), box.width - 8, this.fontPx(22), box.height - 4);
      text.setPosition(box.x + box.width / 2, box.y + box.height / 2);
    });

    // Rows: label column and the timeline track.
    snapshot.patients.forEach((patient, index) => {
      const row = layout.rows[index];
      const texts = this.rows[index];
      if (!row || !texts) return;
      const needs = this.bridge.needsPlayer(index);
      g.fillStyle(needs ? ROW_ACTIVE : ROW, 1).fillRoundedRect(row.row.x, row.row.y, row.row.width, row.row.height, 10 * unit);
      if (needs) {
        const alpha = animate ? 0.55 + 0.45 * Math.sin(this.pulse) : 1;
        strokeRoundedBox(g.lineStyle(Math.max(2, 4 * unit), FOCUS, alpha), row.row.x, row.row.y, row.row.width, row.row.height, 10 * unit);
      }
      const label = row.label;
      const inset = 12 * unit;
      fitText(texts.name, `${patientName(patient, t)} · ${patient.code}`, label.width - 2 * inset, this.fontPx(24), label.height * 0.45);
      texts.name.setPosition(label.x + inset, label.y + label.height * 0.08);
      wrapAt(texts.status, label.width - 2 * inset);
      // At reception the bag's label is shown under the patient's code: checking them is the player's job. It comes
      // first, so a status too long for a narrow row loses the end of the sentence, never the label.
      const status = patientStatus(patient, snapshot, t);
      const statusLine = patient.stage === 'reception' ? `${t('controls.bagLabel', { label: patient.bagLabel })} ${status}` : status;
      fitText(texts.status, statusLine, label.width - 2 * inset, this.fontPx(19), label.height * 0.45);
      texts.status.setPosition(label.x + inset, label.y + label.height * 0.52);

      const track = row.track;
      const xFor = (step: number): number => track.x + Math.min(1, step / STEPS_PER_DAY / days) * track.width;
      const barY = track.y + track.height * 0.28;
      const barH = track.height * 0.44;
      g.fillStyle(0x0d1b2a, 1).fillRect(track.x, barY, track.width, barH);
      // A faint line every 10 days, numbered in the day scale above the rows, so the days can be read off the timeline.
      for (let day = 10; day < days; day += 10) {
        const x = xFor(day * STEPS_PER_DAY);
        g.lineStyle(Math.max(1, unit), 0x3c5a7a, 1).lineBetween(x, barY, x, barY + barH);
      }
      for (const bar of patient.timeline) {
        const from = xFor(bar.from);
        const to = bar.step === 'infusion' ? from + Math.max(6, 8 * unit) : xFor(bar.to ?? snapshot.step);
        g.fillStyle(STEP_COLOURS[bar.step], 1).fillRect(from, barY, Math.max(2, to - from), barH);
      }
      if (patient.infusedAt !== null) {
        // A star where the patient got their cells back.
        g.fillStyle(0xffffff, 1).fillCircle(xFor(patient.infusedAt), track.y + track.height / 2, Math.max(5, 9 * unit));
      }
      // The flag at the best real median (US axi-cel, 27 days after this patient's first collection).
      const flagX = xFor(patient.firstCollectionAt + REAL_MEDIANS.axiCelUs * STEPS_PER_DAY);
      g.lineStyle(Math.max(2, 3 * unit), 0xd55e00, 1).lineBetween(flagX, track.y + 4 * unit, flagX, track.y + track.height - 4 * unit);
      g.fillStyle(0xd55e00, 1).fillTriangle(flagX, track.y + 4 * unit, flagX + 14 * unit, track.y + 10 * unit, flagX, track.y + 16 * unit);
    });

    // Day numbers in their band above the rows, centred on the faint day lines below them.
    const scale = layout.dayScale;
    this.tickTexts.forEach((text, i) => {
      const day = (i + 1) * 10;
      text.setVisible(day < days);
      if (day >= days) return;
      fitText(text, t('canvas.dayTick', { day }), 80 * unit, this.fontPx(17), scale.height);
      text.setPosition(scale.x + (day / days) * scale.width - text.width / 2, scale.y + (scale.height - text.height) / 2);
    });

    // Today's line across all tracks.
    const firstTrack = layout.rows[0]?.track;
    const lastTrack = layout.rows[layout.rows.length - 1]?.track;
    if (firstTrack && lastTrack) {
      const x = firstTrack.x + Math.min(1, snapshot.step / STEPS_PER_DAY / days) * firstTrack.width;
      g.lineStyle(Math.max(2, 3 * unit), 0xffffff, 0.9).lineBetween(x, firstTrack.y, x, lastTrack.y + lastTrack.height);
    }

    // Legend: a swatch and a name per step, then the flag meaning.
    const legend = layout.legend;
    const slot = legend.width / (LEGEND_STEPS.length + 1.6);
    const swatch = Math.min(24 * unit, legend.height * 0.6);
    LEGEND_STEPS.forEach((step, i) => {
      const x = legend.x + i * slot;
      g.fillStyle(STEP_COLOURS[step], 1).fillRect(x, legend.y + (legend.height - swatch) / 2, swatch, swatch);
      const text = this.legendTexts[i];
      if (!text) return;
      fitText(text, t(`steps.${step}`), slot - swatch - 10 * unit, this.fontPx(17), legend.height);
      text.setPosition(x + swatch + 5 * unit, legend.y + (legend.height - text.height) / 2);
    });
    const flagX = legend.x + LEGEND_STEPS.length * slot;
    g.fillStyle(0xd55e00, 1).fillTriangle(flagX, legend.y + legend.height * 0.2, flagX + 16 * unit, legend.y + legend.height / 2, flagX, legend.y + legend.height * 0.8);
    fitText(this.medianText, t('canvas.medianFlag', { days: REAL_MEDIANS.axiCelUs }), legend.x + legend.width - flagX - 22 * unit, this.fontPx(17), legend.height);
    this.medianText.setPosition(flagX + 20 * unit, legend.y + (legend.height - this.medianText.height) / 2);
  }
}
