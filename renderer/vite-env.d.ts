// Build-time constants injected by vite.config.ts.
declare const __APP_VERSION__: string;
/** true only in the end-to-end test build (vite build --mode e2e); see renderer/testing/testBuild.ts. */
declare const __BIOTECH_TEST_BUILD__: boolean;
// __BUILT_IN_FIGURES__ is declared with its type in renderer/content/builtInFigures.ts.
