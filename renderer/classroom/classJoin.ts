// A pupil's browser joins the class named by its lesson link: when a lesson link carries a class code (lesson.ts),
// the web host exchanges it once at the hub's collector (the collectorUrl of the served config.json) for this
// browser's own token, keeps that token in its device config like any enrolled browser, and the app's sync then
// sends its events as that class. The membership (which code, until when) is kept beside it, so reopening the link
// does not take a second place, and an expired token is dropped at the next start. A browser staff linked to the
// hub with an enrolment code keeps its own token.

import type { DeviceConfig } from '../../common/config/deviceConfig';
import { ClassJoinError, requestClassJoin, type ClassJoinErrorCode } from '../../common/host/classJoin';
import type { FetchFunction } from '../../common/host/enrolment';
import type { DeviceConfigState, HostKind } from '../../common/host/hostApi';
import { createStore, type Store } from '../state/store';

export const CLASS_MEMBERSHIP_KEY = 'biotech.classroom.classMembership.v1';

export interface ClassMembership {
  readonly code: string;
  readonly school: string;
  readonly classLabel: string;
  readonly expiresAt: number;
}

export type ClassJoinStatus =
  | { readonly state: 'none' }
  | { readonly state: 'joining' }
  | { readonly state: 'joined'; readonly school: string; readonly classLabel: string }
  | { readonly state: 'failed'; readonly error: ClassJoinErrorCode | 'no-collector' };

/** What the lesson screen tells the pupil about the class link. */
export const classJoinStatus: Store<ClassJoinStatus> = createStore<ClassJoinStatus>({ state: 'none' });

/** Attempts when the school's shared address is rate-limited or the network drops (a whole class joins at once). */
const ATTEMPTS = 6;

function readMembership(storage: Storage): ClassMembership | null {
  try {
    const raw = JSON.parse(storage.getItem(CLASS_MEMBERSHIP_KEY) ?? 'null') as Partial<ClassMembership> | null;
    if (raw === null || typeof raw.code !== 'string' || typeof raw.school !== 'string' || typeof raw.classLabel !== 'string' || typeof raw.expiresAt !== 'number') return null;
    return { code: raw.code, school: raw.school, classLabel: raw.classLabel, expiresAt: raw.expiresAt };
  } catch {
    return null;
  }
}

/** True while this browser syncs as a class (a lesson link's class code), not as an enrolled device. */
export function syncsAsClass(storage: Storage): boolean {
  return readMembership(storage) !== null;
}

function writeMembership(storage: Storage, membership: ClassMembership | null): void {
  try {
    if (membership === null) storage.removeItem(CLASS_MEMBERSHIP_KEY);
    else storage.setItem(CLASS_MEMBERSHIP_KEY, JSON.stringify(membership));
  } catch {
    // Storage off: the token lives in this page only, and reopening the link joins again.
  }
}

export interface ClassJoinOptions {
  readonly hostKind: HostKind;
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly saveDeviceConfig: (config: DeviceConfig) => Promise<DeviceConfigState>;
  /** The class code of the lesson link on screen, or null; the follower subscribes to it. */
  readonly linkedCode: Store<string | null>;
  readonly fetchFunction: FetchFunction;
  readonly storage: Storage;
  readonly now?: () => number;
  readonly wait?: (ms: number) => Promise<void>;
}

/** Follows lesson links for as long as the app runs (web host only). */
export function followClassCodes(options: ClassJoinOptions): void {
  if (options.hostKind !== 'web') return;
  const now = options.now ?? Date.now;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { deviceConfig, storage } = options;

  const save = async (change: Partial<DeviceConfig>) => {
    const saved = await options.saveDeviceConfig({ ...deviceConfig.get().config, ...change });
    deviceConfig.set({ config: saved.config, problems: deviceConfig.get().problems });
  };

  let running: Promise<void> = Promise.resolve();
  const consider = (code: string | null) => {
    running = running.then(() => joinIfNeeded(code)).catch(() => classJoinStatus.set({ state: 'failed', error: 'network' }));
  };

  const joinIfNeeded = async (code: string | null): Promise<void> => {
    let membership = readMembership(storage);
    if (membership !== null && membership.expiresAt <= now()) {
      // The class's day is over: its token opens nothing any more.
      writeMembership(storage, null);
      membership = null;
      await save({ deviceToken: null });
    }
    if (code === null) return;
    const config = deviceConfig.get().config;
    if (membership !== null && membership.code === code && config.deviceToken !== null) {
      classJoinStatus.set({ state: 'joined', school: membership.school, classLabel: membership.classLabel });
      return;
    }
    // Linked by staff with an enrolment code: this browser keeps syncing as its own device.
    if (membership === null && config.deviceToken !== null) return;
    if (config.collectorUrl === null) {
      classJoinStatus.set({ state: 'failed', error: 'no-collector' });
      return;
    }
    classJoinStatus.set({ state: 'joining' });
    for (let attempt = 1; ; attempt += 1) {
      try {
        const joined = await requestClassJoin(options.fetchFunction, config.collectorUrl, code);
        writeMembership(storage, { code, school: joined.school, classLabel: joined.classLabel, expiresAt: joined.expiresAt });
        // The collector's content key comes with the token (a collector before content packs sends none: keep ours).
        await save({ deviceToken: joined.deviceToken, ...(joined.contentKey !== null ? { contentKey: joined.contentKey } : {}) });
        classJoinStatus.set({ state: 'joined', school: joined.school, classLabel: joined.classLabel });
        return;
      } catch (error) {
        const failure = error instanceof ClassJoinError ? error : new ClassJoinError('network', String(error));
        const retry = failure.code === 'rate-limited' || failure.code === 'network' || failure.code === 'server-error';
        if (!retry || attempt >= ATTEMPTS) {
          classJoinStatus.set({ state: 'failed', error: failure.code });
          return;
        }
        await wait(failure.retryAfterMs ?? 1_000 * attempt);
      }
    }
  };

  options.linkedCode.subscribe(() => consider(options.linkedCode.get()));
  consider(options.linkedCode.get());
}
