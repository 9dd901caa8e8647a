// The locale check itself: it must catch missing keys, empty texts, broken JSON and mismatched placeholders, and
// the project's real locales must pass it.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales } from './checkLocales.mjs';

function fixture(files: Record<string, Record<string, unknown> | string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'locales-'));
  for (const lang of ['fr', 'nl', 'de', 'en']) mkdirSync(path.join(dir, lang));
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const same = (value: Record<string, unknown>) => ({
  'fr/a.json': value,
  'nl/a.json': value,
  'de/a.json': value,
  'en/a.json': value,
});

describe('checkLocales', () => {
  it('accepts matching files, including language-specific plural forms', () => {
    const dir = fixture({
      ...same({ hello: 'x {{name}}' }),
      'fr/p.json': { n_one: '{{count}} jeu', n_other: '{{count}} jeux' },
      'nl/p.json': { n_one: '{{count}} spel', n_other: '{{count}} spellen' },
      'de/p.json': { n_one: '{{count}} Spiel', n_other: '{{count}} Spiele' },
      'en/p.json': { n_one: '{{count}} game', n_other: '{{count}} games' },
    });
    expect(checkLocales(dir)).toEqual([]);
  });

  it('reports missing and extra keys, empty texts and placeholder mismatches', () => {
    const dir = fixture({
      'fr/a.json': { a: 'un', b: 'deux {{n}}' },
      'nl/a.json': { a: 'een' },
      'de/a.json': { a: '', b: 'zwei {{n}}', c: 'drei' },
      'en/a.json': { a: 'one', b: 'two {{count}}' },
    });
    const problems = checkLocales(dir);
    expect(problems).toContain('nl: missing a.b');
    expect(problems).toContain('de: a.a is empty');
    expect(problems).toContain('de: extra a.c (not in fr)');
    expect(problems.some((p) => p.startsWith('en: a.b has placeholders'))).toBe(true);
  });

  it('reports broken JSON instead of crashing', () => {
    const dir = fixture({ ...same({ a: 'x' }), 'de/a.json': '{ nope' });
    expect(checkLocales(dir).some((p) => p.includes('de/a.json is not valid JSON'))).toBe(true);
  });

  it('passes on the project locales', () => {
    expect(checkLocales(path.resolve(import.meta.dirname, '..', '..', 'locales'))).toEqual([]);
  });
});
