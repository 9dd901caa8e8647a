// Round 2, "spot the mistake": the body zones a player can tap and the gowning faults an operator picture can show.
// Each fault sits in exactly one zone and has an explanation, grounded in EU GMP Annex 1 (2022) section 7.14 (grade B
// clothing) and its rule, in the same personnel section, that wristwatches, make-up and jewellery are not allowed in
// clean areas.

export const BODY_ZONES = ['head', 'eyes', 'mouthNose', 'chest', 'wrists', 'hands', 'legs', 'feet'] as const;
export type BodyZoneId = (typeof BODY_ZONES)[number];

export const MISTAKE_IDS = [
  'hairShowing',
  'gogglesMissing',
  'maskBelowNose',
  'coverallOpen',
  'sleevesNotTucked',
  'wristwatch',
  'nonSterileGloves',
  'trousersNotTucked',
  'streetShoes',
] as const;
export type MistakeId = (typeof MISTAKE_IDS)[number];

export interface GowningMistake {
  readonly id: MistakeId;
  /** The one zone that shows the fault. */
  readonly zone: BodyZoneId;
  /** Locale key (namespace "gowning") of the short title, e.g. "Hair showing". */
  readonly titleKey: string;
  /** Locale key of the explanation shown once the fault is found or revealed. */
  readonly explanationKey: string;
}

const ZONE_OF: Readonly<Record<MistakeId, BodyZoneId>> = {
  hairShowing: 'head',
  gogglesMissing: 'eyes',
  maskBelowNose: 'mouthNose',
  coverallOpen: 'chest',
  sleevesNotTucked: 'wrists',
  wristwatch: 'wrists',
  nonSterileGloves: 'hands',
  trousersNotTucked: 'legs',
  streetShoes: 'feet',
};

export const MISTAKES: readonly GowningMistake[] = MISTAKE_IDS.map((id) => ({
  id,
  zone: ZONE_OF[id],
  titleKey: `mistakes.${id}.title`,
  explanationKey: `mistakes.${id}.explanation`,
}));

export function mistakeById(id: MistakeId): GowningMistake {
  const found = MISTAKES.find((mistake) => mistake.id === id);
  if (!found) throw new Error(`Unknown gowning mistake: ${id}`);
  return found;
}

/** True when the tapped zone is the one that shows the picture's fault. */
export function isFaultZone(mistake: MistakeId, tapped: BodyZoneId): boolean {
  return ZONE_OF[mistake] === tapped;
}

export function zoneNameKey(zone: BodyZoneId): string {
  return `zones.${zone}`;
}
