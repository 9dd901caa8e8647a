// Puts zod in jitless mode before anything parses. The page's CSP forbids eval; zod's first object parse would probe
// for it with `new Function('')`, which the browser blocks and reports as a CSP violation on every page load
// (Lighthouse's "issues" audit). Jitless mode parses the same schemas the same way without generating code. Imported
// first by renderer/main.tsx, since some modules parse while they are evaluated.

import { config } from 'zod';

config({ jitless: true });
