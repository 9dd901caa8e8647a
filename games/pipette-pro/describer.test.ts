// Pipette Pro's sentences with a fake translation that shows keys and values: the step title and question, option
// labels, what a choice did or why it was refused, the tubes beside their targets, and the full reading.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import type { FormatNumber, Translate } from '../sdk/types';
import { describeOutcome, describeStatus, formatConcentration, optionLabel, stepQuestion, stepTitle, tubeLines } from './describer';
import { PipetteModel } from './model';

const t: Translate = (key, options) => (options ? `${key}(${Object.entries(options).map(([k, v]) => `${k}=${String(v)}`).join(',')})` : key);
const formatNumber: FormatNumber = (value, digits) => value.toFixed(digits);

describe('describer', () => {
  it('writes concentrations with three significant digits at most', () => {
    expect([10000, 1000, 99.5, 10, 1, 0.1].map((v) => formatConcentration(v, formatNumber))).toEqual(['10000', '1000', '99.5', '10.0', '1.00', '0.100']);
  });

  it('asks the volume with the diluent, then the pipette with the volume chosen and each range', () => {
    const model = new PipetteModel({ level: 'easy', random: createRandom(2) });
    let s = model.snapshot();
    expect(stepTitle(s, t)).toBe('heading.setup(number=1)');
    expect(stepQuestion(s, t, formatNumber)).toContain('question.volume(diluent=900');
    expect(s.options.map((o) => optionLabel(s, o, t, formatNumber)).sort()).toEqual(['options.volume(volume=100)', 'options.volume(volume=200)', 'options.volume(volume=90)']);
    model.choose('ninth');
    s = model.snapshot();
    expect(stepQuestion(s, t, formatNumber)).toContain('volume=100');
    expect(optionLabel(s, 'p200', t, formatNumber)).toBe('options.pipette(name=P200,min=20,max=200)');
  });

  it('says why a choice was refused, and whether an accepted one was good practice', () => {
    const model = new PipetteModel({ level: 'easy', random: createRandom(2) });
    model.choose('ninth');
    const before = model.snapshot();
    expect(describeOutcome(before, 'p20', model.choose('p20'), t, formatNumber)).toBe('refused.pipetteRange(volume=100,name=P20,min=2,max=20)');
    expect(describeOutcome(before, 'p1000', model.choose('p1000'), t, formatNumber)).toBe('feedback.mistake feedback.pipette.tooBig');
    const atTip = model.snapshot();
    expect(describeOutcome(atTip, 'keepTip', model.choose('keepTip'), t, formatNumber)).toBe('refused.noTipYet');
    expect(describeOutcome(atTip, 'newTip', model.choose('newTip'), t, formatNumber)).toBe('feedback.right feedback.tip.newTip');
  });

  it('lists the tubes against their targets and reads the whole status', () => {
    const model = new PipetteModel({ level: 'easy', random: createRandom(4) });
    while (model.snapshot().tubes.length < 2) model.choose(model.rightOption());
    const s = model.snapshot();
    const lines = tubeLines(s, t, formatNumber);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^describe\.tube\(tube=1,dilution=1:10,value=10\d\d|^describe\.tube\(tube=1,dilution=1:10,value=9\d\d/);
    expect(lines[1]).toContain('target=100)');
    const status = describeStatus(s, t, formatNumber);
    expect(status).toContain('describe.setup(name=P200,volume=100)');
    expect(status).toContain('question.tip');
    expect(status).toContain('from=tube.source(tube=2)');
  });
});
