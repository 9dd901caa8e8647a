// Builds the benchmark's React floor (bench/fixtures/react-floor) with the app's own Vite and React plugin, in
// production mode, into dist/bench/react-floor. The startup entry serves it beside the app and the static floor.

import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export async function buildReactFloor(root) {
  const outDir = path.join(root, 'dist', 'bench', 'react-floor');
  await build({
    configFile: false,
    root: path.join(root, 'bench', 'fixtures', 'react-floor'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2023', reportCompressedSize: false },
  });
  return outDir;
}
