import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { CommandError } from './errors';
import { OutputLines } from './output-lines';
import type { Logger } from './runtime';
import type { SecretMasker } from './secrets';

export interface ExecOptions {
  cwd?: string;
  /** Added to (or, with `undefined`, removed from) the inherited environment. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Which variables of the inherited environment the child sees: `'all'`, or an allow-list of
   * names (`NAME`, or `PREFIX_*`); `env` is added either way. Default: the tool's list in
   * `TOOL_ENVIRONMENTS` when it has one, else `'all'`.
   */
  inheritEnv?: 'all' | readonly string[];
  /** Written to the process's stdin, then stdin is closed. Passwords go here, never in `args`. */
  input?: string | Buffer;
  /** Kill the process (SIGTERM, then SIGKILL) after this long. */
  timeoutMs?: number;
  /** Return non-zero exit codes instead of throwing. */
  ignoreReturnCode?: boolean;
  /** Log the command line at debug level instead of info. */
  quiet?: boolean;
  /**
   * Show the tool's output in the log line by line as it arrives, masked. `true`: at debug level,
   * for Shipgate's own chatter. A `StreamToGroup`: at info level inside a collapsible group, for
   * the long work people watch (builds, scans, renders).
   */
  streamOutput?: boolean | StreamToGroup;
  /**
   * Also hand back stdout as the bytes the tool wrote (`ExecResult.stdoutBytes`): for output that
   * carries file contents by byte count (`git cat-file --batch`), which need not be UTF-8.
   */
  bytes?: boolean;
}

/** Where `ExecOptions.streamOutput` shows the long work people watch. */
export interface StreamToGroup {
  /**
   * The group's title (`::group::` on GitHub, a heading line on the CLI). The command line and
   * every line of output are logged inside it, at info level.
   */
  group: string;
  /**
   * Whether stdout is shown too (default true); false for a tool whose stdout is its result
   * rather than its progress (kustomize's YAML, which may hold Secrets).
   */
  stdout?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout as written, when `ExecOptions.bytes` asked for it. */
  stdoutBytes?: Buffer;
}

/**
 * The one way this project runs an external tool: an argument array, never a shell.
 * Throws `CommandError` (command, exit code, last stderr line; secrets masked) on failure.
 */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

export interface ExecDependencies {
  log: Logger;
  masker: SecretMasker;
  /** The environment children inherit; defaults to `process.env`. */
  baseEnv?: Readonly<Record<string, string | undefined>>;
}

const KILL_GRACE_MS = 2_000;

/**
 * What any tool needs from the environment: where things are, locale, time zone, proxies and CA
 * certificates. Tokens (SHIPGATE_TOKEN, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN…) are not in it.
 */
export const BASE_TOOL_ENV: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'LANG',
  'LANGUAGE',
  'LC_*',
  'TZ',
  'XDG_*',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
];

/**
 * The inherited environment each external tool gets: the base list plus its own configuration
 * variables. Anything else a call needs (registry credentials for a scanner, buildah's storage
 * driver in tests) is passed explicitly in `ExecOptions.env`. A wrapper for another tool (git)
 * passes its own list as `inheritEnv`, or adds it here.
 */
export const TOOL_ENVIRONMENTS: Readonly<Record<string, readonly string[]>> = {
  buildah: [
    ...BASE_TOOL_ENV,
    'BUILDAH_*',
    'STORAGE_DRIVER',
    'STORAGE_OPTS',
    'CONTAINERS_*',
    '_CONTAINERS_*',
    'REGISTRY_AUTH_FILE',
  ],
  docker: [...BASE_TOOL_ENV, 'DOCKER_*', 'BUILDX_*', 'BUILDKIT_*'],
  trivy: [...BASE_TOOL_ENV, 'TRIVY_*', 'DOCKER_CONFIG', 'DOCKER_HOST'],
  grype: [...BASE_TOOL_ENV, 'GRYPE_*', 'SYFT_*', 'DOCKER_CONFIG', 'DOCKER_HOST'],
  kubectl: [...BASE_TOOL_ENV, 'KUBECONFIG', 'KUSTOMIZE_*'],
  kustomize: [...BASE_TOOL_ENV, 'KUSTOMIZE_*'],
  helm: [...BASE_TOOL_ENV, 'HELM_*', 'KUBECONFIG'],
};

/** The child's environment: the inherited variables the allow-list lets through, then `env`. */
export function childEnvironment(
  command: string,
  baseEnv: Readonly<Record<string, string | undefined>>,
  options: Pick<ExecOptions, 'env' | 'inheritEnv'> = {},
): Record<string, string> {
  const allowed = options.inheritEnv ?? TOOL_ENVIRONMENTS[basename(command)] ?? 'all';
  const inherits = (name: string) =>
    allowed === 'all' ||
    allowed.some((entry) => (entry.endsWith('*') ? name.startsWith(entry.slice(0, -1)) : entry === name));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(baseEnv)) {
    if (value !== undefined && inherits(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function createExec({ log, masker, baseEnv = process.env }: ExecDependencies): Exec {
  return (command, args, options = {}) => {
    const stream = options.streamOutput;
    const run = () => runCommand(command, args, options, { log, masker, baseEnv });
    return typeof stream === 'object' ? log.group(stream.group, run) : run();
  };
}

/** Where each stream's lines go as they arrive: nowhere, or a log level. */
function lineSinks(
  stream: ExecOptions['streamOutput'],
  log: Logger,
): { stdout?: (line: string) => void; stderr?: (line: string) => void } {
  if (!stream) return {};
  const level = stream === true ? log.debug.bind(log) : log.info.bind(log);
  return { stderr: level, ...(stream === true || stream.stdout !== false ? { stdout: level } : {}) };
}

function runCommand(
  command: string,
  args: readonly string[],
  options: ExecOptions,
  { log, masker, baseEnv }: Required<ExecDependencies>,
): Promise<ExecResult> {
  const maskedArgs = args.map((arg) => masker.mask(arg));
  const commandLine = [command, ...maskedArgs].join(' ');
  (options.quiet ? log.debug : log.info).call(log, `[command] ${commandLine}`);

  const env = childEnvironment(command, baseEnv, options);
  const sinks = lineSinks(options.streamOutput, log);

  return new Promise<ExecResult>((resolve, reject) => {
    const fail = (exitCode: number | null, stderr: string, reason?: string) =>
      reject(new CommandError({ command, args: maskedArgs, exitCode, stderr: masker.mask(stderr), reason }));

    // No input: stdin is /dev/null, which reads as at once at its end, as a closed pipe does, and
    // spares a pipe on every call (a git-heavy step runs dozens).
    const spawnOptions = { cwd: options.cwd, env, shell: false };
    const child =
      options.input === undefined
        ? spawn(command, [...args], { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn(command, [...args], { ...spawnOptions, stdio: ['pipe', 'pipe', 'pipe'] });
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs) {
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
      }, options.timeoutMs);
    }

    const stdout = collect(child.stdout, sinks.stdout, masker);
    const stderr = collect(child.stderr, sinks.stderr, masker);
    // A child that exits before reading all of stdin raises EPIPE; its exit code tells the story.
    child.stdin?.on('error', () => {});
    if (options.input !== undefined) child.stdin?.end(options.input);

    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const reason =
        error.code === 'ENOENT' ? 'could not be run: not found on PATH' : `could not be run: ${error.message}`;
      fail(null, '', reason);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdoutBytes = stdout.end();
      const result: ExecResult = {
        exitCode: code ?? -1,
        stdout: stdoutBytes.toString('utf8'),
        stderr: stderr.end().toString('utf8'),
        ...(options.bytes ? { stdoutBytes } : {}),
      };
      if (timedOut) return fail(null, result.stderr, `timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)}s`);
      if (code === 0 || (options.ignoreReturnCode && code !== null)) return resolve(result);
      fail(code, result.stderr, code === null ? `was killed by ${signal}` : undefined);
    });
  });
}

/** Keeps a child's stream, handing each line to `sink` (masked) as it completes; `end` returns the bytes. */
function collect(
  stream: NodeJS.ReadableStream,
  sink: ((line: string) => void) | undefined,
  masker: SecretMasker,
): { end(): Buffer } {
  const chunks: Buffer[] = [];
  const lines = sink ? new OutputLines() : undefined;
  stream.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    for (const line of lines?.push(chunk) ?? []) sink?.(masker.mask(line));
  });
  return {
    end() {
      for (const line of lines?.end() ?? []) sink?.(masker.mask(line));
      return Buffer.concat(chunks);
    },
  };
}

/** Whether `tool` is an executable on PATH, without running it. */
export async function isOnPath(
  tool: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<boolean> {
  const { access, constants } = await import('node:fs/promises');
  const { delimiter, join } = await import('node:path');
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      await access(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}
