// Behaviour of the Cell Therapy Race model: scheduling constraints (no suite or QC slot double-booked, no step out of
// order, no mislabelled bag accepted), the cold-chain window, the seeded events, determinism per seed, scoring, and
// a fuzz over random actions.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { CRYO_SHIPPING_DAYS, DELAYED_COURIER_EXTRA_DAYS, STEPS_PER_DAY, daysToSteps } from './constants';
import type { CellTherapyLevel } from './levels';
import { CellTherapyModel, PROCESS_STEPS, swappedLabel, veinToVeinDays, type ActionId, type CellTherapySnapshot } from './model';
import { evaluateRun, learnedKeysFor } from './scoring';

const ACTIONS: readonly ActionId[] = ['acceptBag', 'sendBagBack', 'freezeBag', 'startActivation', 'startGeneTransfer', 'startExpansion', 'extendExpansion', 'sendToQc', 'retestQc', 'ship', 'infuse'];

/** A prompt, careful operator: checks every label (sends a wrong one back), then does each patient's next step. */
function promptOperator(model: CellTherapyModel): void {
  const snapshot = model.snapshot();
  for (const patient of snapshot.patients) {
    if (patient.stage === 'reception') {
      model.perform(patient.index, patient.bagLabel === patient.code ? 'acceptBag' : 'sendBagBack');
      continue;
    }
    const action = model.primaryAction(patient.index);
    if (action && model.canPerform(patient.index, action)) model.perform(patient.index, action);
  }
}

function run(level: CellTherapyLevel, seed: number, operator: (model: CellTherapyModel) => void): CellTherapyModel {
  const model = new CellTherapyModel({ level, random: createRandom(seed) });
  while (!model.isFinished) {
    operator(model);
    model.advance();
    checkInvariants(model.snapshot());
  }
  return model;
}

/** The scheduling rules that must hold after every step, whatever the player did. */
function checkInvariants(snapshot: CellTherapySnapshot): void {
  const inSuites = snapshot.suites.filter((patient) => patient !== null);
  expect(new Set(inSuites).size).toBe(inSuites.length);
  const inQc = snapshot.qcSlots.filter((patient) => patient !== null);
  expect(new Set(inQc).size).toBe(inQc.length);
  for (const patient of snapshot.patients) {
    // Each suite holds at most one patient, and the patient knows which one.
    if (patient.suite !== null) expect(snapshot.suites[patient.suite]).toBe(patient.index);
    if (patient.qcSlot !== null) expect(snapshot.qcSlots[patient.qcSlot]).toBe(patient.index);
    // Completed steps are always a prefix of the process, in order.
    expect(patient.completedSteps).toEqual(PROCESS_STEPS.slice(0, patient.completedSteps.length));
  }
  expect(snapshot.identityMixUps).toBe(0);
}

function modelAt(level: CellTherapyLevel, seed = 1): CellTherapyModel {
  return new CellTherapyModel({ level, random: createRandom(seed) });
}

function advanceUntil(model: CellTherapyModel, done: (snapshot: CellTherapySnapshot) => boolean, limit = 400): void {
  for (let i = 0; i < limit && !done(model.snapshot()); i++) model.advance();
}

describe('a prompt, careful operator', () => {
  for (const level of ['easy', 'normal', 'hard'] as const) {
    for (const seed of [1, 7, 42]) {
      it(`treats every patient, with vein-to-vein times in a realistic range (${level}, seed ${seed})`, () => {
        const snapshot = run(level, seed, promptOperator).snapshot();
        const evaluation = evaluateRun(snapshot);
        expect(evaluation.treated).toBe(snapshot.patients.length);
        expect(evaluation.identityAlarms).toBe(0);
        for (const days of evaluation.veinToVein) {
          // Collection to release is 16 days, plus 3 days of conditioning: never faster than 19 days.
          expect(days).toBeGreaterThanOrEqual(19);
          expect(days).toBeLessThan(50);
        }
        expect(evaluation.stars).toBeGreaterThanOrEqual(2);
        // Mean vein-to-vein near the real medians: about 22 days on easy, 26-30 on normal and hard.
        expect(evaluation.meanDays ?? 99).toBeLessThanOrEqual(level === 'easy' ? 23 : 31);
        for (const patient of snapshot.patients) expect(patient.completedSteps).toEqual([...PROCESS_STEPS]);
      });
    }
  }

  it('is deterministic: the same seed and the same actions give the same run', () => {
    expect(run('hard', 99, promptOperator).snapshot()).toEqual(run('hard', 99, promptOperator).snapshot());
    expect(modelAt('hard', 1).snapshot().patients.map((p) => p.code)).not.toEqual(modelAt('hard', 2).snapshot().patients.map((p) => p.code));
  });
});

describe('scheduling constraints', () => {
  it('never books a suite twice: a third ready patient waits until a suite is free', () => {
    const model = modelAt('easy');
    // Accept and start everyone as soon as possible, but never finish their suite work.
    for (let i = 0; i < 60; i++) {
      for (const patient of model.snapshot().patients) {
        if (patient.stage === 'reception' && patient.bagLabel === patient.code) model.perform(patient.index, 'acceptBag');
        if (patient.stage === 'reception' && patient.bagLabel !== patient.code) model.perform(patient.index, 'sendBagBack');
        if (patient.stage === 'accepted' && model.canPerform(patient.index, 'startActivation')) model.perform(patient.index, 'startActivation');
        if (patient.stage === 'accepted' && !model.canPerform(patient.index, 'startActivation')) model.perform(patient.index, 'freezeBag');
      }
      model.advance();
    }
    const snapshot = model.snapshot();
    expect(snapshot.suites.every((suite) => suite !== null)).toBe(true);
    const waiting = snapshot.patients.find((patient) => patient.stage === 'frozen');
    expect(waiting).toBeDefined();
    expect(model.canPerform(waiting?.index ?? -1, 'startActivation')).toBe(false);
    expect(model.perform(waiting?.index ?? -1, 'startActivation')).toBe(false);
  });

  it('refuses every step out of order', () => {
    const model = modelAt('easy');
    advanceUntil(model, (s) => s.patients[0]?.stage === 'reception');
    for (const action of ['startGeneTransfer', 'startExpansion', 'sendToQc', 'ship', 'infuse', 'startActivation'] as const) {
      expect(model.perform(0, action)).toBe(false);
    }
    expect(model.perform(0, 'acceptBag')).toBe(true);
    expect(model.perform(0, 'startExpansion')).toBe(false);
    expect(model.perform(0, 'startActivation')).toBe(true);
    expect(model.perform(0, 'startGeneTransfer')).toBe(false);
    advanceUntil(model, (s) => s.patients[0]?.stage === 'readyGeneTransfer');
    expect(model.perform(0, 'sendToQc')).toBe(false);
    expect(model.perform(0, 'startGeneTransfer')).toBe(true);
    expect(model.snapshot().patients[0]?.completedSteps).toEqual(['collection', 'activation']);
  });

  it('never accepts a mislabelled bag: the barcode check refuses it and counts an identity alarm', () => {
    const model = modelAt('normal', 3);
    const target = model.snapshot().patients.find((patient) => patient.pendingEvents.includes('mislabelledBag'));
    expect(target).toBeDefined();
    const index = target?.index ?? -1;
    advanceUntil(model, (s) => s.patients[index]?.stage === 'reception');
    const patient = model.snapshot().patients[index];
    expect(patient?.bagLabel).toBe(swappedLabel(patient?.code ?? ''));
    expect(patient?.bagLabel).not.toBe(patient?.code);
    expect(model.perform(index, 'acceptBag')).toBe(false);
    expect(model.perform(index, 'acceptBag')).toBe(false);
    const after = model.snapshot();
    expect(after.identityAlarms).toBe(2);
    expect(after.patients[index]?.stage).toBe('reception');
    expect(after.identityMixUps).toBe(0);
    // Sent back, relabelled by the hospital, it comes back right and is accepted.
    expect(model.perform(index, 'sendBagBack')).toBe(true);
    advanceUntil(model, (s) => s.patients[index]?.stage === 'reception');
    expect(model.snapshot().patients[index]?.bagLabel).toBe(patient?.code);
    expect(model.perform(index, 'acceptBag')).toBe(true);
  });

  it('lets a fresh bag expire after its cold-chain window, and books a new collection', () => {
    const model = modelAt('easy', 5);
    advanceUntil(model, (s) => s.patients[0]?.stage === 'reception');
    const arrival = model.currentStep;
    advanceUntil(model, (s) => s.patients[0]?.stage !== 'reception');
    expect(model.currentStep - arrival).toBe(daysToSteps(2));
    const snapshot = model.snapshot();
    expect(snapshot.patients[0]?.stage).toBe('awaitingCollection');
    expect(snapshot.expiredBags).toBe(1);
  });

  it('keeps a frozen bag as long as needed, with one extra day to thaw it', () => {
    const model = modelAt('easy', 5);
    advanceUntil(model, (s) => s.patients[0]?.stage === 'reception');
    model.perform(0, 'acceptBag');
    expect(model.perform(0, 'freezeBag')).toBe(true);
    for (let i = 0; i < 40; i++) model.advance();
    expect(model.snapshot().patients[0]?.stage).toBe('frozen');
    model.perform(0, 'startActivation');
    const started = model.currentStep;
    advanceUntil(model, (s) => s.patients[0]?.stage === 'readyGeneTransfer');
    expect(model.currentStep - started).toBe(daysToSteps(2));
  });
});

describe('seeded events', () => {
  it('hands the same events to the same patients for a seed, one event per patient', () => {
    const events = (seed: number) => modelAt('hard', seed).snapshot().patients.map((p) => p.pendingEvents.join('+'));
    expect(events(11)).toEqual(events(11));
    for (const list of events(11)) expect(list.split('+').filter(Boolean).length).toBe(1);
    expect(modelAt('hard', 11).snapshot().patients[0]?.pendingEvents).not.toContain('mislabelledBag');
  });

  it('a failed expansion keeps the cells in their suite until the player extends it', () => {
    const model = run('normal', 8, promptOperator);
    const log = model.snapshot().log;
    const low = log.find((entry) => entry.kind === 'expansionLow');
    expect(low).toBeDefined();
    const patient = model.snapshot().patients[low?.patient ?? -1];
    expect(patient?.timeline.filter((bar) => bar.step === 'expansion')).toHaveLength(2);
  });

  it('an out-of-specification QC result needs a retest before release', () => {
    const model = run('normal', 8, promptOperator);
    const oos = model.snapshot().log.find((entry) => entry.kind === 'qcOutOfSpec');
    expect(oos).toBeDefined();
    const patient = model.snapshot().patients[oos?.patient ?? -1];
    expect(patient?.timeline.filter((bar) => bar.step === 'qc')).toHaveLength(2);
  });

  it('a delayed courier adds three days to the cryo-shipping', () => {
    const snapshot = run('easy', 4, promptOperator).snapshot();
    const delayed = snapshot.patients.find((patient) => patient.eventsSeen.includes('delayedCourier'));
    const normal = snapshot.patients.find((patient) => !patient.eventsSeen.includes('delayedCourier'));
    const shippingDays = (bars: typeof snapshot.patients[number]['timeline']) => {
      const bar = bars.find((b) => b.step === 'shipping');
      return bar && bar.to !== null ? (bar.to - bar.from) / STEPS_PER_DAY : NaN;
    };
    expect(shippingDays(delayed?.timeline ?? [])).toBe(CRYO_SHIPPING_DAYS + DELAYED_COURIER_EXTRA_DAYS);
    expect(shippingDays(normal?.timeline ?? [])).toBe(CRYO_SHIPPING_DAYS);
  });
});

describe('scoring', () => {
  const base = modelAt('easy').snapshot();
  const withDays = (days: (number | null)[], alarms = 0): CellTherapySnapshot => ({
    ...base,
    identityAlarms: alarms,
    patients: base.patients.map((patient, i) => {
      const d = days[i] ?? null;
      return { ...patient, firstCollectionAt: 0, infusedAt: d === null ? null : d * STEPS_PER_DAY };
    }),
  });

  it('computes vein-to-vein days, the mean and stars against the real medians', () => {
    const fast = evaluateRun(withDays([20, 24, 26]));
    expect(fast.veinToVein).toEqual([20, 24, 26]);
    expect(fast.meanDays).toBeCloseTo(70 / 3);
    expect(fast.stars).toBe(3);
    expect(fast.fasterThanBestMedian).toBe(3);
    expect(fast.score).toBe(300 + Math.round((48.4 - 20 + 48.4 - 24 + 48.4 - 26) * 10));
    expect(evaluateRun(withDays([29, 30, 31])).stars).toBe(3);
    expect(evaluateRun(withDays([30, 35, 40])).stars).toBe(2);
    expect(evaluateRun(withDays([40, 45, 50])).stars).toBe(1);
    expect(evaluateRun(withDays([20, 20, null])).stars).toBe(1);
    expect(evaluateRun(withDays([null, null, null])).stars).toBe(0);
  });

  it('never gives three stars after an identity alarm, and costs points for it', () => {
    const clean = evaluateRun(withDays([20, 24, 26]));
    const alarmed = evaluateRun(withDays([20, 24, 26], 1));
    expect(alarmed.stars).toBe(2);
    expect(alarmed.score).toBe(clean.score - 50);
    expect(learnedKeysFor(withDays([20, 24, 26], 1), alarmed)).toContain('learned.identity');
  });

  it('veinToVeinDays is null until infusion', () => {
    expect(veinToVeinDays(base.patients[0] ?? ({} as never))).toBeNull();
  });
});

describe('fuzz', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`random actions never break a scheduling rule (seed ${seed})`, () => {
      const random = createRandom(seed * 31);
      run(seed % 2 ? 'hard' : 'normal', seed, (model) => {
        for (let i = 0; i < 3; i++) model.perform(random.int(-1, 5), random.pick(ACTIONS));
      });
    });
  }
});
