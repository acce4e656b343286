import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { createGitHubClient, type Logger } from '@shipgate/core';
import type { RegistryClient } from '@shipgate/image';
import { postGitHubAttestation, readGitHubAttestations } from './github-store';
import { AttestationError, tokenClaims } from './oidc';
import { attachBundle, type RegistryCredentials, readBundles } from './registry-store';
import { type SigningSettings, signStatement } from './sign';
import {
  type AttestationKind,
  PREDICATE_TYPES,
  provenanceStatement,
  type ScanVerdict,
  type Statement,
  scanStatement,
  type WorkflowRun,
  workflowRunFromClaims,
} from './statement';
import type { TrustPolicy } from './trust';
import type { AttestationRequirements, AttestationVerification } from './verify';

/** Where GitHub's attestations API is, for a token that may store (or read) attestations there. */
export interface GitHubAttestationStore {
  token: string;
  apiUrl: string;
  /** `owner/name` the attestations belong to. */
  repository: string;
}

/** How an action signs: keyless with the job's OIDC token, or with a private key. */
export type AttestSettings = (
  | {
      signing: 'keyless';
      fulcioUrl: string;
      rekorUrl?: string;
      tsaUrl?: string;
      /** The job's OIDC token for an audience: the runtime's `idToken`. */
      idToken: (audience: string) => Promise<string>;
      /** GITHUB_SERVER_URL, for the provenance's URLs. */
      serverUrl: string;
      retries?: number;
    }
  | { signing: 'key'; privateKey: KeyObject; run: WorkflowRun }
) & { github?: GitHubAttestationStore };

export interface Signing {
  settings: SigningSettings;
  /** The run the statements describe: from the token's claims (keyless) or GITHUB_* (key). */
  run: WorkflowRun;
}

/** Gets the token (keyless) once, so the statement's run and Fulcio's certificate say the same. */
export async function prepareSigning(settings: AttestSettings, setSecret: (secret: string) => void): Promise<Signing> {
  if (settings.signing === 'key')
    return { settings: { mode: 'key', privateKey: settings.privateKey }, run: settings.run };
  const token = await settings.idToken('sigstore');
  setSecret(token);
  return {
    run: workflowRunFromClaims(tokenClaims(token), settings.serverUrl),
    settings: {
      mode: 'keyless',
      fulcioUrl: settings.fulcioUrl,
      rekorUrl: settings.rekorUrl,
      tsaUrl: settings.tsaUrl,
      retries: settings.retries,
      identityToken: async () => token,
    },
  };
}

export interface AttestImageOptions {
  imageRef: string;
  statements: readonly Statement[];
  signing: SigningSettings;
  registry: RegistryClient;
  credentials?: RegistryCredentials;
  log: Logger;
  settleMs?: number;
  /** Also post each bundle to GitHub's attestations API. */
  github?: GitHubAttestationStore;
}

export interface AttachedAttestation {
  predicateType: string;
  /** `registry/name@sha256:…` of the artifact manifest holding the bundle. */
  artifact: string;
}

/** Signs each statement and attaches the bundle to the image; nothing is attached unless all are signed. */
export async function attestImage(options: AttestImageOptions): Promise<AttachedAttestation[]> {
  const bundles = [];
  for (const statement of options.statements) bundles.push(await signStatement(statement, options.signing));
  const name = options.imageRef.slice(0, options.imageRef.indexOf('@'));
  const attached: AttachedAttestation[] = [];
  for (const [index, bundle] of bundles.entries()) {
    const predicateType = options.statements[index]!.predicateType;
    const result = await attachBundle({
      imageRef: options.imageRef,
      bundle,
      predicateType,
      registry: options.registry,
      credentials: options.credentials,
      settleMs: options.settleMs,
    });
    options.log.info(`Attached a signed ${predicateType} attestation to ${options.imageRef} (${result.digest}).`);
    attached.push({ predicateType, artifact: `${name}@${result.digest}` });
    if (options.github) {
      const client = createGitHubClient({
        token: options.github.token,
        baseUrl: options.github.apiUrl,
        log: options.log,
      });
      const id = await postGitHubAttestation(client, options.github.repository, bundle, options.log);
      if (id !== undefined)
        options.log.info(`Stored it in ${options.github.repository}'s attestations too (id ${id}).`);
    }
  }
  return attached;
}

export interface VerifyImageOptions {
  imageRef: string;
  /** Where the bundles are read unless `github` is given. */
  registry?: RegistryClient;
  credentials?: RegistryCredentials;
  trust: TrustPolicy;
  requirements: AttestationRequirements;
  log: Logger;
  /** Read the bundles from GitHub's attestations API instead of the registry. */
  github?: GitHubAttestationStore;
}

/** Reads the digest's bundles from the registry and verifies them; throws AttestationRefusedError. */
export async function verifyImageAttestations(options: VerifyImageOptions): Promise<AttestationVerification> {
  const digest = options.imageRef.slice(options.imageRef.indexOf('@') + 1);
  const bundles = options.github
    ? await readGitHubAttestations(
        createGitHubClient({ token: options.github.token, baseUrl: options.github.apiUrl, log: options.log }),
        options.github.repository,
        digest,
      )
    : options.registry
      ? await readBundles(options.registry, options.imageRef, {
          predicateTypes: options.requirements.require.map((kind) => PREDICATE_TYPES[kind]),
        })
      : [];
  // @sigstore/verify is loaded by the first verification, not with the module.
  const { verifyAttestations } = await import('./verify');
  const result = verifyAttestations(digest, bundles, options.trust, options.requirements);
  options.log.info(`Verified the attestations of ${options.imageRef}: ${result.trailer}.`);
  return result;
}

export interface AttestDependencies {
  log: Logger;
  registry: RegistryClient;
  credentials?: RegistryCredentials;
  setSecret: (secret: string) => void;
  settleMs?: number;
}

/** build-image: SLSA provenance of the pushed digest, signed and attached. */
export async function attestBuild(
  settings: AttestSettings,
  imageRef: string,
  dependencies: AttestDependencies,
): Promise<AttachedAttestation[]> {
  const signing = await prepareSigning(settings, dependencies.setSecret);
  return attestImage({
    ...dependencies,
    imageRef,
    statements: [provenanceStatement(imageRef, signing.run)],
    signing: signing.settings,
    github: settings.github,
  });
}

/** scan-image: the verdict (pass or fail) of the scanned digest, signed and attached. */
export async function attestScan(
  settings: AttestSettings,
  imageRef: string,
  scan: Omit<ScanVerdict, 'runUrl'>,
  dependencies: AttestDependencies,
  /** The scanner's raw report: its package list becomes a CycloneDX SBOM attestation too. */
  sbomFrom?: string,
): Promise<AttachedAttestation[]> {
  if (sbomFrom === '') throw new AttestationError('The scan record names no report file to take the SBOM from.');
  const sbom = sbomFrom ? await sbomOf(imageRef, sbomFrom) : undefined;
  const signing = await prepareSigning(settings, dependencies.setSecret);
  const run = signing.run;
  const runUrl = run.repository && run.runId ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}` : '';
  return attestImage({
    ...dependencies,
    imageRef,
    statements: [scanStatement(imageRef, { ...scan, runUrl }), ...(sbom ? [sbom] : [])],
    signing: signing.settings,
    github: settings.github,
  });
}

/** The SBOM statement from the scanner's report; CycloneDX is loaded only for it. */
async function sbomOf(imageRef: string, reportFile: string): Promise<Statement> {
  const report: unknown = JSON.parse(await readFile(reportFile, 'utf8'));
  const { sbomStatement, trivyPackages } = await import('./sbom');
  return sbomStatement(imageRef, trivyPackages(report));
}

/**
 * promote's copy to another repository keeps the digest, so the bundles stay valid there; they are
 * re-attached to the copy, so admission policies that look in the target repository find them.
 */
export async function copyAttestations(
  fromRef: string,
  toRef: string,
  dependencies: Omit<AttestDependencies, 'setSecret'>,
): Promise<number> {
  const bundles = await readBundles(dependencies.registry, fromRef);
  for (const { bundle } of bundles) {
    const payload = bundle.dsseEnvelope?.payload;
    const predicateType = payload
      ? String(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')).predicateType ?? '')
      : '';
    await attachBundle({
      imageRef: toRef,
      bundle,
      predicateType,
      registry: dependencies.registry,
      credentials: dependencies.credentials,
      settleMs: dependencies.settleMs,
    });
  }
  dependencies.log.info(`Copied ${bundles.length} attestation(s) of ${fromRef} to ${toRef}.`);
  return bundles.length;
}

/**
 * gitops-commit's check of a policy's `attestations` (the scan's max-age is the policy's
 * `scan.max-age`), and of its `scan: {require: pass}` (require `['scan']`): repository, owner,
 * signer-workflow and ref compared exactly with the certificate; a legacy `identity` is the SAN
 * exactly, or, starting with `^`, an anchored regular expression. Keyless, a policy that names no
 * signer at all is refused: any workflow could sign. Bundles come from the registry's referrers,
 * or from GitHub's attestations API when `github` is given.
 */
export function policyAttestationVerifier(
  trust: TrustPolicy,
  dependencies: Omit<AttestDependencies, 'setSecret' | 'registry'> & {
    registry?: RegistryClient;
    serverUrl?: string;
    github?: GitHubAttestationStore;
  },
): (imageRef: string, rules: PolicyAttestationRules) => Promise<{ trailer: string }> {
  return async (imageRef, rules) => {
    const unknown = rules.require.find((kind) => !(kind in PREDICATE_TYPES));
    if (unknown)
      throw new AttestationError(`The policy requires a "${unknown}" attestation, which Shipgate cannot verify.`);
    return verifyImageAttestations({
      imageRef,
      registry: dependencies.registry,
      credentials: dependencies.credentials,
      log: dependencies.log,
      ...(dependencies.github ? { github: dependencies.github } : {}),
      trust,
      requirements: {
        ...policyRequirements(rules, trust),
        ...(dependencies.serverUrl ? { serverUrl: dependencies.serverUrl } : {}),
      },
    });
  };
}

/** A policy environment's `attestations`, as gitops-commit hands them over. */
export interface PolicyAttestationRules {
  require: readonly string[];
  repository?: string;
  owner?: string;
  signerWorkflow?: string;
  ref?: string;
  identity?: string;
  scanMaxAgeMs?: number;
}

/** The requirements a policy's `attestations` make, every identity field exact. */
export function policyRequirements(rules: PolicyAttestationRules, trust: TrustPolicy): AttestationRequirements {
  const { identity } = rules;
  const names = identity || rules.repository || rules.owner || rules.signerWorkflow;
  if (trust.mode === 'keyless' && !names) {
    throw new AttestationError(
      "The policy's attestations name no signer (repository, owner, signer-workflow or identity), so a signature by any workflow would count.",
    );
  }
  return {
    require: rules.require as AttestationKind[],
    ...(identity ? { identity: identity.startsWith('^') ? { pattern: identity } : { exact: identity } } : {}),
    ...(rules.repository ? { sourceRepository: rules.repository } : {}),
    ...(rules.owner ? { sourceOwner: rules.owner } : {}),
    ...(rules.signerWorkflow ? { signerWorkflow: rules.signerWorkflow } : {}),
    ...(rules.ref ? { sourceRef: rules.ref } : {}),
    ...(rules.scanMaxAgeMs !== undefined ? { scanMaxAgeMs: rules.scanMaxAgeMs } : {}),
  };
}
