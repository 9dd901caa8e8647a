// Hands each feature the narrow services it declares (renderer/<feature>/<feature>Services.ts), all made from the
// app's one AppServices object. The compiler checks here that the app provides what every feature asks for, and
// each feature's interface says what it may touch. The content pack shown reaches every screen through useContent().

import type { ReactNode } from 'react';
import { careersServices } from '../careers/careersServices';
import { classroomServices } from '../classroom/classroomServices';
import { eventServices } from '../event/eventServices';
import { gamesServices } from '../games/gamesServices';
import { languageServices } from '../i18n/languageServices';
import { kioskServices } from '../kiosk/kioskServices';
import { settingsServices } from '../settings/settingsServices';
import { ServicesContext, type AppServices } from './services';
import { ContentProvider } from '../content/useContent';

export function FeatureServices({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <ServicesContext.Provider value={services}>
      <ContentProvider value={services.content.shown}>
        <languageServices.Provider value={services}>
          <settingsServices.Provider value={services}>
            <kioskServices.Provider value={services}>
              <gamesServices.Provider value={services}>
                <careersServices.Provider value={services}>
                  <classroomServices.Provider value={services}>
                    <eventServices.Provider value={services}>{children}</eventServices.Provider>
                  </classroomServices.Provider>
                </careersServices.Provider>
              </gamesServices.Provider>
            </kioskServices.Provider>
          </settingsServices.Provider>
        </languageServices.Provider>
      </ContentProvider>
    </ServicesContext.Provider>
  );
}
