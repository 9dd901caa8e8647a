// Horizontal gauges drawn from the model: a track, a good band, a limit line, the value now and the value after the
// step (a hollow marker), so the trade-off of a choice shows before the player runs it. Pure drawing helpers.

import type * as Phaser from 'phaser';
import type { Rect } from './sceneLayout';

export interface GaugeSpec {
  readonly min: number;
  readonly max: number;
  /** Log scale (host-cell protein spans 1 to 10,000 ppm). */
  readonly log?: boolean;
  /** Range shaded as good. */
  readonly good?: readonly [number, number];
  /** A release limit or target drawn as a line. */
  readonly limit?: number;
}

export const GAUGE_COLOURS = {
  track: 0x24405e,
  good: 0x009e73,
  value: 0x56b4e9,
  preview: 0xf0e442,
  limit: 0xff9a66,
} as const;

/** Position of a value along the track, 0..1. */
export function gaugeFraction(spec: GaugeSpec, value: number): number {
  const map = (v: number): number => (spec.log ? Math.log10(Math.max(spec.min, v)) : v);
  const low = map(spec.min);
  const high = map(spec.max);
  const fraction = (map(value) - low) / (high - low);
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
}

export function paintGauge(g: Phaser.GameObjects.Graphics, track: Rect, spec: GaugeSpec, value: number, preview: number | null, unit: number): void {
  const radius = track.height / 2;
  g.fillStyle(GAUGE_COLOURS.track, 1).fillRoundedRect(track.x, track.y, track.width, track.height, radius);
  if (spec.good) {
    const a = track.x + track.width * gaugeFraction(spec, spec.good[0]);
    const b = track.x + track.width * gaugeFraction(spec, spec.good[1]);
    g.fillStyle(GAUGE_COLOURS.good, 0.55).fillRect(a, track.y, Math.max(2, b - a), track.height);
  }
  const valueX = track.x + track.width * gaugeFraction(spec, value);
  g.fillStyle(GAUGE_COLOURS.value, 1).fillRoundedRect(track.x, track.y + track.height * 0.2, Math.max(track.height * 0.6, valueX - track.x), track.height * 0.6, track.height * 0.3);
  if (spec.limit !== undefined) {
    const limitX = track.x + track.width * gaugeFraction(spec, spec.limit);
    g.lineStyle(Math.max(2, 4 * unit), GAUGE_COLOURS.limit, 1).lineBetween(limitX, track.y - 6 * unit, limitX, track.y + track.height + 6 * unit);
  }
  if (preview !== null && Math.abs(preview - value) > 1e-9) {
    const previewX = track.x + track.width * gaugeFraction(spec, preview);
    g.lineStyle(Math.max(2, 4 * unit), GAUGE_COLOURS.preview, 1).strokeCircle(previewX, track.y + track.height / 2, track.height * 0.7);
  }
}
