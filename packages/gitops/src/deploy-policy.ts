import { readFile } from 'node:fs/promises';
import {
  type ApprovalRecord,
  type VerifiedApproval,
  verifyApprovalBinding,
  verifyApprovalEvidence,
} from '@shipgate/approvals';
import { ConfigurationError, createGitHubClient, type Exec, type Logger } from '@shipgate/core';
import {
  fetchBranch,
  type Git,
  type RepositoryAccess,
  remoteDefaultBranch,
  remoteTrackingRef,
  withScratchClone,
} from '@shipgate/git';
import { inspectCommittedFiles } from '@shipgate/manifests';
import {
  type ApprovalRules,
  type AttestationRules,
  activeFreeze,
  type EnvironmentRules,
  POLICY_PATH,
  parsePolicy,
  pathWithinGlob,
  resolveDeployEnvironment,
  type ShipgatePolicy,
  tightenApprovalRules,
} from '@shipgate/policy';
import type { ScanRecord } from '@shipgate/scan';
import { type Deployment, sourceCommit } from '@shipgate/trail';
import { withoutGeneratedKustomization } from './kustomization';
import { gitopsRepositoryIdentity } from './repository-identity';
import type { SourceFile } from './write-tree';

/** What a deploy needs to be checked against the GitOps policy at commit time. */
export interface PolicyGateOptions {
  app: string;
  environment: string;
  imageRefs: readonly string[];
  configHash?: string;
  requireApproval?: boolean;
  approvalRecord?: ApprovalRecord;
  scanRecord?: ScanRecord;
  scan?: string;
  /**
   * The GitOps repository being written (as its input names it, with the server and workspace it
   * resolves against) and the source commit (`owner/repo@sha`): what approval evidence is bound to.
   */
  repository?: string;
  serverUrl?: string;
  workspace?: string;
  source?: string;
  /** Reads the approval evidence (the request issue, the run's reviews): the workflow's GITHUB_TOKEN. */
  evidence?: {
    token: string;
    apiUrl: string;
    serverUrl?: string;
    /** GITHUB_RUN_ID of the run doing the deploy. */
    runId?: number;
    /** The actor, the triggering actor, the source commit's author: never approvers of this deploy. */
    excluded: ReadonlyArray<string | undefined>;
    fetch?: typeof fetch;
  };
  /** A reason to deploy during a freeze window; needs a break-glass approver's approval. */
  breakGlassReason?: string;
  /**
   * Verifies an image's signed attestations against the trust the workflow configured (the real
   * one is @shipgate/attest's policyAttestationVerifier); needed when the policy requires them.
   */
  verifyAttestations?: AttestationVerifier;
  /** Epoch ms; tests fix it. */
  now?: number;
}

/** The policy's `attestations` rule, for one digest-pinned image; resolves to what was verified. */
export type AttestationVerifier = (
  imageRef: string,
  rules: Omit<AttestationRules, 'require'> & { require: readonly string[]; scanMaxAgeMs?: number },
) => Promise<{ trailer: string }>;

/** What the policy stage adds to the deploy commit. */
export interface PolicyVerdict {
  /** The blob id of the policy applied (`Shipgate-Policy`). */
  policyBlob: string;
  environment: EnvironmentRules | undefined;
  /** One URL per approval that counted (`Shipgate-Approval`), and who gave them (`Approved-by`). */
  approvals: VerifiedApproval[];
  breakGlass?: string;
  /** `Shipgate-Attestations`, one per image, when the policy requires attestations. */
  attestations: string[];
  /** The config hash of the files being committed. */
  configHash: string;
  /**
   * Deploys bound to approval evidence land alone, not through the landing queue: a leader would
   * land them with its own token, which cannot re-read another run's evidence.
   */
  landsAlone: boolean;
}

/** The policy file on `tip`, with its blob id; `undefined` when the branch has none. */
export async function readPolicyAt(
  git: Git,
  tip: string,
): Promise<{ policy: ShipgatePolicy; blob: string; text: string } | undefined> {
  const found = await git(['rev-parse', '--verify', '--quiet', `${tip}:${POLICY_PATH}`], { ignoreReturnCode: true });
  if (found.exitCode !== 0) return undefined;
  const blob = found.stdout.trim();
  const text = (await git(['cat-file', 'blob', blob])).stdout;
  return { policy: parsePolicyBlob(text, blob), blob, text };
}

/** The policy file's text, read from blob `blob`, parsed; errors name the blob. */
export function parsePolicyBlob(text: string, blob: string): ShipgatePolicy {
  return parsePolicy(text, `${POLICY_PATH} (blob ${blob.slice(0, 12)})`);
}

/**
 * The policy on a GitOps repository's branch (default: its default branch), read without a
 * checkout: approval-gate's way to the rules gitops-commit will apply. `undefined` when the branch
 * or the file does not exist.
 */
export async function readRepositoryPolicy(
  access: RepositoryAccess & { exec: Exec },
): Promise<{ policy: ShipgatePolicy; blob: string; text: string; branch: string } | undefined> {
  return withScratchClone(access, { purpose: 'policy' }, async ({ git }) => {
    const branch = access.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
    if (!(await fetchBranch(git, branch, { filter: 'tree:0' }))) return undefined;
    const found = await readPolicyAt(git, remoteTrackingRef(branch));
    return found ? { ...found, branch } : undefined;
  });
}

/**
 * The policy stage of a deploy: every rule of the GitOps policy on the target branch, applied to
 * the files about to be committed. Throws one ConfigurationError naming the rule that failed.
 */
export async function enforceDeployPolicy(
  found: { policy: ShipgatePolicy; blob: string },
  deploy: { path: string; files: readonly SourceFile[]; history: (environment: string) => Promise<Deployment[]> },
  options: PolicyGateOptions,
  log: Logger,
): Promise<PolicyVerdict> {
  const now = options.now ?? Date.now();
  const rules = requireEnvironmentOfPath(found.policy, deploy.path, options.environment);
  const approvalRules = tightenApprovalRules(rules, { requireApproval: options.requireApproval });
  // A kustomization.yaml gitops-commit generated (a rollback restores one) is not approved
  // content: it names the other files and nothing else.
  const content = await inspectCommittedFiles(
    withoutGeneratedKustomization(
      await Promise.all(
        deploy.files.map(async (file) => ({
          name: file.relativePath,
          content: await readFile(file.absolutePath, 'utf8'),
        })),
      ),
    ),
  );
  if (options.configHash && options.configHash !== content.configHash) {
    throw new ConfigurationError(
      `Input "config-hash" is ${options.configHash}, but the files in "source-dir" hash to ${content.configHash}; the hash is computed from what is committed.`,
    );
  }
  const deployedDigests = digestsOf(content.images);
  const context: StageContext = {
    options,
    content,
    now,
    log,
    target: { path: deploy.path, environment: rules?.name ?? options.environment },
  };
  let approvals: VerifiedApproval[] = [];
  if (approvalRules) {
    const [problem] = content.problems;
    if (problem) throw new ConfigurationError(`${problem} (environment "${options.environment}" requires approval).`);
    approvals = await checkApproval(approvalRules, context);
  }
  const scans = rules.scan ? await checkScan(rules, options, content.images, log) : [];
  const breakGlass = await checkFreeze(rules, context);
  if (rules.promoteFrom) await checkSoak(rules, deployedDigests, await deploy.history(rules.promoteFrom), now);
  const attestations = [
    ...scans,
    ...(rules.attestations ? await checkAttestations(rules, options, content.images) : []),
  ];
  return {
    attestations,
    policyBlob: found.blob,
    environment: rules,
    approvals,
    ...(breakGlass ? { breakGlass } : {}),
    configHash: content.configHash,
    landsAlone: approvalRules !== undefined || breakGlass !== undefined,
  };
}

/**
 * The environment whose paths hold `path`: with a policy, a deploy writes nowhere else (a path no
 * environment names would deploy without any of its rules; one above an environment's paths would
 * rewrite what lies beside them).
 */
export function requireEnvironmentOfPath(policy: ShipgatePolicy, path: string, environment: string): EnvironmentRules {
  const rules = resolveDeployEnvironment(policy, path, environment);
  if (!rules?.paths.some((glob) => pathWithinGlob(path, glob))) {
    throw new ConfigurationError(
      `Input "path" is "${path}", which is not inside any environment's paths in ${policy.source}; with a policy, a deploy writes only where an environment's paths say.`,
    );
  }
  return rules;
}

function digestsOf(images: readonly string[]): string[] {
  return [...new Set(images.map((image) => /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1] ?? image))].sort();
}

/** What every check of the stage reads: the deploy's options, the committed content, the time. */
interface StageContext {
  options: PolicyGateOptions;
  content: { configHash: string; images: string[] };
  /** The environment path written and the policy's name for its environment. */
  target: { path: string; environment: string };
  now: number;
  log: Logger;
}

async function checkApproval(rules: ApprovalRules, context: StageContext): Promise<VerifiedApproval[]> {
  const { options, content } = context;
  const record = options.approvalRecord;
  if (!record) {
    throw new ConfigurationError(
      `Input "approval-record" is required: the policy requires approval for environment "${options.environment}".`,
    );
  }
  verifyApprovalBinding(record, {
    app: options.app,
    environment: options.environment,
    imageRefs: content.images,
    configHash: content.configHash,
  });
  return readEvidence(record, rules, context);
}

async function readEvidence(
  record: ApprovalRecord,
  rules: ApprovalRules,
  { options, content, now, log, target }: StageContext,
): Promise<VerifiedApproval[]> {
  if (!record.evidence) throw new ConfigurationError('Input "approval-record" points at no GitHub evidence.');
  const access = options.evidence;
  if (!access?.token) {
    throw new ConfigurationError('Input "github-token" is required to re-read the approval evidence at commit time.');
  }
  const client = createGitHubClient({
    token: access.token,
    baseUrl: access.apiUrl,
    log,
    ...(access.fetch ? { fetch: access.fetch } : {}),
  });
  const verified = await verifyApprovalEvidence(
    {
      evidence: record.evidence,
      rules,
      binding: {
        repository: options.repository
          ? gitopsRepositoryIdentity(options.repository, {
              ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
              ...(options.workspace ? { workspace: options.workspace } : {}),
            })
          : '',
        app: options.app,
        environment: target.environment,
        path: target.path,
        imageRefs: content.images,
        configHash: content.configHash,
        ...(sourceCommit(options.source) ? { source: sourceCommit(options.source) } : {}),
      },
      excluded: [...access.excluded, record.requester],
      ...(access.runId !== undefined ? { currentRunId: access.runId } : {}),
      now,
      ...(access.serverUrl ? { serverUrl: access.serverUrl } : {}),
    },
    { client, log },
  );
  return verified.approvals;
}

/**
 * `require: pass`: claims are re-derived. The scan record file and the `scan` input are text any
 * step of the job can write, so they are informational only; what counts is a signed scan
 * attestation of every deployed digest (cosign's vuln predicate, verdict pass, within the scan
 * max-age by its signed time), verified against the workflow's trust and the policy's attestation
 * identity. When the policy's `attestations` rule requires `scan` too, `checkAttestations` verifies it.
 */
async function checkScan(
  rules: EnvironmentRules,
  options: PolicyGateOptions,
  images: readonly string[],
  log: Logger,
): Promise<string[]> {
  const where = `the policy requires a signed scan pass for environment "${rules.name}"`;
  const claimed = options.scanRecord ? options.scanRecord.verdict : options.scan?.split(';')[0]?.trim();
  if (claimed && claimed !== 'pass') {
    log.warning(`The workflow's own scan verdict is ${claimed}; ${where}, which decides.`);
  }
  if (rules.attestations?.require.includes('scan')) return [];
  // The policy's signer (repository, workflow, ref, identity) decides who may sign the scan too.
  return verifyEach(images, where, options.verifyAttestations, { ...rules.attestations, require: ['scan'] }, rules);
}

/** `attestations`: each image the manifests run has them, signed by the identity the policy names. */
async function checkAttestations(
  rules: EnvironmentRules,
  options: PolicyGateOptions,
  images: readonly string[],
): Promise<string[]> {
  const required = rules.attestations!;
  const where = `environment "${rules.name}" requires ${required.require.join(' and ')} attestations`;
  return verifyEach(images, where, options.verifyAttestations, required, rules);
}

/** Each distinct image verified in turn (sorted, so the trailer is stable): `<digest> <what verified>`. */
async function verifyEach(
  images: readonly string[],
  where: string,
  verify: AttestationVerifier | undefined,
  required: Parameters<AttestationVerifier>[1],
  rules: EnvironmentRules,
): Promise<string[]> {
  if (!verify) throw new ConfigurationError(`Input "trusted-root" or "verify-key" is required: ${where}.`);
  const verified: string[] = [];
  for (const image of [...new Set(images)].sort()) {
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
    if (!digest) throw new ConfigurationError(`${image} is not pinned by digest, but ${where}.`);
    const scanMaxAge = rules.scan?.maxAgeMs !== undefined ? { scanMaxAgeMs: rules.scan.maxAgeMs } : {};
    const result = await verify(image, { ...required, ...scanMaxAge });
    verified.push(`${digest} ${result.trailer}`);
  }
  return verified;
}

/** A freeze window in force refuses the deploy unless a break-glass approver approved it with a reason. */
async function checkFreeze(rules: EnvironmentRules, context: StageContext): Promise<string | undefined> {
  const { options, now, log } = context;
  const freeze = activeFreeze(rules, new Date(now));
  if (!freeze) return undefined;
  const window = `${freeze.window.reason ?? 'a freeze'} (${freeze.start.toISOString()} to ${freeze.end.toISOString()})`;
  if (!options.breakGlassReason || !options.approvalRecord || rules.breakGlass.length === 0) {
    throw new ConfigurationError(
      `Environment "${rules.name}" is frozen for ${window}; deploying needs a break-glass reason and an approval by a break-glass approver.`,
    );
  }
  const breakers = await readEvidence(
    options.approvalRecord,
    { min: 1, approvers: rules.breakGlass, imageApprovers: [], configApprovers: [], allowSelfApproval: false },
    context,
  );
  const who = breakers.map((approval) => approval.login).join(', ');
  log.warning(`Breaking the glass of ${window} for environment "${rules.name}": ${who}; ${options.breakGlassReason}`);
  return `${who}; ${options.breakGlassReason}`;
}

/** `promote-from` + `soak`: every digest first ran in the source environment at least `soak` ago. */
async function checkSoak(
  rules: EnvironmentRules,
  digests: readonly string[],
  history: readonly Deployment[],
  now: number,
): Promise<void> {
  const soak = rules.soakMs ?? 0;
  for (const digest of digests) {
    const runs = history.filter((deployment) => deployment.imageRefs.some((ref) => ref.endsWith(`@${digest}`)));
    const first = runs.at(-1);
    if (!first) {
      throw new ConfigurationError(
        `${digest} has never been deployed to "${rules.promoteFrom}", and environment "${rules.name}" only takes images promoted from there.`,
      );
    }
    const since = now - Date.parse(first.committedAt);
    if (since < soak) {
      throw new ConfigurationError(
        `${digest} has run in "${rules.promoteFrom}" for ${Math.floor(since / 60_000)} min, less than the soak time environment "${rules.name}" requires.`,
      );
    }
  }
}

/**
 * The evidence access of a deploy step from its GitHub context: the workflow token, the current
 * run, and who may never approve it (the actor, the triggering actor, the pusher and head
 * commit's author from the event payload).
 */
export function evidenceAccessFromContext(
  token: string | undefined,
  context: {
    apiUrl: string;
    serverUrl: string;
    runId: string;
    actor: string;
    triggeringActor: string;
    payload: Record<string, unknown>;
  },
): PolicyGateOptions['evidence'] | undefined {
  if (!token) return undefined;
  const payload = context.payload as {
    head_commit?: { author?: { username?: string } };
    pusher?: { name?: string };
    pull_request?: { user?: { login?: string } };
  };
  const runId = Number(context.runId);
  return {
    token,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    ...(Number.isInteger(runId) && runId > 0 ? { runId } : {}),
    excluded: [
      context.actor,
      context.triggeringActor,
      payload.head_commit?.author?.username,
      payload.pusher?.name,
      payload.pull_request?.user?.login,
    ],
  };
}
