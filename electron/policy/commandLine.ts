// Reads the kiosk's own command-line switches (IT pre-provisioning: --config <file>), ignoring Chromium's.

export interface KioskCommandLine {
  /** Absolute or relative path of a config file given by IT, or null to use userData/config.json. */
  readonly configPath: string | null;
}

export function parseKioskCommandLine(argv: readonly string[]): KioskCommandLine {
  let configPath: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--config') {
      const next = argv[i + 1];
      if (next && !next.startsWith('--')) configPath = next;
      i += 1;
    } else if (arg.startsWith('--config=')) {
      const value = arg.slice('--config='.length);
      if (value) configPath = value;
    }
  }
  return { configPath };
}
