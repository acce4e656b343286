import type { GitHubClient, GitHubContext, Logger } from '@shipgate/core';
import { parseManifestStream, readYamlTree, type WorkloadContainer, workloadContainers } from '@shipgate/manifests';

/**
 * GitHub deployment records (the artifact metadata API): what runs where, for the organization's
 * linked artifacts view. A record is a convenience for people browsing GitHub, never evidence:
 * the verifier reads git and GitHub's own records of approvals, not these.
 */
export type DeploymentRecordsMode = 'auto' | 'true' | 'false';

/** The body of `POST /orgs/{org}/artifacts/metadata/deployment-record`. */
export interface DeploymentRecordBody {
  name: string;
  digest: string;
  status: 'deployed';
  logical_environment: string;
  deployment_name: string;
  cluster?: string;
  github_repository: string;
  tags: Record<string, string>;
  return_records: false;
}

export interface DeploymentRecordTarget {
  /** The organization that owns the app repository (the API is per organization). */
  org: string;
  /** The app repository's name within `org`. */
  repositoryName: string;
}

/**
 * Where records go, or why not: `true` records whenever the run names its repository; `auto` only
 * on github.com or GHE.com (GitHub Enterprise Server may lack the API) for a repository its event
 * says is an organization's (the API has no user-owned form).
 */
export function deploymentRecordTarget(
  mode: DeploymentRecordsMode,
  context: Pick<GitHubContext, 'repository' | 'serverUrl' | 'payload'>,
): DeploymentRecordTarget | { skipped: string } {
  if (mode === 'false') return { skipped: 'deployment-records is false' };
  const [org, repositoryName] = context.repository.split('/');
  if (!org || !repositoryName) return { skipped: 'the run names no repository' };
  if (mode === 'true') return { org, repositoryName };
  const host = hostOf(context.serverUrl);
  if (host !== 'github.com' && !host.endsWith('.ghe.com')) {
    return { skipped: `${host} may not serve the artifact metadata API (deployment-records: true to try)` };
  }
  const owner = (context.payload.repository as { owner?: { type?: string } } | undefined)?.owner;
  if (owner?.type !== 'Organization') {
    return { skipped: `${org} is not an organization, and deployment records are kept per organization` };
  }
  return { org, repositoryName };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export interface DeployedImages {
  app: string;
  environment: string;
  /** The digest-pinned images deployed. */
  imageRefs: readonly string[];
  /** The workload containers of the deployed manifests. */
  containers: readonly WorkloadContainer[];
  commitSha: string;
  cluster?: string;
}

/**
 * One record per container running a deployed image, named as GitHub recommends
 * (`{namespace}-{workload}-{container}`); an image no container names gets one record under the app.
 */
export function deploymentRecordBodies(
  deployed: DeployedImages,
  target: DeploymentRecordTarget,
): DeploymentRecordBody[] {
  const bodies: DeploymentRecordBody[] = [];
  for (const imageRef of deployed.imageRefs) {
    const at = imageRef.lastIndexOf('@');
    if (at < 0) continue;
    const digest = imageRef.slice(at + 1);
    const running = deployed.containers.filter((container) => container.image === imageRef);
    const names = running.length
      ? running.map((container) => [container.namespace, container.name, container.container].filter(Boolean).join('-'))
      : [deployed.app];
    for (const deploymentName of new Set(names)) {
      bodies.push({
        name: imageRef.slice(0, at).slice(0, 256),
        digest,
        status: 'deployed',
        logical_environment: deployed.environment.slice(0, 128),
        deployment_name: deploymentName.slice(0, 256),
        ...(deployed.cluster ? { cluster: deployed.cluster.slice(0, 128) } : {}),
        github_repository: target.repositoryName,
        tags: { app: deployed.app, 'gitops-commit': deployed.commitSha },
        return_records: false,
      });
    }
  }
  return bodies;
}

/** The workload containers of the manifests under `directory` (what gitops-commit deployed). */
export async function readDeployedContainers(directory: string): Promise<WorkloadContainer[]> {
  const files = await readYamlTree(directory);
  return workloadContainers(files.flatMap((file) => parseManifestStream(file.text, file.path)));
}

/**
 * Posts each record. A failure warns once and stops: the deploy has landed, and a missing record
 * must never fail it.
 */
export async function postDeploymentRecords(
  bodies: readonly DeploymentRecordBody[],
  target: DeploymentRecordTarget,
  deps: { client: GitHubClient; log: Logger; signal?: AbortSignal },
): Promise<number> {
  let recorded = 0;
  for (const body of bodies) {
    try {
      await deps.client.request('POST /orgs/{org}/artifacts/metadata/deployment-record', {
        params: { org: target.org },
        body,
        signal: deps.signal,
      });
      recorded += 1;
    } catch (error) {
      deps.log.warning(
        `The deploy landed, but GitHub did not take its deployment record (${(error as Error).message}); grant the job "permissions: artifact-metadata: write", or set deployment-records: false.`,
      );
      break;
    }
  }
  return recorded;
}

/** What gitops-commit records after a landed deploy: the manifests it deployed, and their images. */
export interface DeploymentRecordRequest extends Omit<DeployedImages, 'containers'> {
  sourceDir: string;
  target: DeploymentRecordTarget;
}

/** Records a landed deploy on GitHub; returns how many records GitHub took. Never throws for GitHub's answer. */
export async function recordDeployment(
  request: DeploymentRecordRequest,
  deps: { client: GitHubClient; log: Logger; signal?: AbortSignal },
): Promise<number> {
  const containers = await readDeployedContainers(request.sourceDir);
  const bodies = deploymentRecordBodies({ ...request, containers }, request.target);
  const recorded = await postDeploymentRecords(bodies, request.target, deps);
  if (recorded > 0) {
    deps.log.info(`Recorded ${recorded} deployment record(s) for ${request.target.org}'s linked artifacts on GitHub.`);
  }
  return recorded;
}
