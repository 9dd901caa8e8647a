// The font preloads written into index.html: the emitted file of each cut shell font, and a stopped build when one
// is missing (a renamed font would otherwise silently lose its preload).

import { describe, expect, it } from 'vitest';
import { fontPreloadLinks, PRELOADED_FONTS } from './fontPreloadPlugin';

const bundle = {
  'assets/atkinson-hyperlegible-400-shell-AAAA.woff2': { type: 'asset', fileName: 'assets/atkinson-hyperlegible-400-shell-AAAA.woff2', names: ['atkinson-hyperlegible-400-shell.woff2'] },
  'assets/atkinson-hyperlegible-latin-400-normal-BBBB.woff2': { type: 'asset', fileName: 'assets/atkinson-hyperlegible-latin-400-normal-BBBB.woff2', names: ['atkinson-hyperlegible-latin-400-normal.woff2'] },
  'assets/atkinson-hyperlegible-700-shell-CCCC.woff2': { type: 'asset', fileName: 'assets/atkinson-hyperlegible-700-shell-CCCC.woff2', names: ['atkinson-hyperlegible-700-shell.woff2'] },
  'assets/lexend-wght-shell-DDDD.woff2': { type: 'asset', fileName: 'assets/lexend-wght-shell-DDDD.woff2', names: ['lexend-wght-shell.woff2'] },
  'assets/shell-EEEE.js': { type: 'chunk', fileName: 'assets/shell-EEEE.js' },
};

describe('fontPreloadLinks', () => {
  it('links the cut shell fonts, and not the full @fontsource files', () => {
    expect(fontPreloadLinks(bundle)).toEqual([
      './assets/atkinson-hyperlegible-400-shell-AAAA.woff2',
      './assets/atkinson-hyperlegible-700-shell-CCCC.woff2',
      './assets/lexend-wght-shell-DDDD.woff2',
    ]);
    expect(PRELOADED_FONTS).toHaveLength(3);
  });

  it('stops the build when a listed font was not emitted', () => {
    const { ['assets/lexend-wght-shell-DDDD.woff2']: _lexend, ...withoutLexend } = bundle;
    expect(() => fontPreloadLinks(withoutLexend)).toThrow(/lexend-wght-shell\.woff2/);
  });
});
