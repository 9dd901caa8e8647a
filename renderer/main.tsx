// Entry point of the renderer, shared by the Electron and web hosts. It holds only what the first screen needs before
// React: the config and texts requests, the styles and fonts, and the home's snapshot (renderer/app/quickHome.ts), shown
// at once where it fits the visit. React and the app's code (renderer/app/start.tsx) load behind it, in their own
// chunk (scripts/vite/initialChunk.ts).

// First, before any module that parses with zod is evaluated (see the file).
import './app/zodWithoutEval';
// Then the requests the first screen waits for, sent while the rest of the code loads (see the file).
import './app/earlyStart';

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
import { showQuickHome } from './app/quickHome';
import { afterFirstScreen } from './app/firstScreen';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

// The snapshot first, where it fits; then React and the app: once the snapshot is painted, so on a slow network the
// first screen does not share the line with them, or at once where no snapshot is shown.
void showQuickHome()
  .catch(() => false)
  .then((shown) => (shown ? afterFirstScreen() : undefined))
  .then(() => import('./app/start'))
  .then(({ startApp }) => startApp(container));
