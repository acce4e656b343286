import { abortableSleep, backoffDelay, createGitHubClient, ShipgateError } from '@shipgate/core';
import { ownerAndName } from '@shipgate/git';
import type { DeployPlan } from './deploy-plan';
import {
  type DeployDependencies,
  type DeployRequest,
  type DeployResult,
  type DeployTuning,
  RACE_RETRY,
} from './deploy-request';
import { nextQueueProgress, type QueueProgress } from './landing/progress';
import { LANDING_PROGRESS_MS, LANDING_RETRY } from './landing/tuning';
import { landingLookDelay } from './landing/waiting';
import { openOrUpdatePullRequest } from './pull-request';
import { runAttempt, type Settled, type WriterContext, type WriterState } from './writer';

/**
 * The landing: attempts until one settles (writer.ts makes each), then the result, the log lines
 * that say what happened and, in pull-request mode, the pull request.
 */

/** The step was cancelled (its signal aborted) while the deploy was being landed. */
export class DeployCancelledError extends ShipgateError {
  override name = 'DeployCancelledError';
}

/**
 * The no-stale-overwrite rule refused the deploy and the request said `onStale: 'fail'`. Nothing
 * was pushed; `result` is what the deploy would have returned (the tip, the reason), for outputs.
 */
export class StaleDeployError extends ShipgateError {
  override name = 'StaleDeployError';
  constructor(
    message: string,
    readonly result: DeployResult,
  ) {
    super(message);
  }
}

/**
 * Attempts until one settles: a lost race backs off and tries again (from what the last attempt
 * built, or as a landing round once queued); looking at the queue while another writer lands it is
 * not an attempt. A writer that gives up, or is cancelled, never leaves a request behind that
 * could land later.
 */
export async function landUntilSettled(
  context: WriterContext,
  maxAttempts: number,
  deps: Pick<DeployDependencies, 'signal'>,
  tuning: DeployTuning,
  initial: WriterState = {},
): Promise<{ settled: Settled; attempts: number }> {
  const { signal } = deps;
  let state = initial;
  let progress: QueueProgress | undefined;
  const progressEvery = tuning.landingQueue?.progressIntervalMs ?? LANDING_PROGRESS_MS;
  // Rejections count toward `maxAttempts`; a landing lost while the queue moves on does not (the
  // request's own life bounds it: its writer takes it back, which counts, and goes on alone,
  // queueing again with the same nonce when it loses).
  let rejections = 0;
  for (let attempt = 1; ; attempt++) {
    let result = await abandonOnError(state, () => attemptUnlessCancelled(context, state, attempt, signal));
    while ('wait' in result) {
      const next = nextQueueProgress(progress, result.wait, Date.now(), progressEvery);
      progress = next.progress;
      if (next.say) context.log.info(next.say);
      await abortableSleep(tuning.landingQueue?.lookDelayMs ?? landingLookDelay(result.wait), signal);
      const waiting = result.state;
      result = await abandonOnError(waiting, () => attemptUnlessCancelled(context, waiting, attempt, signal));
    }
    if ('settled' in result) return { settled: result.settled, attempts: attempt };
    state = result.state;
    if (!result.progressed) rejections += 1;
    if (rejections >= maxAttempts) {
      const failure = new ShipgateError(
        `The push to ${context.pushBranch} was rejected ${maxAttempts} times (last: ${result.retry}); raise "max-attempts" or try again.`,
      );
      if (!state.seat) throw failure;
      return { settled: { pushed: true, commitSha: await state.seat.abandon(failure) }, attempts: attempt };
    }
    const policy = state.seat ? LANDING_RETRY : RACE_RETRY;
    const delayMs = backoffDelay(attempt, {
      baseDelayMs: tuning.retryDelays?.baseDelayMs ?? policy.baseDelayMs,
      maxDelayMs: tuning.retryDelays?.maxDelayMs ?? policy.maxDelayMs,
      factor: policy.factor,
    });
    if (!state.seat) {
      context.log.info(
        `Push attempt ${attempt} lost a race (${rejections} of ${maxAttempts} rejections: ${result.retry}); fetching the new tip and re-applying in ${delayMs} ms.`,
      );
    }
    await abortableSleep(delayMs, signal);
  }
}

function attemptUnlessCancelled(
  context: WriterContext,
  state: WriterState,
  attempt: number,
  signal: AbortSignal | undefined,
): ReturnType<typeof runAttempt> {
  if (signal?.aborted) {
    const reason = signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? 'cancelled');
    const queued = state.seat ? `; withdrawing the queued request ${state.seat.request.ref}` : '';
    context.log.warning(`Cancelled (${reason})${queued}.`);
    throw new DeployCancelledError(`The deploy was cancelled (${reason}) before it landed.`);
  }
  return runAttempt(context, state, attempt);
}

/** Runs an attempt; when it fails while our deploy is queued, the request is withdrawn first. */
async function abandonOnError<T>(state: WriterState, attempt: () => Promise<T>): Promise<T | { settled: Settled }> {
  try {
    return await attempt();
  } catch (error) {
    if (!state.seat) throw error;
    return { settled: { pushed: true, commitSha: await state.seat.abandon(error as Error) } };
  }
}

/** The result, the log lines that say what happened, and the pull request in that mode. */
export async function reportDeploy(
  landed: { settled: Settled; attempts: number },
  context: WriterContext,
  plan: DeployPlan,
  request: DeployRequest,
  deps: DeployDependencies,
  tuning: DeployTuning,
): Promise<DeployResult> {
  const { log } = deps;
  const { settled, attempts } = landed;
  const result: DeployResult = {
    changed: settled.pushed,
    commitSha: settled.pushed ? settled.commitSha : (settled.tip ?? ''),
    attempts: !settled.pushed && settled.refused ? 0 : attempts,
    branch: context.pushBranch,
    path: plan.path,
  };
  if (!settled.pushed && settled.refused) {
    result.refused = settled.refused;
    const message = `Not deploying ${request.app} to ${request.environment}: ${settled.refused}; nothing was pushed. Set allow-downgrade: true to deploy it anyway.`;
    if (request.onStale === 'fail') throw new StaleDeployError(message, result);
    log.warning(message, { title: 'Stale deploy skipped' });
    return result;
  }
  const unchangedPullRequest = !settled.pushed && settled.unchangedPullRequest === true;
  if (!settled.pushed && !unchangedPullRequest) {
    log.info(`${plan.path} on ${context.baseBranch} already holds this content; nothing to commit.`);
  }
  if (plan.mode === 'pull-request' && (settled.pushed || unchangedPullRequest)) {
    result.pullRequestUrl = await openPullRequest(context, plan, request, deps, tuning);
  } else if (settled.pushed) {
    log.info(`Committed ${result.commitSha} to ${context.pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
  }
  return result;
}

async function openPullRequest(
  context: WriterContext,
  plan: DeployPlan,
  request: DeployRequest,
  deps: DeployDependencies,
  tuning: DeployTuning,
): Promise<string> {
  const repo = ownerAndName(context.repositoryUrl) as { owner: string; name: string };
  const client = createGitHubClient({
    token: request.token as string,
    baseUrl: request.apiUrl ?? 'https://api.github.com',
    log: deps.log,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(tuning.retryDelays ?? {}),
  });
  const pull = await openOrUpdatePullRequest(client, {
    owner: repo.owner,
    repo: repo.name,
    head: context.pushBranch,
    base: context.baseBranch,
    title: plan.message.split('\n')[0] ?? `Deploy ${request.app} to ${request.environment}`,
    body: plan.message,
  });
  deps.log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
  return pull.url;
}
