// Loads a report whenever its filters change; the latest request wins, an earlier answer arriving late is
// dropped (the effect's cleanup marks it stale).

import { useEffect, useState } from 'react';
import type { Filters } from './filters';

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'failed' } | { readonly state: 'ready'; readonly report: T };

export function useReport<T>(load: (filters: Filters) => Promise<T>, filters: Filters): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load(filters).then(
      (report) => current && setLoaded({ state: 'ready', report }),
      () => current && setLoaded({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load, filters]);
  return loaded;
}
