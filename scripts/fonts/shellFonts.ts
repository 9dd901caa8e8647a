// Build-time (Node): the fonts the app's first screen draws with, cut down to the characters the app's texts use.
// The @fontsource Latin files carry every Latin-1 glyph and more (74 KB for the three); the app's texts in fr, nl,
// de and en use under 200 characters, and the cut files weigh about 30 % less. They travel with the first screen
// (preloaded, scripts/vite/fontPreloadPlugin.ts), so every kilobyte is one the first screen waits for on a school
// network. Each cut face declares exactly the characters asked for as its unicode-range and is declared after the
// @fontsource faces (renderer/main.tsx): a character outside it (a name in a content pack from the hub) still
// loads the full @fontsource file of its subset, as before.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** One face of the shell's fonts: its @font-face descriptors and the @fontsource file it is cut from. */
export interface ShellFont {
  readonly family: string;
  readonly weight: string;
  readonly format: 'woff2' | 'woff2-variations';
  /** The @fontsource file, as a package path. */
  readonly source: string;
  /** The cut file's name in the build. */
  readonly fileName: string;
}

export const SHELL_FONTS: readonly ShellFont[] = [
  { family: 'Atkinson Hyperlegible', weight: '400', format: 'woff2', source: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2', fileName: 'atkinson-hyperlegible-400-shell.woff2' },
  { family: 'Atkinson Hyperlegible', weight: '700', format: 'woff2', source: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2', fileName: 'atkinson-hyperlegible-700-shell.woff2' },
  // Variable: every weight from 100 to 900 stays in the cut file (the variation axis is kept).
  { family: 'Lexend Variable', weight: '100 900', format: 'woff2-variations', source: '@fontsource-variable/lexend/files/lexend-latin-wght-normal.woff2', fileName: 'lexend-wght-shell.woff2' },
];

/** Every file under `folder` (recursively) whose name passes `wanted`. */
function filesUnder(folder: string, wanted: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full, wanted);
    return wanted(entry.name) ? [full] : [];
  });
}

/** Where the app's visible texts come from: locales/ (all languages), and the code that holds text of its own. */
export interface TextSources {
  readonly localesDir: string;
  /** Folders of code (the renderer, the games): career data, the built-in content pack, units drawn on a canvas. */
  readonly codeDirs: readonly string[];
}

/**
 * Every character the app can draw from its own texts, as sorted code points: the locale files (the dashboard's
 * excepted), the renderer's and games' code (tests excepted; a character of a comment costs one glyph), and
 * printable ASCII (numbers, names and codes the app writes itself).
 */
export function textCodePoints({ localesDir, codeDirs }: TextSources): number[] {
  const points = new Set<number>();
  for (let point = 0x20; point <= 0x7e; point += 1) points.add(point);
  // No-break spaces: French puts one before ; : ! ? and Intl's number formats group digits with them.
  for (const point of [0xa0, 0x202f]) points.add(point);
  const files = [
    ...filesUnder(localesDir, (name) => name.endsWith('.json') && name !== 'dashboard.json'),
    ...codeDirs.flatMap((folder) => filesUnder(folder, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))),
  ];
  for (const file of files) {
    for (const character of readFileSync(file, 'utf8')) {
      const point = character.codePointAt(0)!;
      if (point >= 0x20) points.add(point);
    }
  }
  return [...points].sort((a, b) => a - b);
}

/** Code points as a CSS unicode-range ("U+20-7E,U+A0,…"), neighbours joined into ranges. */
export function unicodeRange(points: readonly number[]): string {
  const parts: string[] = [];
  for (let start = 0; start < points.length; ) {
    let end = start;
    while (end + 1 < points.length && points[end + 1] === points[end]! + 1) end += 1;
    const from = points[start]!.toString(16).toUpperCase();
    const to = points[end]!.toString(16).toUpperCase();
    parts.push(start === end ? `U+${from}` : `U+${from}-${to}`);
    start = end + 1;
  }
  return parts.join(',');
}

/** The cut files, by file name, and the @font-face rules that declare them (url(./<file name>)). */
export async function cutShellFonts(sources: TextSources, fonts: readonly ShellFont[] = SHELL_FONTS): Promise<{ files: Map<string, Buffer>; css: string }> {
  const points = textCodePoints(sources);
  const text = String.fromCodePoint(...points);
  const range = unicodeRange(points);
  const files = new Map<string, Buffer>();
  const rules: string[] = [];
  for (const font of fonts) {
    const original = readFileSync(require.resolve(font.source));
    const cut = await subsetFont(original, text, { targetFormat: 'woff2' });
    if (cut.length === 0 || cut.length >= original.length) throw new Error(`shellFonts: cutting ${font.source} gave ${cut.length} bytes (from ${original.length})`);
    files.set(font.fileName, cut);
    rules.push(
      [
        '@font-face {',
        `  font-family: '${font.family}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${font.weight};`,
        `  src: url(./${font.fileName}) format('${font.format}');`,
        `  unicode-range: ${range};`,
        '}',
      ].join('\n'),
    );
  }
  const header = '/* Generated at build time by scripts/fonts/shellFonts.ts: the shell fonts cut to the characters of the app. */';
  return { files, css: `${header}\n${rules.join('\n')}\n` };
}
