// Entry point of the hub collector: `node collector/cli.ts [serve|enrol|revoke|devices|staff|audit|release] [flags]` (npm run collector).
// Registers the TypeScript resolve hook first, then loads the commands (a dynamic import, so the hook is active
// before any other module of ours is resolved).

import './resolveHooks.ts';

const { runCommand } = await import('./commands.ts');
process.exitCode = await runCommand(process.argv.slice(2), process.env);
