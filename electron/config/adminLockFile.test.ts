import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FREE_PIN_TRIES, isLocked } from '../../common/kiosk/adminLock';
import { ADMIN_LOCK_FILE, createFileAdminLockStore } from './adminLockFile';

const folder = mkdtempSync(path.join(tmpdir(), 'biotech-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('admin lock file (Electron main process)', () => {
  it('keeps the lock across restarts of the app', async () => {
    const file = path.join(folder, 'restart', ADMIN_LOCK_FILE);
    const now = 1_000_000;
    const first = createFileAdminLockStore(file, () => now);
    for (let i = 0; i < FREE_PIN_TRIES; i++) await first.record('failure');
    const restarted = createFileAdminLockStore(file, () => now + 1000);
    expect(isLocked(await restarted.read(), now + 1000)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ failures: FREE_PIN_TRIES });
  });

  it('counts parallel wrong PINs one after another', async () => {
    const file = path.join(folder, 'parallel', ADMIN_LOCK_FILE);
    const store = createFileAdminLockStore(file, () => 5);
    await Promise.all(Array.from({ length: 4 }, () => store.record('failure')));
    expect((await store.read()).failures).toBe(4);
    expect(await store.record('success')).toEqual({ failures: 0, lockedUntil: 0 });
  });
});
