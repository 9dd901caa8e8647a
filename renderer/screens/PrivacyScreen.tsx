// "What the app remembers": the plain-language privacy notice, reachable from the settings sheet and by deep link.

import { useTranslation } from 'react-i18next';
import { useNamespaces } from '../i18n/useNamespaces';
import { PrivacyNotice } from '../telemetry/PrivacyNotice';

export function PrivacyScreen() {
  const { t } = useTranslation('privacy');
  const ready = useNamespaces(['privacy']);
  if (!ready) return <div className="screen-loading" aria-busy="true" />;
  return (
    <div className="privacy-screen">
      <h1 className="screen-title">{t('title')}</h1>
      <PrivacyNotice headingLevel={null} />
    </div>
  );
}
