// Tells the Electron kiosk shell the page's state for its updates (electron/policy/updatePolicy.ts): "ready" once
// the app's first drawing is done (a freshly installed version has started), then every start and end of a visit
// (an update is never installed during one). Nothing on the web host, which has no kiosk controls.

import { useEffect } from 'react';
import type { AppServices } from './services';

export function KioskStateSignal({ services }: { services: Pick<AppServices, 'host' | 'visitor'> }) {
  useEffect(() => {
    const controls = services.host.kiosk;
    if (controls === null) return undefined;
    controls.reportState({ ready: true, visitor: services.visitor.get() });
    return services.visitor.subscribe(() => controls.reportState({ ready: true, visitor: services.visitor.get() }));
  }, [services]);
  return null;
}
