// The four locale files of this game have identical keys and placeholders, and every key the code uses exists.

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/cell-therapy-race.json';
import en from '../../locales/en/cell-therapy-race.json';
import fr from '../../locales/fr/cell-therapy-race.json';
import nl from '../../locales/nl/cell-therapy-race.json';
import { cellTherapyRaceManifest } from './manifest';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };
const placeholders = (text: string): string => (text.match(/{{\w+}}/g) ?? []).sort().join();

const ACTIONS = ['acceptBag', 'sendBagBack', 'freezeBag', 'startActivation', 'startGeneTransfer', 'startExpansion', 'extendExpansion', 'sendToQc', 'retestQc', 'ship', 'infuse'];
const STAGES = ['awaitingCollection', 'toPlant', 'reception', 'accepted', 'frozen', 'activation', 'readyGeneTransfer', 'geneTransfer', 'readyExpansion', 'expansion', 'expansionLow', 'readyQc', 'qc', 'qcOutOfSpec', 'released', 'shipping', 'atHospital', 'conditioning', 'infused'];
const LOG = ['collected', 'bagArrived', 'identityRefused', 'bagAccepted', 'bagSentBack', 'bagFrozen', 'bagExpired', 'stepStarted', 'stepDone', 'expansionLow', 'qcOutOfSpec', 'qcPassed', 'courierDelayed', 'arrivedAtHospital', 'infused'];
const USED_KEYS = [
  'numberLocale',
  'patient.name',
  ...['panel', 'patients', 'speedGroup', 'speed', 'readAloud', 'resources', 'bagLabel'].map((k) => `controls.${k}`),
  ...ACTIONS.map((k) => `actions.${k}`),
  ...ACTIONS.map((k) => `refused.${k}`),
  ...STAGES.map((k) => `stage.${k}`),
  'status.daysLeft', 'status.freshLeft',
  ...LOG.map((k) => `log.${k}`),
  ...['day', 'resources', 'patient', 'patientLater', 'next', 'waitingForCells', 'allDone'].map((k) => `describe.${k}`),
  ...['treated', 'patientDays', 'patientWaiting', 'mean', 'noMean', 'realMedians', 'identityClean', 'identityAlarms', 'whySpeed', 'expired'].map((k) => `results.${k}`),
  ...['autologous', 'speed', 'identity', 'coldChain', 'quality'].map((k) => `learned.${k}`),
  ...['label', 'day', 'dayTick', 'suites', 'qc', 'boxPatient', 'free', 'medianFlag'].map((k) => `canvas.${k}`),
  ...['collection', 'activation', 'geneTransfer', 'expansion', 'qc', 'shipping', 'waiting', 'infusion'].map((k) => `steps.${k}`),
];

describe('cell-therapy-race locales', () => {
  it('have the same keys and placeholders in fr, nl, de and en', () => {
    const reference = locales.fr;
    for (const [language, strings] of Object.entries(locales)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(strings[key] ?? ''), `${language} ${key}`).toBe(placeholders(text));
    }
  });

  it('contain every key the manifest and the game use, with no empty text', () => {
    const { titleKey, summaryKey, goalKey, howToPlayKeys, learningGoalKeys, levels } = cellTherapyRaceManifest;
    const keys = [titleKey, summaryKey, goalKey, ...howToPlayKeys, ...learningGoalKeys, ...levels.map((level) => level.titleKey), ...USED_KEYS];
    for (const strings of Object.values(locales)) {
      for (const key of keys) expect(strings[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
