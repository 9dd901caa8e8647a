// Turns the local events into a file the admin can save (a Blob), and starts the browser's download of it.
// Used by the admin panel for the USB export of a kiosk that never reaches the network.

export interface EventExport {
  readonly blob: Blob;
  readonly fileName: string;
  /** Events in the file. */
  readonly count: number;
  /** Corrupt records left out of the file (they stay on the device, set aside). */
  readonly skippedCorrupt: number;
}

/** Saves a Blob through a temporary download link; the object URL is released once the click is handled. */
export function saveBlob(blob: Blob, fileName: string, document: Document = globalThis.document): void {
  if (document === undefined) throw new Error('saveBlob needs a browser document to start a download');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked in a later task: the download has started by then in every browser.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
