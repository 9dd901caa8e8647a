// Builds the renderer (React shell + lazily loaded games) into dist/web, used by both hosts.
// Relative base so the same files load from app://bundle/ in Electron and from any folder on a web server.
// `vite build --mode e2e` (npm run build:web:test) builds the end-to-end test build into dist/web-test instead: the
// same app plus the test hooks and short timings (renderer/testing/testBuild.ts), which the shipped build lacks.
// Nothing here touches the network at build time.

import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { webIndexHtml } from './common/security/contentSecurityPolicy';
import { precachePlugin } from './scripts/vite/precachePlugin';
import { precompressPlugin } from './scripts/vite/precompressPlugin';
import { initialChunks } from './scripts/vite/initialChunk';
import { shellStylesPlugin } from './scripts/vite/shellStylesPlugin';
import { homeSnapshotPlugin } from './scripts/vite/homeSnapshotPlugin';
import { fontPreloadPlugin } from './scripts/vite/fontPreloadPlugin';
import { shellFontsPlugin } from './scripts/vite/shellFontsPlugin';
import { BROWSER_ZOD_ALIAS } from './scripts/vite/browserZod';
import { formatBuiltInFigures } from './renderer/content/builtInFigures';
import { SHELL_NAMESPACES } from './renderer/i18n/shellNamespaces';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const root = fileURLToPath(new URL('./renderer', import.meta.url));
const publicDir = fileURLToPath(new URL('./renderer/public', import.meta.url));
const initialChunk = initialChunks(fileURLToPath(new URL('./renderer/main.tsx', import.meta.url)), fileURLToPath(new URL('./renderer/app/start.tsx', import.meta.url)));

/**
 * A classroom build that syncs to a hub on another origin names it at build time (BIOTECH_COLLECTOR_ORIGIN), so the
 * page's CSP allows exactly that origin and no other. Without it, only the page's own origin is reachable.
 */
function collectorOrigin(): string | null {
  const value = process.env.BIOTECH_COLLECTOR_ORIGIN;
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('BIOTECH_COLLECTOR_ORIGIN must be an http(s) origin');
  return url.origin;
}

/** Writes the one renderer CSP (common/security) into index.html; the Electron kiosk serves it as a header instead. */
const cspMeta: Plugin = {
  name: 'biotech-csp-meta',
  transformIndexHtml: (html) => webIndexHtml(html, collectorOrigin()),
};

/** The mode of the test build; any other mode (production, development) builds the shipped app. */
const TEST_MODE = 'e2e';

export default defineConfig(({ mode }) => ({
  root,
  base: './',
  publicDir,
  // The service worker lists every file of the build so classrooms and fair stands run offline (renderer/sw/).
  // Every text file also ships as .br and .gz, which scripts/serve-web.mjs and school web servers send as they are.
  plugins: [
    react(),
    cspMeta,
    shellFontsPlugin({
      sources: {
        localesDir: fileURLToPath(new URL('./locales', import.meta.url)),
        codeDirs: [root, fileURLToPath(new URL('./games', import.meta.url))],
      },
      cacheDir: fileURLToPath(new URL('./node_modules/.cache/biotech-shell-fonts', import.meta.url)),
    }),
    fontPreloadPlugin(),
    shellStylesPlugin(),
    // The home drawn at build time, shown before React where it fits the visit (renderer/app/quickHome.ts).
    homeSnapshotPlugin({
      configFile: fileURLToPath(import.meta.url),
      localesDir: fileURLToPath(new URL('./locales', import.meta.url)),
      servedConfig: fileURLToPath(new URL('./renderer/public/config.json', import.meta.url)),
      namespaces: SHELL_NAMESPACES,
    }),
    precachePlugin({ source: fileURLToPath(new URL('./renderer/sw/serviceWorker.ts', import.meta.url)), publicDir }),
    precompressPlugin(),
  ],
  // The built-in pack's number figures, formatted here rather than by the browser at start-up (see the file).
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BIOTECH_TEST_BUILD__: JSON.stringify(mode === TEST_MODE),
    __BUILT_IN_FIGURES__: JSON.stringify(formatBuiltInFigures()),
  },
  // zod's small build in the browser (common/zod.ts).
  resolve: { alias: [BROWSER_ZOD_ALIAS] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: ['..'] } },
  build: {
    outDir: fileURLToPath(new URL(mode === TEST_MODE ? './dist/web-test' : './dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    // Every browser the app runs in (Electron's Chromium, the classroom browsers of es2023) knows modulepreload.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The first screen's code is one chunk, React and the app another (scripts/vite/initialChunk.ts). zod and the
        // line that puts it in jitless mode are in the first, the entry's first import, so jitless is set before any
        // module can parse with zod.
        manualChunks(id, { getModuleInfo }) {
          return initialChunk(id, getModuleInfo);
        },
      },
    },
  },
}));
