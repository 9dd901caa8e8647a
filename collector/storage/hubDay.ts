// The hub's calendar day: a class code is valid for one day as people in Belgian schools count it (Europe/Brussels,
// summer time included), whatever time zone the collector's server runs in.

export const HUB_TIME_ZONE = 'Europe/Brussels';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The hub's local day (YYYY-MM-DD) at `epochMs`. */
export function hubDayOf(epochMs: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: HUB_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(epochMs);
}

/** How far the hub's clock is ahead of UTC at `epochMs`, in ms. */
function offsetAt(epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: HUB_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(epochMs);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The local midnight that starts `day` in the hub's time zone, as epoch ms. */
function startOf(year: number, month: number, day: number): number {
  const midnightUtc = Date.UTC(year, month - 1, day);
  // Midnight is never inside a DST change in Brussels (they happen at 02:00 and 03:00), so two steps settle it.
  const guess = midnightUtc - offsetAt(midnightUtc);
  return midnightUtc - offsetAt(guess);
}

/** Start and end (exclusive) of a hub day; null when `day` is no real date. */
export function hubDayBounds(day: string): { readonly start: number; readonly end: number } | null {
  const match = DAY_PATTERN.exec(day);
  if (match === null) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return { start: startOf(year, month, date), end: startOf(year, month, date + 1) };
}
