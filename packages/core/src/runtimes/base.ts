import { tmpdir } from 'node:os';
import { type GitHubContext, readGitHubContext } from '../context';
import { createExec } from '../exec';
import type { Logger, Runtime } from '../runtime';
import type { SecretMasker } from '../secrets';
import { requestIdToken } from './id-token';

type RuntimeBase = Pick<
  Runtime,
  'log' | 'masker' | 'env' | 'exec' | 'context' | 'tempDir' | 'workspace' | 'signal' | 'idToken'
>;

/** What every runtime derives the same way from its logger, masker and environment. */
export function runtimeBase(options: {
  log: Logger;
  masker: SecretMasker;
  env: Readonly<Record<string, string | undefined>>;
  tempDir?: string;
  workspace?: string;
  /** The run's context when the caller derived it (the CLI, from CI variables and git). */
  context?: GitHubContext;
  /** The step's cancellation; default a signal that never aborts. */
  signal?: AbortSignal;
}): RuntimeBase {
  const { log, masker, env } = options;
  return {
    log,
    masker,
    env,
    exec: createExec({ log, masker, baseEnv: env }),
    context: options.context ?? readGitHubContext(env),
    tempDir: options.tempDir || env.RUNNER_TEMP || tmpdir(),
    workspace: options.workspace || env.GITHUB_WORKSPACE || process.cwd(),
    signal: options.signal ?? new AbortController().signal,
    idToken: (audience) => requestIdToken(env, audience, masker),
  };
}
