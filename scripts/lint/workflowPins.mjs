// Finds `uses:` lines in a workflow that do not pin a full 40-character commit SHA (a tag such as @v4 can be moved
// to other code after review). Local actions (./path) and docker:// images are out of scope.

/** @param {string} text @returns {{ line: number, uses: string }[]} */
export function unpinnedActions(text) {
  const found = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*["']?([^\s"'#]+)/.exec(line);
    if (!match) return;
    const uses = match[1];
    if (uses.startsWith('./') || uses.startsWith('docker://')) return;
    if (!/@[0-9a-f]{40}$/.test(uses)) found.push({ line: index + 1, uses });
  });
  return found;
}
