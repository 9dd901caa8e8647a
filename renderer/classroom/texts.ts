// Reading the classroom and event namespaces: plain strings through useNamespaceText, lists (a guide's goals, its
// before/during/after steps) through returnObjects. A missing list is an empty list, never a crash.

import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';

type UntypedFixedT = (language: string | null, namespace: string) => (key: string, options: Record<string, unknown>) => unknown;

export function textList(i18n: I18n, language: string | null, namespace: string, key: string): string[] {
  const fixed = (i18n.getFixedT as unknown as UntypedFixedT).call(i18n, language, namespace);
  const value = fixed(key, { returnObjects: true });
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A list of texts in the current language, re-read after a language switch. */
export function useTextList(namespace: string): (key: string) => string[] {
  const { i18n } = useTranslation();
  return (key) => textList(i18n, null, namespace, key);
}
