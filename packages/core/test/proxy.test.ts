import { describe, expect, test } from 'vitest';
import { proxiedFetch, proxyConfigured } from '../src/proxy';

describe('proxiedFetch', () => {
  test('without a proxy variable it is the global fetch', async () => {
    expect(await proxiedFetch({ NO_PROXY: '127.0.0.1', HTTP_PROXY: '' })).toBe(fetch);
    expect(proxyConfigured({ no_proxy: '*' })).toBe(false);
  });

  test.each(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy'])('%s names a proxy', async (name) => {
    expect(proxyConfigured({ [name]: 'http://127.0.0.1:3128' })).toBe(true);
    expect(await proxiedFetch({ [name]: 'http://127.0.0.1:3128' })).not.toBe(fetch);
  });
});
