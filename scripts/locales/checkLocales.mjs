// Compares the translation files of every language with French (the reference): same namespaces, same keys, no
// empty text, the same {{placeholders}} and $t() references. Plural keys (_one, _other...) may differ per language.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LOCALE_LANGUAGES = ['fr', 'nl', 'de', 'en'];
const REFERENCE = 'fr';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value, prefix, into) {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${prefix}.${index}`, into));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

const tokens = (text) =>
  [...String(text).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|\$t\(([^),]+)/g)].map((m) => m[1] ?? `$t:${m[2]}`).sort().join(',');

/** Returns a list of human-readable problems; empty when the locales agree. */
export function checkLocales(localesDir) {
  const problems = [];
  const texts = new Map();
  for (const lang of LOCALE_LANGUAGES) {
    const dir = path.join(localesDir, lang);
    if (!existsSync(dir)) {
      problems.push(`locales/${lang}/ is missing`);
      continue;
    }
    const keys = new Map();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      const namespace = file.slice(0, -'.json'.length);
      let json;
      try {
        json = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      } catch (error) {
        problems.push(`locales/${lang}/${file} is not valid JSON: ${error.message}`);
        continue;
      }
      for (const [key, value] of flatten(json, namespace, new Map())) keys.set(key, value);
    }
    texts.set(lang, keys);
  }
  const reference = texts.get(REFERENCE);
  if (!reference) return problems;

  const baseKeys = (keys) => new Set([...keys.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
  const referenceKeys = baseKeys(reference);
  for (const [lang, keys] of texts) {
    const own = baseKeys(keys);
    for (const key of referenceKeys) if (!own.has(key)) problems.push(`${lang}: missing ${key}`);
    for (const key of own) if (!referenceKeys.has(key)) problems.push(`${lang}: extra ${key} (not in ${REFERENCE})`);
    for (const [key, value] of keys) {
      if (typeof value !== 'string') problems.push(`${lang}: ${key} is not text`);
      else if (value.trim() === '') problems.push(`${lang}: ${key} is empty`);
    }
    if (lang === REFERENCE) continue;
    for (const [key, value] of keys) {
      const referenceValue = reference.get(key) ?? reference.get(`${key.replace(PLURAL_SUFFIX, '')}_other`);
      if (typeof value === 'string' && typeof referenceValue === 'string' && tokens(value) !== tokens(referenceValue)) {
        problems.push(`${lang}: ${key} has placeholders [${tokens(value)}] but ${REFERENCE} has [${tokens(referenceValue)}]`);
      }
    }
  }
  return problems;
}

export function countKeys(localesDir) {
  let count = 0;
  const dir = path.join(localesDir, REFERENCE);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    count += flatten(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), 'x', new Map()).size;
  }
  return count;
}
