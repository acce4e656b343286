/**
 * The attacks of issue 14, each performed over the real git server (git http-backend) and the
 * GitHub API test server (every response checked against GitHub's OpenAPI description): an
 * attacker who can edit an app's workflow and every file its job writes, but not the GitOps
 * repository's settings nor `.shipgate/policy.yaml`. Each is refused with one sentence naming the
 * rule, and nothing is pushed.
 */
import { rm } from 'node:fs/promises';
import {
  APPROVAL_RECORD_SCHEMA,
  type ApprovalRecord,
  buildApprovalPolicy,
  requestApproval,
  requestCommentFor,
  requestSubject,
} from '@shipgate/approvals';
import {
  deployStatementRef,
  type KeylessSigning,
  keylessTrust,
  policyAttestationVerifier,
  postGitHubAttestation,
  scanStatement,
  signDeployStatement,
  signStatement,
} from '@shipgate/attest';
import { ConfigurationError, createGitHubClient, createMemoryRuntime } from '@shipgate/core';
import { inspectCommittedFiles } from '@shipgate/manifests';
import type { ScanRecord } from '@shipgate/scan';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { deployCall, type FlatDeploy } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { githubClaims, keylessSigning, startSigstore, type TestSigstore } from '../../../test/support/sigstore';
import { deployToGitOps } from '../src/deploy';
import { gitopsRepositoryIdentity } from '../src/repository-identity';
import { DIGEST_A, DIGEST_B, deployOptions, IMAGE_A, IMAGE_B, makeSourceDir, recordingRuntime } from './support';

const POLICY = `version: 1
environments:
  staging:
    paths: ["apps/*/staging"]
  production:
    paths: ["apps/*/production"]
    approvals:
      min: 2
      approvers: [alice, bob, acme/sre]
      max-age: 24h
    scan: { require: pass, max-age: 7d }
    attestations: { require: [scan], repository: acme/web }
    promote-from: staging
    soak: 1h
    freeze:
      - { schedule: "0 0 1 1 *", duration: 48h, timezone: Europe/Berlin, reason: new year }
    break-glass: [carol]
`;

function deployment(image: string, extra: Record<string, unknown> = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: ${extra.replicas ?? 2}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ${image}
${extra.sidecar ? `        - name: sidecar\n          image: ${extra.sidecar}\n` : ''}`;
}

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
stringData:
  password: hunter2
`;

function scanRecord(imageRef: string, fields: Partial<ScanRecord> = {}, at = Date.now()): ScanRecord {
  return {
    schema: 'shipgate.dev/scan-record/v1',
    imageRef,
    digest: imageRef.slice(imageRef.indexOf('@') + 1),
    scanner: { name: 'trivy', version: '0.58.1' },
    policy: { severityThreshold: 'high', reportThreshold: 'low', ignoreUnfixed: false },
    counts: { critical: 0, high: 0, medium: 1, low: 0, negligible: 0, unknown: 0 },
    violations: [],
    ignored: [],
    verdict: 'pass',
    report: { sha256: 'f'.repeat(64), digests: [imageRef.slice(imageRef.indexOf('@') + 1)] },
    binding: 'bound',
    createdAt: new Date(at - 60_000).toISOString(),
    ...fields,
  };
}

const HOUR = 3_600_000;

describe('approvals that hold: attacks over the real git server and the GitHub API test server', () => {
  let server: GitServer;
  let api: GitHubApi;
  let sigstore: TestSigstore;
  let url: string;
  const cleanup: string[] = [];
  /** The API server's clock; the deploys' `now` follows it. */
  let clock = Date.now();

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_policy_attacks_7c1d' });
    api = await startGitHubApi({
      now: () => new Date(clock),
      tokens: { 'gh-run-token': 'github-actions', 'alice-pat': 'alice' },
    });
    api.state.addTeam('acme/sre', ['erin']);
    // The policy's scan rule counts signed scan attestations only (scan-claims.test.ts): every
    // digest deployed to production here has a signed pass in acme/web's attestations.
    sigstore = await startSigstore();
    const poster = createGitHubClient({ token: 'gh-run-token', baseUrl: api.url, log: createMemoryRuntime().log });
    for (const hex of ['a', 'b', 'c', 'd']) {
      const statement = scanStatement(`ghcr.io/acme/web@sha256:${hex.repeat(64)}`, {
        verdict: 'pass',
        counts: { critical: 0 },
        policy: {},
        scanner: { name: 'trivy', version: '0.58.1' },
        finishedAt: new Date(Date.now() - 60_000).toISOString(),
      });
      const bundle = await signStatement(statement, keylessSigning(sigstore));
      await postGitHubAttestation(poster, 'acme/web', bundle, createMemoryRuntime().log);
    }
    url = await server.createRepo('gitops', {
      files: { '.shipgate/policy.yaml': POLICY, 'README.md': '# gitops\n' },
    });
    // The digests soaked in staging two hours ago (as far as the deploys' clock goes).
    for (const image of [IMAGE_A, IMAGE_B]) {
      const result = await deployToGitOps(
        ...deployCall(
          base({
            environment: 'staging',
            sourceDir: await source({ 'shop-deployment-web.yaml': deployment(image) }),
            imageRefs: [image],
          }),
        ),
      );
      expect(result.changed).toBe(true);
    }
    clock = Date.now() + 2 * HOUR;
  });

  afterEach(() => api.assertNoViolations());

  afterAll(async () => {
    await api?.stop();
    await server?.stop();
    await sigstore?.stop();
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  async function source(files: Record<string, string>): Promise<string> {
    const dir = await makeSourceDir(files);
    cleanup.push(dir);
    return dir;
  }

  function base(overrides: Partial<Omit<FlatDeploy, 'exec' | 'log' | 'setSecret'>>): FlatDeploy {
    const recording = recordingRuntime();
    return deployOptions(recording, {
      repository: url,
      token: server.token,
      app: 'web',
      environment: 'production',
      sourceDir: '',
      imageRefs: [IMAGE_A],
      evidence: {
        token: 'gh-run-token',
        apiUrl: api.url,
        runId: 222,
        excluded: ['dave'],
      },
      now: clock,
      requireApproval: undefined,
      verifyAttestations: policyAttestationVerifier(keylessTrust(JSON.stringify(sigstore.trustedRoot)), {
        log: recording.runtime.log,
        github: { token: 'gh-run-token', apiUrl: api.url, repository: 'acme/web' },
      }),
      ...overrides,
    });
  }

  const tip = () => server.git('gitops', ['rev-parse', 'main']);

  /** What gitops-commit will compute for these files. */
  async function bindingOf(files: Record<string, string>) {
    return inspectCommittedFiles(Object.entries(files).map(([name, content]) => ({ name, content })));
  }

  /**
   * A real issue-mode approval through approval-gate's own code: the request issue is opened on
   * the API server and `comments` are posted on it by their authors as soon as it exists.
   */
  async function approveForReal(
    files: Record<string, string>,
    comments: Array<[login: string, body: string]>,
    imageRefs = [IMAGE_A],
    gateApprovers = ['alice', 'bob', 'acme/sre', 'carol'],
  ): Promise<{ record: ApprovalRecord; issue: number }> {
    const { configHash } = await bindingOf(files);
    api.state.onRequestCommented = (issue) => {
      for (const [login, body] of comments) api.state.addComment(issue.number, login, body, issue);
    };
    const runtime = createMemoryRuntime();
    const result = await requestApproval(
      {
        mode: 'issue',
        app: 'web',
        environment: 'production',
        imageRefs,
        configHash,
        repository: 'acme/web',
        requester: 'dave',
        gitops: { repository: gitopsRepositoryIdentity(url), environment: 'production', path: 'apps/web/production' },
        policy: buildApprovalPolicy({
          approvers: gateApprovers,
          imageApprovers: [],
          configApprovers: [],
          minApprovals: 2,
          allowSelfApproval: false,
          configChanged: false,
          selfLogins: ['dave'],
        }),
        timeoutMs: 60_000,
        pollIntervalMs: 0,
      },
      { client: createGitHubClient({ token: 'gh-run-token', baseUrl: api.url, log: runtime.log }), log: runtime.log },
    );
    api.state.onRequestCommented = undefined;
    return { record: result.record, issue: result.issueNumber as number };
  }

  /** Runs the deploy and expects it refused with `message`, a ConfigurationError, and the tip untouched. */
  async function expectRefused(options: FlatDeploy, message: string | RegExp): Promise<void> {
    const before = await tip();
    const promise = deployToGitOps(...deployCall(options));
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toBeInstanceOf(ConfigurationError);
    expect(await tip()).toBe(before);
  }

  const FILES = { 'shop-deployment-web.yaml': deployment(IMAGE_A) };
  const APPROVALS: Array<[string, string]> = [
    ['alice', '/approve looks good'],
    ['bob', '/approve'],
  ];

  async function approvedDeploy(files = FILES, comments = APPROVALS) {
    const { record, issue } = await approveForReal(files, comments);
    const options = base({
      sourceDir: await source(files),
      approvalRecord: record,
      scanRecord: scanRecord(IMAGE_A, {}, clock),
    });
    return { record, issue, options };
  }

  test('a hand-written record (min 0, a made-up approver) pointing at an issue nobody approved', async () => {
    const { configHash } = await bindingOf(FILES);
    const forged = api.state.addIssue({
      owner: 'acme',
      repo: 'web',
      title: 'forged',
      author: 'dave',
    });
    const subject = { repository: gitopsRepositoryIdentity(url), app: 'web', environment: 'production' };
    api.state.addComment(
      forged.number,
      'dave',
      requestCommentFor(requestSubject({ ...subject, path: 'apps/web/production', imageRefs: [IMAGE_A], configHash })),
      forged,
    );
    const record: ApprovalRecord = {
      schema: APPROVAL_RECORD_SCHEMA,
      app: 'web',
      environment: 'production',
      imageRefs: [IMAGE_A],
      configHash,
      status: 'approved',
      approved: true,
      policy: {
        mode: 'issue',
        approvers: [],
        imageApprovers: [],
        configApprovers: [],
        minApprovals: 0,
        allowSelfApproval: true,
      },
      approvers: [{ login: 'CEO-approved-this', at: new Date().toISOString(), source: 'issue', role: 'any' }],
      requester: 'dave',
      createdAt: new Date().toISOString(),
      evidence: { kind: 'issue', repository: 'acme/web', issueNumber: forged.number, commentIds: [] },
    };
    await expectRefused(
      base({ sourceDir: await source(FILES), approvalRecord: record, scanRecord: scanRecord(IMAGE_A) }),
      'The approval evidence does not meet the policy: 0 of 2 approval(s) count, missing 2 more approvals.',
    );
  });

  test('a real record rewritten for another digest', async () => {
    const { record } = await approveForReal(FILES, APPROVALS);
    const files = { 'shop-deployment-web.yaml': deployment(IMAGE_B) };
    const rewritten = { ...record, imageRefs: [IMAGE_B] };
    await expectRefused(
      base({
        sourceDir: await source(files),
        imageRefs: [IMAGE_B],
        approvalRecord: rewritten,
        scanRecord: scanRecord(IMAGE_B),
      }),
      `asks to approve image ${DIGEST_A}, not the ${DIGEST_B} being committed.`,
    );
  });

  test.each([
    [
      'edited',
      (issue: number) => editLast(issue, 'bob', '/approve (edited: and also the other digest)'),
      "bob's /approve (edited)",
    ],
    ['deleted', (issue: number) => deleteLast(issue, 'bob'), 'missing 1 more approval.'],
  ])('an approval that was %s afterwards', async (_name, tamper, message) => {
    const { issue, options } = await approvedDeploy();
    tamper(issue);
    await expectRefused(options, message);
  });

  function commentOf(issue: number, login: string) {
    const found = api.state.comments
      .filter((c) => c.issueNumber === issue && c.repo === 'web' && c.login === login)
      .at(-1);
    if (!found) throw new Error(`no comment by ${login}`);
    return found;
  }
  function editLast(issue: number, login: string, body: string) {
    api.state.editComment(commentOf(issue, login).id, body);
  }
  function deleteLast(issue: number, login: string) {
    api.state.deleteComment(commentOf(issue, login).id);
  }

  test('approvals by people the policy does not list (the gate was told to accept them)', async () => {
    // The workflow gave the gate mallory and carol as approvers; the GitOps policy lists neither.
    const { record } = await approveForReal(
      FILES,
      [
        ['mallory', '/approve'],
        ['alice', '/approve'],
      ],
      [IMAGE_A],
      ['alice', 'mallory'],
    );
    const { record: second } = await approveForReal(FILES, [
      ['carol', '/approve'],
      ['alice', '/approve'],
    ]);
    for (const approval of [record, second]) {
      await expectRefused(
        base({ sourceDir: await source(FILES), approvalRecord: approval, scanRecord: scanRecord(IMAGE_A) }),
        /1 of 2 approval\(s\) count, missing 1 more approval; not counted: (mallory|carol)'s \/approve \(is not an approver\)\.$/,
      );
    }
  });

  test('an approval followed by an edit of source-dir (50 replicas)', async () => {
    const { options } = await approvedDeploy();
    const edited = await source({ 'shop-deployment-web.yaml': deployment(IMAGE_A, { replicas: 50 }) });
    await expectRefused(
      { ...options, sourceDir: edited },
      /does not approve this deployment: it approves config sha256:\w+, not sha256:\w+\.$/,
    );
  });

  test.each([
    [
      'a tag-only image',
      { 'shop-deployment-web.yaml': deployment(IMAGE_A, { sidecar: 'nginx:latest' }) },
      /The image "nginx:latest" of container "sidecar" .* is not pinned by digest.*\(environment "production" requires approval\)\.$/,
    ],
    [
      'a plain Secret',
      { ...FILES, 'shop-secret-db.yaml': SECRET },
      /holds plaintext stringData; commit a SealedSecret.*\(environment "production" requires approval\)\.$/,
    ],
  ])('an approval followed by %s added', async (_name, files, message) => {
    const { options } = await approvedDeploy();
    await expectRefused({ ...options, sourceDir: await source(files) }, message);
  });

  test('environment: staging on a path the policy calls production', async () => {
    await expectRefused(
      base({ environment: 'staging', path: 'apps/web/production', sourceDir: await source(FILES) }),
      'Input "environment" is "staging", but .shipgate/policy.yaml (blob ',
    );
  });

  test('require-approval: false against the policy', async () => {
    await expectRefused(
      base({ requireApproval: false, sourceDir: await source(FILES), scanRecord: scanRecord(IMAGE_A) }),
      'Input "require-approval" is false, but the policy requires approval for environment "production"; inputs may only tighten it.',
    );
  });

  test('an environment approval from another run', async () => {
    api.state.addRun({ owner: 'acme', repo: 'web', id: 111 });
    api.state.addRunApproval(111, { environments: ['production'], state: 'approved', login: 'alice', comment: '' });
    api.state.addRunApproval(111, { environments: ['production'], state: 'approved', login: 'bob', comment: '' });
    const { configHash } = await bindingOf(FILES);
    const record: ApprovalRecord = {
      ...(await approveForReal(FILES, APPROVALS)).record,
      configHash,
      evidence: { kind: 'environment', repository: 'acme/web', runId: 111, environment: 'production' },
    };
    await expectRefused(
      base({ sourceDir: await source(FILES), approvalRecord: record, scanRecord: scanRecord(IMAGE_A) }),
      'The approval is environment "production"\'s review of run 111, not of the current run 222.',
    );
  });

  test("the current run's environment reviews count; a rejection among them wins", async () => {
    api.state.addRun({ owner: 'acme', repo: 'web', id: 222 });
    api.state.addRunApproval(222, { environments: ['production'], state: 'approved', login: 'alice', comment: '' });
    api.state.addRunApproval(222, { environments: ['production'], state: 'approved', login: 'bob', comment: 'ok' });
    const { configHash } = await bindingOf(FILES);
    const record: ApprovalRecord = {
      ...(await approveForReal(FILES, APPROVALS)).record,
      configHash,
      evidence: { kind: 'environment', repository: 'acme/web', runId: 222, environment: 'production' },
    };
    // An environment review approves a run: the run signs a deploy statement of what it commits.
    const runSigning = keylessSigning(sigstore, githubClaims({ run_id: '222' })) as KeylessSigning;
    const options = base({
      sourceDir: await source(FILES),
      approvalRecord: record,
      scanRecord: scanRecord(IMAGE_A, {}, clock),
      deployStatement: { sign: async (content) => JSON.stringify(await signDeployStatement(content, runSigning)) },
      // The run's own repository and commit (the API test server's default head_sha).
      source: 'acme/web@9b2e1d0c3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c',
    });
    const landed = await deployToGitOps(...deployCall(options));
    expect(landed.changed).toBe(true);
    expect(
      await server.git('gitops', ['for-each-ref', '--format=%(refname)', deployStatementRef(landed.commitSha)]),
    ).toBe(deployStatementRef(landed.commitSha));
    const message = await server.git('gitops', ['log', '-1', '--format=%B', 'main']);
    expect(message).toContain(
      [
        'Approved-by: alice',
        'Approved-by: bob',
        'Shipgate-Approval: https://github.com/acme/web/actions/runs/222',
        'Shipgate-Approval: https://github.com/acme/web/actions/runs/222',
      ].join('\n'),
    );
    await server.git('gitops', ['update-ref', 'refs/heads/main', `${landed.commitSha}~1`]);

    api.state.addRunApproval(222, { environments: ['production'], state: 'rejected', login: 'erin', comment: 'no' });
    await expectRefused(
      options,
      'The approval is void: erin, an approver, denied it (https://github.com/acme/web/actions/runs/222).',
    );
  });

  test('an approval older than max-age', async () => {
    const { options } = await approvedDeploy();
    await expectRefused(
      { ...options, now: clock + 25 * HOUR },
      "not counted: alice's /approve (older than the policy's max-age), bob's /approve (older than the policy's max-age).",
    );
  });

  test('a /deny placed after 100+ comments', async () => {
    const noise: Array<[string, string]> = Array.from({ length: 130 }, (_, i) => [`bystander-${i % 7}`, `+1 (${i})`]);
    const { issue, options } = await approvedDeploy(FILES, [...APPROVALS, ...noise]);
    api.state.addComment(issue, 'bob', '/deny wrong build', { owner: 'acme', repo: 'web' });
    const pages = api.requests.length;
    await expectRefused(
      options,
      /^The approval is void: bob, an approver, denied it \(https:\/\/github\.com\/acme\/web\/issues\/\d+#issuecomment-\d+\)\.$/,
    );
    const read = api.requests.slice(pages).filter((r) => r.operationId === 'issues/list-comments');
    expect(read.map((r) => r.query.page)).toEqual(['1', '2']);
  });

  test("an approval by the token's own user (a listed approver's PAT as token)", async () => {
    const { options } = await approvedDeploy();
    await expectRefused(
      { ...options, evidence: { ...(options.evidence as NonNullable<FlatDeploy['evidence']>), token: 'alice-pat' } },
      "not counted: alice's /approve (cannot approve their own deployment).",
    );
  });

  // The scan rule's attacks (a hand-written record or `scan` input, fail, max-age, identity, trust)
  // are in scan-claims.test.ts: the record is informational, a signed attestation decides.

  test('a production deploy whose digest has not soaked in staging', async () => {
    const fresh = `ghcr.io/acme/web@sha256:${'c'.repeat(64)}`;
    const files = { 'shop-deployment-web.yaml': deployment(fresh) };
    const { record } = await approveForReal(files, APPROVALS, [fresh]);
    await expectRefused(
      base({
        sourceDir: await source(files),
        imageRefs: [fresh],
        approvalRecord: record,
        scanRecord: scanRecord(fresh),
      }),
      `sha256:${'c'.repeat(64)} has never been deployed to "staging", and environment "production" only takes images promoted from there.`,
    );
  });

  test('a production deploy of a digest that reached staging 10 minutes ago (soak 1h)', async () => {
    const recent = `ghcr.io/acme/web@sha256:${'d'.repeat(64)}`;
    const files = { 'shop-deployment-web.yaml': deployment(recent) };
    const staged = await deployToGitOps(
      ...deployCall(base({ environment: 'staging', sourceDir: await source(files), imageRefs: [recent] })),
    );
    expect(staged.changed).toBe(true);
    const tenMinutesLater = Date.parse(await server.git('gitops', ['log', '-1', '--format=%cI', 'main'])) + 10 * 60_000;
    const { record } = await approveForReal(files, APPROVALS, [recent]);
    await expectRefused(
      base({
        sourceDir: await source(files),
        imageRefs: [recent],
        approvalRecord: record,
        scanRecord: scanRecord(recent, {}, tenMinutesLater),
        now: tenMinutesLater,
      }),
      `sha256:${'d'.repeat(64)} has run in "staging" for 10 min, less than the soak time environment "production" requires.`,
    );
  });

  test('a freeze window in force; the same deploy with a break-glass approval lands with its reason', async () => {
    const frozenAt = Date.parse('2027-01-01T12:00:00Z');
    const saved = clock;
    clock = frozenAt;
    try {
      const { options } = await approvedDeploy();
      await expectRefused(
        { ...options, now: frozenAt },
        /^Environment "production" is frozen for new year \(2026-12-31T23:00:00\.000Z to 2027-01-02T23:00:00\.000Z\); deploying needs a break-glass reason and an approval by a break-glass approver\.$/,
      );
      await expectRefused(
        { ...options, now: frozenAt, breakGlassReason: 'payment outage' },
        /0 of 1 approval\(s\) count/,
      );
      const glass = await approvedDeploy(FILES, [...APPROVALS, ['carol', '/approve break glass: payments are down']]);
      const landed = await deployToGitOps(
        ...deployCall({ ...glass.options, now: frozenAt, breakGlassReason: 'payment outage' }),
      );
      expect(landed.changed).toBe(true);
      const message = await server.git('gitops', ['log', '-1', '--format=%B', 'main']);
      expect(message).toContain('Shipgate-Break-Glass: carol; payment outage');
      // Back to what it was, for the other scenarios.
      await server.git('gitops', ['update-ref', 'refs/heads/main', `${landed.commitSha}~1`]);
    } finally {
      clock = saved;
    }
  });

  test('the happy path: a real issue-mode approval by two policy approvers lands with Shipgate-Approval and Shipgate-Policy', async () => {
    const { issue, options } = await approvedDeploy();
    const result = await deployToGitOps(...deployCall(options));
    expect(result.changed).toBe(true);
    const message = await server.git('gitops', ['log', '-1', '--format=%B', 'main']);
    const policyBlob = await server.git('gitops', ['rev-parse', 'main:.shipgate/policy.yaml']);
    const urls = ['alice', 'bob'].map(
      (login) => `https://github.com/acme/web/issues/${issue}#issuecomment-${commentOf(issue, login).id}`,
    );
    expect(message).toContain(`Shipgate-Policy: ${policyBlob}`);
    expect(message).toContain(
      ['Approved-by: alice', 'Approved-by: bob', `Shipgate-Approval: ${urls[0]}`, `Shipgate-Approval: ${urls[1]}`].join(
        '\n',
      ),
    );
    expect(message).toContain(`Shipgate-Config-Hash: ${(await bindingOf(FILES)).configHash}`);
  });
});
