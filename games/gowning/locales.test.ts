// The four translations of Gowning Up must stay interchangeable: the same keys, the same {{placeholders}} per key,
// no empty text, and every key the code asks for present (items, zones, mistakes, describer and results texts).

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/gowning.json';
import en from '../../locales/en/gowning.json';
import fr from '../../locales/fr/gowning.json';
import nl from '../../locales/nl/gowning.json';
import { DECOYS, GOWNING_SEQUENCE, itemActionKey, itemNameKey, itemWhyKey } from './items';
import { gowningManifest } from './manifest';
import { BODY_ZONES, MISTAKES, zoneNameKey } from './mistakes';
import { LEARNED_KEYS } from './results';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();

const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };

describe('gowning locales', () => {
  it('have identical key sets, same placeholders and no empty texts', () => {
    const reference = locales.fr;
    for (const [language, entries] of Object.entries(locales)) {
      expect([...entries.keys()].sort(), language).toEqual([...reference.keys()].sort());
      for (const [key, text] of entries) {
        expect(text.trim().length, `${language} ${key}`).toBeGreaterThan(0);
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(reference.get(key) ?? ''));
      }
    }
  });

  it('contain every key the game uses', () => {
    const used = [
      gowningManifest.titleKey,
      gowningManifest.summaryKey,
      gowningManifest.goalKey,
      ...gowningManifest.howToPlayKeys,
      ...gowningManifest.learningGoalKeys,
      ...gowningManifest.levels.map((level) => level.titleKey),
      ...GOWNING_SEQUENCE.flatMap((step) => [itemNameKey(step), itemActionKey(step), itemWhyKey(step), `items.${step}.done`]),
      ...DECOYS.flatMap((decoy) => [itemNameKey(decoy), itemActionKey(decoy), itemWhyKey(decoy)]),
      ...BODY_ZONES.map(zoneNameKey),
      ...MISTAKES.flatMap((mistake) => [mistake.titleKey, mistake.explanationKey]),
      ...LEARNED_KEYS,
      ...['A', 'B', 'C', 'D'].map((grade) => `results.grade${grade}`),
      'numberLocale',
    ];
    for (const key of used) expect(locales.fr.has(key), key).toBe(true);
  });

  it('give each language a valid number locale', () => {
    for (const entries of Object.values(locales)) {
      expect(() => new Intl.NumberFormat(entries.get('numberLocale'))).not.toThrow();
    }
  });
});
