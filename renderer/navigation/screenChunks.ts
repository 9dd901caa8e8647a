// The code of the screens that load on demand, one import() each, so a screen can be fetched before it is shown
// (a finger landing on a button, the games hub appearing) and rendered at once when the visitor gets there. The
// browser fetches and evaluates each chunk once; calling these again returns the same module.
//
// "At once" needs more than the fetch: React.lazy suspends on a screen's first render even when its code is already
// here, and React then holds the suspended screen back for up to 300 ms (its fallback throttle). A game whose code
// the games hub had fetched took a third of a second to show its intro. lazyScreen() renders a screen whose chunk has
// arrived directly, and uses React.lazy only while it has not.

import { createElement, lazy, useState, type ComponentType } from 'react';

/** One screen's chunk: its import, and the module once it has arrived. */
interface ScreenChunk<Module> {
  readonly load: () => Promise<Module>;
  readonly loaded: () => Module | null;
}

export function screenChunk<Module>(importer: () => Promise<Module>): ScreenChunk<Module> {
  let module: Module | null = null;
  return {
    load: () =>
      importer().then((arrived) => {
        module = arrived;
        return arrived;
      }),
    loaded: () => module,
  };
}

export const screenChunks = {
  game: screenChunk(() => import('../games/GameScreen')),
  careers: screenChunk(() => import('../careers/CareersRoute')),
  attract: screenChunk(() => import('../kiosk/AttractScreen')),
  eventAttract: screenChunk(() => import('../event/EventAttractScreen')),
};

/** Starts fetching a screen's code without waiting for it; a failure shows later, when the screen itself loads. */
export function warmScreen(name: keyof typeof screenChunks): void {
  screenChunks[name].load().catch(() => undefined);
}

/**
 * A screen component from a chunk: the component itself when the chunk has arrived, React.lazy (under the caller's
 * Suspense) while it has not. Each mount keeps the form it started with, so a screen never remounts (and loses its
 * state) because its chunk arrived meanwhile.
 */
export function lazyScreen<Module, Props extends object>(chunk: ScreenChunk<Module>, pick: (module: Module) => ComponentType<Props>): ComponentType<Props> {
  const Lazy = lazy(() => chunk.load().then((module) => ({ default: pick(module) })));
  function LoadedOrLazy(props: Props) {
    const [Component] = useState<ComponentType<Props>>(() => {
      const module = chunk.loaded();
      return module === null ? Lazy : pick(module);
    });
    return createElement(Component, props);
  }
  return LoadedOrLazy;
}
