// The describer picks the right sentences for the live region: day, growth phase and the most urgent alerts.
// A fake t() returns the key (and its options), so these tests check the choice of message, not the wording.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { cultureAlerts, describeCulture, describeReadings, growthPhase } from './describer';
import type { CultureState } from './kinetics';
import { BioreactorModel, type BioreactorSnapshot } from './model';

const fakeT = (key: string, options?: Record<string, unknown>): string => (options ? `${key}${JSON.stringify(options)}` : key);
const format = (value: number, digits: number): string => value.toFixed(digits);

function snapshotWith(culture: Partial<CultureState>, extra: Partial<BioreactorSnapshot> = {}): BioreactorSnapshot {
  const base = new BioreactorModel({ level: 'normal', random: createRandom(1) }).snapshot();
  return { ...base, ...extra, culture: { ...base.culture, hour: 6 * 24, netGrowthRate: 0.025, ...culture } };
}

describe('growthPhase', () => {
  it('names the phase from the net growth rate', () => {
    const at = (hour: number, netGrowthRate: number) => growthPhase({ ...snapshotWith({}).culture, hour, netGrowthRate });
    expect(at(5, 0.03)).toBe('lag');
    expect(at(60, 0.03)).toBe('growing');
    expect(at(100, 0.01)).toBe('slowing');
    expect(at(200, 0)).toBe('steady');
    expect(at(300, -0.01)).toBe('declining');
  });
});

describe('describeCulture', () => {
  it('says the day, that cells grow fast, and to feed when glucose is low', () => {
    const text = describeCulture(snapshotWith({ glucose: 4 }), fakeT, format);
    expect(text).toBe('describe.day{"day":6,"total":14} describe.phase.growing describe.alert.glucoseLow{"viability":"97"}');
  });

  it('puts starvation first and keeps at most two alerts', () => {
    const text = describeCulture(snapshotWith({ glucose: 0, pH: 6.7, dissolvedOxygen: 5 }), fakeT, format);
    const alerts = text.split(' ').filter((part) => part.startsWith('describe.alert.'));
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toMatch(/^describe\.alert\.glucoseEmpty/);
    expect(alerts[1]).toMatch(/^describe\.alert\.acidic/);
  });

  it('reports the temperature shift while the vessel cools', () => {
    const text = describeCulture(snapshotWith({ temperature: 35 }, { temperatureSetpoint: 33 }), fakeT, format);
    expect(text).toContain('describe.cooling');
    expect(text).not.toContain('describe.phase');
  });

  it('passes the viability percentage to the warning', () => {
    const text = describeCulture(snapshotWith({ viableCellDensity: 6e6, deadCellDensity: 4e6, glucose: 20 }), fakeT, format);
    expect(text).toContain('describe.alert.viabilityLow{"viability":"60"}');
  });
});

describe('cultureAlerts', () => {
  it('warns about pH and oxygen only when the player controls them', () => {
    const culture = { pH: 7.5, dissolvedOxygen: 10, glucose: 20 };
    expect(cultureAlerts(snapshotWith(culture))).toEqual(['basic', 'oxygenLow']);
    expect(cultureAlerts(snapshotWith(culture, { level: 'easy' }))).toEqual([]);
  });

  it('announces an active incident and the lab result', () => {
    const scare = { kind: 'contaminationScare', startHour: 100, status: 'active', foamLevel: 0, sampleResultHour: null } as const;
    expect(cultureAlerts(snapshotWith({ glucose: 20 }, { incident: scare }))).toEqual(['contamination']);
    const foam = { ...scare, kind: 'foam' } as const;
    expect(cultureAlerts(snapshotWith({ glucose: 20 }, { incident: foam }))).toEqual(['foam']);
    const clear = { ...scare, status: 'resolved', sampleResultHour: 6 * 24 - 2 } as const;
    expect(cultureAlerts(snapshotWith({ glucose: 20 }, { incident: clear }))).toEqual(['sampleClear']);
  });

  it('suggests harvesting on the last day and warns against overfeeding', () => {
    expect(cultureAlerts(snapshotWith({ hour: 13 * 24 + 2, glucose: 20 }))).toEqual(['harvestSoon']);
    expect(cultureAlerts(snapshotWith({ glucose: 70 }))).toEqual(['glucoseHigh']);
  });
});

describe('describeReadings', () => {
  it('formats every key figure in its usual unit', () => {
    const culture = snapshotWith({ viableCellDensity: 12.34e6, deadCellDensity: 0, glucose: 15.26, titre: 2.345 }).culture;
    const text = describeReadings(culture, fakeT, format);
    expect(text).toContain('"cells":"12.3"');
    expect(text).toContain('"viability":"100"');
    expect(text).toContain('"glucose":"15.3"');
    expect(text).toContain('"titre":"2.35"');
  });
});
