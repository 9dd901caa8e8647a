// Protects the careers data: every record passes its schema, the 26 roles match common/ids, every route, game and
// employer a role names exists, and the "start working soon" flag is backed by a real short adult course.

import { describe, expect, it } from 'vitest';
import { GAME_IDS, ROLE_IDS } from '../../../common/ids';
import { EMPLOYERS } from './employers';
import { CAREER_ROLES } from './roles';
import { TRAINING_ROUTES, trainingRoute } from './routes';
import { employerSchema, roleSchema, ROUTE_IDS, trainingRouteSchema } from './schema';
import { MASTER_IDS, MASTER_PROGRAMMES, ROLE_MASTERS, UNIVERSITIES } from './masters';
import { HUB_PATHWAY_BASE_URL, SOURCES } from './sources';
import frCareers from '../../../locales/fr/careers.json';

describe('careers data', () => {
  it('every role, route and employer passes its schema', () => {
    for (const role of CAREER_ROLES) expect(roleSchema.safeParse(role).error).toBeUndefined();
    for (const route of TRAINING_ROUTES) expect(trainingRouteSchema.safeParse(route).error).toBeUndefined();
    for (const employer of EMPLOYERS) expect(employerSchema.safeParse(employer).error).toBeUndefined();
  });

  it('has exactly the 26 roles of common/ids, once each, in the same order', () => {
    expect(CAREER_ROLES.map((role) => role.id)).toEqual([...ROLE_IDS]);
  });

  it('defines every route id once', () => {
    expect(TRAINING_ROUTES.map((route) => route.id)).toEqual([...ROUTE_IDS]);
  });

  it('links every role to existing routes, games and employers, and at least one game', () => {
    const employerIds = new Set(EMPLOYERS.map((employer) => employer.id));
    for (const role of CAREER_ROLES) {
      for (const routeId of role.entryRoutes) expect(() => trainingRoute(routeId)).not.toThrow();
      expect(role.relatedGames.length).toBeGreaterThan(0);
      for (const game of role.relatedGames) expect(GAME_IDS).toContain(game);
      for (const employer of role.employers) expect(employerIds.has(employer)).toBe(true);
    }
  });

  it("uses only entry routes whose code careers.md gives the role (the hub's extra courses aside)", () => {
    for (const role of CAREER_ROLES) {
      for (const routeId of role.entryRoutes) {
        const route = trainingRoute(routeId);
        if (route.providers.includes('EU Biotech School & Health Hub')) continue;
        expect(role.routeCodes, `${role.id} via ${routeId}`).toContain(route.code);
      }
    }
  });

  it('flags "start working soon" only where an adult course of at most a year leads to the role', () => {
    for (const role of CAREER_ROLES.filter((candidate) => candidate.startSoon)) {
      const shortAdultCourse = role.entryRoutes.map(trainingRoute).some(
        (route) => route.code === 'R' && route.audiences.includes('jobseeker') && route.duration !== null && route.duration.maxMonths <= 12,
      );
      expect(shortAdultCourse, role.id).toBe(true);
    }
  });

  it('keeps Jump to Pharma as published: 7 months, open without a CESS, leading to upstream operator', () => {
    const jump = trainingRoute('jump-to-pharma');
    expect(jump.duration).toEqual({ minMonths: 7, maxMonths: 7, basis: 'source' });
    expect(jump.requires).toBe('none');
    expect(CAREER_ROLES.filter((role) => role.entryRoutes.includes('jump-to-pharma')).map((role) => role.id)).toEqual(['usp-operator']);
  });

  it('names a source for every fact: web sources are https, the rest are project documents', () => {
    for (const source of Object.values(SOURCES)) expect(source).toMatch(/^(https:\/\/|shared\/)/);
    expect(HUB_PATHWAY_BASE_URL).toMatch(/^https:\/\//);
  });

  it('has the CESS for adults awarded by promotion sociale or the Jury of the FWB, never by Le Forem (issue 18)', () => {
    const adultCess = TRAINING_ROUTES.filter((route) => route.region === 'wallonia' && route.grants === 'cess' && route.audiences.some((who) => who !== 'pupil'));
    expect(adultCess.map((route) => route.id).sort()).toEqual(['jury-cess', 'promotion-sociale-cess']);
    for (const route of adultCess) expect(route.providers, route.id).not.toContain('Le Forem');
    expect(trainingRoute('promotion-sociale-cess').providers).toEqual(['Enseignement de promotion sociale']);
    expect(trainingRoute('jury-cess').providers).toEqual(['Jury de la Fédération Wallonie-Bruxelles']);
  });

  it('names IFAPME, the Walloon alternance institute for adults, as a way into the lab technician role (issue 18)', () => {
    const ifapme = TRAINING_ROUTES.filter((route) => route.providers.includes('IFAPME'));
    expect(ifapme.map((route) => route.id)).toEqual(['ifapme-lab-assistant']);
    const route = trainingRoute('ifapme-lab-assistant');
    expect(route.region).toBe('wallonia');
    expect(route.audiences).toEqual(['jobseeker', 'employee']);
    expect(route.terms).toContain('alternance');
    // No length or entry condition is published for it: unknown length, and the CESS assumed rather than promised away.
    expect(route.duration).toBeNull();
    expect(route.requires).toBe('cess');
    expect(SOURCES[route.source]).toMatch(/^https:\/\//);
    expect(CAREER_ROLES.filter((role) => role.entryRoutes.includes('ifapme-lab-assistant')).map((role) => role.id)).toEqual(['lab-technician']);
  });

  it('keeps the Flemish and German-speaking counterparts out of every role\'s entry routes', () => {
    for (const role of CAREER_ROLES) {
      for (const routeId of role.entryRoutes) expect(trainingRoute(routeId).region, `${role.id} via ${routeId}`).toBe('wallonia');
    }
    expect(TRAINING_ROUTES.filter((route) => route.region === 'flanders').map((route) => route.id)).toEqual(['vitalent-course', 'vdab-training']);
    expect(TRAINING_ROUTES.filter((route) => route.region === 'german-speaking').map((route) => route.id)).toEqual([
      'dg-secondary-diploma',
      'zawm-apprenticeship',
      'adg-training',
    ]);
  });

  // The French texts are the reference: a Walloon word on screen must come with its "what is this?" explainer.
  const TERM_WORDS = {
    cess: /\bCESS\b/,
    cefa: /\bCEFA\b/,
    alternance: /alternance/i,
    'promotion-sociale': /promotion sociale/i,
    jury: /\bJury\b/,
    'haute-ecole': /haute école/i,
    bachelier: /bachelier/i,
    master: /\bmaster\b/i,
  } as const;

  it('declares every Walloon school word a route\'s French text uses, so the screen can explain it', () => {
    const routeTexts = frCareers.routes as Record<string, { name: string; description: string }>;
    for (const route of TRAINING_ROUTES.filter((candidate) => candidate.region === 'wallonia')) {
      const text = `${routeTexts[route.id]?.name ?? ''} ${routeTexts[route.id]?.description ?? ''}`;
      for (const [term, word] of Object.entries(TERM_WORDS)) {
        if (word.test(text)) expect(route.terms, `${route.id} says "${term}"`).toContain(term);
      }
    }
  });

  it('names each master programme once, with at least one university and a source for each, for roles that go through university', () => {
    expect(MASTER_PROGRAMMES.map((programme) => programme.id)).toEqual([...MASTER_IDS]);
    for (const programme of MASTER_PROGRAMMES) {
      expect(programme.offeredBy.length, programme.id).toBeGreaterThan(0);
      for (const offer of programme.offeredBy) {
        expect(UNIVERSITIES).toContain(offer.university);
        expect(SOURCES[offer.source], `${programme.id} at ${offer.university}`).toMatch(/^https:\/\//);
      }
    }
    // Confirmed on each university's own programme pages (issue 18): ULB pharmacy, ULiège industrial pharmacy, UMONS civil engineering.
    const universitiesOf = (id: (typeof MASTER_IDS)[number]) => MASTER_PROGRAMMES.find((programme) => programme.id === id)?.offeredBy.map((offer) => offer.university);
    expect(universitiesOf('pharmaceutical-sciences')).toContain('ULB');
    expect(universitiesOf('industrial-pharmacy')).toEqual(['UCLouvain', 'ULiège']);
    expect(universitiesOf('civil-engineering')).toEqual(['ULiège', 'UMONS']);
    for (const [roleId, masters] of Object.entries(ROLE_MASTERS)) {
      const role = CAREER_ROLES.find((candidate) => candidate.id === roleId);
      const viaUniversity = role?.entryRoutes.some((routeId) => routeId === 'university-master' || trainingRoute(routeId).requires === 'master');
      expect(viaUniversity, roleId).toBe(true);
      expect(masters?.length, roleId).toBeGreaterThan(0);
    }
  });
});
