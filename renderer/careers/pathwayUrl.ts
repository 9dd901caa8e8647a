// Builds the link a pathway QR code carries: the hub's page plus the role, the starting profile and the language.
// Only our own fixed ids go into it: no name, no answer, no session id, nothing that could identify a visitor.

import type { RoleId } from '../../common/ids';
import type { Language } from '../../common/i18n/languages';
import type { StartingProfile } from './data/profiles';

export interface PathwayLink {
  readonly baseUrl: string;
  readonly roleId: RoleId;
  readonly profile?: StartingProfile | undefined;
  readonly language?: Language | undefined;
}

/**
 * Adds role, from and lang to the base URL's query, keeping what the base already has (path, other parameters,
 * fragment). Throws on a base that is not an absolute http(s) URL: a QR code must never carry a broken link.
 */
export function buildPathwayUrl({ baseUrl, roleId, profile, language }: PathwayLink): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`pathway base URL must be http(s), got ${url.protocol}`);
  }
  url.searchParams.set('role', roleId);
  if (profile !== undefined) url.searchParams.set('from', profile);
  else url.searchParams.delete('from');
  if (language !== undefined) url.searchParams.set('lang', language);
  else url.searchParams.delete('lang');
  return url.toString();
}
