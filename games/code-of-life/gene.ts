// The gene the player works on, and the mutations of round 2. Pure data.
// The mini-gene is a start codon, the codons of the last eight amino acids of the human insulin B chain (B23-B30,
// G F F Y T P K T) exactly as they are written in the human INS gene, and a stop codon. The B chain is
// FVNQHLCGSHLVEALYLVCGERGFFYTPKT (UniProt P01308); its coding DNA is from the human INS mRNA (NCBI NM_000207).
// In the real gene the B chain is followed by the C peptide, not a stop: the start and stop are added for the game
// (README "simplifications").

import type { MutationEffect } from './geneticCode';

/** The whole human insulin B chain, one-letter codes (UniProt P01308, residues 25-54). */
export const INSULIN_B_CHAIN = 'FVNQHLCGSHLVEALYLVCGERGFFYTPKT';

/** The B chain's coding DNA in the human INS gene (NCBI NM_000207), codon by codon. */
export const INSULIN_B_CHAIN_CODING_DNA =
  'TTTGTGAACCAACACCTGTGCGGCTCACACCTGGTGGAAGCTCTCTACCTAGTGTGCGGGGAACGAGGCTTCTTCTACACACCCAAGACC';

/** First B-chain residue the game's mini-gene starts from (B23 = G). */
export const FIRST_RESIDUE_NUMBER = 23;

/** The coding strand of the game's mini-gene: ATG + B23-B30 codons + TAA. 30 bases, 10 codons. */
export const MINI_GENE_CODING_DNA = `ATG${INSULIN_B_CHAIN_CODING_DNA.slice((FIRST_RESIDUE_NUMBER - 1) * 3)}TAA`;

/** The protein the mini-gene makes: Met followed by B23-B30. */
export const MINI_GENE_PROTEIN = `M${INSULIN_B_CHAIN.slice(FIRST_RESIDUE_NUMBER - 1)}`;

export interface MutationSpec {
  /** Stable id, also the locale key of its story (mutations.<id>). */
  readonly id: 'silentThr' | 'missenseSer' | 'nonsenseTyr' | 'aspart';
  /** Index of the codon that changes (0 = the start codon). */
  readonly codonIndex: number;
  /** The new mRNA codon. */
  readonly newCodon: string;
  /** What the designer expects; the tests check it against the genetic code. */
  readonly expectedEffect: MutationEffect;
}

/**
 * Round 2. Codon indexes: 0 AUG (Met), 1 GGC (Gly B23), 2 UUC (Phe B24), 3 UUC (Phe B25), 4 UAC (Tyr B26),
 * 5 ACA (Thr B27), 6 CCC (Pro B28), 7 AAG (Lys B29), 8 ACC (Thr B30), 9 UAA (stop).
 */
export const MUTATIONS: readonly MutationSpec[] = [
  // ACA -> ACG: both code for threonine (the third letter often does not matter).
  { id: 'silentThr', codonIndex: 5, newCodon: 'ACG', expectedEffect: 'silent' },
  // UUC -> UCC: phenylalanine B24 becomes serine (a change at B24 is known in people: "insulin Los Angeles").
  { id: 'missenseSer', codonIndex: 2, newCodon: 'UCC', expectedEffect: 'missense' },
  // UAC -> UAG: tyrosine becomes a stop codon, the chain ends after B25.
  { id: 'nonsenseTyr', codonIndex: 4, newCodon: 'UAG', expectedEffect: 'nonsense' },
  // CCC -> GAC: proline B28 becomes aspartate, the change engineered into the medicine insulin aspart.
  { id: 'aspart', codonIndex: 6, newCodon: 'GAC', expectedEffect: 'missense' },
];

/** The mRNA with one codon replaced. */
export function mutateMrna(mrna: string, codonIndex: number, newCodon: string): string {
  const start = codonIndex * 3;
  return mrna.slice(0, start) + newCodon + mrna.slice(start + 3);
}
