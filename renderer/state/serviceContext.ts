// A React context for the services one feature may use. Each feature declares its own narrow interface (what the
// careers explorer may record, what a game may read...) with a context made here; renderer/app/ provides every one
// of them from the app's services, so a feature never reaches up into the app and its interface says what it touches.

import { createContext, useContext, type Provider } from 'react';

export interface ServiceContext<T> {
  readonly Provider: Provider<T | null>;
  /** The feature's services; throws when the app did not provide them (a wiring bug, found by the first render). */
  readonly useServices: () => T;
}

export function createServiceContext<T>(feature: string): ServiceContext<T> {
  const context = createContext<T | null>(null);
  context.displayName = `${feature}Services`;
  return {
    Provider: context.Provider,
    useServices: function useFeatureServices(): T {
      const services = useContext(context);
      if (!services) throw new Error(`${feature} services used outside their provider (renderer/app/FeatureServices.tsx)`);
      return services;
    },
  };
}
