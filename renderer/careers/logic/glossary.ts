// Which Walloon school words ("CESS", "bachelier", "alternance", ...) to explain where on a pathway screen: each word
// once, at the step where it first appears, so a visitor from Flanders or abroad meets the "what is this?" right
// where the word is new to them, and is not shown the same explanation again further down.

import { trainingRoute } from '../data/routes';
import type { DiplomaTerm } from '../data/schema';
import type { Pathway } from './pathways';

/** For each pathway (in screen order), the terms to explain at each of its steps; `seen` are already explained above. */
export function termsToExplain(pathways: readonly Pathway[], seen: Iterable<DiplomaTerm> = []): DiplomaTerm[][][] {
  const explained = new Set<DiplomaTerm>(seen);
  return pathways.map((pathway) =>
    pathway.steps.map((step) => {
      if (step.kind !== 'route') return [];
      const fresh = trainingRoute(step.routeId).terms.filter((term) => !explained.has(term));
      for (const term of fresh) explained.add(term);
      return fresh;
    }),
  );
}
