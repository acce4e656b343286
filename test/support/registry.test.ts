import { describe, expect, test } from 'vitest';
import { faultWhen, startRegistry, startRegistryProxy } from './registry';

describe('startRegistry', () => {
  test('serves the distribution API on 127.0.0.1 and cleans up on stop', async () => {
    const registry = await startRegistry();
    try {
      expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(registry.url).toBe(`http://${registry.host}`);
      const response = await fetch(`${registry.url}/v2/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
      const catalog = await fetch(`${registry.url}/v2/_catalog`);
      expect(await catalog.json()).toEqual({ repositories: [] });
    } finally {
      await registry.stop();
    }
    await expect(fetch(`${registry.url}/v2/`)).rejects.toThrow();
    await registry.stop(); // idempotent
  });

  test('two registries run side by side on different ports', async () => {
    const [a, b] = await Promise.all([startRegistry(), startRegistry()]);
    try {
      expect(a.host).not.toBe(b.host);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test('with auth, /v2/ demands basic credentials and accepts the right ones', async () => {
    const registry = await startRegistry({ auth: { username: 'ci', password: 's3cret-pass' } });
    try {
      const anonymous = await fetch(`${registry.url}/v2/`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      const basic = (user: string, password: string) =>
        `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
      const wrong = await fetch(`${registry.url}/v2/`, { headers: { authorization: basic('ci', 'nope') } });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${registry.url}/v2/`, { headers: { authorization: basic('ci', 's3cret-pass') } });
      expect(right.status).toBe(200);
    } finally {
      await registry.stop();
    }
  });

  test('a registry that cannot start fails with the reason and leaves nothing behind', async () => {
    await expect(startRegistry({ binary: '/nonexistent/docker-registry' })).rejects.toThrow(/did not start.*ENOENT/);
  });
});

describe('startRegistryProxy', () => {
  test('forwards requests and injects queued faults once each', async () => {
    const registry = await startRegistry();
    const proxy = await startRegistryProxy(registry.url);
    try {
      proxy.failNext(faultWhen(/^GET \/v2\/$/, { status: 503, headers: { 'retry-after': '0' } }));
      expect((await fetch(`${proxy.url}/v2/`)).status).toBe(503);
      expect((await fetch(`${proxy.url}/v2/`)).status).toBe(200);
      proxy.failNext(faultWhen(/^GET \/v2\/$/, 'reset'));
      await expect(fetch(`${proxy.url}/v2/`)).rejects.toThrow();
      proxy.setFault(faultWhen(/./, { status: 401 }));
      expect((await fetch(`${proxy.url}/v2/`)).status).toBe(401);
      proxy.setFault(undefined);
      expect((await fetch(`${proxy.url}/v2/_catalog`)).status).toBe(200);
      expect(proxy.requests).toEqual(['GET /v2/', 'GET /v2/', 'GET /v2/', 'GET /v2/', 'GET /v2/_catalog']);
    } finally {
      await proxy.stop();
      await registry.stop();
    }
  });
});
