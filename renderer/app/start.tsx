// Starts React and the app: boots the services, then renders the app's tree into #root. Loaded by the entry
// (renderer/main.tsx) behind the first screen; where the home's snapshot is already shown (renderer/app/quickHome.ts),
// React takes the page over from it, keeping the language the visitor chose meanwhile and the keyboard focus.

import { createRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';
import { boot } from './boot';
import { firstScreenCommitted } from './firstScreen';
import { keepSnapshotChanges } from './snapshotHandover';
import { focusAt, handOverQuickHome } from './quickHome';
import { TEST_BUILD, testHookGlobal, testSwitches } from '../testing/testBuild';

export async function startApp(container: HTMLElement): Promise<void> {
  const services = await boot();
  if (TEST_BUILD && testSwitches().testHooks) {
    // Test build only: lets the benchmark's soak run end a visit at once instead of waiting for the idle timer.
    testHookGlobal().app = { endVisit: (reason: 'idle' | 'explicit') => services.endVisit(reason), startVisit: () => services.startVisit() };
  }
  const handover = handOverQuickHome();
  if (handover !== null) await keepSnapshotChanges(services, handover.changes);
  // React replaces the snapshot with its own copy of it in one commit; the focus goes back to the same element.
  const focusPath = handover?.focusPath ?? null;
  if (focusPath !== null) void firstScreenCommitted().then(() => focusAt(container, focusPath));
  createRoot(container).render(<AppRoot services={services} />);
}
