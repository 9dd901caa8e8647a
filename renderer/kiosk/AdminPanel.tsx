// The staff area behind the PIN: device settings, local statistics and export, sync, the hub content (content
// packs), the app's version and actions
// (end the visit, restart, leave kiosk mode in Electron), PIN change, and any device-config problems. While the hub
// asks for a new PIN, the panel opens on the PIN change, with the hub's request.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskServices } from './kioskServices';
import { DeviceConfigNotice } from '../settings/DeviceConfigNotice';
import { CloseIcon } from '../ui/icons';
import { ChangePinForm } from './ChangePinForm';
import { DeviceSettingsForm } from './DeviceSettingsForm';
import { DeviceStatistics } from './DeviceStatistics';
import { SyncSection } from './SyncSection';
import { ContentSection } from './ContentSection';
import { EventAdminSection } from '../event/EventAdminSection';
import { useStore } from '../state/store';

export function AdminPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('kiosk');
  const services = useKioskServices();
  const { mode } = useStore(services.deviceConfig).config;
  // Read once as the panel opens: the form stays in place after the PIN is changed, with its confirmation.
  const [pinRequested] = useState(() => services.remoteSettings.status.get().pinChangePending);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The hub's request comes first: the new PIN's field has the focus when the panel opens.
    if (pinRequested) element?.querySelector<HTMLInputElement>('#admin-new-pin')?.focus();
    return () => element?.close();
  }, [pinRequested]);

  return (
    <dialog
      ref={dialog}
      className="admin-panel"
      aria-labelledby="admin-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="sheet__header">
        <h2 id="admin-title" className="sheet__title">
          {t('admin.title')}
        </h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          <CloseIcon />
          <span>{t('admin.close')}</span>
        </button>
      </div>
      <div className="admin-panel__body">
        {pinRequested && <ChangePinForm requestedByHub />}
        <DeviceConfigNotice />
        <DeviceSettingsForm />
        <DeviceStatistics />
        <SyncSection />
        <ContentSection />
        {mode === 'event' && <EventAdminSection />}
        <section className="admin-section" aria-labelledby="admin-app">
          <h2 id="admin-app" className="admin-section__title">
            {t('admin.app')}
          </h2>
          <p>{t('admin.version', { version: services.appVersion })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onClose();
                void services.endVisit('explicit');
              }}
            >
              {t('admin.endVisit')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void (services.host.kiosk ? services.host.kiosk.reload() : window.location.reload())}>
              {t('admin.restart')}
            </button>
            {services.host.kiosk && (
              <button type="button" className="button button--secondary" onClick={() => void services.host.kiosk?.exit()}>
                {t('admin.exit')}
              </button>
            )}
          </div>
        </section>
        {!pinRequested && <ChangePinForm />}
      </div>
    </dialog>
  );
}
