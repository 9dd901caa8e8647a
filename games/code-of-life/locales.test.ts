// The four locale files of Code of Life have identical keys and placeholders, and every key the code uses exists.

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/code-of-life.json';
import en from '../../locales/en/code-of-life.json';
import fr from '../../locales/fr/code-of-life.json';
import nl from '../../locales/nl/code-of-life.json';
import { MUTATIONS } from './gene';
import { THREE_LETTER } from './geneticCode';
import { codeOfLifeManifest } from './manifest';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };
const placeholders = (text: string): string => (text.match(/{{\w+}}/g) ?? []).sort().join();
const PHASES = ['transcribe', 'polymerase', 'translate', 'folded', 'mutations', 'finished'];

const USED_KEYS = [
  ...['panel', 'basesGroup', 'baseLabel', 'predictGroup', 'continue', 'readAloud', ...PHASES.map((p) => `heading.${p}`)].map((k) => `controls.${k}`),
  'readouts.mrna', 'readouts.protein',
  ...['A', 'U', 'G', 'C'].map((k) => `bases.${k}`),
  ...['silent', 'missense', 'nonsense', 'stopWord'].map((k) => `effects.${k}`),
  'aminoAcidName',
  ...Object.keys(THREE_LETTER).map((k) => `aminoAcids.${k}`),
  ...['correctBase', 'wrongBase', 'noThymine', 'correctLetter', 'wrongLetter', 'aminoAcidAdded', 'stop', 'predictionRight', 'predictionWrong'].map((k) => `feedback.${k}`),
  ...['transcribe', 'polymerase', 'translate', 'ring.inner', 'ring.middle', 'ring.outer', 'position.first', 'position.second', 'position.third', 'folded', 'question', 'next', 'finished', 'progress', 'nothingYet'].map((k) => `describe.${k}`),
  ...MUTATIONS.map((m) => `mutations.${m.id}`),
  ...['stageLabel', ...PHASES.map((p) => `phase.${p}`), 'dnaTemplate', 'mrna', 'polymerase', 'stop', 'protein', 'proteinLater', 'before', 'after'].map((k) => `canvas.${k}`),
  ...['protein', 'accuracy', 'predictions'].map((k) => `results.${k}`),
  ...['transcription', 'code', 'mutations', 'mutationsTip'].map((k) => `learned.${k}`),
];

describe('code-of-life locales', () => {
  it('have the same keys and placeholders in fr, nl, de and en', () => {
    const reference = locales.fr;
    for (const [language, strings] of Object.entries(locales)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(strings[key] ?? ''), `${language} ${key}`).toBe(placeholders(text));
    }
  });

  it('contain every key the manifest and the game use, with no empty text', () => {
    const { titleKey, summaryKey, goalKey, howToPlayKeys, learningGoalKeys, levels } = codeOfLifeManifest;
    const keys = [titleKey, summaryKey, goalKey, ...howToPlayKeys, ...learningGoalKeys, ...levels.map((level) => level.titleKey), ...USED_KEYS];
    for (const strings of Object.values(locales)) {
      for (const key of keys) expect(strings[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
