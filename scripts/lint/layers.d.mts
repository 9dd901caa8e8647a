// Types for layers.mjs, used by its unit test.
import type { ESLint, Rule } from 'eslint';
export const SHARED_GAME_FOLDERS: ReadonlySet<string>;
export function isTestFile(relativePath: string): boolean;
export function gameModelFiles(game: string, root?: string): ReadonlySet<string>;
export function layerOf(relativePath: string, root?: string): { layer: string; game?: string | null; feature?: string | null } | null;
export function checkImport(filename: string, specifier: string, root?: string): string | null;
export function createLayersRule(root?: string): Rule.RuleModule;
export const layersPlugin: ESLint.Plugin;
export default layersPlugin;
