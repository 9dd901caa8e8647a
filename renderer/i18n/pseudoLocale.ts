// The pseudo-locale: every French text made about 40 % longer, with accented look-alike letters and brackets, so a
// hard-coded string (no brackets) or a box too small for a long translation shows up at once on screen and in tests.

const ACCENTED: Record<string, string> = {
  a: 'ȧ', b: 'ƀ', c: 'ċ', d: 'ḓ', e: 'ḗ', f: 'ƒ', g: 'ġ', h: 'ħ', i: 'ī', j: 'ĵ', k: 'ķ', l: 'ŀ', m: 'ḿ', n: 'ƞ',
  o: 'ǿ', p: 'ƥ', q: 'ɋ', r: 'ř', s: 'ş', t: 'ŧ', u: 'ŭ', v: 'ṽ', w: 'ẇ', x: 'ẋ', y: 'ẏ', z: 'ẑ',
  A: 'Ȧ', B: 'Ɓ', C: 'Ċ', D: 'Ḓ', E: 'Ḗ', F: 'Ƒ', G: 'Ġ', H: 'Ħ', I: 'Ī', J: 'Ĵ', K: 'Ķ', L: 'Ŀ', M: 'Ḿ', N: 'Ƞ',
  O: 'Ǿ', P: 'Ƥ', Q: 'Ɋ', R: 'Ř', S: 'Ş', T: 'Ŧ', U: 'Ŭ', V: 'Ṽ', W: 'Ẇ', X: 'Ẋ', Y: 'Ẏ', Z: 'Ẑ',
};

/** Interpolations ({{count}}), nesting ($t(...)) and tags (<1>) must survive untouched. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>)/g;

export function pseudoLocalize(text: string): string {
  const parts = text.split(PROTECTED);
  const body = parts
    .map((part) => (PROTECTED.test(part) ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  PROTECTED.lastIndex = 0;
  const letters = text.replace(PROTECTED, '').length;
  const padding = '·'.repeat(Math.max(1, Math.round(letters * 0.4)));
  return `⟦${body} ${padding}⟧`;
}

export function pseudoLocalizeTree(tree: unknown): unknown {
  if (typeof tree === 'string') return pseudoLocalize(tree);
  if (Array.isArray(tree)) return tree.map(pseudoLocalizeTree);
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, pseudoLocalizeTree(value)]));
  }
  return tree;
}
