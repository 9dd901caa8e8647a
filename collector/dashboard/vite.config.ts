// Builds the staff dashboard (React) into collector/dist/dashboard, which the collector serves at `/`.
// Relative asset paths under /assets/; no inline scripts or styles, so the strict CSP of dashboardFiles.ts holds.
// Nothing here touches the network at build time.

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { BROWSER_ZOD_ALIAS } from '../../scripts/vite/browserZod';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  // zod's small build in the browser (common/zod.ts), as in the app.
  resolve: { alias: [BROWSER_ZOD_ALIAS] },
  server: { host: '127.0.0.1', port: 5174, fs: { allow: ['../..'] }, proxy: { '/api': 'http://127.0.0.1:8787' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
