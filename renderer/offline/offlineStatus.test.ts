import { describe, expect, it, vi } from 'vitest';
import { needsOfflineSupport } from './offlineStatus';
import type * as TestBuildModule from '../testing/testBuild';

// The switch module as the test build would see it on a page whose URL the test below sets.
const build = vi.hoisted(() => ({ test: false, search: '' }));
vi.mock('../testing/testBuild', async (importOriginal) => {
  const original = await importOriginal<typeof TestBuildModule>();
  return {
    ...original,
    get TEST_BUILD() {
      return build.test;
    },
    testSwitches: () => original.readTestSwitches(build.search),
  };
});

describe('needsOfflineSupport', () => {
  it('registers the offline worker for classrooms and fair stands only', () => {
    build.test = false;
    expect(needsOfflineSupport('classroom')).toBe(true);
    expect(needsOfflineSupport('event')).toBe(true);
    expect(needsOfflineSupport('kiosk')).toBe(false);
  });
  it('the shipped build ignores the test build\'s URL switches', () => {
    build.test = false;
    build.search = '?testHooks=1';
    expect(needsOfflineSupport('classroom')).toBe(true);
  });
  it('in the test build, never on test-hook pages unless the test opts in with ?sw=1', () => {
    build.test = true;
    build.search = '?testHooks=1';
    expect(needsOfflineSupport('classroom')).toBe(false);
    build.search = '?testHooks=1&sw=1';
    expect(needsOfflineSupport('classroom')).toBe(true);
    build.search = '';
    expect(needsOfflineSupport('classroom')).toBe(true);
  });
});
