// Geometry of the operator figure, in units of the figure's height (x from the centre line, y from the top), shared
// by the painter that draws it and by round 2's hit test, so a tap on the picture finds the zone that is drawn there.
// The figure stands in the aseptic posture: hands held together in front of the body, above the waist.

import type { BodyZoneId } from './mistakes';
import type { Rect } from './layout';

/** Width over height of the box the figure is drawn in. */
export const FIGURE_ASPECT = 0.5;

export interface NormalRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where each body zone sits on the figure (normalised). Stacked top to bottom, so they never overlap. */
export const ZONE_AREAS: Readonly<Record<BodyZoneId, NormalRect>> = {
  head: { left: -0.11, top: 0.0, right: 0.11, bottom: 0.085 },
  eyes: { left: -0.11, top: 0.085, right: 0.11, bottom: 0.118 },
  mouthNose: { left: -0.11, top: 0.118, right: 0.11, bottom: 0.175 },
  chest: { left: -0.16, top: 0.19, right: 0.16, bottom: 0.4 },
  wrists: { left: -0.2, top: 0.4, right: 0.2, bottom: 0.455 },
  hands: { left: -0.11, top: 0.455, right: 0.11, bottom: 0.53 },
  legs: { left: -0.14, top: 0.53, right: 0.14, bottom: 0.9 },
  feet: { left: -0.16, top: 0.9, right: 0.16, bottom: 1.0 },
};

/** Maps a normalised figure point to screen pixels inside the figure box. */
export function figurePoint(box: Rect, x: number, y: number): { x: number; y: number } {
  return { x: box.x + box.width / 2 + x * box.height, y: box.y + y * box.height };
}

export function zoneScreenRect(box: Rect, zone: BodyZoneId): Rect {
  const area = ZONE_AREAS[zone];
  const topLeft = figurePoint(box, area.left, area.top);
  const bottomRight = figurePoint(box, area.right, area.bottom);
  return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
}

/** The zone drawn under a screen point, or null if the point is off the figure. */
export function zoneAt(box: Rect, zones: readonly BodyZoneId[], px: number, py: number): BodyZoneId | null {
  for (const zone of zones) {
    const rect = zoneScreenRect(box, zone);
    if (px >= rect.x && px <= rect.x + rect.width && py >= rect.y && py <= rect.y + rect.height) return zone;
  }
  return null;
}
