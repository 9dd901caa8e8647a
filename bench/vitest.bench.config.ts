// Vitest configuration used only by the benchmark to run Node-side entries (bench/**/entry.bench.ts).

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['bench/**/entry.bench.ts'], environment: 'node', testTimeout: 900_000, fileParallelism: false },
});
