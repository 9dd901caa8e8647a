// Everything a kiosk adds around the screens: the first-run wizard, the attract loop between visitors, the idle
// watch with its "still there?" countdown and reset, and the staff area (hidden corner gesture or Ctrl+Alt+A,
// then the PIN pad, then the admin panel). In classroom mode only the staff area and an optional idle reset apply.

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useKioskServices } from './kioskServices';
import { usesAttractLoop } from './attractLoop';
import { TEST_BUILD, testSwitches } from '../testing/testBuild';
import { useStore } from '../state/store';
import { lazyScreen, screenChunks } from '../navigation/screenChunks';
import { addCornerTap } from './cornerGesture';
import { IdleMonitor, type IdlePhase } from './idleMonitor';
import { StillThereDialog } from './StillThereDialog';

// Staff screens (first-run setup, PIN pad, admin panel) load when they are needed: visitors never download them.
// The attract screens are the first thing a kiosk or a fair stand shows, and nothing a classroom shows: boot loads the
// one its mode shows with the texts (renderer/app/boot.ts), so it is here when the first screen is drawn.
const AttractScreen = lazyScreen(screenChunks.attract, (module) => module.AttractScreen);
const EventAttractScreen = lazyScreen(screenChunks.eventAttract, (module) => module.EventAttractScreen);
const AdminPanel = lazy(() => import('./AdminPanel').then((m) => ({ default: m.AdminPanel })));
const PinPad = lazy(() => import('./PinPad').then((m) => ({ default: m.PinPad })));
const SetupWizard = lazy(() => import('./SetupWizard').then((m) => ({ default: m.SetupWizard })));

const COUNTDOWN_SECONDS = 15;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

type StaffStep = 'closed' | 'pin' | 'panel';

export function KioskLayer() {
  const services = useKioskServices();
  const { config } = useStore(services.deviceConfig);
  const visitor = useStore(services.visitor);
  const [staff, setStaff] = useState<StaffStep>('closed');
  const [idle, setIdle] = useState<IdlePhase>({ kind: 'active' });
  const cornerTaps = useRef<number[]>([]);
  const needsSetup = usesAttractLoop(config) && config.adminPin === null;

  // The test build may shorten both (?testHooks=1&idleSeconds=2); the shipped app has only the device config's.
  const idleSeconds = (TEST_BUILD ? testSwitches().idleSeconds : null) ?? config.idleTimeoutSeconds;
  const countdownSeconds = (TEST_BUILD ? testSwitches().countdownSeconds : null) ?? COUNTDOWN_SECONDS;
  const watching = visitor === 'visiting' && idleSeconds !== null && staff === 'closed' && !needsSetup;

  // Idle watch: any activity restarts the clock; the phase is re-read every half second.
  useEffect(() => {
    if (!watching || idleSeconds === null) {
      setIdle({ kind: 'active' });
      return;
    }
    const monitor = new IdleMonitor({ idleMs: idleSeconds * 1000, countdownMs: countdownSeconds * 1000 }, Date.now());
    const onActivity = () => monitor.activity(Date.now());
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    let ending = false;
    const timer = window.setInterval(() => {
      const phase = monitor.phase(Date.now());
      setIdle((current) => (current.kind === phase.kind && (phase.kind !== 'warning' || current.kind !== 'warning' || current.secondsLeft === phase.secondsLeft) ? current : phase));
      if (phase.kind === 'expired' && !ending) {
        ending = true;
        void services.endVisit('idle');
      }
    }, 500);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [watching, idleSeconds, countdownSeconds, services]);

  // Staff shortcut for machines with a keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        setStaff((current) => (current === 'closed' ? 'pin' : current));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onCornerTap = () => {
    const { taps, complete } = addCornerTap(cornerTaps.current, Date.now());
    cornerTaps.current = taps;
    if (complete) setStaff('pin');
  };

  if (needsSetup) {
    return (
      <Suspense fallback={null}>
        <SetupWizard onDone={() => setStaff('closed')} />
      </Suspense>
    );
  }

  // One boundary per on-demand part, so the attract screen and the idle warning never wait for a staff screen.
  return (
    <>
      {visitor === 'attract' && staff === 'closed' && config.mode !== 'event' && (
        <Suspense fallback={null}>
          <AttractScreen onStart={() => void services.startVisit()} />
        </Suspense>
      )}
      {visitor === 'attract' && staff === 'closed' && config.mode === 'event' && (
        // A fair stand: every visitor gets a new nickname (the screen forgets the last one) and goes straight to the
        // quick-play chain.
        <Suspense fallback={null}>
          <EventAttractScreen onStart={() => void services.startVisit().then(() => services.navigate({ route: { screen: 'event' }, sheet: null }))} />
        </Suspense>
      )}
      {idle.kind === 'warning' && <StillThereDialog secondsLeft={idle.secondsLeft} onStay={() => setIdle({ kind: 'active' })} />}
      <div className="staff-corner" aria-hidden="true" data-testid="staff-corner" onPointerDown={(event) => { event.stopPropagation(); onCornerTap(); }} />
      {staff === 'pin' && config.adminPin && (
        <Suspense fallback={null}>
          <PinPad stored={config.adminPin} onUnlock={() => setStaff('panel')} onCancel={() => setStaff('closed')} />
        </Suspense>
      )}
      {staff === 'panel' && (
        <Suspense fallback={null}>
          <AdminPanel onClose={() => setStaff('closed')} />
        </Suspense>
      )}
    </>
  );
}
