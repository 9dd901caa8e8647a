// Puts every module the renderer's entry imports statically (what the first screen needs, whatever it is) into one
// chunk, "shell". Left alone, the bundler splits that code into a dozen small shared chunks, one per set of lazy
// screens that also use a part of it; each is one more request the first screen waits for, and on a school network
// (HTTP/1.1, six connections, a long round trip) those requests queue. The lazy chunks keep importing what they share
// with the entry from "shell", which is always loaded before them.

/** What the bundler tells about one module. */
interface ModuleInfoLike {
  readonly importedIds: readonly string[];
}

type GetModuleInfo = (id: string) => ModuleInfoLike | null;

/**
 * Returns a manualChunks rule: "shell" for a module the entry reaches through static imports only (not the entry
 * itself), null for any other (the bundler's own splitting).
 */
export function initialShellChunk(entryId: string): (id: string, getModuleInfo: GetModuleInfo) => string | null {
  let shell: Set<string> | null = null;
  return (id, getModuleInfo) => {
    shell ??= staticClosure(entryId, getModuleInfo);
    return shell.has(id) ? 'shell' : null;
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
  if (reached.size === 0) throw new Error(`initialShellChunk: the entry ${entryId} was not found or imports nothing`);
  return reached;
}
