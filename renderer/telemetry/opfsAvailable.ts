// Whether this host offers the Origin Private File System with workers (browsers, Electron), kept apart from the
// OPFS backend so Node-side code (unit tests, the sync fault test) never loads the worker code and its import.meta.

export function opfsAvailable(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.storage?.getDirectory === 'function' &&
    typeof TextEncoder === 'function'
  );
}
