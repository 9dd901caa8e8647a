// ESLint rule enforcing the import rules of docs/architecture.md (like VS Code's layer check):
//   common/ imports nothing of ours (and only zod);
//   a game's model (see "Game models" below) imports only common/, its own model files and the game contract
//   games/sdk/types.ts (type declarations over common/), and no package at all;
//   games/ never imports renderer/, electron/ or collector/, and a game never imports another game (games/sdk,
//   games/shared and games/kit are the only folders games share);
//   renderer/ never imports electron/ or collector/, and no renderer feature imports renderer/app/ (the app is the
//   root that wires the features; features declare the narrow services they need and the app provides them);
//   electron/ and the collector server import only common/ of ours;
//   the collector's dashboard (collector/dashboard/, a browser app) and the collector server are separate layers:
//   they share only the report contract collector/reports/types.ts.
// Only real test files (*.test.ts, *.spec.ts) may use test tooling and Node's own modules; a product file whose name
// merely contains "test" (testHooks.ts, testDoubles.ts) has the same limits as its layer. Shared test helpers live in
// tests/support/, which test files of any layer may import.
//
// Game models: a game's model is every file of games/<id>/ named model*.ts (or inside games/<id>/model/), plus every
// file of the game those files import, directly or through each other. The closure is read from the files on disk,
// so a helper the model starts to import becomes pure at once, and an impure import anywhere in it is reported.
//
// Layers are found from the file's path and the resolved import path, so "../../renderer/x" is caught however it is
// spelled. Type-only imports follow the same rules.

import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';

const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const NODE_BUILTINS = new Set(builtinModules);
/** Test tooling may be imported by test files, never by product code. */
const TEST_PACKAGES = new Set(['vitest', 'fast-check', 'fake-indexeddb', '@playwright/test', 'eslint', 'typescript-eslint']);
/** Folders of games/ that every game may use; every other folder of games/ is one game. */
export const SHARED_GAME_FOLDERS = new Set(['sdk', 'shared', 'kit']);
/** Packages only the collector server runs; the dashboard is a browser app and may not use them. */
const SERVER_PACKAGES = new Set(['fastify', 'pg', 'pino']);
/** Packages of the browser; the collector server renders nothing. */
const BROWSER_PACKAGES = new Set(['react', 'react-dom', 'react-i18next', 'i18next', 'phaser', 'qrcode', 'dexie']);
/** The contract between games and the app: type declarations over common/ only, so a model may use them. */
const GAME_CONTRACT = 'games/sdk/types';
/** The one collector file the dashboard may import: the JSON shapes of the reports. */
const REPORT_CONTRACT = 'collector/reports/types';

/** A real test file: Vitest's *.test.ts or Playwright's *.spec.ts. */
export function isTestFile(relativePath) {
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(path.basename(relativePath));
}

const MODEL_ENTRY = /^model[.\w-]*\.ts$/;
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT_PATTERN = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function isModelEntry(parts) {
  const [, game, third] = parts;
  if (!game || SHARED_GAME_FOLDERS.has(game) || !third) return false;
  const relative = parts.join('/');
  if (isTestFile(relative)) return false;
  return (parts.length === 3 && MODEL_ENTRY.test(third)) || (third === 'model' && parts.length > 3);
}

function resolveSource(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  const withoutJs = base.replace(/\.js$/, '');
  for (const extension of SOURCE_EXTENSIONS) {
    if (fs.existsSync(withoutJs + extension)) return withoutJs + extension;
  }
  return null;
}

function listFiles(directory) {
  const found = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full));
    else if (/\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found;
}

const modelCache = new Map();

/**
 * The project-relative paths of a game's model files: the model entries and every file of the same game they import.
 * Cached per lint run by the files' modification times, so editors see a new import at once.
 */
export function gameModelFiles(game, root = PROJECT_ROOT) {
  const folder = path.join(root, 'games', game);
  if (!fs.existsSync(folder)) return new Set();
  const files = listFiles(folder);
  const stamp = files.map((file) => `${file}:${fs.statSync(file).mtimeMs}`).join('|');
  const key = `${root}|${game}`;
  const cached = modelCache.get(key);
  if (cached && cached.stamp === stamp) return cached.models;

  const toRelative = (file) => path.relative(root, file).split(path.sep).join('/');
  const pending = files.filter((file) => isModelEntry(toRelative(file).split('/')));
  const models = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    const relative = toRelative(file);
    if (models.has(relative)) continue;
    models.add(relative);
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT_PATTERN)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier.startsWith('.')) continue;
      const target = resolveSource(file, specifier);
      if (target && target.startsWith(folder + path.sep)) pending.push(target);
    }
  }
  modelCache.set(key, { stamp, models });
  return models;
}

/** Which layer a project-relative path belongs to, or null for tooling (tests/, scripts/, bench/, configs). */
export function layerOf(relativePath, root = PROJECT_ROOT) {
  const normalized = relativePath.split(/[\\/]/).join('/');
  const withoutExtension = normalized.replace(/\.tsx?$/, '');
  const parts = normalized.split('/');
  const [top, second, third] = parts;
  if (top === 'common') return { layer: 'common' };
  if (top === 'games') {
    if (withoutExtension === GAME_CONTRACT) return { layer: 'game-contract', game: null };
    if (!third) return { layer: 'games', game: null };
    const game = SHARED_GAME_FOLDERS.has(second) ? null : second;
    if (game && !isTestFile(normalized) && gameModelFiles(game, root).has(normalized)) return { layer: 'game-model', game };
    return { layer: 'games', game };
  }
  if (top === 'renderer') {
    // renderer/main.tsx (the entry point) belongs with the app root; every other folder is a feature.
    const feature = third ? second : null;
    return { layer: feature === 'app' || feature === null ? 'renderer-app' : 'renderer', feature };
  }
  if (top === 'electron') return { layer: 'electron' };
  if (top === 'collector') {
    if (withoutExtension === REPORT_CONTRACT) return { layer: 'report-contract' };
    if (second === 'dashboard') return /\.config\.[cm]?[jt]s$/.test(third ?? '') ? null : { layer: 'dashboard' };
    return { layer: 'collector' };
  }
  if (top === 'locales') return { layer: 'locales' };
  return null;
}

const ALLOWED_LAYERS = {
  common: ['common'],
  'game-model': ['common', 'game-model', 'game-contract'],
  'game-contract': ['common'],
  games: ['common', 'games', 'game-model', 'game-contract', 'locales'],
  renderer: ['common', 'games', 'game-model', 'game-contract', 'renderer', 'locales'],
  'renderer-app': ['common', 'games', 'game-model', 'game-contract', 'renderer', 'renderer-app', 'locales'],
  electron: ['common', 'electron'],
  collector: ['common', 'collector', 'report-contract', 'locales'],
  'report-contract': ['common', 'report-contract'],
  dashboard: ['common', 'dashboard', 'report-contract', 'locales'],
};

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]);
}

function packageNameOf(specifier) {
  return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
}

/** Returns an error message for a package import, or null when the layer may use it. */
function checkPackage(layer, specifier) {
  const name = packageNameOf(specifier);
  switch (layer) {
    case 'common':
    case 'report-contract':
    case 'game-contract':
      return name === 'zod' ? null : `${describe(layer)} may use only zod, not "${specifier}" (it runs in more than one layer)`;
    case 'game-model':
      return `a game model is pure TypeScript: it may not import "${specifier}"`;
    case 'games':
    case 'renderer':
    case 'renderer-app':
    case 'dashboard':
      if (name === 'electron' || isNodeBuiltin(specifier)) return `${layer}/ runs in a browser sandbox and may not import "${specifier}"`;
      if (layer === 'dashboard' && SERVER_PACKAGES.has(name)) return `the dashboard runs in a browser: it may not import the server's "${specifier}"`;
      return null;
    case 'electron':
      // electron-updater: the kiosk's updates from the hub's collector (electron/updates/).
      return name === 'electron' || name === 'zod' || name === 'electron-updater' || isNodeBuiltin(specifier)
        ? null
        : `electron/ stays thin: it may not import "${specifier}"`;
    case 'collector':
      return name === 'electron' || BROWSER_PACKAGES.has(name) ? `the collector server may not import "${specifier}"` : null;
    default:
      return null;
  }
}

function describe(layer) {
  switch (layer) {
    case 'game-model':
      return 'a game model';
    case 'renderer-app':
      return 'renderer/app/';
    case 'report-contract':
      return 'the report contract';
    case 'game-contract':
      return 'the game contract (games/sdk/types.ts)';
    case 'dashboard':
      return 'the dashboard';
    case 'collector':
      return 'the collector server';
    default:
      return `${layer}/`;
  }
}

export function checkImport(filename, specifier, root = PROJECT_ROOT) {
  const fromRelative = path.relative(root, filename);
  const from = layerOf(fromRelative, root);
  if (!from || from.layer === 'locales') return null;
  const testFile = isTestFile(fromRelative);
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
    // Tests run in Node (Vitest): they may use test tooling and Node's own modules, product code may not.
    if (testFile && (TEST_PACKAGES.has(packageNameOf(specifier)) || isNodeBuiltin(specifier))) return null;
    if (TEST_PACKAGES.has(packageNameOf(specifier))) return `only test files (*.test.ts, *.spec.ts) may import "${specifier}"`;
    return checkPackage(from.layer, specifier);
  }

  const target = path.resolve(path.dirname(filename), specifier);
  const relative = path.relative(root, target);
  if (relative.startsWith('..')) return `import "${specifier}" leaves the project`;
  const targetRelative = resolveSource(filename, specifier) ? path.relative(root, resolveSource(filename, specifier)) : relative;
  const to = layerOf(targetRelative, root) ?? { layer: 'tooling' };
  if (testFile && to.layer === 'tooling' && targetRelative.split(/[\\/]/).slice(0, 2).join('/') === 'tests/support') return null;

  if ((from.layer === 'games' || from.layer === 'game-model') && from.game && to.game && to.game !== from.game) {
    return `a game never imports another game ("${specifier}"): share code through games/sdk, games/shared or games/kit`;
  }
  if (from.layer === 'renderer' && to.layer === 'renderer-app') {
    return `renderer/${from.feature ?? ''} may not import renderer/app/ ("${specifier}"): declare the services the feature needs in the feature and let the app provide them`;
  }
  if (!ALLOWED_LAYERS[from.layer].includes(to.layer)) {
    return `${describe(from.layer)} may not import ${describe(to.layer)} ("${specifier}")`;
  }
  return null;
}

/** The rule, checking paths against the project at root (the tests point it at a fixture project). */
export function createLayersRule(root = PROJECT_ROOT) {
  return {
    meta: {
      type: 'problem',
      docs: { description: 'Enforce the layer import rules of docs/architecture.md' },
      schema: [],
      messages: { layer: '{{message}}' },
    },
    create(context) {
      const filename = context.filename;
      const report = (node, source) => {
        if (!source || typeof source.value !== 'string') return;
        const message = checkImport(filename, source.value, root);
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
}

export const layersPlugin = { rules: { imports: createLayersRule() } };
export default layersPlugin;
