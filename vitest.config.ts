// Unit tests: pure models, shared contracts, Electron policy functions, renderer logic. No browser needed.

import { defineConfig } from 'vitest/config';
import { formatBuiltInFigures } from './renderer/content/builtInFigures';

export default defineConfig({
  // Unit tests see the shipped build's switch (renderer/testing/testBuild.ts): no test hooks.
  // The built-in pack's number figures, formatted as the app's build does (vite.config.ts).
  define: { __BIOTECH_TEST_BUILD__: 'false', __BUILT_IN_FIGURES__: JSON.stringify(formatBuiltInFigures()) },
  test: {
    include: ['{common,renderer,games,electron,collector,scripts,tests/unit}/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
