// Loads translation namespaces for the current language before a screen renders its texts (and again after a
// language switch). Returns true once they are all there.

import { useEffect, useState } from 'react';
import { useLanguageServices } from './languageServices';
import { useStore } from '../state/store';
import { ensureNamespaces } from './i18n';

export function useNamespaces(namespaces: readonly string[]): boolean {
  const services = useLanguageServices();
  const { language } = useStore(services.settings);
  const key = namespaces.join('|');
  const loaded = () => namespaces.every((ns) => services.i18n.hasResourceBundle(language, ns));
  const [ready, setReady] = useState(loaded);

  useEffect(() => {
    let cancelled = false;
    const list = key === '' ? [] : key.split('|');
    if (list.every((ns) => services.i18n.hasResourceBundle(language, ns))) {
      setReady(true);
      return;
    }
    setReady(false);
    void ensureNamespaces(services.i18n, language, list).then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [key, language, services.i18n]);

  return ready && loaded();
}
