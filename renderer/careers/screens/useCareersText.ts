// The careers screens' translation function. Keys are always written with their namespace ("careers:pathway.print",
// "careersRoles:cra.title"), and many are built from data ids, so this hook exposes a plain string signature instead
// of the shell's typed one (renderer/i18n/i18next.d.ts types the shell's own namespaces). Key coverage for every data
// id and language is checked by renderer/careers/locales.test.ts instead.

import { useTranslation } from 'react-i18next';
import { CAREERS_NAMESPACES } from '../i18n';

export type CareersText = (key: string, options?: Readonly<Record<string, unknown>>) => string;

export function useCareersText(): { readonly t: CareersText; readonly language: string | undefined } {
  // The namespace list is ours, not part of the shell's typed resources: hence the casts, kept in this one place.
  const { t, i18n } = useTranslation(CAREERS_NAMESPACES as unknown as 'common');
  const text = t as unknown as (key: string, options?: Readonly<Record<string, unknown>>) => string;
  // i18n.language, not resolvedLanguage: the shell adds its texts after init (partialBundledLanguages), so i18next
  // leaves resolvedLanguage undefined until the first language switch, and the QR link lost its lang parameter.
  return { t: (key, options) => text(key, options), language: i18n.language };
}
