import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RegistryOptions {
  /** Protect the registry with htpasswd basic auth for this one user. */
  auth?: { username: string; password: string };
  /** How long to wait for `/v2/` to answer. */
  startTimeoutMs?: number;
  /** The registry program; Debian's `/usr/bin/docker-registry` (or SHIPGATE_REGISTRY_BINARY) by default. */
  binary?: string;
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`: what goes in front of an image name. */
  host: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Everything the registry wrote so far, for a failing test's message. */
  logs(): string;
  stop(): Promise<void>;
}

const START_ATTEMPTS = 3;

/**
 * The CNCF distribution registry (Debian's `docker-registry`) on a free 127.0.0.1 port, storing
 * into a fresh temp dir that `stop()` removes. Resolves once `/v2/` answers.
 */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'shipgate-registry-'));
  try {
    let htpasswdPath: string | undefined;
    if (options.auth) {
      htpasswdPath = join(dir, 'htpasswd');
      const hash = await bcryptHash(options.auth.password);
      await writeFile(htpasswdPath, `${options.auth.username}:${hash}\n`, { mode: 0o600 });
    }
    let lastError: unknown;
    // A free port found by binding to 0 can be taken by someone else before the registry binds it.
    for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      const port = await freePort();
      try {
        return await launch({
          binary: options.binary ?? process.env.SHIPGATE_REGISTRY_BINARY ?? '/usr/bin/docker-registry',
          dir,
          port,
          htpasswdPath,
          timeoutMs: options.startTimeoutMs ?? 15_000,
        });
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

interface LaunchSettings {
  binary: string;
  dir: string;
  port: number;
  htpasswdPath: string | undefined;
  timeoutMs: number;
}

async function launch({ binary, dir, port, htpasswdPath, timeoutMs }: LaunchSettings): Promise<TestRegistry> {
  const configPath = join(dir, `config-${port}.yml`);
  const auth = htpasswdPath ? `auth:\n  htpasswd:\n    realm: shipgate-test\n    path: ${htpasswdPath}\n` : '';
  await writeFile(
    configPath,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'storage')}`,
      '  delete:',
      '    enabled: true',
      '  maintenance:',
      '    uploadpurging:',
      '      enabled: false',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '  secret: shipgate-test-secret',
      '',
    ].join('\n') + auth,
  );
  const child = spawn(binary, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-64_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stopChild = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (spawnError || child.exitCode !== null) {
      await stopChild();
      throw new Error(
        `docker-registry did not start (${spawnError?.message ?? `exit ${child.exitCode}`}): ${output.trim()}`,
      );
    }
    if (await answers(`${url}/v2/`)) break;
    if (Date.now() > deadline) {
      await stopChild();
      throw new Error(`docker-registry did not answer on ${url} within ${timeoutMs}ms: ${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  let stopped = false;
  return {
    host: `127.0.0.1:${port}`,
    url,
    logs: () => output,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopChild();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.status === 200 || response.status === 401;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A bcrypt hash (the only kind the registry's htpasswd accepts) through libxcrypt's crypt(3), via perl. */
function bcryptHash(password: string): Promise<string> {
  const salt = [...randomBytes(22)].map((byte) => BCRYPT_ALPHABET[byte % 64]).join('');
  return new Promise((resolve, reject) => {
    const child = execFile(
      'perl',
      ['-e', 'my $p = do { local $/; <STDIN> }; print crypt($p, $ARGV[0])', `$2b$05$${salt}`],
      (error, stdout) => {
        if (error) return reject(error);
        if (!stdout.startsWith('$2b$')) return reject(new Error(`crypt(3) returned no bcrypt hash: ${stdout}`));
        resolve(stdout.trim());
      },
    );
    child.stdin?.end(password);
  });
}

// ---------------------------------------------------------------------------------------------

/** What the proxy does with one request instead of forwarding it, or `undefined` to forward. */
export type ProxyFault = (
  request: IncomingMessage,
) => { status: number; headers?: Record<string, string>; body?: string } | 'reset' | undefined;

export interface RegistryProxy {
  host: string;
  url: string;
  /** Every request that reached the proxy, in order, as `METHOD path`. */
  readonly requests: string[];
  /** Queue faults: each answers (or resets) the next request it matches, once. */
  failNext(...faults: ProxyFault[]): void;
  /** A fault consulted for every request (after the queued ones), e.g. an auth wall. */
  setFault(fault: ProxyFault | undefined): void;
  stop(): Promise<void>;
}

/**
 * A tiny HTTP proxy in front of a registry that can answer with errors, reset connections, or
 * demand auth, so that clients' retry and auth handling meet real HTTP. Listens on 127.0.0.1.
 */
export async function startRegistryProxy(targetUrl: string): Promise<RegistryProxy> {
  const target = new URL(targetUrl);
  const requests: string[] = [];
  const queued: ProxyFault[] = [];
  let standing: ProxyFault | undefined;

  const server: Server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    requests.push(`${incoming.method} ${incoming.url}`);
    let decision: ReturnType<ProxyFault>;
    for (let i = 0; i < queued.length; i++) {
      decision = queued[i]?.(incoming);
      if (decision !== undefined) {
        queued.splice(i, 1);
        break;
      }
    }
    decision ??= standing?.(incoming);
    if (decision === 'reset') {
      incoming.socket.destroy();
      return;
    }
    if (decision) {
      incoming.resume();
      outgoing.writeHead(decision.status, { 'content-type': 'application/json', ...decision.headers });
      outgoing.end(decision.body ?? JSON.stringify({ errors: [{ code: 'INJECTED', message: 'injected fault' }] }));
      return;
    }
    const headers = { ...incoming.headers, host: target.host };
    const upstream = request(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      (response) => {
        const responseHeaders = { ...response.headers };
        // Upload locations point at the registry itself; rewrite them so the client stays on the proxy.
        const location = responseHeaders.location;
        if (typeof location === 'string' && location.startsWith(target.origin)) {
          responseHeaders.location = location.replace(target.origin, `http://${incoming.headers.host}`);
        }
        outgoing.writeHead(response.statusCode ?? 502, responseHeaders);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (...faults) => queued.push(...faults),
    setFault: (fault) => {
      standing = fault;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fault that matches requests whose `METHOD path` matches `pattern`. */
export function faultWhen(
  pattern: RegExp,
  answer: { status: number; headers?: Record<string, string>; body?: string } | 'reset',
): ProxyFault {
  return (incoming) => (pattern.test(`${incoming.method} ${incoming.url}`) ? answer : undefined);
}
