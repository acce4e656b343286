/**
 * The verifier's side of "claims are re-derived" for scans: a `Shipgate-Scan: pass` trailer is text
 * anyone with push access can write, so where an environment requires a scan pass, verify-deployments
 * re-reads the signed scan attestations of each deployed digest from GitHub's attestations API and
 * verifies them as gitops-commit did (@shipgate/attest's verifyAttestations: trusted root or key,
 * the signer identity, the subject digest, the newest verdict pass, within the scan max-age).
 *
 * Where the bundles are read: the repository named by verify-deployments' `attestation-repository`
 * input when set, else the deploy's `Shipgate-Source` repository (where build-image and scan-image
 * store them). Where they are read from grants no trust: a bundle counts only when it verifies and
 * its certificate names the configured identity, so a `Shipgate-Source` pointing elsewhere can only
 * make the scan unverifiable, never pass it. Keyless trust without an identity (the policy's
 * `attestations.identity` or the input `attestation-identity`) could be satisfied by any workflow
 * on GitHub, so it gives "could not verify".
 */
import {
  type AttestationRequirements,
  policyRequirements,
  readGitHubAttestations,
  type StoredBundle,
  type TrustPolicy,
} from '@shipgate/attest';
import type { GitHubClient } from '@shipgate/core';
import type { EnvironmentRules } from '@shipgate/policy';
import { parseSource } from '@shipgate/trail';

/** Every problem a verifier of this module cannot decide starts so: a "could not verify", never a pass. */
export const COULD_NOT_VERIFY = 'could not verify';

/** Whether a problem from `scanEvidenceProblem` or `deployStatementProblem` means "could not verify" rather than a violation. */
export function isUnverifiable(problem: string): boolean {
  return problem.startsWith(COULD_NOT_VERIFY);
}

export interface ScanEvidenceOptions {
  /** Reads `GET /repos/{owner}/{repo}/attestations/{subject_digest}` (verify-deployments' github-token). */
  client: GitHubClient;
  /** `trusted-root` or `verify-key` (@shipgate/attest's readTrust); undefined when neither is set. */
  trust: TrustPolicy | undefined;
  /** `attestation-identity`: the signer's certificate SAN, exact, or a regular expression when it starts with `^`. */
  identity?: string;
  /** `attestation-repository` (owner/name): where the bundles are; default each deploy's Shipgate-Source repository. */
  repository?: string;
  /** `attestation-issuer`; GitHub Actions' by default. */
  issuer?: string;
  /** GITHUB_SERVER_URL, for the certificate's source repository URIs. */
  serverUrl?: string;
}

export interface ScanEvidenceContext {
  /** The deploy's `Shipgate-Source` (`owner/name@sha`): where the bundles are read unless `repository` is set. */
  source?: string;
  /**
   * The trusted time of the deploy (its push time from GitHub, or the check's own clock): the scan
   * must have finished before it and within the scan max-age of it. Default: now.
   */
  at?: Date;
}

/** `undefined` when the digest has a verified signed scan pass for `environment`; else one clause saying why not. */
export type ScanEvidenceProblem = (
  digest: string,
  environment: EnvironmentRules,
  context?: ScanEvidenceContext,
) => Promise<string | undefined>;

/**
 * The verifier verify-deployments' judge calls for each digest of each deploy whose environment
 * says `scan: {require: pass}`. The bundles of a (repository, digest) are read once for the whole
 * range, however many deploys run the digest.
 */
export function scanEvidenceVerifier(options: ScanEvidenceOptions): ScanEvidenceProblem {
  const reads = new Map<string, Promise<StoredBundle[]>>();
  const read = (repository: string, digest: string) => {
    const key = `${repository.toLowerCase()} ${digest}`;
    let bundles = reads.get(key);
    if (!bundles) {
      bundles = readGitHubAttestations(options.client, repository, digest);
      reads.set(key, bundles);
    }
    return bundles;
  };
  return async (digest, environment, context = {}) => {
    if (environment.scan?.require !== 'pass') return undefined;
    const requires = `${environment.name} requires a signed scan pass`;
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
      return `its image ${digest} is not pinned by a sha256 digest, and ${requires}`;
    const { trust } = options;
    if (!trust) return `${COULD_NOT_VERIFY} its scan: ${requires} and no trusted-root or verify-key is configured`;
    // The policy's identity is a regular expression (as gitops-commit applies it); the input's is
    // exact unless it starts with `^` (as promote's attestation-identity).
    const named = signerOf(environment, options.identity, trust);
    if (trust.mode === 'keyless' && !named) {
      return `${COULD_NOT_VERIFY} its scan: ${requires} and no attestation identity (the policy's attestations or the input attestation-identity) names who may sign it`;
    }
    const repository = options.repository ?? parseSource(context.source)?.repository;
    if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      return `${COULD_NOT_VERIFY} its scan: ${requires} and no repository to read its attestations from (no attestation-repository input, no Shipgate-Source)`;
    }
    let bundles: StoredBundle[];
    try {
      bundles = await read(repository, digest);
    } catch (error) {
      return `${COULD_NOT_VERIFY} its scan: reading the attestations of ${digest} in ${repository} failed: ${message(error)}`;
    }
    const requirements: AttestationRequirements = {
      require: ['scan'],
      ...named,
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
      ...(environment.scan.maxAgeMs !== undefined ? { scanMaxAgeMs: environment.scan.maxAgeMs } : {}),
      ...(context.at ? { now: context.at } : {}),
    };
    // @sigstore/verify is loaded by the first verification, not with the module.
    const { AttestationRefusedError, verifyAttestations } = await import('@shipgate/attest');
    try {
      verifyAttestations(digest, bundles, trust, requirements);
      return undefined;
    } catch (error) {
      if (error instanceof AttestationRefusedError) {
        return `its image ${digest} has no verified scan pass in ${repository} (${message(error).replace(/\.$/, '')}), and ${requires}`;
      }
      return `${COULD_NOT_VERIFY} its scan: ${message(error)}`;
    }
  };
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

/**
 * Who may sign the scan attestation: the policy's `attestations` signer as gitops-commit applies it
 * (repository, owner, signer workflow and ref exactly; a legacy identity exact, or an anchored
 * regular expression when it starts with `^`), else the `attestation-identity` input.
 */
function signerOf(
  environment: EnvironmentRules,
  input: string | undefined,
  trust: TrustPolicy,
): Omit<AttestationRequirements, 'require'> | undefined {
  const rules = environment.attestations;
  if (rules && (rules.identity || rules.repository || rules.owner || rules.signerWorkflow)) {
    const { require: _scan, ...signer } = policyRequirements({ ...rules, require: ['scan'] }, trust);
    return signer;
  }
  if (!input) return undefined;
  return { identity: input.startsWith('^') ? { pattern: input } : { exact: input } };
}
