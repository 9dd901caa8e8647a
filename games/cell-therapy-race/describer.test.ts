// The describer picks the right sentences: card status with time left, the news worth announcing, the full status
// reading, and who needs the player first. A fake t() returns the key and its options, so these tests check the
// choice of message, not the wording.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { daysToSteps } from './constants';
import { daysLeft, describeNews, describeStatus, patientStatus, patientsNeedingAction, spellCode } from './describer';
import { CellTherapyModel, type CellTherapySnapshot } from './model';

const fakeT = (key: string, options?: Record<string, unknown>): string => (options ? `${key}${JSON.stringify(options)}` : key);
const format = (value: number, digits: number): string => value.toFixed(digits);

function modelWithBag(seed = 2): CellTherapyModel {
  const model = new CellTherapyModel({ level: 'easy', random: createRandom(seed) });
  while (model.snapshot().patients[0]?.stage !== 'reception') model.advance();
  return model;
}

describe('patientStatus', () => {
  it('says a fresh bag waits and how long it stays fresh', () => {
    const snapshot = modelWithBag().snapshot();
    const patient = snapshot.patients[0];
    expect(patient && patientStatus(patient, snapshot, fakeT)).toBe('stage.reception status.freshLeft{"days":2}');
  });

  it('counts the days left of a running step, rounded up', () => {
    const model = modelWithBag();
    model.perform(0, 'acceptBag');
    model.perform(0, 'startActivation');
    model.advance();
    const snapshot = model.snapshot();
    const patient = snapshot.patients[0];
    expect(patient && daysLeft(patient, snapshot.step)).toBe(1);
    expect(patient && patientStatus(patient, snapshot, fakeT)).toBe('stage.activation status.daysLeft{"days":1}');
  });

  it('shows conditioning until the patient can be infused', () => {
    const base = modelWithBag().snapshot();
    const patient = { ...(base.patients[0] as CellTherapySnapshot['patients'][number]), stage: 'atHospital' as const, endsAt: null, shippedAt: base.step };
    expect(patientStatus(patient, base, fakeT)).toBe('stage.conditioning');
    expect(patientStatus(patient, { ...base, step: base.step + daysToSteps(3) }, fakeT)).toBe('stage.atHospital');
  });
});

describe('describeNews', () => {
  it('announces the bag arrival with code and label, but not routine step starts', () => {
    const model = modelWithBag();
    const snapshot = model.snapshot();
    const text = describeNews(snapshot.log, snapshot, fakeT);
    expect(text).toContain('log.bagArrived');
    expect(text).toContain(`"code":"${snapshot.patients[0]?.code}"`);
    expect(text).not.toContain('log.collected');
  });
});

describe('describeStatus', () => {
  it('gives the day, free resources and every patient with a spelled-out code', () => {
    const snapshot = modelWithBag().snapshot();
    const text = describeStatus(snapshot, fakeT, format);
    expect(text).toContain('describe.day{"day":1}');
    expect(text).toContain('describe.resources{"suites":2,"suitesTotal":2,"qc":2,"qcTotal":2}');
    expect(text).toContain(spellCode(snapshot.patients[0]?.code ?? ''));
    expect(text).toContain('describe.patientLater');
    expect(spellCode('CT-4172')).toBe('C T 4 1 7 2');
  });
});

describe('patientsNeedingAction', () => {
  it('puts fresh bags first', () => {
    const snapshot = modelWithBag().snapshot();
    expect(patientsNeedingAction(snapshot, () => true)[0]).toBe(0);
    expect(patientsNeedingAction(snapshot, (patient) => patient !== 0)).not.toContain(0);
  });
});
