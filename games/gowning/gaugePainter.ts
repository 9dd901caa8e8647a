// The particle counter gauge: a vertical logarithmic bar (100 to 9,000,000 particles >= 0.5 um per m3) with coloured
// bands for the three counter states, the current reading and the two grade B limit lines (3,520 at rest, 352,000 in
// operation). Returns where the limit lines sit so the scene can put their labels beside them.

import type Phaser from 'phaser';
import type { Rect } from './layout';
import { PALETTE } from './palette';
import { GRADE_B_AT_REST_LIMIT, GRADE_B_IN_OPERATION_LIMIT, gaugeFraction, particleStatus } from './particles';

export interface GaugeGeometry {
  readonly bar: Rect;
  readonly atRestY: number;
  readonly inOperationY: number;
  /** Where the texts may go: the title above the bar, the labels right of it, the reading below. */
  readonly titleBox: Rect;
  readonly labelX: number;
  readonly labelWidth: number;
  readonly readingBox: Rect;
}

export const STATUS_COLOUR = { green: PALETTE.green, amber: PALETTE.amber, red: PALETTE.red } as const;

export function gaugeGeometry(area: Rect, fontSize: number): GaugeGeometry {
  const titleHeight = fontSize * 2.6;
  const readingHeight = fontSize * 3;
  const barWidth = Math.max(22, Math.min(area.width * 0.26, 56));
  const bar = {
    x: area.x + Math.max(18, area.width * 0.1),
    y: area.y + titleHeight + fontSize * 0.5,
    width: barWidth,
    height: Math.max(60, area.height - titleHeight - readingHeight - fontSize),
  };
  const yOf = (value: number): number => bar.y + bar.height * (1 - gaugeFraction(value));
  const labelX = bar.x + bar.width + 8;
  return {
    bar,
    atRestY: yOf(GRADE_B_AT_REST_LIMIT),
    inOperationY: yOf(GRADE_B_IN_OPERATION_LIMIT),
    titleBox: { x: area.x + 4, y: area.y, width: area.width - 8, height: titleHeight },
    labelX,
    labelWidth: Math.max(40, area.x + area.width - labelX - 4),
    readingBox: { x: area.x + 4, y: bar.y + bar.height + fontSize * 0.4, width: area.width - 8, height: readingHeight },
  };
}

export function paintGauge(g: Phaser.GameObjects.Graphics, area: Rect, geometry: GaugeGeometry, particles: number): void {
  const { bar } = geometry;
  g.fillStyle(PALETTE.surface, 1);
  g.fillRoundedRect(area.x, area.y, area.width, area.height, 12);
  // Bands: above the in-operation limit, between the limits, below the at-rest limit.
  g.fillStyle(PALETTE.red, 0.28);
  g.fillRect(bar.x, bar.y, bar.width, geometry.inOperationY - bar.y);
  g.fillStyle(PALETTE.amber, 0.28);
  g.fillRect(bar.x, geometry.inOperationY, bar.width, geometry.atRestY - geometry.inOperationY);
  g.fillStyle(PALETTE.green, 0.28);
  g.fillRect(bar.x, geometry.atRestY, bar.width, bar.y + bar.height - geometry.atRestY);
  const levelY = bar.y + bar.height * (1 - gaugeFraction(particles));
  g.fillStyle(STATUS_COLOUR[particleStatus(particles)], 1);
  g.fillRect(bar.x + 4, levelY, bar.width - 8, bar.y + bar.height - levelY);
  g.lineStyle(2, PALETTE.line, 1);
  g.strokeRect(bar.x, bar.y, bar.width, bar.height);
  g.lineStyle(3, 0xf5f8fb, 1);
  for (const y of [geometry.atRestY, geometry.inOperationY]) g.lineBetween(bar.x - 6, y, bar.x + bar.width + 6, y);
  // A pointer left of the bar at the current level, so the reading does not depend on colour alone.
  g.fillStyle(0xf5f8fb, 1);
  g.fillTriangle(bar.x - 2, levelY, bar.x - 13, levelY - 7, bar.x - 13, levelY + 7);
}
