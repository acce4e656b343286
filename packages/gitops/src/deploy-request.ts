import type { ApprovalRecord } from '@shipgate/approvals';
import type { DeployContent } from '@shipgate/attest';
import type { Exec, Logger } from '@shipgate/core';
import type { PushFromProcess, SecretSink } from '@shipgate/git';
import type { ScanRecord } from '@shipgate/scan';
import type { PolicyGateOptions } from './deploy-policy';
import type { CommitSigning } from './objects';

/**
 * A deploy in three parts, as `scanImage(options, deps)` and `BuildRequest`/`BuildDependencies`
 * have it: what the user asked for (`DeployRequest`, the action's inputs), what the deploy runs
 * with (`DeployDependencies`: exec, log, clock, signers, the evidence reader, cancellation), and
 * how hard it tries (`DeployTuning`, defaults for production, shortened by tests).
 */

/** What the user asked for: the GitOps repository, the deployment and its trail. */
export interface DeployRequest {
  /** A URL, local path or `owner/name` (see `resolveRepositoryUrl`). */
  repository: string;
  /** Default: the repository's default branch (`main` for an empty repository). */
  branch?: string;
  token?: string;
  /** For `owner/name`; default https://github.com. */
  serverUrl?: string;
  /** For relative local paths; default the current directory. */
  workspace?: string;
  tempDir?: string;
  /** For pull-request mode: the REST API root. */
  apiUrl?: string;
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
  /**
   * When the no-stale-overwrite rule refuses the deploy (its source is older than the deployed
   * one, or was rolled back): `skip` (default) returns with `refused` set and a warning logged;
   * `fail` throws a `StaleDeployError`. Nothing is pushed either way.
   */
  onStale?: 'skip' | 'fail';
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
  /** Deploy during a freeze window (needs a break-glass approver's approval). */
  breakGlassReason?: string;
  /**
   * An empty `sourceDir` removes the deployment's files: refused unless this is true, and then
   * recorded as `Shipgate-Removal: true`.
   */
  allowEmpty?: boolean;
  /**
   * Signs this writer's queued deploy and verifies the others' (see `landingSignature`): a secret
   * every pipeline deploying to the repository shares. Default: the token, which works when the
   * pipelines share one; with per-run tokens, set it or each deploy lands on its own.
   */
  queueKey?: string;
}

/** What the deploy runs with. */
export interface DeployDependencies {
  exec: Exec;
  log: Logger;
  /** `runtime.setSecret`: the token's forms and the queue key are registered before git first runs. */
  setSecret?: SecretSink;
  /** Epoch ms for the policy's time rules (freeze, max-age, soak). Default `Date.now`. */
  now?: () => number;
  /**
   * The environment `exec` runs git in (`runtime.env`; default `process.env`). Deploy commits are
   * dated as git dates them: by `GIT_COMMITTER_DATE` and `GIT_AUTHOR_DATE` there when set, else now.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The step's cancellation: once aborted, the writer stops between git calls, withdraws its
   * queued request (so it cannot land after the step was cancelled), removes its clone and
   * rejects. The action's entry point turns SIGTERM/SIGINT into it.
   */
  signal?: AbortSignal;
  /** Re-reads approval evidence at commit time, when the GitOps policy asks for approval. */
  evidence?: PolicyGateOptions['evidence'];
  /** Verifies each image's signed attestations when the policy requires them. */
  verifyAttestations?: PolicyGateOptions['verifyAttestations'];
  /** Signs every deploy commit this writer makes (see `CommitSigning`). */
  signing?: CommitSigning;
  /**
   * Signs this deploy's statement keyless as the running job and returns the Sigstore bundle JSON
   * (gitops-commit passes it when the job has an OIDC token and input `deploy-statement` is not
   * false). Used for a deploy that counts an environment review (then required), or for every
   * deploy with `always`. The statement is pushed atomically with the commit under
   * `refs/shipgate/statements/<commit>`, and the deploy lands alone.
   */
  deployStatement?: { sign(content: DeployContent): Promise<string>; always?: boolean };
  /** The pull-request mode's HTTP client; default the global fetch. */
  fetch?: typeof fetch;
  /**
   * How a push to an HTTP(S) GitOps repository is sent from this process (default `pushOverHttp`
   * of @shipgate/git, over `node:http(s)`); others go by `git push` through `exec`.
   */
  pushFromProcess?: PushFromProcess;
}

/** How hard the deploy tries; every field has a production default. */
export interface DeployTuning {
  /** Backoff between push attempts and between git read retries (defaults `RACE_RETRY`, `LANDING_RETRY`). */
  retryDelays?: { baseDelayMs: number; maxDelayMs: number };
  /** Timing of the landing queue (defaults `landingLookDelay`, `LANDING_LEADER_GRACE_MS`, `LANDING_PROGRESS_MS`). */
  landingQueue?: { lookDelayMs?: number; leaderGraceMs?: number; progressIntervalMs?: number };
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
  /** Why the no-stale-overwrite rule refused the deploy, so that nothing changed. */
  refused?: string;
}

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
