// Which agenda entries a screen shows, and their dates in the visitor's language. An entry stays until its last day
// has passed (its end date, or its date for a one-day event), measured in the device's own calendar day.

import type { AgendaEntry } from '../../common/content/contentPack';

/** The device's calendar day as "YYYY-MM-DD" (local time, like the hub's opening hours). */
export function calendarDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Entries whose last day is today or later, soonest first. */
export function upcomingAgenda(entries: readonly AgendaEntry[], today: string): AgendaEntry[] {
  return entries.filter((entry) => (entry.endDate ?? entry.date) >= today).sort((a, b) => a.date.localeCompare(b.date));
}

/** One calendar day ("2027-09-14") as "14 septembre 2027" in `language`. */
export function calendarDayText(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "12 mars 2027" or "12 mars 2027 – 14 mars 2027" in `language` (the day is read as a calendar day, not a time). */
export function agendaDates(entry: Pick<AgendaEntry, 'date' | 'endDate'>, language: string): string {
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  return entry.endDate === null || entry.endDate === entry.date ? format.format(day(entry.date)) : format.formatRange(day(entry.date), day(entry.endDate));
}
