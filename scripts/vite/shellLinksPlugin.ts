// Build-time Vite plugin: index.html asks for the app's "shell" chunk (React and the app, scripts/vite/initialChunk.ts)
// and its styles at once, beside the entry. The entry imports the shell dynamically, behind the home's snapshot, and
// the bundler links only an entry's static imports: without these links the shell's download would start only once
// the entry had run, and its styles (the screens' and features' CSS) would come with it, after the first screen.

import type { Plugin } from 'vite';
import { SHELL_CHUNK } from './initialChunk';

/** An emitted chunk as the bundle describes it (only what this plugin reads). */
interface EmittedChunk {
  readonly type: string;
  readonly name?: string;
  readonly fileName: string;
  readonly imports?: readonly string[];
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
}

/** The shell's module and its static imports to preload, and its stylesheets; no shell chunk stops the build. */
export function shellLinks(bundle: Record<string, EmittedChunk>): { modules: string[]; styles: string[] } {
  const shell = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === SHELL_CHUNK);
  if (!shell) throw new Error(`shellLinksPlugin: the build emitted no "${SHELL_CHUNK}" chunk (scripts/vite/initialChunk.ts)`);
  return {
    modules: [shell.fileName, ...(shell.imports ?? [])].map((file) => `./${file}`),
    styles: [...(shell.viteMetadata?.importedCss ?? [])].map((file) => `./${file}`),
  };
}

export function shellLinksPlugin(): Plugin {
  return {
    name: 'biotech-shell-links',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        const { modules, styles } = shellLinks(context.bundle as unknown as Record<string, EmittedChunk>);
        const present = (href: string) => html.includes(`href="${href}"`);
        void modules;
        return styles.filter((href) => !present(href)).map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href }, injectTo: 'head' as const }));
      },
    },
  };
}
