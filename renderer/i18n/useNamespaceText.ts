// A translation function for a namespace whose keys are data rather than code (a game's manifest keys, a role's
// texts): the keys cannot be typed at compile time, so the locale tests check them instead. The one place where
// i18next's typed t() is bypassed.

import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

export type TextLookup = (key: string, values?: Record<string, unknown>) => string;

type UntypedFixedT = (language: string | null, namespace: string) => (key: string, values: Record<string, unknown>) => string;

export function namespaceText(i18n: I18n, language: string | null, namespace: string): TextLookup {
  const fixed = (i18n.getFixedT as unknown as UntypedFixedT).call(i18n, language, namespace);
  return (key, values) => fixed(key, values ?? {});
}

/** Re-renders with the current language, like useTranslation(). */
export function useNamespaceText(namespace: string): TextLookup {
  const { i18n } = useTranslation();
  return namespaceText(i18n, null, namespace);
}
