// Lets a plain Node script load the project's own TypeScript files (Node 24 strips their types) as ES modules,
// without the MODULE_TYPELESS_PACKAGE_JSON warning: the root package.json has no "type" on purpose (the Electron
// main process compiles to CommonJS). Import this first, then load the .ts file with a dynamic import().

import { registerHooks } from 'node:module';

registerHooks({
  load(url, context, nextLoad) {
    const ours = url.startsWith('file:') && url.endsWith('.ts') && !url.includes('/node_modules/');
    return nextLoad(url, ours ? { ...context, format: 'module-typescript' } : context);
  },
});
