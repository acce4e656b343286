import { ConfigurationError } from '@shipgate/core';
import type { EnvironmentRules, ShipgatePolicy } from './load';

/** One path segment glob (`*`, `?`, literal text) as a regular expression. */
function segmentPattern(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

/**
 * Whether writing `path` (a directory the deploy replaces) touches what `glob` names: the path
 * is that directory, inside it, or holds it (writing `apps/web` with prune rewrites
 * `apps/web/production`). `**` matches any number of segments.
 */
export function pathTouchesGlob(path: string, glob: string): boolean {
  const parts = path.split('/').filter(Boolean);
  const globs = glob.split('/').filter(Boolean);
  const match = (p: number, g: number): boolean => {
    if (g === globs.length) return true; // the path is the glob's directory or below it
    if (p === parts.length) return true; // the glob's directory is below the path
    const segment = globs[g] as string;
    if (segment === '**') return match(p, g + 1) || match(p + 1, g);
    return segmentPattern(segment).test(parts[p] as string) && match(p + 1, g + 1);
  };
  return match(0, 0);
}

/**
 * Whether `path` is a directory `glob` names or lies below one: what a deploy may write. A path
 * that merely holds one (`apps`, above `apps/web/production`) would rewrite everything beside it.
 */
export function pathWithinGlob(path: string, glob: string): boolean {
  const parts = path.split('/').filter(Boolean);
  const globs = glob.split('/').filter(Boolean);
  const match = (p: number, g: number): boolean => {
    if (g === globs.length) return true;
    if (p === parts.length) return globs.slice(g).every((segment) => segment === '**');
    const segment = globs[g] as string;
    if (segment === '**') return match(p, g + 1) || match(p + 1, g);
    return segmentPattern(segment).test(parts[p] as string) && match(p + 1, g + 1);
  };
  return match(0, 0);
}

/**
 * The environment a deploy to `path` is, decided by the policy's `paths` globs and never by an
 * input. `undefined` when no environment's paths touch it; a ConfigurationError when two do.
 */
export function environmentOfPath(policy: ShipgatePolicy, path: string): EnvironmentRules | undefined {
  const matches = policy.environments.filter((rules) => rules.paths.some((glob) => pathTouchesGlob(path, glob)));
  if (matches.length > 1) {
    throw new ConfigurationError(
      `The path ${path} touches environments ${matches.map((rules) => rules.name).join(' and ')} of ${policy.source}; deploy to one environment's path.`,
    );
  }
  return matches[0];
}

/** The rules of the environment named `name`, if the policy lists it. */
export function environmentNamed(policy: ShipgatePolicy, name: string): EnvironmentRules | undefined {
  return policy.environments.find((rules) => rules.name === name);
}

/**
 * The environment a deploy is: the one its path is. An `environment` input that names another
 * environment of the policy, or a policy environment whose paths do not hold `path`, is an error.
 */
export function resolveDeployEnvironment(
  policy: ShipgatePolicy,
  path: string,
  environmentInput: string,
): EnvironmentRules | undefined {
  const byPath = environmentOfPath(policy, path);
  if (byPath && byPath.name !== environmentInput) {
    throw new ConfigurationError(
      `Input "environment" is "${environmentInput}", but ${policy.source} says ${path} is environment "${byPath.name}"; the path decides the environment.`,
    );
  }
  const byName = environmentNamed(policy, environmentInput);
  if (!byPath && byName) {
    throw new ConfigurationError(
      `Input "path" is ${path}, which is not one of environment "${environmentInput}"'s paths in ${policy.source} (${byName.paths.join(', ')}).`,
    );
  }
  return byPath;
}
