// The built-in pack is a valid published pack, holds what the home showed before packs existed (three facts with
// sources in four languages, French spacing), repeats the explorer's providers, and changes nothing else.

import { describe, expect, it } from 'vitest';
import { contentPackSchema, missingTexts } from '../../common/content/contentPack';
import { LANGUAGES } from '../../common/i18n/languages';
import { TRAINING_ROUTES } from '../careers/data/routes';
import { DEFAULT_PACK } from './defaultPack';
import { CONTENT_NUMBERS } from '../i18n/contentNumbers';

describe('the built-in content pack', () => {
  it('passes the published-pack schema as version 0 for every device', () => {
    expect(contentPackSchema.parse(DEFAULT_PACK)).toEqual(DEFAULT_PACK);
    expect(DEFAULT_PACK.version).toBe(0);
    expect(DEFAULT_PACK.target).toEqual({ kind: 'all' });
    expect(missingTexts(DEFAULT_PACK.content, LANGUAGES)).toEqual([]);
  });

  it('has the three home facts, each with its source, and no agenda, highlighted role or games order', () => {
    expect(DEFAULT_PACK.content.facts.map((fact) => fact.id)).toEqual(['jobs', 'no-experience', 'sector']);
    for (const fact of DEFAULT_PACK.content.facts) for (const language of LANGUAGES) expect(fact.source[language]).toMatch(/^(Source|Bron|Quelle)/);
    expect(DEFAULT_PACK.content.agenda).toEqual([]);
    expect(DEFAULT_PACK.content.highlightedRoles).toEqual([]);
    expect(DEFAULT_PACK.content.games).toBeNull();
  });

  it("writes the sector's hires in each language's number format", () => {
    const jobs = DEFAULT_PACK.content.facts.find((fact) => fact.id === 'jobs')!;
    for (const language of LANGUAGES) expect(jobs.figure[language]).toBe(new Intl.NumberFormat(language).format(CONTENT_NUMBERS.sectorHires));
    expect(jobs.figure).toEqual({ fr: '2\u202f400', nl: '2.400', de: '2.400', en: '2,400' });
  });

  it('writes French with a no-break space before : ; ? ! and », after «, and never a plain one there', () => {
    const french = DEFAULT_PACK.content.facts.flatMap((fact) => [fact.figure.fr, fact.text.fr, fact.source.fr]) as string[];
    for (const text of french) {
      expect(text).not.toMatch(/ [:;?!»]/);
      expect(text).not.toMatch(/« /);
    }
    expect(DEFAULT_PACK.content.facts[0]!.source.fr).toBe('Source\u00a0: L\'Echo, 2021');
  });

  it("names every route's providers from the explorer's data, with no date, link or note", () => {
    expect(DEFAULT_PACK.content.routes).toEqual(TRAINING_ROUTES.map((route) => ({ routeId: route.id, providers: route.providers, nextStart: null, link: null, note: null })));
  });
});
