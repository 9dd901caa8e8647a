// The shell's stylesheets are found in the bundle and linked from index.html; a build without the shell chunk stops.

import { describe, expect, it } from 'vitest';
import { shellStylesheets } from './shellStylesPlugin';

describe('shellStylesheets', () => {
  it('lists the CSS the shell chunk imports, as links relative to index.html', () => {
    const bundle = {
      'assets/first-screen-a.js': { type: 'chunk', name: 'first-screen', viteMetadata: { importedCss: new Set(['assets/first-screen-a.css']) } },
      'assets/shell-b.js': { type: 'chunk', name: 'shell', viteMetadata: { importedCss: new Set(['assets/shell-b.css']) } },
      'assets/shell-b.css': { type: 'asset' },
    };
    expect(shellStylesheets(bundle)).toEqual(['./assets/shell-b.css']);
  });

  it('stops the build when there is no shell chunk', () => {
    expect(() => shellStylesheets({ 'assets/index.js': { type: 'chunk', name: 'index' } })).toThrow(/no "shell" chunk/);
  });
});
