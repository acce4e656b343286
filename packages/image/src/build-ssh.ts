import { stat } from 'node:fs/promises';
import { ConfigurationError } from '@shipgate/core';

/** One `--ssh` source: an id (`default` unless the Dockerfile names another) and its agent socket or keys. */
export interface SshSource {
  id: string;
  /** Absolute paths: one agent socket, or private key files. */
  paths: string[];
}

const SSH_ID = /^[A-Za-z0-9_.-]+$/;

/**
 * The `ssh` input as buildx takes it, one per line: `default`, `<id>` or `<id>=<socket>|<key>[,<key>]`.
 * An id without paths means the step's ssh-agent, whose socket is made explicit here: the builders
 * run with an environment that does not pass SSH_AUTH_SOCK on.
 */
export function parseSshSources(
  entries: readonly string[],
  options: { sshAuthSock?: string; resolvePath: (path: string) => string },
  inputName = 'ssh',
): SshSource[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    const equals = entry.indexOf('=');
    const id = (equals === -1 ? entry : entry.slice(0, equals)).trim();
    if (!SSH_ID.test(id)) {
      throw new ConfigurationError(
        `Input "${inputName}" has "${entry}", which is not of the form default, <id> or <id>=<socket or key>[,<key>].`,
      );
    }
    if (seen.has(id)) throw new ConfigurationError(`Input "${inputName}" gives the id "${id}" twice.`);
    seen.add(id);
    const written =
      equals === -1
        ? []
        : entry
            .slice(equals + 1)
            .split(',')
            .map((path) => path.trim());
    if (written.some((path) => !path)) {
      throw new ConfigurationError(`Input "${inputName}" has "${entry}", which has an empty path.`);
    }
    if (written.length > 0) return { id, paths: written.map(options.resolvePath) };
    if (!options.sshAuthSock) {
      throw new ConfigurationError(
        `Input "${inputName}" has "${entry}", which needs an ssh-agent, but SSH_AUTH_SOCK is not set; start one (e.g. webfactory/ssh-agent) or give a key file as ${id}=<path>.`,
      );
    }
    return { id, paths: [options.sshAuthSock] };
  });
}

/** Every socket or key named exists, before anything is built. */
export async function checkSshSources(sources: readonly SshSource[], inputName = 'ssh'): Promise<void> {
  for (const source of sources) {
    for (const path of source.paths) {
      if (!(await stat(path).catch(() => undefined))) {
        throw new ConfigurationError(`Input "${inputName}" names ${path} for "${source.id}", which does not exist.`);
      }
    }
  }
}

/** `--ssh id=path[,path]`: the same flag in buildah and buildx. */
export function sshArgs(sources: readonly SshSource[]): string[] {
  return sources.flatMap((source) => ['--ssh', `${source.id}=${source.paths.join(',')}`]);
}
