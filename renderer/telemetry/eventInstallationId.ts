// Which installation id an event carries. In the desktop app (kiosks, hub laptops) it is the installation's own
// lasting id: the machine belongs to the hub, and the id tells its kiosks apart. In a browser (the web host: a
// pupil's own device through a classroom link) a lasting id would be a lasting pseudonym of that pupil, so events
// carry a random id that lasts one local day instead (kept in localStorage for that day, then replaced), and nothing
// links one day's id to the next. The engagement log's own id (telemetry.installationId, used to recover the log)
// never leaves the browser. The dashboard's device view is unaffected: it counts per enrolled device, not per id.

import type { HostKind } from '../../common/host/hostApi';
import type { MirrorStorage } from './installationMirror';

export const DAILY_ID_KEY = 'biotech-engagement-daily-installation';

/** The local calendar day of `epochMs`, e.g. 2026-12-03. */
function localDay(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The function that gives the installation id for an event recorded at `epochMs`. `storage` is where the web host
 * keeps today's id (null: only in memory, so a reload starts a new one).
 */
export function eventInstallationId(
  hostKind: HostKind,
  lastingId: string,
  storage: MirrorStorage | null,
  createId: () => string,
): (epochMs: number) => string {
  if (hostKind === 'electron') return () => lastingId;
  let current: { day: string; id: string } | null = null;
  return (epochMs) => {
    const day = localDay(epochMs);
    if (current?.day === day) return current.id;
    current = readToday(storage, day) ?? { day, id: createId() };
    try {
      storage?.setItem(DAILY_ID_KEY, JSON.stringify(current));
    } catch {
      // Storage full or blocked: today's id lives in memory for this page.
    }
    return current.id;
  };
}

function readToday(storage: MirrorStorage | null, day: string): { day: string; id: string } | null {
  try {
    const saved = JSON.parse(storage?.getItem(DAILY_ID_KEY) ?? 'null') as { day?: unknown; id?: unknown } | null;
    return saved !== null && saved.day === day && typeof saved.id === 'string' && saved.id !== '' ? { day, id: saved.id } : null;
  } catch {
    return null;
  }
}
