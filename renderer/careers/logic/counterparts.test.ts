// Protects the counterparts: a Dutch reader sees the Flemish ones, a German reader those of the German-speaking
// Community, each open to the person's situation and of a kind the role can use; French and English readers see none.

import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../common/ids';
import { STARTING_POINTS, STARTING_PROFILES } from '../data/profiles';
import { careerRole } from '../data/roles';
import { counterpartRegion, counterpartRoutes } from './counterparts';

const ids = (...args: Parameters<typeof counterpartRoutes>) => counterpartRoutes(...args).map((route) => route.id);

describe('counterpartRoutes', () => {
  it('picks the community from the reading language, with or without a region subtag', () => {
    expect(counterpartRegion('nl')).toBe('flanders');
    expect(counterpartRegion('nl-BE')).toBe('flanders');
    expect(counterpartRegion('de')).toBe('german-speaking');
    expect(counterpartRegion('fr')).toBeNull();
    expect(counterpartRegion('en')).toBeNull();
    expect(counterpartRegion(undefined)).toBeNull();
  });

  it('shows a Dutch-reading jobseeker the Flemish counterparts for a production job', () => {
    expect(ids('nl', 'jobseeker-no-diploma', 'usp-operator')).toEqual(['vitalent-course', 'vdab-training']);
    expect(ids('nl', 'pupil-upper', 'usp-operator')).toEqual(['vitalent-course']);
  });

  it("shows a German-reading pupil the German-speaking Community's diploma and apprenticeship for a technical job", () => {
    expect(ids('de', 'pupil-upper', 'maintenance-tech')).toEqual(['dg-secondary-diploma', 'zawm-apprenticeship']);
    expect(ids('de', 'jobseeker-no-diploma', 'usp-operator')).toEqual(['adg-training']);
  });

  it('shows nothing to French and English readers', () => {
    for (const profile of STARTING_PROFILES) {
      for (const roleId of ROLE_IDS) {
        expect(ids('fr', profile, roleId)).toEqual([]);
        expect(ids('en', profile, roleId)).toEqual([]);
      }
    }
  });

  it('only shows counterparts of the reader\'s community, open to the person and of a kind the role can use', () => {
    for (const [language, region] of [['nl', 'flanders'], ['de', 'german-speaking']] as const) {
      for (const profile of STARTING_PROFILES) {
        for (const roleId of ROLE_IDS) {
          for (const route of counterpartRoutes(language, profile, roleId)) {
            expect(route.region).toBe(region);
            expect(route.audiences).toContain(STARTING_POINTS[profile].audience);
            expect(careerRole(roleId).routeCodes).toContain(route.code);
          }
        }
      }
    }
    // A university-only job has no counterpart course to list.
    expect(ids('nl', 'jobseeker-diploma', 'mes-engineer')).toEqual([]);
  });
});
