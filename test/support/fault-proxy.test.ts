import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FaultProxy, startFaultProxy } from './fault-proxy';
import { startGitServer } from './git-server';
import { startRegistry } from './registry';

const execFileAsync = promisify(execFile);

const BIG_BODY = 'x'.repeat(256 * 1024);

/** An upstream that answers `/big` with 256 KiB, `/echo` with the request body, anything else with its path. */
async function startUpstream(): Promise<{ url: string; hits: string[]; stop(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    hits.push(`${incoming.method} ${incoming.url}`);
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      if (incoming.url === '/big') {
        outgoing.writeHead(200, { 'content-length': String(BIG_BODY.length) });
        outgoing.end(BIG_BODY);
        return;
      }
      if (incoming.url === '/redirect') {
        outgoing.writeHead(202, { location: `http://${incoming.headers.host}/next` });
        outgoing.end();
        return;
      }
      outgoing.writeHead(200, { 'content-type': 'text/plain' });
      outgoing.end(incoming.url === '/echo' ? Buffer.concat(chunks) : `path ${incoming.url}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** GET through node:http, returning how many body bytes arrived and how the response ended. */
function rawGet(url: string): Promise<{ status?: number; bytes: number; error?: string }> {
  return new Promise((resolve) => {
    let bytes = 0;
    let status: number | undefined;
    const req = request(url, { agent: false }, (response) => {
      status = response.statusCode;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve({ status, bytes }));
      response.on('error', (error) => resolve({ status, bytes, error: error.message }));
      response.on('aborted', () => resolve({ status, bytes, error: 'aborted' }));
    });
    req.on('error', (error) => resolve({ status, bytes, error: error.message }));
    req.end();
  });
}

describe('startFaultProxy', () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let proxy: FaultProxy;

  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterAll(async () => {
    await upstream.stop();
  });

  const withProxy = async (run: (proxy: FaultProxy) => Promise<void>, options = {}) => {
    proxy = await startFaultProxy(upstream.url, options);
    try {
      await run(proxy);
    } finally {
      await proxy.stop();
    }
  };

  test('forwards requests and bodies untouched and records each one', async () => {
    await withProxy(async (proxy) => {
      expect(proxy.host).toMatch(/^127\.0\.0\.1:\d+$/);
      const response = await fetch(`${proxy.url}/echo`, { method: 'POST', body: 'hello' });
      expect(await response.text()).toBe('hello');
      expect(await (await fetch(`${proxy.url}/a?b=c`)).text()).toBe('path /a?b=c');
      expect(proxy.records).toEqual([
        { seq: 1, method: 'POST', path: '/echo', outcome: 'forwarded', status: 200, delayMs: 0 },
        { seq: 2, method: 'GET', path: '/a?b=c', outcome: 'forwarded', status: 200, delayMs: 0 },
      ]);
    });
  });

  test('answers the first N matching requests with a status and Retry-After, then forwards', async () => {
    await withProxy(async (proxy) => {
      const rule = proxy.addRule({
        name: 'throttle',
        method: 'GET',
        path: /^\/limited/,
        times: 2,
        action: { kind: 'respond', status: 429, retryAfter: 7 },
      });
      const first = await fetch(`${proxy.url}/limited`);
      expect(first.status).toBe(429);
      expect(first.headers.get('retry-after')).toBe('7');
      expect(await first.json()).toEqual({ errors: [{ code: 'INJECTED', message: 'injected fault' }] });
      expect((await fetch(`${proxy.url}/other`)).status).toBe(200);
      expect((await fetch(`${proxy.url}/limited`, { method: 'POST', body: 'x' })).status).toBe(200);
      expect((await fetch(`${proxy.url}/limited`)).status).toBe(429);
      expect((await fetch(`${proxy.url}/limited`)).status).toBe(200);
      expect(rule.applied).toBe(2);
      expect(proxy.applied('throttle').map((record) => [record.seq, record.status, record.outcome])).toEqual([
        [1, 429, 'responded'],
        [4, 429, 'responded'],
      ]);
      // The upstream never saw the answered requests.
      expect(upstream.hits.filter((hit) => hit === 'GET /limited')).toHaveLength(1);
    });
  });

  test('skip lets the first matches through; predicates and exact paths match; remove and clear stop rules', async () => {
    await withProxy(async (proxy) => {
      proxy.addRule({
        name: 'second-put',
        method: /^PUT$/,
        path: '/manifest',
        skip: 1,
        times: 1,
        action: { kind: 'respond', status: 503, body: 'busy' },
      });
      const byHeader = proxy.addRule({
        name: 'by-header',
        when: (request) => request.headers['x-flaky'] === 'yes',
        action: { kind: 'respond', status: 500 },
      });
      expect((await fetch(`${proxy.url}/manifest?x=1`, { method: 'PUT', body: 'a' })).status).toBe(200);
      const second = await fetch(`${proxy.url}/manifest`, { method: 'PUT', body: 'a' });
      expect([second.status, await second.text()]).toEqual([503, 'busy']);
      expect((await fetch(`${proxy.url}/manifest`, { method: 'PUT', body: 'a' })).status).toBe(200);
      expect((await fetch(`${proxy.url}/any`, { headers: { 'x-flaky': 'yes' } })).status).toBe(500);
      byHeader.remove();
      expect((await fetch(`${proxy.url}/any`, { headers: { 'x-flaky': 'yes' } })).status).toBe(200);
      proxy.addRule({ action: { kind: 'respond', status: 502 } });
      expect((await fetch(`${proxy.url}/any`)).status).toBe(502);
      proxy.clearRules();
      expect((await fetch(`${proxy.url}/any`)).status).toBe(200);
    });
  });

  test('resets before forwarding, or in the middle of the response body', async () => {
    await withProxy(async (proxy) => {
      proxy.addRule({ name: 'refuse', path: '/refuse', action: { kind: 'reset' } });
      proxy.addRule({ name: 'cut', path: '/big', times: 1, action: { kind: 'reset', afterBytes: 1000 } });
      proxy.addRule({ name: 'cut-short', path: '/short', times: 1, action: { kind: 'reset', afterBytes: 1_000_000 } });
      await expect(fetch(`${proxy.url}/refuse`)).rejects.toThrow();
      expect(upstream.hits).not.toContain('GET /refuse');

      const cut = await rawGet(`${proxy.url}/big`);
      expect(cut.status).toBe(200);
      expect(cut.error).toBeDefined();
      expect(cut.bytes).toBe(1000);
      const whole = await rawGet(`${proxy.url}/big`);
      expect(whole).toEqual({ status: 200, bytes: BIG_BODY.length });

      // A body shorter than afterBytes is still cut before its end.
      const short = await rawGet(`${proxy.url}/short`);
      expect(short.error).toBeDefined();
      expect(short.bytes).toBeLessThan('path /short'.length);
      expect(proxy.records.map((record) => record.outcome)).toEqual(['reset', 'reset', 'forwarded', 'reset']);
    });
  });

  test('drop-response lets the upstream act, then resets before the client hears the answer', async () => {
    await withProxy(async (proxy) => {
      proxy.addRule({ name: 'lost', path: '/echo', times: 1, action: { kind: 'drop-response' } });
      const echoes = () => upstream.hits.filter((hit) => hit === 'POST /echo').length;
      const first = echoes();
      await expect(fetch(`${proxy.url}/echo`, { method: 'POST', body: 'landed' })).rejects.toThrow();
      expect(echoes()).toBe(first + 1);
      const before = upstream.hits.length;
      expect(await (await fetch(`${proxy.url}/echo`, { method: 'POST', body: 'again' })).text()).toBe('again');
      expect(upstream.hits.length).toBe(before + 1);
      expect(proxy.applied('lost').map((record) => [record.outcome, record.status])).toEqual([['reset', 200]]);
    });
  });

  test('adds fixed latency to every request and extra latency by rule', async () => {
    await withProxy(
      async (proxy) => {
        proxy.addRule({ name: 'slow-push', path: /receive-pack$/, action: { kind: 'delay', ms: 150 } });
        const started = performance.now();
        expect((await fetch(`${proxy.url}/quick`)).status).toBe(200);
        const quick = performance.now() - started;
        expect((await fetch(`${proxy.url}/repo.git/git-receive-pack`, { method: 'POST', body: 'x' })).status).toBe(200);
        const slow = performance.now() - started - quick;
        expect(quick).toBeGreaterThanOrEqual(45);
        expect(slow).toBeGreaterThanOrEqual(195);
        expect(proxy.records.map((record) => [record.outcome, record.delayMs])).toEqual([
          ['forwarded', 50],
          ['delayed', 200],
        ]);
        proxy.setLatency(0);
        await fetch(`${proxy.url}/quick`);
        expect(proxy.records[2]?.delayMs).toBe(0);
      },
      { latencyMs: 50 },
    );
  });

  test('refuses unbounded delays, and stop cancels requests still waiting', async () => {
    await expect(startFaultProxy(upstream.url, { latencyMs: 10_000, maxDelayMs: 1_000 })).rejects.toThrow(
      /outside 0\.\.1000ms/,
    );
    proxy = await startFaultProxy(upstream.url, { maxDelayMs: 5_000 });
    expect(() => proxy.addRule({ action: { kind: 'delay', ms: 60_000 } })).toThrow(/outside/);
    proxy.addRule({ action: { kind: 'delay', ms: 5_000 } });
    const waiting = fetch(`${proxy.url}/never`).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await proxy.stop();
    await proxy.stop(); // idempotent
    expect(await waiting).toBe('failed');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(upstream.hits).not.toContain('GET /never');
    await expect(fetch(`${proxy.url}/again`)).rejects.toThrow();
  });

  test('an unreachable upstream is a 502 from the proxy', async () => {
    const dead = await startUpstream();
    await dead.stop();
    const orphan = await startFaultProxy(dead.url);
    try {
      const response = await fetch(`${orphan.url}/x`);
      expect(response.status).toBe(502);
      expect(orphan.records[0]?.status).toBe(502);
    } finally {
      await orphan.stop();
    }
  });

  test('rewrites locations that name the upstream so clients stay on the proxy', async () => {
    await withProxy(async (proxy) => {
      const response = await fetch(`${proxy.url}/redirect`, { redirect: 'manual' });
      expect(response.headers.get('location')).toBe(`${proxy.url}/next`);
    });
  });
});

describe('startFaultProxy in front of the real servers', () => {
  test('a blob upload to the registry goes through the proxy, one 503 on the PUT included', async () => {
    const registry = await startRegistry();
    const proxy = await startFaultProxy(registry.url);
    try {
      proxy.addRule({
        name: 'put-503',
        method: 'PUT',
        path: /\/blobs\/uploads\//,
        times: 1,
        action: { kind: 'respond', status: 503 },
      });
      const body = Buffer.from('layer');
      const digest = `sha256:${(await import('node:crypto')).createHash('sha256').update(body).digest('hex')}`;
      const upload = async () => {
        const start = await fetch(`${proxy.url}/v2/demo/blobs/uploads/`, { method: 'POST' });
        expect(start.status).toBe(202);
        const location = start.headers.get('location') ?? '';
        expect(location.startsWith(proxy.url)).toBe(true);
        const target = new URL(location);
        target.searchParams.set('digest', digest);
        return fetch(target, { method: 'PUT', body, headers: { 'content-type': 'application/octet-stream' } });
      };
      expect((await upload()).status).toBe(503);
      expect((await upload()).status).toBe(201);
      expect((await fetch(`${registry.url}/v2/demo/blobs/${digest}`, { method: 'HEAD' })).status).toBe(200);
      expect(proxy.applied('put-503')).toHaveLength(1);
    } finally {
      await proxy.stop();
      await registry.stop();
    }
  });

  test('git clones through the proxy; a 503 on the first ref advertisement fails that clone only', async () => {
    const server = await startGitServer();
    const proxy = await startFaultProxy(server.url);
    const work = await mkdtemp(join(tmpdir(), 'fault-proxy-git-'));
    try {
      await server.createRepo('web', { files: { 'README.md': 'hi\n' } });
      proxy.addRule({
        name: 'refs-503',
        path: /\/info\/refs\?service=git-upload-pack$/,
        times: 1,
        action: { kind: 'respond', status: 503 },
      });
      const header = `Authorization: Basic ${Buffer.from(`x-access-token:${server.token}`).toString('base64')}`;
      const env = {
        PATH: process.env.PATH,
        HOME: work,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraHeader',
        GIT_CONFIG_VALUE_0: header,
      };
      const clone = (dir: string) =>
        execFileAsync('git', ['clone', '-q', `${proxy.url}/web.git`, dir], { cwd: work, env });
      await expect(clone('first')).rejects.toThrow(/503/);
      await clone('second');
      expect(proxy.applied('refs-503')).toHaveLength(1);
      expect(proxy.records.some((record) => record.path === '/web.git/git-upload-pack' && record.status === 200)).toBe(
        true,
      );
    } finally {
      await proxy.stop();
      await server.stop();
      await rm(work, { recursive: true, force: true });
    }
  });
});
