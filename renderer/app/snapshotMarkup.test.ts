// Which devices get the home's snapshot, and how the snapshots travel in index.html.

import { describe, expect, it } from 'vitest';
import { defaultDeviceConfig } from '../../common/config/deviceConfig';
import { drawnFrom, snapshotFits, snapshotMarkup, SNAPSHOT_CONFIG_ID } from './snapshotMarkup';

const served = defaultDeviceConfig('classroom');
const KEY = { algorithm: 'Ed25519', publicKey: 'A'.repeat(43) };

describe('snapshotFits', () => {
  const drawn = drawnFrom(served);

  it('fits the config it was drawn from, and one that differs only where the home shows nothing', () => {
    expect(snapshotFits(drawn, served)).toBe(true);
    expect(snapshotFits(drawn, { ...served, siteLabel: 'Athénée', collectorUrl: 'https://hub.example.org/', defaultLanguage: 'nl' })).toBe(true);
  });

  it('does not fit another mode, other languages or games, nor a device that may show a hub\'s content pack', () => {
    expect(snapshotFits(drawn, { ...served, mode: 'kiosk' })).toBe(false);
    expect(snapshotFits(drawn, { ...served, enabledLanguages: ['nl', 'fr', 'de', 'en'] })).toBe(false);
    expect(snapshotFits(drawn, { ...served, enabledGames: served.enabledGames.slice(1) })).toBe(false);
    expect(snapshotFits(drawn, { ...served, contentKey: KEY as never })).toBe(false);
  });

  it('is never drawn from a config with a content key', () => {
    expect(() => drawnFrom({ ...served, contentKey: KEY as never })).toThrow(/built-in content/);
  });
});

describe('snapshotMarkup', () => {
  it('writes one template per language and the config as JSON that no text can close', () => {
    const markup = snapshotMarkup(new Map([['fr', '<p>Bonjour</p>'], ['nl', '<p>Hallo</p>']]), { ...drawnFrom(served), mode: '</script><b>' as never });
    expect(markup).toContain('<template data-home-snapshot="fr"><p>Bonjour</p></template>');
    expect(markup).toContain('<template data-home-snapshot="nl"><p>Hallo</p></template>');
    const json = /<script type="application\/json" id="([^"]+)">(.*)<\/script>$/.exec(markup);
    expect(json?.[1]).toBe(SNAPSHOT_CONFIG_ID);
    expect(json?.[2]).not.toContain('</');
    expect(JSON.parse(json![2]!).mode).toBe('</script><b>');
  });
});
