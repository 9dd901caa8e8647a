// Loads translation files (locales/<lang>/<namespace>.json) on demand, so only the current language's texts are in
// memory and each game's texts arrive with the game. Every file ships as it is, a JSON file of the build with a
// hashed name, fetched and parsed when needed: a fetch leaves at once, even while the app's code is still being
// evaluated (renderer/app/earlyStart.ts), where a dynamic import() of a module waited for that evaluation to end; and
// JSON parses faster than a script evaluates. The staff dashboard's texts (dashboard.json) belong to the collector's
// dashboard, never to the app, so they are not shipped.

import type { Language } from '../../common/i18n/languages';
import { PSEUDO_LOCALE, type LocaleChoice } from './localeChoice';

/** Each file's address in the build (never inlined: a small file inlined would travel in the app's code). */
const files = import.meta.glob<string>(['../../locales/*/*.json', '!../../locales/*/dashboard.json'], {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** One fetch per file: the early start's request and boot's later one are the same. A failed one is tried again. */
const loading = new Map<string, Promise<Record<string, unknown>>>();

async function fetchTexts(url: string, file: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${file}: HTTP ${response.status}`);
  const parsed: unknown = await response.json();
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file} is not an object of texts`);
  return parsed as Record<string, unknown>;
}

export { SHELL_NAMESPACES } from './shellNamespaces';

/** The language whose texts the pseudo-locale transforms (French: the default, and among the longest). */
const PSEUDO_SOURCE: Language = 'fr';

function fileKey(language: Language, namespace: string): string {
  return `../../locales/${language}/${namespace}.json`;
}

export async function loadNamespace(locale: LocaleChoice, namespace: string): Promise<Record<string, unknown>> {
  const language = locale === PSEUDO_LOCALE ? PSEUDO_SOURCE : locale;
  const key = fileKey(language, namespace);
  const url = files[key];
  const file = `locales/${language}/${namespace}.json`;
  if (!url) throw new Error(`missing translation file ${file}`);
  let attempt = loading.get(key);
  if (!attempt) {
    const started = fetchTexts(url, file);
    attempt = started;
    loading.set(key, started);
    started.catch(() => {
      if (loading.get(key) === started) loading.delete(key);
    });
  }
  const resource = await attempt;
  if (locale !== PSEUDO_LOCALE) return resource;
  // The pseudo-locale is for checking layouts (?lang=pseudo): its code loads only then.
  const { pseudoLocalizeTree } = await import('./pseudoLocale');
  return pseudoLocalizeTree(resource) as Record<string, unknown>;
}
