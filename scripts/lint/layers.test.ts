// Proves the layer rule rejects imports that break docs/architecture.md's rules and accepts the ones it allows. The
// cases run against the miniature project in fixtures/project, whose game files the rule reads to find the models.

import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { createLayersRule, gameModelFiles, layerOf } from './layers.mjs';

// Run RuleTester's cases as Vitest tests.
Object.assign(RuleTester, { afterAll, describe, it });

const root = path.resolve(import.meta.dirname, 'fixtures', 'project');
const at = (relative: string) => path.join(root, relative);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' } });
const rule = createLayersRule(root);

describe('game models', () => {
  it('are the model entries and every file of the game they import', () => {
    expect([...gameModelFiles('alpha', root)].sort()).toEqual(['games/alpha/growth.ts', 'games/alpha/model.ts', 'games/alpha/model/rules.ts']);
    expect(layerOf('games/alpha/growth.ts', root)).toEqual({ layer: 'game-model', game: 'alpha' });
    expect(layerOf('games/alpha/scene.ts', root)).toEqual({ layer: 'games', game: 'alpha' });
    expect(layerOf('games/alpha/model.test.ts', root)).toEqual({ layer: 'games', game: 'alpha' });
  });
});

tester.run('layers/imports', rule as never, {
  valid: [
    { filename: at('common/events/schema.ts'), code: "import { z } from 'zod';" },
    { filename: at('common/events/schema.ts'), code: "import { LANGUAGES } from '../i18n/languages';" },
    { filename: at('games/alpha/model.ts'), code: "import { createRandom } from '../../common/random/seededRandom';" },
    { filename: at('games/alpha/model.ts'), code: "import { growthRate } from './growth';" },
    { filename: at('games/alpha/model.ts'), code: "import type { GameLevel } from '../sdk/types';" },
    { filename: at('games/alpha/scene.ts'), code: "import Phaser from 'phaser'; import type { GameSdk } from '../sdk/types';" },
    { filename: at('games/alpha/scene.ts'), code: "import { alphaModel } from './model'; import { startPhaser } from '../shared/phaserLifecycle';" },
    { filename: at('games/alpha/mount.ts'), code: "import { mountStage } from '../kit/stage';" },
    { filename: at('games/registry.ts'), code: "import { alpha } from './alpha'; import { beta } from './beta';" },
    { filename: at('renderer/app/App.tsx'), code: "import { alphaGame } from '../../games/alpha';" },
    { filename: at('renderer/app/App.tsx'), code: "import type { HostApi } from '../../common/host/hostApi'; import { CareersRoute } from '../careers/CareersRoute';" },
    { filename: at('renderer/main.tsx'), code: "import { App } from './app/App';" },
    { filename: at('renderer/careers/CareersRoute.tsx'), code: "import { formatLocation } from '../navigation/routes'; import { useStore } from '../state/store';" },
    { filename: at('electron/main.ts'), code: "import { app } from 'electron'; import path from 'node:path'; import { parseDeviceConfig } from '../common/config/deviceConfig';" },
    { filename: at('tests/e2e/x.spec.ts'), code: "import { App } from '../../renderer/app/App';" },
    { filename: at('electron/policy/x.test.ts'), code: "import { it } from 'vitest'; import fc from 'fast-check';" },
    { filename: at('renderer/careers/locales.test.ts'), code: "import { readFileSync } from 'node:fs';" },
    { filename: at('common/events/catalogue.test.ts'), code: "import { validEvent } from '../../tests/support/eventArbitraries';" },
    { filename: at('collector/server/app.ts'), code: "import Fastify from 'fastify'; import type { OverviewReport } from '../reports/types';" },
    { filename: at('collector/dashboard/src/App.tsx'), code: "import { useState } from 'react'; import type { OverviewReport } from '../../reports/types';" },
    { filename: at('collector/dashboard/vite.config.ts'), code: "import { defineConfig } from 'vite';" },
  ],
  invalid: [
    { filename: at('common/ids.ts'), code: "import { App } from '../renderer/app/App';", errors: 1 },
    { filename: at('common/ids.ts'), code: "import fs from 'node:fs';", errors: 1 },
    { filename: at('common/ids.ts'), code: "import React from 'react';", errors: 1 },
    // A model importing Phaser, whether the model entry or a file the model imports.
    { filename: at('games/alpha/model.ts'), code: "import Phaser from 'phaser';", errors: [{ message: 'a game model is pure TypeScript: it may not import "phaser"' }] },
    { filename: at('games/alpha/growth.ts'), code: "import Phaser from 'phaser';", errors: [{ message: 'a game model is pure TypeScript: it may not import "phaser"' }] },
    { filename: at('games/alpha/model/rules.ts'), code: "import { Scene } from 'phaser';", errors: 1 },
    { filename: at('games/alpha/model.ts'), code: "import { alphaScene } from './scene';", errors: 1 },
    { filename: at('games/alpha/model.ts'), code: "import type { GameSdk } from '../sdk/gameSdk';", errors: 1 },
    // A game importing another game, from its model or from any other file.
    { filename: at('games/alpha/model.ts'), code: "import { betaModel } from '../beta/model';", errors: 1 },
    {
      filename: at('games/alpha/scene.ts'),
      code: "import { betaModel } from '../beta/model';",
      errors: [{ message: 'a game never imports another game ("../beta/model"): share code through games/sdk, games/shared or games/kit' }],
    },
    { filename: at('games/alpha/scene.ts'), code: "import { useServices } from '../../renderer/app/services';", errors: 1 },
    { filename: at('games/alpha/scene.ts'), code: "export * from '../../electron/main';", errors: 1 },
    { filename: at('games/sdk/types.ts'), code: "import Phaser from 'phaser';", errors: 1 },
    // A feature importing app/.
    {
      filename: at('renderer/careers/CareersRoute.tsx'),
      code: "import { useServices } from '../app/services';",
      errors: [{ message: 'renderer/careers may not import renderer/app/ ("../app/services"): declare the services the feature needs in the feature and let the app provide them' }],
    },
    { filename: at('renderer/i18n/i18n.ts'), code: "import type { LocaleChoice } from '../app/queryParameters';", errors: 1 },
    { filename: at('renderer/games/GameScreen.test.ts'), code: "import { boot } from '../app/boot';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "import { createDeviceConfigStore } from '../../electron/config/deviceConfigStore';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "import { ipcRenderer } from 'electron';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "const m = import('../../collector/server');", errors: 1 },
    { filename: at('electron/main.ts'), code: "import { App } from '../renderer/app/App';", errors: 1 },
    { filename: at('electron/main.ts'), code: "import React from 'react';", errors: 1 },
    { filename: at('collector/server.ts'), code: "import { boot } from '../renderer/app/boot';", errors: 1 },
    { filename: at('common/ids.ts'), code: "import { it } from 'vitest';", errors: 1 },
    { filename: at('common/ids.test.ts'), code: "import { App } from '../renderer/app/App';", errors: 1 },
    // Files whose name only contains "test" are product code: no test tooling, no Node modules, no tests/support.
    { filename: at('common/events/testArbitraries.ts'), code: "import fc from 'fast-check';", errors: 1 },
    { filename: at('renderer/telemetry/testHooks.ts'), code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { filename: at('renderer/sync/testDoubles.ts'), code: "import { it } from 'vitest';", errors: 1 },
    { filename: at('common/events/testArbitraries.ts'), code: "import { validEvent } from '../../tests/support/eventArbitraries';", errors: 1 },
    // The dashboard (browser) and the collector server are separate layers.
    { filename: at('collector/dashboard/src/App.tsx'), code: "import { openStore } from '../../storage/openStore';", errors: 1 },
    { filename: at('collector/dashboard/src/App.tsx'), code: "import Fastify from 'fastify';", errors: 1 },
    { filename: at('collector/dashboard/src/App.tsx'), code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { filename: at('collector/server/app.ts'), code: "import { downloadCsv } from '../dashboard/src/csv';", errors: 1 },
    { filename: at('collector/server/app.ts'), code: "import { useState } from 'react';", errors: 1 },
    { filename: at('collector/reports/types.ts'), code: "import { openStore } from '../storage/openStore';", errors: 1 },
  ],
});
