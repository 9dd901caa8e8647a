// The seeded incidents of hard runs: foam rising in the headspace, or a contamination scare that needs a sample sent
// to the QC lab. Pure state machines advanced once per model step; the model applies their effects.

import type { Random } from '../../common/random/seededRandom';

export type IncidentKind = 'foam' | 'contaminationScare';

/**
 * waiting: not yet happened. active: needs the player (foam rising / alarm on). sampling: the sample is at the lab.
 * resolved: handled. missed: the scare was never checked (the quality team holds the batch at harvest).
 */
export type IncidentStatus = 'waiting' | 'active' | 'sampling' | 'resolved' | 'missed';

export interface IncidentState {
  readonly kind: IncidentKind;
  readonly startHour: number;
  readonly status: IncidentStatus;
  /** Foam height in the headspace: 0 none, 1 at the exhaust filter. */
  readonly foamLevel: number;
  /** When the lab reports, for a sample that was taken. */
  readonly sampleResultHour: number | null;
}

/** Incidents start between day 4 and day 9, when the culture is dense enough for foam and a scare to matter. */
const EARLIEST_INCIDENT_HOUR = 4 * 24;
const LATEST_INCIDENT_HOUR = 9 * 24;
/** Foam rise per hour per stirring/aeration level. Tuning: full headspace in about a day at level 3. */
const FOAM_RISE_PER_LEVEL_HOUR = 0.015;
/** A scare not sampled within this many hours counts as missed. Game rule. */
const SCARE_RESPONSE_HOURS = 48;
/** A sterility check takes about half a day in the game (real rapid tests take hours to days). Tuning. */
const SAMPLE_TURNAROUND_HOURS = 12;
/** Extra death rate while foam floods the exhaust filter, 1/h. Tuning. */
const OVERFLOW_DEATH_RATE = 0.01;

export function planIncident(random: Random): IncidentState {
  return {
    kind: random.pick<IncidentKind>(['foam', 'contaminationScare']),
    startHour: random.int(EARLIEST_INCIDENT_HOUR, LATEST_INCIDENT_HOUR),
    status: 'waiting',
    foamLevel: 0,
    sampleResultHour: null,
  };
}

/** Moves the incident on by one hour of culture at the given stirring level. */
export function advanceIncident(incident: IncidentState, hour: number, oxygenLevel: number): IncidentState {
  if (incident.status === 'waiting' && hour >= incident.startHour) {
    return { ...incident, status: 'active' };
  }
  if (incident.status === 'active' && incident.kind === 'foam') {
    return { ...incident, foamLevel: Math.min(1, incident.foamLevel + FOAM_RISE_PER_LEVEL_HOUR * oxygenLevel) };
  }
  if (incident.status === 'active' && incident.kind === 'contaminationScare' && hour >= incident.startHour + SCARE_RESPONSE_HOURS) {
    return { ...incident, status: 'missed' };
  }
  if (incident.status === 'sampling' && incident.sampleResultHour !== null && hour >= incident.sampleResultHour) {
    return { ...incident, status: 'resolved' };
  }
  return incident;
}

/** Antifoam knocks the foam down and ends the foaming incident. */
export function applyAntifoam(incident: IncidentState): IncidentState | null {
  if (incident.kind !== 'foam' || incident.status !== 'active') return null;
  return { ...incident, status: 'resolved', foamLevel: 0 };
}

/** Taking a sample sends it to the QC lab; the result comes back SAMPLE_TURNAROUND_HOURS later. */
export function takeSample(incident: IncidentState, hour: number): IncidentState | null {
  if (incident.kind !== 'contaminationScare' || incident.status !== 'active') return null;
  return { ...incident, status: 'sampling', sampleResultHour: hour + SAMPLE_TURNAROUND_HOURS };
}

/** Foam above half the headspace starts blocking gas exchange; at the filter it cuts oxygen transfer to 40 %. */
export function oxygenTransferFactor(incident: IncidentState | null): number {
  if (!incident || incident.foamLevel <= 0.5) return 1;
  return 1 - 0.6 * ((incident.foamLevel - 0.5) / 0.5);
}

export function incidentDeathRate(incident: IncidentState | null): number {
  return incident && incident.foamLevel >= 1 ? OVERFLOW_DEATH_RATE : 0;
}

/** The incident is waiting for the player to act. */
export function needsAction(incident: IncidentState | null): boolean {
  return incident !== null && incident.status === 'active';
}
