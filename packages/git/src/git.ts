import {
  CommandError,
  ConfigurationError,
  type Exec,
  type ExecOptions,
  type ExecResult,
  lastNonEmptyLine,
  proxyConfigured,
  retry,
} from '@shipgate/core';
import { pushOverHttp } from './http-push';
import { type HttpSend, nodeHttpSend } from './node-http';
import type { PushOptions, RefUpdate } from './push';
import { gitAuthEnvironment, gitAuthorization } from './repository';

export interface GitOptions {
  exec: Exec;
  /**
   * The repository the remote `origin` points at (for the auth header's scope); none for a
   * checkout that is only read locally (the source commit's time).
   */
  url?: string;
  token?: string;
  /** Working directory of every call. */
  cwd: string;
  /** Extra environment for every call (e.g. the commit identity). */
  env?: Record<string, string>;
  /** Retries of reads (fetch, ls-remote) that failed on the way; tests pass zero delays. */
  readRetry?: ReadRetry;
  /** The environment git would inherit (default `process.env`): its secrets are withheld from git. */
  inherited?: Readonly<Record<string, string | undefined>>;
  /**
   * How this process itself sends a push to an HTTP(S) `origin` (default `pushOverHttp` over
   * `node:http(s)`). Tests wrap it to act on the server just before a push leaves, as they wrap
   * `exec` for `git push`.
   */
  pushFromProcess?: PushFromProcess;
}

/** Sends one push from this process; `undefined` leaves it to `git push` (nothing was sent). */
export type PushFromProcess = (
  git: Git,
  remote: GitRemote,
  updates: readonly RefUpdate[],
  options: PushOptions,
) => Promise<ExecResult | undefined>;

/** How often and how far apart a read that failed on the way (5xx, reset, early EOF) is tried again. */
export interface ReadRetry {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const READ_RETRY: ReadRetry = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };

/**
 * How this process reaches `origin` itself over HTTP(S), as git would: the URL, the header git
 * sends, the sender of requests, and the push that uses them (see `pushOverHttp`).
 */
export interface GitRemote {
  url: string;
  authorization: string;
  send: HttpSend;
  push: PushFromProcess;
}

/** Runs git in one clone; `remote` when `origin` is an HTTP(S) URL this process may speak to itself. */
export type Git = ((args: readonly string[], options?: Omit<ExecOptions, 'cwd'>) => Promise<ExecResult>) & {
  readonly remote?: GitRemote;
};

/**
 * Failures on the way to the server or back, worth trying again (an auth answer never is). Over
 * HTTP a fetch lists the refs in one request and asks for their objects in the next; a ref
 * deleted in between (a landing push takes the queue's refs away) can come back as a want of an
 * object the server cannot give, `not our ref` (git 2.39's server was seen listing such a ref with
 * the null id). The next attempt lists the refs again.
 */
export const TRANSIENT_GIT_FAILURE =
  /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server|upload-pack: not our ref)/i;

export function isTransientGitFailure(stderr: string): boolean {
  return TRANSIENT_GIT_FAILURE.test(stderr) && !/returned error: (401|403|404)/.test(stderr);
}

/** The git subcommands that only read from the server, and so may be repeated freely. */
const RETRIED_READS = new Set(['fetch', 'ls-remote']);

/**
 * Variables of the caller's environment that git must not see: tokens and other secrets the CLI or
 * the runner holds (`SHIPGATE_TOKEN`, `INPUT_TOKEN`, `GITHUB_TOKEN`, …). git gets its credential
 * from the header below and nothing else; a child that inherits them could echo them in a trace,
 * pass them to a credential helper or a hook.
 */
const SECRET_VARIABLE = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|(^|_)KEY$|^INPUT_)/i;

export function withheldEnvironment(
  inherited: Readonly<Record<string, string | undefined>>,
): Record<string, undefined> {
  const withheld: Record<string, undefined> = {};
  for (const key of Object.keys(inherited)) if (SECRET_VARIABLE.test(key)) withheld[key] = undefined;
  return withheld;
}

/**
 * The one way this package runs git: through the Exec seam (argument array, masked command line)
 * with the token in the environment only, no secret of the caller's environment, prompts off and
 * messages in English. Reads are retried with jittered backoff when they fail on the way; a failure
 * names git's own first `fatal:`/`error:` line.
 */
export function createGit(options: GitOptions): Git {
  const baseEnv: Record<string, string | undefined> = {
    ...withheldEnvironment({ ...process.env, ...options.inherited }),
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: undefined,
    SSH_ASKPASS: undefined,
    LC_ALL: 'C',
    LANGUAGE: 'C',
    // Whatever the caller's environment configured must not add or shadow our header.
    GIT_CONFIG_COUNT: undefined,
    GIT_CONFIG_PARAMETERS: undefined,
    ...(options.url === undefined ? {} : gitAuthEnvironment(options.url, options.token)),
    ...options.env,
  };
  const readRetry = options.readRetry ?? READ_RETRY;
  const once = async (args: readonly string[], execOptions: Omit<ExecOptions, 'cwd'>): Promise<ExecResult> => {
    const result = await options.exec('git', args, {
      quiet: true,
      ...execOptions,
      ignoreReturnCode: true,
      cwd: options.cwd,
      env: { ...baseEnv, ...execOptions.env },
    });
    if (result.exitCode !== 0 && options.url !== undefined) throwIfAuthFailure(result.stderr, options.url);
    return result;
  };
  const run: Git = async (args, execOptions = {}) => {
    const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, readRetry.attempts) : 1;
    const result = await retry(
      async () => {
        const attempt = await once(args, execOptions);
        if (attempt.exitCode !== 0 && isTransientGitFailure(attempt.stderr)) throw new TransientGitFailure(attempt);
        return attempt;
      },
      { ...readRetry, attempts, isRetryable: (error) => error instanceof TransientGitFailure },
    ).catch((error: unknown) => {
      // The last attempt's failure is git's answer, reported like any other.
      if (error instanceof TransientGitFailure) return error.result;
      throw error;
    });
    if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
      throw new GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
    }
    return result;
  };
  const remote = httpRemote(options);
  return remote ? Object.assign(run, { remote }) : run;
}

/**
 * `origin` as this process reaches it over HTTP(S), with git's header. `undefined` (every push by
 * git) for other URLs (a path, file://), without a URL, without a token (git's credential helper
 * has the credentials) and behind a proxy (git honours HTTP(S)_PROXY and NO_PROXY itself). A
 * server this process cannot reach as git does (a CA only git is told of) fails the
 * advertisement, and git pushes instead: nothing was sent yet.
 */
function httpRemote(options: GitOptions): GitRemote | undefined {
  if (options.url === undefined || !/^https?:\/\//i.test(options.url) || !options.token) return undefined;
  if (proxyConfigured({ ...process.env, ...options.inherited })) return undefined;
  return {
    url: options.url,
    authorization: gitAuthorization(options.token),
    send: nodeHttpSend(),
    push: options.pushFromProcess ?? pushOverHttp,
  };
}

/** A read that failed on the way: carried through `retry` so the next attempt runs. */
class TransientGitFailure extends Error {
  constructor(readonly result: ExecResult) {
    super('transient git failure');
  }
}

/** git's own account of a failure: its first `fatal:` or `error:` line (the later ones are hints). */
export function gitFailureLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim());
  return lines.find((line) => /^(fatal|error):/.test(line)) ?? lastNonEmptyLine(stderr);
}

/** A git command that failed, described by git's first `fatal:`/`error:` line. */
export class GitCommandError extends CommandError {
  constructor(failure: ConstructorParameters<typeof CommandError>[0]) {
    super(failure);
    const line = gitFailureLine(failure.stderr);
    const commandLine = ['git', ...failure.args].join(' ');
    this.message = line
      ? `\`${commandLine}\` exited with code ${failure.exitCode}: ${line}`
      : `\`${commandLine}\` exited with code ${failure.exitCode}.`;
  }
}

const AUTH_FAILURE =
  /could not read Username|Authentication failed|returned error: (401|403)|terminal prompts disabled/i;

/**
 * git turns a 401 into "could not read Username … terminal prompts disabled" (it wanted to prompt
 * for a password); say what happened instead, naming the input, with git's own line.
 */
export function throwIfAuthFailure(stderr: string, url: string): void {
  if (!AUTH_FAILURE.test(stderr)) return;
  const status = stderr.match(/returned error: (40[13])/)?.[1] ?? '401';
  const origin = /^https?:\/\//i.test(url) ? new URL(url).origin : url;
  throw new ConfigurationError(
    `${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`,
  );
}
