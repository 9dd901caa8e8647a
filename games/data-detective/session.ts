// The run's rules between the player and the model: what each action does (flag, label, train, finish), what the
// advice line says about it, the round-1 clock (one reading per step) and the end. The view is reached through two
// functions, so this file holds no DOM and no Phaser.

import { Announcer } from '../kit/announcer';
import type { GameRun } from '../kit/gameRun';
import type { SensorId } from './constants';
import { describeCharts, describeExample, describeFlag, describeOutcome, describeRun } from './describer';
import { detectiveScores, gameProgress, type DataDetectiveModel, type TrainingVariant } from './model';
import { dataDetectiveResult } from './results';

export interface SessionView {
  announce(text: string): void;
  /** Redraws the panel from the model. */
  refresh(): void;
}

export class DataDetectiveSession {
  readonly announcer: Announcer;

  constructor(
    private readonly model: DataDetectiveModel,
    private readonly run: GameRun,
    private readonly view: SessionView,
  ) {
    this.announcer = new Announcer((text) => view.announce(text));
  }

  flag(sensor: SensorId): void {
    if (!this.run.accepting) return;
    const record = this.model.flag(sensor);
    if (record) this.announcer.say(() => describeFlag(record, this.run.sdk.t));
    this.view.refresh();
  }

  label(faulty: boolean): void {
    if (!this.run.accepting || !this.model.label(faulty)) return;
    if (this.model.currentPhase === 'experiment') this.announceRun();
    else this.announceExample();
    this.track();
    this.view.refresh();
  }

  chooseVariant(variant: TrainingVariant): void {
    if (!this.run.accepting || !this.model.train(variant)) return;
    this.announceRun();
    this.view.refresh();
  }

  /** Ends the run at once (the player chose to). */
  finish(): void {
    if (!this.run.accepting || !this.model.finish()) return;
    const { t, formatNumber } = this.run.sdk;
    this.run.progress(1);
    this.run.finish(() => dataDetectiveResult(this.model.snapshot(), t, formatNumber), 0);
    this.view.refresh();
  }

  readAloud(): void {
    const snapshot = this.model.snapshot();
    const { t, formatNumber } = this.run.sdk;
    if (snapshot.phase === 'monitoring') this.announcer.say(() => describeCharts(snapshot, t, formatNumber));
    else if (snapshot.phase === 'labelling') this.announceExample();
    else this.announceRun();
  }

  /** Round 1 only: one reading per step of Phaser's frame time; a batch that ends is announced with what became of it. */
  tick(deltaMs: number): void {
    const { model, run } = this;
    if (!run.accepting || model.currentPhase !== 'monitoring') return;
    const steps = run.clock?.advance(deltaMs) ?? 0;
    const { t } = run.sdk;
    for (let i = 0; i < steps && model.currentPhase === 'monitoring'; i++) {
      const before = model.snapshot().outcomes.length;
      model.advance();
      const snapshot = model.snapshot();
      const batch = snapshot.batches[before];
      const outcome = snapshot.outcomes[before];
      if (snapshot.outcomes.length > before && batch && outcome) {
        this.announcer.say(() => describeOutcome(batch, outcome, t) + (snapshot.phase === 'labelling' ? ` ${t('describe.round2')}` : ''));
      }
    }
    if (steps === 0) return;
    this.track();
    this.view.refresh();
  }

  private track(): void {
    this.run.progress(Math.round(gameProgress(this.model.snapshot()) * 20) / 20);
  }

  private announceExample(): void {
    const snapshot = this.model.snapshot();
    const window = snapshot.trainingWindows[snapshot.labelIndex];
    const { t, formatNumber } = this.run.sdk;
    if (window) this.announcer.say(() => describeExample(window, snapshot.labelIndex, snapshot.trainingWindows.length, t, formatNumber));
  }

  private announceRun(): void {
    const snapshot = this.model.snapshot();
    const trained = snapshot.runs.find((r) => r.variant === snapshot.currentVariant);
    const { t, formatNumber } = this.run.sdk;
    if (trained) this.announcer.say(() => describeRun(trained, detectiveScores(snapshot), t, formatNumber));
  }
}
