/**
 * Tests describe a deploy as one flat object, as the scenario reads ("this repository, this
 * source, this exec, retries off"); `deployToGitOps` takes it in three parts. These split it by
 * which part each field belongs to, so a test cannot put a dependency where a request goes.
 */
import type { DeployDependencies, DeployRequest, DeployTuning, RollbackRequest } from '@shipgate/gitops';

/** A test's deploy: the request, the dependencies (with `now` as a fixed epoch ms) and the tuning. */
export type FlatDeploy = DeployRequest & Omit<DeployDependencies, 'now'> & DeployTuning & { now?: number };

export type FlatRollback = RollbackRequest & Omit<DeployDependencies, 'now'> & DeployTuning & { now?: number };

// Every key of each part, checked by the compiler both ways.
const DEPENDENCY_KEYS: Record<keyof DeployDependencies, true> = {
  exec: true,
  env: true,
  log: true,
  setSecret: true,
  now: true,
  signal: true,
  evidence: true,
  verifyAttestations: true,
  signing: true,
  deployStatement: true,
  fetch: true,
  pushFromProcess: true,
};
const TUNING_KEYS: Record<keyof DeployTuning, true> = { retryDelays: true, landingQueue: true };

function split<R>(fields: object): [R, DeployDependencies, DeployTuning] {
  const request: Record<string, unknown> = {};
  const deps: Record<string, unknown> = {};
  const tuning: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key in DEPENDENCY_KEYS) deps[key] = key === 'now' && typeof value === 'number' ? () => value : value;
    else if (key in TUNING_KEYS) tuning[key] = value;
    else request[key] = value;
  }
  return [request as R, deps as unknown as DeployDependencies, tuning as DeployTuning];
}

export function deployCall(fields: FlatDeploy): [DeployRequest, DeployDependencies, DeployTuning] {
  return split<DeployRequest>(fields);
}

export function rollbackCall(fields: FlatRollback): [RollbackRequest, DeployDependencies, DeployTuning] {
  return split<RollbackRequest>(fields);
}
