// The config.json request: never answered from the browser's cache.

import { describe, expect, it, vi } from 'vitest';
import { servedConfigResponse } from './servedConfig';

describe('the served config request', () => {
  it('asks the server every time, without the cache', async () => {
    const fetchFunction = vi.fn(async () => new Response('{}', { status: 200 }));
    await servedConfigResponse(fetchFunction);
    await servedConfigResponse(fetchFunction);
    expect(fetchFunction).toHaveBeenCalledTimes(2);
    expect(fetchFunction).toHaveBeenCalledWith('./config.json', { cache: 'no-store' });
  });
});
