import { resolve } from 'node:path';
import { basicAuthForms, ConfigurationError } from '@shipgate/core';

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
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
    GIT_CONFIG_VALUE_0: `Authorization: ${gitAuthorization(token)}`,
  };
}

/** The `Authorization` value git sends for `token`. */
export function gitAuthorization(token: string): string {
  return `Basic ${Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64')}`;
}
