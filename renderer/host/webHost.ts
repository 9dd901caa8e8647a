// HostApi for the browser (classrooms, school laptops): the device config comes from config.json served beside
// index.html, with the admin's changes kept in localStorage on top of it. A served config.json is public (anyone can
// read it), so a device token in it is refused: a browser gets its own token from the admin panel's enrolment or
// from a class code in a lesson link (renderer/classroom/classJoin.ts), and keeps it in localStorage.

import { deviceConfigSchema, parseDeviceConfig, parseDeviceConfigText, type ConfigProblem, type DeviceConfig } from '../../common/config/deviceConfig';
import type { DeviceTokenAtRest } from '../../common/host/deviceTokenAtRest';
import type { DeviceConfigState, HostApi } from '../../common/host/hostApi';
import type { AdminLockStore } from '../../common/kiosk/adminLock';
import { servedConfigResponse } from './servedConfig';

export const WEB_CONFIG_OVERRIDE_KEY = 'biotech.deviceConfig.v1';

/** The page's first read of its config, started early and shared (see firstWebConfigLoad). */
let firstLoad: Promise<DeviceConfigState> | null = null;

/**
 * The page's first read of config.json and this browser's overrides, started once, early (renderer/app/earlyStart.ts):
 * the first screen drawn before React (renderer/app/quickHome.ts) and the web host's first load share it.
 */
export function firstWebConfigLoad(storage: Storage = window.localStorage): Promise<DeviceConfigState> {
  firstLoad ??= loadWebConfig(storage);
  return firstLoad;
}

export function createWebHost(appVersion: string, storage: Storage = window.localStorage): HostApi {
  let firstTaken = false;
  return {
    kind: 'web',
    appVersion: () => Promise.resolve(appVersion),
    // The first load takes the early one if the page started it; every later load (after a save) reads again.
    loadDeviceConfig: () => {
      const early = firstTaken ? null : firstLoad;
      firstTaken = true;
      return early ?? loadWebConfig(storage);
    },
    saveDeviceConfig: (config) => saveWebConfig(storage, config),
    // The page calls the collector itself: its CSP names the collector origin chosen at build time (or 'self').
    // A browser keeps the PIN lockout in localStorage and IndexedDB, read as the stricter of the two: the best it has,
    // and still cleared by anyone who clears all of the site's data in the browser's settings.
    // Both are staff's (the PIN pad, the admin panel's enrolment): their code loads when staff first use them.
    adminLock: adminLockOnDemand(async () => {
      const { createWebAdminLockStore, webAdminLockCopies } = await import('../kiosk/adminLock');
      return createWebAdminLockStore(webAdminLockCopies(storage));
    }),
    enrolDevice: async (request) => {
      const { requestEnrolment } = await import('../../common/host/enrolment');
      return requestEnrolment((input, init) => fetch(input, init), request);
    },
    kiosk: null,
    rendererFaults: null,
  };
}

/** One lockout store for the page, made on the first read or attempt (a failed load is tried again next time). */
function adminLockOnDemand(create: () => Promise<AdminLockStore>): AdminLockStore {
  let store: Promise<AdminLockStore> | null = null;
  const get = () => {
    store ??= create().catch((error: unknown) => {
      store = null;
      throw error;
    });
    return store;
  };
  return {
    read: async () => (await get()).read(),
    record: async (outcome) => (await get()).record(outcome),
  };
}

async function fetchServedConfig(): Promise<{ raw: unknown; problems: ConfigProblem[] }> {
  let response: Response;
  try {
    response = await servedConfigResponse();
  } catch {
    return { raw: {}, problems: [] };
  }
  // No config.json beside index.html is a normal set-up: defaults apply.
  if (response.status === 404) return { raw: {}, problems: [] };
  if (!response.ok) {
    return { raw: {}, problems: [{ code: 'unreadable', detail: `config.json answered HTTP ${response.status}` }] };
  }
  const parsed = parseDeviceConfigText(await response.text());
  if (parsed.problems.some((p) => p.code === 'unreadable' || p.code === 'not-an-object')) return { raw: {}, problems: [...parsed.problems] };
  const { deviceToken, ...publicFields } = parsed.config;
  const problems = parsed.problems.filter((problem) => problem.field !== 'deviceToken');
  if (deviceToken !== null || parsed.problems.some((problem) => problem.field === 'deviceToken')) {
    problems.push({ code: 'public-token', field: 'deviceToken', detail: 'config.json is public: a device token there was ignored; remove it (classes join with a class code)' });
  }
  return { raw: publicFields, problems };
}

async function loadWebConfig(storage: Storage): Promise<DeviceConfigState> {
  const served = await fetchServedConfig();
  let overrides: unknown = {};
  const problems: ConfigProblem[] = [...served.problems];
  const stored = safeGet(storage, WEB_CONFIG_OVERRIDE_KEY);
  if (stored !== null) {
    try {
      overrides = JSON.parse(stored);
    } catch {
      problems.push({ code: 'unreadable', detail: 'the settings saved in this browser were unreadable and were ignored' });
    }
  }
  const merged = {
    ...(served.raw as object),
    ...(typeof overrides === 'object' && overrides !== null ? overrides : {}),
  };
  const parsed = parseDeviceConfig(merged);
  return { config: parsed.config, problems: [...problems, ...parsed.problems], deviceTokenAtRest: browserTokenAtRest(parsed.config) };
}

async function saveWebConfig(storage: Storage, candidate: DeviceConfig): Promise<DeviceConfigState> {
  const result = deviceConfigSchema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid config: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  try {
    storage.setItem(WEB_CONFIG_OVERRIDE_KEY, JSON.stringify(result.data));
  } catch (error) {
    throw new Error(`cannot store the settings in this browser: ${(error as Error).message}`, { cause: error });
  }
  return { config: result.data, problems: [], deviceTokenAtRest: browserTokenAtRest(result.data) };
}

/** A browser has no key store a page can use: a token kept here (localStorage, or the served config.json) is plain. */
function browserTokenAtRest(config: DeviceConfig): DeviceTokenAtRest {
  return config.deviceToken === null ? 'none' : 'plain';
}

function safeGet(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
