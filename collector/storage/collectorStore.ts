// Everything the collector keeps, behind one class that works on either SQL driver: events (idempotent by event
// id, one transaction per batch, folded into the dashboard's rollups after it: rollupFolder.ts), devices with hashed
// tokens, and single-use enrolment codes (stored hashed too). Class codes are in classCodes.ts.

import { randomBytes } from 'node:crypto';
import type { EngagementEvent } from '../../common/events';
import { RollupFolder } from './rollupFolder';
import { multiRowInsert, type SqlDriver } from './sqlDriver';

export interface StoredEventRow {
  readonly eventId: string;
  readonly eventType: string;
  readonly installationId: string;
  readonly sessionId: string;
  readonly siteLabel: string;
  /** The device's local time with offset, exactly as sent. */
  readonly occurredAt: string;
  /** The device's clock when it sent the batch, exactly as sent. */
  readonly sentAt: string;
  /** Server clock, epoch ms. */
  readonly receivedAt: number;
  /** receivedAt - (sentAt - occurredAt), epoch ms: the event time corrected for the device's clock skew. */
  readonly derivedAt: number;
  /** The validated event as JSON (schema-checked fields only). */
  readonly body: string;
}

/** The row that stores a validated `event`, sent at `sentAt` (device time, as sent), with the server's times. */
export function storedRow(event: EngagementEvent, sentAt: string, receivedAt: number, derivedAt: number): StoredEventRow {
  return {
    eventId: event.eventId,
    eventType: event.type,
    installationId: event.installationId,
    sessionId: event.sessionId,
    siteLabel: event.siteLabel,
    occurredAt: event.occurredAt,
    sentAt,
    receivedAt,
    derivedAt,
    body: JSON.stringify(event),
  };
}

export interface IngestOutcome {
  readonly accepted: number;
  readonly duplicates: number;
}

/** What else an ingest request brought besides its rows: events refused for their time (counted per device). */
export interface IngestReceipt {
  readonly receivedAt: number;
  readonly rejected: number;
}
const NO_REJECTIONS: IngestReceipt = { receivedAt: 0, rejected: 0 };

export interface Device {
  readonly deviceId: string;
  readonly siteLabel: string;
  readonly enrolledAt: number;
  readonly revokedAt: number | null;
  /** Server time of the device's last ingest request (epoch ms), null before its first. */
  readonly lastSyncAt: number | null;
  /** Events the device sent whose time could not be true (refused by batch.ts, never stored). */
  readonly rejectedEvents: number;
  /** The class whose code enrolled this device (classCodes.ts), null for a device staff enrolled. */
  readonly classId: string | null;
  /** When its token stops working (a class code's day), null for a device staff enrolled. */
  readonly expiresAt: number | null;
}

export type RedeemOutcome =
  | { readonly kind: 'enrolled'; readonly siteLabel: string }
  | { readonly kind: 'unknown' | 'used' }
  | { readonly kind: 'expired'; readonly expiredAt: number };

export const EVENT_COLUMNS = [
  'event_id',
  'device_id',
  'event_type',
  'installation_id',
  'session_id',
  'site_label',
  'occurred_at',
  'sent_at',
  'received_at',
  'derived_at',
  'body',
  'ingest_batch',
] as const;

/** A new id for one ingest request's events (96 random bits): the rollup fold counts an event for this request only. */
export function newIngestBatchId(): string {
  return randomBytes(12).toString('base64url');
}

export function eventValues(deviceId: string, ingestBatch: string, row: StoredEventRow): (string | number)[] {
  return [
    row.eventId,
    deviceId,
    row.eventType,
    row.installationId,
    row.sessionId,
    row.siteLabel,
    row.occurredAt,
    row.sentAt,
    row.receivedAt,
    row.derivedAt,
    row.body,
    ingestBatch,
  ];
}

const EVENTS_INSERT_SUFFIX = ' ON CONFLICT (event_id) DO NOTHING';

interface DeviceRow {
  device_id: string;
  site_label: string;
  enrolled_at: number | string;
  revoked_at: number | string | null;
  last_sync_at: number | string | null;
  rejected_events: number | string;
  class_id: string | null;
  expires_at: number | string | null;
}

const DEVICE_COLUMNS = 'device_id, site_label, enrolled_at, revoked_at, last_sync_at, rejected_events, class_id, expires_at';

function deviceOf(row: DeviceRow): Device {
  return {
    deviceId: row.device_id,
    siteLabel: row.site_label,
    enrolledAt: Number(row.enrolled_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    lastSyncAt: row.last_sync_at === null ? null : Number(row.last_sync_at),
    rejectedEvents: Number(row.rejected_events),
    classId: row.class_id,
    expiresAt: row.expires_at === null ? null : Number(row.expires_at),
  };
}

export class CollectorStore {
  readonly driver: SqlDriver;
  private readonly rollups: RollupFolder;
  private insertSql = { rows: 0, sql: '' };
  private readonly foldErrorListeners = new Set<(error: unknown) => void>();

  constructor(driver: SqlDriver) {
    this.driver = driver;
    this.rollups = new RollupFolder(driver, (error) => this.reportFoldError(error));
  }

  /**
   * Hears of a background rollup fold that failed (nothing is lost: the next fold retries its rows). Returns the
   * function that stops listening.
   */
  listenForFoldErrors(listener: (error: unknown) => void): () => void {
    this.foldErrorListeners.add(listener);
    return () => this.foldErrorListeners.delete(listener);
  }

  /** Folds, in the background, events a previous run stored but did not fold (stopped or crashed in between). */
  foldLeftovers(): void {
    this.rollups.catchUp().catch((error: unknown) => this.reportFoldError(error));
  }

  private reportFoldError(error: unknown): void {
    for (const listener of this.foldErrorListeners) listener(error);
  }

  get kind(): SqlDriver['dialect'] {
    return this.driver.dialect;
  }

  /**
   * Stores a batch in one transaction. A known event id is skipped and counted as a duplicate (also when the same
   * id appears twice in the batch), so a batch delivered twice is stored once. The same transaction leaves a
   * backlog row for the rollup fold, which runs after it (see rollupFolder.ts).
   */
  async insertEvents(deviceId: string, rows: readonly StoredEventRow[], receipt: IngestReceipt = NO_REJECTIONS): Promise<IngestOutcome> {
    if (rows.length === 0) {
      if (receipt.rejected > 0) {
        await this.driver.run('UPDATE devices SET last_sync_at = ?, rejected_events = rejected_events + ? WHERE device_id = ?', [
          receipt.receivedAt,
          receipt.rejected,
          deviceId,
        ]);
      }
      return { accepted: 0, duplicates: 0 };
    }
    const ingestBatch = newIngestBatchId();
    // In event id order: two deliveries of overlapping events in parallel then wait for each other on PostgreSQL
    // instead of deadlocking.
    const inOrder = [...rows].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
    const [accepted = 0] = await this.driver.transactionSteps([
      { sql: this.eventsInsertSql(rows.length), params: inOrder.flatMap((row) => eventValues(deviceId, ingestBatch, row)) },
      {
        sql: 'INSERT INTO rollup_backlog (ingest_batch, device_id, event_ids) VALUES (?, ?, ?)',
        params: [ingestBatch, deviceId, JSON.stringify(inOrder.map((row) => row.eventId))],
      },
      {
        sql: 'UPDATE devices SET last_sync_at = ?, rejected_events = rejected_events + ? WHERE device_id = ?',
        params: [rows[0]!.receivedAt, receipt.rejected, deviceId],
      },
    ]);
    this.rollups.noteIngest();
    return { accepted, duplicates: rows.length - accepted };
  }

  /** Folds every event stored so far into the rollups; the dashboard calls it before it reads them. */
  foldRollups(): Promise<void> {
    return this.rollups.catchUp();
  }

  async createEnrolmentCode(codeHash: string, siteLabel: string, createdAt: number, expiresAt: number): Promise<void> {
    await this.driver.run('INSERT INTO enrolment_codes (code_hash, site_label, created_at, expires_at) VALUES (?, ?, ?, ?)', [
      codeHash,
      siteLabel,
      createdAt,
      expiresAt,
    ]);
  }

  /** Uses the code once and creates the device in the same transaction; a second redeem of the code fails. */
  redeemEnrolmentCode(codeHash: string, now: number, deviceId: string, tokenHash: string): Promise<RedeemOutcome> {
    return this.driver.transaction(async (tx): Promise<RedeemOutcome> => {
      const claimed = await tx.run(
        'UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?',
        [now, deviceId, codeHash, now],
      );
      const [code] = await tx.all<{ site_label: string; expires_at: number | string; used_at: number | string | null }>(
        'SELECT site_label, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?',
        [codeHash],
      );
      if (code === undefined) return { kind: 'unknown' };
      if (claimed === 0) {
        return code.used_at !== null ? { kind: 'used' } : { kind: 'expired', expiredAt: Number(code.expires_at) };
      }
      await tx.run('INSERT INTO devices (device_id, site_label, token_hash, enrolled_at) VALUES (?, ?, ?, ?)', [
        deviceId,
        code.site_label,
        tokenHash,
        now,
      ]);
      return { kind: 'enrolled', siteLabel: code.site_label };
    });
  }

  /**
   * The device a token belongs to, as committed: read beside the uploads being stored (SqlDriver.readCommitted), so
   * authenticating the next upload never waits for them. A device revoked or enrolled is committed before staff or
   * the device get their answer.
   */
  async deviceByTokenHash(tokenHash: string): Promise<Device | null> {
    const [row] = await this.driver.readCommitted<DeviceRow>(
      `SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`,
      [tokenHash],
    );
    return row === undefined ? null : deviceOf(row);
  }

  /** Revokes a device; false when no such device exists. Revoking twice keeps the first time. */
  async revokeDevice(deviceId: string, at: number): Promise<boolean> {
    await this.driver.run('UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL', [at, deviceId]);
    const [row] = await this.driver.all<{ device_id: string }>('SELECT device_id FROM devices WHERE device_id = ?', [deviceId]);
    return row !== undefined;
  }

  async devices(): Promise<Device[]> {
    const rows = await this.driver.all<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY enrolled_at`);
    return rows.map(deviceOf);
  }

  async eventCount(): Promise<number> {
    const [row] = await this.driver.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM events');
    return Number(row?.n ?? 0);
  }

  async eventIds(): Promise<string[]> {
    const rows = await this.driver.all<{ event_id: string }>('SELECT event_id FROM events');
    return rows.map((row) => row.event_id);
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.driver.all('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.rollups.stop();
    await this.driver.close();
  }

  private eventsInsertSql(rows: number): string {
    if (this.insertSql.rows !== rows) this.insertSql = { rows, sql: multiRowInsert('events', EVENT_COLUMNS, rows, EVENTS_INSERT_SUFFIX) };
    return this.insertSql.sql;
  }
}
