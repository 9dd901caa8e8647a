// lazyScreen(): a screen whose chunk has arrived (warmed by the games hub or a finger on a card) renders at once,
// without suspending; one whose chunk has not suspends like React.lazy. Rendered with react-dom/server, which shows
// a suspended screen's fallback instead of waiting.

import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyScreen, screenChunk } from './screenChunks';

function Greeting({ name }: { name: string }) {
  return createElement('h1', null, `Hello ${name}`);
}

function rendered(Screen: ComponentType<{ name: string }>): string {
  return renderToStaticMarkup(createElement(Suspense, { fallback: 'loading' }, createElement(Screen, { name: 'Lou' })));
}

describe('lazyScreen', () => {
  it('suspends while the chunk has not arrived', () => {
    const chunk = screenChunk(() => Promise.resolve({ Greeting }));
    expect(rendered(lazyScreen(chunk, (module) => module.Greeting))).toBe('loading');
  });

  it('renders the screen directly once its chunk has arrived, where React.lazy would still suspend', async () => {
    const chunk = screenChunk(() => Promise.resolve({ Greeting }));
    const Screen = lazyScreen(chunk, (module) => module.Greeting);
    const PlainLazy = lazy(() => chunk.load().then((module) => ({ default: module.Greeting })));
    await chunk.load();
    expect(chunk.loaded()).not.toBeNull();
    expect(rendered(Screen)).toBe('<h1>Hello Lou</h1>');
    expect(rendered(PlainLazy)).toBe('loading');
  });

  it('loads a chunk once and keeps it after a failed attempt is retried', async () => {
    let calls = 0;
    const chunk = screenChunk(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ Greeting });
    });
    await expect(chunk.load()).rejects.toThrow('offline');
    expect(chunk.loaded()).toBeNull();
    await chunk.load();
    expect(chunk.loaded()).toEqual({ Greeting });
  });
});
