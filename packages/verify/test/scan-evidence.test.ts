/**
 * "Claims taken as text" at verify time: a `Shipgate-Scan: pass` trailer anyone with push access
 * can write satisfied the trailer check (judge.ts read `trail.scan`). `scanEvidenceVerifier` re-derives the
 * claim from signed scan attestations read from GitHub's attestations API (the OpenAPI-checked test
 * server) and verified against @sigstore/mock's trusted root.
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  keylessTrust,
  keyTrust,
  postGitHubAttestation,
  type SigningSettings,
  scanStatement,
  signStatement,
} from '@shipgate/attest';
import {
  ConfigurationError,
  createGitHubClient,
  createMemoryRuntime,
  type GitHubClient,
  InputReader,
} from '@shipgate/core';
import { type EnvironmentRules, parsePolicy } from '@shipgate/policy';
import { trailFromTrailers } from '@shipgate/trail';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { githubClaims, keylessSigning, startSigstore, type TestSigstore } from '../../../test/support/sigstore';
import {
  environmentPathOf,
  isUnverifiable,
  readVerifierTrust,
  type ScanEvidenceOptions,
  scanEvidenceVerifier,
} from '../src';

const SAN = 'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main';
const DAY = 86_400_000;
const digest = (c: string) => `sha256:${c.repeat(64)}`;

const POLICY = parsePolicy(
  `version: 1
environments:
  staging:
    paths: ["apps/*/staging"]
  production:
    paths: ["apps/*/production"]
    scan: { require: pass, max-age: 7d }
  hardened:
    paths: ["apps/*/hardened"]
    scan: { require: pass }
    attestations: { require: [provenance], identity: '^https://github\\.com/acme/web/\\.github/workflows/release\\.yml@' }
`,
  'test policy',
);
const environment = (name: string) => POLICY.environments.find((env) => env.name === name) as EnvironmentRules;
const production = () => environment('production');

describe('scanEvidenceVerifier: a scan pass is a signed attestation of the digest, not a trailer', () => {
  let api: GitHubApi;
  let sigstore: TestSigstore;
  let otherSigstore: TestSigstore;
  let client: GitHubClient;

  beforeAll(async () => {
    [api, sigstore, otherSigstore] = await Promise.all([
      startGitHubApi({ tokens: { 'gh-token': 'github-actions' } }),
      startSigstore(),
      startSigstore(),
    ]);
    client = createGitHubClient({ token: 'gh-token', baseUrl: api.url, log: createMemoryRuntime().log, attempts: 1 });
  });
  afterEach(() => api.assertNoViolations());
  afterAll(async () => {
    await Promise.all([api?.stop(), sigstore?.stop(), otherSigstore?.stop()]);
  });

  const trust = () => keylessTrust(JSON.stringify(sigstore.trustedRoot));
  function verifier(overrides: Partial<ScanEvidenceOptions> = {}) {
    return scanEvidenceVerifier({
      client,
      trust: trust(),
      identity: SAN,
      serverUrl: 'https://github.com',
      ...overrides,
    });
  }
  async function attest(
    hex: string,
    fields: { verdict?: 'pass' | 'fail'; finishedAt?: Date; repository?: string; signing?: SigningSettings } = {},
  ): Promise<void> {
    const statement = scanStatement(`ghcr.io/acme/web@${digest(hex)}`, {
      verdict: fields.verdict ?? 'pass',
      counts: { critical: 0 },
      policy: {},
      scanner: { name: 'trivy', version: '0.58.1' },
      finishedAt: (fields.finishedAt ?? new Date(Date.now() - 60_000)).toISOString(),
    });
    const bundle = await signStatement(statement, fields.signing ?? keylessSigning(sigstore));
    await postGitHubAttestation(client, fields.repository ?? 'acme/web', bundle, createMemoryRuntime().log);
  }
  const reads = () => api.requests.filter((request) => request.operationId === 'repos/list-attestations').length;
  const source = { source: 'acme/web@9b2e1d0' };

  test('a hand-written Shipgate-Scan: pass trailer satisfies the trailer check, but not the evidence', async () => {
    const trailers = [
      { key: 'Shipgate-App', value: 'web' },
      { key: 'Shipgate-Environment', value: 'production' },
      { key: 'Shipgate-Image', value: `ghcr.io/acme/web@${digest('1')}` },
      { key: 'Shipgate-Source', value: 'acme/web@9b2e1d0' },
      { key: 'Shipgate-Scan', value: 'pass; trivy 0.58.1; critical=0 high=0' },
    ];
    const trail = trailFromTrailers(trailers)!;
    const target = environmentPathOf(POLICY, 'apps/web/production/deployment.yaml')!;
    // judge.ts checked the text alone before: `trail.scan` is all a writer had to write.
    expect(trail.scan).toMatch(/^pass;/);
    const problem = await verifier()(digest('1'), target.environment, { source: trail.source });
    expect(problem).toBe(
      `its image ${digest('1')} has no verified scan pass in acme/web (No scan attestation (https://cosign.sigstore.dev/attestation/vuln/v1) is attached to ${digest('1')}), and production requires a signed scan pass`,
    );
    expect(isUnverifiable(problem!)).toBe(false);
  });

  test('a signed pass of the digest verifies; each (repository, digest) is read once for the whole range', async () => {
    await attest('2');
    await attest('3');
    const check = verifier();
    const before = reads();
    const results = await Promise.all(['2', '3', '2', '2', '3'].map((hex) => check(digest(hex), production(), source)));
    expect(results).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(reads() - before).toBe(2);
  });

  test('an environment without a scan rule reads nothing', async () => {
    const before = reads();
    expect(await verifier()(digest('2'), environment('staging'), source)).toBeUndefined();
    expect(reads()).toBe(before);
  });

  test.each([
    [
      'a signed fail',
      '4',
      () => ({ verdict: 'fail' as const }),
      /has verdict fail, not pass\), and production requires/,
    ],
    [
      'a signed pass older than the scan max-age at the deploy',
      '5',
      () => ({ finishedAt: new Date(Date.now() - 8 * DAY) }),
      /is from .*, older than the max-age of 7d\), and production requires/,
    ],
    [
      'a pass signed by another workflow',
      '6',
      () => ({
        signing: keylessSigning(
          sigstore,
          githubClaims({ job_workflow_ref: 'acme/web/.github/workflows/anything.yml@refs/heads/dev' }),
        ),
      }),
      /its certificate SAN is https:\/\/github\.com\/acme\/web\/\.github\/workflows\/anything\.yml@refs\/heads\/dev, not the expected workflow/,
    ],
  ])('%s is a violation', async (_name, hex, fields, expected) => {
    await attest(hex, fields());
    const problem = await verifier()(digest(hex), production(), source);
    expect(problem).toMatch(expected);
    expect(isUnverifiable(problem!)).toBe(false);
  });

  test('a pass signed under another Sigstore is a violation', async () => {
    await attest('7', { signing: keylessSigning(otherSigstore) });
    expect(await verifier()(digest('7'), production(), source)).toMatch(
      /refused: its signature does not verify against the trusted root/,
    );
  });

  test('a pass signed with a key other than verify-key is a violation', async () => {
    const trusted = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await attest('8', { signing: { mode: 'key', privateKey: attacker.privateKey } });
    const keyed = verifier({ trust: keyTrust(trusted.publicKey.export({ format: 'pem', type: 'spki' }).toString()) });
    expect(await keyed(digest('8'), production(), source)).toMatch(/refused: its signature does not verify/);
  });

  test('max-age and order are measured at the deploy: a scan finished after it, or 8 days before it, does not count', async () => {
    const finishedAt = new Date(Date.now() - 3 * DAY);
    await attest('9', { finishedAt });
    const check = verifier();
    expect(await check(digest('9'), production(), { ...source, at: new Date(finishedAt.getTime() + DAY) })).toBe(
      undefined,
    );
    expect(await check(digest('9'), production(), { ...source, at: new Date(finishedAt.getTime() + 8 * DAY) })).toMatch(
      /older than the max-age of 7d/,
    );
    expect(await check(digest('9'), production(), { ...source, at: new Date(finishedAt.getTime() - DAY) })).toMatch(
      /has no valid scanFinishedOn time/,
    );
  });

  test('a Shipgate-Source pointing at a repository the attacker controls, holding a pass their workflow signed', async () => {
    await attest('a', {
      repository: 'mallory/tools',
      signing: keylessSigning(
        sigstore,
        githubClaims({
          repository: 'mallory/tools',
          job_workflow_ref: 'mallory/tools/.github/workflows/ci.yml@refs/heads/main',
        }),
      ),
    });
    expect(await verifier()(digest('a'), production(), { source: 'mallory/tools@1234567' })).toMatch(
      /^its image sha256:a{64} has no verified scan pass in mallory\/tools \(The scan attestation .* is refused: its certificate SAN is https:\/\/github\.com\/mallory\/tools\//,
    );
    // The attestation-repository input pins where bundles are read, whatever the trailer says.
    expect(
      await verifier({ repository: 'acme/web' })(digest('a'), production(), { source: 'mallory/tools@1' }),
    ).toMatch(/has no verified scan pass in acme\/web \(No scan attestation/);
  });

  test("the policy's attestations.identity decides over the input", async () => {
    await attest('b');
    expect(await verifier()(digest('b'), environment('hardened'), source)).toContain(
      'does not match the expected workflow /^https://github\\.com/acme/web/\\.github/workflows/release\\.yml@/',
    );
  });

  test.each([
    [
      'no trust configured',
      { trust: undefined },
      'could not verify its scan: production requires a signed scan pass and no trusted-root or verify-key is configured',
    ],
    [
      'keyless trust without an identity',
      { identity: undefined },
      "could not verify its scan: production requires a signed scan pass and no attestation identity (the policy's attestations or the input attestation-identity) names who may sign it",
    ],
  ])('%s: could not verify, never pass', async (_name, overrides, expected) => {
    await attest('c');
    const problem = await verifier(overrides)(digest('c'), production(), source);
    expect(problem).toBe(expected);
    expect(isUnverifiable(problem!)).toBe(true);
  });

  test('no repository to read from: could not verify', async () => {
    const problem = await verifier()(digest('c'), production(), {});
    expect(problem).toMatch(/^could not verify its scan: .* no repository to read its attestations from/);
  });

  test('an API outage: could not verify, never pass', async () => {
    await attest('d');
    api.failNext({ status: 503, match: { operationId: 'repos/list-attestations' } });
    const check = verifier();
    const problem = await check(digest('d'), production(), source);
    expect(problem).toMatch(
      /^could not verify its scan: reading the attestations of sha256:d{64} in acme\/web failed: /,
    );
  });
});

describe("readVerifierTrust: verify-deployments' trust inputs", () => {
  const read = (inputs: Record<string, string>) => readVerifierTrust(new InputReader(createMemoryRuntime({ inputs })));

  test('nothing set: no trust, so a required scan pass or deploy statement could not be verified', () => {
    expect(read({})).toEqual({ trust: undefined });
  });

  test.each([
    [
      { 'attestation-repository': 'not a repository' },
      'Input "attestation-repository" must be owner/name, got "not a repository".',
    ],
    [
      { 'attestation-identity': '^(unclosed' },
      'Input "attestation-identity" is not a valid regular expression: ^(unclosed',
    ],
    [
      { 'trusted-root': '{"not": "a root"' },
      /^Input "trusted-root" is (neither JSON nor a readable file|not a Sigstore trusted root)/,
    ],
  ])('%j is refused in one sentence naming the input', (inputs, message) => {
    expect(() => read(inputs)).toThrow(ConfigurationError);
    expect(() => read(inputs)).toThrow(message);
  });
});
