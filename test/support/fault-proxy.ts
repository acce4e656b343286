import {
  type ClientRequest,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback HTTP proxy in front of one upstream (the test registry, the git server, anything
 * plain HTTP) that injects faults by rule: an answer of its own (5xx, 429 with Retry-After), a
 * connection reset before or in the middle of the response body, or extra latency. Clients under
 * test meet real sockets and real HTTP, so their retry and failure paths run as they would in CI
 * against a flaky registry. Listens on 127.0.0.1, port 0; every delay is bounded and `stop()`
 * cancels pending work.
 *
 * This file is shared with other branches: add to its API, never change what is there.
 */

/** What a rule sees of a request. `path` includes the query string. */
export interface FaultRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export type FaultAction =
  /** Answer instead of the upstream. `retryAfter` sets the `Retry-After` header (seconds or a date). */
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body?: string; retryAfter?: number | string }
  /**
   * Reset the connection. Without `afterBytes` the request is never forwarded; with it, the
   * request is forwarded, the upstream's status and headers are sent, then the socket is
   * destroyed after `afterBytes` bytes of the body (or before the body's last byte, if shorter),
   * so the client sees a truncated response.
   */
  | { kind: 'reset'; afterBytes?: number }
  /** Forward the request after `ms` milliseconds. */
  | { kind: 'delay'; ms: number }
  /**
   * Forward the request and let the upstream act on it, then reset the connection before any of
   * the answer reaches the client: the write happened, its answer was lost.
   */
  | { kind: 'drop-response' };

export interface FaultRule {
  /** Recorded with each request the rule acted on; `rule-<n>` by default. */
  name?: string;
  /** Exact method (case-insensitive) or a pattern over it. */
  method?: string | RegExp;
  /** A pattern over the path with query, or an exact path without the query. */
  path?: RegExp | string;
  /** Any further condition. */
  when?: (request: FaultRequest) => boolean;
  /** Matching requests to let through untouched before the rule starts acting (default 0). */
  skip?: number;
  /** How many matching requests the rule acts on (default: all of them). */
  times?: number;
  action: FaultAction;
}

export interface FaultRecord {
  /** 1-based order of arrival at the proxy. */
  seq: number;
  method: string;
  path: string;
  /** The rule that acted on the request, if any. */
  rule?: string;
  /** What happened: forwarded untouched, answered by the proxy, reset, or delayed then forwarded. */
  outcome: 'forwarded' | 'responded' | 'reset' | 'delayed';
  /** The status the client received (injected or upstream); absent when it received none. */
  status?: number;
  /** Milliseconds the proxy held the request before forwarding (base latency plus delay rules). */
  delayMs: number;
}

export interface FaultProxyOptions {
  /** Latency added to every request before anything else (default 0). */
  latencyMs?: number;
  /** Upper bound for any single delay, so a mistaken rule cannot hang a test (default 30 s). */
  maxDelayMs?: number;
  /** How many records to keep; older ones are dropped (default 10 000). */
  maxRecords?: number;
}

export interface RuleHandle {
  readonly name: string;
  /** How many requests this rule has acted on so far. */
  readonly applied: number;
  remove(): void;
}

export interface FaultProxy {
  /** `127.0.0.1:<port>` */
  readonly host: string;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request that reached the proxy, in order. */
  readonly records: readonly FaultRecord[];
  /** Adds a rule after the existing ones; the first rule that matches and has budget left acts. */
  addRule(rule: FaultRule): RuleHandle;
  clearRules(): void;
  /** Changes the latency added to every request. */
  setLatency(ms: number): void;
  /** Records that a rule acted on (by name). */
  applied(name: string): FaultRecord[];
  stop(): Promise<void>;
}

const DEFAULT_MAX_DELAY_MS = 30_000;
const DEFAULT_MAX_RECORDS = 10_000;

interface LiveRule {
  rule: FaultRule;
  name: string;
  seen: number;
  applied: number;
}

interface ProxyState {
  target: URL;
  rules: LiveRule[];
  records: FaultRecord[];
  latencyMs: number;
  maxDelayMs: number;
  maxRecords: number;
  timers: Set<NodeJS.Timeout>;
  upstreams: Set<ClientRequest>;
  sockets: Set<Socket>;
  seq: number;
  stopped: boolean;
}

export async function startFaultProxy(upstreamUrl: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const state: ProxyState = {
    target: new URL(upstreamUrl),
    rules: [],
    records: [],
    latencyMs: checkDelay(options.latencyMs ?? 0, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS),
    maxDelayMs: options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    maxRecords: options.maxRecords ?? DEFAULT_MAX_RECORDS,
    timers: new Set(),
    upstreams: new Set(),
    sockets: new Set(),
    seq: 0,
    stopped: false,
  };
  let ruleCount = 0;
  const server: Server = createServer((incoming, outgoing) => handle(state, incoming, outgoing));
  server.on('connection', (socket) => {
    state.sockets.add(socket);
    socket.once('close', () => state.sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;

  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    records: state.records,
    addRule(rule) {
      if (rule.action.kind === 'delay') checkDelay(rule.action.ms, state.maxDelayMs);
      ruleCount += 1;
      const live: LiveRule = { rule, name: rule.name ?? `rule-${ruleCount}`, seen: 0, applied: 0 };
      state.rules.push(live);
      return {
        name: live.name,
        get applied() {
          return live.applied;
        },
        remove: () => {
          const index = state.rules.indexOf(live);
          if (index >= 0) state.rules.splice(index, 1);
        },
      };
    },
    clearRules: () => {
      state.rules.length = 0;
    },
    setLatency: (ms) => {
      state.latencyMs = checkDelay(ms, state.maxDelayMs);
    },
    applied: (name) => state.records.filter((record) => record.rule === name),
    stop: () => {
      stopping ??= stopProxy(state, server);
      return stopping;
    },
  };
}

function checkDelay(ms: number, maxDelayMs: number): number {
  if (!Number.isFinite(ms) || ms < 0 || ms > maxDelayMs) {
    throw new Error(`fault proxy delay ${ms}ms is outside 0..${maxDelayMs}ms`);
  }
  return ms;
}

async function stopProxy(state: ProxyState, server: Server): Promise<void> {
  state.stopped = true;
  for (const timer of state.timers) clearTimeout(timer);
  state.timers.clear();
  for (const upstream of state.upstreams) upstream.destroy();
  for (const socket of state.sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The first rule that matches and has budget left; counts the match on every rule it passes. */
function pickRule(rules: LiveRule[], request: FaultRequest): LiveRule | undefined {
  for (const live of rules) {
    if (!matches(live.rule, request)) continue;
    live.seen += 1;
    if (live.seen <= (live.rule.skip ?? 0)) continue;
    if (live.applied >= (live.rule.times ?? Number.POSITIVE_INFINITY)) continue;
    live.applied += 1;
    return live;
  }
  return undefined;
}

function matches(rule: FaultRule, request: FaultRequest): boolean {
  const { method, path, when } = rule;
  if (typeof method === 'string' && method.toUpperCase() !== request.method.toUpperCase()) return false;
  if (method instanceof RegExp && !method.test(request.method)) return false;
  if (typeof path === 'string' && path !== request.path.split('?')[0]) return false;
  if (path instanceof RegExp && !path.test(request.path)) return false;
  return when ? when(request) : true;
}

function handle(state: ProxyState, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const request: FaultRequest = {
    method: incoming.method ?? 'GET',
    path: incoming.url ?? '/',
    headers: incoming.headers,
  };
  const live = pickRule(state.rules, request);
  const action = live?.rule.action;
  const record: FaultRecord = {
    seq: ++state.seq,
    method: request.method,
    path: request.path,
    ...(live ? { rule: live.name } : {}),
    outcome: 'forwarded',
    delayMs: state.latencyMs + (action?.kind === 'delay' ? action.ms : 0),
  };
  state.records.push(record);
  if (state.records.length > state.maxRecords) state.records.shift();
  outgoing.once('finish', () => {
    record.status ??= outgoing.statusCode;
  });
  later(state, record.delayMs, () => act(state, action, record, incoming, outgoing));
}

function later(state: ProxyState, ms: number, run: () => void): void {
  if (ms === 0) {
    run();
    return;
  }
  const timer = setTimeout(() => {
    state.timers.delete(timer);
    if (!state.stopped) run();
  }, ms);
  state.timers.add(timer);
}

function act(
  state: ProxyState,
  action: FaultAction | undefined,
  record: FaultRecord,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): void {
  if (action?.kind === 'respond') {
    record.outcome = 'responded';
    record.status = action.status;
    incoming.resume();
    const retryAfter = action.retryAfter === undefined ? {} : { 'retry-after': String(action.retryAfter) };
    outgoing.writeHead(action.status, { 'content-type': 'application/json', ...retryAfter, ...action.headers });
    outgoing.end(action.body ?? JSON.stringify({ errors: [{ code: 'INJECTED', message: 'injected fault' }] }));
    return;
  }
  if (action?.kind === 'reset' && action.afterBytes === undefined) {
    record.outcome = 'reset';
    incoming.socket.destroy();
    return;
  }
  if (action?.kind === 'delay') record.outcome = 'delayed';
  const cutAfter = action?.kind === 'reset' ? action.afterBytes : action?.kind === 'drop-response' ? -1 : undefined;
  if (cutAfter !== undefined) record.outcome = 'reset';
  forward(state, incoming, outgoing, record, cutAfter);
}

function forward(
  state: ProxyState,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  record: FaultRecord,
  cutAfter: number | undefined,
): void {
  const { target } = state;
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: incoming.method,
      path: incoming.url,
      headers: { ...incoming.headers, host: target.host },
    },
    (response) => {
      record.status = response.statusCode;
      if (cutAfter === -1) {
        // drop-response: the upstream answered; the client hears nothing of it.
        response.resume();
        response.once('end', () => incoming.socket.destroy());
        return;
      }
      outgoing.writeHead(response.statusCode ?? 502, rewriteHeaders(response.headers, target, incoming.headers.host));
      if (cutAfter === undefined) {
        response.pipe(outgoing);
        return;
      }
      cutBody(response, outgoing, cutAfter);
    },
  );
  state.upstreams.add(upstream);
  upstream.once('close', () => state.upstreams.delete(upstream));
  upstream.on('error', () => {
    if (outgoing.headersSent) {
      outgoing.destroy();
      return;
    }
    record.status = 502;
    outgoing.writeHead(502, { 'content-type': 'text/plain' });
    outgoing.end('fault proxy: upstream unreachable\n');
  });
  incoming.pipe(upstream);
}

/** Sends at most `limit` bytes of the body (always short of its end), then destroys the socket. */
function cutBody(response: IncomingMessage, outgoing: ServerResponse, limit: number): void {
  const declared = Number(response.headers['content-length']);
  const budget = Number.isFinite(declared) && declared > 0 ? Math.min(limit, declared - 1) : limit;
  let sent = 0;
  const cut = () => {
    response.destroy();
    outgoing.socket?.destroy();
  };
  if (budget <= 0) {
    outgoing.flushHeaders();
    setImmediate(cut);
    return;
  }
  response.on('data', (chunk: Buffer) => {
    const part = chunk.subarray(0, budget - sent);
    sent += part.length;
    outgoing.write(part);
    if (sent >= budget) setImmediate(cut);
  });
  // A body that ended before the limit still must not look complete to the client.
  response.once('end', cut);
}

/** Upload locations and auth realms that name the upstream point back at the proxy. */
function rewriteHeaders(headers: IncomingHttpHeaders, target: URL, proxyHost: string | undefined): IncomingHttpHeaders {
  if (!proxyHost) return headers;
  const rewritten = { ...headers };
  for (const name of ['location', 'www-authenticate'] as const) {
    const value = rewritten[name];
    if (typeof value === 'string') rewritten[name] = value.replaceAll(target.origin, `http://${proxyHost}`);
  }
  return rewritten;
}
