// Imported by the entry right after zodWithoutEval, so it runs before anything else: it sends the two requests the
// first screen waits for. In a browser, config.json, read at once
// (renderer/host/webHost.ts, firstWebConfigLoad) for the home's snapshot (renderer/app/quickHome.ts) and then boot();
// the Electron host reads its config over the bridge instead. In both hosts, the shell's texts in the language the
// visitor will most likely get (renderer/i18n/likelyLocale.ts). Both are fetches, which leave at once (a dynamic
// import() made here waited for the rest of the code to be evaluated). resources.ts keeps each request, so boot()
// later finds these texts loading or loaded; when the guess was wrong it loads the right language as it always did.

import { BRIDGE_GLOBAL } from '../../common/host/bridge';
import { firstWebConfigLoad } from '../host/webHost';
import { languageLock } from '../classroom/languageLock';
import { likelyLocale } from '../i18n/likelyLocale';
import { loadNamespace, SHELL_NAMESPACES } from '../i18n/resources';
import { DEFAULT_LANGUAGE } from '../../common/i18n/languages';
import { defaultVisitorSettings, readVisitorSettings } from '../settings/visitorSettings';
import { readQueryParameters } from './queryParameters';

if (!(window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL]) void firstWebConfigLoad();

function savedLanguage() {
  try {
    return readVisitorSettings(window.localStorage, defaultVisitorSettings(DEFAULT_LANGUAGE, false)).language;
  } catch {
    // Some private windows refuse localStorage: boot() copes; the guess does without.
    return null;
  }
}

const locale = likelyLocale({ locked: languageLock.get(), linked: readQueryParameters(window.location.search).locale, saved: savedLanguage() });
// Only a head start: a failure here is boot()'s to report when it loads the texts itself.
for (const namespace of SHELL_NAMESPACES) loadNamespace(locale, namespace).catch(() => undefined);
