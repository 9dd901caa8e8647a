// Test helper for the engagement log's tests: its IndexedDB database read (and written) through a connection of its
// own, not through the log's code, as a restarted app would find it.

import type { EngagementEvent } from '../../common/events';

/** Opens the log's database by name on a connection of its own; close it when done. */
export function openLogDatabase(name: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Every record of the log's events store, as stored (the event with its sequence number and delivery state). */
export async function eventRecordsOnDisk(name: string): Promise<unknown[]> {
  const db = await openLogDatabase(name);
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('events').objectStore('events').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The stored events in the order they were appended (their sequence numbers). */
export async function eventsOnDisk(name: string): Promise<EngagementEvent[]> {
  const records = (await eventRecordsOnDisk(name)) as { event: EngagementEvent; seq: number }[];
  return records.sort((a, b) => a.seq - b.seq).map((record) => record.event);
}
