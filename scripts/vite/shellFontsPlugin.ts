// Build-time Vite plugin: provides `virtual:shell-fonts.css`, the @font-face rules of the shell fonts cut to the
// characters of the app's texts (scripts/fonts/shellFonts.ts). The cut files and the CSS are written at the start of
// every build (and of the dev server) into node_modules/.cache/biotech-shell-fonts, and the virtual id resolves to
// that CSS file, so Vite hashes and emits the fonts like any other asset. Nothing is fetched: the sources are the
// installed @fontsource files.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { cutShellFonts, type TextSources } from '../fonts/shellFonts';

export const SHELL_FONTS_ID = 'virtual:shell-fonts.css';

export function shellFontsPlugin({ sources, cacheDir }: { sources: TextSources; cacheDir: string }): Plugin {
  const cssFile = path.join(cacheDir, 'shell-fonts.css');
  let written: Promise<void> | null = null;
  const write = async () => {
    const { files, css } = await cutShellFonts(sources);
    mkdirSync(cacheDir, { recursive: true });
    for (const [name, bytes] of files) writeFileSync(path.join(cacheDir, name), bytes);
    writeFileSync(cssFile, css);
  };
  return {
    name: 'biotech-shell-fonts',
    async buildStart() {
      written = write();
      await written;
    },
    async resolveId(id) {
      if (id !== SHELL_FONTS_ID) return null;
      await (written ??= write());
      return cssFile;
    },
  };
}
