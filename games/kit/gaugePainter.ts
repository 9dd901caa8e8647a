// The one gauge painter of the games: a reading on a scale, drawn as a dial (Bioreactor's pH, oxygen and temperature)
// or as a bar across or up (Purify's product quality, Gowning's particle counter). What differs between the games is
// a parameter: the shape, the scale (linear or logarithmic), the coloured bands, the limit lines, how the reading is
// shown (needle, filled bar, pointer, the hollow "after this step" marker). Only Graphics are painted here; the labels
// are the scenes' own Text objects.

import type * as Phaser from 'phaser';

export interface GaugeRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GaugeScale {
  readonly min: number;
  readonly max: number;
  /** Logarithmic (a quantity spanning decades: host-cell protein, particle counts). */
  readonly log?: boolean;
}

/** A stretch of the scale in one colour (the good band, a warning zone). */
export interface GaugeBand {
  readonly from: number;
  readonly to: number;
  readonly colour: number;
  readonly alpha?: number;
}

/** Position of a value along the scale, 0..1, clamped (a reading off the scale sits at its end). */
export function gaugeFraction(scale: GaugeScale, value: number): number {
  const map = (v: number): number => (scale.log ? Math.log10(Math.max(scale.min, v)) : v);
  const fraction = (map(value) - map(scale.min)) / (map(scale.max) - map(scale.min));
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
}

// Dials: a half circle from the left (min) over the top to the right (max).

export interface DialGeometry {
  readonly centreX: number;
  readonly centreY: number;
  readonly radius: number;
}

export interface DialLook {
  readonly face: number;
  readonly rim: number;
  /** The scale's arc; the bands are painted over it. */
  readonly track: number;
  readonly bands: readonly GaugeBand[];
}

const dialAngle = (scale: GaugeScale, value: number): number => Math.PI + gaugeFraction(scale, value) * Math.PI;

/** The dial's face, scale and bands: drawn once per layout. */
export function paintDialFace(g: Phaser.GameObjects.Graphics, dial: DialGeometry, scale: GaugeScale, look: DialLook, unit: number): void {
  const { centreX, centreY, radius } = dial;
  const thickness = Math.max(6, radius * 0.16);
  g.fillStyle(look.face, 1);
  g.fillCircle(centreX, centreY, radius + thickness * 0.5);
  const arc = (colour: number, alpha: number, from: number, to: number): void => {
    g.lineStyle(thickness, colour, alpha);
    g.beginPath();
    g.arc(centreX, centreY, radius - thickness / 2, from, to);
    g.strokePath();
  };
  arc(look.track, 1, Math.PI, 2 * Math.PI);
  for (const band of look.bands) arc(band.colour, band.alpha ?? 1, dialAngle(scale, band.from), dialAngle(scale, band.to));
  g.lineStyle(Math.max(1, 2 * unit), look.rim, 1);
  g.strokeCircle(centreX, centreY, radius + thickness * 0.5);
}

/** The needle and its hub, in the colour the game chooses for the reading (e.g. a warning colour off the band). */
export function paintDialNeedle(g: Phaser.GameObjects.Graphics, dial: DialGeometry, scale: GaugeScale, value: number, colour: number, unit: number): void {
  const { centreX, centreY, radius } = dial;
  const angle = dialAngle(scale, value);
  g.lineStyle(Math.max(2, 5 * unit), colour, 1);
  g.lineBetween(centreX, centreY, centreX + Math.cos(angle) * radius * 0.85, centreY + Math.sin(angle) * radius * 0.85);
  g.fillStyle(colour, 1);
  g.fillCircle(centreX, centreY, Math.max(3, 8 * unit));
}

// Bars: along a track, to the right (min on the left) or up (min at the bottom).

export interface BarGauge {
  readonly track: GaugeRect;
  readonly direction: 'right' | 'up';
  readonly scale: GaugeScale;
  /** The track under everything, with round ends when `rounded`. */
  readonly trackColour?: number;
  readonly rounded?: boolean;
  readonly bands?: readonly GaugeBand[];
  /** A frame around the track, drawn over the reading. */
  readonly outline?: { readonly colour: number; readonly width: number };
  /** Limit lines across the track, `overhang` beyond each side. */
  readonly limits?: readonly { readonly value: number; readonly colour: number; readonly width: number; readonly overhang: number }[];
}

export interface BarReading {
  readonly value: number;
  /** The filled part from the start of the scale to the reading: `inset` from each long side, at least `minLength`. */
  readonly fill: { readonly colour: number; readonly inset: number; readonly radius?: number; readonly minLength?: number };
  /** A triangle beside the track pointing at the reading (before the track: left of an upward bar, above a bar to the right). */
  readonly pointer?: { readonly colour: number; readonly gap: number; readonly length: number; readonly halfWidth: number };
  /** A hollow ring where the reading will be after the player's choice, when it differs from now. */
  readonly preview?: { readonly value: number; readonly colour: number; readonly lineWidth: number } | null;
}

/** Where a value sits along the bar, in pixels (x for a bar to the right, y for an upward bar). */
export function barPosition(gauge: BarGauge, value: number): number {
  const { track } = gauge;
  const fraction = gaugeFraction(gauge.scale, value);
  return gauge.direction === 'right' ? track.x + track.width * fraction : track.y + track.height * (1 - fraction);
}

export function paintBarGauge(g: Phaser.GameObjects.Graphics, gauge: BarGauge, reading: BarReading): void {
  const { track } = gauge;
  const across = gauge.direction === 'right' ? track.height : track.width;
  /** A rectangle between two values along the bar, `inset` from both long sides. */
  const span = (a: number, b: number, inset: number): GaugeRect => {
    const [p, q] = [barPosition(gauge, a), barPosition(gauge, b)];
    return gauge.direction === 'right'
      ? { x: Math.min(p, q), y: track.y + inset, width: Math.abs(q - p), height: track.height - 2 * inset }
      : { x: track.x + inset, y: Math.min(p, q), width: track.width - 2 * inset, height: Math.abs(q - p) };
  };
  if (gauge.trackColour !== undefined) {
    if (gauge.rounded) g.fillStyle(gauge.trackColour, 1).fillRoundedRect(track.x, track.y, track.width, track.height, across / 2);
    else g.fillStyle(gauge.trackColour, 1).fillRect(track.x, track.y, track.width, track.height);
  }
  for (const band of gauge.bands ?? []) {
    const r = span(band.from, band.to, 0);
    // A band is never thinner than 2 px along the bar, so a narrow good range still shows.
    if (gauge.direction === 'right') g.fillStyle(band.colour, band.alpha ?? 1).fillRect(r.x, r.y, Math.max(2, r.width), r.height);
    else g.fillStyle(band.colour, band.alpha ?? 1).fillRect(r.x, r.y, r.width, Math.max(2, r.height));
  }
  paintFill(g, gauge, reading, span(gauge.scale.min, reading.value, reading.fill.inset));
  if (gauge.outline) g.lineStyle(gauge.outline.width, gauge.outline.colour, 1).strokeRect(track.x, track.y, track.width, track.height);
  for (const limit of gauge.limits ?? []) {
    const at = barPosition(gauge, limit.value);
    g.lineStyle(limit.width, limit.colour, 1);
    if (gauge.direction === 'right') g.lineBetween(at, track.y - limit.overhang, at, track.y + track.height + limit.overhang);
    else g.lineBetween(track.x - limit.overhang, at, track.x + track.width + limit.overhang, at);
  }
  const at = barPosition(gauge, reading.value);
  if (reading.pointer) {
    const { colour, gap, length, halfWidth } = reading.pointer;
    g.fillStyle(colour, 1);
    if (gauge.direction === 'right') g.fillTriangle(at, track.y - gap, at - halfWidth, track.y - gap - length, at + halfWidth, track.y - gap - length);
    else g.fillTriangle(track.x - gap, at, track.x - gap - length, at - halfWidth, track.x - gap - length, at + halfWidth);
  }
  const preview = reading.preview;
  if (preview && Math.abs(preview.value - reading.value) > 1e-9) {
    const p = barPosition(gauge, preview.value);
    const [x, y] = gauge.direction === 'right' ? [p, track.y + track.height / 2] : [track.x + track.width / 2, p];
    g.lineStyle(preview.lineWidth, preview.colour, 1).strokeCircle(x, y, across * 0.7);
  }
}

/** The filled part of the bar, from the start of the scale: grows to the right, or up from the bottom. */
function paintFill(g: Phaser.GameObjects.Graphics, gauge: BarGauge, reading: BarReading, r: GaugeRect): void {
  const { colour, radius = 0, minLength = 0 } = reading.fill;
  const { track } = gauge;
  const rect =
    gauge.direction === 'right'
      ? { x: track.x, y: r.y, width: Math.max(minLength, r.width), height: r.height }
      : { x: r.x, y: Math.min(r.y, track.y + track.height - minLength), width: r.width, height: Math.max(minLength, r.height) };
  g.fillStyle(colour, 1);
  if (radius > 0) g.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, radius);
  else g.fillRect(rect.x, rect.y, rect.width, rect.height);
}
