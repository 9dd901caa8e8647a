// The genetic code is the standard one (NCBI table 1): counts, starts, stops and degeneracy, built from data and
// checked here; the insulin gene used by the game translates to the published B chain.

import { describe, expect, it } from 'vitest';
import { INSULIN_B_CHAIN, INSULIN_B_CHAIN_CODING_DNA, MINI_GENE_CODING_DNA, MINI_GENE_PROTEIN, MUTATIONS, mutateMrna } from './gene';
import {
  CODON_TABLE,
  START_CODON,
  classifyMutation,
  codonsOf,
  templateStrandOf,
  transcribe,
  translate,
  translateCodon,
} from './geneticCode';

const codonsFor = (aminoAcid: string): string[] => [...CODON_TABLE].filter(([, value]) => value === aminoAcid).map(([codon]) => codon).sort();
const dnaToMrna = (coding: string): string => coding.replaceAll('T', 'U');

describe('standard genetic code (NCBI table 1)', () => {
  it('has 64 codons: 61 sense and 3 stops (UAA, UAG, UGA)', () => {
    expect(CODON_TABLE.size).toBe(64);
    expect(codonsFor('*')).toEqual(['UAA', 'UAG', 'UGA']);
    expect([...CODON_TABLE.values()].filter((value) => value !== '*')).toHaveLength(61);
  });

  it('codes for exactly the 20 standard amino acids', () => {
    expect(new Set([...CODON_TABLE.values()].filter((value) => value !== '*')).size).toBe(20);
  });

  it('reads AUG as methionine, the start; Met and Trp have one codon each', () => {
    expect(START_CODON).toBe('AUG');
    expect(translateCodon('AUG')).toBe('M');
    expect(codonsFor('M')).toEqual(['AUG']);
    expect(codonsFor('W')).toEqual(['UGG']);
  });

  it('gives six codons each to Leu, Ser and Arg', () => {
    expect(codonsFor('L')).toEqual(['CUA', 'CUC', 'CUG', 'CUU', 'UUA', 'UUG']);
    expect(codonsFor('S')).toEqual(['AGC', 'AGU', 'UCA', 'UCC', 'UCG', 'UCU']);
    expect(codonsFor('R')).toEqual(['AGA', 'AGG', 'CGA', 'CGC', 'CGG', 'CGU']);
  });

  it('matches textbook codons at spot checks', () => {
    expect(translateCodon('UUU')).toBe('F');
    expect(translateCodon('GGG')).toBe('G');
    expect(translateCodon('CAU')).toBe('H');
    expect(translateCodon('AAG')).toBe('K');
    expect(translateCodon('GAC')).toBe('D');
    expect(() => translateCodon('ATG')).toThrow();
  });
});

describe('base pairing, transcription and translation', () => {
  it('pairs the template strand so the mRNA equals the coding strand with U for T', () => {
    const template = templateStrandOf('ATGC');
    expect(template).toBe('TACG');
    expect(transcribe(template)).toBe('AUGC');
    expect(transcribe(templateStrandOf(MINI_GENE_CODING_DNA))).toBe(dnaToMrna(MINI_GENE_CODING_DNA));
  });

  it('translates the human INS coding sequence into the insulin B chain', () => {
    expect(translate(dnaToMrna(INSULIN_B_CHAIN_CODING_DNA))).toBe(INSULIN_B_CHAIN);
  });

  it('builds a mini-gene: start, B23-B30, stop; 10 codons', () => {
    const mrna = dnaToMrna(MINI_GENE_CODING_DNA);
    expect(codonsOf(mrna)).toHaveLength(10);
    expect(mrna.startsWith('AUG')).toBe(true);
    expect(translateCodon(mrna.slice(-3))).toBe('*');
    expect(translate(mrna)).toBe(MINI_GENE_PROTEIN);
    expect(MINI_GENE_PROTEIN).toBe('MGFFYTPKT');
  });

  it('stops at the first stop codon', () => {
    expect(translate('AUGUUUUAAGGG')).toBe('MF');
  });
});

describe('mutations', () => {
  const mrna = dnaToMrna(MINI_GENE_CODING_DNA);
  for (const spec of MUTATIONS) {
    it(`${spec.id} is ${spec.expectedEffect} by the genetic code`, () => {
      expect(classifyMutation(mrna, mutateMrna(mrna, spec.codonIndex, spec.newCodon))).toBe(spec.expectedEffect);
    });
  }

  it('insulin aspart: Pro B28 becomes Asp', () => {
    const aspart = MUTATIONS.find((spec) => spec.id === 'aspart');
    expect(aspart).toBeDefined();
    expect(translate(mutateMrna(mrna, aspart?.codonIndex ?? 0, aspart?.newCodon ?? ''))).toBe('MGFFYTDKT');
  });
});
