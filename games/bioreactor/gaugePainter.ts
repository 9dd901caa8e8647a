// Draws one dial gauge (pH, dissolved oxygen or temperature): a half-circle scale with the good band in green and a
// needle. The labels are Text objects owned by the scene; this file only paints Graphics.

import type * as Phaser from 'phaser';
import type { Rect } from './sceneLayout';

export interface GaugeSpec {
  readonly min: number;
  readonly max: number;
  /** The band where the culture is happy (drawn green). */
  readonly goodLow: number;
  readonly goodHigh: number;
}

export interface GaugeGeometry {
  readonly centreX: number;
  readonly centreY: number;
  readonly radius: number;
  /** Top of the label above the dial and top of the value text below it. */
  readonly labelY: number;
  readonly valueY: number;
}

export const GAUGE_COLOURS = {
  face: 0x13263a,
  rim: 0x3c5a7a,
  scale: 0x5b7590,
  good: 0x009e73,
  needle: 0xf0e442,
  warning: 0xff9a66,
} as const;

export function gaugeGeometry(area: Rect, unit: number): GaugeGeometry {
  const labelSpace = 34 * unit;
  // The round face is about 2.3 radii tall: it must fit under the label without touching what lies below the cell.
  const radius = Math.max(10, Math.min(area.width * 0.38, (area.height - labelSpace) / 2.35));
  const centreX = area.x + area.width / 2;
  const centreY = area.y + labelSpace + radius * 1.15;
  return { centreX, centreY, radius, labelY: area.y, valueY: centreY + 8 * unit };
}

const angleFor = (spec: GaugeSpec, value: number): number => {
  const fraction = Math.min(1, Math.max(0, (value - spec.min) / (spec.max - spec.min)));
  return Math.PI + fraction * Math.PI;
};

/** The dial face, drawn once per layout. */
export function paintGaugeFace(graphics: Phaser.GameObjects.Graphics, geometry: GaugeGeometry, spec: GaugeSpec, unit: number): void {
  const { centreX, centreY, radius } = geometry;
  const thickness = Math.max(6, radius * 0.16);
  graphics.fillStyle(GAUGE_COLOURS.face, 1);
  graphics.fillCircle(centreX, centreY, radius + thickness * 0.5);
  graphics.lineStyle(thickness, GAUGE_COLOURS.scale, 1);
  graphics.beginPath();
  graphics.arc(centreX, centreY, radius - thickness / 2, Math.PI, 2 * Math.PI);
  graphics.strokePath();
  graphics.lineStyle(thickness, GAUGE_COLOURS.good, 1);
  graphics.beginPath();
  graphics.arc(centreX, centreY, radius - thickness / 2, angleFor(spec, spec.goodLow), angleFor(spec, spec.goodHigh));
  graphics.strokePath();
  graphics.lineStyle(Math.max(1, 2 * unit), GAUGE_COLOURS.rim, 1);
  graphics.strokeCircle(centreX, centreY, radius + thickness * 0.5);
}

/** The needle, redrawn every frame. */
export function paintGaugeNeedle(graphics: Phaser.GameObjects.Graphics, geometry: GaugeGeometry, spec: GaugeSpec, value: number, unit: number): void {
  const { centreX, centreY, radius } = geometry;
  const angle = angleFor(spec, value);
  const inBand = value >= spec.goodLow && value <= spec.goodHigh;
  graphics.lineStyle(Math.max(2, 5 * unit), inBand ? GAUGE_COLOURS.needle : GAUGE_COLOURS.warning, 1);
  graphics.lineBetween(centreX, centreY, centreX + Math.cos(angle) * radius * 0.85, centreY + Math.sin(angle) * radius * 0.85);
  graphics.fillStyle(inBand ? GAUGE_COLOURS.needle : GAUGE_COLOURS.warning, 1);
  graphics.fillCircle(centreX, centreY, Math.max(3, 8 * unit));
}
