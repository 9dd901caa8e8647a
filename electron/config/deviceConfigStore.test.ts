import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultDeviceConfig } from '../../common/config/deviceConfig';
import { brokenCopyPath, loadDeviceConfig, saveDeviceConfig } from './deviceConfigStore';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'biotech-config-'));
  file = path.join(dir, 'config.json');
});

describe('device config store', () => {
  it('starts with defaults and no problem when there is no file', async () => {
    const state = await loadDeviceConfig(file);
    expect(state).toEqual({ config: defaultDeviceConfig(), problems: [], deviceTokenAtRest: 'none' });
  });

  it('round-trips a saved config', async () => {
    const config = { ...defaultDeviceConfig('event'), siteLabel: 'Salon SIEP Mons', enabledLanguages: ['fr', 'nl'] as const };
    await saveDeviceConfig(file, { ...config, enabledLanguages: [...config.enabledLanguages] });
    const state = await loadDeviceConfig(file);
    expect(state.problems).toEqual([]);
    expect(state.config.siteLabel).toBe('Salon SIEP Mons');
    expect(state.config.mode).toBe('event');
  });

  it('survives a file that is not JSON: defaults, a problem, and the broken file kept', async () => {
    writeFileSync(file, '{ "mode": "kiosk", ');
    const state = await loadDeviceConfig(file);
    expect(state.config).toEqual(defaultDeviceConfig());
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]?.code).toBe('unreadable');
    expect(readFileSync(brokenCopyPath(file, '{ "mode": "kiosk", '), 'utf8')).toBe('{ "mode": "kiosk", ');
    expect(readFileSync(file, 'utf8')).toBe('{ "mode": "kiosk", ');
  });

  it('keeps valid fields, defaults the bad one and names it', async () => {
    writeFileSync(file, JSON.stringify({ mode: 'classroom', siteLabel: 'École A', idleTimeoutSeconds: 'soon' }));
    const state = await loadDeviceConfig(file);
    expect(state.config.mode).toBe('classroom');
    expect(state.config.siteLabel).toBe('École A');
    expect(state.config.idleTimeoutSeconds).toBeNull();
    expect(state.problems.map((p) => [p.code, p.field])).toEqual([['invalid-field', 'idleTimeoutSeconds']]);
  });

  it('does not pile up copies of the same broken file across restarts', async () => {
    writeFileSync(file, '[1,2,3]');
    await loadDeviceConfig(file);
    await loadDeviceConfig(file);
    const copies = readdirSync(dir).filter((name) => name.includes('.broken-'));
    expect(copies).toHaveLength(1);
  });

  it('refuses to save an invalid config and leaves the file as it was', async () => {
    await saveDeviceConfig(file, defaultDeviceConfig());
    const before = readFileSync(file, 'utf8');
    await expect(saveDeviceConfig(file, { ...defaultDeviceConfig(), mode: 'party' })).rejects.toThrow(/mode/);
    await expect(
      saveDeviceConfig(file, { ...defaultDeviceConfig(), enabledLanguages: ['nl'], defaultLanguage: 'fr' }),
    ).rejects.toThrow(/defaultLanguage/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
