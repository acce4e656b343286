import { tmpdir } from 'node:os';
import { isAbsolute, relative, sep } from 'node:path';
import { type GitHubContext, readGitHubContext } from '../context';
import { createExec } from '../exec';
import type { AnnotationProperties, Logger, Runtime } from '../runtime';
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

/**
 * An annotation's properties as the runtime writes them: the file relative to the workspace when
 * it is inside it (GitHub matches annotations to repository paths), with `/` separators, and
 * masked like the message.
 */
export function annotationIn(
  properties: AnnotationProperties | undefined,
  workspace: string,
  mask: (text: string) => string,
): AnnotationProperties | undefined {
  if (!properties) return undefined;
  const { file, title } = properties;
  return {
    ...properties,
    ...(file ? { file: mask(workspacePath(file, workspace)) } : {}),
    ...(title ? { title: mask(title) } : {}),
  };
}

function workspacePath(file: string, workspace: string): string {
  if (!isAbsolute(file)) return file;
  const inside = relative(workspace, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return file;
  return inside.split(sep).join('/');
}
