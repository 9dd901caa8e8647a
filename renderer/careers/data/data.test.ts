// Protects the careers data: every record passes its schema, the 26 roles match common/ids, every route, game and
// employer a role names exists, and the "start working soon" flag is backed by a real short adult course.

import { describe, expect, it } from 'vitest';
import { GAME_IDS, ROLE_IDS } from '../../../common/ids';
import { EMPLOYERS } from './employers';
import { CAREER_ROLES } from './roles';
import { TRAINING_ROUTES, trainingRoute } from './routes';
import { employerSchema, roleSchema, ROUTE_IDS, trainingRouteSchema } from './schema';
import { HUB_PATHWAY_BASE_URL, SOURCES } from './sources';

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
});
