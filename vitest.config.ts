// Unit tests: pure models, shared contracts, Electron policy functions, renderer logic. No browser needed.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests see the shipped build's switch (renderer/testing/testBuild.ts): no test hooks.
  define: { __BIOTECH_TEST_BUILD__: 'false' },
  test: {
    include: ['{common,renderer,games,electron,collector,scripts,tests/unit}/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
