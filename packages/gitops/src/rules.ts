import { ConfigurationError, ShipgateError } from '@shipgate/core';
import { activeFreeze, POLICY_PATH, parsePolicy, requiresApproval } from '@shipgate/policy';
import { type Deployment, type DeploymentTrail, sameCommit } from '@shipgate/trail';
import { checkDeployOrder } from './deploy-order';
import { requireEnvironmentOfPath } from './deploy-policy';

/**
 * The rules a deploy must pass on the tip it lands on, in one function (`checkDeployRules`) that
 * the writer applies when it lands alone and the queue's leader applies to every request it lands:
 * the expected current deployment (rollback), the no-stale-overwrite rule, and that a path does
 * not hold other deployments. Checks that need more (policy, approvals) go here too; they get the
 * same context, with the files at the tip they declare in `RULE_FILES`.
 */

/** Files at the tip the rules read; the writer and the leader load them once per tip (absent → missing). */
export const RULE_FILES: readonly string[] = [POLICY_PATH];

/**
 * Whether a rule reads `DeployRuleContext.files` of queued deploys: the leader then reads every
 * queued tree's files (a process per request) before it plans the landing. No rule here does yet;
 * a rule that does sets this. (The writer landing alone always has them: they are its source files.)
 */
export const RULES_READ_QUEUED_FILES: boolean = false;

/** The deploy being checked, as its writer asked for it. */
export interface DeployIntent extends DeploymentTrail {
  path: string;
  allowDowngrade?: boolean;
  /** The deployment its writer saw as current (rollback): another one in between fails the deploy. */
  expectCurrentCommit?: string;
  /**
   * The policy file its writer checked the deploy against before landing (deploy-policy.ts), as
   * read from the tip then; absent when there was none, and for a request a leader replays.
   */
  checkedPolicy?: { blob: string; text: string };
  /** Epoch ms for the policy's freeze windows; default now. */
  now?: number;
}

export interface DeployRuleContext {
  deploy: DeployIntent;
  /** The commit the deploy lands on; `undefined` for the first commit of a branch. */
  tip: string | undefined;
  /**
   * The deployments of every app and environment reachable from the tip, newest first, including
   * those a leader lands before this one in the same push.
   */
  history: readonly Deployment[];
  /**
   * The files the commit sets below `deploy.path`, relative to it (a content hash, an image scan);
   * `undefined` when the landing did not load them.
   */
  files?: ReadonlyMap<string, Buffer>;
  /** `RULE_FILES` as they are at the tip; a file that is not there is absent. */
  tipFiles: ReadonlyMap<string, string>;
  /** How it lands: by its own writer, or replayed by the queue's leader. */
  landing: 'alone' | 'queue';
}

export type RuleDecision =
  | { verdict: 'allow' }
  /** Not deployed, and not a failure: the step reports it (the no-stale-overwrite rule). */
  | { verdict: 'refuse'; reason: string }
  /** The step fails with this error; nothing is pushed. */
  | { verdict: 'fail'; error: ShipgateError };

/** Every rule, in order; the first that does not allow decides. */
export function checkDeployRules(context: DeployRuleContext): RuleDecision {
  const { deploy } = context;
  const history = context.history.filter(
    (deployment) => deployment.app === deploy.app && deployment.environment === deploy.environment,
  );
  const expected = deploy.expectCurrentCommit;
  const current = history[0]?.commitSha;
  if (expected !== undefined && !(current && sameCommit(current, expected))) {
    return {
      verdict: 'fail',
      error: new ShipgateError(
        `The current deployment of ${deploy.app} in ${deploy.environment} is now ${current?.slice(0, 12) ?? 'none'}, not ${expected.slice(0, 12)} as planned, because another deploy landed in between; nothing was pushed, so check the new deployment and run again.`,
      ),
    };
  }
  const order = checkDeployOrder(history, {
    source: deploy.source,
    sourceTime: deploy.sourceTime,
    allowDowngrade: deploy.allowDowngrade,
  });
  if (!order.allowed) return { verdict: 'refuse', reason: order.reason };
  const policy = checkPolicyAtTip(context);
  if (policy) return policy;
  const held = otherDeploymentBelow(deploy, context.history);
  if (held) {
    return {
      verdict: 'fail',
      error: new ConfigurationError(
        `Input "path" is "${deploy.path}", which holds ${held}; a deploy replaces its whole path, so name the path of ${deploy.app} in ${deploy.environment} alone.`,
      ),
    };
  }
  return { verdict: 'allow' };
}

/**
 * The GitOps policy at the tip the deploy lands on. Its writer applied the policy before landing
 * (with the evidence it alone can read); here, on every tip, the policy must be the one it
 * applied, and a request a leader replays must be one the policy lets anyone land: its path's
 * environment neither needs approval evidence nor is frozen.
 */
function checkPolicyAtTip(context: DeployRuleContext): RuleDecision | undefined {
  const { deploy } = context;
  const text = context.tipFiles.get(POLICY_PATH);
  const fail = (message: string): RuleDecision => ({ verdict: 'fail', error: new ConfigurationError(message) });
  if (context.landing === 'alone') {
    if (text === undefined && !deploy.checkedPolicy) return undefined;
    if (text !== deploy.checkedPolicy?.text) {
      return fail(
        `${POLICY_PATH} on the tip changed while this deploy was being landed (it was checked against ${deploy.checkedPolicy ? `blob ${deploy.checkedPolicy.blob.slice(0, 12)}` : 'no policy'}); nothing was pushed, so run it again.`,
      );
    }
    return undefined;
  }
  if (text === undefined) return undefined;
  try {
    const rules = requireEnvironmentOfPath(parsePolicy(text), deploy.path, deploy.environment);
    if (requiresApproval(rules) || activeFreeze(rules, new Date(deploy.now ?? Date.now()))) {
      return fail(
        `A queued deploy to ${deploy.path} needs its own writer: environment "${rules.name}" requires approval evidence or is frozen.`,
      );
    }
  } catch (error) {
    if (error instanceof ConfigurationError) return { verdict: 'fail', error };
    throw error;
  }
  return undefined;
}

/**
 * Another app's or environment's deploy path below `deploy.path`: where the trail wrote it (a
 * request's path, as the leader knows it), else its default `apps/<app>/<environment>`.
 */
function otherDeploymentBelow(deploy: DeployIntent, history: readonly Deployment[]): string | undefined {
  const prefix = `${deploy.path}/`;
  for (const deployment of history) {
    if (deployment.app === deploy.app && deployment.environment === deploy.environment) continue;
    const path = deployment.path || `apps/${deployment.app}/${deployment.environment}`;
    if (path === deploy.path || path.startsWith(prefix)) {
      return `${path} (${deployment.app} in ${deployment.environment}, ${deployment.commitSha.slice(0, 12)})`;
    }
  }
  return undefined;
}

/**
 * Whether a deploy may wait in the landing queue to be replayed by another writer, and why not.
 * A replay sets the path to exactly the queued tree on whatever tip it lands, so only a deploy that
 * replaces its path entirely and asks nothing of the tip but the rules above can queue.
 */
export function mayQueue(deploy: {
  mode: 'push' | 'pull-request';
  prune: boolean;
  allowDowngrade?: boolean;
  expectCurrentCommit?: string;
}): { queue: true } | { queue: false; reason: string } {
  if (deploy.mode !== 'push') return { queue: false, reason: 'a pull-request deploy has a branch of its own' };
  if (!deploy.prune) return { queue: false, reason: 'prune: false merges into what the path holds on the tip' };
  if (deploy.allowDowngrade) return { queue: false, reason: 'allow-downgrade is decided by its own writer' };
  if (deploy.expectCurrentCommit) return { queue: false, reason: 'a rollback expects one current deployment' };
  return { queue: true };
}

/**
 * The no-stale-overwrite and expected-current checks alone, as the writer used to call them:
 * the reason a deploy is refused; throws when the deployment planned against is no longer current.
 */
export function checkHistory(
  history: readonly Deployment[],
  options: Pick<
    DeployIntent,
    'app' | 'environment' | 'source' | 'sourceTime' | 'allowDowngrade' | 'expectCurrentCommit'
  >,
): string | undefined {
  const decision = checkDeployRules({
    deploy: { imageRefs: [], approvedBy: [], path: '', ...options },
    tip: undefined,
    history,
    tipFiles: new Map(),
    landing: 'alone',
  });
  if (decision.verdict === 'fail') throw decision.error;
  return decision.verdict === 'refuse' ? decision.reason : undefined;
}
