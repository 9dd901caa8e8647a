// What a page shows while its figures load or when they could not be loaded, announced politely.

import { useTranslation } from 'react-i18next';

export function LoadState({ state }: { state: 'loading' | 'failed' }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={state === 'failed' ? 'problem' : 'muted'}>
      {state === 'failed' ? t('load.failed') : t('load.loading')}
    </p>
  );
}
