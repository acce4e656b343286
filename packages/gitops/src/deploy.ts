import { type ApprovalRecord, verifyApprovalBinding } from '@shipgate/approvals';
import { DEPLOY_STATEMENT_FILE, type DeployContent, deployRepositoryName, deployStatementRef } from '@shipgate/attest';
import {
  backoffDelay,
  ConfigurationError,
  createGitHubClient,
  type Exec,
  type Logger,
  requireBranchName,
  ShipgateError,
  sleep,
} from '@shipgate/core';
import { requireDigestReference } from '@shipgate/image';
import { formatScanTrailer, type ScanRecord } from '@shipgate/scan';
import { type CancelScope, guardCancellation } from './cancellation';
import { openScratchClone, removeScratchClone } from './clone';
import { enforceDeployPolicy, type PolicyGateOptions, type PolicyVerdict, readPolicyAt } from './deploy-policy';
import type { DeploymentTrail } from './deployment';
import { readDirectoryEntries, requireEnvironmentContent } from './environment-content';
import { ownerAndName, type RepositoryAccess, resolveRepositoryAccess } from './git';
import { readDeploymentsFromClone, remoteDefaultBranch } from './history';
import { LANDING_RETRY, landingLookDelay } from './landing-queue';
import type { CommitSigning } from './objects';
import { openOrUpdatePullRequest } from './pull-request';
import { fetchBranch, remoteTrackingRef } from './refs';
import { type DeployIntent, mayQueue } from './rules';
import { buildCommitMessage, normalizeScanTrailer, sanitizeTrailerValue } from './trailers';
import { confineDeployPath, listSourceFiles } from './write-tree';
import { runAttempt, type Settled, type StatementSigning, type WriterContext, type WriterState } from './writer';

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
  /**
   * Write a kustomization.yaml listing the files (for `kubectl kustomize`, Argo CD, Flux). Default:
   * for a new path and for a path that has one already (see `wantsKustomization`).
   */
  kustomization?: boolean;
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
  /** Records `Shipgate-Hotfix: true`: an unplanned deploy for an incident (deployment rework rate). */
  hotfix?: boolean;
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
  /**
   * An empty \`sourceDir\` removes the deployment's files: refused unless this is true, and then
   * recorded as \`Shipgate-Removal: true\`.
   */
  allowEmpty?: boolean;
  /** Signs every deploy commit this writer makes (see \`CommitSigning\`). */
  signing?: CommitSigning;
  /**
   * Signs this deploy's statement keyless as the running job and returns the Sigstore bundle JSON
   * (gitops-commit passes it when the job has an OIDC token and input `deploy-statement` is not
   * false). Used for a deploy that counts an environment review (then required), or for every
   * deploy with `always`. The statement is pushed atomically with the commit under
   * `refs/shipgate/statements/<commit>`, and the deploy lands alone.
   */
  deployStatement?: { sign(content: DeployContent): Promise<string>; always?: boolean };
  /**
   * Signals on which the writer withdraws its queued request, removes its clone and exits the
   * process non-zero (a cancelled step). Default SIGTERM and SIGINT; \`[]\` installs no handler.
   */
  cancelSignals?: readonly NodeJS.Signals[];
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

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency: plan (every input checked before the remote is touched), clone,
 * land (attempts until settled, see writer.ts), then the pull request and the result.
 */
export async function deployToGitOps(options: DeployOptions): Promise<DeployResult> {
  const plan = await planDeploy(options);
  checkModeInputs(options, plan, resolveRepositoryAccess(options));
  if (options.queueKey) options.setSecret?.(options.queueKey);
  const identity = options.author ?? DEFAULT_AUTHOR;
  const clone = await openScratchClone(options, {
    purpose: 'gitops',
    bare: false,
    identity,
    readRetry: readRetryOf(options),
  });
  const scope: CancelScope = { git: clone.git, dir: clone.dir };
  const cancellation = guardCancellation(scope, options.cancelSignals, options.log);
  try {
    const context = await writerContext(options, plan, clone, identity);
    const { settled, attempts } = await landUntilSettled(context, plan.maxAttempts, options, scope);
    return await reportDeploy(options, plan, context, settled, attempts, clone.url);
  } finally {
    cancellation.dispose();
    await removeScratchClone(clone.dir);
  }
}

function checkModeInputs(options: DeployOptions, plan: DeployPlan, url: string): void {
  if (plan.mode === 'pull-request' && !ownerAndName(url)) {
    throw new ConfigurationError(
      `Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`,
    );
  }
  if (plan.mode === 'pull-request' && !options.token) {
    throw new ConfigurationError(`Input "token" is required for mode "pull-request".`);
  }
}

function readRetryOf(
  options: DeployOptions,
): { attempts: number; baseDelayMs: number; maxDelayMs: number } | undefined {
  return options.retryDelays ? { attempts: 4, ...options.retryDelays } : undefined;
}

async function writerContext(
  options: DeployOptions,
  plan: DeployPlan,
  clone: { git: WriterContext['git']; repoDir: string; url: string },
  identity: { name: string; email: string },
): Promise<WriterContext> {
  const { git } = clone;
  const baseBranch = options.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
  requireBranchName(baseBranch, 'branch');
  // Cone mode: the working tree only ever holds the target path (and top-level files). The
  // index is a plain one: a sparse index makes write-tree fetch every blob of the tip. (Not beside
  // the first fetch: a filtered fetch writes the config too.)
  await git(['sparse-checkout', 'set', '--cone', '--no-sparse-index', plan.path]);
  const policy = await applyGitOpsPolicy(git, baseBranch, plan, options);
  const deploy: DeployIntent = policy
    ? { ...withPolicyTrail(plan.deploy, policy), checkedPolicy: policy.checked }
    : plan.deploy;
  const message = policy ? buildCommitMessage(plan.subject, deploy) : plan.message;
  const key = options.queueKey || options.token;
  const statement = deployStatementSigning(options, plan, policy, clone.url);
  const queueable = mayQueue({ ...plan, ...options }).queue && !policy?.landsAlone && !statement;
  if (queueable && !key) {
    options.log.info(
      'No queue key (no "token" or "queue-key"): this writer lands only its own deploy from the landing queue.',
    );
  }
  return {
    git,
    workDir: clone.repoDir,
    log: options.log,
    deploy,
    files: plan.files,
    message,
    prune: plan.prune,
    kustomization: plan.kustomization,
    mode: plan.mode,
    baseBranch,
    pushBranch: plan.mode === 'pull-request' ? `shipgate/${options.app}-${options.environment}` : baseBranch,
    queueable,
    queue: {
      branch: baseBranch,
      message,
      key,
      ...(options.landingQueue?.leaderGraceMs !== undefined
        ? { leaderGraceMs: options.landingQueue.leaderGraceMs }
        : {}),
    },
    identity: `${identity.name} <${identity.email}>`,
    ...(options.signing ? { signing: options.signing } : {}),
    ...(statement ? { statement } : {}),
  };
}

/** A run URL (`…/actions/runs/<id>`): the `Shipgate-Approval` of an environment review. */
const RUN_URL = /\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;

/**
 * The deploy statement this writer signs, or `undefined`: required when an environment review
 * counts, since that approves a run and only the run's signature binds the bytes to it; for other
 * deploys only with `always` (a signed deploy lands alone, so signing every deploy would take the
 * landing queue away from them). One signature per distinct path tree.
 */
function deployStatementSigning(
  options: DeployOptions,
  plan: DeployPlan,
  policy: PolicyVerdict | undefined,
  url: string,
): StatementSigning | undefined {
  const signer = options.deployStatement;
  const reviewed = policy?.approvals.some((approval) => RUN_URL.test(approval.url)) ?? false;
  if (!signer || (!reviewed && !signer.always)) {
    if (reviewed) {
      throw new ConfigurationError(
        `Environment "${options.environment}" counts an environment review, which approves a run and not bytes, so the run must sign a deploy statement: grant "permissions: id-token: write" and leave input "deploy-statement" on.`,
      );
    }
    return undefined;
  }
  const content = {
    repository: deployRepositoryName(url),
    path: plan.path,
    configHash: policy?.configHash ?? options.configHash ?? '',
    digests: plan.imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)),
  };
  const signed = new Map<string, Promise<string>>();
  return {
    file: DEPLOY_STATEMENT_FILE,
    ref: deployStatementRef,
    sign: (treeId) => {
      let bundle = signed.get(treeId);
      if (!bundle) {
        bundle = signer.sign({ ...content, treeId });
        signed.set(treeId, bundle);
      }
      return bundle;
    },
  };
}

/**
 * Attempts until one settles: a lost race backs off and tries again (from what the last attempt
 * built, or as a landing round once queued); looking at the queue while another writer lands it is
 * not an attempt. A writer that gives up never leaves a request behind that could land later.
 */
async function landUntilSettled(
  context: WriterContext,
  maxAttempts: number,
  options: DeployOptions,
  scope: CancelScope,
): Promise<{ settled: Settled; attempts: number }> {
  let state: WriterState = {};
  for (let attempt = 1; ; attempt++) {
    let result = await abandonOnError(state, () => runAttempt(context, state, attempt));
    while ('wait' in result) {
      scope.request = result.state.seat?.request;
      await sleep(options.landingQueue?.lookDelayMs ?? landingLookDelay(result.wait));
      const waiting = result.state;
      result = await abandonOnError(waiting, () => runAttempt(context, waiting, attempt));
    }
    if ('settled' in result) return { settled: result.settled, attempts: attempt };
    state = result.state;
    scope.request = state.seat?.request;
    if (attempt >= maxAttempts) {
      const failure = new ShipgateError(
        `The push to ${context.pushBranch} was rejected ${maxAttempts} times (last: ${result.retry}); raise "max-attempts" or try again.`,
      );
      if (!state.seat) throw failure;
      return { settled: { pushed: true, commitSha: await state.seat.abandon(failure) }, attempts: attempt };
    }
    const policy = state.seat ? LANDING_RETRY : RACE_RETRY;
    const delayMs = backoffDelay(attempt, {
      baseDelayMs: options.retryDelays?.baseDelayMs ?? policy.baseDelayMs,
      maxDelayMs: options.retryDelays?.maxDelayMs ?? policy.maxDelayMs,
      factor: policy.factor,
    });
    if (!state.seat) {
      context.log.info(
        `Push attempt ${attempt} of ${maxAttempts} lost a race (${result.retry}); fetching the new tip and re-applying in ${delayMs} ms.`,
      );
    }
    if (delayMs > 0) await sleep(delayMs);
  }
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
async function reportDeploy(
  options: DeployOptions,
  plan: DeployPlan,
  context: WriterContext,
  settled: Settled,
  attempts: number,
  url: string,
): Promise<DeployResult> {
  const { log } = options;
  const result: DeployResult = {
    changed: settled.pushed,
    commitSha: settled.pushed ? settled.commitSha : (settled.tip ?? ''),
    attempts: !settled.pushed && settled.refused ? 0 : attempts,
    branch: context.pushBranch,
    path: plan.path,
  };
  if (!settled.pushed && settled.refused) {
    result.refused = settled.refused;
    log.notice(
      `Not deploying ${options.app} to ${options.environment}: ${settled.refused}. Set allow-downgrade: true to deploy it anyway.`,
    );
    return result;
  }
  const unchangedPullRequest = !settled.pushed && settled.unchangedPullRequest === true;
  if (!settled.pushed && !unchangedPullRequest) {
    log.info(`${plan.path} on ${context.baseBranch} already holds this content; nothing to commit.`);
  }
  if (plan.mode === 'pull-request' && (settled.pushed || unchangedPullRequest)) {
    const repo = ownerAndName(url) as { owner: string; name: string };
    const client = createGitHubClient({
      token: options.token as string,
      baseUrl: options.apiUrl ?? 'https://api.github.com',
      log,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retryDelays ?? {}),
    });
    const pull = await openOrUpdatePullRequest(client, {
      owner: repo.owner,
      repo: repo.name,
      head: context.pushBranch,
      base: context.baseBranch,
      title: plan.message.split('\n')[0] ?? `Deploy ${options.app} to ${options.environment}`,
      body: plan.message,
    });
    result.pullRequestUrl = pull.url;
    log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
  } else if (settled.pushed) {
    log.info(`Committed ${result.commitSha} to ${context.pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
  }
  return result;
}

interface DeployPlan {
  path: string;
  /** What the rules check: the trail, the path and what the writer asked for. */
  deploy: DeployIntent;
  files: Awaited<ReturnType<typeof listSourceFiles>>;
  message: string;
  /** The rendered subject of the message; the policy stage rebuilds the message with its trailers. */
  subject: string;
  imageRefs: string[];
  prune: boolean;
  kustomization: boolean | undefined;
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
  if (options.branch !== undefined) requireBranchName(options.branch, 'branch');
  const path = confineDeployPath(options.path ?? `apps/${options.app}/${options.environment}`);
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
  requireEnvironmentContent(
    await readDirectoryEntries(options.sourceDir),
    `Input "source-dir" (${options.sourceDir}) cannot be deployed to ${path}`,
  );
  if (files.length === 0 && !options.allowEmpty) {
    throw new ConfigurationError(
      `Input "source-dir" (${options.sourceDir}) is empty, which would delete ${path}; set allow-empty: true to remove the deployment on purpose.`,
    );
  }

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
    ...(options.hotfix ? { hotfix: true } : {}),
    ...(options.rollback
      ? {
          rollbackOf: options.rollback.of,
          rollbackTo: options.rollback.to,
          ...(options.rollback.reason ? { reason: options.rollback.reason } : {}),
        }
      : {}),
    ...(files.length === 0 ? { removal: true } : {}),
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
    deploy: {
      ...trail,
      path,
      ...(options.allowDowngrade ? { allowDowngrade: true } : {}),
      ...(options.expectCurrentCommit ? { expectCurrentCommit: options.expectCurrentCommit } : {}),
    },
    files,
    message: buildCommitMessage(rendered, trail),
    subject: rendered,
    imageRefs,
    prune: options.prune ?? true,
    kustomization: options.kustomization,
    mode: options.mode ?? 'push',
    maxAttempts,
  };
}

/**
 * The GitOps policy stage, before landing: `.shipgate/policy.yaml` on the target branch's tip
 * applied to this deploy (deploy-policy.ts), or, when the branch has none, the input-driven
 * approval check of old with a notice recommending a policy. Throws before anything is written;
 * the rules (rules.ts) then make sure every tip the deploy lands on holds the same policy.
 */
async function applyGitOpsPolicy(
  git: WriterContext['git'],
  branch: string,
  plan: DeployPlan,
  options: DeployOptions,
): Promise<(PolicyVerdict & { checked: { blob: string; text: string } }) | undefined> {
  const tip = (await fetchBranch(git, branch, { filter: 'tree:0' })) ? remoteTrackingRef(branch) : undefined;
  const found = tip ? await readPolicyAt(git, tip) : undefined;
  if (!found) {
    options.log.notice(
      `${branch} has no .shipgate/policy.yaml, so this deploy follows the workflow's inputs alone; keep a policy in the GitOps repository so that the workflow cannot choose its own rules.`,
    );
    checkApprovalWithoutPolicy(options, plan.imageRefs);
    return undefined;
  }
  const history = (environment: string) =>
    readDeploymentsFromClone(git, tip as string, { app: options.app, environment });
  const verdict = await enforceDeployPolicy(
    found,
    { path: plan.path, files: plan.files, history },
    options,
    options.log,
  );
  options.log.info(
    `Applied ${found.policy.source}: ${plan.path} is environment ${verdict.environment?.name ?? '(none)'}.`,
  );
  return { ...verdict, checked: { blob: found.blob, text: found.text } };
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
function withPolicyTrail<T extends DeploymentTrail>(trail: T, verdict: PolicyVerdict): T {
  return {
    ...trail,
    configHash: verdict.configHash,
    approvedBy: [...new Set(verdict.approvals.map((approval) => approval.login))],
    ...(verdict.approvals.length > 0 ? { approvals: verdict.approvals.map((approval) => approval.url) } : {}),
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
