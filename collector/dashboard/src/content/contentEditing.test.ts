// The content editor's steps: fresh ids, moving and removing entries, writing and clearing one language, what is
// missing at a field, a chosen day in the dashboard's language, and the translated problems of a draft at the field they concern.

import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { missingTexts } from '../../../../common/content/contentPack';
import { emptyAgendaEntry, emptyRouteNotice, fieldId, freshId, missingAt, moveEntry, problemsAt, readableDay, starterContent, withLanguage, withoutEntry } from './contentEditing';
import { draftProblems } from './contentProblems';

const t = ((key: string) => key) as unknown as TFunction;

describe('content editing', () => {
  it('gives a new entry an id no other entry has', () => {
    expect(freshId('fact', [])).toBe('fact-1');
    expect(freshId('fact', ['fact-2', 'fact-3'])).toBe('fact-4');
    expect(freshId('fact', ['fact-3', 'x'])).toBe('fact-4');
    expect(emptyAgendaEntry([], '2027-01-05')).toEqual({ id: 'event-1', date: '2027-01-05', endDate: null, place: {}, title: {}, text: {}, link: null });
  });

  it('moves an entry one place with buttons and never past either end', () => {
    expect(moveEntry(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(withoutEntry(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('writes one language and treats an emptied one as missing', () => {
    const text = withLanguage({ fr: 'Bonjour' }, 'nl', 'Hallo');
    expect(text).toEqual({ fr: 'Bonjour', nl: 'Hallo' });
    expect(withLanguage(text, 'fr', '   ')).toEqual({ nl: 'Hallo' });
    const content = starterContent();
    content.facts[0] = { ...content.facts[0]!, figure: { fr: '3', nl: '3', de: '3', en: '3' }, text: { fr: 'a', en: 'b' } };
    const missing = missingTexts(content, ['fr', 'nl', 'de', 'en']);
    expect(missingAt(missing, ['facts', 0, 'text'])).toEqual(['nl', 'de']);
    expect(missingAt(missing, ['facts', 0, 'figure'])).toEqual([]);
    expect(missingAt(missing, ['facts', 0, 'source'])).toEqual(['fr', 'nl', 'de', 'en']);
  });

  it('offers a route notice only for a route without one', () => {
    const first = emptyRouteNotice([])!;
    expect(emptyRouteNotice([first])?.routeId).not.toBe(first.routeId);
  });

  it('finds a draft’s problems at the field they concern, with translated messages', () => {
    const content = starterContent();
    const entry = { ...emptyAgendaEntry([], '2027-03-10'), endDate: '2027-03-01', link: 'http://example.org' };
    const problems = draftProblems({ target: { kind: 'all' }, languages: ['fr'], content: { ...content, agenda: [entry], games: [] } }, t);
    expect(problemsAt(problems, ['agenda', 0, 'endDate']).map((problem) => problem.message)).toEqual(['content.problems.endDate']);
    expect(problemsAt(problems, ['agenda', 0, 'link']).map((problem) => problem.message)).toEqual(['content.problems.link']);
    expect(problemsAt(problems, ['games']).map((problem) => problem.message)).toEqual(['content.problems.noGame']);
    // Missing languages are not problems of the draft: a draft may lack them, publishing may not.
    expect(draftProblems({ target: { kind: 'all' }, languages: ['fr'], content }, t)).toEqual([]);
    expect(fieldId(['agenda', 0, 'text'], 'en')).toBe('content-agenda-0-text-en');
  });
});

describe('readableDay', () => {
  it("writes a day in the dashboard's language, whatever the browser's date format", () => {
    expect(readableDay('2027-03-10', 'fr')).toBe('mercredi 10 mars 2027');
    expect(readableDay('2027-03-10', 'nl')).toBe('woensdag 10 maart 2027');
    expect(readableDay('2027-03-10', 'de')).toBe('Mittwoch, 10. März 2027');
    expect(readableDay('2027-03-10', 'en')).toBe('Wednesday, March 10, 2027');
  });

  it('gives nothing for an empty, malformed or impossible day', () => {
    expect(readableDay(null, 'en')).toBeNull();
    expect(readableDay('', 'en')).toBeNull();
    expect(readableDay('10/03/2027', 'en')).toBeNull();
    expect(readableDay('2027-02-30', 'en')).toBeNull();
  });
});
