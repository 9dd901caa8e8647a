// The four locale files of this game have identical keys and placeholders, and every key the code uses exists.

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/pipette-pro.json';
import en from '../../locales/en/pipette-pro.json';
import fr from '../../locales/fr/pipette-pro.json';
import nl from '../../locales/nl/pipette-pro.json';
import { pipetteProManifest } from './manifest';
import { STEP_OPTIONS, type StepId } from './model';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };
const placeholders = (text: string): string => (text.match(/{{\w+}}/g) ?? []).sort().join();

const STEPS = Object.keys(STEP_OPTIONS) as StepId[];
const TECHNIQUE_STEPS = STEPS.filter((step) => step !== 'volume' && step !== 'pipette');
const USED_KEYS = [
  'numberLocale',
  ...STEPS.map((step) => `question.${step}`),
  ...STEPS.map((step) => `hint.${step}`),
  'options.volume',
  'options.pipette',
  ...TECHNIQUE_STEPS.flatMap((step) => STEP_OPTIONS[step].map((option) => `options.${step}.${option}`)),
  ...TECHNIQUE_STEPS.flatMap((step) => STEP_OPTIONS[step].map((option) => `feedback.${step}.${option}`)),
  ...STEP_OPTIONS.volume.map((option) => `feedback.volume.${option}`),
  'feedback.pipette.best', 'feedback.pipette.tooBig', 'feedback.right', 'feedback.mistake',
  'refused.pipetteRange', 'refused.noTipYet',
  ...['setup', 'transfer', 'review'].map((k) => `heading.${k}`),
  ...['stock', 'name', 'stockSource', 'source'].map((k) => `tube.${k}`),
  ...['label', 'setup', 'chartTitle', 'legend', 'deviation'].map((k) => `canvas.${k}`),
  ...['start', 'setup', 'tube'].map((k) => `describe.${k}`),
  ...['panel', 'series', 'seriesEmpty', 'readAloud'].map((k) => `controls.${k}`),
  ...['choices', 'tube', 'accuracy', 'precision', 'isoPass', 'isoFail', 'qcPass', 'qcFail'].map((k) => `results.${k}`),
  ...['dilution', 'mixAndTips', 'technique', 'accuracy', 'qcRelease', 'qcRisk'].map((k) => `learned.${k}`),
];

describe('pipette-pro locales', () => {
  it('have the same keys and placeholders in fr, nl, de and en', () => {
    const reference = locales.fr;
    for (const [language, strings] of Object.entries(locales)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(strings[key] ?? ''), `${language} ${key}`).toBe(placeholders(text));
    }
  });

  it('contain every key the manifest and the game use, with no empty text', () => {
    const { titleKey, summaryKey, goalKey, howToPlayKeys, learningGoalKeys, levels } = pipetteProManifest;
    const keys = [titleKey, summaryKey, goalKey, ...howToPlayKeys, ...learningGoalKeys, ...levels.map((level) => level.titleKey), ...USED_KEYS];
    for (const strings of Object.values(locales)) {
      for (const key of keys) expect(strings[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
