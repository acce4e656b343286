import type { CommittedContent } from '@shipgate/manifests';
import { activeFreeze, requiresApproval, type ShipgatePolicy } from '@shipgate/policy';
import { type DeploymentTrail, TRAILER_KEYS, type Trailer, trailFromTrailers } from '@shipgate/trail';
import type { LoggedCommit } from './commit-log';
import { type EnvironmentPath, environmentPathOf, POLICY_FILE } from './policy-view';

/** `sha256:…` of an image reference pinned by digest, else `undefined`. */
export function digestOf(imageRef: string): string | undefined {
  return /@(sha256:[0-9a-f]{64})$/.exec(imageRef)?.[1];
}

/** What a commit is, by the paths it changed under the policy of its parent. */
export type CommitShape =
  | { kind: 'other' }
  | { kind: 'policy-change'; files: string[] }
  | { kind: 'violation'; reason: string; environment?: string; path?: string }
  | { kind: 'deploy'; target: EnvironmentPath; trail: DeploymentTrail; extraFiles: string[] };

const SHIPGATE_DIR = '.shipgate/';

/** Keys a deploy commit may carry once only: a second value would let a reader pick either. */
const SINGLE_KEYS = [
  TRAILER_KEYS.app,
  TRAILER_KEYS.environment,
  TRAILER_KEYS.configHash,
  TRAILER_KEYS.scan,
  TRAILER_KEYS.source,
  'Shipgate-Policy',
];

/** The paths, environments and trailers of a commit judged by `policy` (its parent's). */
export function shapeOf(commit: LoggedCommit, policy: ShipgatePolicy): CommitShape {
  const targets = new Map<string, EnvironmentPath>();
  const extraFiles: string[] = [];
  for (const file of commit.files) {
    const target = environmentPathOf(policy, file);
    if (target) targets.set(target.directory, target);
    else extraFiles.push(file);
  }
  if (targets.size === 0) {
    const policyFiles = extraFiles.filter((file) => file.startsWith(SHIPGATE_DIR));
    return policyFiles.length > 0 ? { kind: 'policy-change', files: policyFiles } : { kind: 'other' };
  }
  if (targets.size > 1) {
    const list = [...targets.values()].map((t) => `${t.directory} (${t.environment.name})`).join(', ');
    return {
      kind: 'violation',
      reason: `it changes ${targets.size} environment paths, ${list}, where a deploy changes exactly one`,
    };
  }
  const target = [...targets.values()][0]!;
  const where = { environment: target.environment.name, path: target.directory };
  const trail = trailFromTrailers(commit.trailers);
  if (!trail) {
    return {
      kind: 'violation',
      ...where,
      reason: `it changes ${target.directory} without Shipgate trailers, so it is no Shipgate deploy`,
    };
  }
  const malformed = trailerProblem(commit.trailers, trail, target);
  if (malformed) return { kind: 'violation', ...where, reason: malformed };
  return { kind: 'deploy', target, trail, extraFiles };
}

function trailerProblem(
  trailers: readonly Trailer[],
  trail: DeploymentTrail,
  target: EnvironmentPath,
): string | undefined {
  for (const key of SINGLE_KEYS) {
    const count = trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).length;
    if (count > 1) return `it carries ${count} ${key} trailers where a deploy carries one`;
  }
  if (trail.environment !== target.environment.name) {
    return `its Shipgate-Environment says ${trail.environment} but it changes ${target.directory}, a path of ${target.environment.name}`;
  }
  if (target.wildcards.length > 0 && !target.wildcards.includes(trail.app)) {
    return `its Shipgate-App says ${trail.app} but it changes ${target.directory}`;
  }
  if (trail.imageRefs.length === 0) return 'it carries no Shipgate-Image trailer';
  const unpinned = trail.imageRefs.find((ref) => !digestOf(ref));
  if (unpinned) return `its Shipgate-Image ${unpinned} is not pinned by digest`;
  if (!trail.configHash || !/^sha256:[0-9a-f]{64}$/.test(trail.configHash)) {
    return 'it carries no well-formed Shipgate-Config-Hash trailer';
  }
  return undefined;
}

/** Whether the committed files are what the trailers (and so the approval) name. */
export function contentProblem(
  trail: DeploymentTrail,
  content: CommittedContent | string,
  target: EnvironmentPath,
): string | undefined {
  if (typeof content === 'string') return content;
  const directory = target.directory;
  if (content.configHash !== trail.configHash) {
    return `the files of ${directory} hash to ${content.configHash}, not to its Shipgate-Config-Hash ${trail.configHash}`;
  }
  const digests = new Set(trail.imageRefs.map((ref) => digestOf(ref)));
  const foreign = content.images.find((image) => !digests.has(digestOf(image)));
  if (foreign) return `its manifests run ${foreign}, which no Shipgate-Image trailer names`;
  const [guard] = content.problems;
  if (guard && requiresApproval(target.environment))
    return `its manifests fail a render guard: ${guard.replace(/\.$/, '')}`;
  return undefined;
}

/**
 * A deploy decided while a freeze window of its environment was in force needs break-glass;
 * `decidedAt` is when it reached the branch (GitHub's record) or the check's clock, never a git date.
 */
export function freezeProblem(
  trailers: readonly Trailer[],
  target: EnvironmentPath,
  decidedAt: number,
): string | undefined {
  const freeze = activeFreeze(target.environment, new Date(decidedAt));
  if (!freeze) return undefined;
  if (trailers.some((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass' && trailer.value))
    return undefined;
  const why = freeze.window.reason ? ` (${freeze.window.reason})` : '';
  return `it reached the branch during the freeze of ${target.environment.name}${why} from ${freeze.start.toISOString()} to ${freeze.end.toISOString()} without Shipgate-Break-Glass`;
}

/** Who the `Shipgate-Break-Glass: <who; reason>` trailer says broke the freeze. */
export function breakGlassOf(trailers: readonly Trailer[]): string | undefined {
  const value = trailers.find((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass')?.value;
  return value?.split(';')[0]?.trim() || undefined;
}

/** Files a deploy commit changed besides its own path. */
export function extraFilesProblem(extraFiles: readonly string[], directory: string): string | undefined {
  if (extraFiles.length === 0) return undefined;
  const shown = extraFiles.slice(0, 3).join(', ');
  const more = extraFiles.length > 3 ? ` and ${extraFiles.length - 3} more` : '';
  return `besides ${directory} it changes ${shown}${more}`;
}

/** A commit that deletes the policy leaves the next commits judged by nothing: always a violation. */
export function removesPolicy(commit: LoggedCommit, parentHasPolicy: boolean, hasPolicy: boolean): boolean {
  return parentHasPolicy && !hasPolicy && commit.files.includes(POLICY_FILE);
}

/** When each digest first ran in an environment: from the deploys of the whole branch. */
export type FirstDeployed = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Production takes only a digest that has run in `promote-from` for at least `soak`. */
export function promotionProblem(
  trail: DeploymentTrail,
  target: EnvironmentPath,
  decidedAt: number,
  first: FirstDeployed,
): string | undefined {
  const from = target.environment.promoteFrom;
  if (!from || trail.rollbackOf) return undefined;
  const soak = target.environment.soakMs ?? 0;
  const at = decidedAt;
  for (const ref of trail.imageRefs) {
    const since = first.get(from)?.get(digestOf(ref) ?? ref);
    if (since === undefined || since > at)
      return `its image ${ref} never ran in ${from} before, and ${target.environment.name} promotes from ${from}`;
    if (at - since < soak) {
      return `its image ${ref} ran in ${from} for ${Math.round((at - since) / 60_000)} minute(s), less than the ${Math.round(soak / 60_000)} minute(s) soak of ${target.environment.name}`;
    }
  }
  return undefined;
}
