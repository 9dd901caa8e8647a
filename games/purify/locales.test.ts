// The four locale files of Purify It! have identical keys and placeholders, and every key the code uses exists.

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/purify.json';
import en from '../../locales/en/purify.json';
import fr from '../../locales/fr/purify.json';
import nl from '../../locales/nl/purify.json';
import { purifyManifest } from './manifest';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };
const placeholders = (text: string): string => (text.match(/{{\w+}}/g) ?? []).sort().join();
const STAGES = ['clarify', 'load', 'wash', 'elute', 'hold', 'polish', 'ufdf'];
const SETTINGS = ['load', 'elutionPH', 'holdPH', 'holdTime', 'diavolumes'];

const USED_KEYS = [
  ...[...STAGES, 'finished'].map((k) => `stages.${k}`),
  ...STAGES.map((k) => `stages.short.${k}`),
  ...['centrifugeAndFilter', 'filterOnly', 'none'].map((k) => `options.clarify.${k}`),
  ...['standard', 'intermediate', 'none'].map((k) => `options.wash.${k}`),
  ...['panel', 'readAloud', 'less', 'more', ...[...STAGES, 'finished'].map((k) => `run.${k}`), 'marker.start', 'marker.end', 'markerName.start', 'markerName.end', ...SETTINGS.map((k) => `setting.${k}`), ...SETTINGS.map((k) => `value.${k}`)].map((k) => `controls.${k}`),
  ...['heading', 'yield', 'hcp', 'aggregates', 'virus', 'change'].map((k) => `readouts.${k}`),
  'describe.finished', 'describe.product',
  ...STAGES.flatMap((k) => [`describe.running.${k}`, `describe.task.${k}`]),
  ...['load', 'elute', 'hold', 'polish', 'ufdf', 'yield'].map((k) => `describe.preview.${k}`),
  ...['overload', 'elutionStuck', 'acidAggregates', 'noWash', 'noClarification', 'virus', 'hcp', 'aggregates', 'buffer'].map((k) => `describe.warn.${k}`),
  ...['stageLabel', 'column', 'capacity', 'loadGauge', 'flowThrough', 'hcpAfterCapture', 'stepYield', 'elutionPH', 'recovery', 'holdTitle', 'holdExplain', 'virusGauge', 'holdSetting', 'ufdfTitle', 'ufdfExplain', 'exchangeGauge', 'finished', 'finalYield', 'fractions', 'traceAntibody', 'traceAggregates', 'traceHcp', 'cutSummary', 'bar.yield', 'bar.hcp', 'bar.aggregates', 'bar.virus'].map((k) => `canvas.${k}`),
  ...['yield', 'hcp', 'aggregates', 'virus', 'cycles', 'failed.virus', 'failed.hcp', 'failed.aggregates', 'failed.buffer'].map((k) => `results.${k}`),
  ...['platform', 'tradeOff', 'virus', 'elution', 'capacity', 'hcp', 'careers'].map((k) => `learned.${k}`),
];

describe('purify locales', () => {
  it('have the same keys and placeholders in fr, nl, de and en', () => {
    const reference = locales.fr;
    for (const [language, strings] of Object.entries(locales)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(strings[key] ?? ''), `${language} ${key}`).toBe(placeholders(text));
    }
  });

  it('contain every key the manifest and the game use, with no empty text', () => {
    const { titleKey, summaryKey, goalKey, howToPlayKeys, learningGoalKeys, levels } = purifyManifest;
    const keys = [titleKey, summaryKey, goalKey, ...howToPlayKeys, ...learningGoalKeys, ...levels.map((level) => level.titleKey), ...USED_KEYS];
    for (const strings of Object.values(locales)) {
      for (const key of keys) expect(strings[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
