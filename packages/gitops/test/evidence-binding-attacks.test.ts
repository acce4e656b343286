/**
 * "Trust the record, not the writer", class 4: evidence binding. Each attack is performed over
 * the real git server and the GitHub API test server (responses checked against GitHub's OpenAPI
 * description) by a workflow that can write issues and every file of its job: it edits the
 * request, re-posts it, reuses an approval given for another environment, app, path or GitOps
 * repository, or points at environment reviews of another run. gitops-commit refuses each with
 * one sentence, and nothing is pushed.
 */
import { rm } from 'node:fs/promises';
import {
  type ApprovalRecord,
  type ApprovalRequest,
  buildApprovalPolicy,
  requestApproval,
  requestCommentFor,
  requestMarker,
  requestSubject,
} from '@shipgate/approvals';
import { type KeylessSigning, signDeployStatement } from '@shipgate/attest';
import { ConfigurationError, createGitHubClient, createMemoryRuntime } from '@shipgate/core';
import { inspectCommittedFiles } from '@shipgate/manifests';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { deployCall, type FlatDeploy } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { githubClaims, keylessSigning, startSigstore } from '../../../test/support/sigstore';
import { deployToGitOps } from '../src/deploy';
import { gitopsRepositoryIdentity } from '../src/repository-identity';
import { DIGEST_A, DIGEST_B, deployOptions, IMAGE_A, IMAGE_B, makeSourceDir, recordingRuntime } from './support';

const POLICY = `version: 1
environments:
  staging:
    paths: ["apps/*/staging"]
    approvals: { min: 2, approvers: [alice, bob] }
  production:
    paths: ["apps/*/production"]
    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }
`;

const SOURCE_SHA = '9b2e1d0c3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c';
const HOUR = 3_600_000;

function deployment(image: string, replicas = 2): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ${image}
`;
}

const FILES_A = { 'shop-deployment-web.yaml': deployment(IMAGE_A) };
const FILES_B = { 'shop-deployment-web.yaml': deployment(IMAGE_B, 50) };

describe('evidence binding: attacks on what an approval approves', () => {
  let server: GitServer;
  let api: GitHubApi;
  let url: string;
  let gitops: string;
  const cleanup: string[] = [];
  const clock = Date.now();

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_evidence_binding_3e9a' });
    api = await startGitHubApi({ now: () => new Date(clock), tokens: { 'gh-run-token': 'github-actions' } });
    url = await server.createRepo('gitops', { files: { '.shipgate/policy.yaml': POLICY, 'README.md': '# gitops\n' } });
    gitops = gitopsRepositoryIdentity(url);
  });

  afterEach(() => api.assertNoViolations());

  afterAll(async () => {
    await api?.stop();
    await server?.stop();
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  async function source(files: Record<string, string>): Promise<string> {
    const dir = await makeSourceDir(files);
    cleanup.push(dir);
    return dir;
  }

  const configOf = async (files: Record<string, string>) =>
    (await inspectCommittedFiles(Object.entries(files).map(([name, content]) => ({ name, content })))).configHash;

  async function deploy(files: Record<string, string>, image: string, overrides: Partial<FlatDeploy> = {}) {
    return deployOptions(recordingRuntime(), {
      repository: url,
      token: server.token,
      app: 'web',
      environment: 'production',
      sourceDir: await source(files),
      imageRefs: [image],
      source: `acme/web@${SOURCE_SHA}`,
      evidence: { token: 'gh-run-token', apiUrl: api.url, runId: 222, excluded: ['dave'] },
      now: clock,
      requireApproval: undefined,
      ...overrides,
    });
  }

  /** Runs the deploy and expects it refused with `message`, a ConfigurationError, and the tip untouched. */
  async function expectRefused(options: FlatDeploy, message: string | RegExp): Promise<void> {
    const before = await server.git('gitops', ['rev-parse', 'main']);
    const promise = deployToGitOps(...deployCall(options));
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toBeInstanceOf(ConfigurationError);
    expect(await server.git('gitops', ['rev-parse', 'main'])).toBe(before);
  }

  /**
   * A real issue-mode approval through approval-gate's code: alice and bob approve right after
   * the request comment. `gitopsFields` is what the request names (default: this deploy's).
   */
  async function approve(
    files: Record<string, string>,
    image: string,
    request: Partial<ApprovalRequest> = {},
  ): Promise<{ record: ApprovalRecord; issue: number }> {
    api.state.onRequestCommented = (issue) => {
      api.state.addComment(issue.number, 'alice', '/approve', issue);
      api.state.addComment(issue.number, 'bob', '/approve', issue);
    };
    const runtime = createMemoryRuntime();
    const result = await requestApproval(
      {
        mode: 'issue',
        app: 'web',
        environment: 'production',
        imageRefs: [image],
        configHash: await configOf(files),
        repository: 'acme/web',
        requester: 'dave',
        gitops: { repository: gitops, environment: 'production', path: 'apps/web/production' },
        policy: buildApprovalPolicy({
          approvers: ['alice', 'bob'],
          imageApprovers: [],
          configApprovers: [],
          minApprovals: 2,
          allowSelfApproval: false,
          configChanged: false,
          selfLogins: ['dave'],
        }),
        timeoutMs: 60_000,
        pollIntervalMs: 0,
        ...request,
      },
      { client: createGitHubClient({ token: 'gh-run-token', baseUrl: api.url, log: runtime.log }), log: runtime.log },
    );
    api.state.onRequestCommented = undefined;
    expect(result.status).toBe('approved');
    return { record: result.record, issue: result.issueNumber as number };
  }

  /** The approved record as the attacker rewrites it for B (any step can write the file). */
  async function forB(record: ApprovalRecord): Promise<ApprovalRecord> {
    return { ...record, imageRefs: [IMAGE_B], configHash: await configOf(FILES_B) };
  }

  const requestCommentOf = (issue: number) =>
    api.state.comments.find(
      (comment) => comment.issueNumber === issue && comment.repo === 'web' && comment.body.includes('shipgate-request'),
    ) as NonNullable<ReturnType<typeof api.state.comments.find>>;

  const requestFor = async (files: Record<string, string>, image: string) =>
    requestCommentFor(
      requestSubject({
        repository: gitops,
        app: 'web',
        environment: 'production',
        path: 'apps/web/production',
        imageRefs: [image],
        configHash: await configOf(files),
      }),
    );

  describe('a request rewritten after the approvals', () => {
    test('the issue body edited to name another digest and config hash (the body is not the request)', async () => {
      const { record, issue } = await approve(FILES_A, IMAGE_A);
      const found = api.state.findIssue('acme', 'web', issue);
      if (!found) throw new Error('no issue');
      found.body = `${await requestFor(FILES_B, IMAGE_B)}\nDeploy B, 50 replicas.`;
      await expectRefused(
        await deploy(FILES_B, IMAGE_B, { approvalRecord: await forB(record) }),
        /^The request comment https:\/\/github\.com\/acme\/web\/issues\/\d+#issuecomment-\d+ asks to approve image sha256:a{64}, not the sha256:b{64} being committed\.$/,
      );
    });

    test('the request comment edited to name another digest and config hash', async () => {
      const { record, issue } = await approve(FILES_A, IMAGE_A);
      api.state.editComment(requestCommentOf(issue).id, await requestFor(FILES_B, IMAGE_B));
      await expectRefused(
        await deploy(FILES_B, IMAGE_B, { approvalRecord: await forB(record) }),
        /^The request comment https:\/\/\S+ was edited after it was posted, so no approval of it counts\.$/,
      );
    });

    test('the request comment deleted and a new one posted for another digest', async () => {
      const { record, issue } = await approve(FILES_A, IMAGE_A);
      api.state.deleteComment(requestCommentOf(issue).id);
      api.state.addComment(issue, 'github-actions', await requestFor(FILES_B, IMAGE_B), { owner: 'acme', repo: 'web' });
      await expectRefused(
        await deploy(FILES_B, IMAGE_B, { approvalRecord: await forB(record) }),
        "0 of 2 approval(s) count, missing 2 more approvals; not counted: alice's /approve (given before the request comment), bob's /approve (given before the request comment).",
      );
    });

    test('a second request comment for another digest, the first kept', async () => {
      const { record, issue } = await approve(FILES_A, IMAGE_A);
      api.state.addComment(issue, 'mallory', await requestFor(FILES_B, IMAGE_B), { owner: 'acme', repo: 'web' });
      await expectRefused(
        await deploy(FILES_B, IMAGE_B, { approvalRecord: await forB(record) }),
        `asks to approve image ${DIGEST_A}, not the ${DIGEST_B} being committed.`,
      );
    });

    test('an invisible request for B (a bare marker) before the visible one for A, which is deleted after the approvals', async () => {
      const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 'Deploy web', author: 'github-actions' });
      const b = requestSubject({
        repository: gitops,
        app: 'web',
        environment: 'production',
        path: 'apps/web/production',
        imageRefs: [IMAGE_B],
        configHash: await configOf(FILES_B),
      });
      api.state.addComment(issue.number, 'mallory', requestMarker(b), issue);
      const shown = api.state.addComment(issue.number, 'github-actions', await requestFor(FILES_A, IMAGE_A), issue);
      const approvals = ['alice', 'bob'].map((login) => api.state.addComment(issue.number, login, '/approve', issue));
      api.state.deleteComment(shown.id);
      const record: ApprovalRecord = {
        ...(await forB((await approve(FILES_A, IMAGE_A)).record)),
        evidence: {
          kind: 'issue',
          repository: 'acme/web',
          issueNumber: issue.number,
          commentIds: approvals.map((c) => c.id),
        },
      };
      await expectRefused(
        await deploy(FILES_B, IMAGE_B, { approvalRecord: record }),
        /^The request comment \S+ does not show what its marker names, so no approver saw the request\.$/,
      );
    });

    test('approvals given before any request comment, then a request posted', async () => {
      const { configHash } = { configHash: await configOf(FILES_A) };
      const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 'Deploy web', author: 'dave' });
      const alice = api.state.addComment(issue.number, 'alice', '/approve', issue);
      const bob = api.state.addComment(issue.number, 'bob', '/approve', issue);
      api.state.addComment(issue.number, 'dave', await requestFor(FILES_A, IMAGE_A), issue);
      const record: ApprovalRecord = {
        ...(await approve(FILES_A, IMAGE_A)).record,
        configHash,
        evidence: { kind: 'issue', repository: 'acme/web', issueNumber: issue.number, commentIds: [alice.id, bob.id] },
      };
      await expectRefused(
        await deploy(FILES_A, IMAGE_A, { approvalRecord: record }),
        /0 of 2 approval\(s\) count.*alice's \/approve \(given before the request comment\)/,
      );
    });
  });

  describe('an approval reused for what it did not name', () => {
    test.each([
      [
        'a staging approval by the same people, for production',
        { environment: 'staging', gitops: { environment: 'staging', path: 'apps/web/staging' } },
        'asks to approve environment staging, not the production being committed.',
      ],
      [
        "another app's approval",
        { app: 'shop', gitops: { environment: 'production', path: 'apps/shop/production' } },
        'asks to approve app shop, not the web being committed.',
      ],
      [
        'an approval for another path of the same environment and app',
        { gitops: { environment: 'production', path: 'apps/web/production-eu' } },
        'asks to approve path apps/web/production-eu, not the apps/web/production being committed.',
      ],
      [
        'an approval for another GitOps repository',
        { gitops: { repository: 'acme/other-gitops', environment: 'production', path: 'apps/web/production' } },
        /asks to approve GitOps repository acme\/other-gitops, not the http:\/\/127\.0\.0\.1:\d+\/gitops being committed\.$/,
      ],
      [
        'a request that names no GitOps repository (approval-gate without policy-repository)',
        { gitops: { repository: '', environment: 'production', path: 'apps/web/production' } },
        /names no GitOps repository \(approval-gate's input "policy-repository" names it\), so it cannot approve a deploy to http:\/\/127\.0\.0\.1:\d+\/gitops\.$/,
      ],
    ])('%s', async (_name, asked, message) => {
      const { gitops: named, ...rest } = asked as {
        gitops: Partial<NonNullable<ApprovalRequest['gitops']>>;
      } & Partial<ApprovalRequest>;
      const { record } = await approve(FILES_A, IMAGE_A, {
        ...rest,
        gitops: { ...{ repository: gitops, environment: 'production', path: 'apps/web/production' }, ...named },
      });
      // The record file says what the deploy needs; only the evidence it points at is GitHub's.
      const rewritten: ApprovalRecord = { ...record, app: 'web', environment: 'production' };
      await expectRefused(await deploy(FILES_A, IMAGE_A, { approvalRecord: rewritten }), message);
    });
  });

  describe("environment reviews: a run's, bound to the source", () => {
    let nextRun = 5000;

    /** A run with alice's and bob's reviews of `environment`, and a record pointing at it. */
    async function reviewedRun(
      run: { repo?: string; headSha?: string; createdAt?: string } = {},
      environment = 'production',
      recordEnvironment = environment,
    ) {
      const id = ++nextRun;
      const repo = run.repo ?? 'web';
      api.state.addRun({
        owner: 'acme',
        repo,
        id,
        headSha: run.headSha ?? SOURCE_SHA,
        ...(run.createdAt ? { createdAt: run.createdAt } : {}),
      });
      for (const login of ['alice', 'bob']) {
        api.state.addRunApproval(id, { environments: [environment], state: 'approved', login, comment: '' });
      }
      const record: ApprovalRecord = {
        ...(await approve(FILES_A, IMAGE_A)).record,
        evidence: { kind: 'environment', repository: `acme/${repo}`, runId: id, environment: recordEnvironment },
      };
      return { id, record };
    }

    const evidenceFor = (runId: number) => ({ token: 'gh-run-token', apiUrl: api.url, runId, excluded: ['dave'] });

    test("the record names the current run's staging reviews for a production deploy", async () => {
      const { id, record } = await reviewedRun({}, 'staging', 'staging');
      await expectRefused(
        await deploy(FILES_A, IMAGE_A, { approvalRecord: record, evidence: evidenceFor(id) }),
        'The approval evidence does not meet the policy: 0 of 2 approval(s) count, missing 2 more approvals.',
      );
    });

    test('a run of another repository than the source', async () => {
      const { id, record } = await reviewedRun({ repo: 'fork' });
      await expectRefused(
        await deploy(FILES_A, IMAGE_A, { approvalRecord: record, evidence: evidenceFor(id) }),
        'The approval is a review of a run of acme/fork, not of the source repository acme/web.',
      );
    });

    test('a run of the source repository at another commit', async () => {
      const { id, record } = await reviewedRun({ headSha: 'f'.repeat(40) });
      await expectRefused(
        await deploy(FILES_A, IMAGE_A, { approvalRecord: record, evidence: evidenceFor(id) }),
        `The approval is a review of run ${id} of acme/web at ${'f'.repeat(40)}, not at the source commit ${SOURCE_SHA}.`,
      );
    });

    test('a run older than max-age', async () => {
      const createdAt = `${new Date(clock - 25 * HOUR).toISOString().slice(0, 19)}Z`;
      const { id, record } = await reviewedRun({ createdAt });
      await expectRefused(
        await deploy(FILES_A, IMAGE_A, { approvalRecord: record, evidence: evidenceFor(id) }),
        `The approval is a review of run ${id} of acme/web, created at ${createdAt}, before the policy's max-age.`,
      );
    });

    test('a deploy that names no source commit', async () => {
      const { id, record } = await reviewedRun();
      await expectRefused(
        await deploy(FILES_A, IMAGE_A, { approvalRecord: record, evidence: evidenceFor(id), source: undefined }),
        `The approval is a review of run ${id} of acme/web, but the deploy names no source commit for the run to be of.`,
      );
    });

    test('the run of the source commit, reviewed for production, lands', async () => {
      const { id, record } = await reviewedRun();
      // An environment review approves a run, not bytes: the run signs what it deploys.
      const sigstore = await startSigstore();
      const runSigning = keylessSigning(sigstore, githubClaims({ run_id: String(id) })) as KeylessSigning;
      const landed = await deployToGitOps(
        ...deployCall(
          await deploy(FILES_A, IMAGE_A, {
            approvalRecord: record,
            evidence: evidenceFor(id),
            deployStatement: {
              sign: async (content) => JSON.stringify(await signDeployStatement(content, runSigning)),
            },
          }),
        ),
      ).finally(() => sigstore.stop());
      expect(landed.changed).toBe(true);
      const message = await server.git('gitops', ['log', '-1', '--format=%B', 'main']);
      expect(message).toContain(`Shipgate-Approval: https://github.com/acme/web/actions/runs/${id}`);
      await server.git('gitops', ['update-ref', 'refs/heads/main', `${landed.commitSha}~1`]);
    });
  });
});
