// Build-time Vite plugin (runs in Node, never in the page): once the build is written, puts a brotli (.br) and a
// gzip (.gz) copy next to every file that compresses (scripts, styles, HTML, JSON, SVG), so `npm run web`
// (scripts/serve-web.mjs) and school web servers (docs/classroom.md) send the smaller file without compressing on
// every request. Fonts (woff2 is already compressed) and pictures are left as they are.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { isCompressible } from '../lib/webDelivery';


function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** The brotli and gzip forms of one file's bytes, at the strongest settings (paid once, at build time). */
export function compressedForms(bytes: Buffer): { readonly br: Buffer; readonly gzip: Buffer } {
  return {
    br: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gzip: gzipSync(bytes, { level: 9 }),
  };
}

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file under `folder`, except where compressing would not
 * make it smaller (a server then sends the file itself). Returns the files it compressed.
 */
export function precompressFolder(folder: string): string[] {
  const done: string[] = [];
  for (const file of listFiles(folder)) {
    if (!isCompressible(file)) continue;
    const bytes = readFileSync(file);
    const forms = compressedForms(bytes);
    if (forms.br.length < bytes.length) writeFileSync(`${file}.br`, forms.br);
    if (forms.gzip.length < bytes.length) writeFileSync(`${file}.gz`, forms.gzip);
    done.push(file);
  }
  return done;
}

export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'biotech-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After everything is on disk: the chunks, the service worker and the public files (config.json, favicon).
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompressFolder(outDir);
      },
    },
  };
}
