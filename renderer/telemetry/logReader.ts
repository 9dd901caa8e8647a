// Reads the engagement log back for the admin panel: the local statistics (activity, counts, problems and the
// warnings they raise) and the export file. Corrupt records met on the way are set aside, never shown or exported.

import type { EngagementEvent } from '../../common/events';
import type { EventStore } from './eventStore';
import { saveBlob, type EventExport } from './exportFile';
import { csvHeader, csvRow, exportFileName, exportMediaType, jsonLine, type ExportFormat } from './exportFormats';
import { telemetryWarnings, type TelemetryProblems } from './problems';
import { parseStoredRecord, seqOf } from './records';
import { ActivityCounter, STATISTICS_EVENT_TYPES, type LocalStatistics, type LogHealth } from './statistics';
import type { TelemetryClock, TelemetryContext } from './telemetryOptions';

export interface LogReader {
  stats(): Promise<LocalStatistics>;
  /** The log's counts, problems and warnings only: cheap, reads no event. */
  logHealth(): Promise<LogHealth>;
  exportEvents(format: ExportFormat): Promise<EventExport>;
  /** exportEvents() and then the browser's download of the file. */
  downloadEvents(format: ExportFormat): Promise<EventExport>;
}

export function createLogReader(options: {
  readonly store: EventStore;
  readonly context: TelemetryContext;
  readonly clock: TelemetryClock;
  readonly pendingCap: number;
  problems(): TelemetryProblems;
}): LogReader {
  const { store, context, clock, pendingCap } = options;

  /** Reads raw records, hands the sound ones to `use`, sets corrupt ones aside; returns how many were corrupt. */
  async function readSound(types: Parameters<EventStore['scan']>[0]['types'], use: (event: EngagementEvent, recordedAt: number) => void) {
    const corrupt: number[] = [];
    let skipped = 0;
    await store.scan(types === undefined ? {} : { types }, (value) => {
      const record = parseStoredRecord(value);
      if (record !== null) {
        use(record.event, record.recordedAt);
        return;
      }
      skipped += 1;
      const seq = seqOf(value);
      if (seq !== null) corrupt.push(seq);
    });
    await store.quarantine(corrupt);
    return skipped;
  }

  async function logHealth(): Promise<LogHealth> {
    const events = await store.counts();
    const notRecorded = await store.notRecorded();
    const currentProblems = options.problems();
    return {
      events,
      pendingCap,
      notRecorded,
      problems: currentProblems,
      warnings: telemetryWarnings({
        problems: currentProblems,
        unacknowledged: events.pending + events.sent,
        pendingCap,
        notRecorded,
        corruptRecords: events.quarantined,
      }),
    };
  }

  async function stats(): Promise<LocalStatistics> {
    const activity = new ActivityCounter(new Date(clock.now()));
    await readSound(STATISTICS_EVENT_TYPES, (event, recordedAt) => activity.add(event, recordedAt));
    return { ...activity.result(), ...(await logHealth()) };
  }

  async function exportEvents(format: ExportFormat): Promise<EventExport> {
    const parts: string[] = format === 'csv' ? [csvHeader()] : [];
    let chunk = '';
    let count = 0;
    const skippedCorrupt = await readSound(undefined, (event) => {
      chunk += format === 'csv' ? csvRow(event) : jsonLine(event);
      count += 1;
      // Many moderate strings rather than one huge one: a Blob of a million events stays within string limits.
      if (count % 1000 === 0) {
        parts.push(chunk);
        chunk = '';
      }
    });
    parts.push(chunk);
    return {
      blob: new Blob(parts, { type: exportMediaType(format) }),
      fileName: exportFileName(context.siteLabel, new Date(clock.now()), format),
      count,
      skippedCorrupt,
    };
  }

  return {
    stats,
    logHealth,
    exportEvents,
    async downloadEvents(format) {
      const file = await exportEvents(format);
      saveBlob(file.blob, file.fileName);
      return file;
    },
  };
}
