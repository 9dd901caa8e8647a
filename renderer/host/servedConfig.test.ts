// The early config.json request: sent once, taken by the first load, and later loads ask the server again.

import { describe, expect, it, vi } from 'vitest';
import { servedConfigResponse, startServedConfigRequest } from './servedConfig';

const answer = (body: string) => new Response(body, { status: 200 });

describe('the served config request', () => {
  it('is sent once when started, taken by the first load, and sent again for every later load', async () => {
    const fetchFunction = vi.fn(async () => answer('{"mode":"classroom"}'));
    startServedConfigRequest(fetchFunction);
    startServedConfigRequest(fetchFunction);
    expect(fetchFunction).toHaveBeenCalledTimes(1);
    expect(fetchFunction).toHaveBeenCalledWith('./config.json', { cache: 'no-store' });
    expect(await (await servedConfigResponse(fetchFunction)).text()).toBe('{"mode":"classroom"}');
    expect(fetchFunction).toHaveBeenCalledTimes(1);
    await servedConfigResponse(fetchFunction);
    expect(fetchFunction).toHaveBeenCalledTimes(2);
  });

  it('keeps a network failure for the load that takes it, without an unhandled rejection before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      startServedConfigRequest(async () => Promise.reject(new TypeError('Failed to fetch')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(servedConfigResponse()).rejects.toThrow('Failed to fetch');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('asks the server when nothing was started early (the Electron host never starts it)', async () => {
    const fetchFunction = vi.fn(async () => answer('{}'));
    await servedConfigResponse(fetchFunction);
    expect(fetchFunction).toHaveBeenCalledTimes(1);
  });
});
