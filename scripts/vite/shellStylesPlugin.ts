// Build-time Vite plugin: index.html links the stylesheets of the app's "shell" chunk (React and the app,
// scripts/vite/initialChunk.ts) beside the entry's. The entry imports the shell dynamically, once the home's snapshot
// is painted (renderer/main.tsx), and the bundler links only an entry's static imports: without these links the
// screens' and features' styles would come with the shell's code, after the first screen, which the snapshot is drawn
// with. The shell's code itself is not preloaded: it would share the network with the first screen.

import type { Plugin } from 'vite';
import { SHELL_CHUNK } from './initialChunk';

/** An emitted chunk as the bundle describes it (only what this plugin reads). */
interface EmittedChunk {
  readonly type: string;
  readonly name?: string;
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
}

/** The shell's stylesheets, as index.html links them; no shell chunk stops the build. */
export function shellStylesheets(bundle: Record<string, EmittedChunk>): string[] {
  const shell = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === SHELL_CHUNK);
  if (!shell) throw new Error(`shellStylesPlugin: the build emitted no "${SHELL_CHUNK}" chunk (scripts/vite/initialChunk.ts)`);
  return [...(shell.viteMetadata?.importedCss ?? [])].map((file) => `./${file}`);
}

export function shellStylesPlugin(): Plugin {
  return {
    name: 'biotech-shell-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        return shellStylesheets(context.bundle as unknown as Record<string, EmittedChunk>)
          .filter((href) => !html.includes(`href="${href}"`))
          .map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href }, injectTo: 'head' as const }));
      },
    },
  };
}
