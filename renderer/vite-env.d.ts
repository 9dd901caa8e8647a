// Build-time constants injected by vite.config.ts.
declare const __APP_VERSION__: string;
/** true only in the end-to-end test build (vite build --mode e2e); see renderer/testing/testBuild.ts. */
declare const __BIOTECH_TEST_BUILD__: boolean;
/** The built-in pack's number figures, formatted per language at build time (renderer/content/builtInFigures.ts). */
declare const __BUILT_IN_FIGURES__: import('./content/builtInFigures').BuiltInFigures;
