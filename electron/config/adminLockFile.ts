// The Electron kiosk's keeping of the admin PIN lockout (policy: common/kiosk/adminLock.ts): a small file in the
// user-data folder, read and written only by the main process, so nothing a visitor can reach from the page (no
// storage to clear, no devtools) resets it. Attempts are applied one after another, never interleaved.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterPinAttempt, parseAdminLock, UNLOCKED, type AdminLockState, type AdminLockStore, type PinOutcome } from '../../common/kiosk/adminLock';

export const ADMIN_LOCK_FILE = 'admin-lock.json';

async function readState(filePath: string): Promise<AdminLockState> {
  try {
    return parseAdminLock(JSON.parse(await fs.readFile(filePath, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return UNLOCKED;
    // An unreadable file (a disk error) starts from no failures; the next write replaces it.
    return UNLOCKED;
  }
}

async function writeState(filePath: string, state: AdminLockState): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  await fs.rename(temporary, filePath);
}

export function createFileAdminLockStore(filePath: string, clock: () => number = Date.now): AdminLockStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    read: () => serial(() => readState(filePath)),
    record: (outcome: PinOutcome) =>
      serial(async () => {
        const next = afterPinAttempt(await readState(filePath), outcome, clock());
        await writeState(filePath, next);
        return next;
      }),
  };
}
