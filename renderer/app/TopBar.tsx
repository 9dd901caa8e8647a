// The bar on every screen: the app's name (a way home) and the settings button, both large enough for a finger.

import { useTranslation } from 'react-i18next';
import { GearIcon, HelixMark } from '../ui/icons';
import { useStore } from '../state/store';
import { HOME } from '../navigation/routes';
import { useServices } from './services';

export function TopBar() {
  const { t } = useTranslation();
  const services = useServices();
  const location = useStore(services.location);
  const onHome = location.route.screen === 'home';

  return (
    <header className="top-bar">
      {onHome ? (
        <span className="top-bar__brand">
          <HelixMark width={40} height={40} />
          <span className="top-bar__name">{t('app.name')}</span>
        </span>
      ) : (
        <button type="button" className="top-bar__brand top-bar__brand--button" onClick={() => services.navigate(HOME)}>
          <HelixMark width={40} height={40} />
          <span className="top-bar__name">{t('app.name')}</span>
          <span className="visually-hidden">{t('nav.home')}</span>
        </button>
      )}
      <button
        type="button"
        className="button button--ghost top-bar__settings"
        aria-haspopup="dialog"
        aria-expanded={location.sheet === 'settings'}
        onClick={() => services.navigate({ ...location, sheet: 'settings' })}
      >
        <GearIcon />
        <span>{t('settings.open')}</span>
      </button>
    </header>
  );
}
