// Groups the code a page load needs into two chunks instead of the bundler's dozen. "first-screen": every module the
// renderer's entry imports statically (the requests sent first, the home's snapshot and what decides whether it fits:
// renderer/app/quickHome.ts). "shell": every module the app's start (renderer/app/start.tsx, imported dynamically by the
// entry) reaches statically, and the start itself, less what "first-screen" has: React and the app. Left alone, the
// bundler splits that code into small shared chunks, one per set of lazy screens that also use a part of it; each is
// one more request the page waits for, and on a school network (HTTP/1.1, six connections, a long round trip) those
// requests queue. index.html links the shell's styles (scripts/vite/shellStylesPlugin.ts); the lazy chunks keep
// importing what they share with it from the two, which are always loaded before them.

/** What the bundler tells about one module. */
interface ModuleInfoLike {
  readonly importedIds: readonly string[];
}

type GetModuleInfo = (id: string) => ModuleInfoLike | null;

export const FIRST_SCREEN_CHUNK = 'first-screen';
export const SHELL_CHUNK = 'shell';

/**
 * Returns a manualChunks rule: "first-screen" for a module the entry reaches through static imports (not the entry
 * itself), "shell" for one the app's start reaches that way (the start included) and the entry does not, null for any
 * other (the bundler's own splitting).
 */
export function initialChunks(entryId: string, startId: string): (id: string, getModuleInfo: GetModuleInfo) => string | null {
  let groups: { first: Set<string>; shell: Set<string> } | null = null;
  return (id, getModuleInfo) => {
    if (groups === null) {
      const first = staticClosure(entryId, getModuleInfo);
      const shell = new Set([startId, ...staticClosure(startId, getModuleInfo)].filter((module) => module !== entryId && !first.has(module)));
      groups = { first, shell };
    }
    if (groups.first.has(id)) return FIRST_SCREEN_CHUNK;
    return groups.shell.has(id) ? SHELL_CHUNK : null;
  };
}

/** Every module reachable from `entryId` through static imports, the entry excluded. */
export function staticClosure(entryId: string, getModuleInfo: GetModuleInfo): Set<string> {
  const reached = new Set<string>();
  const queue = [entryId];
  while (queue.length > 0) {
    const info = getModuleInfo(queue.pop()!);
    if (info === null) continue;
    for (const imported of info.importedIds) {
      if (imported === entryId || reached.has(imported)) continue;
      reached.add(imported);
      queue.push(imported);
    }
  }
  if (reached.size === 0) throw new Error(`initialChunks: the module ${entryId} was not found or imports nothing`);
  return reached;
}
