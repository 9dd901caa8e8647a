// The four locale files of this game have identical keys and placeholders, and every key the code uses exists.

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/bioreactor.json';
import en from '../../locales/en/bioreactor.json';
import fr from '../../locales/fr/bioreactor.json';
import nl from '../../locales/nl/bioreactor.json';
import { bioreactorManifest } from './manifest';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };
const placeholders = (text: string): string => (text.match(/{{\w+}}/g) ?? []).sort().join();

const USED_KEYS = [
  ...['feed', 'coolDown', 'warmUp', 'addBase', 'spargeCO2', 'moreOxygen', 'lessOxygen', 'antifoam', 'sample', 'harvest', 'harvestConfirm', 'speedGroup', 'speed', 'readAloud', 'automatic', 'stirring', 'panel'].map((k) => `controls.${k}`),
  ...['heading', 'day', 'dayValue', 'viableCellDensity', 'viability', 'glucose', 'lactate', 'titre', 'pH', 'dissolvedOxygen', 'temperature'].map((k) => `readouts.${k}`),
  ...['lag', 'growing', 'slowing', 'steady', 'declining'].map((k) => `describe.phase.${k}`),
  ...['glucoseEmpty', 'contamination', 'foam', 'acidic', 'basic', 'oxygenLow', 'viabilityLow', 'glucoseLow', 'glucoseHigh', 'sampleAtLab', 'sampleClear', 'harvestSoon'].map((k) => `describe.alert.${k}`),
  'describe.day', 'describe.cooling', 'describe.warming', 'describe.readings',
  ...['titre', 'peakCells', 'viability', 'harvestDay', 'viabilityTooLow', 'qualityHold'].map((k) => `results.${k}`),
  ...['fedBatch', 'temperatureShift', 'temperatureTip', 'environment', 'viability', 'foam', 'sterility'].map((k) => `learned.${k}`),
  ...['vesselLabel', 'chartTitle', 'chartCells', 'chartTitre', 'pH', 'oxygen', 'temperature', 'day', 'feedPort', 'foam', 'harvested'].map((k) => `canvas.${k}`),
];

describe('bioreactor locales', () => {
  it('have the same keys and placeholders in fr, nl, de and en', () => {
    const reference = locales.fr;
    for (const [language, strings] of Object.entries(locales)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(strings[key] ?? ''), `${language} ${key}`).toBe(placeholders(text));
    }
  });

  it('contain every key the manifest and the game use, with no empty text', () => {
    const { titleKey, summaryKey, goalKey, howToPlayKeys, learningGoalKeys, levels } = bioreactorManifest;
    const keys = [titleKey, summaryKey, goalKey, ...howToPlayKeys, ...learningGoalKeys, ...levels.map((level) => level.titleKey), ...USED_KEYS];
    for (const strings of Object.values(locales)) {
      for (const key of keys) expect(strings[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
