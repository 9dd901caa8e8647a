// The describer picks the right sentences for the live region. A fake t() returns the key (and its options), so
// these tests check the choice of message and its values, not the wording.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { aminoAcidName, describeProgress, describeState, proteinText } from './describer';
import { CodeOfLifeModel } from './model';

const fakeT = (key: string, options?: Record<string, unknown>): string => (options ? `${key}${JSON.stringify(options)}` : key);

describe('describeState', () => {
  it('asks for the partner of the first DNA letter at the start', () => {
    const model = new CodeOfLifeModel({ level: 'normal', random: createRandom(1) });
    expect(describeState(model.snapshot(), fakeT)).toBe('describe.transcribe{"template":"T","number":1,"total":12}');
  });

  it('explains that RNA has no T, then repeats the task', () => {
    const model = new CodeOfLifeModel({ level: 'normal', random: createRandom(1) });
    model.perform({ type: 'base', base: 'T' });
    expect(describeState(model.snapshot(), fakeT)).toMatch(/^feedback\.noThymine describe\.transcribe/);
  });

  it('names the amino acid a codon gives and the next letter to find', () => {
    const model = new CodeOfLifeModel({ level: 'easy', random: createRandom(1) });
    while (model.snapshot().phase !== 'translate') {
      if (model.snapshot().phase === 'transcribe') model.perform({ type: 'base', base: model.expectedBase ?? 'A' });
      else model.step();
    }
    for (const letter of 'AUG') model.perform({ type: 'base', base: letter });
    const text = describeState(model.snapshot(), fakeT);
    expect(text).toContain('feedback.aminoAcidAdded{"codon":"AUG","aminoAcid":"aminoAcidName{\\"name\\":\\"aminoAcids.M\\",\\"short\\":\\"Met\\"}"}');
    expect(text).toContain('describe.translate{"codon":"GGC","number":2,"position":"describe.position.first","ring":"describe.ring.inner"}');
  });
});

describe('helpers', () => {
  it('writes the protein in three-letter codes', () => {
    expect(proteinText('MGFF')).toBe('Met-Gly-Phe-Phe');
    expect(aminoAcidName('*', fakeT)).toBe('effects.stopWord');
  });

  it('reads the mRNA in codons', () => {
    const model = new CodeOfLifeModel({ level: 'normal', random: createRandom(1) });
    for (const base of 'AUGG') model.perform({ type: 'base', base });
    expect(describeProgress(model.snapshot(), fakeT)).toBe('describe.progress{"mrna":"AUG G","protein":"describe.nothingYet"}');
  });
});
