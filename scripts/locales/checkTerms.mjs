// Drift checks over every locale text, run by `npm run check:locales` and by checkTerms.test.ts:
// - terms: each language's glossary (scripts/locales/glossary/<lang>.json) names the preferred word for a recurring
//   term and the wrong variants reviewers found; a text that uses a wrong variant fails.
// - numbers: no text writes a grouped number by hand ("100 000", "2.400", "3,520") or a long bare one ("100000"):
//   texts take numbers as {{name, number}} placeholders, which i18next formats with Intl.NumberFormat in the current
//   language (values from the code or renderer/i18n/contentNumbers.ts).
// - French spacing: a space before ? ! : ; and » (or after «) is a no-break space, so the sign never starts a line.
// The glossaries live outside locales/ on purpose: every file there is loaded as a namespace of translations.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_LANGUAGES } from './checkLocales.mjs';

/** Placeholders, nesting references and web addresses are not prose: they are left out of both checks. */
const NOT_PROSE = /\{\{[^}]*\}\}|\$t\([^)]*\)|https?:\/\/\S+/g;
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}\\u00AD]';

function flatten(value, prefix, into) {
  if (typeof value === 'string') into.push([prefix, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => flatten(item, `${prefix}.${index}`, into));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, into);
  return into;
}

/** Every text of one language as [namespace, "namespace.key.path", text]. */
export function localeTexts(localesDir, lang) {
  const dir = path.join(localesDir, lang);
  const texts = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const namespace = file.slice(0, -'.json'.length);
    for (const [key, text] of flatten(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), namespace, [])) {
      texts.push([namespace, key, text]);
    }
  }
  return texts;
}

export function loadGlossary(glossaryDir, lang) {
  return JSON.parse(readFileSync(path.join(glossaryDir, `${lang}.json`), 'utf8'));
}

/**
 * A wrong variant as a pattern: a plain string matches that whole word or phrase, case-insensitively; a trailing "*"
 * also matches longer words starting with it; { "regex": "..." } is used as written (Unicode, case-sensitive).
 */
export function variantPattern(variant) {
  if (typeof variant === 'object') return new RegExp(variant.regex, 'gu');
  const prefix = variant.endsWith('*');
  const phrase = (prefix ? variant.slice(0, -1) : variant).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})${phrase}${prefix ? '' : `(?!${LETTER_OR_DIGIT})`}`, 'giu');
}

const prose = (text) => text.replace(NOT_PROSE, ' ');

/** Problems with the glossary terms of every language; empty when no text uses a known wrong variant. */
export function checkTerms(localesDir, glossaryDir) {
  const problems = [];
  for (const lang of LOCALE_LANGUAGES) {
    const glossary = loadGlossary(glossaryDir, lang);
    const texts = localeTexts(localesDir, lang);
    for (const term of glossary.terms) {
      for (const variant of term.wrong ?? []) {
        const pattern = variantPattern(variant);
        for (const [namespace, key, text] of texts) {
          if (term.namespaces && !term.namespaces.includes(namespace)) continue;
          for (const match of prose(text).matchAll(pattern)) {
            problems.push(`${lang}: ${key} writes "${match[0]}" for ${term.concept}: use "${term.preferred}"`);
          }
        }
      }
    }
  }
  return problems;
}

/** A grouped number (1-3 digits, then groups of 3 after a space, dot, comma or apostrophe) or 5+ bare digits. */
const HAND_WRITTEN_NUMBER = new RegExp(
  `(?<!${LETTER_OR_DIGIT}|[.,])(?:\\d{1,3}(?:[ \\u00A0\\u202F.,'’]\\d{3})+(?![\\d])|\\d{5,}(?!${LETTER_OR_DIGIT}))`,
  'gu',
);

/** Problems with numbers written by hand in any language; empty when every such number is a placeholder. */
export function checkNumbers(localesDir) {
  const problems = [];
  for (const lang of LOCALE_LANGUAGES) {
    for (const [, key, text] of localeTexts(localesDir, lang)) {
      for (const match of prose(text).matchAll(HAND_WRITTEN_NUMBER)) {
        problems.push(`${lang}: ${key} writes the number "${match[0]}" by hand: use a {{name, number}} placeholder`);
      }
    }
  }
  return problems;
}

/** A plain (breakable) space before a French high sign or inside guillemets: the sign could wrap to its own line. */
const FRENCH_BREAKABLE_SPACE = /(?<=\S) [?!:;»]|« /g;

export function checkFrenchSpacing(localesDir) {
  const problems = [];
  for (const [, key, text] of localeTexts(localesDir, 'fr')) {
    for (const match of prose(text).matchAll(FRENCH_BREAKABLE_SPACE)) {
      problems.push(`fr: ${key} has a breakable space in "${match[0]}": use a no-break space (U+00A0)`);
    }
  }
  return problems;
}
