// Size of the production build: what the first screen needs (the entry script, its static imports and CSS, gzip), React
// and the app loaded behind it, Phaser's chunk, each game's own chunks, and the whole build (the .br and .gz copies
// left out). Target: initial JS at most 120 KB gzip.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
/** What scripts/serve-web.mjs sends to a browser that takes brotli (the build's .br copies are made the same way). */
const br = (file) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;

/** Follows static `import ... from "./x.js"` edges from the entry chunk: everything loaded before first render. */
function staticClosure(dir, entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const code = readFileSync(path.join(dir, name), 'utf8');
    for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

export function benchSize(webDir) {
  const assets = path.join(webDir, 'assets');
  const html = readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/web/index.html');
  const initialJs = staticClosure(assets, entry);
  // React and the app (the "shell" chunk, scripts/vite/initialChunk.ts): fetched once the first screen is painted, or
  // at once where the home's snapshot does not fit the visit; with what it imports that the first screen did not load.
  const files = readdirSync(assets);
  const shell = files.find((f) => /^shell-.*\.js$/.test(f));
  if (!shell) throw new Error('no shell chunk in dist/web/assets');
  const behindFirstScreen = staticClosure(assets, shell).filter((f) => !initialJs.includes(f));
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"/g)].map((m) => m[1]);
  const phaser = files.filter((f) => f.startsWith('phaser') && f.endsWith('.js'));
  let total = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (!/\.(br|gz)$/.test(name)) total += stat.size;
    }
  };
  walk(webDir);
  const gameChunks = files.filter((f) => f.endsWith('.js') && /^(mount|scene|model)/.test(f));
  return {
    initialJsGzipBytes: initialJs.reduce((sum, f) => sum + gz(path.join(assets, f)), 0),
    initialJsBrotliBytes: initialJs.reduce((sum, f) => sum + br(path.join(assets, f)), 0),
    initialJsFiles: initialJs.length,
    shellJsGzipBytes: behindFirstScreen.reduce((sum, f) => sum + gz(path.join(assets, f)), 0),
    initialCssGzipBytes: css.reduce((sum, f) => sum + gz(path.join(assets, f)), 0),
    phaserGzipBytes: phaser.reduce((sum, f) => sum + gz(path.join(assets, f)), 0),
    gameChunksGzipBytes: Object.fromEntries(gameChunks.map((f) => [f, gz(path.join(assets, f))])),
    totalBytes: total,
  };
}
