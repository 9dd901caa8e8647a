// Draws the operator figure layer by layer with Phaser Graphics: everyday clothes first, then each gowning step the
// model says is done, and in round 2 the one fault of the picture. Geometry comes from figure.ts (units of the
// figure's height), so the zones round 2 tests match what is drawn.

import type Phaser from 'phaser';
import { figurePoint } from './figure';
import type { GowningStepId } from './items';
import type { Rect } from './layout';
import type { MistakeId } from './mistakes';
import { PALETTE } from './palette';
import { limb, polygon } from './shapes';
import type { Point } from './shapes';
import { strokeRoundedBox } from '../kit/roundedBox';

type Graphics = Phaser.GameObjects.Graphics;

export interface OperatorLook {
  readonly worn: ReadonlySet<GowningStepId>;
  /** Round 2: the picture's fault; null in round 1. */
  readonly fault: MistakeId | null;
  /** Round 1 shows the sticky mat under the feet once the operator has stepped on it. */
  readonly showStickyMat: boolean;
}

/** Mirrored pairs: -1 is the operator's right side (screen left), +1 the left. */
const SIDES = [-1, 1] as const;

export function paintOperator(g: Graphics, box: Rect, look: OperatorLook): void {
  const p = (x: number, y: number): Point => figurePoint(box, x, y);
  const s = (v: number): number => v * box.height;
  const has = (step: GowningStepId): boolean => look.worn.has(step);
  const fault = look.fault;
  const bootsOn = has('boots') && fault !== 'streetShoes';
  const shoeCoversOn = has('shoeCovers') && !bootsOn && fault !== 'streetShoes';

  if (look.showStickyMat && has('stickyMat')) {
    g.fillStyle(PALETTE.stickyMat, 1);
    const mat = p(-0.2, 0.955);
    g.fillRoundedRect(mat.x, mat.y, s(0.4), s(0.045), s(0.01));
  }

  // Everyday clothes and skin.
  for (const side of SIDES) {
    polygon(g, [p(side * 0.005, 0.5), p(side * 0.118, 0.5), p(side * 0.097, 0.945), p(side * 0.022, 0.945)], PALETTE.jeans);
    const shoe = p(side * 0.065, 0.962);
    g.fillStyle(PALETTE.sneaker, 1);
    g.fillEllipse(shoe.x, shoe.y, s(0.1), s(0.048));
    g.fillStyle(PALETTE.sneakerSole, 1);
    g.fillRect(shoe.x - s(0.05), shoe.y + s(0.012), s(0.1), s(0.01));
  }
  const neck = p(-0.03, 0.15);
  g.fillStyle(PALETTE.skinShade, 1);
  g.fillRect(neck.x, neck.y, s(0.06), s(0.06));
  polygon(g, [p(-0.15, 0.195), p(0.15, 0.195), p(0.125, 0.52), p(-0.125, 0.52)], PALETTE.tShirt);
  for (const side of SIDES) {
    limb(g, p(side * 0.15, 0.225), p(side * 0.175, 0.375), s(0.052), PALETTE.skin);
    limb(g, p(side * 0.175, 0.375), p(side * 0.06, 0.445), s(0.044), PALETTE.skin);
    limb(g, p(side * 0.14, 0.215), p(side * 0.16, 0.29), s(0.07), PALETTE.tShirt);
  }
  paintHands(g, p, s, PALETTE.skin);
  paintHead(g, p, s, has('hairCover') && !has('hood'));

  if (has('handWash') && !has('firstGloves')) paintSparkles(g, p, s);
  if (shoeCoversOn) {
    for (const side of SIDES) {
      const cover = p(side * 0.065, 0.958);
      g.fillStyle(PALETTE.hairCover, 1);
      g.fillEllipse(cover.x, cover.y, s(0.118), s(0.062));
    }
  }
  if (has('firstGloves')) paintHands(g, p, s, PALETTE.nitrile);
  if (has('hood')) paintHood(g, p, s);
  if (has('hood') || has('mask') || has('goggles')) paintFace(g, p, s, has('hood'));
  if (has('hood') && fault === 'hairShowing') paintLooseHair(g, p, s);
  if (has('mask')) paintMask(g, p, s, fault === 'maskBelowNose', !has('hood'));
  if (has('coverall')) paintCoverall(g, p, s, fault === 'coverallOpen', !bootsOn);
  if (bootsOn) paintBoots(g, p, s);
  if (has('coverall') && bootsOn && fault === 'trousersNotTucked') paintLooseTrousers(g, p, s);
  if (has('goggles') && fault !== 'gogglesMissing') paintGoggles(g, p, s);
  if (has('sterileGloves')) {
    const sterile = fault !== 'nonSterileGloves';
    paintOuterGloves(g, p, s, sterile ? PALETTE.sterileGlove : PALETTE.nitrile, sterile);
    if (has('coverall') && fault === 'sleevesNotTucked') paintLooseSleeves(g, p, s);
  }
  if (fault === 'wristwatch') paintWatch(g, p, s);
}

type At = (x: number, y: number) => Point;
type Size = (v: number) => number;

function paintHands(g: Graphics, p: At, s: Size, color: number): void {
  g.fillStyle(color, 1);
  for (const side of SIDES) {
    const hand = p(side * 0.035, 0.482);
    g.fillEllipse(hand.x, hand.y, s(0.062), s(0.072));
  }
}

function paintHead(g: Graphics, p: At, s: Size, hairCovered: boolean): void {
  const top = p(0, 0.092);
  g.fillStyle(PALETTE.hair, 1);
  g.fillCircle(top.x, top.y, s(0.073));
  for (const side of SIDES) {
    const ear = p(side * 0.058, 0.112);
    g.fillStyle(PALETTE.skinShade, 1);
    g.fillCircle(ear.x, ear.y, s(0.013));
  }
  const face = p(0, 0.112);
  g.fillStyle(PALETTE.skin, 1);
  g.fillEllipse(face.x, face.y, s(0.106), s(0.112));
  paintFeatures(g, p, s);
  if (hairCovered) {
    const cap = p(0, 0.064);
    g.fillStyle(PALETTE.hairCover, 1);
    g.fillEllipse(cap.x, cap.y, s(0.17), s(0.1));
    g.lineStyle(Math.max(1, s(0.006)), 0x5d8fb8, 1);
    g.lineBetween(p(-0.08, 0.085).x, p(-0.08, 0.085).y, p(0.08, 0.085).x, p(0.08, 0.085).y);
  }
}

function paintFeatures(g: Graphics, p: At, s: Size): void {
  g.fillStyle(0x222222, 1);
  for (const side of SIDES) {
    const eye = p(side * 0.022, 0.103);
    g.fillCircle(eye.x, eye.y, Math.max(1.5, s(0.0075)));
  }
  g.lineStyle(Math.max(1, s(0.005)), PALETTE.skinShade, 1);
  g.lineBetween(p(0, 0.11).x, p(0, 0.11).y, p(0.007, 0.127).x, p(0.007, 0.127).y);
  g.lineStyle(Math.max(1, s(0.005)), 0x8a4b3a, 1);
  g.lineBetween(p(-0.016, 0.143).x, p(-0.016, 0.143).y, p(0.016, 0.143).x, p(0.016, 0.143).y);
}

function paintSparkles(g: Graphics, p: At, s: Size): void {
  g.fillStyle(PALETTE.goggleLens, 1);
  for (const [x, y] of [[-0.1, 0.47], [0.1, 0.5], [0.0, 0.54]] as const) {
    const drop = p(x, y);
    g.fillCircle(drop.x, drop.y, s(0.008));
    g.fillTriangle(drop.x - s(0.008), drop.y, drop.x + s(0.008), drop.y, drop.x, drop.y - s(0.02));
  }
}

function paintHood(g: Graphics, p: At, s: Size): void {
  polygon(g, [p(-0.1, 0.13), p(0.1, 0.13), p(0.165, 0.24), p(-0.165, 0.24)], PALETTE.garment);
  const dome = p(0, 0.097);
  g.fillStyle(PALETTE.garment, 1);
  g.fillCircle(dome.x, dome.y, s(0.087));
  g.lineStyle(Math.max(1, s(0.004)), PALETTE.garmentShade, 1);
  g.strokeCircle(dome.x, dome.y, s(0.087));
}

/** The face opening of the hood (or the bare face once mask or goggles sit on it). */
function paintFace(g: Graphics, p: At, s: Size, hooded: boolean): void {
  if (!hooded) return;
  const face = p(0, 0.115);
  g.fillStyle(PALETTE.skin, 1);
  g.fillEllipse(face.x, face.y, s(0.094), s(0.098));
  paintFeatures(g, p, s);
}

function paintLooseHair(g: Graphics, p: At, s: Size): void {
  polygon(g, [p(-0.045, 0.075), p(0.02, 0.072), p(-0.01, 0.09), p(-0.04, 0.118), p(-0.05, 0.1)], PALETTE.hair);
  limb(g, p(0.05, 0.1), p(0.075, 0.16), s(0.014), PALETTE.hair);
}

function paintMask(g: Graphics, p: At, s: Size, belowNose: boolean, showStraps: boolean): void {
  const top = belowNose ? 0.142 : 0.112;
  const corner = p(-0.043, top);
  if (showStraps) {
    g.lineStyle(Math.max(1, s(0.004)), 0x9fb3c6, 1);
    for (const side of SIDES) {
      const from = p(side * 0.043, top + 0.01);
      const to = p(side * 0.06, 0.105);
      g.lineBetween(from.x, from.y, to.x, to.y);
    }
  }
  g.fillStyle(PALETTE.mask, 1);
  g.fillRoundedRect(corner.x, corner.y, s(0.086), s(0.046), s(0.012));
  g.lineStyle(Math.max(1, s(0.003)), 0x9fb3c6, 1);
  for (const y of [0.012, 0.024, 0.036]) {
    const from = p(-0.035, top + y);
    const to = p(0.035, top + y);
    g.lineBetween(from.x, from.y, to.x, to.y);
  }
}

function paintCoverall(g: Graphics, p: At, s: Size, open: boolean, legsToFloor: boolean): void {
  const legBottom = legsToFloor ? 0.94 : 0.86;
  for (const side of SIDES) {
    polygon(g, [p(side * 0.0, 0.49), p(side * 0.128, 0.49), p(side * 0.108, legBottom), p(side * 0.016, legBottom)], PALETTE.garment);
  }
  polygon(g, [p(-0.162, 0.2), p(0.162, 0.2), p(0.138, 0.53), p(-0.138, 0.53)], PALETTE.garment);
  for (const side of SIDES) {
    limb(g, p(side * 0.145, 0.222), p(side * 0.178, 0.375), s(0.08), PALETTE.garment);
    limb(g, p(side * 0.178, 0.375), p(side * 0.075, 0.437), s(0.056), PALETTE.garment);
    limb(g, p(side * 0.15, 0.225), p(side * 0.178, 0.375), s(0.006), PALETTE.garmentShade);
  }
  // Seams give the white suit an edge against the white boots and hood.
  g.lineStyle(Math.max(1, s(0.004)), PALETTE.garmentShade, 1);
  const crotchTop = p(0, 0.53);
  const crotchBottom = p(0, legBottom);
  g.lineBetween(crotchTop.x, crotchTop.y, crotchBottom.x, crotchBottom.y);
  const collarLeft = p(-0.06, 0.2);
  const collarRight = p(0.06, 0.2);
  g.lineBetween(collarLeft.x, collarLeft.y, collarRight.x, collarRight.y);
  if (open) {
    polygon(g, [p(-0.05, 0.2), p(0.05, 0.2), p(0, 0.37)], PALETTE.tShirt);
  }
  g.lineStyle(Math.max(1.5, s(0.006)), 0x8b9aaa, 1);
  const zipTop = p(0, open ? 0.37 : 0.205);
  const zipBottom = p(0, 0.5);
  g.lineBetween(zipTop.x, zipTop.y, zipBottom.x, zipBottom.y);
}

function paintBoots(g: Graphics, p: At, s: Size): void {
  for (const side of SIDES) {
    const shaftLeft = p(side > 0 ? 0.012 : -0.118, 0.76);
    g.fillStyle(PALETTE.garment, 1);
    g.fillRoundedRect(shaftLeft.x, shaftLeft.y, s(0.106), s(0.2), s(0.015));
    const foot = p(side * 0.068, 0.968);
    g.fillEllipse(foot.x, foot.y, s(0.13), s(0.055));
    g.lineStyle(Math.max(1, s(0.005)), PALETTE.garmentShade, 1);
    strokeRoundedBox(g, shaftLeft.x, shaftLeft.y, s(0.106), s(0.2), s(0.015));
    g.lineBetween(shaftLeft.x, shaftLeft.y + s(0.025), shaftLeft.x + s(0.106), shaftLeft.y + s(0.025));
  }
}

function paintLooseTrousers(g: Graphics, p: At, s: Size): void {
  for (const side of SIDES) {
    polygon(g, [p(side * 0.004, 0.72), p(side * 0.128, 0.72), p(side * 0.142, 0.87), p(side * -0.004, 0.87)], PALETTE.garment);
    g.lineStyle(Math.max(1, s(0.004)), PALETTE.garmentShade, 1);
    const hemLeft = p(side * -0.004, 0.87);
    const hemRight = p(side * 0.142, 0.87);
    g.lineBetween(hemLeft.x, hemLeft.y, hemRight.x, hemRight.y);
  }
}

function paintGoggles(g: Graphics, p: At, s: Size): void {
  const strapLeft = p(-0.07, 0.1);
  const strapRight = p(0.07, 0.1);
  g.lineStyle(Math.max(2, s(0.01)), 0x35506b, 1);
  g.lineBetween(strapLeft.x, strapLeft.y, strapRight.x, strapRight.y);
  const lens = p(-0.055, 0.086);
  g.fillStyle(PALETTE.goggleLens, 0.85);
  g.fillRoundedRect(lens.x, lens.y, s(0.11), s(0.033), s(0.012));
  g.lineStyle(Math.max(1.5, s(0.005)), 0x35506b, 1);
  strokeRoundedBox(g, lens.x, lens.y, s(0.11), s(0.033), s(0.012));
}

function paintOuterGloves(g: Graphics, p: At, s: Size, color: number, longCuffs: boolean): void {
  for (const side of SIDES) {
    if (longCuffs) limb(g, p(side * 0.115, 0.41), p(side * 0.06, 0.448), s(0.062), color);
    else limb(g, p(side * 0.075, 0.437), p(side * 0.06, 0.448), s(0.052), color);
  }
  paintHands(g, p, s, color);
  g.lineStyle(Math.max(1, s(0.004)), 0x8c7a4e, longCuffs ? 0.6 : 0);
  const between = p(0, 0.455);
  const below = p(0, 0.515);
  g.lineBetween(between.x, between.y, below.x, below.y);
}

function paintLooseSleeves(g: Graphics, p: At, s: Size): void {
  for (const side of SIDES) {
    limb(g, p(side * 0.14, 0.395), p(side * 0.058, 0.455), s(0.072), PALETTE.garment);
    g.lineStyle(Math.max(1, s(0.004)), PALETTE.garmentShade, 1);
    const cuffA = p(side * 0.03, 0.44);
    const cuffB = p(side * 0.075, 0.475);
    g.lineBetween(cuffA.x, cuffA.y, cuffB.x, cuffB.y);
  }
}

function paintWatch(g: Graphics, p: At, s: Size): void {
  limb(g, p(0.1, 0.405), p(0.075, 0.45), s(0.026), PALETTE.watch);
  const face = p(0.088, 0.428);
  g.fillStyle(0xd9d9d9, 1);
  g.fillCircle(face.x, face.y, s(0.019));
  g.lineStyle(Math.max(1, s(0.004)), PALETTE.watch, 1);
  g.strokeCircle(face.x, face.y, s(0.019));
  g.lineBetween(face.x, face.y, face.x, face.y - s(0.012));
  g.lineBetween(face.x, face.y, face.x + s(0.009), face.y);
}
