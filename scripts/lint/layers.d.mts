// Types for layers.mjs, used by its unit test.
import type { ESLint } from 'eslint';
export function layerOf(relativePath: string): { layer: string; game?: string } | null;
export const layersPlugin: ESLint.Plugin;
export default layersPlugin;
