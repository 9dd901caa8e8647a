// The two initial chunks' rule: the entry's static imports, followed to the end, are "first-screen"; what the app's
// start reaches statically and the entry does not is "shell"; what only a dynamic import reaches, and the entry itself,
// are left to the bundler.

import { describe, expect, it } from 'vitest';
import { initialChunks, staticClosure } from './initialChunk';

/** A module graph: each module's static imports (dynamic imports are not listed, as in the bundler's importedIds). */
const graph: Record<string, string[]> = {
  '/app/main.tsx': ['/app/zodWithoutEval.ts', '/app/quickHome.ts'],
  '/app/zodWithoutEval.ts': ['/nm/zod/index.js'],
  '/nm/zod/index.js': [],
  '/app/quickHome.ts': ['/app/store.ts'],
  // The app's start, imported dynamically by the entry.
  '/app/start.tsx': ['/app/App.tsx', '/nm/react-dom/index.js'],
  '/nm/react-dom/index.js': [],
  '/app/App.tsx': ['/app/Home.tsx', '/app/store.ts'],
  '/app/Home.tsx': ['/app/store.ts', '/app/main.tsx'],
  '/app/store.ts': [],
  // Reached only by a dynamic import (from App.tsx): a lazy screen and what it alone imports.
  '/app/Careers.tsx': ['/app/store.ts', '/app/careersData.ts'],
  '/app/careersData.ts': [],
};
const getModuleInfo = (id: string) => (id in graph ? { importedIds: graph[id]! } : null);

describe('initialChunks', () => {
  it('names every module the entry reaches statically "first-screen", however deep', () => {
    const rule = initialChunks('/app/main.tsx', '/app/start.tsx');
    for (const id of ['/app/zodWithoutEval.ts', '/nm/zod/index.js', '/app/quickHome.ts', '/app/store.ts']) {
      expect(rule(id, getModuleInfo), id).toBe('first-screen');
    }
  });

  it('names the start and what it alone reaches statically "shell", despite cycles back to the entry', () => {
    const rule = initialChunks('/app/main.tsx', '/app/start.tsx');
    for (const id of ['/app/start.tsx', '/nm/react-dom/index.js', '/app/App.tsx', '/app/Home.tsx']) {
      expect(rule(id, getModuleInfo), id).toBe('shell');
    }
  });

  it('leaves the entry itself and lazily loaded modules to the bundler', () => {
    const rule = initialChunks('/app/main.tsx', '/app/start.tsx');
    expect(rule('/app/main.tsx', getModuleInfo)).toBeNull();
    expect(rule('/app/Careers.tsx', getModuleInfo)).toBeNull();
    expect(rule('/app/careersData.ts', getModuleInfo)).toBeNull();
  });

  it('stops the build when a module is unknown, instead of silently splitting the first screen again', () => {
    expect(() => staticClosure('/app/renamed.tsx', getModuleInfo)).toThrow(/was not found/);
  });
});
