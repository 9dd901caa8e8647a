// The one way screens read content (facts, agenda, route notices, highlighted roles, games order), whichever pack it
// came from. Without a provider (a component test) it is the built-in pack, so every screen renders as it always has.

import { createContext, useContext } from 'react';
import type { ContentPack, LocalizedText } from '../../common/content/contentPack';
import { DEFAULT_LANGUAGE, isLanguage } from '../../common/i18n/languages';
import { createStore, useStore, type Store } from '../state/store';
import { DEFAULT_PACK } from './defaultPack';
import type { ShownContent } from './contentService';

const builtIn: Store<ShownContent> = createStore<ShownContent>({ pack: DEFAULT_PACK, source: 'built-in' });

const ContentContext = createContext<Store<ShownContent>>(builtIn);
ContentContext.displayName = 'Content';

/** renderer/app/ provides the content service's shown pack. */
export const ContentProvider = ContentContext.Provider;

export function useContent(): ContentPack {
  return useStore(useContext(ContentContext)).pack;
}

/**
 * A pack text in the visitor's language; a pack published in fewer languages than the device offers falls back to
 * French, then to the first language it has. (The pseudo-locale reads the default language.)
 */
export function packText(text: LocalizedText, language: string): string {
  const wanted = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  return text[wanted] ?? text[DEFAULT_LANGUAGE] ?? Object.values(text).find((value) => value !== undefined) ?? '';
}
