// The zod every shared and browser schema is written with: zod's small, tree-shakable build (`zod/mini`: functions
// such as z.optional(x) and checks such as .check(z.minLength(1)) instead of methods), which keeps about 16 KB
// (gzip) out of the first screen's script (docs/performance.md). It carries no messages of its own, so the English
// ones are set here, once, for every runtime that reads these schemas: a broken config file or a refused pack is
// explained the same way by the kiosk, the browser and the collector.

import * as z from 'zod/mini';
import { en as english } from 'zod/v4/locales';

z.config(english());

export { z };
