// Our own identifiers: games, career roles, pillars and screens. Event fields that name one of these are checked
// against these lists, so telemetry can only ever carry ids we defined (never free text).

export const PILLARS = [1, 2, 3, 4] as const;
export type Pillar = (typeof PILLARS)[number];

export const GAME_IDS = ['bioreactor', 'gowning', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race', 'pipette-pro', 'startup-launchpad'] as const;
export type GameId = (typeof GAME_IDS)[number];

/** The roles of shared/content/careers.md. */
export const ROLE_IDS = [
  'usp-operator',
  'dsp-operator',
  'aseptic-operator',
  'production-technician',
  'cgt-specialist',
  'team-leader',
  'qc-analyst',
  'qc-micro',
  'qa-officer',
  'validation-engineer',
  'process-engineer',
  'maintenance-tech',
  'automation-tech',
  'mes-engineer',
  'data-scientist',
  'bioinformatician',
  'biostatistician',
  'lab-technician',
  'research-scientist',
  'regulatory-affairs',
  'cra',
  'supply-planner',
  'warehouse-operator',
  'gmp-trainer',
  'founder',
  'business-developer',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** The training routes pathways go through (renderer/careers/data/routes.ts); content packs name them too. */
export const ROUTE_IDS = [
  'secondary-lower-cycle',
  'secondary-biotechnique',
  'secondary-qualifying',
  'secondary-cefa',
  'promotion-sociale-cess',
  'jury-cess',
  'promotion-sociale-chemist',
  'ifapme-lab-assistant',
  'bachelor-biopharma-alternance',
  'bachelor-bioquality-alternance',
  'bachelor-it-health',
  'bachelor-haute-ecole',
  'university-master',
  'phd',
  'jump-to-pharma',
  'aptaskil-course',
  'technifutur-course',
  'hub-biomanufacturing',
  'hub-mini-mba',
  'vitalent-course',
  'vdab-training',
  'dg-secondary-diploma',
  'zawm-apprenticeship',
  'adg-training',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Screens that have a deep link; a screen view event names one of these. */
export const SCREEN_IDS = ['home', 'settings', 'privacy', 'games', 'game', 'careers', 'role', 'quiz', 'pathway', 'admin', 'classroom', 'guide', 'lesson', 'event'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/** Holland's six interest types (RIASEC), as the career quiz reports them. */
export const INTEREST_TYPES = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type InterestType = (typeof INTEREST_TYPES)[number];

/** Where a pathway starts ("where I am now"): one of five fixed profiles, never anything personal. */
export const STARTING_PROFILES = [
  'pupil-lower',
  'pupil-upper',
  'jobseeker-no-diploma',
  'jobseeker-diploma',
  'employee-switch',
] as const;
export type StartingProfile = (typeof STARTING_PROFILES)[number];
