// Protects the pathway computation: a pathway exists from every starting profile to every role, each step is one the
// person may really take at that point, and a few hand-checked cases come out as the sources describe them.

import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../common/ids';
import { careerRole } from '../data/roles';
import { trainingRoute } from '../data/routes';
import { STARTING_POINTS, STARTING_PROFILES } from '../data/profiles';
import { educationRank } from '../data/schema';
import { pathwaysTo } from './pathways';

const routeIds = (profile: Parameters<typeof pathwaysTo>[0], role: Parameters<typeof pathwaysTo>[1]) =>
  pathwaysTo(profile, role)[0]?.steps.map((step) => (step.kind === 'route' ? step.routeId : 'experience'));

describe('pathwaysTo', () => {
  it('finds at least one pathway from every starting profile to every role', () => {
    for (const profile of STARTING_PROFILES) {
      for (const roleId of ROLE_IDS) expect(pathwaysTo(profile, roleId).length, `${profile} -> ${roleId}`).toBeGreaterThan(0);
    }
  });

  it('only takes routes open to the person, at a level they have reached, ending with an entry route of the role', () => {
    for (const profile of STARTING_PROFILES) {
      const point = STARTING_POINTS[profile];
      for (const roleId of ROLE_IDS) {
        for (const pathway of pathwaysTo(profile, roleId)) {
          let rank = educationRank(point.level);
          const routeSteps = pathway.steps.filter((step) => step.kind === 'route');
          for (const step of routeSteps) {
            const route = trainingRoute(step.routeId);
            expect(route.audiences).toContain(point.audience);
            expect(educationRank(route.requires)).toBeLessThanOrEqual(rank);
            if (route.grants !== null) rank = Math.max(rank, educationRank(route.grants));
          }
          expect(routeSteps.at(-1)?.routeId).toBe(pathway.entryRoute);
          expect(careerRole(roleId).entryRoutes).toContain(pathway.entryRoute);
        }
      }
    }
  });

  it('sends a jobseeker without a diploma to upstream operator through Jump to Pharma, 7 months in all', () => {
    const [first] = pathwaysTo('jobseeker-no-diploma', 'usp-operator');
    expect(first?.steps.map((step) => step.kind === 'route' && step.routeId)).toEqual(['jump-to-pharma']);
    expect(first?.total).toEqual({ minMonths: 7, maxMonths: 7, hasUnknownStep: false });
  });

  it('takes a young pupil through the rest of secondary school, picking the option that fits the role', () => {
    expect(routeIds('pupil-lower', 'lab-technician')).toEqual(['secondary-lower-cycle', 'secondary-biotechnique']);
    expect(routeIds('pupil-lower', 'maintenance-tech')).toEqual(['secondary-lower-cycle', 'secondary-qualifying']);
    expect(routeIds('pupil-upper', 'usp-operator')).toEqual(['secondary-biotechnique']);
  });

  it('asks an adult without a diploma to get the CESS in promotion sociale before a bachelor', () => {
    expect(routeIds('jobseeker-no-diploma', 'qa-officer')).toEqual(['promotion-sociale-cess', 'bachelor-bioquality-alternance']);
  });

  it('takes a jobseeker without a diploma into a production role through the CESS in promotion sociale and a course', () => {
    for (const roleId of ['dsp-operator', 'aseptic-operator'] as const) {
      expect(routeIds('jobseeker-no-diploma', roleId), roleId).toEqual(['promotion-sociale-cess', 'aptaskil-course']);
    }
  });

  it('reaches lab technician without a diploma through the chemistry technician course in promotion sociale', () => {
    expect(routeIds('jobseeker-no-diploma', 'lab-technician')).toEqual(['promotion-sociale-chemist']);
  });

  it('offers adults the IFAPME lab assistant course in alternance as a way into lab technician, after the CESS', () => {
    for (const profile of ['jobseeker-diploma', 'employee-switch'] as const) {
      const ifapme = pathwaysTo(profile, 'lab-technician').find((pathway) => pathway.entryRoute === 'ifapme-lab-assistant');
      expect(ifapme?.steps.map((step) => step.kind === 'route' && step.routeId), profile).toEqual(['ifapme-lab-assistant']);
      expect(ifapme?.total.hasUnknownStep, profile).toBe(true);
    }
    const withoutDiploma = pathwaysTo('jobseeker-no-diploma', 'lab-technician').find((pathway) => pathway.entryRoute === 'ifapme-lab-assistant');
    expect(withoutDiploma?.steps.map((step) => step.kind === 'route' && step.routeId)).toEqual(['promotion-sociale-cess', 'ifapme-lab-assistant']);
  });

  it('offers secondary school in alternance (CEFA) as a way into the technical jobs for pupils', () => {
    for (const roleId of ['maintenance-tech', 'automation-tech', 'warehouse-operator'] as const) {
      const entries = pathwaysTo('pupil-upper', roleId).map((pathway) => pathway.entryRoute);
      expect(entries, roleId).toContain('secondary-cefa');
    }
  });

  it('never puts a Flemish or German-speaking counterpart inside a Walloon pathway', () => {
    for (const profile of STARTING_PROFILES) {
      for (const roleId of ROLE_IDS) {
        for (const pathway of pathwaysTo(profile, roleId)) {
          for (const step of pathway.steps) if (step.kind === 'route') expect(trainingRoute(step.routeId).region, `${profile} -> ${roleId}`).toBe('wallonia');
        }
      }
    }
  });

  it('adds experience after the diploma for roles that need it', () => {
    expect(routeIds('jobseeker-diploma', 'team-leader')).toEqual(['bachelor-biopharma-alternance', 'experience']);
  });

  it("reaches the founder role through a master and the hub's mini-MBA, whose length is not yet published", () => {
    const [first] = pathwaysTo('pupil-upper', 'founder');
    expect(first?.steps.map((step) => step.kind === 'route' && step.routeId)).toEqual([
      'secondary-biotechnique',
      'university-master',
      'hub-mini-mba',
    ]);
    expect(first?.total.hasUnknownStep).toBe(true);
  });

  it('lists the shortest pathway first', () => {
    for (const profile of STARTING_PROFILES) {
      const totals = pathwaysTo(profile, 'data-scientist').map((pathway) => pathway.total.maxMonths);
      expect(totals).toEqual([...totals].sort((a, b) => a - b));
    }
  });
});
