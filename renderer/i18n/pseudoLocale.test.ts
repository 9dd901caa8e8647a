import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoLocalizeTree } from './pseudoLocale';

describe('pseudo-locale', () => {
  it('brackets, accents and lengthens text', () => {
    const out = pseudoLocalize('Jouer');
    expect(out.startsWith('⟦')).toBe(true);
    expect(out.endsWith('⟧')).toBe(true);
    expect(out).toContain('Ĵǿŭḗř');
    expect(out.length).toBeGreaterThan('Jouer'.length * 1.3);
  });

  it('keeps interpolations, nesting and tags intact', () => {
    const out = pseudoLocalize('Il reste {{count}} secondes <1>ici</1> $t(common:ok)');
    expect(out).toContain('{{count}}');
    expect(out).toContain('<1>');
    expect(out).toContain('</1>');
    expect(out).toContain('$t(common:ok)');
  });

  it('transforms nested resource trees and leaves non-strings alone', () => {
    expect(pseudoLocalizeTree({ a: { b: 'x' }, n: 3, list: ['y'] })).toEqual({
      a: { b: pseudoLocalize('x') },
      n: 3,
      list: [pseudoLocalize('y')],
    });
  });
});
