// The agenda shows an event until its last day has passed, soonest first, with its dates in the visitor's language;
// a route notice shows only when the hub says more than the explorer's own data.

import { describe, expect, it } from 'vitest';
import type { AgendaEntry } from '../../common/content/contentPack';
import { agendaDates, calendarDay, calendarDayText, upcomingAgenda } from './agenda';
import { DEFAULT_PACK } from './defaultPack';
import { hubRouteNotice } from './routeNotices';

const entry = (id: string, date: string, endDate: string | null = null): AgendaEntry => ({ id, date, endDate, place: { fr: 'Gosselies' }, title: { fr: id }, text: { fr: '…' }, link: null });

describe('the agenda', () => {
  it('keeps coming events and those still running, soonest first', () => {
    const list = [entry('later', '2027-03-10'), entry('past', '2027-01-02'), entry('running', '2027-01-01', '2027-01-05'), entry('today', '2027-01-03')];
    expect(upcomingAgenda(list, '2027-01-03').map((item) => item.id)).toEqual(['running', 'today', 'later']);
    expect(calendarDay(new Date(2027, 0, 3, 23, 59))).toBe('2027-01-03');
  });

  it('writes the dates in the visitor language, one day or a range', () => {
    expect(agendaDates(entry('a', '2027-03-12'), 'fr')).toBe('12 mars 2027');
    expect(agendaDates(entry('a', '2027-03-12'), 'en')).toBe('March 12, 2027');
    expect(agendaDates(entry('a', '2027-03-12', '2027-03-14'), 'nl')).toMatch(/^12.*14 maart 2027$/);
    expect(calendarDayText('2027-09-14', 'de')).toBe('14. September 2027');
  });
});

describe('route notices', () => {
  it("say nothing for the built-in pack, and show the hub's date, note, link or other providers", () => {
    expect(hubRouteNotice(DEFAULT_PACK, 'ifapme-lab-assistant')).toBeNull();
    const routes = DEFAULT_PACK.content.routes.map((route) => (route.routeId === 'ifapme-lab-assistant' ? { ...route, nextStart: '2027-09-01' } : route));
    const pack = { ...DEFAULT_PACK, content: { ...DEFAULT_PACK.content, routes } };
    expect(hubRouteNotice(pack, 'ifapme-lab-assistant')).toMatchObject({ nextStart: '2027-09-01' });
    expect(hubRouteNotice(pack, 'secondary-cefa')).toBeNull();
  });
});
