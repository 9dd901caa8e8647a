// Where the keyboard focus goes when a run starts. The intro's start button disappears with the intro, so without
// this the focus falls to <body> and a keyboard or screen-reader player starts again from the skip link. The game's
// root becomes a region named after the game that takes the focus: a screen reader says the game's name, Tab goes on
// to the game's controls, and the shortcuts (listened to on the document) work at once. After pause the hub's dialog
// gives the focus back to the pause button; after the results and on leaving, the hub focuses the new screen's heading.

/** Names the game's root region (again after a language switch). */
export function nameGameRegion(root: HTMLElement, name: string): void {
  root.setAttribute('aria-label', name);
}

/** Makes `root` the run's focus target and focuses it, unless the player already put the focus somewhere. */
export function focusAtStart(root: HTMLElement): void {
  root.setAttribute('role', 'region');
  root.tabIndex = -1;
  const active = root.ownerDocument.activeElement;
  if (!active || active === root.ownerDocument.body || !active.isConnected) root.focus({ preventScroll: true });
}
