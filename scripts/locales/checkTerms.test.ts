// The drift checks over the locale texts: the real locales use no wrong glossary variant and write no number by hand,
// and the checks do catch a wrong variant, a grouped number and a long bare number (but not placeholders or URLs).

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFrenchSpacing, checkNumbers, checkTerms, loadGlossary, variantPattern } from './checkTerms.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const LOCALES = path.join(ROOT, 'locales');
const GLOSSARIES = path.join(ROOT, 'scripts', 'locales', 'glossary');
const LANGUAGES = ['fr', 'nl', 'de', 'en'];

function localesWith(texts: Partial<Record<string, Record<string, unknown>>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'terms-'));
  for (const lang of LANGUAGES) {
    mkdirSync(path.join(dir, lang));
    writeFileSync(path.join(dir, lang, 'a.json'), JSON.stringify(texts[lang] ?? { ok: 'ok' }));
  }
  return dir;
}

describe('the project locales', () => {
  it('use no wrong variant of any glossary term', () => {
    expect(checkTerms(LOCALES, GLOSSARIES)).toEqual([]);
  });

  it('write no grouped or long number by hand', () => {
    expect(checkNumbers(LOCALES)).toEqual([]);
  });

  it('keep French signs on the line of the word before them (no-break spaces)', () => {
    expect(checkFrenchSpacing(LOCALES)).toEqual([]);
  });

  it('have one glossary per language naming the recurring terms', () => {
    for (const lang of LANGUAGES) {
      const concepts = loadGlossary(GLOSSARIES, lang).terms.map((term) => term.concept);
      for (const concept of ['laboratory', 'games', 'host-cell proteins', 'column wash (Protein A)', 'chromatography cut (fractions kept)', 'purification']) {
        expect(concepts, `${lang}: ${concept}`).toContain(concept);
      }
    }
  });
});

describe('checkFrenchSpacing', () => {
  it('flags a plain space before ? ! : ; » or after «, but not a no-break one, a placeholder or a web address', () => {
    const dir = localesWith({
      fr: { a: 'C’est quoi ?', b: 'Durée : {{d}}', c: 'Le jeu « Purify »', d: 'Prêt\u00a0? Oui\u00a0!', e: '{{a}} ? https://x.be/a :b' },
    });
    expect(checkFrenchSpacing(dir)).toEqual([
      'fr: a.a has a breakable space in " ?": use a no-break space (U+00A0)',
      'fr: a.b has a breakable space in " :": use a no-break space (U+00A0)',
      'fr: a.c has a breakable space in "« ": use a no-break space (U+00A0)',
      'fr: a.c has a breakable space in " »": use a no-break space (U+00A0)',
    ]);
  });
});

describe('checkTerms', () => {
  it('flags a wrong variant as a whole word, in any case, but not inside a longer word or a placeholder', () => {
    const dir = localesWith({
      nl: { a: 'Het QC-lab is open.', b: 'Een labo, een label, {{lab}}.', c: 'De Spelletjes' },
      de: { a: 'Wähle die Wäsche.', b: 'Die Reinigungsoperatoren arbeiten.' },
    });
    const problems = checkTerms(dir, GLOSSARIES);
    expect(problems.some((p) => p.startsWith('nl: a.a') && p.includes('"lab"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('nl: a.b'))).toBe(false);
    expect(problems.some((p) => p.startsWith('nl: a.c') && p.includes('Spelletjes'))).toBe(true);
    expect(problems.some((p) => p.startsWith('de: a.a') && p.includes('Wäsche'))).toBe(true);
    expect(problems.some((p) => p.startsWith('de: a.b') && p.includes('Reinigungsoperator'))).toBe(true);
  });

  it('applies a namespaced variant only in its namespace', () => {
    expect('ein falsches Etikett'.match(variantPattern('Etikett*'))).not.toBeNull();
    const dir = localesWith({ de: { a: 'Prüfe das Etikett.' } });
    expect(checkTerms(dir, GLOSSARIES).filter((p) => p.startsWith('de:'))).toEqual([]);
  });
});

describe('checkNumbers', () => {
  it('flags grouped numbers in every style and long bare numbers', () => {
    const dir = localesWith({
      fr: { a: '100 000 fois', b: '3\u202f520 particules' },
      nl: { a: '2.400 mensen' },
      de: { a: '100000-mal' },
      en: { a: '3,520 particles' },
    });
    const problems = checkNumbers(dir);
    for (const key of ['fr: a.a', 'fr: a.b', 'nl: a.a', 'de: a.a', 'en: a.a']) expect(problems.some((p) => p.startsWith(key)), key).toBe(true);
  });

  it('accepts placeholders, decimals, years, codes and addresses', () => {
    const dir = localesWith({
      en: { a: '{{count, number}} people in 2024', b: '0.5 µm, pH 3.6, 1.5 g/L', c: 'PMC5874891 and https://example.org/12345678', d: 'O*NET-SOC 11-9121.01' },
    });
    expect(checkNumbers(dir)).toEqual([]);
  });
});
