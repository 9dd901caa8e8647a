// The updater reaches the configured collector's feed for this kiosk's channel, with its token, and nowhere else.

import { describe, expect, it } from 'vitest';
import { isAllowedUpdateRequest, updateFeed } from './updateFeed';

const TOKEN = 'a'.repeat(43);

describe('update feed', () => {
  it('is the collector /updates/<channel>/ with the device token and the version headers', () => {
    expect(updateFeed({ collectorUrl: 'https://hub.example.org/', deviceToken: TOKEN, updateChannel: 'pilot' }, '1.2.0', null)).toEqual({
      url: 'https://hub.example.org/updates/pilot/',
      headers: { authorization: `Bearer ${TOKEN}`, 'x-biotech-app-version': '1.2.0' },
    });
    expect(updateFeed({ collectorUrl: 'https://hub.example.org/collector', deviceToken: TOKEN, updateChannel: 'stable' }, '1.2.0', '1.3.0')).toEqual({
      url: 'https://hub.example.org/collector/updates/stable/',
      headers: { authorization: `Bearer ${TOKEN}`, 'x-biotech-app-version': '1.2.0', 'x-biotech-failed-version': '1.3.0' },
    });
  });

  it('does not exist for a kiosk that is not enrolled', () => {
    expect(updateFeed({ collectorUrl: null, deviceToken: TOKEN, updateChannel: 'stable' }, '1.0.0', null)).toBeNull();
    expect(updateFeed({ collectorUrl: 'https://hub.example.org', deviceToken: null, updateChannel: 'stable' }, '1.0.0', null)).toBeNull();
  });

  it('lets the updater reach the collector origin only', () => {
    expect(isAllowedUpdateRequest('https://hub.example.org/updates/stable/latest.yml', 'https://hub.example.org')).toBe(true);
    expect(isAllowedUpdateRequest('https://github.com/x/releases/latest.yml', 'https://hub.example.org')).toBe(false);
    expect(isAllowedUpdateRequest('http://hub.example.org/updates/stable/latest.yml', 'https://hub.example.org')).toBe(false);
    expect(isAllowedUpdateRequest('https://hub.example.org/x', null)).toBe(false);
    expect(isAllowedUpdateRequest('not a url', 'https://hub.example.org')).toBe(false);
  });
});
