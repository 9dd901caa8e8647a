// Start-up Launchpad's rules: a spin-off takes one candidate medicine from the lab towards patients, one decision card
// at a time (science, team, money, manufacturing, honesty), and each clinical phase passes or fails with the
// published odds (odds.ts), drawn from the run's seeded generator. Pure: no Phaser, React or DOM.

import type { Random } from '../../common/random/seededRandom';
import {
  BACKUP_EXTRA_YEARS,
  BATCH_PROBLEM_COST,
  BATCH_PROBLEM_YEARS,
  BIOMARKER_PARTICIPANT_SHARE,
  BIOMARKER_TEST_COST,
  CDMO_COST_PER_TRIAL,
  COST_PER_PERSON_YEAR,
  DISTRUST_EXTRA_DILUTION,
  FIRST_SPINOFF_YEARS,
  FOUNDING_TEAM,
  NO_REGULATORY_EXTRA_YEARS,
  OWN_PLANT_COST,
  OWN_PLANT_EXTRA_YEARS,
  PARTNER_SHARE_KEPT,
  PARTNER_UPFRONT,
  PHASE_YEARS,
  PHASES,
  SEED_DILUTION,
  SEED_ROUND,
  SERIES_A_DILUTION,
  SERIES_A_ROUND,
  SERIES_B_DILUTION,
  SERIES_B_ROUND,
  TRIAL_COST,
  TRIAL_PARTICIPANTS,
  type Phase,
} from './constants';
import { LEVEL_RULES, type LaunchpadLevel, type LevelRules } from './levels';
import { phaseOdds, type Modality } from './odds';

export const HIRES = ['quality', 'regulatory', 'business', 'scientist'] as const;
export type Hire = (typeof HIRES)[number];

export type CardId = 'modality' | 'hire' | 'biomarker' | 'pitch' | 'money' | 'manufacturing' | 'phaseResult' | 'teamTalk' | 'backup';
export type OptionId =
  | Modality
  | Hire
  | 'biomarker'
  | 'allPatients'
  | 'honest'
  | 'overpromise'
  | 'vague'
  | 'seed'
  | 'seriesA'
  | 'seriesB'
  | 'partner'
  | 'continue'
  | 'cdmo'
  | 'ownPlant'
  | 'hide'
  | 'blame'
  | 'backup'
  | 'stop';

export type EndReason = 'approved' | 'failed' | 'cash';

/** Something that happened, for the advice line and the results. */
export type NewsKind = 'chosen' | 'phasePassed' | 'phaseFailed' | 'batchProblem' | 'slowDossier' | 'ownPlantBuilt' | 'backupStarted' | 'outOfCash';
export interface News {
  readonly kind: NewsKind;
  readonly card?: CardId;
  readonly option?: OptionId;
  readonly phase?: Phase;
}

export interface PhaseRecord {
  readonly phase: Phase;
  readonly odds: number;
  readonly passed: boolean;
  readonly backup: boolean;
}

export interface LaunchpadSnapshot {
  readonly level: LaunchpadLevel;
  readonly card: CardId | null;
  readonly options: readonly OptionId[];
  /** Money the phase of the current card needs (millions), null when the card is about no phase. */
  readonly phaseCost: number | null;
  /** The phase the current money or result card is about. */
  readonly phase: Phase | null;
  readonly years: number;
  /** Millions of euros. */
  readonly cash: number;
  /** Share of the company the founding team still owns, 0..1. */
  readonly founderShare: number;
  readonly team: readonly Hire[];
  readonly modality: Modality | null;
  readonly biomarker: boolean | null;
  readonly manufacturing: 'cdmo' | 'ownPlant' | null;
  readonly partnered: boolean;
  readonly rounds: readonly ('seed' | 'seriesA' | 'seriesB')[];
  readonly pitch: 'honest' | 'overpromise' | 'vague' | null;
  readonly teamTalk: 'honest' | 'hide' | 'blame' | null;
  readonly odds: Readonly<Record<Phase, number>> | null;
  readonly history: readonly PhaseRecord[];
  readonly participants: number;
  readonly news: readonly News[];
  readonly decisions: number;
  readonly finished: boolean;
  readonly endReason: EndReason | null;
}

type Step = { readonly kind: 'card'; readonly card: CardId; readonly phase?: Phase } | { readonly kind: 'run'; readonly phase: Phase };

const PLAN: readonly Step[] = [
  { kind: 'card', card: 'modality' },
  { kind: 'card', card: 'hire' },
  { kind: 'card', card: 'biomarker' },
  { kind: 'card', card: 'manufacturing' },
  { kind: 'card', card: 'pitch' },
  { kind: 'card', card: 'money', phase: 'phase1' },
  { kind: 'run', phase: 'phase1' },
  { kind: 'card', card: 'hire' },
  { kind: 'card', card: 'money', phase: 'phase2' },
  { kind: 'run', phase: 'phase2' },
  { kind: 'card', card: 'hire' },
  { kind: 'card', card: 'money', phase: 'phase3' },
  { kind: 'run', phase: 'phase3' },
  { kind: 'run', phase: 'filing' },
];

export interface LaunchpadOptions {
  readonly level: LaunchpadLevel;
  readonly random: Random;
}

export class LaunchpadModel {
  readonly rules: LevelRules;
  private readonly random: Random;
  private readonly level: LaunchpadLevel;
  private planIndex = 0;
  private card: CardId | null = null;
  private phase: Phase | null = null;
  private years = FIRST_SPINOFF_YEARS;
  private cash: number;
  private founderShare = 1;
  private readonly team: Hire[] = [];
  private modality: Modality | null = null;
  private biomarker: boolean | null = null;
  private manufacturing: 'cdmo' | 'ownPlant' | null = null;
  private partnered = false;
  private readonly rounds: ('seed' | 'seriesA' | 'seriesB')[] = [];
  private pitch: 'honest' | 'overpromise' | 'vague' | null = null;
  private talk: 'honest' | 'hide' | 'blame' | null = null;
  private readonly history: PhaseRecord[] = [];
  private participants = 0;
  private readonly news: News[] = [];
  private decisions = 0;
  private endReason: EndReason | null = null;
  private backupUsed = false;
  private backupPending = false;

  constructor(options: LaunchpadOptions) {
    this.level = options.level;
    this.rules = LEVEL_RULES[options.level];
    this.random = options.random;
    this.cash = this.rules.startCash;
    this.advancePlan();
  }

  get isFinished(): boolean {
    return this.endReason !== null;
  }

  /** The choices the current card offers, in button order. */
  options(): OptionId[] {
    switch (this.card) {
      case 'modality':
        return ['biologic', 'smallMolecule'];
      case 'hire':
        return HIRES.filter((hire) => !this.team.includes(hire));
      case 'biomarker':
        return ['biomarker', 'allPatients'];
      case 'pitch':
        return ['honest', 'overpromise', 'vague'];
      case 'money':
        return this.moneyOptions();
      case 'manufacturing':
        return ['cdmo', 'ownPlant'];
      case 'phaseResult':
        return ['continue'];
      case 'teamTalk':
        return ['honest', 'hide', 'blame'];
      case 'backup':
        return ['backup', 'stop'];
      default:
        return [];
    }
  }

  /** Takes the option; false when it is not one of the current card's. */
  choose(option: OptionId): boolean {
    if (this.isFinished || !this.card || !this.options().includes(option)) return false;
    const card = this.card;
    this.decisions += card === 'phaseResult' ? 0 : 1;
    this.news.push({ kind: 'chosen', card, option });
    switch (card) {
      case 'modality':
        this.modality = option as Modality;
        break;
      case 'hire':
        this.team.push(option as Hire);
        break;
      case 'biomarker':
        this.biomarker = option === 'biomarker';
        if (this.biomarker) this.cash -= BIOMARKER_TEST_COST / (this.team.includes('scientist') ? 2 : 1);
        break;
      case 'pitch':
        this.pitch = option as 'honest' | 'overpromise' | 'vague';
        break;
      case 'money':
        this.takeMoney(option);
        // Still short of the phase's money: the card stays for another round or a partner, or the runway ends.
        if (this.phase && this.cash < this.phaseCost(this.phase)) {
          if (this.moneyOptions().length > 0) return true;
          this.news.push({ kind: 'outOfCash', phase: this.phase });
          this.end('cash');
          return true;
        }
        if (this.backupPending) {
          this.backupPending = false;
          this.runPhase('phase2', true);
          return true;
        }
        break;
      case 'manufacturing':
        this.manufacturing = option as 'cdmo' | 'ownPlant';
        if (option === 'ownPlant') {
          this.cash -= OWN_PLANT_COST;
          this.years += OWN_PLANT_EXTRA_YEARS;
          this.news.push({ kind: 'ownPlantBuilt' });
        }
        break;
      case 'phaseResult':
        if (!this.history[this.history.length - 1]?.passed) {
          this.showCard('teamTalk', this.phase);
          return true;
        }
        break;
      case 'teamTalk':
        this.talk = option as 'honest' | 'hide' | 'blame';
        if (this.canUseBackup()) {
          this.showCard('backup', this.phase);
          return true;
        }
        this.end('failed');
        return true;
      case 'backup':
        if (option === 'stop') {
          this.end('failed');
          return true;
        }
        // The backup molecule's Phase II needs its money first: the money card again, for Phase II.
        this.backupUsed = true;
        this.backupPending = true;
        this.years += BACKUP_EXTRA_YEARS;
        this.news.push({ kind: 'backupStarted', phase: 'phase2' });
        this.showCard('money', 'phase2');
        if (this.moneyOptions().length === 0) {
          this.news.push({ kind: 'outOfCash', phase: 'phase2' });
          this.end('cash');
        }
        return true;
    }
    this.advancePlan();
    return true;
  }

  /** Money the next phase needs: the trial, its batches and the team's pay for the phase's years. */
  phaseCost(phase: Phase): number {
    const trial = this.partnered ? 0 : TRIAL_COST[phase] + (phase !== 'filing' && this.manufacturing !== 'ownPlant' ? CDMO_COST_PER_TRIAL : 0);
    const batch = phase === 'phase2' && this.batchProblemAhead() && !this.partnered ? BATCH_PROBLEM_COST : 0;
    return trial + batch + this.teamSize() * COST_PER_PERSON_YEAR * this.phaseYears(phase);
  }

  snapshot(): LaunchpadSnapshot {
    return {
      level: this.level,
      card: this.card,
      options: this.options(),
      phaseCost: this.phase ? this.phaseCost(this.phase) : null,
      phase: this.phase,
      years: this.years,
      cash: this.cash,
      founderShare: this.founderShare,
      team: [...this.team],
      modality: this.modality,
      biomarker: this.biomarker,
      manufacturing: this.manufacturing,
      partnered: this.partnered,
      rounds: [...this.rounds],
      pitch: this.pitch,
      teamTalk: this.talk,
      odds: this.modality && this.biomarker !== null ? phaseOdds(this.modality, this.biomarker) : null,
      history: [...this.history],
      participants: this.participants,
      news: [...this.news],
      decisions: this.decisions,
      finished: this.isFinished,
      endReason: this.endReason,
    };
  }

  private teamSize(): number {
    return FOUNDING_TEAM + this.team.length;
  }

  private phaseYears(phase: Phase): number {
    let years = PHASE_YEARS[phase];
    if (phase === 'phase2' && this.batchProblemAhead()) years += BATCH_PROBLEM_YEARS;
    if (phase === 'filing' && !this.team.includes('regulatory')) years += NO_REGULATORY_EXTRA_YEARS;
    return years;
  }

  private batchProblemAhead(): boolean {
    return this.rules.batchProblemWithoutQuality && !this.team.includes('quality') && !this.backupUsed;
  }

  private misled(): boolean {
    return this.pitch === 'overpromise';
  }

  private moneyOptions(): OptionId[] {
    const phase = this.phase;
    if (!phase) return [];
    const options: OptionId[] = [];
    const investorsOpen = !(this.misled() && this.rules.misledInvestorsRefuse && this.rounds.length > 0);
    if (!this.partnered && investorsOpen) {
      if (phase === 'phase1' && !this.rounds.includes('seed')) options.push('seed');
      if ((phase === 'phase1' && this.pitch !== 'vague') || phase === 'phase2') if (!this.rounds.includes('seriesA')) options.push('seriesA');
      if (phase === 'phase3' && !this.rounds.includes('seriesB')) options.push('seriesB');
    }
    const partnerTalks = this.team.includes('business') || this.rules.partnerWithoutBusinessDeveloper;
    if (phase !== 'phase1' && !this.partnered && partnerTalks) options.push('partner');
    if (this.cash >= this.phaseCost(phase)) options.push('continue');
    return options;
  }

  private dilution(base: number): number {
    return base + (this.misled() ? DISTRUST_EXTRA_DILUTION : 0);
  }

  private takeMoney(option: OptionId): void {
    if (option === 'seed') this.raise('seed', SEED_ROUND, SEED_DILUTION);
    else if (option === 'seriesA') this.raise('seriesA', SERIES_A_ROUND, SERIES_A_DILUTION);
    else if (option === 'seriesB') this.raise('seriesB', SERIES_B_ROUND, SERIES_B_DILUTION);
    else if (option === 'partner') {
      this.partnered = true;
      this.cash += PARTNER_UPFRONT;
    }
  }

  private raise(round: 'seed' | 'seriesA' | 'seriesB', amount: number, dilution: number): void {
    this.rounds.push(round);
    this.cash += amount;
    this.founderShare *= 1 - this.dilution(dilution);
  }

  private canUseBackup(): boolean {
    const failed = this.history[this.history.length - 1];
    return this.rules.backupMolecule && !this.backupUsed && failed?.phase === 'phase2';
  }

  private advancePlan(): void {
    while (this.planIndex < PLAN.length) {
      const step = PLAN[this.planIndex++] as Step;
      if (step.kind === 'run') {
        this.runPhase(step.phase, false);
        return;
      }
      if (step.card === 'hire' && HIRES.every((hire) => this.team.includes(hire))) continue;
      this.showCard(step.card, step.phase ?? null);
      if (step.card === 'money' && this.options().length === 0) {
        this.news.push({ kind: 'outOfCash', phase: step.phase });
        this.end('cash');
      }
      return;
    }
    this.end('approved');
  }

  private showCard(card: CardId, phase: Phase | null): void {
    this.card = card;
    this.phase = phase;
  }

  private runPhase(phase: Phase, backup: boolean): void {
    const odds = phaseOdds(this.modality ?? 'smallMolecule', this.biomarker ?? false)[phase];
    if (phase === 'phase2' && this.batchProblemAhead()) this.news.push({ kind: 'batchProblem', phase });
    if (phase === 'filing' && !this.team.includes('regulatory')) this.news.push({ kind: 'slowDossier', phase });
    this.cash -= this.phaseCost(phase);
    this.years += this.phaseYears(phase);
    if (phase !== 'filing') this.participants += Math.round(TRIAL_PARTICIPANTS[phase] * (this.biomarker ? BIOMARKER_PARTICIPANT_SHARE : 1));
    const passed = this.random.next() < odds;
    this.history.push({ phase, odds, passed, backup });
    this.news.push({ kind: passed ? 'phasePassed' : 'phaseFailed', phase });
    if (passed && phase === 'filing') {
      this.end('approved');
      return;
    }
    this.showCard('phaseResult', phase);
  }

  private end(reason: EndReason): void {
    this.endReason = reason;
    this.card = null;
  }
}

/** How far the medicine got: phases passed out of four. */
export function phasesPassed(snapshot: LaunchpadSnapshot): number {
  return snapshot.history.filter((record) => record.passed).length;
}

/** Fraction of the road done, for the hub's progress. */
export function runProgress(snapshot: LaunchpadSnapshot): number {
  if (snapshot.finished) return 1;
  return Math.min(0.95, (snapshot.decisions + snapshot.history.length * 2) / (PLAN.length + PHASES.length * 2));
}

export { PARTNER_SHARE_KEPT };
