/**
 * The deployment trail: the git trailers a deploy commit carries (../shared/DESIGN.md), and the
 * deployment read back from one commit. Writers and readers both go through these names.
 */
export const TRAILER_KEYS = {
  app: 'Shipgate-App',
  environment: 'Shipgate-Environment',
  image: 'Shipgate-Image',
  source: 'Shipgate-Source',
  /** Committer time of the source commit (ISO 8601): orders deploys and gives DORA lead time. */
  sourceTime: 'Shipgate-Source-Time',
  run: 'Shipgate-Run',
  scan: 'Shipgate-Scan',
  configHash: 'Shipgate-Config-Hash',
  rollbackOf: 'Shipgate-Rollback-Of',
  rollbackTo: 'Shipgate-Rollback-To',
  reason: 'Shipgate-Reason',
  /** `true` on a deploy that removed the path's files on purpose (`allow-empty`). */
  removal: 'Shipgate-Removal',
  /** The landing-queue request a replayed deploy came from: its nonce, single-use. */
  request: 'Shipgate-Request',
  /** `true` on a deploy marked as a hotfix: unplanned, for an incident (DORA's rework rate). */
  hotfix: 'Shipgate-Hotfix',
  approvedBy: 'Approved-by',
  /** The evidence of one approval: an issue comment URL or a run URL. */
  approval: 'Shipgate-Approval',
  /** The blob id of the `.shipgate/policy.yaml` that was applied. */
  policy: 'Shipgate-Policy',
  breakGlass: 'Shipgate-Break-Glass',
  /** What was verified of an image's signed attestations (one per image), when the policy requires them. */
  attestations: 'Shipgate-Attestations',
} as const;

/** What one deploy commit says about itself, through its trailers. */
export interface DeploymentTrail {
  app: string;
  environment: string;
  /** Digest-pinned image references (one `Shipgate-Image` trailer each). */
  imageRefs: string[];
  /** `owner/repo@sha` of the source commit. */
  source?: string;
  sourceTime?: string;
  run?: string;
  /** The `Shipgate-Scan` value: `pass; trivy 0.58.1; critical=0 high=2`. */
  scan?: string;
  configHash?: string;
  approvedBy: string[];
  /** `Shipgate-Approval` URLs, one per approval that counted. */
  approvals?: string[];
  policy?: string;
  /** `<who>; <reason>` of a deploy made during a freeze window. */
  breakGlass?: string;
  /** `Shipgate-Attestations` values: `<digest> provenance, scan (pass <time>); signer <SAN>`. */
  attestations?: string[];
  /** On a rollback: the deploy commit that was rolled back, and the one restored. */
  rollbackOf?: string;
  rollbackTo?: string;
  reason?: string;
  /** The deploy removed the path's files (an empty source directory, allowed explicitly). */
  removal?: boolean;
  /** `Shipgate-Hotfix: true`: an unplanned deploy for an incident. */
  hotfix?: boolean;
  /** The nonce of the landing request it was queued as, when it went through the landing queue. */
  request?: string;
}

/** A deployment read back from the GitOps repository's history. */
export interface Deployment extends DeploymentTrail {
  commitSha: string;
  /** Committer time of the deploy commit (ISO 8601). */
  committedAt: string;
  kind: 'deploy' | 'rollback';
  /** The repository path the commit deployed to. */
  path: string;
  subject: string;
}
