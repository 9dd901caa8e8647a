// Lets Node 24 run the collector's TypeScript (and the shared common/ code it imports) straight from source: Node
// strips the types, and this hook resolves extensionless relative imports ("./catalogue") to their .ts file the
// way Vite and tsc's bundler resolution do. No build step, no extra package. Imported once, by the entry points.

import { existsSync } from 'node:fs';
import { registerHooks, type ResolveFnOutput } from 'node:module';
import { fileURLToPath } from 'node:url';

const HAS_EXTENSION = /\.(?:[cm]?[jt]sx?|json|node)$/;

function isOurTypeScript(url: string): boolean {
  return url.startsWith('file:') && url.endsWith('.ts') && !url.includes('/node_modules/');
}

/** Our .ts files are ES modules whatever the nearest package.json says (the root one has no "type"). */
function asModule(result: ResolveFnOutput): ResolveFnOutput {
  return isOurTypeScript(result.url) ? { ...result, format: 'module-typescript' } : result;
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && !HAS_EXTENSION.test(specifier) && context.parentURL?.startsWith('file:')) {
      for (const suffix of ['.ts', '/index.ts']) {
        const candidate = new URL(specifier + suffix, context.parentURL);
        if (existsSync(fileURLToPath(candidate))) return asModule(nextResolve(candidate.href, context));
      }
    }
    return asModule(nextResolve(specifier, context));
  },
});
