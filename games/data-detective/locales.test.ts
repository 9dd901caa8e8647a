// The four locale files of this game have identical keys and placeholders, and every key the code uses exists.

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/data-detective.json';
import en from '../../locales/en/data-detective.json';
import fr from '../../locales/fr/data-detective.json';
import nl from '../../locales/nl/data-detective.json';
import { SENSORS } from './constants';
import { CONTROL_RULES } from './controlRules';
import { dataDetectiveManifest } from './manifest';
import { TRAINING_VARIANTS } from './model';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };
const placeholders = (text: string): string => (text.match(/{{\w+}}/g) ?? []).sort().join();

const PHASES = ['monitoring', 'labelling', 'experiment'];
const USED_KEYS = [
  'numberLocale',
  ...SENSORS.flatMap((s) => [`sensors.${s}`, `units.${s}`, `controls.flag.${s}`]),
  ...CONTROL_RULES.map((r) => `rules.${r}`),
  ...['spike', 'shift', 'drift'].map((k) => `faults.${k}`),
  ...['hit', 'early', 'falseAlarm'].map((k) => `flag.${k}`),
  ...['caught', 'released', 'clean', 'heldInError'].map((k) => `outcome.${k}`),
  ...TRAINING_VARIANTS.flatMap((v) => [`experiment.${v}`, `controls.variant.${v}`]),
  ...['flagsNothing', 'missesFaults', 'falseAlarms', 'good'].map((k) => `lesson.${k}`),
  ...['start', 'batch', 'sensorRecent', 'example', 'modelScores', 'playerScores', 'round2'].map((k) => `describe.${k}`),
  ...['panel', 'flagGroup', 'labelGroup', 'experimentGroup', 'normal', 'faulty', 'finish', 'readAloud'].map((k) => `controls.${k}`),
  ...PHASES.flatMap((p) => [`controls.help.${p}`, `controls.status.${p}`]),
  ...['batches', 'falseAlarms', 'player', 'labels', 'model', 'meaning'].map((k) => `results.${k}`),
  ...['controlChart', 'machine', 'garbageIn', 'fewLabels', 'judgement'].map((k) => `learned.${k}`),
  ...['label', 'round1', 'round2', 'batch', 'example', 'experiment', 'legendCharts', 'legendMap', 'exampleTitle', 'mapTitle', 'axisPeak', 'axisShift', 'barsTitle', 'you', 'model', 'precision', 'recall'].map((k) => `canvas.${k}`),
];

describe('data-detective locales', () => {
  it('have the same keys and placeholders in fr, nl, de and en', () => {
    const reference = locales.fr;
    for (const [language, strings] of Object.entries(locales)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(strings[key] ?? ''), `${language} ${key}`).toBe(placeholders(text));
    }
  });

  it('contain every key the manifest and the game use, with no empty text', () => {
    const { titleKey, summaryKey, goalKey, howToPlayKeys, learningGoalKeys, levels } = dataDetectiveManifest;
    const keys = [titleKey, summaryKey, goalKey, ...howToPlayKeys, ...learningGoalKeys, ...levels.map((level) => level.titleKey), ...USED_KEYS];
    for (const strings of Object.values(locales)) {
      for (const key of keys) expect(strings[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
