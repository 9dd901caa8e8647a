// The namespaces of texts the shell needs before the first screen (games and features load theirs when opened). Apart
// from resources.ts, which only the bundler can load, so the build's drawing of the home reads them too
// (scripts/vite/homeSnapshotPlugin.ts).

export const SHELL_NAMESPACES = ['common', 'kiosk'] as const;
