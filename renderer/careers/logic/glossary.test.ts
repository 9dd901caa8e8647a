// Protects the "what is this?" placement: on a pathway screen each Walloon school word is explained once, at the first
// step that uses it, and every word a step uses is explained there or above it.

import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../common/ids';
import { STARTING_PROFILES } from '../data/profiles';
import { trainingRoute } from '../data/routes';
import type { DiplomaTerm } from '../data/schema';
import { termsToExplain } from './glossary';
import { pathwaysTo } from './pathways';

describe('termsToExplain', () => {
  it('explains the words of an adult going back for the CESS and then a work-study bachelor, in order', () => {
    const pathways = pathwaysTo('jobseeker-no-diploma', 'qa-officer');
    const [first] = termsToExplain(pathways);
    expect(first).toEqual([
      ['promotion-sociale', 'cess'],
      ['bachelier', 'alternance', 'haute-ecole'],
    ]);
  });

  it('explains each word once per screen, never after a step that uses it', () => {
    for (const profile of STARTING_PROFILES) {
      for (const roleId of ROLE_IDS) {
        const pathways = pathwaysTo(profile, roleId).slice(0, 3);
        const explained = termsToExplain(pathways);
        const seen = new Set<DiplomaTerm>();
        pathways.forEach((pathway, p) => {
          pathway.steps.forEach((step, s) => {
            const here = explained[p]?.[s] ?? [];
            for (const term of here) {
              expect(seen.has(term), `${profile} -> ${roleId}: ${term} twice`).toBe(false);
              seen.add(term);
            }
            if (step.kind === 'route') for (const term of trainingRoute(step.routeId).terms) expect(seen.has(term), `${profile} -> ${roleId}: ${term}`).toBe(true);
          });
        });
      }
    }
  });

  it('leaves out words already explained elsewhere on the screen', () => {
    const pathways = pathwaysTo('jobseeker-no-diploma', 'qa-officer');
    expect(termsToExplain(pathways, ['cess'])[0]?.[0]).toEqual(['promotion-sociale']);
  });
});
