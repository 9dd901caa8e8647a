// The training routes of Wallonia that pathways go through (sector.md, "Training routes in Wallonia"), and the
// counterparts in Flanders and the German-speaking Community. Every route exists; its source is named. Durations marked "typical" are the project's estimate of the usual length
// (school years, a three-year bachelor, a five-year master); "source" durations are published figures.

import type { RouteId, TrainingRoute } from './schema';

const PUPILS_AND_ADULTS = ['pupil', 'jobseeker', 'employee'] as const;
const ADULTS = ['jobseeker', 'employee'] as const;

export const TRAINING_ROUTES: readonly TrainingRoute[] = [
  {
    // Third and fourth year of secondary school, before a qualifying option can be chosen.
    id: 'secondary-lower-cycle',
    code: 'S',
    providers: [],
    place: null,
    requires: 'lower-secondary',
    grants: 'upper-secondary',
    audiences: ['pupil'],
    duration: { minMonths: 24, maxMonths: 24, basis: 'typical' },
    region: 'wallonia',
    terms: [],
    source: 'samaritaine',
  },
  {
    id: 'secondary-biotechnique',
    code: 'S',
    providers: ['La Samaritaine'],
    place: 'Charleroi',
    requires: 'upper-secondary',
    grants: 'cess',
    audiences: ['pupil'],
    duration: { minMonths: 24, maxMonths: 24, basis: 'typical' },
    region: 'wallonia',
    terms: ['cess'],
    source: 'samaritaine',
  },
  {
    // Any qualifying (technical) option of the last two years that ends with the CESS, e.g. for maintenance jobs.
    id: 'secondary-qualifying',
    code: 'S',
    providers: [],
    place: null,
    requires: 'upper-secondary',
    grants: 'cess',
    audiences: ['pupil'],
    duration: { minMonths: 24, maxMonths: 24, basis: 'typical' },
    region: 'wallonia',
    terms: ['cess'],
    source: 'samaritaine',
  },
  {
    // Secondary school in alternance: two days a week at a CEFA, three in a company. Only the "article 49" form gives
    // the CESS, after the same qualifying options as full-time school (SIEP); pupils from 15 to 25.
    id: 'secondary-cefa',
    code: 'S',
    providers: ['CEFA'],
    place: null,
    requires: 'upper-secondary',
    grants: 'cess',
    audiences: ['pupil'],
    duration: { minMonths: 24, maxMonths: 36, basis: 'typical' },
    region: 'wallonia',
    terms: ['cefa', 'alternance', 'cess'],
    source: 'cefa',
  },
  {
    // Adults earn the CESS in promotion sociale: general courses, day or evening, usually over two years. (Le Forem
    // does not award the CESS; it can only point jobseekers to these schools.)
    id: 'promotion-sociale-cess',
    code: 'S',
    providers: ['Enseignement de promotion sociale'],
    place: null,
    requires: 'none',
    grants: 'cess',
    audiences: [...ADULTS],
    duration: { minMonths: 24, maxMonths: 24, basis: 'source' },
    region: 'wallonia',
    terms: ['promotion-sociale', 'cess'],
    source: 'promotionSocialeCess',
  },
  {
    // The Jury of the Fédération Wallonie-Bruxelles ("jury central") holds exams only: the candidate studies alone,
    // for example with the FWB's distance courses. Two exam cycles a year; the length of the study is the project's guess.
    id: 'jury-cess',
    code: 'S',
    providers: ['Jury de la Fédération Wallonie-Bruxelles'],
    place: null,
    requires: 'none',
    grants: 'cess',
    audiences: [...ADULTS],
    duration: { minMonths: 6, maxMonths: 24, basis: 'typical' },
    region: 'wallonia',
    terms: ['jury', 'cess'],
    source: 'juryCess',
  },
  {
    // The qualification "technicien chimiste" in promotion sociale, opened for the pharmaceutical and chemical
    // industry and open to people without a CESS; it also leads on to a bachelor (IETS-PS, Charleroi).
    id: 'promotion-sociale-chemist',
    code: 'S',
    providers: ['IETS-PS'],
    place: 'Charleroi',
    requires: 'none',
    grants: null,
    audiences: [...ADULTS],
    duration: { minMonths: 12, maxMonths: 24, basis: 'typical' },
    region: 'wallonia',
    terms: ['promotion-sociale', 'cess', 'bachelier'],
    source: 'promotionSocialeChemist',
  },
  {
    // IFAPME (Institut wallon de Formation en Alternance et des indépendants et Petites et Moyennes Entreprises): Walloon
    // training in alternance, mostly in a company. Its La Louvière centre opened a lab assistant ("laborantin") course
    // with Cefochim, now aptaskil, in 2021. The source gives neither length nor entry conditions, so the length stays
    // unknown ("ask") and the CESS is assumed: no pathway promises more than the source says. Route code S as for the
    // chemistry technician certificate: a qualification at the level of secondary school, not a diploma.
    id: 'ifapme-lab-assistant',
    code: 'S',
    providers: ['IFAPME', 'aptaskil'],
    place: 'La Louvière',
    requires: 'cess',
    grants: null,
    audiences: [...ADULTS],
    duration: null,
    region: 'wallonia',
    terms: ['alternance'],
    source: 'ifapmeLabAssistant',
  },
  {
    // Work-study: 40-60 % of the time in a company.
    id: 'bachelor-biopharma-alternance',
    code: 'B',
    providers: ['HELHa', 'Condorcet'],
    place: null,
    requires: 'cess',
    grants: 'bachelor',
    audiences: [...PUPILS_AND_ADULTS],
    duration: { minMonths: 36, maxMonths: 36, basis: 'typical' },
    region: 'wallonia',
    terms: ['bachelier', 'alternance'],
    source: 'alternanceBachelors',
  },
  {
    id: 'bachelor-bioquality-alternance',
    code: 'B',
    providers: ['HELHa', 'Haute École Léonard de Vinci'],
    place: null,
    requires: 'cess',
    grants: 'bachelor',
    audiences: [...PUPILS_AND_ADULTS],
    duration: { minMonths: 36, maxMonths: 36, basis: 'typical' },
    region: 'wallonia',
    terms: ['bachelier', 'alternance', 'haute-ecole'],
    source: 'alternanceBachelors',
  },
  {
    id: 'bachelor-it-health',
    code: 'B',
    providers: ['UCLouvain', 'UNamur'],
    place: 'Charleroi',
    requires: 'cess',
    grants: 'bachelor',
    audiences: [...PUPILS_AND_ADULTS],
    duration: { minMonths: 36, maxMonths: 36, basis: 'typical' },
    region: 'wallonia',
    terms: ['bachelier'],
    source: 'itBachelorHealth',
  },
  {
    // A haute-école bachelor in a lab, technical or management field (route code B of careers.md).
    id: 'bachelor-haute-ecole',
    code: 'B',
    providers: [],
    place: null,
    requires: 'cess',
    grants: 'bachelor',
    audiences: [...PUPILS_AND_ADULTS],
    duration: { minMonths: 36, maxMonths: 36, basis: 'typical' },
    region: 'wallonia',
    terms: ['bachelier', 'haute-ecole'],
    source: 'alternanceBachelors',
  },
  {
    // Master, engineer or bio-engineer at university: bachelor and master together, usually five years.
    id: 'university-master',
    code: 'M',
    providers: [],
    place: null,
    requires: 'cess',
    grants: 'master',
    audiences: [...PUPILS_AND_ADULTS],
    duration: { minMonths: 60, maxMonths: 60, basis: 'typical' },
    region: 'wallonia',
    terms: ['master', 'bachelier'],
    source: 'projectContent',
  },
  {
    id: 'phd',
    code: 'D',
    providers: [],
    place: null,
    requires: 'master',
    grants: 'phd',
    audiences: [...PUPILS_AND_ADULTS],
    duration: { minMonths: 36, maxMonths: 48, basis: 'typical' },
    region: 'wallonia',
    terms: [],
    source: 'projectContent',
  },
  {
    // 376 hours over 7 months, for people without a CESS or out of work for over a year; leads to upstream operator.
    id: 'jump-to-pharma',
    code: 'R',
    providers: ['aptaskil', 'Le Forem'],
    place: 'Seneffe',
    requires: 'none',
    grants: null,
    audiences: ['jobseeker'],
    duration: { minMonths: 7, maxMonths: 7, basis: 'source' },
    region: 'wallonia',
    terms: ['cess'],
    source: 'aptaskil',
  },
  {
    // aptaskil (formerly Cefochim) trained more than 3,400 people in 2024, aseptic operators among them. Entry
    // conditions differ per course; the CESS is assumed here so that no pathway promises more than the sources say.
    id: 'aptaskil-course',
    code: 'R',
    providers: ['aptaskil'],
    place: 'Seneffe',
    requires: 'cess',
    grants: null,
    audiences: [...ADULTS],
    duration: { minMonths: 1, maxMonths: 6, basis: 'typical' },
    region: 'wallonia',
    terms: [],
    source: 'aptaskil',
  },
  {
    id: 'technifutur-course',
    code: 'R',
    providers: ['Technifutur'],
    place: 'Liège',
    requires: 'cess',
    grants: null,
    audiences: [...ADULTS],
    duration: { minMonths: 1, maxMonths: 6, basis: 'typical' },
    region: 'wallonia',
    terms: [],
    source: 'sectorNotes',
  },
  {
    // Pillars 2 and 3 of the hub: next-generation biomanufacturing and digitalisation, for jobseekers and employees.
    id: 'hub-biomanufacturing',
    code: 'R',
    providers: ['EU Biotech School & Health Hub'],
    place: 'Gosselies',
    requires: 'cess',
    grants: null,
    audiences: [...ADULTS],
    duration: null,
    region: 'wallonia',
    terms: [],
    source: 'hubProject',
  },
  {
    // Pillar 4 of the hub: soft skills and a mini-MBA for life-science start-ups, next to its business accelerator.
    id: 'hub-mini-mba',
    code: 'R',
    providers: ['EU Biotech School & Health Hub'],
    place: 'Gosselies',
    requires: 'master',
    grants: null,
    audiences: [...PUPILS_AND_ADULTS],
    duration: null,
    region: 'wallonia',
    terms: [],
    source: 'hubProject',
  },
  // Counterparts for visitors who live in Flanders or in the German-speaking Community. They are never part of a
  // Walloon pathway; the pathway screen lists them apart, for a visitor reading Dutch or German.
  {
    // ViTalent (Niel): the sector's training centre for pharma and biotech in Flanders, with a teaching cleanroom, for
    // students, jobseekers and employees, working with the VDAB.
    id: 'vitalent-course',
    code: 'R',
    providers: ['ViTalent'],
    place: 'Niel',
    requires: 'none',
    grants: null,
    audiences: [...PUPILS_AND_ADULTS],
    duration: null,
    region: 'flanders',
    terms: [],
    source: 'vitalent',
  },
  {
    // VDAB: the Flemish public employment and training service; its recognised courses are free for jobseekers.
    id: 'vdab-training',
    code: 'R',
    providers: ['VDAB'],
    place: null,
    requires: 'none',
    grants: null,
    audiences: [...ADULTS],
    duration: null,
    region: 'flanders',
    terms: [],
    source: 'vdab',
  },
  {
    // The German-speaking Community's secondary diploma: "Abschlusszeugnis der Oberstufe des Sekundarunterrichts",
    // after year 6 (general and technical) or year 7 (vocational): the same level as the CESS.
    id: 'dg-secondary-diploma',
    code: 'S',
    providers: [],
    place: null,
    requires: 'upper-secondary',
    grants: 'cess',
    audiences: ['pupil'],
    duration: { minMonths: 24, maxMonths: 36, basis: 'typical' },
    region: 'german-speaking',
    terms: [],
    source: 'dgSecondaryDiploma',
  },
  {
    // Apprenticeship (Lehre) at the ZAWM in Eupen or St. Vith, supervised by the IAWM: most of the time in a company.
    id: 'zawm-apprenticeship',
    code: 'S',
    providers: ['ZAWM', 'IAWM'],
    place: null,
    requires: 'upper-secondary',
    grants: null,
    audiences: ['pupil'],
    duration: { minMonths: 36, maxMonths: 36, basis: 'typical' },
    region: 'german-speaking',
    terms: [],
    source: 'zawm',
  },
  {
    // Arbeitsamt der Deutschsprachigen Gemeinschaft (ADG): job advice and training in its own training centres.
    id: 'adg-training',
    code: 'R',
    providers: ['Arbeitsamt der DG'],
    place: null,
    requires: 'none',
    grants: null,
    audiences: [...ADULTS],
    duration: null,
    region: 'german-speaking',
    terms: [],
    source: 'adg',
  },
];

const ROUTES_BY_ID = new Map(TRAINING_ROUTES.map((route) => [route.id, route]));

export function trainingRoute(id: RouteId): TrainingRoute {
  const route = ROUTES_BY_ID.get(id);
  if (!route) throw new Error(`unknown training route ${id}`);
  return route;
}
