// What the advice line says as the run goes on: what happened since it last spoke (a bag arrived, a product passed
// QC), and with nothing new, now and then, which patient waits for the player and what to do for them.

import type { Announcer } from '../kit/announcer';
import type { Translate } from '../sdk/types';
import { describeLogEntry, describeNews, patientName, patientsNeedingAction } from './describer';
import type { CellTherapyModel } from './model';

/** With nothing new to say, the advice line reminds the player what waits for them at most this often. */
const HINT_INTERVAL_MS = 8000;

export class RunAdvice {
  private announcedLog = 0;
  private lastHintAt = -Infinity;

  constructor(
    private readonly model: CellTherapyModel,
    private readonly announcer: Announcer,
    private readonly t: Translate,
  ) {}

  /** Announces what happened since the last announcement; otherwise, now and then (always if forced), what waits. */
  speak(force: boolean): void {
    const { model, t } = this;
    const snapshot = model.snapshot();
    const fresh = snapshot.log.slice(this.announcedLog);
    this.announcedLog = snapshot.log.length;
    const now = performance.now();
    if (describeNews(fresh, snapshot, t)) {
      this.announcer.say(() => describeNews(fresh, snapshot, t));
      this.lastHintAt = now;
      return;
    }
    if (!force && now - this.lastHintAt < HINT_INTERVAL_MS) return;
    this.lastHintAt = now;
    const waiting = patientsNeedingAction(snapshot, (patient) => {
      const action = model.primaryAction(patient);
      return action !== null && model.canPerform(patient, action);
    });
    const first = waiting[0];
    const patient = first === undefined ? undefined : snapshot.patients[first];
    const action = first === undefined ? null : model.primaryAction(first);
    if (patient && action) this.announcer.say(() => t('describe.next', { patient: patientName(patient, t), action: t(`actions.${action}`) }));
    else if (force) this.announcer.say(() => t('describe.waitingForCells'));
  }

  /** After an action the model refused or half did: says why, or what came of it. */
  explain(patient: number, action: string, done: boolean, logBefore: number): void {
    const { t } = this;
    const snapshot = this.model.snapshot();
    if (!done && snapshot.log.length === logBefore) {
      // Not possible right now (a suite or the QC lab is busy, conditioning not over): say why.
      const patientState = snapshot.patients[patient];
      if (patientState) this.announcer.say(() => t(`refused.${action}`, { patient: patientName(patientState, t) }));
    } else if (!done) {
      const entry = snapshot.log[snapshot.log.length - 1];
      if (entry) this.announcer.say(() => describeLogEntry(entry, snapshot, t));
      this.announcedLog = snapshot.log.length;
    }
  }
}
