import { mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeviceConfig } from '../../common/config/deviceConfig';
import { resolveConfigFile } from './configFile';
import { createDeviceConfigStore } from './deviceConfigStore';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'biotech-configfile-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

describe('resolveConfigFile', () => {
  it('copies a read-only provisioned config into user data once, and saves then work', async () => {
    const itFolder = tempDir();
    const userData = path.join(tempDir(), 'Biotech Discovery');
    const provisioned = path.join(itFolder, 'config.json');
    const itConfig = { ...defaultDeviceConfig(), siteLabel: 'Hall B' };
    writeFileSync(provisioned, JSON.stringify(itConfig));
    const readOnly = async (file: string) => !file.startsWith(itFolder);

    const first = await resolveConfigFile(provisioned, userData, readOnly);
    expect(first).toEqual({ filePath: path.join(userData, 'config.json'), copiedFrom: provisioned });
    const store = createDeviceConfigStore(first.filePath);
    expect((await store.load()).config.siteLabel).toBe('Hall B');
    await store.save({ ...itConfig, collectorUrl: 'https://hub.example.org', deviceToken: 'A'.repeat(43) });

    // The next start (same --config) keeps the copy with the enrolment, and the IT file is untouched.
    const second = await resolveConfigFile(provisioned, userData, readOnly);
    expect(second).toEqual({ filePath: path.join(userData, 'config.json'), copiedFrom: null });
    expect((await createDeviceConfigStore(second.filePath).load()).config.collectorUrl).toBe('https://hub.example.org');
    expect(JSON.parse(readFileSync(provisioned, 'utf8'))).toEqual(itConfig);
  });

  it('uses a writable provisioned config in place', async () => {
    const itFolder = tempDir();
    const provisioned = path.join(itFolder, 'config.json');
    writeFileSync(provisioned, '{}');
    expect(await resolveConfigFile(provisioned, tempDir())).toEqual({ filePath: provisioned, copiedFrom: null });
  });

  it('uses the user-data file when no config was provisioned', async () => {
    const userData = tempDir();
    expect(await resolveConfigFile(null, userData)).toEqual({ filePath: path.join(userData, 'config.json'), copiedFrom: null });
  });
});
