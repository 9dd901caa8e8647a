// Build-time Vite plugin: adds to index.html a <link rel="preload"> for each web font the first screen draws with, so
// the fonts travel with the first screen's code instead of after it. Without it, the browser asks for a font only
// once the first render lays out text, and the text drawn meanwhile in the fallback font reflows when the font
// arrives (a layout shift Lighthouse counts). Only the files cut to the app's texts are preloaded
// (scripts/fonts/shellFonts.ts); the full @fontsource files load on demand, for a character outside them.

import type { Plugin } from 'vite';
import { SHELL_FONTS } from '../fonts/shellFonts';

/** The font files the shell's text uses (renderer/styles: body, bold, headings): the cut files (shellFonts.ts). */
export const PRELOADED_FONTS = SHELL_FONTS.map((font) => font.fileName);

/** An emitted file as the bundle describes it (only what this plugin reads). */
interface EmittedFile {
  readonly type: string;
  readonly fileName: string;
  readonly names?: readonly string[];
}

/** The preload links for `fonts`, found among the bundle's emitted files; a font that is missing stops the build. */
export function fontPreloadLinks(bundle: Record<string, EmittedFile>, fonts: readonly string[] = PRELOADED_FONTS): string[] {
  const assets = Object.values(bundle).filter((file) => file.type === 'asset');
  return fonts.map((font) => {
    const emitted = assets.find((file) => file.names?.includes(font));
    if (!emitted) throw new Error(`fontPreloadPlugin: the build emitted no ${font}; update PRELOADED_FONTS to the fonts the shell uses`);
    return `./${emitted.fileName}`;
  });
}

export function fontPreloadPlugin(): Plugin {
  return {
    name: 'biotech-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        return fontPreloadLinks(context.bundle).map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
