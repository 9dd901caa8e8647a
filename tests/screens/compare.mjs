// Compares two folders of screenshots taken by the same screens spec (for example before and after a refactor):
// prints, per file, whether its size changed and the share of pixels that differ, and writes a diff image (changed
// pixels in magenta over a faded copy) for each changed screen.
//   node tests/screens/compare.mjs <before-dir> <after-dir> [<diff-dir>]

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const [beforeDir, afterDir, diffDir = path.join(afterDir ?? '.', '..', 'diff')] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('usage: node tests/screens/compare.mjs <before-dir> <after-dir> [<diff-dir>]');
  process.exit(2);
}
mkdirSync(diffDir, { recursive: true });

/** Channels may differ by this much (anti-aliasing, font hinting) before a pixel counts as changed. */
const TOLERANCE = 24;
let changed = 0;
const names = readdirSync(afterDir).filter((name) => name.endsWith('.png')).sort();
for (const name of names) {
  const beforePath = path.join(beforeDir, name);
  if (!existsSync(beforePath)) {
    console.log(`${name}: new (no earlier shot)`);
    changed += 1;
    continue;
  }
  const before = PNG.sync.read(readFileSync(beforePath));
  const after = PNG.sync.read(readFileSync(path.join(afterDir, name)));
  const width = Math.min(before.width, after.width);
  const height = Math.min(before.height, after.height);
  const diff = new PNG({ width: after.width, height: after.height });
  let differing = Math.abs(before.width * before.height - after.width * after.height);
  for (let y = 0; y < after.height; y += 1) {
    for (let x = 0; x < after.width; x += 1) {
      const a = (y * after.width + x) * 4;
      const inBoth = x < width && y < height;
      const b = (y * before.width + x) * 4;
      const same =
        inBoth && [0, 1, 2].every((c) => Math.abs(before.data[b + c] - after.data[a + c]) <= TOLERANCE);
      if (inBoth && !same) differing += 1;
      const fade = Math.round(200 + (after.data[a] + after.data[a + 1] + after.data[a + 2]) / 3 / 5);
      diff.data.set(same ? [fade, fade, fade, 255] : [255, 0, 255, 255], a);
    }
  }
  const share = differing / (after.width * after.height);
  const sized = before.width === after.width && before.height === after.height ? '' : ` (size ${before.width}x${before.height} -> ${after.width}x${after.height})`;
  if (differing > 0) {
    changed += 1;
    writeFileSync(path.join(diffDir, name), PNG.sync.write(diff));
  }
  console.log(`${name}: ${differing === 0 ? 'same' : `${(share * 100).toFixed(2)} % of pixels differ`}${sized}`);
}
console.log(`\n${names.length} screens, ${changed} differ${changed ? `; diff images in ${diffDir}` : ''}`);
