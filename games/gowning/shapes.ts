// Small drawing helpers on top of Phaser's Graphics for the hand-drawn operator and shelf icons (no image files):
// thick limbs with round ends and a glove. Type-only Phaser import, so this file adds nothing to the initial bundle.

import type Phaser from 'phaser';

type Graphics = Phaser.GameObjects.Graphics;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A thick segment with rounded ends (an arm, a sleeve, a cuff). */
export function limb(g: Graphics, from: Point, to: Point, thickness: number, color: number, alpha = 1): void {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = (-dy / length) * (thickness / 2);
  const ny = (dx / length) * (thickness / 2);
  polygon(
    g,
    [
      { x: from.x + nx, y: from.y + ny },
      { x: to.x + nx, y: to.y + ny },
      { x: to.x - nx, y: to.y - ny },
      { x: from.x - nx, y: from.y - ny },
    ],
    color,
    alpha,
  );
  g.fillCircle(from.x, from.y, thickness / 2);
  g.fillCircle(to.x, to.y, thickness / 2);
}

function tracePath(g: Graphics, points: readonly Point[]): void {
  g.beginPath();
  points.forEach((point, index) => (index === 0 ? g.moveTo(point.x, point.y) : g.lineTo(point.x, point.y)));
  g.closePath();
}

export function polygon(g: Graphics, points: readonly Point[], color: number, alpha = 1): void {
  g.fillStyle(color, alpha);
  tracePath(g, points);
  g.fillPath();
}

export function outline(g: Graphics, points: readonly Point[], width: number, color: number, alpha = 1): void {
  g.lineStyle(width, color, alpha);
  tracePath(g, points);
  g.strokePath();
}

/** An upright glove icon centred on (cx, cy) with the given height; `cuff` 0..1 lengthens the cuff. */
export function glove(g: Graphics, cx: number, cy: number, height: number, color: number, cuff: number): void {
  const palmWidth = height * 0.42;
  const palmHeight = height * 0.36;
  const palmTop = cy - height * 0.08;
  g.fillStyle(color, 1);
  g.fillRoundedRect(cx - palmWidth / 2, palmTop, palmWidth, palmHeight, palmWidth * 0.2);
  const fingerWidth = palmWidth / 4.4;
  for (let index = 0; index < 4; index++) {
    const fingerHeight = height * (index === 1 || index === 2 ? 0.3 : 0.25);
    const x = cx - palmWidth / 2 + fingerWidth * 0.2 + index * (fingerWidth * 1.05);
    g.fillRoundedRect(x, palmTop - fingerHeight + fingerWidth * 0.6, fingerWidth, fingerHeight, fingerWidth / 2);
  }
  limb(g, { x: cx - palmWidth * 0.45, y: palmTop + palmHeight * 0.55 }, { x: cx - palmWidth * 0.85, y: palmTop + palmHeight * 0.05 }, fingerWidth, color);
  const cuffHeight = height * (0.1 + 0.25 * cuff);
  const cuffWidth = palmWidth * (1 + 0.2 * cuff);
  g.fillRect(cx - cuffWidth / 2, palmTop + palmHeight - 2, cuffWidth, cuffHeight);
}
