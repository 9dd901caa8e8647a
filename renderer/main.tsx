// Entry point of the renderer: boots the services, then renders the app. Shared by the Electron and web hosts.

// First, before any module that parses with zod is evaluated (see the file).
import './app/zodWithoutEval';
// Then the requests the first screen waits for, sent while the rest of the code is evaluated (see the file).
import './app/earlyStart';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
// The weight files declare each subset with its unicode-range, so a page in fr, nl, de or en fetches only the Latin
// files; the per-subset files (latin-400.css…) declare none, which made every page fetch Latin and Latin Extended.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource-variable/lexend/wght.css';
// After the @fontsource faces, so it is the face chosen for every character of the app's texts: the same fonts cut
// to those characters (scripts/vite/shellFontsPlugin.ts). Other characters still load the @fontsource files.
import 'virtual:shell-fonts.css';
import '../common/styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/screens.css';
import './styles/kiosk.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { FeatureServices } from './app/FeatureServices';
import { KioskStateSignal } from './app/KioskStateSignal';
import { FirstScreenSignal } from './app/FirstScreenSignal';
import { TEST_BUILD, testHookGlobal, testSwitches } from './testing/testBuild';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

void boot().then((services) => {
  if (TEST_BUILD && testSwitches().testHooks) {
    // Test build only: lets the benchmark's soak run end a visit at once instead of waiting for the idle timer.
    testHookGlobal().app = { endVisit: (reason: 'idle' | 'explicit') => services.endVisit(reason), startVisit: () => services.startVisit() };
  }
  createRoot(container).render(
    <StrictMode>
      <FeatureServices services={services}>
        <I18nextProvider i18n={services.i18n}>
          <App />
          <KioskStateSignal services={services} />
          <FirstScreenSignal />
        </I18nextProvider>
      </FeatureServices>
    </StrictMode>,
  );
});
