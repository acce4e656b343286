import { readFileSync } from 'node:fs';
import { ConfigurationError, type GitHubContext, type InputReader, type Logger } from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import { type AttestSettings, type GitHubAttestationStore, policyAttestationVerifier } from './pipeline';
import { type KeylessSigning, PUBLIC_GOOD_FULCIO_URL, PUBLIC_GOOD_REKOR_URL, parseSigningKey } from './sign';
import { type AttestationKind, PREDICATE_TYPES, type WorkflowRun } from './statement';
import { keylessTrust, keyTrust, type TrustPolicy } from './trust';
import type { AttestationRequirements } from './verify';

interface InputContext {
  inputs: InputReader;
  env: Readonly<Record<string, string | undefined>>;
  context: GitHubContext;
  setSecret: (secret: string | undefined) => void;
  /** The runtime's `idToken`: asked only when a statement is signed keyless. */
  idToken: (audience: string) => Promise<string>;
}

/**
 * The signing inputs build-image and scan-image share: `attest` (`auto`: on when the job has an
 * OIDC token or a signing-key is given), `signing-key` (+ `signing-key-passphrase`), `fulcio-url`,
 * `rekor-url`, `tsa-url`. The key is masked line by line before anything else reads it.
 */
export function readAttestSettings({
  inputs,
  env,
  context,
  setSecret,
  idToken,
}: InputContext): AttestSettings | undefined {
  const key = inputs.optional('signing-key');
  // The runner masks one line per value: each line of a PEM body is masked on its own.
  for (const line of key?.split(/\r?\n/) ?? [])
    if (line.trim().length > 8 && !line.startsWith('-----')) setSecret(line.trim());
  setSecret(key);
  const passphrase = inputs.optional('signing-key-passphrase');
  setSecret(passphrase);
  const mode = inputs.string('attest', 'auto');
  if (!['auto', 'true', 'false'].includes(mode)) {
    throw new ConfigurationError(`Input "attest" must be auto, true or false, got "${mode}".`);
  }
  const hasIdToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const githubToken = inputs.optional('github-token');
  setSecret(githubToken);
  if (mode === 'false' || (mode === 'auto' && !key && !hasIdToken)) return undefined;
  // GitHub's attestations API too, when there is a token and a repository to store them in.
  const github =
    githubToken && context.repository
      ? { github: { token: githubToken, apiUrl: context.apiUrl, repository: context.repository } }
      : {};
  if (key) {
    return {
      signing: 'key',
      privateKey: parseSigningKey(key, passphrase),
      run: runFromContext(context, env),
      ...github,
    };
  }
  if (!hasIdToken) {
    throw new ConfigurationError(
      'Input "attest" is true, but the job has no OIDC token (grant "permissions: id-token: write") and no "signing-key" is set.',
    );
  }
  const url = (name: string, fallback: string) => {
    const value = inputs.string(name, fallback);
    if (value && !/^https?:\/\/[^\s/]+/.test(value))
      throw new ConfigurationError(`Input "${name}" must be an http(s) URL, got "${value}".`);
    return value || undefined;
  };
  return {
    signing: 'keyless',
    fulcioUrl: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL)!,
    rekorUrl: url('rekor-url', PUBLIC_GOOD_REKOR_URL),
    tsaUrl: url('tsa-url', ''),
    idToken,
    serverUrl: context.serverUrl,
    ...github,
  };
}

/**
 * gitops-commit's deploy statement signing (keyless only: the certificate must name the run):
 * `deploy-statement` (`auto`: sign the deploys that count an environment review, when the job has
 * an OIDC token; `true`: sign every deploy, and require a token; `false`: never), `fulcio-url`,
 * `rekor-url`, `tsa-url`. The token is requested only when a statement is signed, and masked.
 */
export function readDeployStatementSigning({
  inputs,
  env,
  setSecret,
  idToken,
}: Pick<InputContext, 'inputs' | 'env' | 'setSecret' | 'idToken'>):
  | { signing: KeylessSigning; always: boolean }
  | undefined {
  const mode = inputs.string('deploy-statement', 'auto');
  if (!['auto', 'true', 'false'].includes(mode)) {
    throw new ConfigurationError(`Input "deploy-statement" must be auto, true or false, got "${mode}".`);
  }
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  setSecret(requestToken);
  if (mode === 'false' || (mode === 'auto' && !(requestUrl && requestToken))) return undefined;
  if (!requestUrl || !requestToken) {
    throw new ConfigurationError(
      'Input "deploy-statement" is true, but the job has no OIDC token (grant "permissions: id-token: write").',
    );
  }
  const url = (name: string, fallback: string) => {
    const value = inputs.string(name, fallback);
    if (value && !/^https?:\/\/[^\s/]+/.test(value))
      throw new ConfigurationError(`Input "${name}" must be an http(s) URL, got "${value}".`);
    return value || undefined;
  };
  const rekorUrl = url('rekor-url', PUBLIC_GOOD_REKOR_URL);
  const tsaUrl = url('tsa-url', '');
  let token: Promise<string> | undefined;
  return {
    always: mode === 'true',
    signing: {
      mode: 'keyless',
      fulcioUrl: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL)!,
      ...(rekorUrl ? { rekorUrl } : {}),
      ...(tsaUrl ? { tsaUrl } : {}),
      identityToken: () => {
        token ??= idToken('sigstore').then((value) => {
          setSecret(value);
          return value;
        });
        return token;
      },
    },
  };
}

function runFromContext(context: GitHubContext, env: Readonly<Record<string, string | undefined>>): WorkflowRun {
  return {
    serverUrl: context.serverUrl,
    repository: context.repository,
    repositoryId: env.GITHUB_REPOSITORY_ID ?? '',
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
    ref: context.ref,
    sha: context.sha,
    eventName: context.eventName,
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    runnerEnvironment: env.RUNNER_ENVIRONMENT ?? '',
    runId: context.runId,
    runAttempt: context.runAttempt,
  };
}

export interface VerifySettings {
  trust: TrustPolicy;
  requirements: AttestationRequirements;
  /** Read from GitHub's attestations API (`attestations-from: github`) instead of the registry. */
  github?: GitHubAttestationStore;
}

/**
 * Who must have signed: `attestation-identity` (the signer workflow: exact, or a regular expression
 * when it starts with `^`) and `attestation-repository` (owner/name), each checked for its form.
 */
export function readSignerInputs(inputs: InputReader): { identity?: string; repository?: string } {
  const identity = inputs.optional('attestation-identity');
  if (identity?.startsWith('^')) {
    try {
      new RegExp(identity);
    } catch {
      throw new ConfigurationError(`Input "attestation-identity" is not a valid regular expression: ${identity}`);
    }
  }
  const repository = inputs.optional('attestation-repository');
  if (repository && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new ConfigurationError(`Input "attestation-repository" must be owner/name, got "${repository}".`);
  }
  return { ...(identity ? { identity } : {}), ...(repository ? { repository } : {}) };
}

/**
 * promote's verification inputs: `verify-attestations` (provenance, scan; empty = off),
 * `trusted-root` (a file, or the JSON) or `verify-key` (a PEM public key), `attestation-identity`
 * (the signer workflow: exact, or a regex when it starts with `^`), `attestation-issuer`,
 * `attestation-repository` (owner/name; its owner is required too) and `scan-max-age`.
 */
export function readVerifySettings({
  inputs,
  context,
}: Pick<InputContext, 'inputs' | 'context'>): VerifySettings | undefined {
  const kinds = inputs.list('verify-attestations');
  if (kinds.length === 0) return undefined;
  for (const kind of kinds) {
    if (!(kind in PREDICATE_TYPES)) {
      throw new ConfigurationError(`Input "verify-attestations" lists "${kind}"; it takes provenance, scan and sbom.`);
    }
  }
  const trust = readTrust(inputs);
  if (!trust) {
    throw new ConfigurationError(
      'Input "verify-attestations" needs "trusted-root" (keyless bundles) or "verify-key" (key-signed ones).',
    );
  }
  const { identity, repository } = readSignerInputs(inputs);
  if (trust.mode === 'keyless' && !identity) {
    throw new ConfigurationError(
      'Input "attestation-identity" is required with "trusted-root": name the workflow that must have signed.',
    );
  }
  const maxAge = inputs.optional('scan-max-age');
  const from = inputs.string('attestations-from', 'registry');
  if (from !== 'registry' && from !== 'github') {
    throw new ConfigurationError(`Input "attestations-from" must be registry or github, got "${from}".`);
  }
  const githubToken = inputs.optional('github-token');
  if (from === 'github' && (!githubToken || !repository)) {
    throw new ConfigurationError(
      'Input "attestations-from" is github, which needs "github-token" and "attestation-repository" (the repository holding them).',
    );
  }
  return {
    ...(from === 'github' ? { github: { token: githubToken!, apiUrl: context.apiUrl, repository: repository! } } : {}),
    trust,
    requirements: {
      require: kinds as AttestationKind[],
      identity: identity ? (identity.startsWith('^') ? { pattern: identity } : { exact: identity }) : undefined,
      issuer: inputs.string('attestation-issuer', 'https://token.actions.githubusercontent.com'),
      sourceRepository: repository,
      sourceOwner: repository?.split('/')[0],
      serverUrl: context.serverUrl,
      scanMaxAgeMs: maxAge ? parseMaxAge(maxAge, 'scan-max-age') : undefined,
    },
  };
}

/**
 * The verifier of the GitOps policy's `attestations` and `scan: {require: pass}` rules for a
 * writer (gitops-commit, rollback): `trusted-root` or `verify-key`, and the registry the bundles
 * are read from (`registry-username`, `registry-password`, `tls-verify`). Undefined without trust:
 * a deploy the policy asks evidence of is then refused, naming these inputs.
 */
export function readPolicyAttestationVerifier({
  inputs,
  setSecret,
  log,
  serverUrl,
}: {
  inputs: InputReader;
  setSecret: (secret: string | undefined) => void;
  log: Logger;
  serverUrl: string;
}): ReturnType<typeof policyAttestationVerifier> | undefined {
  const username = inputs.optional('registry-username');
  const password = inputs.optional('registry-password');
  setSecret(password);
  if (Boolean(username) !== Boolean(password)) {
    throw new ConfigurationError('Inputs "registry-username" and "registry-password" must be given together.');
  }
  const credentials = username && password ? { username, password } : undefined;
  const trust = readTrust(inputs);
  if (!trust) return undefined;
  const registry = new RegistryClient({
    log,
    insecure: !inputs.boolean('tls-verify', true),
    credentials: () => credentials,
  });
  return policyAttestationVerifier(trust, { registry, credentials, log, serverUrl });
}

/** `verify-key` (a PEM public key) or `trusted-root` (a file or the JSON); undefined when neither is set. */
export function readTrust(inputs: InputReader): TrustPolicy | undefined {
  const key = inputs.optional('verify-key');
  const root = inputs.optional('trusted-root');
  if (key && root) throw new ConfigurationError('Inputs "verify-key" and "trusted-root" exclude each other; give one.');
  if (key) return keyTrust(key);
  return root ? keylessTrust(readJsonOrFile(root, 'trusted-root'), 'trusted-root') : undefined;
}

function readJsonOrFile(value: string, input: string): string {
  if (value.trimStart().startsWith('{')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch {
    throw new ConfigurationError(`Input "${input}" is neither JSON nor a readable file: ${value}`);
  }
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90m`, `24h`, `7d` → milliseconds. */
export function parseMaxAge(value: string, input: string): number {
  const match = /^(\d+)\s*([mhd])$/.exec(value.trim());
  if (!match || Number(match[1]) === 0) {
    throw new ConfigurationError(`Input "${input}" must be a duration like 90m, 24h or 7d, got "${value}".`);
  }
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}
