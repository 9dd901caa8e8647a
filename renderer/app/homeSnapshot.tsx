// The home as React draws it for a first visit, drawn at build time (scripts/vite/homeSnapshotPlugin.ts) once per
// language, from the app's own tree (renderer/app/AppRoot.tsx) and texts. The page shows the copy at once, before
// React has loaded, when the visit is the one the copy was drawn for (renderer/app/quickHome.ts).

import { renderToString } from 'react-dom/server';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import type { Language } from '../../common/i18n/languages';
import { GAMES } from '../../games/registry';
import { AppRoot } from './AppRoot';
import type { AppServices } from './services';
import { BUILT_IN } from '../content/contentService';
import { createI18nInstance } from '../i18n/i18n';
import { HOME } from '../navigation/routes';
import { defaultVisitorSettings } from '../settings/visitorSettings';
import { createStore } from '../state/store';

/** Texts by namespace, for one language: the shell's namespaces. */
export type ShellTexts = Record<string, Record<string, unknown>>;

/**
 * What a first visit's services hold while the home is drawn: the config, the visitor's default settings, the home,
 * the built-in content and every game. Drawing reads nothing else; a member it would read besides these is a change
 * to the home that this copy does not know, and fails the build instead of drawing a wrong copy.
 */
function firstVisitServices(config: DeviceConfig, language: Language, i18n: AppServices['i18n']): AppServices {
  const known: Partial<AppServices> = {
    i18n,
    games: GAMES,
    deviceConfig: createStore({ config, problems: [] }),
    // Only the language shows: the settings sheet's content is drawn only while it is open.
    settings: createStore(defaultVisitorSettings(language, false)),
    location: createStore(HOME),
    visitor: createStore('visiting' as const),
    content: new Proxy({ shown: createStore(BUILT_IN) } as AppServices['content'], {
      get: (target, key) => {
        if (key === 'shown') return target.shown;
        throw new Error(`the home's snapshot read content.${String(key)} while drawing`);
      },
    }),
  };
  return new Proxy(known as AppServices, {
    get: (target, key) => {
      if (key in target) return target[key as keyof AppServices];
      throw new Error(`the home's snapshot read services.${String(key)} while drawing`);
    },
  });
}

/** The markup React draws in #root for a first visit's home in this language, with this config. */
export async function drawHomeSnapshot(config: DeviceConfig, language: Language, texts: ShellTexts): Promise<string> {
  const i18n = await createI18nInstance(language, { [language]: texts });
  return renderToString(<AppRoot services={firstVisitServices(config, language, i18n)} />);
}
