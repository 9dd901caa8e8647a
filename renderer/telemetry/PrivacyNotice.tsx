// The plain-language privacy notice (locales/<lang>/privacy.json) for the settings sheet: what the app records,
// what it never records, how long it is kept. Semantic HTML only; the settings sheet places and styles it.

import { useTranslation } from 'react-i18next';

/** The points of the notice, in reading order; every language file has exactly these keys. */
export const PRIVACY_POINT_KEYS = ['anonymous', 'what', 'skip', 'never', 'why', 'reset', 'kept', 'questions'] as const;

export function PrivacyNotice({
  headingId = 'privacy-notice-title',
  headingLevel = 'h2',
}: {
  readonly headingId?: string;
  /** null when the page around it already shows the title (the privacy screen's h1). */
  readonly headingLevel?: 'h2' | 'h3' | null;
}) {
  // The privacy screen loads the namespace (useNamespaces) before rendering this.
  const { t } = useTranslation('privacy');
  const Heading = headingLevel;
  return (
    <section className="privacy-notice" aria-labelledby={Heading ? headingId : undefined} aria-label={Heading ? undefined : t('title')}>
      {Heading && <Heading id={headingId}>{t('title')}</Heading>}
      <ul>
        {PRIVACY_POINT_KEYS.map((key) => (
          <li key={key}>{t(`points.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}
