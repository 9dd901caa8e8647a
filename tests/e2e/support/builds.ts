// The two web builds the end-to-end suite runs against (tests/README.md): the shipped one (dist/web, the default
// baseURL, service worker allowed) and the test build (dist/web-test, next port), which alone has window.__biotechTest
// and the short timings. A spec or a describe block switches with test.use(TEST_BUILD).

const port = Number(process.env.E2E_PORT ?? 4391);

/** The shipped build's origin, the suite's default baseURL. */
export const SHIPPED_BUILD_ORIGIN = `http://127.0.0.1:${port}`;

/** Options for test.use() inside a test-build spec, for a block that must run on the shipped build. */
export const SHIPPED_BUILD = { baseURL: SHIPPED_BUILD_ORIGIN, serviceWorkers: 'allow' } as const;

/** The test build's origin (playwright.config.ts serves it on E2E_PORT + 1). */
export const TEST_BUILD_ORIGIN = `http://127.0.0.1:${port + 1}`;

/**
 * Options for test.use(): the test build, with service workers blocked as its test-hook pages never register one
 * unless a test opts in with ?sw=1 (and then test.use({ serviceWorkers: 'allow' }) too).
 */
export const TEST_BUILD = { baseURL: TEST_BUILD_ORIGIN, serviceWorkers: 'block' } as const;
