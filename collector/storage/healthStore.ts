// The latest health report of each device (migration 7): one row per device, replaced by every newer report. The
// report is stored as the schema-checked JSON it arrived as (common/health/deviceHealth.ts), so it holds only what
// that schema allows; a row that no longer parses (a schema changed since) is skipped, never shown half-read.

import { deviceHealthSchema, type DeviceHealth } from '../../common/health/deviceHealth';
import type { SqlDriver } from './sqlDriver';

export interface StoredHealth {
  /** Server time the report arrived (epoch ms). */
  readonly reportedAt: number;
  readonly report: DeviceHealth;
}

export class DeviceHealthStore {
  private readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /** Keeps `report` as the device's latest, unless a report that arrived later is already stored. */
  async save(deviceId: string, report: DeviceHealth, reportedAt: number): Promise<void> {
    await this.driver.run(
      `INSERT INTO device_health (device_id, reported_at, report) VALUES (?, ?, ?)
        ON CONFLICT (device_id) DO UPDATE SET reported_at = excluded.reported_at, report = excluded.report
        WHERE excluded.reported_at >= device_health.reported_at`,
      [deviceId, reportedAt, JSON.stringify(report)],
    );
  }

  /** The latest report of every device that sent one, by device id. */
  async latest(): Promise<Map<string, StoredHealth>> {
    const rows = await this.driver.all<{ device_id: string; reported_at: number | string; report: string }>('SELECT device_id, reported_at, report FROM device_health');
    const reports = new Map<string, StoredHealth>();
    for (const row of rows) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(row.report);
      } catch {
        continue;
      }
      const report = deviceHealthSchema.safeParse(parsed);
      if (report.success) reports.set(row.device_id, { reportedAt: Number(row.reported_at), report: report.data });
    }
    return reports;
  }
}
