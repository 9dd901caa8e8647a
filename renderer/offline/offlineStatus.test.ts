import { describe, expect, it } from 'vitest';
import { needsOfflineSupport } from './offlineStatus';

describe('needsOfflineSupport', () => {
  const plain = { testHooks: false, serviceWorker: false };
  it('registers the offline worker for classrooms and fair stands only', () => {
    expect(needsOfflineSupport('classroom', plain)).toBe(true);
    expect(needsOfflineSupport('event', plain)).toBe(true);
    expect(needsOfflineSupport('kiosk', plain)).toBe(false);
  });
  it('never on test-hook pages unless the test opts in with ?sw=1', () => {
    expect(needsOfflineSupport('classroom', { testHooks: true, serviceWorker: false })).toBe(false);
    expect(needsOfflineSupport('classroom', { testHooks: true, serviceWorker: true })).toBe(true);
  });
});
