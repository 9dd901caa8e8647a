// Loads translation files (locales/<lang>/<namespace>.json) on demand, so only the current language's texts are in
// memory and each game's texts arrive with the game. Vite turns every file into its own small chunk. The staff
// dashboard's texts (dashboard.json) belong to the collector's dashboard, never to the app, so they are not shipped.

import type { Language } from '../../common/i18n/languages';
import { pseudoLocalizeTree } from './pseudoLocale';
import { PSEUDO_LOCALE, type LocaleChoice } from './localeChoice';

type JsonModule = { default: Record<string, unknown> };
const files = import.meta.glob<JsonModule>(['../../locales/*/*.json', '!../../locales/*/dashboard.json']);

/** Namespaces the shell needs before the first screen; games and features load theirs when opened. */
export const SHELL_NAMESPACES = ['common', 'kiosk'] as const;

/** The language whose texts the pseudo-locale transforms (French: the default, and among the longest). */
const PSEUDO_SOURCE: Language = 'fr';

function fileKey(language: Language, namespace: string): string {
  return `../../locales/${language}/${namespace}.json`;
}

export async function loadNamespace(locale: LocaleChoice, namespace: string): Promise<Record<string, unknown>> {
  const language = locale === PSEUDO_LOCALE ? PSEUDO_SOURCE : locale;
  const load = files[fileKey(language, namespace)];
  if (!load) throw new Error(`missing translation file locales/${language}/${namespace}.json`);
  const resource = (await load()).default;
  return locale === PSEUDO_LOCALE ? (pseudoLocalizeTree(resource) as Record<string, unknown>) : resource;
}
