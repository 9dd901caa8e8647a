// Every action the collector writes to its audit log has a label on the dashboard's Security page in each language,
// so staff never read a raw action name such as "content-key-rotated".

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../common/i18n/languages';
import { AUDIT_ACTIONS } from '../../collector/storage/auditLog';

describe('audit log labels', () => {
  it.each(LANGUAGES)('names every audit action in %s', (language) => {
    const texts = JSON.parse(readFileSync(new URL(`../../locales/${language}/dashboard.json`, import.meta.url), 'utf8')) as {
      security: { actions: Record<string, string> };
    };
    const missing = AUDIT_ACTIONS.filter((action) => !(texts.security.actions[action] ?? '').trim());
    expect(missing).toEqual([]);
  });
});
