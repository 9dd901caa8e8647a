// Starts React and the app: boots the services, then renders the app's tree into #root. Loaded by the entry
// (renderer/main.tsx) behind the first screen; where the home's snapshot is already shown (renderer/app/quickHome.ts),
// React takes the page over from it, keeping the language the visitor chose meanwhile.

import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';
import { boot } from './boot';
import { keepSnapshotChanges } from './snapshotHandover';
import { handOverQuickHome, snapshotAdopted } from './quickHome';
import { afterReactFirstCommit } from './firstScreen';
import { formatLocation, HOME } from '../navigation/routes';
import { TEST_BUILD, testHookGlobal, testSwitches } from '../testing/testBuild';

export async function startApp(container: HTMLElement): Promise<void> {
  const services = await boot();
  if (TEST_BUILD && testSwitches().testHooks) {
    // Test build only: lets the benchmark's soak run end a visit at once instead of waiting for the idle timer.
    testHookGlobal().app = { endVisit: (reason: 'idle' | 'explicit') => services.endVisit(reason), startVisit: () => services.startVisit() };
  }
  const handover = handOverQuickHome();
  if (handover !== null) {
    await keepSnapshotChanges(services, handover.changes);
    void afterReactFirstCommit().then(snapshotAdopted);
  }
  // The address left the home meanwhile by some other way (the browser's history): React draws its own first screen.
  if (handover === null || formatLocation(services.location.get()) !== formatLocation(HOME)) {
    createRoot(container).render(<AppRoot services={services} />);
    return;
  }
  // React adopts the snapshot's elements (they are its own server rendering of this tree), so nothing is drawn again:
  // the page keeps its first paint, its largest paint and the element that has the focus. Should they differ after
  // all, React draws its own copy in their place. Then it goes where the visitor asked meanwhile, if anywhere.
  const asked = handover.asked;
  if (asked !== null) void afterReactFirstCommit().then(() => services.navigate(asked));
  hydrateRoot(container, <AppRoot services={services} />);
}
