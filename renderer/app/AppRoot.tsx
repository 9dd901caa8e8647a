// The app's React tree, whole: what the page draws once booted (renderer/main.tsx) and what the build draws for the
// home's snapshot (renderer/app/homeSnapshot.tsx), so the two cannot differ.

import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { FeatureServices } from './FeatureServices';
import { KioskStateSignal } from './KioskStateSignal';
import { FirstScreenSignal } from './FirstScreenSignal';
import type { AppServices } from './services';

export function AppRoot({ services }: { services: AppServices }) {
  return (
    <StrictMode>
      <FeatureServices services={services}>
        <I18nextProvider i18n={services.i18n}>
          <App />
          <KioskStateSignal services={services} />
          <FirstScreenSignal />
        </I18nextProvider>
      </FeatureServices>
    </StrictMode>
  );
}
