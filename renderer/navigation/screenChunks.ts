// The code of the screens that load on demand, one import() each, so a screen can be fetched before it is shown
// (a finger landing on a button, the games hub appearing) and rendered at once when the visitor gets there. The
// browser fetches and evaluates each chunk once; calling these again returns the same module.

export const screenChunks = {
  game: () => import('../games/GameScreen'),
  careers: () => import('../careers/CareersRoute'),
};

/** Starts fetching a screen's code without waiting for it; a failure shows later, when the screen itself loads. */
export function warmScreen(name: keyof typeof screenChunks): void {
  screenChunks[name]().catch(() => undefined);
}
