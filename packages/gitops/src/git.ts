import { resolve } from 'node:path';
import {
  backoffDelay,
  basicAuthForms,
  CommandError,
  ConfigurationError,
  type Exec,
  type ExecOptions,
  type ExecResult,
  lastNonEmptyLine,
  sleep,
} from '@shipgate/core';

/** Registers a secret with whatever masks the step's output (`runtime.setSecret`). */
export type SecretSink = (secret: string) => void;

export const GIT_TOKEN_USERNAME = 'x-access-token';

/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
export function maskToken(token: string | undefined, setSecret: SecretSink | undefined): void {
  if (!token || !setSecret) return;
  for (const form of basicAuthForms(GIT_TOKEN_USERNAME, token)) setSecret(form);
}

/** Where the GitOps repository is and how to reach it: the same for every reader and writer. */
export interface RepositoryAccess {
  /** A URL, local path or `owner/name` (see `resolveRepositoryUrl`). */
  repository: string;
  /** Default: the repository's default branch (`main` for an empty repository). */
  branch?: string;
  token?: string;
  /** `runtime.setSecret`: the token's forms are registered before git first runs. */
  setSecret?: SecretSink;
  /** For `owner/name`; default https://github.com. */
  serverUrl?: string;
  /** For relative local paths; default the current directory. */
  workspace?: string;
  tempDir?: string;
}

/** Just the repository-access fields of a larger options object, to pass on to another reader or writer. */
export function repositoryAccess(options: RepositoryAccess): RepositoryAccess {
  const { repository, branch, token, setSecret, serverUrl, workspace, tempDir } = options;
  return { repository, branch, token, setSecret, serverUrl, workspace, tempDir };
}

/**
 * The URL git is to use for `options.repository`, after the token's forms are registered with the
 * step's masker: how every reader and writer starts, before git first runs.
 */
export function resolveRepositoryAccess(options: RepositoryAccess): string {
  maskToken(options.token, options.setSecret);
  return resolveRepositoryUrl(options.repository, {
    serverUrl: options.serverUrl ?? 'https://github.com',
    workspace: options.workspace ?? process.cwd(),
  });
}

/**
 * Where the GitOps repository is: an http(s) or file URL, a local path, or `owner/name` on the
 * GitHub server the workflow runs on. URLs carrying credentials are refused: the token has its own
 * input and must not end up in `.git/config` or a log line.
 */
export function resolveRepositoryUrl(
  repository: string,
  options: { serverUrl: string; workspace: string; inputName?: string },
): string {
  const inputName = options.inputName ?? 'repository';
  const value = repository.trim();
  if (!value) throw new ConfigurationError(`Input "${inputName}" is required.`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigurationError(`Input "${inputName}" is not a valid URL: "${value}".`);
    }
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
      throw new ConfigurationError(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
    }
    if (url.username || url.password) {
      throw new ConfigurationError(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
    }
    return value;
  }
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
    const name = value.endsWith('.git') ? value : `${value}.git`;
    return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
  }
  if (value.startsWith('/') || value.startsWith('.')) return resolve(options.workspace, value);
  throw new ConfigurationError(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
}

/** The GitHub `owner/name` a repository URL points at, for the pull-request API. */
export function ownerAndName(url: string): { owner: string; name: string } | undefined {
  const match = url.match(/^[a-z]+:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i);
  return match?.[1] && match[2] ? { owner: match[1], name: match[2] } : undefined;
}

/**
 * The environment that gives git the token: an `http.<origin>/.extraHeader` set through
 * `GIT_CONFIG_COUNT`, so it is scoped to the GitOps server, never on a command line, in the URL or
 * in `.git/config`. Nothing for file URLs and local paths.
 */
export function gitAuthEnvironment(url: string, token: string | undefined): Record<string, string> {
  if (!token || !/^https?:\/\//i.test(url)) return {};
  const origin = new URL(url).origin;
  const basic = Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
    GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
  };
}

export interface GitOptions {
  exec: Exec;
  /** The repository the remote `origin` points at (for the auth header's scope). */
  url: string;
  token?: string;
  /** Working directory of every call. */
  cwd: string;
  /** Extra environment for every call (e.g. the commit identity). */
  env?: Record<string, string>;
  /** Retries of reads (fetch, ls-remote) that failed on the way; tests pass zero delays. */
  readRetry?: ReadRetry;
  /** The environment git would inherit (default `process.env`): its secrets are withheld from git. */
  inherited?: Readonly<Record<string, string | undefined>>;
}

/** How often and how far apart a read that failed on the way (5xx, reset, early EOF) is tried again. */
export interface ReadRetry {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const READ_RETRY: ReadRetry = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };

export type Git = (args: readonly string[], options?: Omit<ExecOptions, 'cwd'>) => Promise<ExecResult>;

/** Failures on the way to the server or back, worth trying again (an auth answer never is). */
export const TRANSIENT_GIT_FAILURE =
  /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server)/i;

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
    ...gitAuthEnvironment(options.url, options.token),
    ...options.env,
  };
  const retry = options.readRetry ?? READ_RETRY;
  const once = async (args: readonly string[], execOptions: Omit<ExecOptions, 'cwd'>): Promise<ExecResult> => {
    const result = await options.exec('git', args, {
      quiet: true,
      ...execOptions,
      ignoreReturnCode: true,
      cwd: options.cwd,
      env: { ...baseEnv, ...execOptions.env },
    });
    if (result.exitCode !== 0) throwIfAuthFailure(result.stderr, options.url);
    return result;
  };
  return async (args, execOptions = {}) => {
    const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, retry.attempts) : 1;
    let result = await once(args, execOptions);
    for (
      let attempt = 1;
      attempt < attempts && result.exitCode !== 0 && isTransientGitFailure(result.stderr);
      attempt++
    ) {
      const delayMs = backoffDelay(attempt, retry);
      if (delayMs > 0) await sleep(delayMs);
      result = await once(args, execOptions);
    }
    if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
      throw new GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
    }
    return result;
  };
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
function throwIfAuthFailure(stderr: string, url: string): void {
  if (!AUTH_FAILURE.test(stderr)) return;
  const status = stderr.match(/returned error: (40[13])/)?.[1] ?? '401';
  const origin = /^https?:\/\//i.test(url) ? new URL(url).origin : url;
  throw new ConfigurationError(
    `${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`,
  );
}
