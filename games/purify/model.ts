// Purify It! model: an antibody harvest goes through clarification, Protein A capture (load, wash, elute), a low-pH
// virus hold, cation-exchange polishing (the player cuts fractions from the chromatogram) and UF/DF. The single source
// of truth: the scene, the DOM controls and the describer all read snapshot() and preview(). Pure TypeScript with an
// injected seeded Random (harvest titre, resin capacity, peak position) and a fixed time step (each step's run).

import type { Random } from '../../common/random/seededRandom';
import { cutResult, fractionContents, purityAfterCut, type FractionContent } from './chromatogram';
import {
  CLARIFICATION,
  COLUMN_VOLUME_L,
  CUT_END,
  CUT_START,
  DBC_RANGE,
  DIAVOLUME_MAX,
  DIAVOLUME_MIN,
  DIAVOLUME_START,
  ELUTION_PH_MAX,
  ELUTION_PH_MIN,
  ELUTION_PH_START,
  ELUTION_PH_STEP,
  FRACTION_COUNT,
  HARVEST_AGGREGATES_PCT,
  HARVEST_VOLUME_L,
  HCP_AFTER_CAPTURE_PPM,
  HOLD_MINUTES,
  HOLD_MINUTES_START_INDEX,
  HOLD_PH_MAX,
  HOLD_PH_MIN,
  HOLD_PH_START,
  HOLD_PH_STEP,
  HOLD_YIELD,
  LOAD_MAX,
  LOAD_MIN,
  LOAD_START,
  LOAD_STEP,
  POLISH_COLUMN_YIELD,
  RECIPE_DIAVOLUMES,
  TITRE_RANGE,
  WASHES,
} from './constants';
import { LEVEL_RULES, type LevelRules, type PurifyLevel } from './levels';
import {
  bufferExchange,
  captureCycles,
  elutionAggregates,
  elutionRecovery,
  flowThroughLoss,
  holdAggregates,
  ufdfYield,
  virusLogReduction,
} from './process';

export type StageId = 'clarify' | 'load' | 'wash' | 'elute' | 'hold' | 'polish' | 'ufdf' | 'finished';
export type ClarificationId = keyof typeof CLARIFICATION;
export type WashId = keyof typeof WASHES;
export type SettingId = 'load' | 'elutionPH' | 'holdPH' | 'holdTime' | 'diavolumes';
export type MarkerId = 'start' | 'end';

export const CLARIFICATION_IDS: readonly ClarificationId[] = ['centrifugeAndFilter', 'filterOnly', 'none'];
export const WASH_IDS: readonly WashId[] = ['standard', 'intermediate', 'none'];
/** Settings each stage offers, in panel order. */
export const STAGE_SETTINGS: Readonly<Record<StageId, readonly SettingId[]>> = {
  clarify: [],
  load: ['load'],
  wash: [],
  elute: ['elutionPH'],
  hold: ['holdPH', 'holdTime'],
  polish: [],
  ufdf: ['diavolumes'],
  finished: [],
};

/** One model step is this many milliseconds of play. Design choice. */
export const STEP_MS = 100;
/** Steps a unit operation takes to run on screen once started (about 1.5 s). Design choice. */
export const RUN_STEPS = 15;

export type PurifyAction =
  | { readonly type: 'choose'; readonly option: string }
  | { readonly type: 'adjust'; readonly setting: SettingId; readonly direction: 1 | -1 }
  | { readonly type: 'moveMarker'; readonly marker: MarkerId; readonly direction: 1 | -1 }
  | { readonly type: 'tapFraction'; readonly fraction: number }
  | { readonly type: 'run' };

export interface Settings {
  readonly clarification: ClarificationId;
  readonly loadDensity: number;
  readonly wash: WashId;
  readonly elutionPH: number;
  readonly holdPH: number;
  readonly holdMinutes: number;
  readonly cutStart: number;
  readonly cutEnd: number;
  readonly diavolumes: number;
}

/** The product after the steps done so far. */
export interface ProductState {
  readonly antibodyGrams: number;
  readonly hcpPpm: number;
  readonly aggregatePct: number;
  /** Virus log reduction so far (only the low-pH hold counts in this game). */
  readonly virusLrv: number;
  readonly bufferExchange: number;
  readonly captureCycles: number;
  readonly flowThroughLoss: number;
}

export interface StepRecord {
  readonly stage: StageId;
  readonly stepYield: number;
  readonly product: ProductState;
  /** Whether the player chose (false: the level's recipe ran it). */
  readonly manual: boolean;
}

export interface PurifySnapshot {
  readonly level: PurifyLevel;
  readonly stage: StageId;
  /** 0 while deciding; rises to 1 while the step runs. */
  readonly runProgress: number;
  readonly settings: Settings;
  readonly product: ProductState;
  readonly harvestGrams: number;
  readonly titre: number;
  readonly dynamicBindingCapacity: number;
  readonly fractions: readonly FractionContent[];
  readonly history: readonly StepRecord[];
  readonly stages: readonly StageId[];
  readonly elapsedMs: number;
}

export interface PurifyModelOptions {
  readonly level: PurifyLevel;
  readonly random: Random;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
const fixed = (value: number): number => Math.round(value * 100) / 100;

export class PurifyModel {
  readonly level: PurifyLevel;
  readonly rules: LevelRules;
  readonly titre: number;
  readonly dynamicBindingCapacity: number;
  readonly harvestGrams: number;
  private readonly fractions: readonly FractionContent[];
  private readonly stages: readonly StageId[];
  private stageIndex = 0;
  private running = false;
  private runSteps = 0;
  private elapsedSteps = 0;
  private settings: Settings = {
    clarification: 'centrifugeAndFilter',
    loadDensity: LOAD_START,
    wash: 'standard',
    elutionPH: ELUTION_PH_START,
    holdPH: HOLD_PH_START,
    holdMinutes: HOLD_MINUTES[HOLD_MINUTES_START_INDEX] ?? 15,
    cutStart: CUT_START,
    cutEnd: CUT_END,
    diavolumes: DIAVOLUME_START,
  };
  private product: ProductState;
  private readonly history: StepRecord[] = [];

  constructor(options: PurifyModelOptions) {
    this.level = options.level;
    this.rules = LEVEL_RULES[options.level];
    const random = options.random;
    this.titre = fixed(random.range(TITRE_RANGE[0], TITRE_RANGE[1]));
    this.dynamicBindingCapacity = Math.round(random.range(DBC_RANGE[0], DBC_RANGE[1]));
    this.fractions = fractionContents({ offset: Math.round(random.range(-0.6, 0.6) * 10) / 10 });
    this.harvestGrams = this.titre * HARVEST_VOLUME_L;
    this.product = {
      antibodyGrams: this.harvestGrams,
      hcpPpm: 0,
      aggregatePct: HARVEST_AGGREGATES_PCT,
      virusLrv: 0,
      bufferExchange: 0,
      captureCycles: 0,
      flowThroughLoss: 0,
    };
    const all: StageId[] = ['clarify', 'load', 'wash', 'elute', 'hold', 'polish', 'ufdf'];
    this.stages = all.filter((stage) => (stage === 'clarify' ? this.rules.manualClarification : stage === 'ufdf' ? this.rules.manualUfdf : true));
    if (!this.rules.manualClarification) this.commit('clarify', false);
  }

  get stage(): StageId {
    return this.stages[this.stageIndex] ?? 'finished';
  }

  get isFinished(): boolean {
    return this.stage === 'finished';
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Advances one fixed step: the clock, and the run of the current unit operation. */
  step(): void {
    if (this.isFinished) return;
    this.elapsedSteps++;
    if (!this.running) return;
    this.runSteps++;
    if (this.runSteps < RUN_STEPS) return;
    this.running = false;
    this.runSteps = 0;
    this.commit(this.stage, true);
    this.stageIndex++;
    if (this.stage === 'finished' && !this.rules.manualUfdf) {
      this.settings = { ...this.settings, diavolumes: RECIPE_DIAVOLUMES };
      this.commit('ufdf', false);
    }
  }

  isAvailable(action: PurifyAction): boolean {
    if (this.isFinished || this.running) return false;
    const stage = this.stage;
    switch (action.type) {
      case 'choose':
        return (stage === 'clarify' && (CLARIFICATION_IDS as readonly string[]).includes(action.option)) || (stage === 'wash' && (WASH_IDS as readonly string[]).includes(action.option));
      case 'adjust':
        return STAGE_SETTINGS[stage].includes(action.setting) && this.adjusted(action.setting, action.direction) !== null;
      case 'moveMarker':
        return stage === 'polish' && this.movedCut(action.marker, action.direction) !== null;
      case 'tapFraction':
        return stage === 'polish' && Number.isInteger(action.fraction) && action.fraction >= 1 && action.fraction <= FRACTION_COUNT;
      case 'run':
        return true;
    }
  }

  perform(action: PurifyAction): boolean {
    if (!this.isAvailable(action)) return false;
    switch (action.type) {
      case 'choose':
        this.settings = this.stage === 'clarify' ? { ...this.settings, clarification: action.option as ClarificationId } : { ...this.settings, wash: action.option as WashId };
        return true;
      case 'adjust': {
        const next = this.adjusted(action.setting, action.direction);
        if (next) this.settings = next;
        return true;
      }
      case 'moveMarker': {
        const next = this.movedCut(action.marker, action.direction);
        if (next) this.settings = next;
        return true;
      }
      case 'tapFraction':
        this.settings = this.cutWithFraction(action.fraction);
        return true;
      case 'run':
        this.running = true;
        this.runSteps = 0;
        return true;
    }
  }

  /** The product if the current stage ran now with the current settings (the trade-off, shown live). */
  preview(): StepRecord {
    return this.outcome(this.stage, this.product, true);
  }

  snapshot(): PurifySnapshot {
    return {
      level: this.level,
      stage: this.stage,
      runProgress: this.running ? this.runSteps / RUN_STEPS : 0,
      settings: this.settings,
      product: this.product,
      harvestGrams: this.harvestGrams,
      titre: this.titre,
      dynamicBindingCapacity: this.dynamicBindingCapacity,
      fractions: this.fractions,
      history: this.history,
      stages: this.stages,
      elapsedMs: this.elapsedSteps * STEP_MS,
    };
  }

  private commit(stage: StageId, manual: boolean): void {
    const record = this.outcome(stage, this.product, manual);
    this.product = record.product;
    this.history.push(record);
  }

  /** What a stage does to the product, given the settings. Pure in (stage, product, settings). */
  private outcome(stage: StageId, product: ProductState, manual: boolean): StepRecord {
    const s = this.settings;
    const clarification = CLARIFICATION[s.clarification];
    let stepYield = 1;
    let next = product;
    switch (stage) {
      case 'clarify':
        stepYield = clarification.yield;
        break;
      case 'load': {
        const loss = flowThroughLoss(s.loadDensity, this.dynamicBindingCapacity);
        stepYield = (1 - loss) * clarification.captureFactor;
        next = { ...next, flowThroughLoss: loss, captureCycles: captureCycles(product.antibodyGrams, s.loadDensity, COLUMN_VOLUME_L) };
        break;
      }
      case 'wash': {
        const wash = WASHES[s.wash];
        stepYield = wash.yield;
        next = { ...next, hcpPpm: HCP_AFTER_CAPTURE_PPM * clarification.hcpFactor * wash.hcpFactor };
        break;
      }
      case 'elute':
        stepYield = elutionRecovery(s.elutionPH);
        next = { ...next, aggregatePct: product.aggregatePct + elutionAggregates(s.elutionPH) };
        break;
      case 'hold':
        stepYield = HOLD_YIELD;
        next = { ...next, virusLrv: virusLogReduction(s.holdPH, s.holdMinutes), aggregatePct: product.aggregatePct + holdAggregates(s.holdPH, s.holdMinutes) };
        break;
      case 'polish': {
        const cut = cutResult(this.fractions, s.cutStart, s.cutEnd);
        const purity = purityAfterCut(cut, product.hcpPpm, product.aggregatePct);
        // Yield counts all antibody kept (monomer and the aggregates that stay in the cut).
        const monomerShare = 1 - product.aggregatePct / 100;
        stepYield = POLISH_COLUMN_YIELD * (monomerShare * cut.monomerYield + (1 - monomerShare) * cut.aggregateKept);
        next = { ...next, hcpPpm: purity.hcpPpm, aggregatePct: purity.aggregatePct };
        break;
      }
      case 'ufdf':
        stepYield = ufdfYield(s.diavolumes);
        next = { ...next, bufferExchange: bufferExchange(s.diavolumes) };
        break;
      case 'finished':
        break;
    }
    return { stage, stepYield, manual, product: { ...next, antibodyGrams: product.antibodyGrams * stepYield } };
  }

  private adjusted(setting: SettingId, direction: 1 | -1): Settings | null {
    const s = this.settings;
    let next: Settings;
    switch (setting) {
      case 'load':
        next = { ...s, loadDensity: clamp(s.loadDensity + direction * LOAD_STEP, LOAD_MIN, LOAD_MAX) };
        break;
      case 'elutionPH':
        next = { ...s, elutionPH: fixed(clamp(roundTo(s.elutionPH + direction * ELUTION_PH_STEP, ELUTION_PH_STEP / 2), ELUTION_PH_MIN, ELUTION_PH_MAX)) };
        break;
      case 'holdPH':
        next = { ...s, holdPH: fixed(clamp(s.holdPH + direction * HOLD_PH_STEP, HOLD_PH_MIN, HOLD_PH_MAX)) };
        break;
      case 'holdTime': {
        const index = clamp(HOLD_MINUTES.indexOf(s.holdMinutes) + direction, 0, HOLD_MINUTES.length - 1);
        next = { ...s, holdMinutes: HOLD_MINUTES[index] ?? s.holdMinutes };
        break;
      }
      case 'diavolumes':
        next = { ...s, diavolumes: clamp(s.diavolumes + direction, DIAVOLUME_MIN, DIAVOLUME_MAX) };
        break;
    }
    return JSON.stringify(next) === JSON.stringify(s) ? null : next;
  }

  private movedCut(marker: MarkerId, direction: 1 | -1): Settings | null {
    const s = this.settings;
    if (marker === 'start') {
      const start = s.cutStart + direction;
      return start >= 1 && start <= s.cutEnd ? { ...s, cutStart: start } : null;
    }
    const end = s.cutEnd + direction;
    return end >= s.cutStart && end <= FRACTION_COUNT ? { ...s, cutEnd: end } : null;
  }

  /** A tapped fraction moves the nearer marker to it (outside the cut it widens it; inside it narrows it). */
  private cutWithFraction(fraction: number): Settings {
    const s = this.settings;
    if (fraction < s.cutStart) return { ...s, cutStart: fraction };
    if (fraction > s.cutEnd) return { ...s, cutEnd: fraction };
    return fraction - s.cutStart <= s.cutEnd - fraction ? { ...s, cutStart: fraction } : { ...s, cutEnd: fraction };
  }
}

/** Fraction of the process done, 0..1 (progress events and the step bar). */
export function processProgress(snapshot: PurifySnapshot): number {
  if (snapshot.stage === 'finished') return 1;
  const index = snapshot.stages.indexOf(snapshot.stage);
  return clamp((index + snapshot.runProgress) / snapshot.stages.length, 0, 1);
}
