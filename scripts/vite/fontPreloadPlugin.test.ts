// The font preloads written into index.html: the emitted file of each font the shell uses, and a stopped build when
// one is missing (a renamed font would otherwise silently lose its preload).

import { describe, expect, it } from 'vitest';
import { fontPreloadLinks, PRELOADED_FONTS } from './fontPreloadPlugin';

const bundle = {
  'assets/atkinson-hyperlegible-latin-400-normal-AAAA.woff2': { type: 'asset', fileName: 'assets/atkinson-hyperlegible-latin-400-normal-AAAA.woff2', names: ['atkinson-hyperlegible-latin-400-normal.woff2'] },
  'assets/atkinson-hyperlegible-latin-ext-400-normal-BBBB.woff2': { type: 'asset', fileName: 'assets/atkinson-hyperlegible-latin-ext-400-normal-BBBB.woff2', names: ['atkinson-hyperlegible-latin-ext-400-normal.woff2'] },
  'assets/atkinson-hyperlegible-latin-700-normal-CCCC.woff2': { type: 'asset', fileName: 'assets/atkinson-hyperlegible-latin-700-normal-CCCC.woff2', names: ['atkinson-hyperlegible-latin-700-normal.woff2'] },
  'assets/lexend-latin-wght-normal-DDDD.woff2': { type: 'asset', fileName: 'assets/lexend-latin-wght-normal-DDDD.woff2', names: ['lexend-latin-wght-normal.woff2'] },
  'assets/shell-EEEE.js': { type: 'chunk', fileName: 'assets/shell-EEEE.js' },
};

describe('fontPreloadLinks', () => {
  it('links the Latin files of the shell fonts, and no other subset', () => {
    expect(fontPreloadLinks(bundle)).toEqual([
      './assets/atkinson-hyperlegible-latin-400-normal-AAAA.woff2',
      './assets/atkinson-hyperlegible-latin-700-normal-CCCC.woff2',
      './assets/lexend-latin-wght-normal-DDDD.woff2',
    ]);
    expect(PRELOADED_FONTS).toHaveLength(3);
  });

  it('stops the build when a listed font was not emitted', () => {
    const { ['assets/lexend-latin-wght-normal-DDDD.woff2']: _lexend, ...withoutLexend } = bundle;
    expect(() => fontPreloadLinks(withoutLexend)).toThrow(/lexend-latin-wght-normal\.woff2/);
  });
});
