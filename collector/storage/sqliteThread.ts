// A SQLite database thread: a worker that owns one of the collector's two connections (the writer, or the query-only
// reader: sqliteConnection.ts) and runs the statements the main thread sends it, one message at a time. node:sqlite
// is synchronous, so on the main thread every statement, and every COMMIT's fsync, would stop the HTTP server; here
// they stop only this thread, while the main thread parses and validates the next request. Protocol:
// sqliteThreadProtocol.ts. Loaded by SqliteDriver (sqliteDriver.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { SqliteConnection, type SqliteRole } from './sqliteConnection.ts';
import { serializeError, type ThreadReply, type ThreadRequest } from './sqliteThreadProtocol.ts';

const port = parentPort;
if (port === null) throw new Error('sqliteThread.ts runs as a worker thread (see sqliteDriver.ts)');

function answer(request: ThreadRequest, connection: SqliteConnection): ThreadReply {
  switch (request.op) {
    case 'all':
      return { id: request.id, ok: true, value: connection.all(request.sql, request.params) };
    case 'run':
      return { id: request.id, ok: true, value: connection.run(request.sql, request.params) };
    case 'exec':
      connection.exec(request.sql);
      return { id: request.id, ok: true, value: null };
    case 'steps':
      return { id: request.id, ok: true, value: connection.transactionSteps(request.steps) };
    case 'rollback':
      connection.rollback();
      return { id: request.id, ok: true, value: null };
    case 'close':
      connection.close();
      return { id: request.id, ok: true, value: null };
  }
}

function open(): SqliteConnection | null {
  try {
    const { file, role } = workerData as { file: string; role: SqliteRole };
    const connection = new SqliteConnection(file, role);
    port!.postMessage({ id: 0, ok: true, value: null } satisfies ThreadReply);
    return connection;
  } catch (error) {
    port!.postMessage({ id: 0, ok: false, error: serializeError(error) } satisfies ThreadReply);
    port!.close();
    return null;
  }
}

const connection = open();
if (connection !== null) {
  port.on('message', (request: ThreadRequest) => {
    let reply: ThreadReply;
    try {
      reply = answer(request, connection);
    } catch (error) {
      reply = { id: request.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
    if (request.op === 'close') port.close();
  });
}
