import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApprovalRecord, verifyApprovalBinding } from '@shipgate/approvals';
import {
  backoffDelay,
  CommandError,
  ConfigurationError,
  type Exec,
  type Logger,
  ShipgateError,
  sleep,
} from '@shipgate/core';
import { requireDigestReference } from '@shipgate/image';
import { formatScanTrailer, type ScanRecord } from '@shipgate/scan';
import { checkDeployOrder } from './deploy-order';
import { enforceDeployPolicy, type PolicyGateOptions, type PolicyVerdict, readPolicyAt } from './deploy-policy';
import type { Deployment, DeploymentTrail } from './deployment';
import { sameCommit } from './dora';
import {
  createGit,
  type Git,
  ownerAndName,
  type RepositoryAccess,
  remoteTrackingRef,
  resolveRepositoryAccess,
} from './git';
import { DEPLOYMENT_LOG_FORMAT, parseDeploymentLog, readDeploymentsFromClone, remoteDefaultBranch } from './history';
import {
  announceDeploy,
  LANDING_QUEUE_PREFIX,
  LANDING_RETRY,
  type LandingQueueOptions,
  LandingQueueSeat,
  landingLookDelay,
} from './landing-queue';
import { openOrUpdatePullRequest } from './pull-request';
import { classifyPush } from './push-result';
import { buildCommitMessage, normalizeScanTrailer, sanitizeTrailerValue } from './trailers';
import { confineRepositoryPath, listSourceFiles, writeTargetDirectory } from './write-tree';

export const DEFAULT_AUTHOR = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

export const DEFAULT_MESSAGE = 'Deploy {app} to {environment}';

/**
 * Backoff between push attempts (full jitter). A lost race usually needs only a re-fetch, so the
 * first retries come quickly; the steep factor still spreads a crowd of writers within a few
 * attempts, and the cap keeps enough total wait within the default 10 attempts for 32 writers
 * on one branch.
 */
export const RACE_RETRY = {
  baseDelayMs: 100,
  maxDelayMs: 8_000,
  factor: 3,
} as const;

export interface DeployOptions extends RepositoryAccess {
  exec: Exec;
  log: Logger;
  app: string;
  environment: string;
  /** Default `apps/<app>/<environment>`. */
  path?: string;
  /** The rendered manifests; the target path's content becomes exactly this directory's. */
  sourceDir: string;
  /** Digest-pinned image references being deployed. */
  imageRefs: readonly string[];
  scanRecord?: ScanRecord;
  /**
   * A `Shipgate-Scan` value to record as it is (promote's `scan` output, a rollback's restored
   * deploy), for a deploy that has no scan record of its own. Mutually exclusive with
   * `scanRecord`: two verdicts for one deploy is a workflow mistake, not something to pick from.
   */
  scan?: string;
  approvalRecord?: ApprovalRecord;
  /** Default: true for `production`. */
  requireApproval?: boolean;
  mode?: 'push' | 'pull-request';
  /** Remove files no longer rendered. Default true. */
  prune?: boolean;
  /** Template with {app} {environment} {image} {digest} {short-digest} {source}. */
  message?: string;
  /** Default 10. */
  maxAttempts?: number;
  allowDowngrade?: boolean;
  author?: { name: string; email: string };
  configHash?: string;
  /** `owner/repo@sha` of the source commit. */
  source?: string;
  /** Committer time of the source commit (ISO 8601); orders deploys. */
  sourceTime?: string;
  /** The workflow run URL. */
  runUrl?: string;
  /** Set by rollback. */
  rollback?: { of: string; to: string; reason?: string };
  /**
   * The deploy commit the caller saw as the current deployment of (app, environment) (rollback's
   * `Shipgate-Rollback-Of`). Checked against every tip the writer builds on, so a deploy that lands
   * after the caller read the history fails the write instead of being overwritten.
   */
  expectCurrentCommit?: string;
  /** Re-reads approval evidence at commit time, when the GitOps policy asks for approval. */
  evidence?: PolicyGateOptions['evidence'];
  /** Deploy during a freeze window (needs a break-glass approver's approval). */
  breakGlassReason?: string;
  /** Verifies each image's signed attestations when the policy requires them. */
  verifyAttestations?: PolicyGateOptions['verifyAttestations'];
  /** Epoch ms for the policy's time rules (freeze, max-age, soak); tests fix it. */
  now?: number;
  /** For pull-request mode. */
  apiUrl?: string;
  /** Backoff between push attempts; tests pass 0. */
  retryDelays?: { baseDelayMs: number; maxDelayMs: number };
  /**
   * Signs this writer's queued deploy and verifies the others' (see `landingSignature`): a secret
   * every pipeline deploying to the repository shares. Default: the token, which works when the
   * pipelines share one; with per-run tokens, set it or each deploy lands on its own.
   */
  queueKey?: string;
  /** Timing of the landing queue (defaults `landingLookDelay`, `LANDING_LEADER_GRACE_MS`); tests shorten it. */
  landingQueue?: { lookDelayMs?: number; leaderGraceMs?: number };
  fetch?: typeof fetch;
}

export interface DeployResult {
  changed: boolean;
  /** The new commit, or the branch tip when nothing changed or the deploy was refused; empty when there is neither. */
  commitSha: string;
  /** Push attempts made (0 when refused before any push). */
  attempts: number;
  /** The branch written to (the pull-request branch in that mode). */
  branch: string;
  path: string;
  pullRequestUrl?: string;
  /** Why the deploy was refused by the no-stale-overwrite rule. */
  refused?: string;
}

/** A push lost a race (or the connection failed); the whole attempt is redone on the new tip. */
class RetryablePushError extends ShipgateError {
  override name = 'RetryablePushError';
}

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency. Everything the user could get wrong is checked before the remote is
 * touched. See DESIGN.md and issue 6 for the rules.
 */
export async function deployToGitOps(options: DeployOptions): Promise<DeployResult> {
  let plan = await planDeploy(options);
  const { log } = options;
  const url = resolveRepositoryAccess(options);
  if (options.queueKey) options.setSecret?.(options.queueKey);
  if (plan.mode === 'pull-request' && !ownerAndName(url)) {
    throw new ConfigurationError(
      `Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`,
    );
  }
  if (plan.mode === 'pull-request' && !options.token) {
    throw new ConfigurationError(`Input "token" is required for mode "pull-request".`);
  }

  const workDir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'shipgate-gitops-'));
  try {
    const author = options.author ?? DEFAULT_AUTHOR;
    const git = createGit({
      exec: options.exec,
      url,
      token: options.token,
      cwd: workDir,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email,
      },
    });
    // No templates: nothing of the machine's git setup (sample or global hooks) belongs in a
    // throwaway clone, and copying them is a good part of what `git init` costs.
    await git(['init', '--quiet', '--template=']);
    await git(['remote', 'add', 'origin', url]);
    const baseBranch = options.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
    validateBranch(baseBranch, 'branch');
    const pushBranch = plan.mode === 'pull-request' ? `shipgate/${options.app}-${options.environment}` : baseBranch;
    // Cone mode: the working tree only ever holds the target path (and top-level files). The
    // index is a plain one: a sparse index makes write-tree fetch every blob of the tip. (Not beside
    // the first fetch: a filtered fetch writes the config too.)
    await git(['sparse-checkout', 'set', '--cone', '--no-sparse-index', plan.path]);
    const policy = await applyGitOpsPolicy(git, baseBranch, plan, options);
    if (policy) plan = { ...plan, message: buildCommitMessage(plan.subject, withPolicyTrail(plan.trail, policy)) };

    let attempts = 0;
    const scope = { app: options.app, environment: options.environment };
    // What the last attempt built on and pushed; a retry after a lost race starts from it.
    let last: BuiltAttempt | undefined;

    /** Checks the trail of `tip`, writes our files on it and commits; re-reads nothing it is given. */
    const buildOnTip = async (
      tip: { commit: string; tree: string } | undefined,
      readHistory: () => Promise<Deployment[]>,
    ): Promise<BuildOutcome> => {
      // Reading the trail, checking the path and staging our files are independent: run them
      // side by side (the window between fetch and push decides races), and decide on the trail
      // before anything leaves this clone.
      const [history, pathTree] = await settleAll([
        readHistory(),
        tip ? inspectTargetPath(git, tip.commit, plan.path) : Promise.resolve(undefined),
        (async () => {
          // The index only: no file of the tip is ever checked out, so no blob is fetched. The
          // target path is rewritten in the (sparse) working tree and `git add` stages the difference.
          await git(tip ? ['read-tree', tip.commit] : ['read-tree', '--empty']);
          await writeTargetDirectory(workDir, plan.path, plan.files, true);
        })(),
      ] as const);
      const refusal = checkHistory(history, options);
      if (refusal) return { refused: refusal, tip: tip?.commit };
      // Without prune, index entries we did not write stay (the working tree never had them).
      await git(['add', plan.prune ? '--all' : '--ignore-removal', '--sparse', '--', plan.path]);
      // --missing-ok: the tip's blobs exist on the server; checking them here would fetch them all.
      const tree = (await git(['write-tree', '--missing-ok'])).stdout.trim();
      if (tree === tip?.tree) return { unchanged: true, tip: tip.commit };
      const commitSha = await commitTree(git, tree, tip?.commit, plan.message);
      return { built: { tip: tip?.commit, history, pathTree, tree, commitSha } };
    };

    /**
     * After a lost race: fetch only what is new and check the new commits' trail; when none of
     * them touched our path, merge our commit's tree with the new tip's (`merge-tree`: no index,
     * no working tree, no blob read, since the two sides changed different paths) instead of
     * writing and staging the files again. That keeps the window between fetch and push short,
     * which is what decides the next race.
     */
    const rebuildAfterRace = async (previous: BuiltAttempt): Promise<BuildOutcome> => {
      const fetched = await fetchBranch(git, baseBranch, 'blob:none');
      if (!fetched) return buildOnTip(undefined, async () => []);
      // The branch was created meanwhile: everything on it is new to us.
      if (!previous.tip) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(tip, () => readDeploymentsFromClone(git, tip.commit, scope));
      }
      const [{ newest, deployments, rewritten }, pathTree] = await settleAll([
        readNewCommits(git, baseBranch, previous.tip, scope),
        inspectTargetPath(git, remoteTrackingRef(baseBranch), plan.path),
      ] as const);
      if (rewritten) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(tip, () => readDeploymentsFromClone(git, tip.commit, scope));
      }
      // The tip did not move (a lock lost to another push, a dropped connection): push it again.
      if (!newest) return { built: previous };
      const history = [...deployments, ...previous.history];
      const refusal = checkHistory(history, options);
      if (refusal) return { refused: refusal, tip: newest };
      if (pathTree === previous.pathTree) {
        // Renames off: our change replaces one path; nothing may move it elsewhere.
        const merged = await git(
          [
            '-c',
            'merge.renames=false',
            '-c',
            'merge.directoryRenames=false',
            'merge-tree',
            '--write-tree',
            previous.commitSha,
            newest,
          ],
          { ignoreReturnCode: true },
        );
        const tree = merged.stdout.split('\n', 1)[0]?.trim() ?? '';
        if (merged.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(tree)) {
          const commitSha = await commitTree(git, tree, newest, plan.message);
          return { built: { tip: newest, history, pathTree, tree, commitSha } };
        }
      }
      // Someone else changed our path (or the merge was not clean): start over on the new tip.
      return buildOnTip(await tipOf(git, baseBranch), async () => history);
    };

    const queue: LandingQueueOptions = {
      branch: baseBranch,
      message: plan.message,
      key: options.queueKey || options.token,
      ...(options.landingQueue?.leaderGraceMs !== undefined
        ? { leaderGraceMs: options.landingQueue.leaderGraceMs }
        : {}),
    };
    // Set once this writer's deploy waits in the landing queue (after its first lost race).
    let seat: LandingQueueSeat | undefined;
    const queueable =
      plan.mode === 'push' &&
      plan.prune &&
      !options.allowDowngrade &&
      !options.expectCurrentCommit &&
      !policy?.landsAlone;

    const pushAttempt = async (attempt: number): Promise<AttemptOutcome> => {
      let step: BuildOutcome;
      if (attempt === 1 || !last) {
        const tip = (await fetchBranch(git, baseBranch, 'tree:0')) ? await tipOf(git, baseBranch) : undefined;
        step = await buildOnTip(tip, async () => (tip ? readDeploymentsFromClone(git, tip.commit, scope) : []));
      } else {
        step = await rebuildAfterRace(last);
      }
      if ('refused' in step) return { refused: step.refused, tip: step.tip, pushed: false };
      if ('unchanged' in step) return { tip: step.tip, pushed: false };
      const built = step.built;
      last = built;

      if (plan.mode === 'pull-request' && (await sameTreeAsRemote(git, pushBranch, built.tree))) {
        return { tip: built.tip, pushed: false, unchangedPullRequest: true };
      }
      const force = plan.mode === 'pull-request' ? '+' : '';
      const push = await git(
        ['push', '--porcelain', '--no-verify', 'origin', `${force}${built.commitSha}:refs/heads/${pushBranch}`],
        { ignoreReturnCode: true },
      );
      const result = classifyPush(push);
      if (result.kind === 'pushed') return { pushed: true, commitSha: built.commitSha };
      if (result.kind === 'fatal') {
        throw new ConfigurationError(`The push to ${pushBranch} was refused by the server: ${result.message}`);
      }
      if (queueable && result.kind === 'race') {
        const pathTree = await git(['rev-parse', '--verify', '--quiet', `${built.tree}:${plan.path}`], {
          ignoreReturnCode: true,
        });
        const announced = await announceDeploy(git, {
          pathTree: pathTree.exitCode === 0 ? pathTree.stdout.trim() : undefined,
          branch: baseBranch,
          path: plan.path,
          message: plan.message,
          identity: `${author.name} <${author.email}>`,
          key: queue.key,
          now: Date.now(),
        });
        if ('queued' in announced) {
          seat = new LandingQueueSeat(git, { ...announced.queued, since: built.tip }, queue);
          log.info(
            `Push attempt ${attempt} lost a race (${result.message}); queued this deploy as ${seat.request.ref}, so whichever writer pushes next lands it too.`,
          );
        } else {
          log.info(
            `Could not queue this deploy under ${LANDING_QUEUE_PREFIX} (${'message' in announced.failed ? announced.failed.message : 'push failed'}); re-applying it alone.`,
          );
        }
      }
      throw new RetryablePushError(result.message);
    };

    /** A landing round; `wait` when another writer lands the queue (or ours is still settling). */
    const landingAttempt = async (
      queued: LandingQueueSeat,
    ): Promise<AttemptOutcome | { wait: { leading: boolean; pending: number }; seat: LandingQueueSeat }> => {
      const round = await queued.round();
      if (round.kind !== 'push-failed' && round.kind !== 'waiting') seat = undefined;
      switch (round.kind) {
        case 'landed':
          if (round.landedBy === 'another writer') log.info(`Another writer landed this deploy as ${round.commitSha}.`);
          else if (round.alongside > 0)
            log.info(`Landed ${round.alongside} queued deploy(s) of other writers with this one.`);
          return { pushed: true, commitSha: round.commitSha };
        case 'unchanged':
          return { tip: round.tip, pushed: false };
        case 'refused':
          return { refused: round.reason, tip: round.tip, pushed: false };
        case 'waiting':
          return { wait: round, seat: queued };
        case 'requeue':
          last = undefined;
          throw new RetryablePushError(`${baseBranch} is gone from the server`);
        case 'withdrawn':
          throw new RetryablePushError('the deploy waited in the landing queue for too long');
        case 'push-failed':
          if (round.outcome.kind === 'fatal') {
            throw new ConfigurationError(
              `The push to ${pushBranch} was refused by the server: ${round.outcome.message}`,
            );
          }
          throw new RetryablePushError(round.outcome.message);
      }
    };

    const attemptUntilSettled = async (): Promise<AttemptOutcome> => {
      for (let attempt = 1; ; attempt++) {
        attempts = attempt;
        try {
          let outcome = seat ? await landingAttempt(seat) : await pushAttempt(attempt);
          // Looking is not a push attempt: the grace period bounds how long we leave it to a leader.
          while ('wait' in outcome) {
            await sleep(options.landingQueue?.lookDelayMs ?? landingLookDelay(outcome.wait));
            outcome = await landingAttempt(outcome.seat);
          }
          return outcome;
        } catch (error) {
          if (!(error instanceof RetryablePushError)) throw error;
          if (attempt >= plan.maxAttempts) {
            throw new ShipgateError(
              `The push to ${pushBranch} was rejected ${plan.maxAttempts} times (last: ${error.message}); raise "max-attempts" or try again.`,
            );
          }
          const policy = seat ? LANDING_RETRY : RACE_RETRY;
          const delayMs = backoffDelay(attempt, {
            baseDelayMs: options.retryDelays?.baseDelayMs ?? policy.baseDelayMs,
            maxDelayMs: options.retryDelays?.maxDelayMs ?? policy.maxDelayMs,
            factor: policy.factor,
          });
          if (!seat) {
            log.info(
              `Push attempt ${attempt} of ${plan.maxAttempts} lost a race (${error.message}); fetching the new tip and re-applying in ${delayMs} ms.`,
            );
          }
          if (delayMs > 0) await sleep(delayMs);
        }
      }
    };

    let outcome: AttemptOutcome;
    try {
      outcome = await attemptUntilSettled();
    } catch (error) {
      // Never leave a request behind that could land after this step has failed.
      if (!seat) throw error;
      outcome = { pushed: true, commitSha: await seat.abandon(error as Error) };
    }

    const result: DeployResult = {
      changed: outcome.pushed,
      commitSha: outcome.pushed ? outcome.commitSha : (outcome.tip ?? ''),
      attempts: 'refused' in outcome ? 0 : attempts,
      branch: pushBranch,
      path: plan.path,
    };
    if ('refused' in outcome && outcome.refused) {
      result.refused = outcome.refused;
      log.notice(
        `Not deploying ${options.app} to ${options.environment}: ${outcome.refused}. Set allow-downgrade: true to deploy it anyway.`,
      );
      return result;
    }
    if (!outcome.pushed && !('unchangedPullRequest' in outcome)) {
      log.info(`${plan.path} on ${baseBranch} already holds this content; nothing to commit.`);
    }
    if (plan.mode === 'pull-request' && (outcome.pushed || 'unchangedPullRequest' in outcome)) {
      const repo = ownerAndName(url)!;
      const pull = await openOrUpdatePullRequest({
        apiUrl: options.apiUrl ?? 'https://api.github.com',
        token: options.token!,
        owner: repo.owner,
        repo: repo.name,
        head: pushBranch,
        base: baseBranch,
        title: plan.message.split('\n')[0] ?? `Deploy ${options.app} to ${options.environment}`,
        body: plan.message,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
      });
      result.pullRequestUrl = pull.url;
      log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
    } else if (outcome.pushed) {
      log.info(`Committed ${result.commitSha} to ${pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
    }
    return result;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

interface DeployPlan {
  path: string;
  files: Awaited<ReturnType<typeof listSourceFiles>>;
  message: string;
  /** The rendered subject and the trail the message was built from; the policy stage adds to the trail. */
  subject: string;
  trail: DeploymentTrail;
  imageRefs: string[];
  prune: boolean;
  mode: 'push' | 'pull-request';
  maxAttempts: number;
}

/** Validates every input and builds the commit message; no side effects outside reading files. */
export async function planDeploy(options: DeployOptions): Promise<DeployPlan> {
  if (!NAME_PATTERN.test(options.app)) {
    throw new ConfigurationError(`Input "app" must be letters, digits, ".", "_" or "-", got "${options.app}".`);
  }
  if (!NAME_PATTERN.test(options.environment)) {
    throw new ConfigurationError(
      `Input "environment" must be letters, digits, ".", "_" or "-", got "${options.environment}".`,
    );
  }
  if (options.branch !== undefined) validateBranch(options.branch, 'branch');
  const path = confineRepositoryPath(options.path ?? `apps/${options.app}/${options.environment}`);
  const maxAttempts = options.maxAttempts ?? 10;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new ConfigurationError(`Input "max-attempts" must be a positive integer, got ${maxAttempts}.`);
  }
  const imageRefs = options.imageRefs.map((ref) => requireDigestReference(ref, 'image-ref').toString());
  const digests = new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)));
  if (options.scanRecord && !digests.has(options.scanRecord.digest)) {
    throw new ConfigurationError(
      `Input "scan-record" is for ${options.scanRecord.imageRef}, which is not one of the images being deployed.`,
    );
  }
  if (options.scanRecord && options.scan !== undefined) {
    throw new ConfigurationError(`Inputs "scan" and "scan-record" must not be given together; pass one verdict.`);
  }
  const scan = options.scanRecord
    ? formatScanTrailer(options.scanRecord)
    : options.scan !== undefined
      ? normalizeScanTrailer(options.scan)
      : undefined;
  if (options.sourceTime !== undefined && Number.isNaN(Date.parse(options.sourceTime))) {
    throw new ConfigurationError(`Input "source-time" must be an ISO 8601 time, got "${options.sourceTime}".`);
  }
  const files = await listSourceFiles(options.sourceDir);

  const trail: DeploymentTrail = {
    app: options.app,
    environment: options.environment,
    imageRefs,
    ...(options.source ? { source: options.source } : {}),
    ...(options.sourceTime ? { sourceTime: new Date(Date.parse(options.sourceTime)).toISOString() } : {}),
    ...(options.runUrl ? { run: options.runUrl } : {}),
    ...(scan ? { scan } : {}),
    ...(options.configHash ? { configHash: options.configHash } : {}),
    approvedBy: [...new Set((options.approvalRecord?.approvers ?? []).map((entry) => entry.login))],
    ...(options.rollback
      ? {
          rollbackOf: options.rollback.of,
          rollbackTo: options.rollback.to,
          ...(options.rollback.reason ? { reason: options.rollback.reason } : {}),
        }
      : {}),
  };
  const rendered = renderMessageTemplate(options.message || DEFAULT_MESSAGE, {
    app: options.app,
    environment: options.environment,
    image: imageRefs[0] ?? '',
    digest: imageRefs[0]?.slice(imageRefs[0].lastIndexOf('@') + 1) ?? '',
    source: options.source ?? '',
  });
  return {
    path,
    files,
    message: buildCommitMessage(rendered, trail),
    subject: rendered,
    trail,
    imageRefs,
    prune: options.prune ?? true,
    mode: options.mode ?? 'push',
    maxAttempts,
  };
}

/**
 * The rules stage: the GitOps policy on the target branch's tip (`.shipgate/policy.yaml`) applied
 * to this deploy, or, when the branch has none, the input-driven approval check of old with a
 * notice recommending a policy. Throws before anything is written.
 */
async function applyGitOpsPolicy(
  git: Git,
  branch: string,
  plan: DeployPlan,
  options: DeployOptions,
): Promise<PolicyVerdict | undefined> {
  const tip = (await fetchBranch(git, branch, 'tree:0')) ? remoteTrackingRef(branch) : undefined;
  const found = tip ? await readPolicyAt(git, tip) : undefined;
  if (!found) {
    options.log.notice(
      `${branch} has no .shipgate/policy.yaml, so this deploy follows the workflow's inputs alone; keep a policy in the GitOps repository so that the workflow cannot choose its own rules.`,
    );
    checkApprovalWithoutPolicy(options, plan.imageRefs);
    return undefined;
  }
  const verdict = await enforceDeployPolicy(
    found,
    {
      path: plan.path,
      files: plan.files,
      history: (environment) => readDeploymentsFromClone(git, tip as string, { app: options.app, environment }),
    },
    options,
    options.log,
  );
  options.log.info(
    `Applied ${found.policy.source}: environment ${verdict.environment?.name ?? '(none)'} of ${plan.path}.`,
  );
  return verdict;
}

/** Without a policy: approval when `require-approval` (default: for `production`) says so, bound to the inputs. */
function checkApprovalWithoutPolicy(options: DeployOptions, imageRefs: readonly string[]): void {
  const requireApproval = options.requireApproval ?? options.environment === 'production';
  if (requireApproval && !options.approvalRecord) {
    throw new ConfigurationError(
      `Input "approval-record" is required to deploy to "${options.environment}" (require-approval is true).`,
    );
  }
  if (options.approvalRecord) {
    verifyApprovalBinding(options.approvalRecord, {
      app: options.app,
      environment: options.environment,
      imageRefs,
      configHash: options.configHash ?? '',
    });
  }
}

/** The trail with what the policy stage verified: the approvals that counted, the policy blob, a break-glass. */
function withPolicyTrail(trail: DeploymentTrail, verdict: PolicyVerdict): DeploymentTrail {
  return {
    ...trail,
    configHash: verdict.configHash,
    ...(verdict.approvals.length > 0
      ? {
          approvedBy: [...new Set(verdict.approvals.map((approval) => approval.login))],
          approvals: verdict.approvals.map((approval) => approval.url),
        }
      : { approvedBy: [] }),
    policy: verdict.policyBlob,
    ...(verdict.breakGlass ? { breakGlass: verdict.breakGlass } : {}),
    ...(verdict.attestations.length > 0 ? { attestations: verdict.attestations } : {}),
  };
}

const PLACEHOLDERS = ['app', 'environment', 'image', 'digest', 'short-digest', 'source'] as const;

/** Fills `{app}`, `{environment}`, `{image}`, `{digest}`, `{short-digest}`, `{source}`; values become one line. */
export function renderMessageTemplate(
  template: string,
  values: { app: string; environment: string; image: string; digest: string; source: string },
): string {
  const shortDigest = values.digest.replace(/^[a-z0-9]+:/, '').slice(0, 12);
  const all: Record<(typeof PLACEHOLDERS)[number], string> = { ...values, 'short-digest': shortDigest };
  return template.replace(/\{([a-z-]+)\}/g, (whole, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new ConfigurationError(
        `Input "message" uses an unknown placeholder ${whole}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
      );
    }
    return sanitizeTrailerValue(all[name as (typeof PLACEHOLDERS)[number]]);
  });
}

function validateBranch(branch: string, inputName: string): void {
  if (
    !branch ||
    branch.startsWith('-') ||
    branch.startsWith('/') ||
    branch.endsWith('/') ||
    branch.endsWith('.lock') ||
    branch.includes('..') ||
    branch.includes('//') ||
    branch.includes('@{') ||
    /[\u0000-\u0020\u007f~^:?*[\\]/.test(branch)
  ) {
    throw new ConfigurationError(`Input "${inputName}" is not a valid branch name: "${branch}".`);
  }
}

/**
 * `Promise.all` that waits for every operation before failing, so no git process is still
 * running in the clone when the caller reacts to the first error (and removes the clone).
 */
async function settleAll<T extends readonly unknown[]>(
  operations: { [K in keyof T]: Promise<T[K]> },
): Promise<{ -readonly [K in keyof T]: T[K] }> {
  const settled = await Promise.allSettled(operations);
  const failed = settled.find((entry) => entry.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((entry) => (entry as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: T[K];
  };
}

/** An attempt's commit, and what it was built on; a retry after a lost race starts from it. */
interface BuiltAttempt {
  /** The branch tip the commit has as parent; `undefined` for the first commit of a branch. */
  tip: string | undefined;
  /** The (app, environment)'s deployments reachable from `tip`, newest first. */
  history: Deployment[];
  /** The tree (or other entry) at the target path in `tip`; `undefined` when there is none. */
  pathTree: string | undefined;
  tree: string;
  commitSha: string;
}

type BuildOutcome =
  | { built: BuiltAttempt }
  | { unchanged: true; tip: string | undefined }
  | { refused: string; tip: string | undefined };

type AttemptOutcome =
  | { pushed: true; commitSha: string }
  | { pushed: false; tip: string | undefined; refused?: string; unchangedPullRequest?: boolean };

/**
 * The checks a tip's trail must pass before anything is written on it: the expected current
 * deployment (rollback), then the no-stale-overwrite rule. Returns the reason a deploy is refused;
 * throws when the deployment the caller planned against is no longer current.
 */
export function checkHistory(
  history: readonly Deployment[],
  options: Pick<
    DeployOptions,
    'app' | 'environment' | 'source' | 'sourceTime' | 'allowDowngrade' | 'expectCurrentCommit'
  >,
): string | undefined {
  const expected = options.expectCurrentCommit;
  const current = history[0]?.commitSha;
  if (expected !== undefined && !(current && sameCommit(current, expected))) {
    throw new ShipgateError(
      `The current deployment of ${options.app} in ${options.environment} is now ${current?.slice(0, 12) ?? 'none'}, not ${expected.slice(0, 12)} as planned, because another deploy landed in between; nothing was pushed, so check the new deployment and run again.`,
    );
  }
  const decision = checkDeployOrder(history, {
    source: options.source,
    sourceTime: options.sourceTime,
    allowDowngrade: options.allowDowngrade,
  });
  return decision.allowed ? undefined : decision.reason;
}

/**
 * Fetches the branch into `refs/remotes/origin/<branch>`; false when it does not exist yet (a new
 * branch starts as an orphan: a new environment branch must not inherit another environment's
 * files). The first fetch takes commits only (`tree:0`: the history the stale guard reads; the
 * tip's trees arrive lazily, in one request, when the tip is read). A retry after a lost race
 * takes the few new commits with their trees (`blob:none`, negotiated against what we have), which
 * saves that lazy round trip while the race is on. No maintenance afterwards: the clone is thrown
 * away, and under a race every process counts.
 */
async function fetchBranch(git: Git, branch: string, filter: 'tree:0' | 'blob:none'): Promise<boolean> {
  const args = [
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-auto-maintenance',
    '--no-write-fetch-head',
    `--filter=${filter}`,
    'origin',
    `+refs/heads/${branch}:${remoteTrackingRef(branch)}`,
  ];
  const fetched = await git(args, { ignoreReturnCode: true });
  if (fetched.exitCode === 0) return true;
  if (/couldn't find remote ref/i.test(fetched.stderr)) return false;
  throw new CommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}

/** The fetched tip and its tree. */
async function tipOf(git: Git, branch: string): Promise<{ commit: string; tree: string }> {
  const ref = remoteTrackingRef(branch);
  const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
  return { commit, tree };
}

/**
 * The commits fetched on top of `since`: the newest one (the new tip; `undefined` when the tip did
 * not move), the deployments of (app, environment) among them, newest first, and whether `since`
 * is no longer on the branch (it was rewritten: nothing learnt from the old tip may be reused).
 */
async function readNewCommits(
  git: Git,
  branch: string,
  since: string,
  scope: { app: string; environment: string },
): Promise<{ newest: string | undefined; deployments: Deployment[]; rewritten: boolean }> {
  // The symmetric difference marks commits only the old tip reaches with `<`: then the branch was
  // rewritten. In topological order the new tip comes before every other `>` commit (its ancestors).
  const { stdout } = await git([
    'log',
    '-z',
    '--topo-order',
    '--left-right',
    `--format=%m${DEPLOYMENT_LOG_FORMAT}`,
    `${since}...${remoteTrackingRef(branch)}`,
  ]);
  const records = stdout
    .split('\u0000')
    .map((record) => record.replace(/^\n+/, ''))
    .filter(Boolean);
  const rewritten = records.some((record) => record.startsWith('<'));
  const added = records.filter((record) => record.startsWith('>')).map((record) => record.slice(1));
  const newest = added[0]?.split('\u001f', 1)[0] || undefined;
  return { newest, deployments: parseDeploymentLog(added.join('\u0000'), scope), rewritten };
}

async function commitTree(git: Git, tree: string, parent: string | undefined, message: string): Promise<string> {
  const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
  return (await git(args, { input: message })).stdout.trim();
}

/**
 * The object at the target path in `commit` (its tree, `undefined` when absent), after refusing a
 * path that goes through a symlink (or submodule) in the repository: git would record our files
 * beside a link that points elsewhere, possibly outside the repository. A retry compares it with
 * the previous tip's to know whether anyone else wrote to the path meanwhile.
 */
async function inspectTargetPath(git: Git, commit: string, path: string): Promise<string | undefined> {
  const parts = path.split('/');
  const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  const { stdout } = await git(['ls-tree', '-z', commit, '--', ...prefixes]);
  let pathObject: string | undefined;
  for (const entry of stdout.split('\0')) {
    const match = entry.match(/^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s);
    if (!match || !prefixes.includes(match[3] ?? '')) continue;
    if (match[1] === '120000' || match[1] === '160000') {
      throw new ConfigurationError(
        `Input "path" goes through ${match[3]}, a ${match[1] === '120000' ? 'symlink' : 'submodule'} in the repository; refusing to write through it.`,
      );
    }
    if (match[3] === path) pathObject = `${match[1]} ${match[2]}`;
  }
  return pathObject;
}

/** Whether the open pull-request branch already holds exactly this commit's tree (a re-run). */
async function sameTreeAsRemote(git: Git, branch: string, tree: string): Promise<boolean> {
  const ref = remoteTrackingRef(branch);
  const args = ['fetch', '--quiet', '--no-tags', '--filter=tree:0', 'origin', `+refs/heads/${branch}:${ref}`];
  const fetched = await git(args, { ignoreReturnCode: true });
  if (fetched.exitCode !== 0) return false;
  return (await git(['rev-parse', `${ref}^{tree}`])).stdout.trim() === tree;
}
