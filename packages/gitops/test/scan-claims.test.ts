/**
 * "Claims taken as text" at commit time: where the policy requires a scan pass, a hand-written
 * scan record, the free-text `scan` input or no trust at all must not satisfy it; only a signed
 * scan attestation of every deployed digest (verdict pass, within the policy's scan max-age by its
 * signed time, signed by the policy's identity and verified against the trusted root) counts. Over
 * the real git server, the OpenAPI-checked GitHub API test server (where the bundles are stored, as
 * actions/attest stores them) and @sigstore/mock's Fulcio, Rekor and TSA.
 */

import { generateKeyPairSync } from 'node:crypto';
import { rm } from 'node:fs/promises';
import {
  keylessTrust,
  keyTrust,
  policyAttestationVerifier,
  postGitHubAttestation,
  provenanceStatement,
  type SigningSettings,
  type Statement,
  scanStatement,
  signStatement,
  workflowRunFromClaims,
} from '@shipgate/attest';
import { createGitHubClient, createMemoryRuntime, type GitHubClient } from '@shipgate/core';
import type { ScanRecord } from '@shipgate/scan';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { deployCall, type FlatDeploy } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { githubClaims, keylessSigning, startSigstore, type TestSigstore } from '../../../test/support/sigstore';
import { deployToGitOps } from '../src/deploy';
import { deployOptions, makeSourceDir, recordingRuntime } from './support';

const HEX = (c: string) => c.repeat(64);
const image = (c: string) => `ghcr.io/acme/web@sha256:${HEX(c)}`;
const IDENTITY = '^https://github\\.com/acme/web/\\.github/workflows/ci\\.yml@refs/heads/main$';
const DAY = 86_400_000;

const POLICY = `version: 1
environments:
  production:
    paths: ["apps/*/production"]
    scan: { require: pass, max-age: 7d }
    attestations: { require: [provenance], identity: '${IDENTITY}' }
  preprod:
    paths: ["apps/*/preprod"]
    scan: { require: pass }
`;

function deployment(main: string, sidecar?: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ${main}
${sidecar ? `        - name: sidecar\n          image: ${sidecar}\n` : ''}`;
}

/** A scan record as any job step can write it: bound, fresh, pass. */
function handWrittenRecord(imageRef: string): ScanRecord {
  const digest = imageRef.slice(imageRef.indexOf('@') + 1);
  return {
    schema: 'shipgate.dev/scan-record/v1',
    imageRef,
    digest,
    scanner: { name: 'trivy', version: '0.58.1' },
    policy: { severityThreshold: 'high', reportThreshold: 'low', ignoreUnfixed: false },
    counts: { critical: 0, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 },
    violations: [],
    ignored: [],
    verdict: 'pass',
    report: { sha256: HEX('f'), digests: [digest] },
    binding: 'bound',
    createdAt: new Date().toISOString(),
  };
}

describe('a scan pass the policy requires is a signed attestation of the digest, not text', () => {
  let server: GitServer;
  let api: GitHubApi;
  let sigstore: TestSigstore;
  let otherSigstore: TestSigstore;
  let url: string;
  const cleanup: string[] = [];
  let client: GitHubClient;

  beforeAll(async () => {
    [server, api, sigstore, otherSigstore] = await Promise.all([
      startGitServer({ token: 'gst_scan_claims_4e2a' }),
      startGitHubApi({ tokens: { 'gh-token': 'github-actions' } }),
      startSigstore(),
      startSigstore(),
    ]);
    url = await server.createRepo('gitops', { files: { '.shipgate/policy.yaml': POLICY, 'README.md': '# gitops\n' } });
    client = createGitHubClient({ token: 'gh-token', baseUrl: api.url, log: createMemoryRuntime().log });
  });
  afterEach(() => api.assertNoViolations());
  afterAll(async () => {
    await Promise.all([api?.stop(), server?.stop(), sigstore?.stop(), otherSigstore?.stop()]);
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  /** Signs `statement` (with the CI workflow's identity unless told otherwise) and stores it in acme/web's attestations. */
  async function attest(statement: Statement, signing: SigningSettings = keylessSigning(sigstore)): Promise<void> {
    const bundle = await signStatement(statement, signing);
    await postGitHubAttestation(client, 'acme/web', bundle, createMemoryRuntime().log);
  }
  const provenance = (ref: string) =>
    provenanceStatement(ref, workflowRunFromClaims(githubClaims(), 'https://github.com'));
  const scan = (ref: string, verdict: 'pass' | 'fail' = 'pass', finishedAt = new Date(Date.now() - 60_000)) =>
    scanStatement(ref, {
      verdict,
      counts: { critical: verdict === 'pass' ? 0 : 1 },
      policy: { severityThreshold: 'high' },
      scanner: { name: 'trivy', version: '0.58.1' },
      finishedAt: finishedAt.toISOString(),
    });

  function verifier(trust = keylessTrust(JSON.stringify(sigstore.trustedRoot))) {
    return policyAttestationVerifier(trust, {
      log: createMemoryRuntime().log,
      github: { token: 'gh-token', apiUrl: api.url, repository: 'acme/web' },
    });
  }

  async function options(
    images: string[],
    overrides: Partial<Omit<FlatDeploy, 'exec' | 'log' | 'setSecret'>> = {},
  ): Promise<FlatDeploy> {
    const dir = await makeSourceDir({ 'deployment.yaml': deployment(images[0]!, images[1]) });
    cleanup.push(dir);
    return deployOptions(recordingRuntime(), {
      repository: url,
      token: server.token,
      app: 'web',
      environment: 'production',
      sourceDir: dir,
      imageRefs: images,
      requireApproval: undefined,
      verifyAttestations: verifier(),
      ...overrides,
    });
  }

  const tip = () => server.git('gitops', ['rev-parse', 'main']);
  async function expectRefused(deploy: FlatDeploy, message: string | RegExp): Promise<void> {
    const before = await tip();
    await expect(deployToGitOps(...deployCall(deploy))).rejects.toThrow(message);
    expect(await tip()).toBe(before);
  }

  // Each image below gets provenance (the policy's `attestations` rule) but only what the case names for scan.
  test('a hand-written scan record (bound, fresh, pass) and no scan attestation', async () => {
    const ref = image('1');
    await attest(provenance(ref));
    await expectRefused(
      await options([ref], { scanRecord: handWrittenRecord(ref) }),
      `No scan attestation (https://cosign.sigstore.dev/attestation/vuln/v1) is attached to sha256:${HEX('1')}.`,
    );
  });

  test('the free-text scan input "pass" and no scan attestation', async () => {
    const ref = image('2');
    await attest(provenance(ref));
    await expectRefused(
      await options([ref], { environment: 'production', scan: 'pass; trivy 0.58.1; critical=0 high=0' }),
      /^No scan attestation .* is attached to sha256:2{64}\.$/,
    );
  });

  test('keyless, a policy that requires a scan pass but names no signer refuses: any workflow could sign', async () => {
    const ref = image('2');
    await attest(scan(ref));
    await expectRefused(
      await options([ref], { environment: 'preprod', scan: 'pass; trivy 0.58.1; critical=0 high=0' }),
      /name no signer/,
    );
  });

  test('no trust configured while the policy requires a scan pass, with a pass record', async () => {
    const ref = image('3');
    await attest(provenance(ref));
    await attest(scan(ref));
    await expectRefused(
      await options([ref], {
        environment: 'preprod',
        scanRecord: handWrittenRecord(ref),
        verifyAttestations: undefined,
      }),
      'Input "trusted-root" or "verify-key" is required: the policy requires a signed scan pass for environment "preprod".',
    );
  });

  test('a signed scan attestation whose verdict is fail, beside a hand-written pass record', async () => {
    const ref = image('4');
    await attest(provenance(ref));
    await attest(scan(ref, 'fail'));
    await expectRefused(
      await options([ref], { scanRecord: handWrittenRecord(ref) }),
      `The newest scan attestation of sha256:${HEX('4')} has verdict fail, not pass.`,
    );
  });

  test('an older signed pass does not outvote a newer signed fail', async () => {
    const ref = image('5');
    await attest(provenance(ref));
    await attest(scan(ref, 'pass', new Date(Date.now() - DAY)));
    await attest(scan(ref, 'fail'));
    await expectRefused(await options([ref]), /has verdict fail, not pass\.$/);
  });

  test('a signed pass older than the policy scan max-age (7d) by its signed time', async () => {
    const ref = image('6');
    await attest(provenance(ref));
    await attest(scan(ref, 'pass', new Date(Date.now() - 8 * DAY)));
    await expectRefused(
      await options([ref], { scanRecord: handWrittenRecord(ref) }),
      /^The newest scan attestation of sha256:6{64} is from .*, older than the max-age of 7d\.$/,
    );
  });

  test('a pass signed by another workflow than the policy identity', async () => {
    const ref = image('7');
    await attest(provenance(ref));
    await attest(
      scan(ref),
      keylessSigning(
        sigstore,
        githubClaims({ job_workflow_ref: 'acme/web/.github/workflows/scan-anything.yml@refs/heads/dev' }),
      ),
    );
    await expectRefused(
      await options([ref]),
      /^The scan attestation of sha256:7{64} is refused: its certificate SAN .* does not match the expected workflow/,
    );
  });

  test('a pass signed under another Sigstore (not the trusted root)', async () => {
    const ref = image('8');
    await attest(provenance(ref));
    await attest(scan(ref), keylessSigning(otherSigstore));
    await expectRefused(
      await options([ref]),
      /^The scan attestation of sha256:8{64} is refused: its signature does not verify against the trusted root/,
    );
  });

  test('a pass signed with a key other than the trusted verify-key', async () => {
    const ref = image('9');
    const trusted = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await attest(provenance(ref), { mode: 'key', privateKey: trusted.privateKey });
    await attest(scan(ref), { mode: 'key', privateKey: attacker.privateKey });
    const trust = keyTrust(trusted.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    await expectRefused(
      await options([ref], { scanRecord: handWrittenRecord(ref), verifyAttestations: verifier(trust) }),
      /^The scan attestation of sha256:9{64} is refused: its signature does not verify/,
    );
  });

  test('every deployed digest needs its own signed pass: a sidecar with only a hand-written record', async () => {
    const [main, sidecar] = [image('c'), image('d')];
    for (const ref of [main, sidecar]) await attest(provenance(ref));
    await attest(scan(main));
    await expectRefused(
      await options([main, sidecar], { scanRecord: handWrittenRecord(main) }),
      /^No scan attestation .* is attached to sha256:d{64}\.$/,
    );
  });

  test('a signed pass of each digest lands, with no record or scan input at all, and the commit names what was verified', async () => {
    const [main, sidecar] = [image('e'), image('b')];
    for (const ref of [main, sidecar]) {
      await attest(provenance(ref));
      await attest(scan(ref));
    }
    const result = await deployToGitOps(...deployCall(await options([main, sidecar])));
    expect(result.changed).toBe(true);
    const message = await server.git('gitops', ['log', '-1', '--format=%B', 'main']);
    for (const hex of [HEX('e'), HEX('b')]) {
      expect(message).toMatch(
        new RegExp(`Shipgate-Attestations: sha256:${hex} scan \\(pass [^)]+\\); signer https://github\\.com/acme/web/`),
      );
    }
  });
});
