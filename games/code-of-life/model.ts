// Code of Life model: transcription (pair each DNA template base with its RNA base), translation (read each codon on
// the codon wheel, letter by letter, until the stop codon), folding, then a round of mutation predictions.
// The single source of truth: the scene, the DOM controls and the describer all read snapshot(). Pure TypeScript
// with an injected seeded Random (question order) and a fixed time step (RNA polymerase and the clock).

import type { Random } from '../../common/random/seededRandom';
import { MINI_GENE_CODING_DNA, MUTATIONS, mutateMrna, type MutationSpec } from './gene';
import {
  classifyMutation,
  codonsOf,
  isRnaBase,
  templateStrandOf,
  transcribe,
  translate,
  translateCodon,
  STOP,
  type MutationEffect,
  type RnaBase,
} from './geneticCode';
import { LEVEL_RULES, type CodeOfLifeLevel, type LevelRules } from './levels';

export type Phase = 'transcribe' | 'polymerase' | 'translate' | 'folded' | 'mutations' | 'finished';

/** One model step is this many milliseconds of play (the scene's clock feeds whole steps). Design choice. */
export const STEP_MS = 100;
/** RNA polymerase adds one base per this many steps once the player's part is done (a visible, quick finish). */
export const POLYMERASE_STEPS_PER_BASE = 1;

export type Feedback =
  | { readonly kind: 'correctBase'; readonly base: RnaBase }
  | { readonly kind: 'wrongBase'; readonly picked: string; readonly expected: RnaBase; readonly template: string }
  | { readonly kind: 'noThymineInRna' }
  | { readonly kind: 'correctLetter'; readonly letter: RnaBase; readonly position: number }
  | { readonly kind: 'wrongLetter'; readonly picked: RnaBase; readonly expected: RnaBase; readonly position: number }
  | { readonly kind: 'aminoAcidAdded'; readonly codon: string; readonly aminoAcid: string }
  | { readonly kind: 'stopReached'; readonly codon: string }
  | { readonly kind: 'prediction'; readonly correct: boolean; readonly effect: MutationEffect };

export type CodeOfLifeAction =
  | { readonly type: 'base'; readonly base: string }
  | { readonly type: 'continue' }
  | { readonly type: 'predict'; readonly effect: MutationEffect };

export interface MutationQuestion {
  readonly spec: MutationSpec;
  readonly originalCodon: string;
  readonly mutatedMrna: string;
  /** Worked out from the genetic code, never typed in. */
  readonly effect: MutationEffect;
  readonly mutatedProtein: string;
}

export interface PlayStats {
  /** Picks that were right the first time / all picks (bases and wheel letters). */
  readonly correctPicks: number;
  readonly wrongPicks: number;
  readonly correctPredictions: number;
}

export interface CodeOfLifeSnapshot {
  readonly level: CodeOfLifeLevel;
  readonly phase: Phase;
  readonly codingDna: string;
  readonly templateDna: string;
  /** The full mRNA the gene gives (the target of transcription). */
  readonly targetMrna: string;
  /** How many mRNA bases exist so far. */
  readonly transcribed: number;
  /** How many of those the player pairs by hand. */
  readonly basesByHand: number;
  /** Index of the codon being read on the wheel. */
  readonly codonIndex: number;
  /** Letters of the current codon already found on the wheel (0..3). */
  readonly wheelLetters: number;
  /** The growing protein, one-letter codes. */
  readonly protein: string;
  readonly questions: readonly MutationQuestion[];
  readonly questionIndex: number;
  /** The player's answer to the current question, shown with the consequence; null while they think. */
  readonly answer: MutationEffect | null;
  readonly feedback: Feedback | null;
  readonly stats: PlayStats;
  readonly elapsedMs: number;
  readonly wheelHint: boolean;
}

export interface CodeOfLifeModelOptions {
  readonly level: CodeOfLifeLevel;
  readonly random: Random;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export class CodeOfLifeModel {
  readonly level: CodeOfLifeLevel;
  readonly rules: LevelRules;
  private readonly codingDna = MINI_GENE_CODING_DNA;
  private readonly templateDna = templateStrandOf(MINI_GENE_CODING_DNA);
  private readonly targetMrna = transcribe(templateStrandOf(MINI_GENE_CODING_DNA));
  private readonly codons = codonsOf(this.targetMrna);
  private readonly questions: readonly MutationQuestion[];
  private phase: Phase = 'transcribe';
  private transcribed = 0;
  private codonIndex = 0;
  private wheelLetters = 0;
  private protein = '';
  private questionIndex = 0;
  private answer: MutationEffect | null = null;
  private feedback: Feedback | null = null;
  private stats: PlayStats = { correctPicks: 0, wrongPicks: 0, correctPredictions: 0 };
  /** Whether the current base / letter was already missed once (only first tries count as correct). */
  private missedCurrent = false;
  private elapsedSteps = 0;
  private polymeraseSteps = 0;

  constructor(options: CodeOfLifeModelOptions) {
    this.level = options.level;
    this.rules = LEVEL_RULES[options.level];
    // Easy keeps the three kinds (one of each effect); normal adds insulin aspart. The order is seeded.
    const chosen = MUTATIONS.slice(0, this.rules.mutationQuestions);
    this.questions = shuffled(chosen, options.random).map((spec) => {
      const mutatedMrna = mutateMrna(this.targetMrna, spec.codonIndex, spec.newCodon);
      return {
        spec,
        originalCodon: this.codons[spec.codonIndex] ?? '',
        mutatedMrna,
        effect: classifyMutation(this.targetMrna, mutatedMrna),
        mutatedProtein: translate(mutatedMrna),
      };
    });
  }

  get isFinished(): boolean {
    return this.phase === 'finished';
  }

  /** The codon being read on the wheel ('' outside translation). */
  get currentCodon(): string {
    return this.phase === 'translate' ? (this.codons[this.codonIndex] ?? '') : '';
  }

  /** The mRNA base the player must pick next in transcription, or null. */
  get expectedBase(): RnaBase | null {
    if (this.phase === 'transcribe') return (this.targetMrna.charAt(this.transcribed) as RnaBase) || null;
    if (this.phase === 'translate') return (this.currentCodon.charAt(this.wheelLetters) as RnaBase) || null;
    return null;
  }

  /** Advances one fixed step: the clock, and RNA polymerase once the player's part of transcription is done. */
  step(): void {
    if (this.phase === 'finished') return;
    this.elapsedSteps++;
    if (this.phase !== 'polymerase') return;
    this.polymeraseSteps++;
    if (this.polymeraseSteps % POLYMERASE_STEPS_PER_BASE !== 0) return;
    this.transcribed = Math.min(this.targetMrna.length, this.transcribed + 1);
    if (this.transcribed >= this.targetMrna.length) this.phase = 'translate';
  }

  /** Whether an action makes sense now (the DOM panel disables what does not). */
  isAvailable(action: CodeOfLifeAction['type']): boolean {
    switch (action) {
      case 'base':
        return this.phase === 'transcribe' || this.phase === 'translate';
      case 'continue':
        return this.phase === 'folded' || (this.phase === 'mutations' && this.answer !== null);
      case 'predict':
        return this.phase === 'mutations' && this.answer === null;
    }
  }

  /** Performs a player action; returns false (and changes nothing) when it is not available. */
  perform(action: CodeOfLifeAction): boolean {
    if (!this.isAvailable(action.type)) return false;
    switch (action.type) {
      case 'base':
        if (this.phase === 'transcribe') this.pickTranscriptionBase(action.base.toUpperCase());
        else this.pickWheelLetter(action.base.toUpperCase());
        return true;
      case 'continue':
        this.continueOn();
        return true;
      case 'predict':
        this.predict(action.effect);
        return true;
    }
  }

  snapshot(): CodeOfLifeSnapshot {
    return {
      level: this.level,
      phase: this.phase,
      codingDna: this.codingDna,
      templateDna: this.templateDna,
      targetMrna: this.targetMrna,
      transcribed: this.transcribed,
      basesByHand: this.rules.basesByHand,
      codonIndex: this.codonIndex,
      wheelLetters: this.wheelLetters,
      protein: this.protein,
      questions: this.questions,
      questionIndex: this.questionIndex,
      answer: this.answer,
      feedback: this.feedback,
      stats: this.stats,
      elapsedMs: this.elapsedSteps * STEP_MS,
      wheelHint: this.rules.wheelHint,
    };
  }

  private recordPick(correct: boolean): void {
    if (correct) {
      if (!this.missedCurrent) this.stats = { ...this.stats, correctPicks: this.stats.correctPicks + 1 };
      this.missedCurrent = false;
    } else {
      if (!this.missedCurrent) this.stats = { ...this.stats, wrongPicks: this.stats.wrongPicks + 1 };
      this.missedCurrent = true;
    }
  }

  private pickTranscriptionBase(base: string): void {
    const expected = this.targetMrna.charAt(this.transcribed) as RnaBase;
    if (base === 'T') {
      this.recordPick(false);
      this.feedback = { kind: 'noThymineInRna' };
      return;
    }
    if (!isRnaBase(base) || base !== expected) {
      this.recordPick(false);
      this.feedback = { kind: 'wrongBase', picked: base, expected, template: this.templateDna.charAt(this.transcribed) };
      return;
    }
    this.recordPick(true);
    this.transcribed++;
    this.feedback = { kind: 'correctBase', base };
    if (this.transcribed >= this.targetMrna.length) this.phase = 'translate';
    else if (this.transcribed >= this.rules.basesByHand) this.phase = 'polymerase';
  }

  private pickWheelLetter(letter: string): void {
    const codon = this.currentCodon;
    const expected = codon.charAt(this.wheelLetters) as RnaBase;
    if (!isRnaBase(letter) || letter !== expected) {
      this.recordPick(false);
      this.feedback = { kind: 'wrongLetter', picked: isRnaBase(letter) ? letter : expected, expected, position: this.wheelLetters };
      return;
    }
    this.recordPick(true);
    this.wheelLetters++;
    if (this.wheelLetters < 3) {
      this.feedback = { kind: 'correctLetter', letter, position: this.wheelLetters - 1 };
      return;
    }
    const aminoAcid = translateCodon(codon);
    this.wheelLetters = 0;
    if (aminoAcid === STOP) {
      this.feedback = { kind: 'stopReached', codon };
      this.phase = 'folded';
      return;
    }
    this.protein += aminoAcid;
    this.codonIndex++;
    this.feedback = { kind: 'aminoAcidAdded', codon, aminoAcid };
  }

  private continueOn(): void {
    if (this.phase === 'folded') {
      this.phase = this.questions.length > 0 ? 'mutations' : 'finished';
      this.feedback = null;
      return;
    }
    this.answer = null;
    this.feedback = null;
    this.questionIndex++;
    if (this.questionIndex >= this.questions.length) this.phase = 'finished';
  }

  private predict(effect: MutationEffect): void {
    const question = this.questions[this.questionIndex];
    if (!question) return;
    this.answer = effect;
    const correct = effect === question.effect;
    if (correct) this.stats = { ...this.stats, correctPredictions: this.stats.correctPredictions + 1 };
    this.feedback = { kind: 'prediction', correct, effect: question.effect };
  }
}

/** Fraction of the game done, 0..1 (for progress events): transcription, translation, then the questions. */
export function gameProgress(snapshot: CodeOfLifeSnapshot): number {
  const codonCount = snapshot.targetMrna.length / 3;
  const transcription = snapshot.transcribed / snapshot.targetMrna.length;
  const translation = snapshot.phase === 'transcribe' || snapshot.phase === 'polymerase' ? 0 : Math.min(1, (snapshot.codonIndex + 1) / codonCount);
  const questions = snapshot.questions.length === 0 ? 1 : snapshot.questionIndex / snapshot.questions.length;
  if (snapshot.phase === 'finished') return 1;
  return Math.min(0.99, 0.3 * transcription + 0.4 * (snapshot.phase === 'folded' || snapshot.phase === 'mutations' ? 1 : translation) + 0.3 * questions);
}
