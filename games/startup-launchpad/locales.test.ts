// The four locale files of this game have identical keys and placeholders, and every key the code uses exists.

import { describe, expect, it } from 'vitest';
import de from '../../locales/de/startup-launchpad.json';
import en from '../../locales/en/startup-launchpad.json';
import fr from '../../locales/fr/startup-launchpad.json';
import nl from '../../locales/nl/startup-launchpad.json';
import { PHASES } from './constants';
import { startupLaunchpadManifest } from './manifest';
import { HIRES, LaunchpadModel, type CardId, type OptionId } from './model';
import { createRandom } from '../../common/random/seededRandom';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
const locales = { fr: flatten(fr), nl: flatten(nl), de: flatten(de), en: flatten(en) };
const placeholders = (text: string): string => (text.match(/{{\w+}}|\$t\([^)]+\)/g) ?? []).sort().join();

/** Every card and option a run can show, collected from fuzz runs of the model. */
function shownOptions(): Set<string> {
  const seen = new Set<string>();
  for (const level of ['easy', 'normal', 'hard'] as const) {
    for (let seed = 1; seed <= 200; seed++) {
      const model = new LaunchpadModel({ level, random: createRandom(seed) });
      const picker = createRandom(seed + 99);
      while (!model.isFinished) {
        const { card, options } = model.snapshot();
        for (const option of options) seen.add(`${card as CardId}.${option}`);
        model.choose(picker.pick(options) as OptionId);
      }
    }
  }
  return seen;
}

describe('startup-launchpad locales', () => {
  it('have the same keys and placeholders in fr, nl, de and en', () => {
    const reference = locales.fr;
    for (const [language, strings] of Object.entries(locales)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(strings[key] ?? ''), `${language} ${key}`).toBe(placeholders(text));
    }
  });

  it('contain every key the manifest and the game use, with no empty text', () => {
    const { titleKey, summaryKey, goalKey, howToPlayKeys, learningGoalKeys, levels } = startupLaunchpadManifest;
    const options = [...shownOptions()];
    expect(options.length).toBe(24);
    const keys = [
      titleKey,
      summaryKey,
      goalKey,
      ...howToPlayKeys,
      ...learningGoalKeys,
      ...levels.map((level) => level.titleKey),
      ...PHASES.map((phase) => `phases.${phase}`),
      ...HIRES.map((hire) => `hires.${hire}`),
      ...options.flatMap((option) => [`options.${option}.label`, `options.${option}.hint`]),
      ...options.filter((option) => !option.startsWith('phaseResult.')).map((option) => `feedback.${option}`),
      ...['batchProblem', 'slowDossier', 'ownPlantBuilt', 'backupStarted', 'outOfCash'].map((kind) => `news.${kind}`),
      ...['approved', 'stopped', 'outOfCash', 'oddsFailed', 'oddsApproved', 'years', 'participants', 'noParticipants', 'share', 'sharePartner', 'rolesTitle', 'choices'].map((key) => `results.${key}`),
      ...['founder', 'researchScientist', 'qaOfficer', 'regulatoryAffairs', 'cra', 'businessDeveloper'].map((role) => `results.roles.${role}`),
      ...['odds', 'honesty', 'team', 'runway', 'biomarker', 'time'].map((key) => `learned.${key}`),
      ...['label', 'company', 'year', 'lab', 'patients', 'odds', 'oddsUnknown', 'runway', 'runwayNoCost', 'years', 'ownership', 'ownershipPartner', 'team', 'noHires'].map((key) => `canvas.${key}`),
      ...['panel', 'choices', 'readAloud'].map((key) => `controls.${key}`),
      ...['start', 'company', 'odds', 'end.approved', 'end.failed', 'end.cash'].map((key) => `describe.${key}`),
    ];
    for (const strings of Object.values(locales)) {
      for (const key of keys) expect(strings[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
