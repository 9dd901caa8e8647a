// Test helper for the games' terminology tests (games/<id>/terminology.test.ts): every text of one game in one
// language (its locale file and its teacher guide in classroom.json) and the two checks of the game's glossary over
// them. A glossary names, per language and concept, the term the content review chose (it must be used) and the
// variants it rejected (none may be used). Terms match like the app-wide glossary's (scripts/locales/checkTerms.mjs):
// a whole word or phrase, case-insensitive; a trailing "*" also matches longer words; { regex } as written.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { variantPattern, type GlossaryVariant } from '../../scripts/locales/checkTerms.mjs';

export interface GameTerm {
  readonly concept: string;
  readonly chosen: GlossaryVariant;
  readonly rejected: readonly GlossaryVariant[];
}

export type GameGlossary = Readonly<Record<Language, readonly GameTerm[]>>;

/** One text of a game: where it is ("pipette-pro:hint.tip", "classroom:guides.pipette-pro.science.2") and its words. */
export type GameText = readonly [where: string, text: string];

const LOCALES = path.resolve(__dirname, '..', '..', 'locales');

/** Placeholders, nesting references and web addresses are not words of the text. */
const NOT_PROSE = /\{\{[^}]*\}\}|\$t\([^)]*\)|https?:\/\/\S+/g;

/** A file's key path after "namespace:", dotted below it. */
const join = (prefix: string, key: string | number): string => (prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`);

function flatten(value: unknown, prefix: string, into: GameText[]): GameText[] {
  if (typeof value === 'string') into.push([prefix, value.replace(NOT_PROSE, ' ')]);
  else if (Array.isArray(value)) value.forEach((item, index) => flatten(item, join(prefix, index), into));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, join(prefix, key), into);
  return into;
}

function readLocale(language: Language, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(LOCALES, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

/** Every text of the game in that language: its own locale file and its teacher guide. */
export function gameTexts(game: string, language: Language): GameText[] {
  const guides = readLocale(language, 'classroom').guides as Record<string, unknown> | undefined;
  const guide = guides?.[game];
  if (!guide) throw new Error(`no teacher guide for ${game} in ${language}/classroom.json`);
  return [...flatten(readLocale(language, game), `${game}:`, []), ...flatten(guide, `classroom:guides.${game}`, [])];
}

const show = (variant: GlossaryVariant): string => (typeof variant === 'string' ? variant : variant.regex);

/** Each use of a rejected variant, as "where writes "word" for concept: use chosen"; empty when there is none. */
export function rejectedUses(texts: readonly GameText[], terms: readonly GameTerm[]): string[] {
  const problems: string[] = [];
  for (const term of terms) {
    for (const variant of term.rejected) {
      for (const [where, text] of texts) {
        for (const match of text.matchAll(variantPattern(variant))) {
          problems.push(`${where} writes "${match[0]}" for ${term.concept}: use "${show(term.chosen)}"`);
        }
      }
    }
  }
  return problems;
}

/** The concepts whose chosen term no text uses (a stale glossary entry, or a term replaced everywhere). */
export function unusedTerms(texts: readonly GameText[], terms: readonly GameTerm[]): string[] {
  return terms.filter((term) => !texts.some(([, text]) => variantPattern(term.chosen).test(text))).map((term) => `${term.concept}: "${show(term.chosen)}"`);
}

/** The two checks of a game's glossary in each language, as tests: no rejected variant used, every chosen term used. */
export function describeGameTerminology(game: string, glossary: GameGlossary): void {
  describe(`${game} terminology`, () => {
    for (const language of LANGUAGES) {
      const texts = gameTexts(game, language);

      it(`${language}: no text uses a rejected variant`, () => {
        expect(rejectedUses(texts, glossary[language])).toEqual([]);
      });

      it(`${language}: every chosen term is used`, () => {
        expect(unusedTerms(texts, glossary[language])).toEqual([]);
      });
    }
  });
}
