// The training routes of Wallonia that pathways go through (sector.md, "Training routes in Wallonia").
// Every route exists; its source is named. Durations marked "typical" are the project's estimate of the usual length
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
    source: 'samaritaine',
  },
  {
    // About 60 % of job offers ask for a CESS or a bachelor (Le Soir, 2022); Le Forem advises jobseekers on how to get it.
    id: 'adult-cess',
    code: 'S',
    providers: ['Le Forem'],
    place: null,
    requires: 'none',
    grants: 'cess',
    audiences: [...ADULTS],
    duration: { minMonths: 12, maxMonths: 24, basis: 'typical' },
    source: 'diplomaShare',
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
    source: 'hubProject',
  },
];

const ROUTES_BY_ID = new Map(TRAINING_ROUTES.map((route) => [route.id, route]));

export function trainingRoute(id: RouteId): TrainingRoute {
  const route = ROUTES_BY_ID.get(id);
  if (!route) throw new Error(`unknown training route ${id}`);
  return route;
}
