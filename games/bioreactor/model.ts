// Bioreactor Balance model: a 14-day CHO fed-batch run making an antibody, advanced one simulated hour per step().
// The single source of truth for the game: the scene, the DOM controls and the describer all read snapshot().
// Pure TypeScript with an injected seeded Random, so a seed and a list of actions replay exactly.

import type { Random } from '../../common/random/seededRandom';
import {
  FEED_GLUCOSE_BOLUS,
  HOURS_PER_STEP,
  INITIAL_GLUCOSE,
  INITIAL_OXYGEN_LEVEL,
  INITIAL_PH,
  OXYGEN_LEVEL_MAX,
  OXYGEN_LEVEL_MIN,
  PH_CONTROL_DOSE,
  PH_MAX,
  PH_MIN,
  RUN_HOURS,
  SEEDING_DENSITY,
  SEEDING_VIABILITY,
  TEMPERATURE_SHIFTED,
  TEMPERATURE_STANDARD,
} from './constants';
import {
  advanceIncident,
  applyAntifoam,
  incidentDeathRate,
  oxygenTransferFactor,
  planIncident,
  takeSample,
  type IncidentState,
} from './incidents';
import { equilibriumDissolvedOxygen, oxygenTransferCoefficient, stepCulture, type CultureState } from './kinetics';
import {
  AUTO_DO_TARGET,
  AUTO_PH_HIGH,
  AUTO_PH_LOW,
  LEVEL_RULES,
  RECIPE_TEMPERATURE_SHIFT_HOUR,
  type BioreactorLevel,
  type LevelRules,
} from './levels';

export type ControlId =
  | 'feed'
  | 'temperature'
  | 'addBase'
  | 'spargeCO2'
  | 'moreOxygen'
  | 'lessOxygen'
  | 'antifoam'
  | 'sample'
  | 'harvest';

/** One point of the run's chart, recorded after every step. */
export interface HistoryPoint {
  readonly hour: number;
  readonly viableCellDensity: number;
  readonly titre: number;
}

export interface ActionCounts {
  readonly feeds: number;
  readonly baseDoses: number;
  readonly co2Sparges: number;
  readonly oxygenChanges: number;
}

export interface BioreactorSnapshot {
  readonly level: BioreactorLevel;
  readonly culture: CultureState;
  readonly temperatureSetpoint: number;
  readonly oxygenLevel: number;
  readonly incident: IncidentState | null;
  readonly history: readonly HistoryPoint[];
  readonly actions: ActionCounts;
  /** Hour at which the culture was harvested, or null while it runs. */
  readonly harvestHour: number | null;
  /** Hour at which the temperature was first shifted down, or null. */
  readonly temperatureShiftHour: number | null;
}

export interface BioreactorModelOptions {
  readonly level: BioreactorLevel;
  readonly random: Random;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

export class BioreactorModel {
  readonly level: BioreactorLevel;
  readonly rules: LevelRules;
  private culture: CultureState;
  private temperatureSetpoint = TEMPERATURE_STANDARD;
  private oxygenLevel = INITIAL_OXYGEN_LEVEL;
  private incident: IncidentState | null;
  private readonly history: HistoryPoint[] = [];
  private actions: ActionCounts = { feeds: 0, baseDoses: 0, co2Sparges: 0, oxygenChanges: 0 };
  private harvestHour: number | null = null;
  private temperatureShiftHour: number | null = null;
  /** Seeded cell-line variability: no two runs grow exactly alike, but a seed always gives the same run. */
  private readonly growthVariability: number;
  private readonly productivityVariability: number;

  constructor(options: BioreactorModelOptions) {
    this.level = options.level;
    this.rules = LEVEL_RULES[options.level];
    this.growthVariability = clamp(1 + 0.03 * options.random.normal(), 0.92, 1.08);
    this.productivityVariability = clamp(1 + 0.03 * options.random.normal(), 0.92, 1.08);
    this.incident = this.rules.incident ? planIncident(options.random) : null;
    const viable = SEEDING_DENSITY;
    this.culture = {
      hour: 0,
      viableCellDensity: viable,
      deadCellDensity: (viable * (1 - SEEDING_VIABILITY)) / SEEDING_VIABILITY,
      glucose: INITIAL_GLUCOSE,
      lactate: 0,
      ammonium: 0,
      titre: 0,
      pH: INITIAL_PH,
      dissolvedOxygen: equilibriumDissolvedOxygen(viable, oxygenTransferCoefficient(INITIAL_OXYGEN_LEVEL)),
      temperature: TEMPERATURE_STANDARD,
      netGrowthRate: 0,
    };
    this.recordHistory();
  }

  get isHarvested(): boolean {
    return this.harvestHour !== null;
  }

  get isFinished(): boolean {
    return this.isHarvested;
  }

  /** Advances one simulated hour; harvests automatically at the end of day 14. Does nothing after harvest. */
  step(): void {
    if (this.isHarvested) return;
    this.runAutomaticControllers();
    const incident = this.incident;
    this.culture = stepCulture(
      this.culture,
      {
        temperatureSetpoint: this.temperatureSetpoint,
        oxygenLevel: this.oxygenLevel,
        oxygenTransferFactor: oxygenTransferFactor(incident),
        extraDeathRate: incidentDeathRate(incident),
        growthVariability: this.growthVariability,
        productivityVariability: this.productivityVariability,
      },
      HOURS_PER_STEP,
    );
    if (incident) this.incident = advanceIncident(incident, this.culture.hour, this.oxygenLevel);
    this.recordHistory();
    if (this.culture.hour >= RUN_HOURS) this.harvestHour = this.culture.hour;
  }

  /** Whether a control is offered in this level and makes sense right now. */
  isAvailable(control: ControlId): boolean {
    if (this.isHarvested) return false;
    switch (control) {
      case 'feed':
      case 'harvest':
        return true;
      case 'temperature':
        return this.rules.manualTemperature;
      case 'addBase':
        return this.rules.manualPH && this.culture.pH < PH_MAX;
      case 'spargeCO2':
        return this.rules.manualPH && this.culture.pH > PH_MIN;
      case 'moreOxygen':
        return this.rules.manualOxygen && this.oxygenLevel < OXYGEN_LEVEL_MAX;
      case 'lessOxygen':
        return this.rules.manualOxygen && this.oxygenLevel > OXYGEN_LEVEL_MIN;
      case 'antifoam':
        return this.incident?.kind === 'foam' && this.incident.status === 'active';
      case 'sample':
        return this.incident?.kind === 'contaminationScare' && this.incident.status === 'active';
    }
  }

  /** Controls this level offers at all (the DOM panel shows these; unavailable ones are disabled). */
  offeredControls(): readonly ControlId[] {
    const offered: ControlId[] = ['feed'];
    if (this.rules.manualTemperature) offered.push('temperature');
    if (this.rules.manualPH) offered.push('addBase', 'spargeCO2');
    if (this.rules.manualOxygen) offered.push('lessOxygen', 'moreOxygen');
    if (this.incident?.kind === 'foam') offered.push('antifoam');
    if (this.incident?.kind === 'contaminationScare') offered.push('sample');
    offered.push('harvest');
    return offered;
  }

  /** Performs a player action; returns false (and changes nothing) when it is not available. */
  perform(control: ControlId): boolean {
    if (!this.isAvailable(control)) return false;
    switch (control) {
      case 'feed':
        this.feed();
        break;
      case 'temperature':
        this.setTemperatureSetpoint(this.temperatureSetpoint === TEMPERATURE_STANDARD ? TEMPERATURE_SHIFTED : TEMPERATURE_STANDARD);
        break;
      case 'addBase':
        this.dosePH(+1);
        break;
      case 'spargeCO2':
        this.dosePH(-1);
        break;
      case 'moreOxygen':
        this.changeOxygenLevel(+1);
        break;
      case 'lessOxygen':
        this.changeOxygenLevel(-1);
        break;
      case 'antifoam':
        this.incident = this.incident ? (applyAntifoam(this.incident) ?? this.incident) : null;
        break;
      case 'sample':
        this.incident = this.incident ? (takeSample(this.incident, this.culture.hour) ?? this.incident) : null;
        break;
      case 'harvest':
        this.harvestHour = this.culture.hour;
        break;
    }
    return true;
  }

  snapshot(): BioreactorSnapshot {
    return {
      level: this.level,
      culture: this.culture,
      temperatureSetpoint: this.temperatureSetpoint,
      oxygenLevel: this.oxygenLevel,
      incident: this.incident,
      history: this.history,
      actions: this.actions,
      harvestHour: this.harvestHour,
      temperatureShiftHour: this.temperatureShiftHour,
    };
  }

  private feed(): void {
    this.culture = { ...this.culture, glucose: this.culture.glucose + FEED_GLUCOSE_BOLUS };
    this.actions = { ...this.actions, feeds: this.actions.feeds + 1 };
  }

  private setTemperatureSetpoint(setpoint: number): void {
    this.temperatureSetpoint = setpoint;
    if (setpoint < TEMPERATURE_STANDARD && this.temperatureShiftHour === null) this.temperatureShiftHour = this.culture.hour;
  }

  /** +1: a dose of base raises the pH; -1: a CO2 sparge lowers it (CO2 dissolves as carbonic acid). */
  private dosePH(direction: 1 | -1): void {
    this.culture = { ...this.culture, pH: clamp(this.culture.pH + direction * PH_CONTROL_DOSE, PH_MIN, PH_MAX) };
    this.actions =
      direction > 0
        ? { ...this.actions, baseDoses: this.actions.baseDoses + 1 }
        : { ...this.actions, co2Sparges: this.actions.co2Sparges + 1 };
  }

  private changeOxygenLevel(direction: 1 | -1): void {
    this.oxygenLevel = clamp(this.oxygenLevel + direction, OXYGEN_LEVEL_MIN, OXYGEN_LEVEL_MAX);
    this.actions = { ...this.actions, oxygenChanges: this.actions.oxygenChanges + 1 };
  }

  /** Easy runs: the control system doses pH, sets the stirring and follows the temperature recipe. */
  private runAutomaticControllers(): void {
    if (!this.rules.manualPH) {
      if (this.culture.pH < AUTO_PH_LOW) this.dosePH(+1);
      else if (this.culture.pH > AUTO_PH_HIGH) this.dosePH(-1);
    }
    if (!this.rules.manualOxygen) {
      const transfer = oxygenTransferFactor(this.incident);
      let level = OXYGEN_LEVEL_MIN;
      while (
        level < OXYGEN_LEVEL_MAX &&
        equilibriumDissolvedOxygen(this.culture.viableCellDensity * 1.05, oxygenTransferCoefficient(level, transfer)) < AUTO_DO_TARGET
      ) {
        level++;
      }
      this.oxygenLevel = level;
    }
    if (!this.rules.manualTemperature && this.culture.hour >= RECIPE_TEMPERATURE_SHIFT_HOUR && this.temperatureShiftHour === null) {
      this.setTemperatureSetpoint(TEMPERATURE_SHIFTED);
    }
  }

  private recordHistory(): void {
    this.history.push({ hour: this.culture.hour, viableCellDensity: this.culture.viableCellDensity, titre: this.culture.titre });
  }
}

/** Fraction of cells alive, 0..1. */
export function viability(culture: CultureState): number {
  const total = culture.viableCellDensity + culture.deadCellDensity;
  return total > 0 ? culture.viableCellDensity / total : 0;
}

/** Culture day, starting at day 0 on inoculation (the industry convention). */
export function cultureDay(culture: CultureState): number {
  return Math.floor(culture.hour / 24);
}

export function peakViableCellDensity(history: readonly HistoryPoint[]): number {
  return history.reduce((peak, point) => Math.max(peak, point.viableCellDensity), 0);
}

/** Fraction of the 14-day run done, 0..1 (for progress events and the day bar). */
export function runProgress(culture: CultureState): number {
  return clamp(culture.hour / RUN_HOURS, 0, 1);
}
