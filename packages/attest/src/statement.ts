/**
 * The in-toto statements Shipgate signs: SLSA provenance v1 with the predicate `actions/attest`
 * builds for a GitHub workflow, and cosign's vulnerability-scan predicate carrying Shipgate's
 * verdict. Pure functions: the caller passes the context as values.
 */

export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
export const VULN_SCAN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/** The requirement names a policy uses, and the predicate type each stands for. */
export const PREDICATE_TYPES = {
  provenance: SLSA_PROVENANCE_PREDICATE,
  scan: VULN_SCAN_PREDICATE,
  /** CycloneDX, from scan-image's `sbom: true` (Trivy reports with --list-all-pkgs). */
  sbom: 'https://cyclonedx.org/bom',
} as const;
export type AttestationKind = keyof typeof PREDICATE_TYPES;

export interface StatementSubject {
  /** The repository the digest lives in, e.g. `ghcr.io/acme/web` (what actions/attest names it). */
  name: string;
  /** An in-toto DigestSet: `sha256` for images, `gitTree` for a deploy statement's path. */
  digest: Record<string, string>;
}

export interface Statement<Predicate = unknown> {
  _type: typeof IN_TOTO_STATEMENT_TYPE;
  subject: StatementSubject[];
  predicateType: string;
  predicate: Predicate;
}

/** The workflow run a build happened in: what the OIDC token's claims (or GITHUB_* variables) say. */
export interface WorkflowRun {
  serverUrl: string;
  /** `owner/name` */
  repository: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  ref: string;
  sha: string;
  eventName: string;
  /** `owner/name/.github/workflows/ci.yml@refs/heads/main` (the caller's workflow). */
  workflowRef: string;
  /** The workflow file that ran the job (differs from workflowRef for reusable workflows). */
  jobWorkflowRef?: string;
  runnerEnvironment?: string;
  runId: string;
  runAttempt: string;
}

/** The run described by a GitHub Actions OIDC token's claims (as actions/attest reads them). */
export function workflowRunFromClaims(claims: Record<string, unknown>, serverUrl: string): WorkflowRun {
  const text = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string) : '');
  return {
    serverUrl,
    repository: text('repository'),
    repositoryId: text('repository_id'),
    repositoryOwnerId: text('repository_owner_id'),
    ref: text('ref'),
    sha: text('sha'),
    eventName: text('event_name'),
    workflowRef: text('workflow_ref'),
    jobWorkflowRef: text('job_workflow_ref'),
    runnerEnvironment: text('runner_environment'),
    runId: text('run_id'),
    runAttempt: text('run_attempt'),
  };
}

/** `registry/name@sha256:<hex>` → the statement subject actions/attest writes for an image. */
export function imageSubject(imageRef: string): StatementSubject {
  const match = /^(?<name>[^@]+)@sha256:(?<hex>[0-9a-f]{64})$/.exec(imageRef);
  if (!match?.groups) throw new Error(`${imageRef} is not an image reference pinned by a sha256 digest.`);
  // A tag before the digest is not part of the repository's name (`web:1@sha256:…` → `web`).
  const name = match.groups.name!.replace(/:[\w][\w.-]{0,127}$/, '');
  return { name, digest: { sha256: match.groups.hex! } };
}

export function provenanceStatement(imageRef: string, run: WorkflowRun): Statement {
  const [workflowPath, workflowGitRef] = splitWorkflowRef(run.workflowRef, run.repository);
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [imageSubject(imageRef)],
    predicateType: SLSA_PROVENANCE_PREDICATE,
    predicate: {
      buildDefinition: {
        buildType: GITHUB_WORKFLOW_BUILD_TYPE,
        externalParameters: {
          workflow: { ref: workflowGitRef, repository: `${run.serverUrl}/${run.repository}`, path: workflowPath },
        },
        internalParameters: {
          github: {
            event_name: run.eventName,
            repository_id: run.repositoryId ?? '',
            repository_owner_id: run.repositoryOwnerId ?? '',
            runner_environment: run.runnerEnvironment ?? '',
          },
        },
        resolvedDependencies: [
          { uri: `git+${run.serverUrl}/${run.repository}@${run.ref}`, digest: { gitCommit: run.sha } },
        ],
      },
      runDetails: {
        builder: { id: `${run.serverUrl}/${run.jobWorkflowRef || run.workflowRef}` },
        metadata: {
          invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
        },
      },
    },
  };
}

/** `owner/name/.github/workflows/ci.yml@refs/heads/main` → [`.github/workflows/ci.yml`, `refs/heads/main`]. */
function splitWorkflowRef(workflowRef: string, repository: string): [string, string] {
  const at = workflowRef.lastIndexOf('@');
  const path = at < 0 ? workflowRef : workflowRef.slice(0, at);
  const ref = at < 0 ? '' : workflowRef.slice(at + 1);
  return [path.startsWith(`${repository}/`) ? path.slice(repository.length + 1) : path, ref];
}

export interface ScanVerdict {
  verdict: 'pass' | 'fail';
  counts: Record<string, number>;
  policy: Record<string, unknown>;
  scanner: { name: string; version: string; dbUpdatedAt?: string };
  /** When the scan finished (ISO 8601): the age a policy's max-age is measured against. */
  finishedAt: string;
  startedAt?: string;
  /** The run that scanned, when known. */
  runUrl?: string;
}

/** The predicate cosign's `--type vuln` writes, Shipgate's verdict in `scanner.result`. */
export interface VulnPredicate {
  invocation: { parameters: unknown; uri: string; event_id: string; 'builder.id': string };
  scanner: {
    uri: string;
    version: string;
    db: { uri: string; version: string };
    result: { verdict: 'pass' | 'fail'; counts: Record<string, number>; policy: Record<string, unknown> };
  };
  metadata: { scanStartedOn: string; scanFinishedOn: string };
}

const SCANNER_URIS: Record<string, string> = {
  trivy: 'pkg:github/aquasecurity/trivy',
  grype: 'pkg:github/anchore/grype',
};

export function scanStatement(imageRef: string, scan: ScanVerdict): Statement<VulnPredicate> {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [imageSubject(imageRef)],
    predicateType: VULN_SCAN_PREDICATE,
    predicate: {
      invocation: { parameters: null, uri: scan.runUrl ?? '', event_id: '', 'builder.id': 'shipgate scan-image' },
      scanner: {
        uri: SCANNER_URIS[scan.scanner.name] ?? scan.scanner.name,
        version: scan.scanner.version,
        db: { uri: '', version: scan.scanner.dbUpdatedAt ?? '' },
        result: { verdict: scan.verdict, counts: scan.counts, policy: scan.policy },
      },
      metadata: { scanStartedOn: scan.startedAt ?? scan.finishedAt, scanFinishedOn: scan.finishedAt },
    },
  };
}
