// Renderer crashes and hangs counted by the main process for the device's health report: the page reads the
// counts, sends them with its report, and acknowledges what the collector kept; what happened meanwhile stays
// counted for the next report. Kept in the main process because a crash wipes the page's own memory.

import type { RendererFaultCounts } from '../../common/host/hostApi';

export interface FaultTally {
  /** A renderer process that died on its own (not our forced restart of a hung page, counted as a hang). */
  crashed(): void;
  /** A page that stayed hung past its grace period and was restarted. */
  hung(): void;
  read(): RendererFaultCounts;
  /** Takes `reported` off the counts, never below zero (a page may send anything). */
  acknowledge(reported: unknown): void;
}

function countOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

export function createFaultTally(): FaultTally {
  let crashes = 0;
  let hangs = 0;
  return {
    crashed: () => {
      crashes += 1;
    },
    hung: () => {
      hangs += 1;
    },
    read: () => ({ crashes, hangs }),
    acknowledge(reported) {
      const counts = typeof reported === 'object' && reported !== null ? (reported as Record<string, unknown>) : {};
      crashes = Math.max(0, crashes - countOf(counts.crashes));
      hangs = Math.max(0, hangs - countOf(counts.hangs));
    },
  };
}
