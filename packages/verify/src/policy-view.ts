import { type EnvironmentRules, POLICY_PATH, pathTouchesGlob, type ShipgatePolicy } from '@shipgate/policy';

export const POLICY_FILE = POLICY_PATH;
export const ALLOWED_SIGNERS_FILE = '.shipgate/allowed-signers';

/** Where a changed file sits: the environment whose path holds it, and that path. */
export interface EnvironmentPath {
  environment: EnvironmentRules;
  /** The directory the glob matched, e.g. `apps/web/production`. */
  directory: string;
  /** The segments the glob's wildcards matched, e.g. `["web"]`: where the app's name is. */
  wildcards: string[];
}

/**
 * The environment path holding the changed `file`, by the policy's `paths` globs (matched as the
 * policy package matches them). The directory is the file's leading segments as many as the glob
 * has; with `**` in the glob, the file's own directory.
 */
export function environmentPathOf(policy: ShipgatePolicy, file: string): EnvironmentPath | undefined {
  const segments = file.split('/');
  for (const environment of policy.environments) {
    for (const glob of environment.paths) {
      const pattern = glob.split('/').filter(Boolean);
      if (pattern.length >= segments.length || !pathTouchesGlob(file, glob)) continue;
      const depth = pattern.includes('**') ? segments.length - 1 : pattern.length;
      const wildcards = pattern.flatMap((part, i) => (part.includes('*') || part.includes('?') ? [segments[i]!] : []));
      return { environment, directory: segments.slice(0, depth).join('/'), wildcards };
    }
  }
  return undefined;
}
