// Numbers named by texts arrive formatted in each language's own style (Intl.NumberFormat through i18next), and the
// O*NET credit names the release, USDOL/ETA, CC BY 4.0 and the trademark, in every language.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CONTENT_NUMBERS, TEXT_DEFAULT_VARIABLES } from './contentNumbers';
import { DEFAULT_PACK } from '../content/defaultPack';

const LOCALES = path.resolve(__dirname, '..', '..', 'locales');
const load = (lang: string, ns: string) => JSON.parse(readFileSync(path.join(LOCALES, lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;

async function translator(lang: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    resources: { [lang]: { careers: load(lang, 'careers'), gowning: load(lang, 'gowning'), common: load(lang, 'common') } },
    interpolation: { escapeValue: false, defaultVariables: TEXT_DEFAULT_VARIABLES },
  });
  return instance.t.bind(instance) as (key: string) => string;
}

describe('numbers in texts', () => {
  it('come from the one table and are formatted in the current language', async () => {
    const group = (lang: string, value: number) => new Intl.NumberFormat(lang).format(value);
    for (const lang of ['fr', 'nl', 'de', 'en']) {
      const t = await translator(lang);
      expect(t('careers:facts.withoutDiploma')).toContain(group(lang, CONTENT_NUMBERS.postsSurveyed));
      expect(t('gowning:learned.grades')).toContain(group(lang, CONTENT_NUMBERS.gradeAParticles));
    }
  });

  it("write the home's sector-hires fact (built-in content pack) in each language's own format", () => {
    const jobs = DEFAULT_PACK.content.facts.find((fact) => fact.id === 'jobs')!;
    for (const lang of ['fr', 'nl', 'de', 'en'] as const) expect(jobs.figure[lang]).toBe(new Intl.NumberFormat(lang).format(CONTENT_NUMBERS.sectorHires));
    expect(jobs.figure.nl).toBe('2.400');
    expect(jobs.figure.en).toBe('2,400');
    expect(jobs.figure.fr).toBe('2\u202f400');
  });

  it('take the cleanroom limits from the gowning game and the virus target from Purify It!', () => {
    expect(CONTENT_NUMBERS.gradeAParticles).toBe(3_520);
    expect(CONTENT_NUMBERS.gradeBInOperationParticles).toBe(352_000);
    expect(CONTENT_NUMBERS.virusReductionFactor).toBe(100_000);
  });
});

describe('the O*NET credit', () => {
  it('names the database release, USDOL/ETA, the CC BY 4.0 licence and the trademark in every language', async () => {
    for (const lang of ['fr', 'nl', 'de', 'en']) {
      const credit = (await translator(lang))('careers:attribution.onet');
      expect(credit).toMatch(new RegExp(`O\\*NET[ -](databank |Datenbank )?${TEXT_DEFAULT_VARIABLES.onetVersion.replace('.', '\\.')}`));
      expect(credit).toContain('USDOL/ETA');
      expect(credit).toContain('CC BY 4.0');
      expect(credit).toContain('O*NET®');
    }
  });
});
