// Proves the layer rule rejects imports that break ARCHITECTURE.md's rules and accepts the ones it allows.

import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { layersPlugin } from './layers.mjs';

// Run RuleTester's cases as Vitest tests.
Object.assign(RuleTester, { afterAll, describe, it });

const root = path.resolve(import.meta.dirname, '..', '..');
const at = (relative: string) => path.join(root, relative);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' } });
const rule = layersPlugin.rules!.imports!;

tester.run('layers/imports', rule as never, {
  valid: [
    { filename: at('common/events/schema.ts'), code: "import { z } from 'zod';" },
    { filename: at('common/events/schema.ts'), code: "import { LANGUAGES } from '../i18n/languages';" },
    { filename: at('games/bioreactor/model.ts'), code: "import { createRandom } from '../../common/random/seededRandom';" },
    { filename: at('games/bioreactor/model.ts'), code: "import { MU_MAX } from './constants';" },
    { filename: at('games/bioreactor/scene.ts'), code: "import Phaser from 'phaser'; import type { GameSdk } from '../sdk/types';" },
    { filename: at('renderer/app/App.tsx'), code: "import { bioreactorGame } from '../../games/bioreactor';" },
    { filename: at('renderer/app/App.tsx'), code: "import type { HostApi } from '../../common/host/hostApi';" },
    { filename: at('electron/main.ts'), code: "import { app } from 'electron'; import path from 'node:path'; import { parseDeviceConfig } from '../common/config/deviceConfig';" },
    { filename: at('tests/e2e/x.spec.ts'), code: "import { App } from '../../renderer/app/App';" },
    { filename: at('electron/policy/x.test.ts'), code: "import { it } from 'vitest'; import fc from 'fast-check';" },
    { filename: at('renderer/careers/locales.test.ts'), code: "import { readFileSync } from 'node:fs';" },
  ],
  invalid: [
    { filename: at('common/ids.ts'), code: "import { App } from '../renderer/app/App';", errors: 1 },
    { filename: at('common/ids.ts'), code: "import fs from 'node:fs';", errors: 1 },
    { filename: at('common/ids.ts'), code: "import React from 'react';", errors: 1 },
    { filename: at('games/bioreactor/model.ts'), code: "import Phaser from 'phaser';", errors: 1 },
    { filename: at('games/bioreactor/model.ts'), code: "import { h } from '../gowning/model';", errors: 1 },
    { filename: at('games/bioreactor/model.ts'), code: "import type { GameSdk } from '../sdk/types';", errors: 1 },
    { filename: at('games/bioreactor/scene.ts'), code: "import { useServices } from '../../renderer/app/services';", errors: 1 },
    { filename: at('games/bioreactor/scene.ts'), code: "export * from '../../electron/main';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "import { createDeviceConfigStore } from '../../electron/config/deviceConfigStore';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "import { ipcRenderer } from 'electron';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { filename: at('renderer/app/App.tsx'), code: "const m = import('../../collector/server');", errors: 1 },
    { filename: at('electron/main.ts'), code: "import { App } from '../renderer/app/App';", errors: 1 },
    { filename: at('electron/main.ts'), code: "import React from 'react';", errors: 1 },
    { filename: at('collector/server.ts'), code: "import { boot } from '../renderer/app/boot';", errors: 1 },
    { filename: at('common/ids.ts'), code: "import { it } from 'vitest';", errors: 1 },
    { filename: at('common/ids.test.ts'), code: "import { App } from '../renderer/app/App';", errors: 1 },
  ],
});
