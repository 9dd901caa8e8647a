// Draws the live run chart: viable cell density (solid blue line) and antibody titre (orange dots) against the
// 14 culture days. Two cues besides colour (line vs dots) so colour-blind players can tell them apart.

import type * as Phaser from 'phaser';
import { RUN_HOURS } from './constants';
import type { HistoryPoint } from './model';
import type { Rect } from './sceneLayout';

export const CHART_COLOURS = { panel: 0x13263a, grid: 0x3c5a7a, cells: 0x56b4e9, titre: 0xe69f00, now: 0xf5f8fb } as const;
/** Fixed axis tops so the chart never rescales mid-run: a little above the literature maxima. */
const CELLS_AXIS_MAX = 16e6;
const TITRE_AXIS_MAX = 6;

export interface ChartGeometry {
  readonly plot: Rect;
  readonly titleY: number;
  readonly legendY: number;
}

export function chartGeometry(area: Rect, unit: number): ChartGeometry {
  const titleSpace = 40 * unit;
  const legendSpace = 34 * unit;
  const inset = 14 * unit;
  return {
    titleY: area.y + 8 * unit,
    legendY: area.y + area.height - legendSpace + 4 * unit,
    plot: {
      x: area.x + inset,
      y: area.y + titleSpace,
      width: Math.max(10, area.width - 2 * inset),
      height: Math.max(10, area.height - titleSpace - legendSpace - 4 * unit),
    },
  };
}

export function paintChartFrame(graphics: Phaser.GameObjects.Graphics, area: Rect, geometry: ChartGeometry, unit: number): void {
  graphics.fillStyle(CHART_COLOURS.panel, 1);
  graphics.fillRoundedRect(area.x, area.y, area.width, area.height, 16 * unit);
  const { plot } = geometry;
  graphics.lineStyle(Math.max(1, unit), CHART_COLOURS.grid, 1);
  for (let day = 0; day <= 14; day += 2) {
    const x = plot.x + (day / 14) * plot.width;
    graphics.lineBetween(x, plot.y, x, plot.y + plot.height);
  }
  graphics.lineBetween(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
}

export function paintChartData(graphics: Phaser.GameObjects.Graphics, geometry: ChartGeometry, history: readonly HistoryPoint[], unit: number): void {
  const { plot } = geometry;
  const xFor = (hour: number): number => plot.x + (Math.min(hour, RUN_HOURS) / RUN_HOURS) * plot.width;
  const yFor = (value: number, max: number): number => plot.y + plot.height - Math.min(1, Math.max(0, value / max)) * plot.height;
  graphics.lineStyle(Math.max(2, 4 * unit), CHART_COLOURS.cells, 1);
  graphics.beginPath();
  history.forEach((point, index) => {
    const x = xFor(point.hour);
    const y = yFor(point.viableCellDensity, CELLS_AXIS_MAX);
    if (index === 0) graphics.moveTo(x, y);
    else graphics.lineTo(x, y);
  });
  graphics.strokePath();
  graphics.fillStyle(CHART_COLOURS.titre, 1);
  for (const point of history) {
    if (point.hour % 6 !== 0) continue;
    graphics.fillCircle(xFor(point.hour), yFor(point.titre, TITRE_AXIS_MAX), Math.max(2, 4 * unit));
  }
  const last = history[history.length - 1];
  if (last) {
    graphics.lineStyle(Math.max(1, 2 * unit), CHART_COLOURS.now, 0.6);
    graphics.lineBetween(xFor(last.hour), plot.y, xFor(last.hour), plot.y + plot.height);
  }
}
