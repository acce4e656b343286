/**
 * Signed provenance and scan attestations end to end, on real parts where they run here: buildah
 * builds, Debian's registry stores the bundles as OCI referrers, git http-backend serves the GitOps
 * repository, and @sigstore/mock stands in for Fulcio, Rekor and the TSA (with a fake OIDC token
 * endpoint). build-image and scan-image run as bundles and attach; promote verifies before it
 * copies anything, and refuses each broken case with one sentence naming the rule.
 */
import { generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  attachBundle,
  provenanceStatement,
  readBundles,
  type SigningSettings,
  type Statement,
  scanStatement,
  signStatement,
  workflowRunFromClaims,
} from '@shipgate/attest';
import { createMemoryRuntime, runAction } from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import { buildCommitMessage } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as gitopsCommit } from '../../actions/gitops-commit/src/main';
import { run as promote } from '../../actions/promote/src/main';
import { pushSmallImage } from '../../packages/gitops/test/promote-image';
import { recordedTrivyReport } from '../e2e/recorded-scan';
import { type GitServer, startGitServer } from '../support/git-server';
import { type GitHubApi, startGitHubApi } from '../support/github-api';
import { startRegistry, type TestRegistry } from '../support/registry';
import { runActionBundle } from '../support/run-action-bundle';
import {
  githubClaims,
  keylessSigning,
  oidcEnvironment,
  sigstoreInputs,
  startSigstore,
  type TestSigstore,
} from '../support/sigstore';

const BUILDAH_TEST_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };
const SAN = 'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main';
const client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });

let registry: TestRegistry;
let git: GitServer;
let sigstore: TestSigstore;
let otherSigstore: TestSigstore;
let workspace: string;
let trustedRootFile: string;

beforeAll(async () => {
  [registry, git, sigstore, otherSigstore] = await Promise.all([
    startRegistry(),
    startGitServer(),
    startSigstore(),
    startSigstore(),
  ]);
  workspace = await mkdtemp(join(tmpdir(), 'supply-chain-ws-'));
  await copyFile('/bin/busybox', join(workspace, 'busybox'));
  await writeFile(join(workspace, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\n');
  trustedRootFile = join(workspace, 'trusted-root.json');
  await writeFile(trustedRootFile, JSON.stringify(sigstore.trustedRoot));
});
afterAll(async () => {
  await Promise.all([registry?.stop(), git?.stop(), sigstore?.stop(), otherSigstore?.stop()]);
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

/** A GitOps repository whose staging environment runs `imageRef` for each app. */
async function gitopsWith(deployments: Record<string, string>): Promise<string> {
  return git.createRepo(`gitops-${Object.keys(deployments).join('-')}`, {
    files: { 'README.md': 'GitOps\n' },
    commits: Object.entries(deployments).map(([app, imageRef], index) => ({
      date: `2026-11-20T1${index}:00:00Z`,
      files: { [`apps/${app}/staging/deployment.yaml`]: 'apiVersion: v1\nkind: Deployment\n' },
      message: buildCommitMessage('', {
        app,
        environment: 'staging',
        imageRefs: [imageRef],
        source: 'acme/web@1111111',
        scan: 'pass; trivy 0.58.1; critical=0 high=0',
        approvedBy: [],
      }),
    })),
  });
}

function verifyInputs(): Record<string, string> {
  return {
    'verify-attestations': 'provenance, scan',
    'trusted-root': trustedRootFile,
    'attestation-identity': SAN,
    'attestation-repository': 'acme/web',
    'scan-max-age': '7d',
  };
}

describe('build-image → scan-image → promote, keyless against the Sigstore stand-in', () => {
  test('build-image and scan-image attach verifiable bundles; promote verifies them and reports what it verified', async () => {
    const built = await runActionBundle(
      'build-image',
      { image: `${registry.host}/acme/web`, 'tls-verify': 'false', ...sigstoreInputs(sigstore) },
      { workspace, env: { ...BUILDAH_TEST_ENV, ...oidcEnvironment(sigstore) } },
    );
    expect(built.exitCode, built.log).toBe(0);
    const imageRef = built.outputs['image-ref']!;
    expect(built.outputs.attestations).toMatch(new RegExp(`^${registry.host}/acme/web@sha256:[0-9a-f]{64}$`));
    expect(built.summary).toContain('Provenance');
    for (const token of sigstore.issuedTokens) expect(built.log).not.toContain(token);
    expect(built.masked).toContain(sigstore.tokenRequestToken);

    await writeFile(join(workspace, 'report.json'), JSON.stringify(recordedTrivyReport(imageRef)));
    const scanned = await runActionBundle(
      'scan-image',
      { 'image-ref': imageRef, report: 'report.json', 'tls-verify': 'false', ...sigstoreInputs(sigstore) },
      { workspace, env: oidcEnvironment(sigstore) },
    );
    expect(scanned.exitCode, scanned.log).toBe(0);
    expect(scanned.outputs.verdict).toBe('pass');
    expect(scanned.outputs.attestations).toMatch(/@sha256:[0-9a-f]{64}$/);

    const repository = await gitopsWith({ web: imageRef });
    const promoted = await runActionBundle('promote', {
      app: 'web',
      'from-environment': 'staging',
      'to-environment': 'production',
      'to-image': `${registry.host}/production/web`,
      'tls-verify': 'false',
      repository,
      token: git.token,
      ...verifyInputs(),
    });
    expect(promoted.exitCode, promoted.log).toBe(0);
    expect(promoted.outputs.attestations).toMatch(
      new RegExp(`^provenance, scan \\(pass [^)]+\\); signer ${SAN.replace(/\./g, '\\.')}$`),
    );
    expect(promoted.outputs['image-ref']).toBe(`${registry.host}/production/web@${imageRef.split('@')[1]}`);
    expect(promoted.summary).toContain('attestations verified');
    // The copy in production/web carries the bundles too, where admission policies look for them.
    const copied = await readBundles(client, promoted.outputs['image-ref']!);
    expect(copied).toHaveLength(2);
  });
});

describe('promote refuses, naming the rule, and writes nothing', () => {
  const cases: Array<{
    app: string;
    statements: (
      imageRef: string,
      other: string,
    ) => Array<{ statement: Statement; signing?: SigningSettings; tamper?: boolean }>;
    inputs?: Record<string, string>;
    refusal: RegExp;
  }> = [
    {
      app: 'wrong-san',
      statements: (ref) => [
        {
          statement: provenance(ref),
          signing: keylessSigning(
            sigstore,
            githubClaims({ job_workflow_ref: 'acme/web/.github/workflows/other.yml@refs/heads/dev' }),
          ),
        },
        { statement: scan(ref) },
      ],
      refusal:
        /^The provenance attestation of sha256:[0-9a-f]{64} is refused: its certificate SAN is https:\/\/github\.com\/acme\/web\/\.github\/workflows\/other\.yml@refs\/heads\/dev, not the expected workflow https:\/\/github\.com\/acme\/web\/\.github\/workflows\/ci\.yml@refs\/heads\/main\.$/,
    },
    {
      app: 'wrong-issuer',
      statements: (ref) => [
        {
          statement: provenance(ref),
          signing: keylessSigning(sigstore, githubClaims({ iss: 'https://accounts.example.com' })),
        },
        { statement: scan(ref) },
      ],
      refusal:
        /is refused: its certificate issuer is https:\/\/accounts\.example\.com, not https:\/\/token\.actions\.githubusercontent\.com\.$/,
    },
    {
      app: 'other-ca',
      statements: (ref) => [
        { statement: provenance(ref), signing: keylessSigning(otherSigstore) },
        { statement: scan(ref) },
      ],
      refusal:
        /^The provenance attestation of sha256:[0-9a-f]{64} is refused: its signature does not verify against the trusted root \(.+\)\.$/,
    },
    {
      app: 'tampered',
      statements: (ref) => [{ statement: provenance(ref), tamper: true }, { statement: scan(ref) }],
      refusal: /is refused: its signature does not verify against the trusted root/,
    },
    {
      app: 'other-digest',
      statements: (ref, other) => [{ statement: provenance(other) }, { statement: scan(ref) }],
      refusal:
        /^The provenance attestation of sha256:[0-9a-f]{64} is refused: its statement is about another digest, not sha256:[0-9a-f]{64}\.$/,
    },
    {
      app: 'no-scan',
      statements: (ref) => [{ statement: provenance(ref) }],
      refusal:
        /^No scan attestation \(https:\/\/cosign\.sigstore\.dev\/attestation\/vuln\/v1\) is attached to sha256:[0-9a-f]{64}\.$/,
    },
    {
      app: 'failed-scan',
      statements: (ref) => [{ statement: provenance(ref) }, { statement: scan(ref, 'fail') }],
      refusal: /^The newest scan attestation of sha256:[0-9a-f]{64} has verdict fail, not pass\.$/,
    },
    {
      app: 'expired-scan',
      statements: (ref) => [{ statement: provenance(ref) }, { statement: scan(ref, 'pass', 8) }],
      refusal: /^The newest scan attestation of sha256:[0-9a-f]{64} is from .+, older than the max-age of 7d\.$/,
    },
  ];
  const images: Record<string, string> = {};
  let repository: string;

  beforeAll(async () => {
    const other = await pushSmallImage(registry.host, 'staging/elsewhere', 'elsewhere');
    for (const entry of cases) {
      const imageRef = await pushSmallImage(registry.host, `staging/${entry.app}`, entry.app);
      images[entry.app] = imageRef;
      for (const { statement, signing, tamper } of entry.statements(imageRef, other)) {
        let bundle = await signStatement(statement, signing ?? keylessSigning(sigstore));
        if (tamper) bundle = tamperWith(bundle);
        await attachBundle({ imageRef, bundle, predicateType: statement.predicateType, registry: client, settleMs: 0 });
      }
    }
    repository = await gitopsWith(images);
  });

  test.each(cases.map((entry) => [entry.app, entry] as const))('%s', async (app, entry) => {
    const runtime = createMemoryRuntime({
      inputs: {
        app,
        'from-environment': 'staging',
        'to-environment': 'production',
        'to-image': `${registry.host}/production/${app}`,
        'tls-verify': 'false',
        repository,
        token: git.token,
        ...verifyInputs(),
        ...entry.inputs,
      },
    });
    await expect(promote(runtime)).rejects.toThrow(entry.refusal);
    expect(runtime.outputs).toEqual({});
    const digest = images[app]!.split('@')[1];
    expect(await client.headManifest(`${registry.host}/production/${app}@${digest}`)).toBeUndefined();
  });
});

describe('key-based signing', () => {
  test('build-image signs with signing-key; promote verifies with the public key; the key is in no log, argv or file left behind', async () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const privatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const runnerTemp = await mkdtemp(join(tmpdir(), 'supply-chain-temp-'));
    const built = await runActionBundle(
      'build-image',
      { image: `${registry.host}/acme/keyed`, 'tls-verify': 'false', 'signing-key': privatePem },
      { workspace, runnerTemp, env: BUILDAH_TEST_ENV },
    );
    expect(built.exitCode, built.log).toBe(0);
    const imageRef = built.outputs['image-ref']!;
    const keyBody = privatePem.split('\n').slice(1, -2).join('');
    const keyLines = privatePem.split('\n').filter((text) => text.length > 20 && !text.startsWith('-----'));
    // The raw streams hold the key only in the ::add-mask:: commands the runner consumes.
    const rawWithoutMasks = `${built.stdout}\n${built.stderr}`.replace(/^::add-mask::.*$/gm, '');
    for (const line of keyLines) {
      expect(built.log).not.toContain(line);
      expect(rawWithoutMasks).not.toContain(line);
    }
    expect(await filesContaining(runnerTemp, keyBody.slice(0, 40))).toEqual([]);
    expect(await filesContaining(workspace, keyBody.slice(0, 40))).toEqual([]);

    await writeFile(join(workspace, 'report.json'), JSON.stringify(recordedTrivyReport(imageRef)));
    const scanned = await runActionBundle(
      'scan-image',
      { 'image-ref': imageRef, report: 'report.json', 'tls-verify': 'false', 'signing-key': privatePem },
      { workspace },
    );
    expect(scanned.exitCode, scanned.log).toBe(0);

    const repository = await gitopsWith({ keyed: imageRef });
    const promoteKeyed = (verifyKey: string, kinds: string) =>
      runActionBundle('promote', {
        app: 'keyed',
        'from-environment': 'staging',
        'to-environment': 'production',
        'tls-verify': 'false',
        repository,
        token: git.token,
        'verify-attestations': kinds,
        'verify-key': verifyKey,
      });
    const verified = await promoteKeyed(publicPem, 'provenance, scan');
    expect(verified.exitCode, verified.log).toBe(0);
    expect(verified.outputs.attestations).toMatch(/^provenance, scan \(pass [^)]+\); signer key [0-9a-f]{16}$/);

    const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ format: 'pem', type: 'spki' })
      .toString();
    const refused = await promoteKeyed(otherKey, 'provenance');
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(
        /^The provenance attestation of sha256:[0-9a-f]{64} is refused: its signature does not verify/,
      ),
    ]);
    expect(refused.outputs['image-ref']).toBeUndefined();
    await rm(runnerTemp, { recursive: true, force: true });
  });
});

function provenance(imageRef: string, claims = githubClaims()): Statement {
  return provenanceStatement(imageRef, workflowRunFromClaims(claims, 'https://github.com'));
}

function scan(imageRef: string, verdict: 'pass' | 'fail' = 'pass', daysAgo = 0): Statement {
  return scanStatement(imageRef, {
    verdict,
    counts: { critical: 0, high: verdict === 'pass' ? 0 : 3 },
    policy: { severityThreshold: 'high' },
    scanner: { name: 'trivy', version: '0.58.1' },
    finishedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
  });
}

/** The same signature over a statement that now claims another builder. */
function tamperWith<T extends { dsseEnvelope?: { payload: string } }>(bundle: T): T {
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope!.payload, 'base64').toString('utf8'));
  statement.predicate.runDetails.builder.id = 'https://github.com/mallory/web/.github/workflows/ci.yml@refs/heads/main';
  return {
    ...bundle,
    dsseEnvelope: { ...bundle.dsseEnvelope!, payload: Buffer.from(JSON.stringify(statement)).toString('base64') },
  };
}

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path).catch(() => Buffer.alloc(0));
    if (text.includes(needle)) found.push(path);
  }
  return found;
}

describe('gitops-commit under a policy that requires attestations', () => {
  const policy = [
    'version: 1',
    'environments:',
    '  qa:',
    '    paths: ["apps/*/qa"]',
    '    attestations:',
    '      { require: [provenance, scan], repository: acme/web, signer-workflow: .github/workflows/ci.yml, ref: refs/heads/main }',
    '',
  ].join('\n');
  let repository: string;
  let good: string;
  let failed: string;

  beforeAll(async () => {
    good = await pushSmallImage(registry.host, 'qa/good', 'qa-good');
    failed = await pushSmallImage(registry.host, 'qa/failed', 'qa-failed');
    for (const [imageRef, verdict] of [
      [good, 'pass'],
      [failed, 'fail'],
    ] as const) {
      for (const statement of [provenance(imageRef), scan(imageRef, verdict)]) {
        const bundle = await signStatement(statement, keylessSigning(sigstore));
        await attachBundle({ imageRef, bundle, predicateType: statement.predicateType, registry: client, settleMs: 0 });
      }
    }
    repository = await git.createRepo('gitops-policy', { files: { '.shipgate/policy.yaml': policy } });
  });

  async function commit(imageRef: string, extra: Record<string, string> = {}) {
    const dir = await mkdtemp(join(tmpdir(), 'supply-chain-rendered-'));
    await writeFile(
      join(dir, 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers:\n        - name: web\n          image: ${imageRef}\n`,
    );
    const runtime = createMemoryRuntime({
      inputs: {
        repository,
        token: git.token,
        app: 'web',
        environment: 'qa',
        'source-dir': dir,
        'image-ref': imageRef,
        scan: 'pass; trivy 0.58.1; critical=0 high=0',
        'tls-verify': 'false',
        ...Object.fromEntries(
          Object.entries(extra).map(([key, value]) => [key, value === 'TRUSTED_ROOT' ? trustedRootFile : value]),
        ),
      },
      workspace,
      env: { GITHUB_SHA: '', GITHUB_REPOSITORY: '' },
    });
    return { runtime, exitCode: await runAction(gitopsCommit, runtime) };
  }

  test('a verified image is committed with a Shipgate-Attestations trailer', async () => {
    const { runtime, exitCode } = await commit(good, { 'trusted-root': trustedRootFile });
    expect(exitCode, runtime.failed).toBe(0);
    const message = await git.git('gitops-policy', ['log', '-1', '--format=%B', 'main']);
    expect(message).toMatch(
      new RegExp(
        `^Shipgate-Attestations: ${good.split('@')[1]} provenance, scan \\(pass [^)]+\\); signer ${SAN.replace(/\./g, '\\.')}$`,
        'm',
      ),
    );
  });

  test.each([
    [
      'a fail verdict',
      () => failed,
      { 'trusted-root': 'TRUSTED_ROOT' },
      /^The newest scan attestation of sha256:[0-9a-f]{64} has verdict fail, not pass\.$/,
    ],
    [
      'no trust configured',
      () => good,
      {},
      /^Input "trusted-root" or "verify-key" is required: environment "qa" requires provenance and scan attestations\.$/,
    ],
  ])('%s is refused and nothing is pushed', async (_name, image, extra, refusal) => {
    const before = await git.git('gitops-policy', ['rev-parse', 'main']);
    const { runtime, exitCode } = await commit(image(), extra);
    expect(exitCode).toBe(1);
    expect(runtime.failed).toMatch(refusal);
    expect(await git.git('gitops-policy', ['rev-parse', 'main'])).toBe(before);
  });
});

describe("GitHub's attestations API", () => {
  let api: GitHubApi;
  beforeAll(async () => {
    api = await startGitHubApi({ tokens: { ghs_attest_token_5f2a: 'github-actions[bot]' } });
  });
  afterAll(async () => {
    await api?.stop();
  });

  test('scan-image stores the bundle there too; promote verifies from there (attestations-from: github)', async () => {
    const imageRef = await pushSmallImage(registry.host, 'api/web', 'api-web');
    const provenanceBundle = await signStatement(provenance(imageRef), keylessSigning(sigstore));
    const posted = await fetch(`${api.url}/repos/acme/web/attestations`, {
      method: 'POST',
      headers: { authorization: 'Bearer ghs_attest_token_5f2a', 'content-type': 'application/json' },
      body: JSON.stringify({ bundle: provenanceBundle }),
    });
    expect(posted.status).toBe(201);
    await writeFile(join(workspace, 'report.json'), JSON.stringify(recordedTrivyReport(imageRef)));
    const env = { ...oidcEnvironment(sigstore), GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_attest_token_5f2a' };
    const scanned = await runActionBundle(
      'scan-image',
      { 'image-ref': imageRef, report: 'report.json', 'tls-verify': 'false', ...sigstoreInputs(sigstore) },
      { workspace, env },
    );
    expect(scanned.exitCode, scanned.log).toBe(0);
    expect(api.requestsTo('repos/create-attestation').map((request) => request.status)).toEqual([201, 201]);
    expect(api.state.attestations.map((entry) => entry.digests)).toEqual([
      [imageRef.split('@')[1]],
      [imageRef.split('@')[1]],
    ]);

    const repository = await gitopsWith({ fromapi: imageRef });
    const promoted = await runActionBundle(
      'promote',
      {
        app: 'fromapi',
        'from-environment': 'staging',
        'to-environment': 'production',
        'tls-verify': 'false',
        repository,
        token: git.token,
        ...verifyInputs(),
        'attestations-from': 'github',
      },
      { env: { GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_attest_token_5f2a' } },
    );
    expect(promoted.exitCode, promoted.log).toBe(0);
    expect(promoted.outputs.attestations).toMatch(/^provenance, scan \(pass /);
    expect(api.requestsTo('repos/list-attestations')).toHaveLength(1);
    api.assertNoViolations();
  });

  test('a token that may not store attestations gets a warning; the registry copy is still attached', async () => {
    const imageRef = await pushSmallImage(registry.host, 'api/denied', 'api-denied');
    await writeFile(join(workspace, 'report.json'), JSON.stringify(recordedTrivyReport(imageRef)));
    const scanned = await runActionBundle(
      'scan-image',
      { 'image-ref': imageRef, report: 'report.json', 'tls-verify': 'false', ...sigstoreInputs(sigstore) },
      {
        workspace,
        env: { ...oidcEnvironment(sigstore), GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_not_allowed_0000' },
      },
    );
    expect(scanned.exitCode, scanned.log).toBe(0);
    expect(scanned.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(
        /^GitHub did not store the attestation in acme\/web \(401\); the job's token needs "permissions: attestations: write"/,
      ),
    });
    expect(await readBundles(client, imageRef)).toHaveLength(1);
    expect(scanned.log).not.toContain('ghs_not_allowed_0000');
  });
});

describe('scan-image sbom: true', () => {
  test("the report's packages are attested as a CycloneDX SBOM next to the verdict; a report without packages is refused, nothing attached", async () => {
    const imageRef = await pushSmallImage(registry.host, 'sbom/web', 'sbom-web');
    const report = recordedTrivyReport(imageRef) as { Results: Array<Record<string, unknown>> };
    const withPackages = {
      ...report,
      Results: report.Results.map((result) => ({
        ...result,
        Packages: [{ Name: 'busybox', Version: '1.35.0', Identifier: { PURL: 'pkg:generic/busybox@1.35.0' } }],
      })),
    };
    await writeFile(join(workspace, 'report.json'), JSON.stringify(withPackages));
    const inputs = {
      'image-ref': imageRef,
      report: 'report.json',
      'tls-verify': 'false',
      sbom: 'true',
      ...sigstoreInputs(sigstore),
    };
    const scanned = await runActionBundle('scan-image', inputs, { workspace, env: oidcEnvironment(sigstore) });
    expect(scanned.exitCode, scanned.log).toBe(0);
    expect(scanned.outputs.attestations?.split('\n')).toHaveLength(2);

    const bare = await pushSmallImage(registry.host, 'sbom/bare', 'sbom-bare');
    await writeFile(join(workspace, 'report.json'), JSON.stringify(recordedTrivyReport(bare)));
    const refused = await runActionBundle(
      'scan-image',
      { ...inputs, 'image-ref': bare },
      { workspace, env: oidcEnvironment(sigstore) },
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.map((annotation) => annotation.message)).toContainEqual(
      expect.stringMatching(/^Input "sbom" is true, but the report lists no packages: run Trivy with --list-all-pkgs/),
    );
    expect(await readBundles(client, bare)).toEqual([]);
  });
});
