// ESLint rule enforcing the import rules of docs/ARCHITECTURE.md (like VS Code's layer check):
//   common/ imports nothing of ours (and only zod);
//   games/*/model* imports only common/ and its own game folder, and no package at all (no Phaser, React, DOM libs);
//   games/ never imports renderer/, electron/ or collector/;
//   renderer/ never imports electron/ or collector/;
//   electron/ and collector/ import only common/ of ours.
// Layers are found from the file's path and the resolved import path, so "../../renderer/x" is caught however it is
// spelled. Type-only imports follow the same rules.

import path from 'node:path';
import { builtinModules } from 'node:module';

const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const NODE_BUILTINS = new Set(builtinModules);
/** Test tooling may be imported by test files (their basename contains "test"), never by product code. */
const TEST_PACKAGES = new Set(['vitest', 'fast-check', 'fake-indexeddb', '@playwright/test', 'eslint', 'typescript-eslint']);

/** Which layer a project-relative path belongs to, or null for tooling (tests/, scripts/, bench/, configs). */
export function layerOf(relativePath) {
  const parts = relativePath.split(/[\\/]/);
  const [top, second, third] = parts;
  if (top === 'common') return { layer: 'common' };
  if (top === 'games') {
    if (second && second !== 'sdk' && third && /^model[.\w-]*\.ts$/.test(third)) return { layer: 'game-model', game: second };
    return { layer: 'games', game: second };
  }
  if (top === 'renderer') return { layer: 'renderer' };
  if (top === 'electron') return { layer: 'electron' };
  if (top === 'collector') return { layer: 'collector' };
  if (top === 'locales') return { layer: 'locales' };
  return null;
}

const ALLOWED_LAYERS = {
  common: ['common'],
  'game-model': ['common'],
  games: ['common', 'games', 'game-model', 'locales'],
  renderer: ['common', 'games', 'game-model', 'renderer', 'locales'],
  electron: ['common', 'electron'],
  collector: ['common', 'collector', 'locales'],
};

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]);
}

/** Returns an error message for a package import, or null when the layer may use it. */
function checkPackage(layer, specifier) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  switch (layer) {
    case 'common':
      return name === 'zod' ? null : `common/ may use only zod, not "${specifier}" (it runs in renderer, Electron and collector)`;
    case 'game-model':
      return `a game model is pure TypeScript: it may not import "${specifier}"`;
    case 'games':
    case 'renderer':
      if (name === 'electron' || isNodeBuiltin(specifier)) return `${layer}/ runs in a browser sandbox and may not import "${specifier}"`;
      return null;
    case 'electron':
      return name === 'electron' || name === 'zod' || isNodeBuiltin(specifier)
        ? null
        : `electron/ stays thin: it may not import "${specifier}"`;
    case 'collector':
      return name === 'electron' || name === 'phaser' ? `collector/ may not import "${specifier}"` : null;
    default:
      return null;
  }
}

function checkImport(filename, specifier) {
  const from = layerOf(path.relative(PROJECT_ROOT, filename));
  if (!from || from.layer === 'locales') return null;
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
    const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    const isTestFile = /test/i.test(path.basename(filename));
    // Tests run in Node (Vitest): they may use test tooling and Node's own modules, never product code may.
    if (isTestFile && (TEST_PACKAGES.has(packageName) || isNodeBuiltin(specifier))) return null;
    return checkPackage(from.layer, specifier);
  }

  const target = path.resolve(path.dirname(filename), specifier);
  const relative = path.relative(PROJECT_ROOT, target);
  if (relative.startsWith('..')) return `import "${specifier}" leaves the project`;
  const to = layerOf(relative) ?? { layer: 'tooling' };

  if (from.layer === 'game-model') {
    const sameGame = (to.layer === 'games' || to.layer === 'game-model') && to.game === from.game;
    if (!sameGame && to.layer !== 'common') {
      return `a game model imports only common/ and its own folder, not "${specifier}"`;
    }
    return null;
  }
  if (!ALLOWED_LAYERS[from.layer].includes(to.layer)) {
    return `${from.layer === 'game-model' ? 'a game model' : `${from.layer}/`} may not import ${to.layer}/ ("${specifier}")`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer import rules of docs/ARCHITECTURE.md' },
    schema: [],
    messages: { layer: '{{message}}' },
  },
  create(context) {
    const filename = context.filename;
    const report = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const message = checkImport(filename, source.value);
      if (message) context.report({ node: source, messageId: 'layer', data: { message } });
    };
    return {
      ImportDeclaration: (node) => report(node, node.source),
      ExportNamedDeclaration: (node) => report(node, node.source),
      ExportAllDeclaration: (node) => report(node, node.source),
      ImportExpression: (node) => (node.source.type === 'Literal' ? report(node, node.source) : undefined),
    };
  },
};

export const layersPlugin = { rules: { imports: rule } };
export default layersPlugin;
