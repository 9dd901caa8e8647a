// The zod every shared and browser schema is written with. Schemas here use the part of zod's API that both of its
// builds have: functions and checks (`z.nullable(x)`, `z.string().check(z.maxLength(60))`), never methods such as
// `.optional()`. In the browser, `zod` resolves to its small, tree-shakable build, `zod/mini` (the Vite alias in
// scripts/vite/browserZod.ts): about 16 KB (gzip) less in the first screen's script (docs/performance.md). In Node
// (the collector, Electron's main process, the unit tests) it stays the full build, whose object schemas compile a
// fast path: the collector checks every event it receives about a third faster with it. The browser code's typecheck
// (tsconfig.browser.json) reads these files against zod/mini's types, tsconfig.json, the collector's and Electron's
// against the full build's, so a schema that only one build could run fails one of them. zod/mini carries no
// messages of its own: the English ones are set here for every runtime, so a broken config file or a refused pack
// reads the same everywhere.

import { z } from 'zod';
import { en } from 'zod/v4/locales';

z.config(en());

export { z };
