// The culture's rate laws and one-hour integration step: Monod growth on glucose with lactate and ammonium inhibition,
// pH, temperature and dissolved-oxygen factors, death, lactate and ammonium formation, antibody production.
// Pure functions of plain data: the model (model.ts) owns the state and the player's actions.

import {
  AMMONIUM_PER_NEW_CELL,
  DEATH_FACTOR_AT_SHIFTED,
  BASAL_DEATH_FLOOR,
  DEATH_RATE,
  DO_LIMITING,
  GLUCOSE_MAINTENANCE,
  GLUCOSE_OSMOTIC_LIMIT,
  GROWTH_FACTOR_AT_SHIFTED,
  HYPOXIA_DEATH_RATE,
  K_GLUCOSE,
  K_LACTATE_UPTAKE,
  K_STARVATION,
  LYSIS_RATE,
  KI_AMMONIUM,
  KI_LACTATE,
  KLA_BY_OXYGEN_LEVEL,
  LACTATE_SHIFT_GROWTH_RATE,
  LACTATE_UPTAKE_MAX,
  MU_MAX,
  OXYGEN_UPTAKE_PER_MILLION_CELLS,
  PH_DROP_PER_LACTATE,
  PH_MAX,
  PH_MIN,
  PH_OPTIMUM_HIGH,
  PH_OPTIMUM_LOW,
  PH_RISE_PER_AERATION_LEVEL,
  PH_STRESS_DEATH_RATE,
  PH_TOLERANCE_WIDTH,
  PRODUCTIVITY_FACTOR_AT_SHIFTED,
  SHEAR_DEATH_RATE_BY_OXYGEN_LEVEL,
  SPECIFIC_PRODUCTIVITY,
  STARVATION_DEATH_RATE,
  SUBSTEPS_PER_HOUR,
  TEMPERATURE_RAMP_PER_HOUR,
  TEMPERATURE_SHIFTED,
  TEMPERATURE_STANDARD,
  YIELD_CELLS_PER_GLUCOSE,
  YIELD_LACTATE_PER_GLUCOSE,
} from './constants';

/** What is in the vessel. Densities in cells/mL, concentrations in mM, titre in g/L, DO in % air saturation. */
export interface CultureState {
  readonly hour: number;
  readonly viableCellDensity: number;
  readonly deadCellDensity: number;
  readonly glucose: number;
  readonly lactate: number;
  readonly ammonium: number;
  readonly titre: number;
  readonly pH: number;
  readonly dissolvedOxygen: number;
  readonly temperature: number;
  /** Net specific growth rate (growth minus death) over the last step, 1/h: tells growth from decline. */
  readonly netGrowthRate: number;
}

/** What the operator (or the automatic controllers) set for the coming hour. */
export interface CultureConditions {
  readonly temperatureSetpoint: number;
  /** Stirring and aeration level, 1..5. */
  readonly oxygenLevel: number;
  /** Fraction of the normal oxygen transfer that still works (foam blocking the headspace lowers it), 0..1. */
  readonly oxygenTransferFactor: number;
  /** Extra death rate from an incident (overflowing foam), 1/h. */
  readonly extraDeathRate: number;
  /** This run's cell line: growth and productivity multipliers near 1 (seeded biological variability). */
  readonly growthVariability: number;
  readonly productivityVariability: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** 0 at 37 C, 1 at 33 C: how far the temperature shift has gone. */
export function temperatureShiftFraction(temperature: number): number {
  return clamp((TEMPERATURE_STANDARD - temperature) / (TEMPERATURE_STANDARD - TEMPERATURE_SHIFTED), 0, 1);
}

const lerp = (from: number, to: number, fraction: number): number => from + (to - from) * fraction;

export function temperatureGrowthFactor(temperature: number): number {
  return lerp(1, GROWTH_FACTOR_AT_SHIFTED, temperatureShiftFraction(temperature));
}

export function temperatureDeathFactor(temperature: number): number {
  return lerp(1, DEATH_FACTOR_AT_SHIFTED, temperatureShiftFraction(temperature));
}

export function temperatureProductivityFactor(temperature: number): number {
  return lerp(1, PRODUCTIVITY_FACTOR_AT_SHIFTED, temperatureShiftFraction(temperature));
}

/** 1 inside the pH optimum, falling as a Gaussian outside it. */
export function pHGrowthFactor(pH: number): number {
  const distance = pH < PH_OPTIMUM_LOW ? PH_OPTIMUM_LOW - pH : pH > PH_OPTIMUM_HIGH ? pH - PH_OPTIMUM_HIGH : 0;
  return Math.exp(-((distance / PH_TOLERANCE_WIDTH) ** 2));
}

/** 1 when oxygen is plentiful, proportional to DO below the limiting level. */
export function oxygenGrowthFactor(dissolvedOxygen: number): number {
  return clamp(dissolvedOxygen / DO_LIMITING, 0, 1);
}

/** Monod term for glucose times a penalty for a medium made too concentrated by overfeeding. */
export function glucoseGrowthFactor(glucose: number): number {
  const monod = glucose / (K_GLUCOSE + glucose);
  const excess = Math.max(0, glucose - GLUCOSE_OSMOTIC_LIMIT);
  return monod / (1 + excess / GLUCOSE_OSMOTIC_LIMIT);
}

/** Non-competitive inhibition KI / (KI + C), the form used with the constants of PMC5874891. */
export function inhibitionFactor(concentration: number, inhibitionConstant: number): number {
  return inhibitionConstant / (inhibitionConstant + Math.max(0, concentration));
}

export function specificGrowthRate(state: CultureState, conditions: CultureConditions): number {
  return (
    MU_MAX *
    conditions.growthVariability *
    glucoseGrowthFactor(state.glucose) *
    inhibitionFactor(state.lactate, KI_LACTATE) *
    inhibitionFactor(state.ammonium, KI_AMMONIUM) *
    pHGrowthFactor(state.pH) *
    temperatureGrowthFactor(state.temperature) *
    oxygenGrowthFactor(state.dissolvedOxygen)
  );
}

export function specificDeathRate(state: CultureState, conditions: CultureConditions): number {
  const starvation = STARVATION_DEATH_RATE * (K_STARVATION / (K_STARVATION + Math.max(0, state.glucose)));
  const pHStress = PH_STRESS_DEATH_RATE * (1 - pHGrowthFactor(state.pH));
  const hypoxia = HYPOXIA_DEATH_RATE * (1 - oxygenGrowthFactor(state.dissolvedOxygen));
  const shear = SHEAR_DEATH_RATE_BY_OXYGEN_LEVEL[oxygenLevelIndex(conditions.oxygenLevel)] ?? 0;
  // Healthy young cultures barely die; the basal rate kd is reached as ammonium and lactate build up (scaled by their
  // inhibition constants), and exceeded late in the run.
  const byproductStress =
    BASAL_DEATH_FLOOR + Math.max(0, state.ammonium) / KI_AMMONIUM + Math.max(0, state.lactate) / KI_LACTATE;
  const basal = DEATH_RATE * temperatureDeathFactor(state.temperature) * byproductStress;
  return basal + starvation + pHStress + hypoxia + shear + conditions.extraDeathRate;
}

function oxygenLevelIndex(oxygenLevel: number): number {
  return clamp(Math.round(oxygenLevel), 1, KLA_BY_OXYGEN_LEVEL.length) - 1;
}

/** Oxygen transfer coefficient kLa, 1/h, for a stirring/aeration level. */
export function oxygenTransferCoefficient(oxygenLevel: number, transferFactor = 1): number {
  return (KLA_BY_OXYGEN_LEVEL[oxygenLevelIndex(oxygenLevel)] ?? 0) * clamp(transferFactor, 0, 1);
}

/** The DO the culture settles at: supply kLa (100 - DO) equals the cells' uptake. */
export function equilibriumDissolvedOxygen(viableCellDensity: number, kLa: number): number {
  if (kLa <= 0) return 0;
  return clamp(100 - (OXYGEN_UPTAKE_PER_MILLION_CELLS * viableCellDensity) / 1e6 / kLa, 0, 100);
}

/** Advances the culture by one hour in SUBSTEPS_PER_HOUR explicit sub-steps; never returns a negative amount. */
export function stepCulture(state: CultureState, conditions: CultureConditions, hours: number): CultureState {
  const substeps = Math.max(1, Math.round(hours * SUBSTEPS_PER_HOUR));
  const dt = hours / substeps;
  const kLa = oxygenTransferCoefficient(conditions.oxygenLevel, conditions.oxygenTransferFactor);
  let current = state;
  let growthSum = 0;
  for (let i = 0; i < substeps; i++) {
    const mu = specificGrowthRate(current, conditions);
    const kd = specificDeathRate(current, conditions);
    growthSum += (mu - kd) * dt;
    const viable = current.viableCellDensity;
    const viablePerLitre = viable * 1000;

    const newCells = mu * viable * dt;
    const deadCells = Math.min(viable, kd * viable * dt);
    const viableNext = Math.max(0, viable + newCells - deadCells);

    // Glucose: growth-linked uptake (mu / yield) plus maintenance, which fades as glucose runs out.
    const growthGlucose = ((mu * viablePerLitre) / YIELD_CELLS_PER_GLUCOSE) * dt;
    const maintenanceGlucose =
      GLUCOSE_MAINTENANCE * viablePerLitre * (current.glucose / (K_GLUCOSE + current.glucose)) * dt;
    const glucoseUsed = Math.min(Math.max(0, current.glucose), growthGlucose + maintenanceGlucose);

    // Lactate: made alongside growth-linked glucose uptake; taken back up once growth slows (metabolic shift).
    const lactateMade = YIELD_LACTATE_PER_GLUCOSE * Math.min(glucoseUsed, growthGlucose);
    const shifted = clamp(1 - mu / LACTATE_SHIFT_GROWTH_RATE, 0, 1);
    const lactateTaken = Math.min(
      Math.max(0, current.lactate),
      LACTATE_UPTAKE_MAX * viablePerLitre * (current.lactate / (K_LACTATE_UPTAKE + current.lactate)) * shifted * dt,
    );

    const pHChange =
      -PH_DROP_PER_LACTATE * (lactateMade - lactateTaken) + PH_RISE_PER_AERATION_LEVEL * conditions.oxygenLevel * dt;

    // DO relaxes toward its equilibrium with time constant 1/kLa (exact for a constant uptake over the sub-step).
    const targetOxygen = equilibriumDissolvedOxygen(viable, kLa);
    const relaxation = Math.exp(-kLa * dt);
    const dissolvedOxygen = targetOxygen + (current.dissolvedOxygen - targetOxygen) * relaxation;

    const towardsSetpoint = conditions.temperatureSetpoint - current.temperature;
    const maxRamp = TEMPERATURE_RAMP_PER_HOUR * dt;

    current = {
      hour: current.hour + dt,
      viableCellDensity: viableNext,
      deadCellDensity: Math.max(0, current.deadCellDensity * (1 - LYSIS_RATE * dt) + deadCells),
      glucose: Math.max(0, current.glucose - glucoseUsed),
      lactate: Math.max(0, current.lactate + lactateMade - lactateTaken),
      ammonium: current.ammonium + AMMONIUM_PER_NEW_CELL * newCells * 1000,
      titre:
        current.titre +
        SPECIFIC_PRODUCTIVITY *
          conditions.productivityVariability *
          temperatureProductivityFactor(current.temperature) *
          viablePerLitre *
          dt,
      pH: clamp(current.pH + pHChange, PH_MIN, PH_MAX),
      dissolvedOxygen: clamp(dissolvedOxygen, 0, 100),
      temperature: current.temperature + clamp(towardsSetpoint, -maxRamp, maxRamp),
      netGrowthRate: mu - kd,
    };
  }
  return { ...current, hour: state.hour + hours, netGrowthRate: growthSum / hours };
}
