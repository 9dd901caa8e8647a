// Lint: TypeScript recommended rules, React hooks rules, and the layer import rules of docs/architecture.md.

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './scripts/lint/layers.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'collector/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers: layersPlugin, 'react-hooks': reactHooks },
    rules: {
      'layers/imports': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['electron/**/*.ts', 'collector/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'error' },
  },
  {
    // Shared and browser code takes zod from common/zod.ts, written in the API both of zod's builds share: the browser
    // bundles resolve it to zod/mini (about 16 KB gzip less in the first screen), Node keeps the full build.
    files: ['common/**/*.ts', 'renderer/**/*.{ts,tsx}', 'games/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'common/zod.ts', 'renderer/app/zodWithoutEval.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Import { z } from common/zod.ts: this code runs in the browser too (docs/performance.md).' },
            { name: 'zod/mini', message: 'Import { z } from common/zod.ts: it is zod/mini in the browser already.' },
          ],
        },
      ],
    },
  },
);
