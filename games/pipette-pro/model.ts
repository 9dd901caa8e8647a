// Pipette Pro's rules and state: a 1:10 dilution series made one choice at a time (how much to transfer, which
// pipette, then for each tube: tip, pre-wetting, immersion depth, angle, drawing, dispensing, mixing), and at the
// end the series sent to the QC test. Pure and seeded (no Phaser, React or DOM); the science is in series.ts.

import type { Random } from '../../common/random/seededRandom';
import { PIPETTES, type PipetteId } from './constants';
import { LEVEL_RULES, type LevelRules, type PipetteLevel } from './levels';
import { bestPipetteFor, computeSeries, fitsPipette, seriesQuality, transferVolumeFor, type SeriesQuality, type TransferNoise, type TransferTechnique, type TubeResult } from './series';

export const SETUP_STEPS = ['volume', 'pipette'] as const;
export const TRANSFER_STEPS = ['tip', 'prewet', 'depth', 'angle', 'draw', 'dispense', 'mix'] as const;
export type StepId = (typeof SETUP_STEPS)[number] | (typeof TRANSFER_STEPS)[number] | 'review';

/** Every choice of every step; the first listed (after the volumes and pipettes) is the good practice. */
export const STEP_OPTIONS = {
  volume: ['ninth', 'tenth', 'double'],
  pipette: PIPETTES.map((pipette) => pipette.id),
  tip: ['newTip', 'keepTip'],
  prewet: ['prewet', 'noPrewet'],
  depth: ['right', 'shallow', 'deep'],
  angle: ['vertical', 'tilted'],
  draw: ['firstStop', 'secondStop'],
  dispense: ['blowOut', 'firstStopOnly'],
  mix: ['mix', 'noMix'],
  review: ['sendToQc'],
} as const satisfies Record<StepId, readonly string[]>;

export type OptionId = (typeof STEP_OPTIONS)[StepId][number];
export type VolumeChoice = (typeof STEP_OPTIONS)['volume'][number];

/** Volume offered for each choice, as a fraction of the diluent: 1/9 (1:10), 1/10 (the classic slip: 1:11), 2/9. */
export const VOLUME_FRACTIONS: Readonly<Record<VolumeChoice, number>> = { ninth: 1 / 9, tenth: 1 / 10, double: 2 / 9 };

export type Refusal = 'pipetteRange' | 'noTipYet';

export interface ChoiceOutcome {
  readonly accepted: boolean;
  /** Whether the choice was the good practice (refused choices are never counted). */
  readonly right: boolean;
  readonly refusal: Refusal | null;
}

export interface Choice {
  readonly step: StepId;
  readonly transfer: number;
  readonly option: OptionId;
  readonly right: boolean;
}

export interface PipetteSnapshot {
  readonly level: PipetteLevel;
  readonly rules: LevelRules;
  readonly step: StepId;
  /** Transfer under way (0-based); equals rules.transfers at the review. */
  readonly transfer: number;
  /** The current step's options, in the order shown (shuffled by the seed). */
  readonly options: readonly OptionId[];
  readonly volumeUl: number | null;
  readonly pipette: PipetteId | null;
  readonly hasTip: boolean;
  readonly choices: readonly Choice[];
  readonly refusals: number;
  /** The tubes filled so far, with what a draw from each really contains. */
  readonly tubes: readonly TubeResult[];
  readonly quality: SeriesQuality | null;
  readonly finished: boolean;
}

interface TechniqueDraft {
  newTip?: boolean;
  prewet?: boolean;
  depth?: TransferTechnique['depth'];
  vertical?: boolean;
  drawFirstStop?: boolean;
  blowOut?: boolean;
}

export class PipetteModel {
  readonly level: PipetteLevel;
  readonly rules: LevelRules;
  private step: StepId = 'volume';
  private transfer = 0;
  private options: OptionId[] = [];
  private volume: number | null = null;
  private pipette: PipetteId | null = null;
  private hasTip = false;
  private readonly choices: Choice[] = [];
  private refusals = 0;
  private readonly done: TransferTechnique[] = [];
  private draft: TechniqueDraft = {};
  private readonly noise: TransferNoise[];
  private readonly instrumentSign: number;
  private finished = false;

  private readonly random: Random;

  constructor(options: { level: PipetteLevel; random: Random }) {
    this.level = options.level;
    this.rules = LEVEL_RULES[options.level];
    this.random = options.random;
    this.instrumentSign = this.random.chance(0.5) ? 1 : -1;
    this.noise = Array.from({ length: this.rules.transfers }, () => ({ volume: this.random.normal(), layer: this.random.range(-1, 1) }));
    this.options = this.shuffled('volume');
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /** The volume a choice of the volume step stands for, µL. */
  volumeFor(choice: VolumeChoice): number {
    return this.rules.diluentUl * VOLUME_FRACTIONS[choice];
  }

  /** The good practice at the current step (for the easy level's hints and the tests). */
  rightOption(): OptionId {
    switch (this.step) {
      case 'volume':
        return 'ninth';
      case 'pipette':
        return bestPipetteFor(this.volume ?? transferVolumeFor(this.rules.diluentUl));
      default:
        return STEP_OPTIONS[this.step][0];
    }
  }

  /** Takes the player's choice for the current step; a choice that cannot be done is refused and changes nothing. */
  choose(option: OptionId): ChoiceOutcome {
    if (this.finished || !this.options.includes(option)) return { accepted: false, right: false, refusal: null };
    const refusal = this.refusalOf(option);
    if (refusal) {
      this.refusals += 1;
      return { accepted: false, right: false, refusal };
    }
    const right = option === this.rightOption();
    if (this.step !== 'review') this.choices.push({ step: this.step, transfer: this.transfer, option, right });
    this.apply(option);
    return { accepted: true, right, refusal: null };
  }

  private refusalOf(option: OptionId): Refusal | null {
    if (this.step === 'pipette' && !fitsPipette(option as PipetteId, this.volume ?? 0)) return 'pipetteRange';
    if (this.step === 'tip' && option === 'keepTip' && !this.hasTip) return 'noTipYet';
    return null;
  }

  private apply(option: OptionId): void {
    const draft = this.draft;
    switch (this.step) {
      case 'volume':
        this.volume = this.volumeFor(option as VolumeChoice);
        return this.goTo('pipette');
      case 'pipette':
        this.pipette = option as PipetteId;
        return this.goTo('tip');
      case 'tip':
        draft.newTip = option === 'newTip';
        this.hasTip = true;
        return this.goTo('prewet');
      case 'prewet':
        draft.prewet = option === 'prewet';
        return this.goTo('depth');
      case 'depth':
        draft.depth = option as TransferTechnique['depth'];
        return this.goTo('angle');
      case 'angle':
        draft.vertical = option === 'vertical';
        return this.goTo('draw');
      case 'draw':
        draft.drawFirstStop = option === 'firstStop';
        return this.goTo('dispense');
      case 'dispense':
        draft.blowOut = option === 'blowOut';
        return this.goTo('mix');
      case 'mix':
        this.done.push({
          newTip: draft.newTip ?? true,
          prewet: draft.prewet ?? true,
          depth: draft.depth ?? 'right',
          vertical: draft.vertical ?? true,
          drawFirstStop: draft.drawFirstStop ?? true,
          blowOut: draft.blowOut ?? true,
          mixed: option === 'mix',
        });
        this.draft = {};
        this.transfer += 1;
        return this.goTo(this.transfer >= this.rules.transfers ? 'review' : 'tip');
      case 'review':
        this.finished = true;
        return;
    }
  }

  private goTo(step: StepId): void {
    this.step = step;
    this.options = this.shuffled(step);
  }

  /** The step's options in a seeded order (the good practice is not always first); pipettes stay smallest first. */
  private shuffled(step: StepId): OptionId[] {
    const options: OptionId[] = [...STEP_OPTIONS[step]];
    if (step === 'pipette') return options;
    for (let i = options.length - 1; i > 0; i--) {
      const j = this.random.int(0, i);
      [options[i], options[j]] = [options[j] as OptionId, options[i] as OptionId];
    }
    return options;
  }

  tubes(): TubeResult[] {
    if (this.pipette === null || this.volume === null) return [];
    return computeSeries({ pipette: this.pipette, setVolumeUl: this.volume, diluentUl: this.rules.diluentUl, instrumentSign: this.instrumentSign, transfers: this.done, noise: this.noise });
  }

  snapshot(): PipetteSnapshot {
    const tubes = this.tubes();
    return {
      level: this.level,
      rules: this.rules,
      step: this.step,
      transfer: this.transfer,
      options: [...this.options],
      volumeUl: this.volume,
      pipette: this.pipette,
      hasTip: this.hasTip,
      choices: [...this.choices],
      refusals: this.refusals,
      tubes,
      quality: this.transfer >= this.rules.transfers ? seriesQuality(tubes, this.rules.diluentUl) : null,
      finished: this.finished,
    };
  }
}

/** Choices made out of all the run needs (for the hub's progress bar). */
export function runProgress(snapshot: PipetteSnapshot): number {
  const total = SETUP_STEPS.length + TRANSFER_STEPS.length * snapshot.rules.transfers + 1;
  return Math.min(1, (snapshot.choices.length + (snapshot.finished ? 1 : 0)) / total);
}
