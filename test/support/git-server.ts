import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { TEST_GIT_IDENTITY } from './git-identity';

const execFileAsync = promisify(execFile);

const HTTP_BACKEND = process.env.SHIPGATE_GIT_HTTP_BACKEND ?? '/usr/lib/git-core/git-http-backend';

/**
 * A pre-receive hook: a script (with its own `#!` line) written as the repository's hook, or a
 * fraction of pushes to reject at random. Random rejections are real ref-lock failures (the hook
 * takes `<ref>.lock` and exits 0, so receive-pack reports "failed to update ref" exactly as it does
 * when two pushes race); the server releases the lock when that request ends.
 */
export type PreReceiveHook = string | { rejectFraction: number };

export interface GitServerOptions {
  /** The token clients must present; random by default. */
  token?: string;
  /** Installed in every repository created afterwards, unless `createRepo` names its own. */
  preReceive?: PreReceiveHook;
}

export interface RepoCommit {
  message: string;
  /** Path → content; `null` deletes the path; `{ symlink }` makes a symbolic link. */
  files: Record<string, string | null | { symlink: string }>;
  /** Committer/author date (ISO 8601); now by default. */
  date?: string;
}

export interface RepoInit {
  /** Files of a first commit on `branch`. */
  files?: Record<string, string | { symlink: string }>;
  /** Commits made after `files`, in order. */
  commits?: RepoCommit[];
  /** Default `main`. */
  branch?: string;
  preReceive?: PreReceiveHook;
}

export interface GitRequestRecord {
  method: string;
  /** The path without query, e.g. `/web.git/git-receive-pack`. */
  path: string;
  /** `git-upload-pack` / `git-receive-pack` when the request names one. */
  service?: string;
  /** How the client authenticated; the credential itself is never recorded. */
  auth: 'basic' | 'bearer' | 'none' | 'invalid';
  status: number;
  /**
   * The `ref-prefix`es of a protocol v2 `ls-refs` (what git and the process list refs with), once
   * its body has arrived; absent for any other request.
   */
  refPrefixes?: string[];
}

/**
 * A failure the server serves instead of (or after) a real answer, to the next matching request
 * of one repository: an HTTP status without running git (a 503 from a load balancer), or the real
 * answer computed and then the connection dropped before any of it is sent (a push the server
 * accepted whose reply was lost).
 */
export type GitFault =
  | { service: 'git-upload-pack' | 'git-receive-pack'; status: number; times?: number }
  | { service: 'git-upload-pack' | 'git-receive-pack'; dropReply: true; times?: number };

/** One ref update of an accepted push. */
export interface RecordedPush {
  before: string;
  after: string;
  ref: string;
  /** ISO time, seconds precision, as the hook saw it. */
  timestamp: string;
}

const PUSH_LOG = 'shipgate-push-log';

/** Logs each accepted ref update as `<time> <old> <new> <ref>`: what `pushes()` reads. */
const POST_RECEIVE_HOOK = `#!/bin/sh
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
while read old new ref; do echo "$now $old $new $ref" >> "${PUSH_LOG}"; done
`;

/** Notes an upload-pack request's `ls-refs` prefixes (see `GitRequestRecord.refPrefixes`); a fetch's body is not kept. */
function recordRefPrefixes(request: IncomingMessage, record: GitRequestRecord): void {
  let head = '';
  request.on('data', (chunk: Buffer) => {
    if (head.length < 65_536) head += chunk.toString('latin1');
  });
  request.on('end', () => {
    if (request.headers['content-encoding'] || !/^[0-9a-f]{4}command=ls-refs\n/.test(head)) return;
    record.refPrefixes = [...head.matchAll(/[0-9a-f]{4}ref-prefix (\S+)\n/g)].map((match) => match[1] ?? '');
  });
}

export interface GitServer {
  /** `http://127.0.0.1:<port>`; a repository is at `${url}/<name>.git`. */
  readonly url: string;
  readonly token: string;
  /** Every HTTP request served, in order. */
  readonly requests: GitRequestRecord[];
  /** The directory holding the bare repositories. */
  readonly root: string;
  /** Creates `<name>.git` (bare, `http.receivepack` on) and returns its clone URL. */
  createRepo(name: string, init?: RepoInit): Promise<string>;
  repoUrl(name: string): string;
  /** The bare repository's directory, for assertions with plain git. */
  repoPath(name: string): string;
  /** Installs (or with `undefined`, removes) the pre-receive hook of an existing repository. */
  setPreReceiveHook(name: string, hook: PreReceiveHook | undefined): Promise<void>;
  /** Serves `fault` to the next `times` (default 1) requests for `service` of repository `name`. */
  injectFault(name: string, fault: GitFault): void;
  /** `git` in the bare repository (e.g. `['rev-parse', 'main']`), stdout trimmed. */
  git(name: string, args: readonly string[]): Promise<string>;
  /**
   * Every ref update the repository accepted after it was created, oldest first, as a
   * post-receive hook logged it: the server's own record of pushes (what GitHub's activity API
   * reports), not anything a pusher wrote.
   */
  pushes(name: string): Promise<RecordedPush[]>;
  stop(): Promise<void>;
}

const INJECTED_LOCKS_DIR = 'shipgate-injected-locks';

export async function startGitServer(options: GitServerOptions = {}): Promise<GitServer> {
  const token = options.token ?? `gst_${randomBytes(16).toString('hex')}`;
  const root = await mkdtemp(join(tmpdir(), 'shipgate-git-server-'));
  const reposDir = join(root, 'repos');
  await mkdir(reposDir);
  const requests: GitRequestRecord[] = [];
  let requestCounter = 0;
  const faults = new Map<string, (GitFault & { left: number })[]>();
  /** The fault the request gets, counted down; a status fault hits the ref advertisement, a dropped reply the POST. */
  const takeFault = (pathname: string, method: string, service: string | undefined): GitFault | undefined => {
    const repo = decodeURIComponent(pathname).match(/^\/(.+?)\.git\//)?.[1];
    const pending = repo ? faults.get(repo) : undefined;
    const fault = pending?.find(
      (entry) => entry.service === service && entry.left > 0 && ('dropReply' in entry ? method === 'POST' : true),
    );
    if (fault) fault.left -= 1;
    return fault;
  };

  const checkAuth = (header: string | undefined): GitRequestRecord['auth'] => {
    if (!header) return 'none';
    const [scheme, value = ''] = header.split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'bearer') return value === token ? 'bearer' : 'invalid';
    if (scheme?.toLowerCase() === 'basic') {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const password = decoded.slice(decoded.indexOf(':') + 1);
      return decoded.includes(':') && password === token ? 'basic' : 'invalid';
    }
    return 'invalid';
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const service =
      url.searchParams.get('service') ?? url.pathname.match(/\/(git-upload-pack|git-receive-pack)$/)?.[1] ?? undefined;
    const record: GitRequestRecord = {
      method: request.method ?? 'GET',
      path: url.pathname,
      ...(service ? { service } : {}),
      auth: checkAuth(request.headers.authorization),
      status: 0,
    };
    requests.push(record);
    if (record.auth === 'none' || record.auth === 'invalid') {
      record.status = 401;
      request.resume();
      response.writeHead(401, {
        'WWW-Authenticate': 'Basic realm="shipgate-git-server"',
        'Content-Type': 'text/plain',
      });
      response.end('Authentication required.\n');
      return;
    }
    const fault = takeFault(url.pathname, record.method, service);
    if (fault && 'status' in fault) {
      record.status = fault.status;
      request.resume();
      response.writeHead(fault.status, { 'Content-Type': 'text/plain' });
      response.end('Injected failure.\n');
      return;
    }
    const dropReply = fault !== undefined;
    const requestId = `r${++requestCounter}`;
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: root,
      GIT_PROJECT_ROOT: reposDir,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      REQUEST_METHOD: record.method,
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: '127.0.0.1',
      SERVER_PROTOCOL: 'HTTP/1.1',
      GATEWAY_INTERFACE: 'CGI/1.1',
      SHIPGATE_REQUEST_ID: requestId,
    };
    if (request.headers['content-length']) env.CONTENT_LENGTH = request.headers['content-length'];
    if (request.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = request.headers['content-encoding'];
    if (request.headers['git-protocol']) env.GIT_PROTOCOL = String(request.headers['git-protocol']);

    const child = spawn(HTTP_BACKEND, [], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    if (service === 'git-upload-pack' && record.method === 'POST') recordRefPrefixes(request, record);
    request.pipe(child.stdin);
    child.stdin.on('error', () => {});
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    let headerBuffer = Buffer.alloc(0);
    let headersSent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (dropReply) return;
      if (headersSent) {
        response.write(chunk);
        return;
      }
      headerBuffer = Buffer.concat([headerBuffer, chunk]);
      const separator = findHeaderEnd(headerBuffer);
      if (!separator) return;
      const { status, headers } = parseCgiHeaders(headerBuffer.subarray(0, separator.index).toString('latin1'));
      record.status = status;
      response.writeHead(status, headers);
      headersSent = true;
      const body = headerBuffer.subarray(separator.index + separator.length);
      if (body.length > 0) response.write(body);
    });
    child.on('close', (code) => {
      void releaseInjectedLocks(repoDirOf(url.pathname), requestId).finally(() => {
        if (dropReply) {
          record.status = 0;
          request.socket.destroy();
          return;
        }
        if (!headersSent) {
          record.status = 500;
          response.writeHead(500, { 'Content-Type': 'text/plain' });
          response.end(`git http-backend exited with ${code}: ${stderr}`);
          return;
        }
        response.end();
      });
    });
    child.on('error', (error) => {
      record.status = 500;
      if (!headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  };

  const repoDirOf = (pathname: string) => {
    const match = decodeURIComponent(pathname).match(/^\/(.+?\.git)(?:\/|$)/);
    return match?.[1] && !match[1].split('/').includes('..') ? join(reposDir, match[1]) : undefined;
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const repoPath = (name: string) => join(reposDir, `${name}.git`);
  const git = async (name: string, args: readonly string[]) =>
    (await execFileAsync('git', [...args], { cwd: repoPath(name), env: plainGitEnv(root) })).stdout.trim();

  const setPreReceiveHook = async (name: string, hook: PreReceiveHook | undefined) => {
    const hookPath = join(repoPath(name), 'hooks', 'pre-receive');
    if (hook === undefined) {
      await rm(hookPath, { force: true });
      return;
    }
    await writeFile(hookPath, typeof hook === 'string' ? hook : randomLockHook(hook.rejectFraction));
    await chmod(hookPath, 0o755);
  };

  const createRepo = async (name: string, init: RepoInit = {}) => {
    const bare = repoPath(name);
    const branch = init.branch ?? 'main';
    await mkdir(dirname(bare), { recursive: true });
    await execFileAsync('git', ['init', '--bare', '--quiet', `--initial-branch=${branch}`, bare], {
      env: plainGitEnv(root),
    });
    await git(name, ['config', 'http.receivepack', 'true']);
    // Partial clones (--filter) need the server to allow filters.
    await git(name, ['config', 'uploadpack.allowFilter', 'true']);
    await git(name, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    const commits: RepoCommit[] = [
      ...(init.files ? [{ message: 'Initial commit', files: init.files }] : []),
      ...(init.commits ?? []),
    ];
    if (commits.length > 0) await writeCommits(root, bare, branch, commits);
    await writeFile(join(bare, 'hooks', 'post-receive'), POST_RECEIVE_HOOK, { mode: 0o755 });
    const hook = init.preReceive ?? options.preReceive;
    if (hook !== undefined) await setPreReceiveHook(name, hook);
    return `${url}/${name}.git`;
  };

  return {
    url,
    token,
    requests,
    root: reposDir,
    createRepo,
    repoUrl: (name) => `${url}/${name}.git`,
    repoPath,
    setPreReceiveHook,
    injectFault: (name, fault) => {
      const pending = faults.get(name) ?? [];
      pending.push({ ...fault, left: fault.times ?? 1 });
      faults.set(name, pending);
    },
    git,
    pushes: async (name) => {
      const log = await readFile(join(repoPath(name), PUSH_LOG), 'utf8').catch(() => '');
      return log
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [timestamp = '', before = '', after = '', ref = ''] = line.split(' ');
          return { timestamp, before, after, ref };
        });
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

function plainGitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    ...TEST_GIT_IDENTITY,
  };
}

/** Writes the commits with `git fast-import` straight into the bare repository. */
async function writeCommits(home: string, bare: string, branch: string, commits: RepoCommit[]): Promise<void> {
  const parts: string[] = [];
  let when = Math.floor(Date.now() / 1000) - commits.length;
  for (const commit of commits) {
    const seconds = commit.date ? Math.floor(Date.parse(commit.date) / 1000) : when++;
    const message = Buffer.from(commit.message.endsWith('\n') ? commit.message : `${commit.message}\n`);
    parts.push(`commit refs/heads/${branch}\n`);
    parts.push(`committer Test <test@example.com> ${seconds} +0000\n`);
    parts.push(`data ${message.length}\n${message.toString('utf8')}\n`);
    for (const [path, content] of Object.entries(commit.files)) {
      if (content === null) {
        parts.push(`D ${path}\n`);
      } else if (typeof content === 'object') {
        const target = Buffer.from(content.symlink);
        parts.push(`M 120000 inline ${path}\ndata ${target.length}\n${content.symlink}\n`);
      } else {
        const data = Buffer.from(content);
        parts.push(`M 100644 inline ${path}\ndata ${data.length}\n${content}\n`);
      }
    }
    parts.push('\n');
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet'], { cwd: bare, env: plainGitEnv(home) });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}: ${stderr}`)),
    );
    child.stdin.end(parts.join(''));
  });
}

function findHeaderEnd(buffer: Buffer): { index: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { index: crlf, length: 4 };
  if (lf >= 0) return { index: lf, length: 2 };
  return undefined;
}

function parseCgiHeaders(text: string): { status: number; headers: Record<string, string> } {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200;
    else headers[name] = value;
  }
  return { status, headers };
}

/**
 * A hook that, for a fraction of pushes, takes the lock of every ref being updated so that
 * receive-pack's own update fails the way a concurrent push makes it fail.
 */
function randomLockHook(fraction: number): string {
  return `#!${process.execPath}
const fs = require('node:fs');
const path = require('node:path');
const input = fs.readFileSync(0, 'utf8');
if (Math.random() >= ${JSON.stringify(fraction)}) process.exit(0);
const gitDir = path.resolve(process.env.GIT_DIR || '.');
const taken = [];
for (const line of input.split('\\n')) {
  const ref = line.trim().split(' ')[2];
  if (!ref || !ref.startsWith('refs/')) continue;
  const lock = path.join(gitDir, ref + '.lock');
  try {
    fs.mkdirSync(path.dirname(lock), { recursive: true });
    fs.closeSync(fs.openSync(lock, 'wx'));
    taken.push(lock);
  } catch {}
}
const dir = path.join(gitDir, ${JSON.stringify(INJECTED_LOCKS_DIR)});
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, process.env.SHIPGATE_REQUEST_ID || String(process.pid)), taken.join('\\n'));
`;
}

async function releaseInjectedLocks(repoDir: string | undefined, requestId: string): Promise<void> {
  if (!repoDir) return;
  const marker = join(repoDir, INJECTED_LOCKS_DIR, requestId);
  let listed: string;
  try {
    listed = await readFile(marker, 'utf8');
  } catch {
    return;
  }
  for (const lock of listed.split('\n').filter(Boolean)) await rm(lock, { force: true });
  await rm(marker, { force: true });
}
