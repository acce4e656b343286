import { verifyApprovalBinding } from '@shipgate/approvals';
import { DEPLOY_STATEMENT_FILE, deployRepositoryName, deployStatementRef } from '@shipgate/attest';
import { ConfigurationError, requireBranchName } from '@shipgate/core';
import { type Git, remoteDefaultBranch } from '@shipgate/git';
import { POLICY_PATH } from '@shipgate/policy';
import { buildCommitMessage, type DeploymentTrail } from '@shipgate/trail';
import type { DeployPlan } from './deploy-plan';
import { enforceDeployPolicy, type PolicyVerdict, parsePolicyBlob } from './deploy-policy';
import { DEFAULT_AUTHOR, type DeployDependencies, type DeployRequest, type DeployTuning } from './deploy-request';
import { datedByEnvironment } from './objects';
import { type DeployIntent, mayQueue } from './rules';
import { fetchTipView, type TipView } from './tip-view';
import type { StatementSigning, WriterContext } from './writer';

/**
 * The check, on the clone and before anything is written: the branch's own
 * `.shipgate/policy.yaml` applied to the plan (or, with none, the inputs' approval rule), and the
 * writer's context built from what it decided: the trail with the approvals that counted, the
 * message, whether the deploy may queue, whether it must carry a signed deploy statement.
 */

/** A run URL (`…/actions/runs/<id>`): the `Shipgate-Approval` of an environment review. */
const RUN_URL = /\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;

export interface CheckedClone {
  git: Git;
  /** The clone's (bare) repository. */
  repoDir: string;
  /** The repository's URL, as the deploy statement names it. */
  url: string;
}

/** Checks the plan against the branch's policy and returns what the writer lands. */
export async function checkDeploy(
  plan: DeployPlan,
  request: DeployRequest,
  deps: DeployDependencies,
  clone: CheckedClone,
  tuning: DeployTuning = {},
): Promise<{ context: WriterContext; tip: TipView | undefined }> {
  const { git } = clone;
  const baseBranch = request.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
  requireBranchName(baseBranch, 'branch');
  // One fetch and one read of the tip serve the policy stage and the first attempt (writer.ts),
  // which builds on the same tip; the rules check every later tip again.
  const tip = await fetchTipView(git, baseBranch, plan.path);
  const policy = await applyGitOpsPolicy(tip, baseBranch, plan, request, deps);
  const deploy: DeployIntent = policy
    ? { ...withPolicyTrail(plan.deploy, policy), checkedPolicy: policy.checked }
    : plan.deploy;
  const message = policy ? buildCommitMessage(plan.subject, deploy) : plan.message;
  const key = request.queueKey || request.token;
  const statement = deployStatementSigning(request, deps, plan, policy, clone.url);
  const queueable =
    mayQueue({ ...plan.deploy, mode: plan.mode, prune: plan.prune }).queue && !policy?.landsAlone && !statement;
  if (queueable && !key) {
    deps.log.info(
      'No queue key (no "token" or "queue-key"): this writer lands only its own deploy from the landing queue.',
    );
  }
  const identity = request.author ?? DEFAULT_AUTHOR;
  const leaderGraceMs = tuning.landingQueue?.leaderGraceMs;
  const context: WriterContext = {
    git,
    repositoryUrl: clone.url,
    log: deps.log,
    deploy,
    files: plan.files,
    message,
    prune: plan.prune,
    kustomization: plan.kustomization,
    mode: plan.mode,
    baseBranch,
    pushBranch: plan.mode === 'pull-request' ? `shipgate/${request.app}-${request.environment}` : baseBranch,
    queueable,
    queue: { branch: baseBranch, message, key, ...(leaderGraceMs !== undefined ? { leaderGraceMs } : {}) },
    identity: `${identity.name} <${identity.email}>`,
    datedByEnvironment: datedByEnvironment(deps.env ?? process.env),
    ...(deps.signing ? { signing: deps.signing } : {}),
    ...(statement ? { statement } : {}),
  };
  return { context, tip };
}

/**
 * The GitOps policy stage: `.shipgate/policy.yaml` on the target branch's tip applied to this
 * deploy (deploy-policy.ts), or, when the branch has none, the input-driven approval check of old
 * with a notice recommending a policy. Throws before anything is written; the rules (rules.ts)
 * then make sure every tip the deploy lands on holds the same policy.
 */
async function applyGitOpsPolicy(
  tip: TipView | undefined,
  branch: string,
  plan: DeployPlan,
  request: DeployRequest,
  deps: DeployDependencies,
): Promise<(PolicyVerdict & { checked: { blob: string; text: string } }) | undefined> {
  const file = tip?.ruleFiles.get(POLICY_PATH);
  if (!file) {
    deps.log.notice(
      `${branch} has no .shipgate/policy.yaml, so this deploy follows the workflow's inputs alone; keep a policy in the GitOps repository so that the workflow cannot choose its own rules.`,
    );
    checkApprovalWithoutPolicy(request, plan.imageRefs);
    return undefined;
  }
  const found = { ...file, policy: parsePolicyBlob(file.text, file.blob) };
  const history = async (environment: string) =>
    (tip?.history ?? []).filter(
      (deployment) => deployment.app === request.app && deployment.environment === environment,
    );
  const gate = {
    ...request,
    ...(deps.evidence ? { evidence: deps.evidence } : {}),
    ...(deps.verifyAttestations ? { verifyAttestations: deps.verifyAttestations } : {}),
    ...(deps.now ? { now: deps.now() } : {}),
  };
  const verdict = await enforceDeployPolicy(found, { path: plan.path, files: plan.files, history }, gate, deps.log);
  deps.log.info(
    `Applied ${found.policy.source}: ${plan.path} is environment ${verdict.environment?.name ?? '(none)'}.`,
  );
  return { ...verdict, checked: { blob: found.blob, text: found.text } };
}

/** Without a policy: approval when `require-approval` (default: for `production`) says so, bound to the inputs. */
function checkApprovalWithoutPolicy(request: DeployRequest, imageRefs: readonly string[]): void {
  const requireApproval = request.requireApproval ?? request.environment === 'production';
  if (requireApproval && !request.approvalRecord) {
    throw new ConfigurationError(
      `Input "approval-record" is required to deploy to "${request.environment}" (require-approval is true).`,
    );
  }
  if (request.approvalRecord) {
    verifyApprovalBinding(request.approvalRecord, {
      app: request.app,
      environment: request.environment,
      imageRefs,
      configHash: request.configHash ?? '',
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

/**
 * The deploy statement this writer signs, or `undefined`: required when an environment review
 * counts, since that approves a run and only the run's signature binds the bytes to it; for other
 * deploys only with `always` (a signed deploy lands alone, so signing every deploy would take the
 * landing queue away from them). One signature per distinct path tree.
 */
function deployStatementSigning(
  request: DeployRequest,
  deps: DeployDependencies,
  plan: DeployPlan,
  policy: PolicyVerdict | undefined,
  url: string,
): StatementSigning | undefined {
  const signer = deps.deployStatement;
  const reviewed = policy?.approvals.some((approval) => RUN_URL.test(approval.url)) ?? false;
  if (!signer || (!reviewed && !signer.always)) {
    if (reviewed) {
      throw new ConfigurationError(
        `Environment "${request.environment}" counts an environment review, which approves a run and not bytes, so the run must sign a deploy statement: grant "permissions: id-token: write" and leave input "deploy-statement" on.`,
      );
    }
    return undefined;
  }
  const content = {
    repository: deployRepositoryName(url),
    path: plan.path,
    configHash: policy?.configHash ?? request.configHash ?? '',
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
