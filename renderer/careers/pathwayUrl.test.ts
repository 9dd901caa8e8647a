// Protects the QR link: it carries only the role, the starting profile and the language, keeps the hub's base URL
// intact, and refuses a base that is not a web address.

import { describe, expect, it } from 'vitest';
import { buildPathwayUrl } from './pathwayUrl';
import { HUB_PATHWAY_BASE_URL } from './data/sources';

describe('buildPathwayUrl', () => {
  it('adds role, profile and language to the base URL', () => {
    expect(buildPathwayUrl({ baseUrl: 'https://hub.example/parcours', roleId: 'qc-analyst', profile: 'pupil-upper', language: 'nl' })).toBe(
      'https://hub.example/parcours?role=qc-analyst&from=pupil-upper&lang=nl',
    );
  });

  it('keeps the base URL\'s own query and fragment', () => {
    expect(buildPathwayUrl({ baseUrl: 'https://hub.example/p?utm=kiosk#top', roleId: 'founder' })).toBe(
      'https://hub.example/p?utm=kiosk&role=founder#top',
    );
  });

  it('replaces stale parameters instead of repeating them', () => {
    expect(buildPathwayUrl({ baseUrl: 'https://hub.example/?role=cra&from=pupil-lower', roleId: 'cra' })).toBe('https://hub.example/?role=cra');
  });

  it('works with the default hub base URL', () => {
    const url = new URL(buildPathwayUrl({ baseUrl: HUB_PATHWAY_BASE_URL, roleId: 'usp-operator', profile: 'jobseeker-no-diploma' }));
    expect(url.searchParams.get('role')).toBe('usp-operator');
    expect(url.searchParams.get('from')).toBe('jobseeker-no-diploma');
    expect([...url.searchParams.keys()].sort()).toEqual(['from', 'role']);
  });

  it('refuses a base that is not an http(s) URL', () => {
    expect(() => buildPathwayUrl({ baseUrl: 'javascript:alert(1)', roleId: 'cra' })).toThrow();
    expect(() => buildPathwayUrl({ baseUrl: 'not a url', roleId: 'cra' })).toThrow();
  });
});
