// Warns staff, in the "send to the hub" part of the staff area, when this device keeps its hub token in plain text:
// a kiosk without an operating-system key store, or any browser (common/host/deviceTokenAtRest.ts). Nothing shows
// while the token is encrypted or the device is not linked yet. Visitors never see the staff area.

import { useTranslation } from 'react-i18next';
import { deviceTokenWarning } from '../../common/host/deviceTokenAtRest';
import { useKioskServices } from './kioskServices';
import { useStore } from '../state/store';

export function DeviceTokenWarning() {
  const { t } = useTranslation('kiosk');
  const services = useKioskServices();
  const { deviceTokenAtRest } = useStore(services.deviceConfig);
  const warning = deviceTokenWarning(services.host.kind, deviceTokenAtRest);
  if (warning === null) return null;
  // Plain text in reading order, not a live region: it is there when the panel opens and does not change under
  // the reader's eyes (a new save that changes it replaces the whole section's state).
  return (
    <p className="notice notice--warning" data-testid="device-token-warning">
      {t(`sync.tokenPlain.${warning}`)}
    </p>
  );
}
