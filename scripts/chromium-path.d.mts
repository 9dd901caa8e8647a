// Types for chromium-path.mjs (used from the TypeScript Playwright config).
export function findChromium(): string | null;
export const CHROMIUM_ARGS: string[];
