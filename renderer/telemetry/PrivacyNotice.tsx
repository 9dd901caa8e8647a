// The plain-language privacy notice (locales/<lang>/privacy.json) for the settings sheet: what the app records,
// what it never records, how long it is kept. Semantic HTML only; the settings sheet places and styles it.

import { useTranslation } from 'react-i18next';

/** The points of the notice, in reading order; every language file has exactly these keys. */
export const PRIVACY_POINT_KEYS = ['anonymous', 'what', 'skip', 'never', 'why', 'reset', 'kept', 'questions'] as const;

export function PrivacyNotice({ headingId = 'privacy-notice-title' }: { readonly headingId?: string }) {
  // The namespace is loaded by the settings sheet (ensureNamespaces(i18n, locale, ['privacy'])) before it opens.
  // The casts go once renderer/i18n/i18next.d.ts lists `privacy` among the typed namespaces.
  const { t } = useTranslation('privacy' as never);
  const text = t as unknown as (key: string) => string;
  return (
    <section className="privacy-notice" aria-labelledby={headingId}>
      <h2 id={headingId}>{text('title')}</h2>
      <ul>
        {PRIVACY_POINT_KEYS.map((key) => (
          <li key={key}>{text(`points.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}
