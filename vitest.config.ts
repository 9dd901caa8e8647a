// Unit tests: pure models, shared contracts, Electron policy functions, renderer logic. No browser needed.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{common,renderer,games,electron,collector,scripts,tests/unit}/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
