// Whether the kiosk window may close. In kiosk mode a visitor must not end the app with Alt+F4 (Windows turns it
// into a window close before any page sees the key) or the window's close button; staff quit from the admin panel,
// and the operating system may always end the app when it shuts down or the session ends.

export type CloseReason =
  /** A close nobody asked for through the app: Alt+F4, the title bar button, the window manager. */
  | 'window-close'
  /** The admin panel's "quit" (after the PIN), or app.quit() from the main process (SIGTERM, systemd stop). */
  | 'staff-quit'
  /** The user's session ends or the machine shuts down (Windows session-end, powerMonitor shutdown). */
  | 'system-shutdown'
  /** The kiosk's updater installs a new version or goes back to the previous one (between visitors). */
  | 'update-install';

export interface CloseGuard {
  /** Record why the app is about to close; a staff quit or a shutdown lets the next close through. */
  allow(reason: Exclude<CloseReason, 'window-close'>): void;
  /** True when the window's `close` event must be prevented. */
  shouldPreventClose(): boolean;
}

export function createCloseGuard(kioskMode: boolean): CloseGuard {
  let allowed = false;
  return {
    allow() {
      allowed = true;
    },
    shouldPreventClose() {
      return kioskMode && !allowed;
    },
  };
}
