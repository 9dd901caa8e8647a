// The Phaser 4 scene of Start-up Launchpad. It only draws the model: the year and the company in a header, the road
// from the lab through Phase I, II, III and the filing to the patients (each phase with its real odds out of 100 and
// a tick or a cross once it is decided), the runway (money left against what the next phase costs), who owns the
// company, and the team. No input: every choice is a button in the panel. Everything belongs to the scene and goes
// with game.destroy(true); the one scale listener it adds is removed on shutdown.

import * as Phaser from 'phaser';
import { fitText, fitWrappedText, makeText } from '../sdk/canvasText';
import { strokeRoundedBox } from '../kit/roundedBox';
import type { SceneServices } from '../kit/sceneServices';
import { PHASE_YEARS, PHASES } from './constants';
import { outOf100 } from './describer';
import { computeLayout, type LaunchpadLayout, type Rect } from './layout';
import type { LaunchpadSnapshot } from './model';

export interface LaunchpadSceneBridge extends SceneServices {
  snapshot(): LaunchpadSnapshot;
}

const TEXT = '#f5f8fb';
const PANEL = 0x13263a;
const ROW = 0x1b3350;
const CURRENT = 0x24507a;
const FOCUS = 0xf0e442;
/** Okabe-Ito colours: passed (bluish green), failed (vermillion), money (sky blue), investors (orange), partner (reddish purple). */
const PASSED = 0x009e73;
const FAILED = 0xd55e00;
const MONEY = 0x56b4e9;
const INVESTORS = 0xe69f00;
const FOUNDERS = 0x0072b2;

export class LaunchpadScene extends Phaser.Scene {
  private graphics!: Phaser.GameObjects.Graphics;
  private title!: Phaser.GameObjects.Text;
  private year!: Phaser.GameObjects.Text;
  private readonly stationNames: Phaser.GameObjects.Text[] = [];
  private readonly stationOdds: Phaser.GameObjects.Text[] = [];
  private readonly stationMarks: Phaser.GameObjects.Text[] = [];
  private runwayLabel!: Phaser.GameObjects.Text;
  private ownershipLabel!: Phaser.GameObjects.Text;
  private teamLabel!: Phaser.GameObjects.Text;
  private layout: LaunchpadLayout | null = null;
  private lastDrawKey = '';
  private pulse = 0;

  constructor(private readonly bridge: LaunchpadSceneBridge) {
    super({ key: 'startup-launchpad' });
  }

  create(): void {
    this.graphics = this.add.graphics();
    this.title = makeText(this, TEXT, true);
    this.year = makeText(this, TEXT, true);
    for (let i = 0; i < 6; i++) {
      this.stationNames.push(makeText(this, TEXT, true).setOrigin(0.5, 0).setAlign('center'));
      this.stationOdds.push(makeText(this, TEXT, false).setOrigin(0.5, 0));
      this.stationMarks.push(makeText(this, TEXT, true).setOrigin(0.5, 0.5));
    }
    this.runwayLabel = makeText(this, TEXT, false);
    this.ownershipLabel = makeText(this, TEXT, false);
    this.teamLabel = makeText(this, TEXT, false);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.onResize(this.scale.gameSize);
  }

  override update(_time: number, delta: number): void {
    const snapshot = this.bridge.snapshot();
    const animate = !this.bridge.reducedMotion();
    if (animate) this.pulse = (this.pulse + Math.min(delta, 100) / 700) % (Math.PI * 2);
    const key = `${snapshot.news.length}|${snapshot.card}|${animate ? Math.round(this.pulse * 8) : 0}|${this.bridge.textScale()}|${this.bridge.t('title')}`;
    if (key === this.lastDrawKey) return;
    this.lastDrawKey = key;
    this.draw(snapshot, animate);
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.cameras.main.setSize(size.width, size.height);
    this.layout = computeLayout(size.width, size.height);
    this.lastDrawKey = '';
  }

  private font(base: number): number {
    return base * (this.layout?.unit ?? 1) * this.bridge.textScale();
  }

  private draw(snapshot: LaunchpadSnapshot, animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
    const { t, formatNumber } = this.bridge;
    const { unit } = layout;
    const g = this.graphics.clear();

    const header = layout.header;
    g.fillStyle(PANEL, 1).fillRoundedRect(header.x, header.y, header.width, header.height, 12 * unit);
    fitText(this.year, t('canvas.year', { year: formatNumber(snapshot.years, 1) }), header.width * 0.3, this.font(34), header.height * 0.8);
    this.year.setPosition(header.x + header.width - this.year.width - 16 * unit, header.y + (header.height - this.year.height) / 2);
    fitText(this.title, t('canvas.company'), header.width * 0.62, this.font(30), header.height * 0.8);
    this.title.setPosition(header.x + 16 * unit, header.y + (header.height - this.title.height) / 2);

    // The road: lab, four phases, patients.
    const decided = new Map(snapshot.history.map((record) => [record.phase, record.passed]));
    const current = snapshot.finished ? null : (snapshot.phase ?? (snapshot.history.length === 0 ? 'phase1' : null));
    const names = [t('canvas.lab'), ...PHASES.map((phase) => t(`phases.${phase}`)), t('canvas.patients')];
    layout.stations.forEach((rect, i) => {
      const phase = i >= 1 && i <= 4 ? PHASES[i - 1] : null;
      const passed = phase ? decided.get(phase) : undefined;
      const reachedPatients = i === 5 && snapshot.endReason === 'approved';
      const fill = passed === true || reachedPatients || i === 0 ? PASSED : passed === false ? FAILED : phase === current ? CURRENT : ROW;
      g.fillStyle(fill, 1).fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 12 * unit);
      if (phase && phase === current) {
        const alpha = animate ? 0.55 + 0.45 * Math.sin(this.pulse) : 1;
        strokeRoundedBox(g.lineStyle(Math.max(2, 4 * unit), FOCUS, alpha), rect.x, rect.y, rect.width, rect.height, 12 * unit);
      }
      if (i < 5) {
        const arrowY = rect.y + rect.height / 2;
        const x = rect.x + rect.width + 1;
        g.fillStyle(0xc3d1df, 1).fillTriangle(x, arrowY - 6 * unit, x + 6 * unit, arrowY, x, arrowY + 6 * unit);
      }
      const name = this.stationNames[i];
      const odds = this.stationOdds[i];
      const mark = this.stationMarks[i];
      if (!name || !odds || !mark) return;
      fitWrappedText(name, names[i] ?? '', rect.width - 10 * unit, this.font(22), rect.height * 0.3);
      name.setPosition(rect.x + rect.width / 2, rect.y + 8 * unit);
      const oddsText = phase && snapshot.odds ? t('canvas.odds', { odds: outOf100(snapshot.odds[phase]) }) : phase ? t('canvas.oddsUnknown') : '';
      fitText(odds, oddsText, rect.width - 10 * unit, this.font(18), rect.height * 0.3);
      odds.setPosition(rect.x + rect.width / 2, rect.y + rect.height - odds.height - 8 * unit);
      // A tick or a cross once decided; before that, how many years the phase takes on average.
      const decidedMark = passed === true || reachedPatients || i === 0 ? '✓' : passed === false ? '✗' : '';
      const markText = decidedMark || (phase ? t('canvas.years', { years: formatNumber(PHASE_YEARS[phase], 1) }) : '');
      fitText(mark, markText, rect.width * 0.8, this.font(decidedMark ? 48 : 20), rect.height * 0.4);
      mark.setPosition(rect.x + rect.width / 2, rect.y + rect.height / 2);
    });

    // Runway: the money now, and the next phase's cost as a line on the same scale.
    const runway = layout.runway;
    const cost = snapshot.phaseCost ?? 0;
    const scaleMax = Math.max(cost, snapshot.cash, 1) * 1.15;
    const cash = formatNumber(snapshot.cash, 1);
    this.bar(runway, cost > 0 ? t('canvas.runway', { cash, cost: formatNumber(cost, 1) }) : t('canvas.runwayNoCost', { cash }), this.runwayLabel);
    const track = this.track(runway);
    g.fillStyle(0x0d1b2a, 1).fillRect(track.x, track.y, track.width, track.height);
    g.fillStyle(MONEY, 1).fillRect(track.x, track.y, (Math.max(0, snapshot.cash) / scaleMax) * track.width, track.height);
    if (cost > 0) {
      const x = track.x + (cost / scaleMax) * track.width;
      g.lineStyle(Math.max(2, 4 * unit), FOCUS, 1).lineBetween(x, track.y - 4 * unit, x, track.y + track.height + 4 * unit);
    }

    // Ownership: the founders' share, the investors' share.
    const ownership = layout.ownership;
    this.bar(ownership, t(snapshot.partnered ? 'canvas.ownershipPartner' : 'canvas.ownership', { share: formatNumber(snapshot.founderShare * 100, 0) }), this.ownershipLabel);
    const own = this.track(ownership);
    g.fillStyle(INVESTORS, 1).fillRect(own.x, own.y, own.width, own.height);
    g.fillStyle(FOUNDERS, 1).fillRect(own.x, own.y, snapshot.founderShare * own.width, own.height);

    // Team: one dot per person, the hires named.
    const team = layout.team;
    const hires = snapshot.team.map((hire) => t(`hires.${hire}`)).join(', ');
    this.bar(team, t('canvas.team', { people: snapshot.team.length + 2, hires: hires || t('canvas.noHires') }), this.teamLabel);
    const dots = this.track(team);
    const radius = Math.min(dots.height / 2, 14 * unit);
    for (let i = 0; i < snapshot.team.length + 2; i++) {
      g.fillStyle(i < 2 ? FOUNDERS : PASSED, 1).fillCircle(dots.x + radius + i * radius * 2.6, dots.y + dots.height / 2, radius);
    }
  }

  private bar(rect: Rect, label: string, text: Phaser.GameObjects.Text): void {
    fitText(text, label, rect.width, this.font(20), rect.height * 0.45);
    text.setPosition(rect.x, rect.y);
  }

  private track(rect: Rect): Rect {
    const top = rect.y + rect.height * 0.5;
    return { x: rect.x, y: top, width: rect.width, height: rect.height * 0.42 };
  }
}
