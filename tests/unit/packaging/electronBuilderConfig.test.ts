// What electron-builder puts into the kiosk package, checked with electron-builder's own file matchers
// (app-builder-lib) against build/electron-builder.yml and package-lock.json, so no packaging run is needed.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };

interface Filter {
  (file: string, stat: { isDirectory(): boolean; moduleFullFilePath?: string }): boolean;
}
interface Matcher {
  readonly patterns: string[];
  createFilter(): Filter;
}
const fileMatcher = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (text: string) => string, patterns: string[]) => Matcher;
  getMainFileMatchers(appDir: string, to: string, expand: (t: string) => string, options: object, packager: object, outDir: string, compile: boolean): Matcher[];
  getNodeModuleFileMatcher(appDir: string, to: string, expand: (t: string) => string, options: object, packager: object): Matcher;
};
const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget') as { default: { prototype: { getDefaultDepends(target: string): string[] } } };

type BuilderConfig = Record<string, unknown> & { deb?: { depends?: string[] } };
const config = load(readFileSync('build/electron-builder.yml', 'utf8')) as BuilderConfig;
const projectDir = path.resolve('.');
const appOut = path.join(projectDir, 'release', 'linux-unpacked', 'resources', 'app');
const expand = (text: string) => text;
const packager = { config, debugLogger: { isEnabled: false } };
const file = { isDirectory: () => false };

/** Production packages as npm installed them (top-level and nested), from package-lock.json. */
function productionPackages(): { lockPath: string; name: string }[] {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([key]) => ({ lockPath: key, name: key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length) }));
}

/** electron-updater and every package it requires at run time, as installed (top-level) by npm. */
function updaterClosure(): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  visit('electron-updater');
  return [...seen];
}

/** Would electron-builder copy this file of a production package into the app? */
function packsModuleFile(lockPath: string, fileName: string): boolean {
  const base = fileMatcher.getNodeModuleFileMatcher(projectDir, appOut, expand, {}, packager);
  const source = path.join(projectDir, lockPath);
  const filter = new fileMatcher.FileMatcher(source, path.join(appOut, lockPath), expand, base.patterns).createFilter();
  return filter(path.join(source, fileName), { ...file, moduleFullFilePath: `${lockPath}/${fileName}` });
}

describe('electron-builder configuration', () => {
  it('keeps the default .deb dependencies (GTK 3, NSS, libsecret ...)', () => {
    const defaults = FpmTarget.prototype.getDefaultDepends.call(null, 'deb');
    expect(defaults).toContain('libgtk-3-0');
    const declared = config.deb?.depends ?? defaults;
    for (const dependency of defaults) expect(declared, dependency).toContain(dependency);
  });

  it('packs the packages the main process loads: zod, and electron-updater with everything it requires', () => {
    expect(packsModuleFile('node_modules/zod', 'package.json')).toBe(true);
    for (const name of updaterClosure()) expect(packsModuleFile(`node_modules/${name}`, 'package.json'), name).toBe(true);
  });

  it("leaves the collector's server packages and everything they pull in out of the app", () => {
    const packed = productionPackages()
      .filter(({ lockPath }) => packsModuleFile(lockPath, 'package.json'))
      .map(({ name }) => name);
    // By name: electron-updater's own nested semver (node_modules/electron-updater/node_modules/semver) is packed too.
    expect([...new Set(packed)].sort()).toEqual(['zod', ...updaterClosure()].sort());
    // The check above is only meaningful while the server packages are production dependencies.
    expect(productionPackages().map(({ name }) => name)).toEqual(expect.arrayContaining(['fastify', 'pg', 'pino']));
  });

  it('packs the compiled main process and the renderer build, and no test helper, source map, precompressed copy or collector code', () => {
    const [main] = fileMatcher.getMainFileMatchers(
      projectDir,
      appOut,
      expand,
      {},
      { info: { isPrepackedAppAsar: false, config, projectDir, buildResourcesDir: 'build', debugLogger: { isEnabled: false } } },
      path.join(projectDir, 'release'),
      false,
    );
    const filter = main!.createFilter();
    const packs = (relative: string) => filter(path.join(projectDir, relative), file);
    expect(packs('package.json')).toBe(true);
    expect(packs('dist/electron/electron/main.js')).toBe(true);
    expect(packs('dist/electron/electron/preload.js')).toBe(true);
    expect(packs('dist/electron/common/config/deviceConfig.js')).toBe(true);
    expect(packs('dist/web/index.html')).toBe(true);
    expect(packs('dist/electron/common/events/testArbitraries.js')).toBe(false);
    expect(packs('dist/electron/electron/main.js.map')).toBe(false);
    expect(packs('dist/web/assets/index-DOsi4-Gb.js')).toBe(true);
    expect(packs('dist/web/assets/index-DOsi4-Gb.js.br')).toBe(false);
    expect(packs('dist/web/index.html.gz')).toBe(false);
    expect(packs('dist/dashboard/index.html')).toBe(false);
    expect(packs('collector/cli.ts')).toBe(false);
  });

  it('flips the fuses that stop the binary from running as plain Node or loading code from outside the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
