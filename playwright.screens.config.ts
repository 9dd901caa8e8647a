// Screenshot runs for people to look at (not part of npm test): same server and browser as the end-to-end suite.
//   npx playwright test --config playwright.screens.config.ts      -> dist/screens/...

import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: './tests/screens', testMatch: '*.screens.ts', outputDir: './dist/screens/.playwright' });
