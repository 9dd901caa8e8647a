// Draws the stylised stainless-steel bioreactor: body, headplate, motor and feed port (static, once per layout) and
// the culture itself (every frame): liquid coloured by pH and cell density, foam, rising air bubbles, the impeller.

import type * as Phaser from 'phaser';
import { mixColours } from './cultureColour';
import type { Rect } from './sceneLayout';
import { strokeRoundedBox } from '../kit/roundedBox';

export const VESSEL_COLOURS = {
  steel: 0xb8c7d6,
  steelDark: 0x7f93a8,
  outline: 0xf5f8fb,
  glass: 0x0d1b2a,
  foam: 0xf5f8fb,
  bubble: 0xffffff,
  shaft: 0x5b6f84,
  blade: 0xe6edf4,
  jacketWarm: 0xe69f00,
  jacketCool: 0x56b4e9,
  pill: 0x24405e,
  pillEdge: 0xe69f00,
} as const;

export interface VesselGeometry {
  readonly body: Rect;
  /** The inside of the vessel, where the liquid is. */
  readonly inner: Rect;
  readonly motor: Rect;
  /** Tappable "Feed" button on the feed port (at least 48 px high). */
  readonly feedPill: Rect;
}

export function vesselGeometry(area: Rect, unit: number): VesselGeometry {
  const pillHeight = Math.max(48, 56 * unit);
  const top = area.y + pillHeight + 12 * unit;
  const bodyHeight = Math.max(40, area.y + area.height - top - 8 * unit);
  const bodyWidth = Math.min(area.width * 0.7, bodyHeight * 0.72);
  const body: Rect = { x: area.x + (area.width - bodyWidth) / 2, y: top + bodyHeight * 0.06, width: bodyWidth, height: bodyHeight * 0.94 };
  const wall = Math.max(4, bodyWidth * 0.045);
  const inner: Rect = { x: body.x + wall, y: body.y + wall, width: body.width - 2 * wall, height: body.height - 2 * wall };
  const motor: Rect = { x: body.x + body.width * 0.41, y: top - bodyHeight * 0.03, width: body.width * 0.18, height: bodyHeight * 0.09 };
  const pillWidth = Math.max(bodyWidth * 0.42, 110 * unit);
  const feedPill: Rect = { x: Math.max(area.x, body.x - pillWidth * 0.25), y: area.y, width: pillWidth, height: pillHeight };
  return { body, inner, motor, feedPill };
}

export function paintVesselBody(graphics: Phaser.GameObjects.Graphics, geometry: VesselGeometry, unit: number): void {
  const { body, inner, motor, feedPill } = geometry;
  const radius = body.width * 0.18;
  // Feed line from the pill into the headplate.
  graphics.lineStyle(Math.max(4, 10 * unit), VESSEL_COLOURS.steelDark, 1);
  const portX = body.x + body.width * 0.2;
  graphics.lineBetween(feedPill.x + feedPill.width / 2, feedPill.y + feedPill.height, feedPill.x + feedPill.width / 2, feedPill.y + feedPill.height + 6 * unit);
  graphics.lineBetween(feedPill.x + feedPill.width / 2, feedPill.y + feedPill.height + 6 * unit, portX, body.y + 4 * unit);
  graphics.fillStyle(VESSEL_COLOURS.steel, 1);
  graphics.fillRoundedRect(body.x, body.y, body.width, body.height, radius);
  graphics.fillStyle(VESSEL_COLOURS.glass, 1);
  graphics.fillRoundedRect(inner.x, inner.y, inner.width, inner.height, Math.max(2, radius * 0.8));
  graphics.lineStyle(Math.max(2, 3 * unit), VESSEL_COLOURS.outline, 1);
  strokeRoundedBox(graphics, body.x, body.y, body.width, body.height, radius);
  // Motor on the headplate.
  graphics.fillStyle(VESSEL_COLOURS.steelDark, 1);
  graphics.fillRoundedRect(motor.x, motor.y, motor.width, motor.height, 6 * unit);
  graphics.lineStyle(Math.max(1, 2 * unit), VESSEL_COLOURS.outline, 1);
  strokeRoundedBox(graphics, motor.x, motor.y, motor.width, motor.height, 6 * unit);
}

/** A tappable pill drawn on the canvas (its label is a Text object placed by the scene). */
export function paintPill(graphics: Phaser.GameObjects.Graphics, pill: Rect, unit: number, enabled: boolean): void {
  graphics.fillStyle(VESSEL_COLOURS.pill, enabled ? 1 : 0.5);
  graphics.fillRoundedRect(pill.x, pill.y, pill.width, pill.height, pill.height / 2);
  graphics.lineStyle(Math.max(2, 3 * unit), VESSEL_COLOURS.pillEdge, enabled ? 1 : 0.35);
  strokeRoundedBox(graphics, pill.x, pill.y, pill.width, pill.height, pill.height / 2);
}

export interface CultureLook {
  readonly liquidColour: number;
  /** Liquid height as a fraction of the inner vessel (rises a little with each feed). */
  readonly fillFraction: number;
  readonly foamLevel: number;
  /** 0 at 37 C, 1 at 33 C: the jacket glows warm or cool. */
  readonly coolness: number;
  readonly impellerAngle: number;
}

export function paintCulture(graphics: Phaser.GameObjects.Graphics, geometry: VesselGeometry, look: CultureLook, bubbles: BubbleField, unit: number): void {
  const { inner, body, motor } = geometry;
  const liquidTop = inner.y + inner.height * (1 - look.fillFraction);
  const liquidHeight = inner.y + inner.height - liquidTop;
  // Jacket band: warm orange at 37 C, cool blue at 33 C.
  graphics.lineStyle(Math.max(3, 8 * unit), mixColours(VESSEL_COLOURS.jacketWarm, VESSEL_COLOURS.jacketCool, look.coolness), 0.9);
  graphics.lineBetween(body.x - 6 * unit, liquidTop + liquidHeight * 0.15, body.x - 6 * unit, body.y + body.height * 0.9);
  graphics.lineBetween(body.x + body.width + 6 * unit, liquidTop + liquidHeight * 0.15, body.x + body.width + 6 * unit, body.y + body.height * 0.9);

  graphics.fillStyle(look.liquidColour, 1);
  graphics.fillRoundedRect(inner.x, liquidTop, inner.width, liquidHeight, { tl: 0, tr: 0, bl: inner.width * 0.16, br: inner.width * 0.16 });

  if (look.foamLevel > 0) {
    const headspace = liquidTop - inner.y;
    const foamHeight = headspace * Math.min(1, look.foamLevel);
    graphics.fillStyle(VESSEL_COLOURS.foam, 0.9);
    graphics.fillRect(inner.x, liquidTop - foamHeight, inner.width, foamHeight);
    const bumps = 7;
    for (let i = 0; i < bumps; i++) {
      graphics.fillCircle(inner.x + ((i + 0.5) / bumps) * inner.width, liquidTop - foamHeight, inner.width / bumps / 2);
    }
  }

  graphics.fillStyle(VESSEL_COLOURS.bubble, 0.75);
  for (const bubble of bubbles.visible()) {
    graphics.fillCircle(inner.x + bubble.x * inner.width, liquidTop + bubble.y * liquidHeight, bubble.radius * unit);
  }

  // Shaft and a two-blade impeller seen from the side: blade widths follow cos(angle) to suggest rotation.
  const shaftX = motor.x + motor.width / 2;
  const impellerY = inner.y + inner.height * 0.8;
  graphics.fillStyle(VESSEL_COLOURS.shaft, 1);
  graphics.fillRect(shaftX - 3 * unit, motor.y + motor.height, 6 * unit, impellerY - motor.y - motor.height);
  const reach = inner.width * 0.26;
  const front = Math.cos(look.impellerAngle) * reach;
  const back = Math.sin(look.impellerAngle) * reach;
  const bladeHeight = Math.max(6, 14 * unit);
  graphics.fillStyle(VESSEL_COLOURS.blade, 1);
  graphics.fillEllipse(shaftX + front / 2, impellerY, Math.abs(front) + bladeHeight, bladeHeight);
  graphics.fillStyle(VESSEL_COLOURS.blade, 0.6);
  graphics.fillEllipse(shaftX + back / 2, impellerY, Math.abs(back) + bladeHeight, bladeHeight * 0.8);
}

interface Bubble {
  x: number;
  y: number;
  speed: number;
  radius: number;
}

/** Air bubbles rising from the sparger; more of them at higher aeration. Positions are fractions of the liquid. */
export class BubbleField {
  private readonly bubbles: Bubble[] = [];
  private activeCount = 0;
  // A tiny local generator: the look repeats from run to run (screenshots) and never touches the model's Random.
  private seed = 12345;

  constructor(private readonly capacity: number) {
    for (let i = 0; i < capacity; i++) this.bubbles.push(this.spawn(this.nextRandom()));
  }

  setActiveCount(count: number): void {
    this.activeCount = Math.max(0, Math.min(this.capacity, Math.round(count)));
  }

  update(deltaMs: number): void {
    const seconds = Math.min(deltaMs, 100) / 1000;
    for (let i = 0; i < this.activeCount; i++) {
      const bubble = this.bubbles[i];
      if (!bubble) continue;
      bubble.y -= bubble.speed * seconds;
      if (bubble.y < 0) Object.assign(bubble, this.spawn(1));
    }
  }

  visible(): readonly Bubble[] {
    return this.bubbles.slice(0, this.activeCount);
  }

  private spawn(y: number): Bubble {
    return { x: 0.3 + this.nextRandom() * 0.4 + (this.nextRandom() - 0.5) * 0.4, y, speed: 0.18 + this.nextRandom() * 0.25, radius: 2 + this.nextRandom() * 4 };
  }

  private nextRandom(): number {
    this.seed = (Math.imul(this.seed, 1664525) + 1013904223) >>> 0;
    return this.seed / 4294967296;
  }
}
