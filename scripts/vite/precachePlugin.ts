// Build-time Vite plugin (kept out of renderer/, which is browser-only) (runs in Node, never in the page): turns renderer/sw/serviceWorker.ts into dist/web/sw.js
// with the list of every file of the build baked in (all chunks, fonts, pictures, locale chunks, index.html and the
// public files), plus a version derived from their contents so a new build replaces the old cache.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

export function precachePlugin(options: { readonly source: string; readonly publicDir: string }): Plugin {
  return {
    name: 'biotech-precache-service-worker',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_output, bundle) {
      const hash = createHash('sha256');
      const buildFiles = Object.keys(bundle).sort();
      for (const file of buildFiles) {
        const item = bundle[file];
        if (!item) continue;
        hash.update(file);
        hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const publicFiles = listFiles(options.publicDir).sort();
      for (const file of publicFiles) hash.update(file).update(readFileSync(path.join(options.publicDir, file)));
      const files = [...new Set([...buildFiles, ...publicFiles, 'index.html'])].filter((file) => file !== SERVICE_WORKER_FILE && !file.endsWith('.map'));
      const manifest = { version: hash.digest('hex').slice(0, 16), files };

      const { code } = await transformWithOxc(readFileSync(options.source, 'utf8'), options.source, { lang: 'ts' });
      // A classic worker script: drop the (type-only) module syntax, put the manifest in front.
      const body = code.replace(/^export\s*\{\s*\};?\s*$/gm, '').replace(/^export\s+(?=(const|function|async))/gm, '');
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: `"use strict";\nconst PRECACHE_MANIFEST = ${JSON.stringify(manifest)};\n(() => {\n${body}\n})();\n`,
      });
    },
  };
}
