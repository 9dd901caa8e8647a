// Test build only (?testHooks=1, see renderer/testing/testBuild.ts): puts the app's telemetry object, and a way to open isolated ones (own database,
// small cap), on window.__biotechTest so Playwright and the benchmark can drive the engagement log directly.

import type { Telemetry, TelemetryOptions } from './telemetry';
import { loadTelemetryModule } from './telemetryFront';
import { TEST_BUILD } from '../testing/testBuild';

export interface TelemetryTestHooks {
  readonly telemetry: Telemetry;
  /** Opens another engagement log with the app's context and the given overrides (e.g. databaseName, pendingCap). */
  openTelemetry(overrides: Partial<Omit<TelemetryOptions, 'context'>>): Promise<Telemetry>;
}

declare global {
  interface Window {
    __biotechTest?: Record<string, unknown> & Partial<TelemetryTestHooks>;
  }
}

/**
 * Exposes `telemetry` (the open log, not its front) on window.__biotechTest. Does nothing (and returns false) outside the test build or unless the
 * page URL has ?testHooks=1, so a production kiosk never exposes it even if called by mistake.
 */
export function exposeTelemetryForTests(telemetry: Telemetry, search: string = window.location.search): boolean {
  if (!TEST_BUILD || new URLSearchParams(search).get('testHooks') !== '1') return false;
  const hooks: TelemetryTestHooks = {
    telemetry,
    // The log's code is a chunk of its own (telemetryFront.ts): loaded already, as the app's log is open.
    openTelemetry: (overrides) => loadTelemetryModule().then(({ openTelemetry }) => openTelemetry({ ...telemetry.options, ...overrides, context: telemetry.context })),
  };
  window.__biotechTest = { ...window.__biotechTest, ...hooks };
  return true;
}
