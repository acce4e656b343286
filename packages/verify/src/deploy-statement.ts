/**
 * The verifier's side of deploy statements (see @shipgate/attest's deploy-statement.ts): an
 * environment review approves a run, not bytes, so a deploy it approves counts only when the run
 * signed a statement of exactly the content committed. gitops-commit pushes the bundle atomically
 * with the deploy commit under `refs/shipgate/statements/<commit>`; here they are fetched once per
 * range (one `git fetch` of the namespace into the verifier's clone) and each is verified against
 * the trusted root: a certificate whose run invocation URI names the deploy's `Shipgate-Run`, a
 * statement naming this repository, path, tree id, config hash and digests.
 */
import {
  DEPLOY_STATEMENT_FILE,
  DEPLOY_STATEMENT_REF_PREFIX,
  deployStatementRef,
  type TrustPolicy,
} from '@shipgate/attest';
import { fetch, type Git } from '@shipgate/git';
import type { SerializedBundle } from '@sigstore/bundle';
import { COULD_NOT_VERIFY } from './scan-evidence';

export const NO_DEPLOY_STATEMENT = 'its content is not bound to the approved run (no signed deploy statement)';

export interface DeployStatementOptions {
  /** The verifier's clone of the GitOps repository (remote `origin`). */
  git: Git;
  /** `trusted-root` (@shipgate/attest's readTrust); a `verify-key` cannot name a run, so it gives "could not verify". */
  trust: TrustPolicy | undefined;
  /** `attestation-issuer`; GitHub Actions' by default. */
  issuer?: string;
}

export interface ExpectedDeployStatement {
  /** The GitOps repository: `owner/name` or its URL (compared as owner/name). */
  repository: string;
  /** The deploy's environment path. */
  path: string;
  /** `git rev-parse <commit>:<path>`: the tree id of the path in the deploy commit. */
  treeId: string;
  /** The deploy's `Shipgate-Config-Hash` (equal to the committed files' hash once contentProblem passed). */
  configHash: string;
  /** `sha256:…` of each `Shipgate-Image`. */
  digests: readonly string[];
  /** The deploy's `Shipgate-Run`: the run whose environment review counted. */
  runUrl: string;
}

export type DeployStatementProblem = (
  commitSha: string,
  expected: ExpectedDeployStatement,
) => Promise<string | undefined>;

/**
 * `deployStatementProblem(commitSha, expected)`: `undefined` when the commit's deploy statement
 * binds exactly `expected` to its run; a violation clause when it is missing or binds something
 * else; a clause starting "could not verify" (isUnverifiable) when there is no keyless trust or the
 * statements could not be fetched. The statements namespace is fetched once, on first use.
 */
export function deployStatementVerifier(options: DeployStatementOptions): DeployStatementProblem {
  let fetched: Promise<string | undefined> | undefined;
  const fetchStatements = () => {
    fetched ??= fetch(options.git, {
      refspecs: [`+${DEPLOY_STATEMENT_REF_PREFIX}*:${DEPLOY_STATEMENT_REF_PREFIX}*`],
      ignoreReturnCode: true,
    }).then((result) =>
      result.exitCode === 0
        ? undefined
        : result.stderr.trim().split('\n').at(-1) || `git fetch exited ${result.exitCode}`,
    );
    return fetched;
  };
  return async (commitSha, expected) => {
    const { trust } = options;
    if (trust?.mode !== 'keyless') {
      return `${COULD_NOT_VERIFY} that its content was produced by the approved run: a deploy statement is signed keyless, and no trusted-root is configured`;
    }
    const failure = await fetchStatements();
    if (failure)
      return `${COULD_NOT_VERIFY} its deploy statement: fetching ${DEPLOY_STATEMENT_REF_PREFIX}* failed: ${failure}`;
    const read = await options.git(['cat-file', 'blob', `${deployStatementRef(commitSha)}:${DEPLOY_STATEMENT_FILE}`], {
      ignoreReturnCode: true,
    });
    if (read.exitCode !== 0) return NO_DEPLOY_STATEMENT;
    let bundle: SerializedBundle;
    try {
      bundle = JSON.parse(read.stdout) as SerializedBundle;
    } catch {
      return 'its deploy statement is not a Sigstore bundle (JSON)';
    }
    // @sigstore/verify is loaded by the first verification, not with the module.
    const { deployStatementProblem } = await import('@shipgate/attest');
    return deployStatementProblem(bundle, trust, expected, options.issuer ? { issuer: options.issuer } : {});
  };
}
