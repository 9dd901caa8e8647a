// The shelf of the gowning room: the gowning steps of a grade B operator in their required order (ISPE example order
// from shared/content/science.md, plus the mask of EU GMP Annex 1 section 7.14) and the decoys that must never go
// into a grade B cleanroom. Pure data: the model validates against it, the scene and the describer name it.

/** Gowning steps in the only accepted order. Two are actions (wash hands, sticky mat), the rest are garments. */
export const GOWNING_SEQUENCE = [
  'handWash',
  'hairCover',
  'stickyMat',
  'shoeCovers',
  'firstGloves',
  'mask',
  'hood',
  'coverall',
  'boots',
  'goggles',
  'sterileGloves',
] as const;
export type GowningStepId = (typeof GOWNING_SEQUENCE)[number];

/** Things that look useful but do not belong in a grade B cleanroom; offered on the shelf in normal and hard. */
export const DECOYS = ['labCoat', 'wristwatch', 'woollyHat', 'cottonScarf'] as const;
export type DecoyId = (typeof DECOYS)[number];

export type ShelfItemId = GowningStepId | DecoyId;

export type ShelfItemKind = 'action' | 'garment' | 'decoy';

const ACTIONS: ReadonlySet<ShelfItemId> = new Set<ShelfItemId>(['handWash', 'stickyMat']);

export function isGowningStep(id: ShelfItemId): id is GowningStepId {
  return (GOWNING_SEQUENCE as readonly ShelfItemId[]).includes(id);
}

export function isDecoy(id: ShelfItemId): id is DecoyId {
  return (DECOYS as readonly ShelfItemId[]).includes(id);
}

export function shelfItemKind(id: ShelfItemId): ShelfItemKind {
  if (isDecoy(id)) return 'decoy';
  return ACTIONS.has(id) ? 'action' : 'garment';
}

/** Zero-based position of a step in the gowning order. */
export function stepIndex(id: GowningStepId): number {
  return GOWNING_SEQUENCE.indexOf(id);
}

/** Locale keys (namespace "gowning"): the item's short name and the sentence for doing it. */
export function itemNameKey(id: ShelfItemId): string {
  return `items.${id}.name`;
}

export function itemActionKey(id: ShelfItemId): string {
  return `items.${id}.action`;
}

/** Why the step sits where it does (gowning steps) or why the item is banned (decoys). */
export function itemWhyKey(id: ShelfItemId): string {
  return `items.${id}.why`;
}
