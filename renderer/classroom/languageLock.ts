// The class language lock: the teacher picks the language for the class and can lock it, which hides language
// switching on the pupils' screens until the teacher unlocks it from the teacher's view. Kept in this browser's
// localStorage (it belongs to the device, like the device config), read once at start by boot.ts.

import { isLanguage, type Language } from '../../common/i18n/languages';
import { createStore, type Store } from '../state/store';

export const LANGUAGE_LOCK_KEY = 'biotech.classroom.languageLock.v1';

function readLock(storage: Storage): Language | null {
  try {
    const value = storage.getItem(LANGUAGE_LOCK_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function createLanguageLock(storage: Storage): Store<Language | null> {
  const store = createStore<Language | null>(readLock(storage));
  store.subscribe(() => {
    const locked = store.get();
    try {
      if (locked) storage.setItem(LANGUAGE_LOCK_KEY, locked);
      else storage.removeItem(LANGUAGE_LOCK_KEY);
    } catch {
      // Private browsing with storage off: the lock holds for this page only.
    }
  });
  return store;
}

/** The locked class language, or null when pupils may switch. */
export const languageLock: Store<Language | null> = createLanguageLock(window.localStorage);
