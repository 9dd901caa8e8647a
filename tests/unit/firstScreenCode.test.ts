// Keeps the engagement log's storage code, and what only later moments need, out of what the first screen loads
// (issue #24, initial JavaScript): the static imports reachable from the renderer's entry (renderer/main.tsx) must not
// reach Dexie nor the log's storage modules (they load with the dynamic import in renderer/telemetry/telemetryFront.ts,
// after boot has started), nor zod's full build, the sync client, the pack checks, class codes, staff code, offline
// support or the attract screens.
// The graph is read from the sources with TypeScript's parser: type-only imports are erased by the build and are
// skipped, dynamic import() is not followed. The bundle's static closure (bench/size.mjs) is at most this graph, as
// the bundler only ever drops modules from it.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BROWSER_ZOD_ALIAS } from '../../scripts/vite/browserZod';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The module specifiers a file imports statically, for its values or side effects (not for types only). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
      if (statement.isTypeOnly) continue;
      const clause = statement.exportClause;
      const onlyTypes = clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // CSS, JSON, fonts: no imports of their own
}

/** Every source file and every package reached by static imports from `entry`. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string>; specifiers: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const specifiers = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        const next = resolveRelative(file, specifier);
        if (next !== null) visit(next);
      } else {
        specifiers.add(specifier);
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  };
  visit(path.join(root, entry));
  return { files, packages, specifiers };
}

const relative = (files: Set<string>) => new Set([...files].map((file) => path.relative(root, file).split(path.sep).join('/')));

/** The engagement log's parts only needed once it is open (renderer/telemetry/telemetry.ts's header). */
const LOG_STORAGE_MODULES = [
  'renderer/telemetry/telemetry.ts',
  'renderer/telemetry/indexedDbStore.ts',
  'renderer/telemetry/durableStorage.ts',
  'renderer/telemetry/journalSetup.ts',
  'renderer/telemetry/dualWrite.ts',
  'renderer/telemetry/eventQueue.ts',
  'renderer/telemetry/purgeSchedule.ts',
  'renderer/telemetry/logReader.ts',
  'renderer/telemetry/syncOutbox.ts',
  'renderer/telemetry/visitorSessions.ts',
];

/** What loads later (docs/performance.md, step four): after the first screen, or when staff or a mode need it. */
const LATER_MODULES = [
  'renderer/sync/syncClient.ts',
  'renderer/sync/healthReport.ts',
  'common/content/contentPack.ts',
  'common/content/signedPack.ts',
  'renderer/content/packStorage.ts',
  'renderer/classroom/classJoin.ts',
  'common/host/classJoin.ts',
  'common/host/enrolment.ts',
  'renderer/kiosk/adminLock.ts',
  'renderer/offline/offlineStatus.ts',
  'renderer/i18n/pseudoLocale.ts',
  'renderer/kiosk/AttractScreen.tsx',
  'renderer/event/EventAttractScreen.tsx',
];

/** What a page load fetches at once: the entry's code and the app's start, which index.html asks for beside it. */
function firstLoad(): ReturnType<typeof staticClosure> {
  const entry = staticClosure('renderer/main.tsx');
  const start = staticClosure('renderer/app/start.tsx');
  return {
    files: new Set([...entry.files, ...start.files]),
    packages: new Set([...entry.packages, ...start.packages]),
    specifiers: new Set([...entry.specifiers, ...start.specifiers]),
  };
}

describe('the first screen\'s code (static imports of renderer/main.tsx and renderer/app/start.tsx)', () => {
  const entry = firstLoad();

  it('keeps React, i18next and the boot out of the entry itself: they load behind the home\'s snapshot', () => {
    const own = staticClosure('renderer/main.tsx');
    expect([...own.packages].filter((name) => ['react-dom', 'i18next', 'react-i18next'].includes(name))).toEqual([]);
    expect([...relative(own.files)]).not.toContain('renderer/app/boot.ts');
  });

  it('is read correctly: it holds React DOM, i18next, the boot and the log\'s front', () => {
    expect([...entry.packages]).toEqual(expect.arrayContaining(['react', 'react-dom', 'i18next', 'zod']));
    expect([...relative(entry.files)]).toEqual(expect.arrayContaining(['renderer/app/boot.ts', 'renderer/telemetry/telemetryFront.ts']));
  });

  it('takes zod only through common/zod.ts and the jitless line, which the browser build resolves to zod/mini', () => {
    expect([...entry.specifiers].filter((specifier) => specifier.startsWith('zod')).sort()).toEqual(['zod', 'zod/v4/locales']);
    const importers = [...relative(entry.files)].filter((file) => staticImports(path.join(root, file)).includes('zod'));
    expect(importers.sort()).toEqual(['common/zod.ts', 'renderer/app/zodWithoutEval.ts']);
    expect(BROWSER_ZOD_ALIAS).toEqual({ find: /^zod$/, replacement: 'zod/mini' });
  });

  it('does not hold the sync, the pack checks, class codes, staff code, offline support nor the attract screens', () => {
    const reached = relative(entry.files);
    expect(LATER_MODULES.filter((file) => reached.has(file))).toEqual([]);
  });

  it('does not hold Dexie', () => {
    expect([...entry.packages]).not.toContain('dexie');
  });

  it('does not hold the engagement log\'s storage code', () => {
    const reached = relative(entry.files);
    expect(LOG_STORAGE_MODULES.filter((file) => reached.has(file))).toEqual([]);
  });

  it('would see Dexie and the storage code if the log were imported statically', () => {
    const log = staticClosure('renderer/telemetry/telemetry.ts');
    expect([...log.packages]).toContain('dexie');
    expect(LOG_STORAGE_MODULES.filter((file) => !relative(log.files).has(file))).toEqual([]);
  });
});
