// Creates the app's i18next instance and keeps <html lang dir> in step with the language.
// Texts load per language and namespace (see resources.ts); switching language loads what is missing first, so the
// screen never shows keys.

import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LocaleChoice } from './localeChoice';
import { applyDocumentLanguage } from './documentLanguage';
import { TEXT_DEFAULT_VARIABLES } from './contentNumbers';
import { loadNamespace, SHELL_NAMESPACES } from './resources';

export { applyDocumentLanguage, htmlLangFor } from './documentLanguage';

/** An i18next instance set up as the app's, with the texts given (none: they are loaded per namespace). */
export async function createI18nInstance(locale: LocaleChoice, resources: Record<string, Record<string, Record<string, unknown>>> = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    ns: [...SHELL_NAMESPACES],
    defaultNS: 'common',
    resources,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false, defaultVariables: TEXT_DEFAULT_VARIABLES },
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}

export async function createI18n(locale: LocaleChoice): Promise<I18n> {
  const instance = await createI18nInstance(locale);
  await ensureNamespaces(instance, locale, SHELL_NAMESPACES);
  applyDocumentLanguage(locale);
  return instance;
}

export async function ensureNamespaces(instance: I18n, locale: LocaleChoice, namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => !instance.hasResourceBundle(locale, ns))
      .map(async (ns) => instance.addResourceBundle(locale, ns, await loadNamespace(locale, ns), true, true)),
  );
}

/** Loads every namespace already in use for the new language, then switches. */
export async function switchLanguage(instance: I18n, locale: LocaleChoice): Promise<void> {
  const inUse = new Set<string>(SHELL_NAMESPACES);
  for (const [, byNamespace] of Object.entries(instance.store.data)) {
    for (const ns of Object.keys(byNamespace)) inUse.add(ns);
  }
  await ensureNamespaces(instance, locale, [...inUse]);
  await instance.changeLanguage(locale);
  applyDocumentLanguage(locale);
}

