// Shelf pictograms for every gowning step and decoy, drawn with Phaser Graphics in a square of side `size` centred on
// (cx, cy). Simple, bold shapes that read at 60 px on a laptop and stay distinct from each other (the sterile gloves
// are cream with long cuffs, the first gloves blue and short).

import type Phaser from 'phaser';
import type { ShelfItemId } from './items';
import { PALETTE } from './palette';
import { glove, limb, polygon } from './shapes';
import { strokeRoundedBox } from '../kit/roundedBox';

type Graphics = Phaser.GameObjects.Graphics;

export function paintItemIcon(g: Graphics, item: ShelfItemId, cx: number, cy: number, size: number): void {
  // A shelf slot squeezed below its label (a sliver of a window, the largest text) leaves no room for a picture.
  if (!(size > 0)) return;
  const u = size / 100;
  const line = Math.max(1.5, 3 * u);
  switch (item) {
    case 'handWash': {
      g.fillStyle(0xdfe7ee, 1);
      g.slice(cx, cy - 2 * u, 36 * u, 0, Math.PI, false);
      g.fillPath();
      g.fillStyle(0x9aa9b8, 1);
      g.fillRect(cx + 14 * u, cy - 36 * u, 8 * u, 30 * u);
      g.fillRect(cx - 2 * u, cy - 36 * u, 24 * u, 7 * u);
      g.fillStyle(PALETTE.goggleLens, 1);
      g.fillCircle(cx, cy - 18 * u, 4 * u);
      g.fillCircle(cx - 2 * u, cy - 6 * u, 3 * u);
      g.fillStyle(PALETTE.tShirt, 1);
      g.fillRoundedRect(cx - 36 * u, cy - 22 * u, 18 * u, 12 * u, 4 * u);
      return;
    }
    case 'hairCover':
      g.fillStyle(PALETTE.hairCover, 1);
      g.fillEllipse(cx, cy - 4 * u, 80 * u, 50 * u);
      g.fillStyle(0x5d8fb8, 1);
      g.fillRoundedRect(cx - 38 * u, cy + 12 * u, 76 * u, 9 * u, 4 * u);
      return;
    case 'stickyMat':
      polygon(g, [{ x: cx - 40 * u, y: cy + 24 * u }, { x: cx - 22 * u, y: cy - 22 * u }, { x: cx + 42 * u, y: cy - 22 * u }, { x: cx + 26 * u, y: cy + 24 * u }], PALETTE.stickyMat);
      polygon(g, [{ x: cx + 26 * u, y: cy + 24 * u }, { x: cx + 34 * u, y: cy + 2 * u }, { x: cx + 14 * u, y: cy + 24 * u }], 0xe8f2f5);
      g.fillStyle(0x2a6673, 1);
      g.fillEllipse(cx - 10 * u, cy + 4 * u, 10 * u, 20 * u);
      g.fillEllipse(cx + 6 * u, cy - 6 * u, 10 * u, 20 * u);
      return;
    case 'shoeCovers':
      for (const dx of [-20, 20]) {
        g.fillStyle(PALETTE.hairCover, 1);
        g.fillEllipse(cx + dx * u, cy + 14 * u, 36 * u, 22 * u);
        g.fillRoundedRect(cx + (dx - 12) * u, cy - 14 * u, 22 * u, 28 * u, 6 * u);
        g.lineStyle(line, 0x5d8fb8, 1);
        g.lineBetween(cx + (dx - 12) * u, cy - 10 * u, cx + (dx + 10) * u, cy - 10 * u);
      }
      return;
    case 'firstGloves':
      glove(g, cx, cy + 6 * u, 84 * u, PALETTE.nitrile, 0);
      return;
    case 'sterileGloves':
      glove(g, cx, cy, 92 * u, PALETTE.sterileGlove, 1);
      g.lineStyle(line, 0x8c7a4e, 1);
      g.strokeCircle(cx + 26 * u, cy - 30 * u, 9 * u);
      g.lineBetween(cx + 21 * u, cy - 30 * u, cx + 25 * u, cy - 25 * u);
      g.lineBetween(cx + 25 * u, cy - 25 * u, cx + 32 * u, cy - 35 * u);
      return;
    case 'mask':
      g.lineStyle(line, 0x9fb3c6, 1);
      g.strokeEllipse(cx - 40 * u, cy, 16 * u, 26 * u);
      g.strokeEllipse(cx + 40 * u, cy, 16 * u, 26 * u);
      g.fillStyle(PALETTE.mask, 1);
      g.fillRoundedRect(cx - 36 * u, cy - 20 * u, 72 * u, 40 * u, 10 * u);
      g.lineStyle(line, 0x9fb3c6, 1);
      for (const dy of [-8, 2, 12]) g.lineBetween(cx - 30 * u, cy + dy * u, cx + 30 * u, cy + dy * u);
      return;
    case 'hood':
      polygon(g, [{ x: cx - 26 * u, y: cy + 4 * u }, { x: cx + 26 * u, y: cy + 4 * u }, { x: cx + 44 * u, y: cy + 40 * u }, { x: cx - 44 * u, y: cy + 40 * u }], PALETTE.garment);
      g.fillStyle(PALETTE.garment, 1);
      g.fillCircle(cx, cy - 10 * u, 34 * u);
      g.fillStyle(PALETTE.surface, 1);
      g.fillEllipse(cx, cy - 4 * u, 36 * u, 38 * u);
      return;
    case 'coverall':
      polygon(g, [{ x: cx - 22 * u, y: cy - 40 * u }, { x: cx + 22 * u, y: cy - 40 * u }, { x: cx + 20 * u, y: cy + 4 * u }, { x: cx - 20 * u, y: cy + 4 * u }], PALETTE.garment);
      limb(g, { x: cx - 24 * u, y: cy - 34 * u }, { x: cx - 38 * u, y: cy + 4 * u }, 14 * u, PALETTE.garment);
      limb(g, { x: cx + 24 * u, y: cy - 34 * u }, { x: cx + 38 * u, y: cy + 4 * u }, 14 * u, PALETTE.garment);
      polygon(g, [{ x: cx - 20 * u, y: cy + 2 * u }, { x: cx, y: cy + 2 * u }, { x: cx - 4 * u, y: cy + 44 * u }, { x: cx - 20 * u, y: cy + 44 * u }], PALETTE.garment);
      polygon(g, [{ x: cx, y: cy + 2 * u }, { x: cx + 20 * u, y: cy + 2 * u }, { x: cx + 20 * u, y: cy + 44 * u }, { x: cx + 4 * u, y: cy + 44 * u }], PALETTE.garment);
      g.lineStyle(line, 0x8b9aaa, 1);
      g.lineBetween(cx, cy - 38 * u, cx, cy + 2 * u);
      return;
    case 'boots':
      for (const dx of [-20, 20]) {
        g.fillStyle(PALETTE.garment, 1);
        g.fillRoundedRect(cx + (dx - 12) * u, cy - 40 * u, 22 * u, 70 * u, 5 * u);
        g.fillEllipse(cx + (dx + 2) * u, cy + 32 * u, 32 * u, 18 * u);
        g.lineStyle(line, PALETTE.garmentShade, 1);
        g.lineBetween(cx + (dx - 12) * u, cy - 30 * u, cx + (dx + 10) * u, cy - 30 * u);
      }
      return;
    case 'goggles':
      g.lineStyle(line * 1.5, 0x35506b, 1);
      g.lineBetween(cx - 44 * u, cy, cx + 44 * u, cy);
      g.fillStyle(PALETTE.goggleLens, 1);
      g.fillRoundedRect(cx - 36 * u, cy - 14 * u, 72 * u, 28 * u, 12 * u);
      g.lineStyle(line, 0x35506b, 1);
      strokeRoundedBox(g, cx - 36 * u, cy - 14 * u, 72 * u, 28 * u, 12 * u);
      return;
    case 'labCoat':
      polygon(g, [{ x: cx - 24 * u, y: cy - 38 * u }, { x: cx + 24 * u, y: cy - 38 * u }, { x: cx + 28 * u, y: cy + 42 * u }, { x: cx - 28 * u, y: cy + 42 * u }], 0xffffff);
      limb(g, { x: cx - 26 * u, y: cy - 32 * u }, { x: cx - 40 * u, y: cy + 14 * u }, 14 * u, 0xffffff);
      limb(g, { x: cx + 26 * u, y: cy - 32 * u }, { x: cx + 40 * u, y: cy + 14 * u }, 14 * u, 0xffffff);
      polygon(g, [{ x: cx - 10 * u, y: cy - 38 * u }, { x: cx + 10 * u, y: cy - 38 * u }, { x: cx, y: cy - 8 * u }], PALETTE.tShirt);
      g.fillStyle(0x7a8896, 1);
      for (const dy of [0, 14, 28]) g.fillCircle(cx, cy + dy * u, 3 * u);
      g.lineStyle(line, 0xb8c4cf, 1);
      g.strokeRect(cx - 22 * u, cy + 10 * u, 14 * u, 12 * u);
      return;
    case 'wristwatch':
      g.fillStyle(PALETTE.watch, 1);
      g.fillRoundedRect(cx - 10 * u, cy - 42 * u, 20 * u, 84 * u, 6 * u);
      g.fillStyle(0xd9d9d9, 1);
      g.fillCircle(cx, cy, 22 * u);
      g.lineStyle(line, PALETTE.watch, 1);
      g.strokeCircle(cx, cy, 22 * u);
      g.lineBetween(cx, cy, cx, cy - 14 * u);
      g.lineBetween(cx, cy, cx + 10 * u, cy);
      return;
    case 'woollyHat':
      g.fillStyle(PALETTE.red, 1);
      g.slice(cx, cy + 14 * u, 38 * u, Math.PI, 0, false);
      g.fillPath();
      g.fillStyle(PALETTE.amber, 1);
      g.fillRect(cx - 36 * u, cy - 4 * u, 72 * u, 6 * u);
      g.fillStyle(0xa64a00, 1);
      g.fillRoundedRect(cx - 40 * u, cy + 10 * u, 80 * u, 16 * u, 5 * u);
      g.fillStyle(0xf5f8fb, 1);
      g.fillCircle(cx, cy - 28 * u, 10 * u);
      return;
    case 'cottonScarf':
      limb(g, { x: cx - 34 * u, y: cy - 24 * u }, { x: cx + 34 * u, y: cy - 14 * u }, 18 * u, 0xcc79a7);
      limb(g, { x: cx + 18 * u, y: cy - 14 * u }, { x: cx + 12 * u, y: cy + 40 * u }, 18 * u, 0xcc79a7);
      g.lineStyle(line, PALETTE.focus, 1);
      for (const dy of [0, 12, 24]) g.lineBetween(cx + 5 * u, cy + dy * u, cx + 22 * u, cy + (dy + 1) * u);
      return;
  }
}
