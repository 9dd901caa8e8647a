// Numbers with units in the four languages: the decimal sign and grouping of each, the space each puts (or not)
// between number and unit, the SI symbols the games write (mL, µL, L/min), never a breaking space, and a language
// switch mid-run taking effect at the next number.

import { describe, expect, it } from 'vitest';
import { unitFormatter } from './unitFormat';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const inLocale = (tag: string) => unitFormatter(() => tag);

describe('unitFormatter', () => {
  it('writes French numbers with a decimal comma and the French spaces before units', () => {
    const format = inLocale('fr-BE');
    expect(format(37.5, 'celsius', 1)).toBe(`37,5${NNBSP}°C`);
    expect(format(82, 'percent', 0)).toBe(`82${NBSP}%`);
    expect(format(1234.5, 'milliliter', 1)).toBe(`1${NNBSP}234,5${NBSP}mL`);
    expect(format(2.5, 'microliter', 1)).toBe(`2,5${NBSP}µL`);
    expect(format(1.5, 'liter-per-minute', 1)).toBe(`1,5${NNBSP}L/min`);
  });

  it('writes Dutch numbers with a decimal comma and no space before % and °C', () => {
    const format = inLocale('nl-BE');
    expect(format(37.5, 'celsius', 1)).toBe('37,5°C');
    expect(format(82, 'percent', 0)).toBe('82%');
    expect(format(1234.5, 'milliliter', 1)).toBe(`1.234,5${NBSP}mL`);
    expect(format(120, 'ppm', 0)).toBe(`120${NBSP}ppm`);
  });

  it('writes German numbers with a decimal comma and a space before % and °C', () => {
    const format = inLocale('de-BE');
    expect(format(37.5, 'celsius', 1)).toBe(`37,5${NBSP}°C`);
    expect(format(82, 'percent', 0)).toBe(`82${NBSP}%`);
    expect(format(4.2, 'log', 1)).toBe(`4,2${NBSP}log`);
  });

  it('writes English numbers with a decimal point, "37.5°C" and "82%"', () => {
    const format = inLocale('en-GB');
    expect(format(37.5, 'celsius', 1)).toBe('37.5°C');
    expect(format(82, 'percent', 0)).toBe('82%');
    expect(format(1234.5, 'milliliter', 1)).toBe(`1,234.5${NBSP}mL`);
    expect(format(0.25, 'microliter', 2)).toBe(`0.25${NBSP}µL`);
  });

  it('never leaves a breaking space between a number and its unit', () => {
    for (const tag of ['fr-BE', 'nl-BE', 'de-BE', 'en-GB']) {
      const format = inLocale(tag);
      for (const unit of ['celsius', 'percent', 'milliliter', 'microliter', 'liter-per-minute', 'ppm', 'log'] as const) {
        expect(format(12345.678, unit, 2)).not.toMatch(/ /);
      }
    }
  });

  it('follows a language switch at the next number', () => {
    let tag = 'en-GB';
    const format = unitFormatter(() => tag);
    expect(format(36.6, 'celsius', 1)).toBe('36.6°C');
    tag = 'fr-BE';
    expect(format(36.6, 'celsius', 1)).toBe(`36,6${NNBSP}°C`);
  });
});
