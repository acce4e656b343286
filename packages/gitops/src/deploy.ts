import { openScratchClone, removeScratchClone } from '@shipgate/git';
import { checkDeploy } from './deploy-check';
import { landUntilSettled, reportDeploy } from './deploy-land';
import { planDeploy } from './deploy-plan';
import {
  DEFAULT_AUTHOR,
  type DeployDependencies,
  type DeployRequest,
  type DeployResult,
  type DeployTuning,
} from './deploy-request';

/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency, in three stages: plan (every input checked before the remote is
 * touched, deploy-plan.ts), check (the branch's policy applied on a scratch clone,
 * deploy-check.ts), land (attempts until settled, then the result and the pull request,
 * deploy-land.ts and writer.ts). The clone is removed whatever happens, cancellation included.
 */
export async function deployToGitOps(
  request: DeployRequest,
  deps: DeployDependencies,
  tuning: DeployTuning = {},
): Promise<DeployResult> {
  const plan = await planDeploy(request);
  if (request.queueKey) deps.setSecret?.(request.queueKey);
  const access = { ...request, ...(deps.setSecret ? { setSecret: deps.setSecret } : {}) };
  const clone = await openScratchClone(
    {
      ...access,
      exec: deps.exec,
      ...(deps.pushFromProcess ? { pushFromProcess: deps.pushFromProcess } : {}),
      ...(deps.env ? { inherited: deps.env } : {}),
    },
    {
      purpose: 'gitops',
      identity: request.author ?? DEFAULT_AUTHOR,
      readRetry: tuning.retryDelays ? { attempts: 4, ...tuning.retryDelays } : undefined,
    },
  );
  try {
    const { context, tip } = await checkDeploy(plan, request, deps, clone, tuning);
    const landed = await landUntilSettled(context, plan.maxAttempts, deps, tuning, { fresh: { view: tip } });
    return await reportDeploy(landed, context, plan, request, deps, tuning);
  } finally {
    await removeScratchClone(clone.dir);
  }
}
