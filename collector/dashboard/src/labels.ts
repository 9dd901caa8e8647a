// Turns the report's keys (a mode, a language, a game id, a day...) and cells into the words and numbers staff
// read, in the chosen language. Used by tables, charts and CSV files alike, so all three say the same.

import type { TFunction } from 'i18next';
import type { Cell, ColumnKind, RowKind } from '../../reports/types';
import type { FilterOptions } from '../../reports/types';

export interface LabelContext {
  readonly t: TFunction;
  readonly language: string;
  readonly options: FilterOptions | null;
}

function date(day: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function rowLabel(kind: RowKind, key: string, context: LabelContext): string {
  const { t, language } = context;
  switch (kind) {
    case 'day':
      return date(key, language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
    case 'week':
      return t('values.weekOf', { date: date(key, language, { day: 'numeric', month: 'short', year: 'numeric' }) });
    case 'month':
      return date(`${key}-01`, language, { month: 'long', year: 'numeric' });
    case 'mode':
    case 'language':
    case 'profile':
    case 'age-band':
      return t(`values.${kind}.${key}`, { defaultValue: key });
    case 'site':
      return key;
    case 'device': {
      const device = context.options?.devices.find((candidate) => candidate.deviceId === key);
      return device === undefined ? key.slice(0, 8) : `${device.siteLabel} · ${key.slice(0, 8)}`;
    }
    case 'game':
      return t(`careers:games.${key}`, { defaultValue: key });
    case 'role':
      return t(`careersRoles:${key}.title`, { defaultValue: key });
    case 'interest':
      return t(`careers:interestTypes.${key}.name`, { defaultValue: key });
    case 'pathway-start':
      return t(`careers:profiles.${key}`, { defaultValue: key });
  }
}

/** A time row's short name for a chart's axis ("1 déc.", "1. Dez."), where the table keeps the full one. */
export function tickLabel(kind: RowKind, key: string, context: LabelContext): string | undefined {
  const { language } = context;
  switch (kind) {
    case 'day':
    case 'week':
      return date(key, language, { day: 'numeric', month: 'short' });
    case 'month':
      return date(`${key}-01`, language, { month: 'short', year: 'numeric' });
    default:
      return undefined;
  }
}

/** A cell as shown on screen: "<5" as is, withheld or undefined figures as an en dash. */
export function cellText(cell: Cell, kind: ColumnKind, context: LabelContext): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  const number = new Intl.NumberFormat(context.language, { maximumFractionDigits: 1 });
  if (kind === 'percent') return `${number.format(cell)} %`;
  if (kind === 'seconds') return context.t('values.duration', { minutes: Math.floor(cell / 60), seconds: String(cell % 60).padStart(2, '0') });
  return number.format(cell);
}
