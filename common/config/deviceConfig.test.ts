import { describe, expect, it } from 'vitest';
import { defaultDeviceConfig, parseDeviceConfig, parseDeviceConfigText } from './deviceConfig';

describe('parseDeviceConfig', () => {
  it('accepts a complete valid config unchanged', () => {
    const config = { ...defaultDeviceConfig('event'), siteLabel: 'Hall A' };
    expect(parseDeviceConfig(config)).toEqual({ config, problems: [] });
  });

  it('fills missing fields from the defaults of the given mode without complaining', () => {
    const { config, problems } = parseDeviceConfig({ mode: 'classroom' });
    expect(problems).toEqual([]);
    expect(config.idleTimeoutSeconds).toBeNull();
    expect(config.defaultLanguage).toBe('fr');
  });

  it('names every bad field and ignores unknown ones', () => {
    const { config, problems } = parseDeviceConfig({
      mode: 'disco',
      siteLabel: '<script>',
      enabledLanguages: ['fr', 'xx'],
      idleTimeoutSeconds: 5,
      colour: 'red',
    });
    expect(config).toEqual(defaultDeviceConfig());
    expect(problems.map((p) => p.field).sort()).toEqual(['colour', 'enabledLanguages', 'idleTimeoutSeconds', 'mode', 'siteLabel']);
    expect(problems.find((p) => p.field === 'colour')?.code).toBe('unknown-field');
  });

  it('reads the update channel and quiet window, and says plainly what is wrong with a bad one', () => {
    const good = parseDeviceConfig({ updateChannel: 'pilot', updateQuietWindow: { from: '22:30', to: '05:00' } });
    expect(good.problems).toEqual([]);
    expect(good.config).toMatchObject({ updateChannel: 'pilot', updateQuietWindow: { from: '22:30', to: '05:00' } });
    const bad = parseDeviceConfig({ updateChannel: 'beta', updateQuietWindow: { from: '2h', to: '05:00' } });
    expect(bad.config).toMatchObject({ updateChannel: 'stable', updateQuietWindow: null });
    expect(bad.problems).toEqual([
      { code: 'invalid-field', field: 'updateChannel', detail: 'must be "stable" or "pilot"' },
      { code: 'invalid-field', field: 'updateQuietWindow', detail: 'must be a time of day as "HH:MM" (24-hour), e.g. "02:30"' },
    ]);
    expect(parseDeviceConfig({ updateQuietWindow: { from: '03:00', to: '03:00' } }).problems[0]?.detail).toBe('from and to must differ');
    expect(parseDeviceConfig({ updateQuietWindow: { from: '24:00', to: '03:00' } }).problems[0]?.field).toBe('updateQuietWindow');
  });

  it('repairs a default language that is not enabled', () => {
    const { config, problems } = parseDeviceConfig({ enabledLanguages: ['nl', 'de'], defaultLanguage: 'fr' });
    expect(config.defaultLanguage).toBe('nl');
    expect(problems).toEqual([expect.objectContaining({ field: 'defaultLanguage', code: 'invalid-field' })]);
  });

  it('treats non-objects and unreadable text as whole-file problems', () => {
    expect(parseDeviceConfig(null).problems[0]?.code).toBe('not-an-object');
    expect(parseDeviceConfig([1]).problems[0]?.code).toBe('not-an-object');
    expect(parseDeviceConfigText('nope').problems[0]?.code).toBe('unreadable');
    expect(parseDeviceConfigText('nope').config).toEqual(defaultDeviceConfig());
  });
});
