/**
 * Deploy statements: an environment review approves a workflow run, not bytes. The run that
 * deploys signs, keyless, an in-toto statement naming exactly what it commits (GitOps repository,
 * path, the tree id of the path in the deploy commit, config hash, image digests); Fulcio's
 * certificate names the run (extension 1.3.6.1.4.1.57264.1.21, the run invocation URI
 * `https://github.com/<owner>/<repo>/actions/runs/<id>/attempts/<n>`), so a verifier can tell that
 * this content was produced by the run the environment review approved. gitops-commit stores the
 * bundle under `refs/shipgate/statements/<deploy commit>` and pushes it atomically with the branch.
 * Verifying one is deploy-statement-check.ts, apart, so that signers never load @sigstore/verify.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { type KeylessSigning, signStatement } from './sign';
import { IN_TOTO_STATEMENT_TYPE, type Statement } from './statement';

export const DEPLOY_STATEMENT_PREDICATE = 'https://shipgate.dev/deploy-statement/v1';
/** Where a deploy commit's statement lives: a ref to a commit whose tree holds the bundle. */
export const DEPLOY_STATEMENT_REF_PREFIX = 'refs/shipgate/statements/';
export const DEPLOY_STATEMENT_FILE = 'deploy-statement.sigstore.json';

/** What a deploy commits, as gitops-commit knows it before the commit is made. */
export interface DeployContent {
  /** The GitOps repository, `owner/name` (see `deployRepositoryName`). */
  repository: string;
  /** The environment path, e.g. `apps/web/production`. */
  path: string;
  /** The tree id of `path` in the deploy commit (`git rev-parse <commit>:<path>`). */
  treeId: string;
  /** `sha256:…` of the committed files (render-manifests' config hash). */
  configHash: string;
  /** `sha256:…` of each image the files run. */
  digests: readonly string[];
}

export interface DeployPredicate {
  repository: string;
  path: string;
  treeId: string;
  configHash: string;
  digests: string[];
}

export function deployStatementRef(commitSha: string): string {
  return `${DEPLOY_STATEMENT_REF_PREFIX}${commitSha}`;
}

/** `owner/name` of a GitOps repository URL or name, lowercased, so both sides spell it alike. */
export function deployRepositoryName(repository: string): string {
  const value = repository.trim().replace(/\/+$/, '');
  const url = value.match(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?$/i);
  if (url) return `${url[1]}/${url[2]}`.toLowerCase();
  return value.replace(/\.git$/, '').toLowerCase();
}

export function deployStatement(content: DeployContent): Statement<DeployPredicate> {
  const predicate: DeployPredicate = {
    repository: deployRepositoryName(content.repository),
    path: content.path,
    treeId: content.treeId,
    configHash: content.configHash,
    digests: [...new Set(content.digests)].sort(),
  };
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: `${predicate.repository}/${predicate.path}`, digest: { gitTree: content.treeId } }],
    predicateType: DEPLOY_STATEMENT_PREDICATE,
    predicate,
  };
}

/** Signs the deploy statement keyless as the running job (its OIDC token names the run). */
export async function signDeployStatement(content: DeployContent, signing: KeylessSigning): Promise<SerializedBundle> {
  return signStatement(deployStatement(content), signing);
}

/**
 * gitops-commit's `deployStatement` option: signs with `signing` and returns the bundle as JSON;
 * `always` signs every deploy, else only those that count an environment review.
 */
export function deployStatementSigner(
  signing: KeylessSigning,
  always = false,
): { sign(content: DeployContent): Promise<string>; always: boolean } {
  return { always, sign: async (content) => JSON.stringify(await signDeployStatement(content, signing)) };
}
