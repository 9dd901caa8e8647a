// What React keeps of the snapshot: the visitor's language choices there, recorded as events in order, and the last
// one applied when boot() read the settings before it.

import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../state/store';
import { defaultVisitorSettings, type VisitorSettings } from '../settings/visitorSettings';
import type { AppServices } from './services';

vi.mock('../i18n/i18n', () => ({ switchLanguage: vi.fn(async () => undefined) }));
const { switchLanguage } = await import('../i18n/i18n');
const { keepSnapshotChanges } = await import('./snapshotHandover');

const fr = defaultVisitorSettings('fr', false);
const nl: VisitorSettings = { ...fr, language: 'nl' };
const de: VisitorSettings = { ...fr, language: 'de' };

function services(settings: VisitorSettings) {
  const record = vi.fn();
  return { record, services: { i18n: {} as AppServices['i18n'], settings: createStore(settings), telemetry: { record } as unknown as AppServices['telemetry'] } };
}

describe('keepSnapshotChanges', () => {
  it('records each choice as the language buttons do, and switches to the last when boot read an earlier one', async () => {
    const { record, services: s } = services(nl);
    await keepSnapshotChanges(s, [{ before: fr, after: nl }, { before: nl, after: de }]);
    expect(record.mock.calls.map(([event]) => event)).toEqual([
      { type: 'language-changed', from: 'fr', to: 'nl' },
      { type: 'settings-changed', setting: 'language', value: 'nl' },
      { type: 'language-changed', from: 'nl', to: 'de' },
      { type: 'settings-changed', setting: 'language', value: 'de' },
    ]);
    expect(switchLanguage).toHaveBeenCalledWith(s.i18n, 'de');
    expect(s.settings.get().language).toBe('de');
  });

  it('switches nothing when boot already read the last choice, and does nothing without choices', async () => {
    vi.mocked(switchLanguage).mockClear();
    const { record, services: s } = services(de);
    await keepSnapshotChanges(s, [{ before: fr, after: de }]);
    expect(record).toHaveBeenCalledTimes(2);
    await keepSnapshotChanges(s, []);
    expect(record).toHaveBeenCalledTimes(2);
    expect(switchLanguage).not.toHaveBeenCalled();
  });
});
