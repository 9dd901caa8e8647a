import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unpinnedActions } from '../../../scripts/lint/workflowPins.mjs';

describe('workflow action pins', () => {
  it('finds actions pinned by a tag or branch', () => {
    const text = ['steps:', '  - uses: actions/checkout@v4', '  - uses: "actions/setup-node@main"', '  - uses: ./local', '    uses: actions/cache@0123456789abcdef0123456789abcdef01234567 # v4'].join('\n');
    expect(unpinnedActions(text)).toEqual([
      { line: 2, uses: 'actions/checkout@v4' },
      { line: 3, uses: 'actions/setup-node@main' },
    ]);
  });

  it('finds none in the project workflows', () => {
    for (const name of readdirSync('.github/workflows')) {
      expect(unpinnedActions(readFileSync(`.github/workflows/${name}`, 'utf8')), name).toEqual([]);
    }
  });
});
