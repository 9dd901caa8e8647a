// The Linux start-at-login files IT installs from build/linux/: the systemd user unit is checked by systemd itself
// (systemd-analyze verify) and by a reading of its text, the XDG autostart entry by its Exec line.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseUnitFile, splitExecLine } from './unitFile';

const UNIT_PATH = path.resolve('build/linux/biotech-discovery-kiosk.service');
const DESKTOP_PATH = path.resolve('build/linux/biotech-discovery-autostart.desktop');
const INSTALL_DIR = '/opt/Biotech Discovery';
const EXECUTABLE = `${INSTALL_DIR}/biotech-discovery`;

function findSystemdAnalyze(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v systemd-analyze'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const systemdAnalyze = findSystemdAnalyze();
const workDir = mkdtempSync(path.join(tmpdir(), 'biotech-unit-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * Runs `systemd-analyze verify --user` on the unit with the install folder moved under a temporary folder (whose
 * name keeps the space), where a stand-in executable exists: systemd then checks the whole unit, including that
 * ExecStart names an executable file.
 */
function verifyWithSystemd(unitText: string, name: string): { status: number | null; output: string } {
  const caseDir = path.join(workDir, name);
  const installDir = path.join(caseDir, 'Biotech Discovery');
  mkdirSync(installDir, { recursive: true });
  writeFileSync(path.join(installDir, 'biotech-discovery'), '#!/bin/sh\nexit 0\n');
  chmodSync(path.join(installDir, 'biotech-discovery'), 0o755);
  const runtimeDir = path.join(caseDir, 'runtime');
  mkdirSync(runtimeDir, { mode: 0o700 });
  const unitFile = path.join(caseDir, 'biotech-discovery-kiosk.service');
  writeFileSync(unitFile, unitText.split(INSTALL_DIR).join(installDir));
  const result = spawnSync(systemdAnalyze!, ['verify', '--man=no', '--user', unitFile], {
    encoding: 'utf8',
    // A user manager needs a runtime directory; the container has no login session to provide one.
    env: { ...process.env, XDG_RUNTIME_DIR: runtimeDir, SYSTEMD_LOG_LEVEL: 'notice' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe('systemd user unit', () => {
  const text = readFileSync(UNIT_PATH, 'utf8');
  const unit = parseUnitFile(text);

  it('starts the installed executable even though its folder name has a space', () => {
    const execStart = unit.get('Service')?.get('ExecStart');
    expect(execStart).toHaveLength(1);
    expect(splitExecLine(execStart![0]!)[0]).toBe(EXECUTABLE);
  });

  it('restarts after a crash but not after a deliberate quit', () => {
    expect(unit.get('Service')?.get('Restart')).toEqual(['on-failure']);
  });

  it('belongs to the graphical session', () => {
    expect(unit.get('Install')?.get('WantedBy')).toEqual(['graphical-session.target']);
    expect(unit.get('Unit')?.get('PartOf')).toEqual(['graphical-session.target']);
  });

  // systemd-analyze is part of the systemd package (.ci/run installs it); without it only the reading above runs.
  describe.skipIf(systemdAnalyze === null)('systemd-analyze verify (skipped: systemd-analyze is not installed)', () => {
    it('accepts the unit as shipped', () => {
      const result = verifyWithSystemd(text, 'shipped');
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    });

    it('would refuse the unquoted ExecStart the unit used to have', () => {
      const broken = text.replace(/^ExecStart=.*$/m, `ExecStart=${EXECUTABLE}`);
      const result = verifyWithSystemd(broken, 'unquoted');
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/Biotech is not executable/);
    });
  });
});

describe('XDG autostart entry', () => {
  it('quotes the executable path in Exec', () => {
    const entry = parseUnitFile(readFileSync(DESKTOP_PATH, 'utf8'));
    const exec = entry.get('Desktop Entry')?.get('Exec');
    expect(exec).toHaveLength(1);
    expect(splitExecLine(exec![0]!)[0]).toBe(EXECUTABLE);
  });
});
