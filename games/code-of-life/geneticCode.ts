// The standard genetic code (NCBI translation table 1), built from the published 64-letter amino-acid string rather
// than typed in by hand, plus the helpers every part of Code of Life uses: base pairing, transcription, translation
// and the classification of a mutation. Pure data and functions: the model, the describer and the tests share them.
// Source: https://www.ncbi.nlm.nih.gov/Taxonomy/Utils/wprintgc.cgi (table 1, "Standard").

export type RnaBase = 'U' | 'C' | 'A' | 'G';
export type DnaBase = 'T' | 'C' | 'A' | 'G';

/** The order NCBI lists codons in: first, second and third letter each run through T(U), C, A, G. */
export const RNA_BASES_WHEEL_ORDER: readonly RnaBase[] = ['U', 'C', 'A', 'G'];

/** NCBI table 1, "AAs" line: one letter per codon in UUU, UUC, UUA, UUG, UCU ... GGG order; '*' is a stop. */
export const NCBI_TABLE_1_AMINO_ACIDS = 'FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG';

/** The stop marker in one-letter protein strings. */
export const STOP = '*';

export type AminoAcidLetter =
  | 'A' | 'R' | 'N' | 'D' | 'C' | 'Q' | 'E' | 'G' | 'H' | 'I'
  | 'L' | 'K' | 'M' | 'F' | 'P' | 'S' | 'T' | 'W' | 'Y' | 'V';

/** Three-letter abbreviations (IUPAC-IUB), shown on the wheel and the protein beads. */
export const THREE_LETTER: Readonly<Record<AminoAcidLetter, string>> = {
  A: 'Ala', R: 'Arg', N: 'Asn', D: 'Asp', C: 'Cys', Q: 'Gln', E: 'Glu', G: 'Gly', H: 'His', I: 'Ile',
  L: 'Leu', K: 'Lys', M: 'Met', F: 'Phe', P: 'Pro', S: 'Ser', T: 'Thr', W: 'Trp', Y: 'Tyr', V: 'Val',
};

/** A simple chemical family per amino acid, used only for the colour of the protein beads (with the letter shown). */
export type AminoAcidFamily = 'hydrophobic' | 'polar' | 'positive' | 'negative' | 'special';
export const FAMILY: Readonly<Record<AminoAcidLetter, AminoAcidFamily>> = {
  A: 'hydrophobic', V: 'hydrophobic', L: 'hydrophobic', I: 'hydrophobic', M: 'hydrophobic', F: 'hydrophobic', W: 'hydrophobic',
  S: 'polar', T: 'polar', N: 'polar', Q: 'polar', Y: 'polar',
  K: 'positive', R: 'positive', H: 'positive',
  D: 'negative', E: 'negative',
  G: 'special', P: 'special', C: 'special',
};

function buildCodonTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  let index = 0;
  for (const first of RNA_BASES_WHEEL_ORDER) {
    for (const second of RNA_BASES_WHEEL_ORDER) {
      for (const third of RNA_BASES_WHEEL_ORDER) {
        table.set(first + second + third, NCBI_TABLE_1_AMINO_ACIDS.charAt(index));
        index++;
      }
    }
  }
  return table;
}

/** mRNA codon (e.g. "AUG") -> one-letter amino acid, or '*' for a stop codon. 64 entries. */
export const CODON_TABLE: ReadonlyMap<string, string> = buildCodonTable();

export const START_CODON = 'AUG';

export function isRnaBase(value: string): value is RnaBase {
  return value === 'U' || value === 'C' || value === 'A' || value === 'G';
}

export function isAminoAcidLetter(value: string): value is AminoAcidLetter {
  return value in THREE_LETTER;
}

/** The amino acid (or '*') a codon codes for; throws on anything that is not three RNA bases. */
export function translateCodon(codon: string): string {
  const aminoAcid = CODON_TABLE.get(codon);
  if (aminoAcid === undefined) throw new Error(`not an mRNA codon: "${codon}"`);
  return aminoAcid;
}

export function isStopCodon(codon: string): boolean {
  return translateCodon(codon) === STOP;
}

/** DNA template base -> the RNA base RNA polymerase puts opposite it (A-U, T-A, G-C, C-G). */
export function rnaPartnerOf(templateBase: DnaBase): RnaBase {
  switch (templateBase) {
    case 'A':
      return 'U';
    case 'T':
      return 'A';
    case 'G':
      return 'C';
    case 'C':
      return 'G';
  }
}

/** DNA base -> its DNA partner (A-T, G-C). */
export function dnaPartnerOf(base: DnaBase): DnaBase {
  switch (base) {
    case 'A':
      return 'T';
    case 'T':
      return 'A';
    case 'G':
      return 'C';
    case 'C':
      return 'G';
  }
}

/** The template strand for a coding strand, written base by base under it (so read 3'->5' left to right). */
export function templateStrandOf(codingDna: string): string {
  return [...codingDna].map((base) => dnaPartnerOf(base as DnaBase)).join('');
}

/** mRNA made from a template strand (read 3'->5', so the mRNA comes out 5'->3' left to right). */
export function transcribe(templateDna: string): string {
  return [...templateDna].map((base) => rnaPartnerOf(base as DnaBase)).join('');
}

/** Splits an mRNA into codons from the start (reading frame 1); a trailing partial codon is dropped. */
export function codonsOf(mrna: string): string[] {
  const codons: string[] = [];
  for (let i = 0; i + 3 <= mrna.length; i += 3) codons.push(mrna.slice(i, i + 3));
  return codons;
}

/** Translates from the first codon until (not including) the first stop codon: the protein as one-letter codes. */
export function translate(mrna: string): string {
  let protein = '';
  for (const codon of codonsOf(mrna)) {
    const aminoAcid = translateCodon(codon);
    if (aminoAcid === STOP) break;
    protein += aminoAcid;
  }
  return protein;
}

export type MutationEffect = 'silent' | 'missense' | 'nonsense';

/** What a change in the mRNA does to the protein: nothing, one (or more) amino acid changed, or an early stop. */
export function classifyMutation(originalMrna: string, mutatedMrna: string): MutationEffect {
  const original = translate(originalMrna);
  const mutated = translate(mutatedMrna);
  if (mutated === original) return 'silent';
  if (mutated.length < original.length) return 'nonsense';
  return 'missense';
}
