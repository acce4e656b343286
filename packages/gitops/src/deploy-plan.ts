import { ConfigurationError, requireBranchName } from '@shipgate/core';
import { ownerAndName, resolveRepositoryAccess } from '@shipgate/git';
import { requireDigestReference } from '@shipgate/image';
import { formatScanTrailer } from '@shipgate/scan';
import { buildCommitMessage, type DeploymentTrail, normalizeScanTrailer, sanitizeTrailerValue } from '@shipgate/trail';
import { DEFAULT_MESSAGE, type DeployRequest } from './deploy-request';
import { readDirectoryEntries, requireEnvironmentContent } from './environment-content';
import type { DeployIntent } from './rules';
import { confineDeployPath, listSourceFiles, type SourceFile } from './write-tree';

/**
 * The plan: every input checked and the trail built before the remote is touched. Nothing here
 * writes; the only I/O is reading the rendered files.
 */

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface DeployPlan {
  path: string;
  /** What the rules check: the trail, the path and what the writer asked for. */
  deploy: DeployIntent;
  files: SourceFile[];
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
export async function planDeploy(request: DeployRequest): Promise<DeployPlan> {
  checkNames(request);
  const path = confineDeployPath(request.path ?? `apps/${request.app}/${request.environment}`);
  const maxAttempts = request.maxAttempts ?? 10;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new ConfigurationError(`Input "max-attempts" must be a positive integer, got ${maxAttempts}.`);
  }
  const imageRefs = request.imageRefs.map((ref) => requireDigestReference(ref, 'image-ref').toString());
  const scan = scanTrailerOf(request, imageRefs);
  if (request.sourceTime !== undefined && Number.isNaN(Date.parse(request.sourceTime))) {
    throw new ConfigurationError(`Input "source-time" must be an ISO 8601 time, got "${request.sourceTime}".`);
  }
  const files = await readSourceFiles(request, path);
  checkModeInputs(request);
  const trail = trailOf(request, imageRefs, scan, files.length === 0);
  const rendered = renderMessageTemplate(request.message || DEFAULT_MESSAGE, {
    app: request.app,
    environment: request.environment,
    image: imageRefs[0] ?? '',
    digest: imageRefs[0]?.slice(imageRefs[0].lastIndexOf('@') + 1) ?? '',
    source: request.source ?? '',
  });
  return {
    path,
    deploy: {
      ...trail,
      path,
      ...(request.allowDowngrade ? { allowDowngrade: true } : {}),
      ...(request.expectCurrentCommit ? { expectCurrentCommit: request.expectCurrentCommit } : {}),
    },
    files,
    message: buildCommitMessage(rendered, trail),
    subject: rendered,
    imageRefs,
    prune: request.prune ?? true,
    kustomization: request.kustomization,
    mode: request.mode ?? 'push',
    maxAttempts,
  };
}

function checkNames(request: DeployRequest): void {
  if (!NAME_PATTERN.test(request.app)) {
    throw new ConfigurationError(`Input "app" must be letters, digits, ".", "_" or "-", got "${request.app}".`);
  }
  if (!NAME_PATTERN.test(request.environment)) {
    throw new ConfigurationError(
      `Input "environment" must be letters, digits, ".", "_" or "-", got "${request.environment}".`,
    );
  }
  if (request.branch !== undefined) requireBranchName(request.branch, 'branch');
}

/** Pull-request mode opens the pull request on GitHub: it needs the repository there and a token. */
function checkModeInputs(request: DeployRequest): void {
  if (request.mode !== 'pull-request') return;
  if (!ownerAndName(resolveRepositoryAccess(request))) {
    throw new ConfigurationError(
      `Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`,
    );
  }
  if (!request.token) throw new ConfigurationError(`Input "token" is required for mode "pull-request".`);
}

/** The `Shipgate-Scan` value: from the scan record (which must be of an image deployed) or as given. */
function scanTrailerOf(request: DeployRequest, imageRefs: readonly string[]): string | undefined {
  const digests = new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)));
  if (request.scanRecord && !digests.has(request.scanRecord.digest)) {
    throw new ConfigurationError(
      `Input "scan-record" is for ${request.scanRecord.imageRef}, which is not one of the images being deployed.`,
    );
  }
  if (request.scanRecord && request.scan !== undefined) {
    throw new ConfigurationError(`Inputs "scan" and "scan-record" must not be given together; pass one verdict.`);
  }
  if (request.scanRecord) return formatScanTrailer(request.scanRecord);
  return request.scan !== undefined ? normalizeScanTrailer(request.scan) : undefined;
}

/** The rendered files, refused when they could not be an environment's content or would delete it unasked. */
async function readSourceFiles(request: DeployRequest, path: string): Promise<SourceFile[]> {
  const files = await listSourceFiles(request.sourceDir);
  requireEnvironmentContent(
    await readDirectoryEntries(request.sourceDir),
    `Input "source-dir" (${request.sourceDir}) cannot be deployed to ${path}`,
  );
  if (files.length === 0 && !request.allowEmpty) {
    throw new ConfigurationError(
      `Input "source-dir" (${request.sourceDir}) is empty, which would delete ${path}; set allow-empty: true to remove the deployment on purpose.`,
    );
  }
  return files;
}

function trailOf(
  request: DeployRequest,
  imageRefs: string[],
  scan: string | undefined,
  removal: boolean,
): DeploymentTrail {
  return {
    app: request.app,
    environment: request.environment,
    imageRefs,
    ...(request.source ? { source: request.source } : {}),
    ...(request.sourceTime ? { sourceTime: new Date(Date.parse(request.sourceTime)).toISOString() } : {}),
    ...(request.runUrl ? { run: request.runUrl } : {}),
    ...(scan ? { scan } : {}),
    ...(request.configHash ? { configHash: request.configHash } : {}),
    approvedBy: [...new Set((request.approvalRecord?.approvers ?? []).map((entry) => entry.login))],
    ...(request.hotfix ? { hotfix: true } : {}),
    ...(request.rollback
      ? {
          rollbackOf: request.rollback.of,
          rollbackTo: request.rollback.to,
          ...(request.rollback.reason ? { reason: request.rollback.reason } : {}),
        }
      : {}),
    ...(removal ? { removal: true } : {}),
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
