// Registers the precaching service worker on web hosts and keeps one observable "is this app available offline?"
// state for the teacher's and the staff's screens. Electron loads the app from app:// (already local files), where a
// service worker is neither possible nor needed: registration happens only on http(s) pages of a production build,
// and only for the modes that must run offline (classroom, event). In the end-to-end test build, pages opened with
// ?testHooks=1 register it only when the test opts in with ?sw=1 (see tests/README.md).

import type { Mode } from '../../common/config/deviceConfig';
import type { OfflineMessage } from '../sw/serviceWorker';
import { createStore, type Store } from '../state/store';
import { TEST_BUILD, testSwitches } from '../testing/testBuild';

export type OfflineState =
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'preparing'; readonly done: number; readonly total: number }
  | { readonly kind: 'ready'; readonly files: number }
  | { readonly kind: 'failed' };

export const offlineState: Store<OfflineState> = createStore<OfflineState>({ kind: 'unsupported' });

export function canUseServiceWorker(location: Location = window.location): boolean {
  return (location.protocol === 'http:' || location.protocol === 'https:') && 'serviceWorker' in navigator && import.meta.env.PROD;
}

function onMessage(event: MessageEvent<unknown>): void {
  const message = event.data as Partial<OfflineMessage> | null;
  if (!message || typeof message !== 'object') return;
  switch (message.type) {
    case 'precache-progress':
      if (typeof message.done === 'number' && typeof message.total === 'number' && offlineState.get().kind !== 'ready') {
        offlineState.set({ kind: 'preparing', done: message.done, total: message.total });
      }
      return;
    case 'precache-complete':
      if (typeof message.total === 'number') offlineState.set({ kind: 'ready', files: message.total });
      return;
    case 'precache-failed':
      offlineState.set({ kind: 'failed' });
      return;
  }
}

/** Classrooms and fair stands run offline; the hall kiosk (Electron, app://) and the admin's own pages need not. */
export function needsOfflineSupport(mode: Mode): boolean {
  if (mode !== 'classroom' && mode !== 'event') return false;
  return !TEST_BUILD || !testSwitches().testHooks || testSwitches().serviceWorker;
}

let registered = false;

/**
 * Registers ./sw.js once the page has loaded and is idle, so precaching never competes with the first screen.
 * Safe to call once at start; does nothing where service workers cannot run.
 */
export function registerOfflineSupport(): void {
  if (registered || !canUseServiceWorker()) return;
  registered = true;
  offlineState.set({ kind: 'preparing', done: 0, total: 0 });
  // Lives as long as the page: the worker reports progress and completion through it.
  navigator.serviceWorker.addEventListener('message', onMessage);
  const start = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).then(
      async (registration) => {
        await navigator.serviceWorker.ready;
        // An already installed worker sends no progress: ask it how complete its cache is.
        (registration.active ?? navigator.serviceWorker.controller)?.postMessage({ type: 'precache-status' });
      },
      (error: unknown) => {
        console.warn('Offline support unavailable:', error);
        offlineState.set({ kind: 'failed' });
      },
    );
  };
  const whenIdle = () => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(start, { timeout: 3000 }) : window.setTimeout(start, 1000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
