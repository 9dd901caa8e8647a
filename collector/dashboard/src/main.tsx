// Entry point of the staff dashboard: the app's fonts (bundled, never fetched from the network), its design
// tokens, the dashboard's own styles, the translations, then the React tree.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
// The weight files declare each subset with its unicode-range, so a page in fr, nl, de or en fetches only the Latin
// files; the per-subset files (latin-400.css…) declare none, which made every page fetch Latin and Latin Extended.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource-variable/lexend/wght.css';
import '../../../common/styles/tokens.css';
import './styles.css';
import { App } from './App';
import { i18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
