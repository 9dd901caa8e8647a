// Build-time (Node): the alias that gives browser builds zod's small build. The app's and the dashboard's code import
// `zod` through common/zod.ts; in a browser bundle that is `zod/mini` (tree-shakable, about 16 KB gzip less in the
// first screen's script), while Node keeps the full build (common/zod.ts says why).

import type { Alias } from 'vite';

export const BROWSER_ZOD_ALIAS: Alias = { find: /^zod$/, replacement: 'zod/mini' };
