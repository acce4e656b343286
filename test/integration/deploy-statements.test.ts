/**
 * "Content provably produced by the approved run": an environment review approves a run, not
 * bytes. gitops-commit signs a deploy statement keyless as the run (@sigstore/mock's Fulcio puts
 * the run invocation URI, extension 1.3.6.1.4.1.57264.1.21, in the certificate from the OIDC
 * token's repository, run_id and run_attempt claims) and pushes it under
 * refs/shipgate/statements/<commit> in the same atomic push as the branch; the verifier
 * (deployStatementVerifier) refuses content the run did not sign. Over the real git server, the
 * OpenAPI-checked GitHub API test server (the run's environment reviews) and the Sigstore stand-in.
 * The attacker has push access to the GitOps repository, and a workflow of their own.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { APPROVAL_RECORD_SCHEMA, type ApprovalRecord } from '@shipgate/approvals';
import {
  DEPLOY_STATEMENT_REF_PREFIX,
  type DeployContent,
  type KeylessSigning,
  keylessTrust,
  keyTrust,
  signDeployStatement,
} from '@shipgate/attest';
import { ConfigurationError, createMemoryRuntime, runAction } from '@shipgate/core';
import { type Git, withScratchClone } from '@shipgate/git';
import { deployToGitOps } from '@shipgate/gitops';
import { inspectCommittedFiles } from '@shipgate/manifests';
import {
  deployStatementVerifier,
  type ExpectedDeployStatement,
  isUnverifiable,
  NO_DEPLOY_STATEMENT,
} from '@shipgate/verify';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { run as gitopsCommit } from '../../actions/gitops-commit/src/main';
import { deployOptions, losingFirstPush, makeSourceDir, recordingRuntime } from '../../packages/gitops/test/support';
import { deployCall, type FlatDeploy } from '../support/deploy-call';
import { type GitServer, startGitServer } from '../support/git-server';
import { type GitHubApi, startGitHubApi } from '../support/github-api';
import {
  githubClaims,
  keylessSigning,
  oidcEnvironment,
  sigstoreInputs,
  startSigstore,
  type TestSigstore,
} from '../support/sigstore';

const run = promisify(execFile);
const IMAGE = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;
const RUN = 'https://github.com/acme/web/actions/runs/123';
const PATH = 'apps/web/production';
const POLICY = `version: 1
environments:
  staging:
    paths: ["apps/*/staging"]
  production:
    paths: ["apps/*/production"]
    approvals: { min: 1, approvers: [alice] }
`;

function deployment(replicas: number): string {
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
          image: ${IMAGE}
`;
}

let server: GitServer;
let api: GitHubApi;
let sigstore: TestSigstore;
let otherSigstore: TestSigstore;
let url: string;
const cleanup: string[] = [];

beforeAll(async () => {
  [server, api, sigstore, otherSigstore] = await Promise.all([
    startGitServer({ token: 'gst_deploy_statements_91b' }),
    startGitHubApi({ tokens: { 'gh-run-token': 'github-actions' } }),
    startSigstore(),
    startSigstore(),
  ]);
  url = await server.createRepo('gitops', { files: { '.shipgate/policy.yaml': POLICY, 'README.md': '# gitops\n' } });
  // Run 123 of acme/web was approved for production by alice (a GitHub environment review).
  api.state.addRun({ owner: 'acme', repo: 'web', id: 123 });
  api.state.addRunApproval(123, { environments: ['production'], state: 'approved', login: 'alice', comment: '' });
});
afterEach(() => api.assertNoViolations());
afterAll(async () => {
  await Promise.all([server?.stop(), api?.stop(), sigstore?.stop(), otherSigstore?.stop()]);
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

/** What the run signs with: its OIDC token's claims (repository acme/web, run 123, attempt 1 unless told). */
function signer(claims = githubClaims(), instance = () => sigstore) {
  return {
    sign: async (content: DeployContent) =>
      JSON.stringify(await signDeployStatement(content, keylessSigning(instance(), claims) as KeylessSigning)),
  };
}

async function environmentApproval(files: Record<string, string>): Promise<ApprovalRecord> {
  const { configHash } = await inspectCommittedFiles(
    Object.entries(files).map(([name, content]) => ({ name, content })),
  );
  return {
    schema: APPROVAL_RECORD_SCHEMA,
    app: 'web',
    environment: 'production',
    imageRefs: [IMAGE],
    configHash,
    status: 'approved',
    approved: true,
    policy: {
      mode: 'environment',
      approvers: ['alice'],
      imageApprovers: [],
      configApprovers: [],
      minApprovals: 1,
      allowSelfApproval: false,
    },
    approvers: [{ login: 'alice', at: new Date().toISOString(), source: 'environment', url: RUN, role: 'any' }],
    requester: 'dave',
    createdAt: new Date().toISOString(),
    evidence: { kind: 'environment', repository: 'acme/web', runId: 123, environment: 'production' },
  };
}

async function options(
  replicas: number,
  overrides: Partial<Omit<FlatDeploy, 'exec' | 'log' | 'setSecret'>> = {},
  recording = recordingRuntime(),
): Promise<FlatDeploy> {
  const files = { 'deployment.yaml': deployment(replicas) };
  const dir = await makeSourceDir(files);
  cleanup.push(dir);
  return deployOptions(recording, {
    repository: url,
    token: server.token,
    app: 'web',
    environment: 'production',
    sourceDir: dir,
    imageRefs: [IMAGE],
    requireApproval: undefined,
    approvalRecord: await environmentApproval(files),
    evidence: { token: 'gh-run-token', apiUrl: api.url, runId: 123, excluded: ['dave'] },
    runUrl: RUN,
    // The run's own repository and commit (the API test server's default head_sha).
    source: 'acme/web@9b2e1d0c3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c',
    deployStatement: signer(),
    ...overrides,
  });
}

const statementRefs = async () =>
  (await server.git('gitops', ['for-each-ref', '--format=%(refname)', DEPLOY_STATEMENT_REF_PREFIX]))
    .split('\n')
    .filter(Boolean);

/** The verifier in a fresh clone, as verify-deployments has one; `fetches` counts its statement fetches. */
async function withVerifier<T>(
  trust: Parameters<typeof deployStatementVerifier>[0]['trust'],
  use: (
    check: ReturnType<typeof deployStatementVerifier>,
    expected: (sha: string) => Promise<ExpectedDeployStatement>,
    fetches: () => number,
  ) => Promise<T>,
): Promise<T> {
  const runtime = createMemoryRuntime();
  return withScratchClone(
    { repository: url, token: server.token, exec: runtime.exec, setSecret: runtime.setSecret },
    { purpose: 'verify-test' },
    async ({ git }) => {
      await git(['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
      let fetches = 0;
      const counting: Git = (args, opts) => {
        if (args[0] === 'fetch') fetches += 1;
        return git(args, opts);
      };
      const expected = async (sha: string): Promise<ExpectedDeployStatement> => {
        const message = (await git(['log', '-1', '--format=%B', sha])).stdout;
        const trailer = (key: string) => [...message.matchAll(new RegExp(`^${key}: (.*)$`, 'gm'))].map((m) => m[1]!);
        return {
          repository: url,
          path: PATH,
          treeId: (await git(['rev-parse', `${sha}:${PATH}`])).stdout.trim(),
          configHash: trailer('Shipgate-Config-Hash')[0] ?? '',
          digests: trailer('Shipgate-Image').map((ref) => ref.slice(ref.indexOf('@') + 1)),
          runUrl: trailer('Shipgate-Run')[0] ?? '',
        };
      };
      return use(deployStatementVerifier({ git: counting, trust }), expected, () => fetches);
    },
  );
}
const trust = () => keylessTrust(JSON.stringify(sigstore.trustedRoot));

/**
 * The attacker's push: a commit on main with `replicas` in the path and the message (trailers) of
 * `copyFrom`, and optionally a statement ref for it pointing at `statementFrom` (another commit's
 * statement) or at a bundle they signed themselves. Pushed straight to the bare repository.
 */
async function attackerPush(copyFrom: string, replicas: number, statement?: { ref?: string; bundle?: string }) {
  const dir = await mkdtemp(join(tmpdir(), 'attacker-'));
  cleanup.push(dir);
  const git = (...args: string[]) => run('git', args, { cwd: dir }).then((r) => r.stdout.trim());
  await run('git', ['clone', '--quiet', server.repoPath('gitops'), dir]);
  await git('config', 'user.name', 'mallory');
  await git('config', 'user.email', 'mallory@example.com');
  await writeFile(join(dir, PATH, 'deployment.yaml'), deployment(replicas));
  await writeFile(join(dir, 'message'), await git('log', '-1', '--format=%B', copyFrom));
  await git('commit', '--quiet', '-a', '-F', 'message');
  const sha = await git('rev-parse', 'HEAD');
  const refspecs = [`${sha}:refs/heads/main`];
  if (statement?.ref) refspecs.push(`${statement.ref}:${DEPLOY_STATEMENT_REF_PREFIX}${sha}`);
  if (statement?.bundle) {
    await writeFile(join(dir, 'bundle.json'), statement.bundle);
    const blob = await git('hash-object', '-w', 'bundle.json');
    const tree = (
      await run('sh', ['-c', `printf '100644 blob ${blob}\\tdeploy-statement.sigstore.json\\n' | git mktree`], {
        cwd: dir,
      })
    ).stdout.trim();
    const commit = await git('commit-tree', tree, '-m', 'statement');
    refspecs.push(`${commit}:${DEPLOY_STATEMENT_REF_PREFIX}${sha}`);
  }
  await git('fetch', '--quiet', 'origin', `+${DEPLOY_STATEMENT_REF_PREFIX}*:${DEPLOY_STATEMENT_REF_PREFIX}*`);
  await git('push', '--quiet', 'origin', ...refspecs);
  return sha;
}

describe('deploy statements: gitops-commit signs what the approved run deploys', () => {
  let landed: string;

  test('an environment-approved deploy lands with its statement under refs/shipgate/statements/<commit>, which binds it to run 123', async () => {
    const result = await deployToGitOps(...deployCall(await options(2)));
    expect(result.changed).toBe(true);
    landed = result.commitSha;
    expect(await statementRefs()).toEqual([`${DEPLOY_STATEMENT_REF_PREFIX}${landed}`]);
    await withVerifier(trust(), async (check, expected) => {
      expect(await check(landed, await expected(landed))).toBeUndefined();
    });
  });

  test('without a way to sign, an environment-reviewed deploy is refused before anything is pushed', async () => {
    const before = await server.git('gitops', ['rev-parse', 'main']);
    const promise = deployToGitOps(...deployCall(await options(3, { deployStatement: undefined })));
    await expect(promise).rejects.toThrow(
      'Environment "production" counts an environment review, which approves a run and not bytes, so the run must sign a deploy statement: grant "permissions: id-token: write" and leave input "deploy-statement" on.',
    );
    await expect(promise).rejects.toBeInstanceOf(ConfigurationError);
    expect(await server.git('gitops', ['rev-parse', 'main'])).toBe(before);
  });

  test('a lost race: the statement rides the same atomic push, so only the landed commit has one', async () => {
    const before = await statementRefs();
    const recording = recordingRuntime();
    const deploy = await options(4, {}, recording);
    const result = await deployToGitOps(
      ...deployCall({
        ...deploy,
        ...losingFirstPush(server.repoPath('gitops'), recording),
      }),
    );
    expect(result.changed).toBe(true);
    expect(result.attempts).toBe(2);
    const pushes = recording.argv.filter((argv) => argv.includes('push'));
    expect(pushes).toHaveLength(2);
    for (const push of pushes) {
      expect(push).toContain('--atomic');
      expect(push.some((arg) => arg.includes(`:${DEPLOY_STATEMENT_REF_PREFIX}`))).toBe(true);
    }
    expect(await statementRefs()).toEqual([...before, `${DEPLOY_STATEMENT_REF_PREFIX}${result.commitSha}`].sort());
    landed = result.commitSha;
  });

  test("content written by hand under the approved run's trailers has no statement", async () => {
    const forged = await attackerPush(landed, 50);
    await withVerifier(trust(), async (check, expected) => {
      expect(await check(forged, await expected(forged))).toBe(NO_DEPLOY_STATEMENT);
    });
  });

  test("the approved run's statement copied onto other content names another tree", async () => {
    const forged = await attackerPush(landed, 51, { ref: `${DEPLOY_STATEMENT_REF_PREFIX}${landed}` });
    await withVerifier(trust(), async (check, expected) => {
      expect(await check(forged, await expected(forged))).toMatch(
        /^its deploy statement names other content: tree [0-9a-f]{40} \(not [0-9a-f]{40}\)$/,
      );
    });
  });

  // Each case pushes a replica count of its own: the same count twice would be an empty commit.
  test.each([
    [
      'their own unapproved run of acme/web',
      60,
      githubClaims({ run_id: '999' }),
      'https://github.com/acme/web/actions/runs/999/attempts/1',
    ],
    [
      'a run with the same id in their own repository',
      61,
      githubClaims({
        repository: 'mallory/tools',
        job_workflow_ref: 'mallory/tools/.github/workflows/ci.yml@refs/heads/main',
      }),
      'https://github.com/mallory/tools/actions/runs/123/attempts/1',
    ],
  ])('a statement of the new content signed by %s', async (_name, replicas, claims, signedBy) => {
    // The attacker signs the exact content they push (the tree id is deterministic).
    const files = { 'deployment.yaml': deployment(replicas) };
    const { configHash } = await inspectCommittedFiles([
      { name: 'deployment.yaml', content: files['deployment.yaml'] },
    ]);
    const treeId = (
      await run('sh', ['-c', `printf '%s' "$0" | git hash-object --stdin`, deployment(replicas)])
    ).stdout.trim();
    const treeOf = (
      await run('sh', ['-c', `printf '100644 blob ${treeId}\\tdeployment.yaml\\n' | git mktree --missing`], {
        cwd: server.repoPath('gitops'),
      })
    ).stdout.trim();
    const bundle = await signer(claims).sign({
      repository: url,
      path: PATH,
      treeId: treeOf,
      configHash,
      digests: [IMAGE.split('@')[1]!],
    });
    const forged = await attackerPush(landed, replicas, { bundle });
    await withVerifier(trust(), async (check, expected) => {
      const want = await expected(forged);
      expect(want.treeId).toBe(treeOf);
      expect(await check(forged, want)).toBe(
        `its deploy statement was signed by run ${signedBy}, not by the approved run ${RUN}`,
      );
    });
  });

  test('a statement signed under another Sigstore does not verify', async () => {
    const result = await deployToGitOps(
      ...deployCall(await options(5, { deployStatement: signer(githubClaims(), () => otherSigstore) })),
    );
    await withVerifier(trust(), async (check, expected) => {
      expect(await check(result.commitSha, await expected(result.commitSha))).toMatch(
        /^its deploy statement's signature does not verify against the trusted root/,
      );
    });
  });

  test('no keyless trust: could not verify, never pass; the statements are fetched once for a range', async () => {
    const { publicKey } = await import('node:crypto').then((crypto) =>
      crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }),
    );
    for (const configured of [undefined, keyTrust(publicKey.export({ format: 'pem', type: 'spki' }).toString())]) {
      await withVerifier(configured, async (check, expected) => {
        const problem = await check(landed, await expected(landed));
        expect(isUnverifiable(problem!)).toBe(true);
      });
    }
    await withVerifier(trust(), async (check, expected, fetches) => {
      const main = (await server.git('gitops', ['rev-list', 'main', '--', PATH])).split('\n').filter(Boolean);
      expect(main.length).toBeGreaterThan(3);
      for (const sha of main) await check(sha, await expected(sha));
      expect(fetches()).toBe(1);
    });
  });

  test('the gitops-commit action signs as its run when the job has an OIDC token (deploy-statement: auto)', async () => {
    const files = { 'deployment.yaml': deployment(7) };
    const dir = await makeSourceDir(files);
    cleanup.push(dir);
    await writeFile(join(dir, '..', 'approval-7.json'), JSON.stringify(await environmentApproval(files)));
    const inputs = {
      repository: url,
      token: server.token,
      app: 'web',
      environment: 'production',
      'source-dir': dir,
      'image-ref': IMAGE,
      'approval-record': join(dir, '..', 'approval-7.json'),
      'github-token': 'gh-run-token',
      ...sigstoreInputs(sigstore),
    };
    const env = {
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_RUN_ID: '123',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: api.url,
      // The run's commit: the environment review counts only for a run of the source commit.
      GITHUB_SHA: '9b2e1d0c3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c',
      GITHUB_ACTOR: 'dave',
    };
    sigstore.claims = githubClaims();
    const runtime = createMemoryRuntime({ inputs, workspace: dir, env: { ...env, ...oidcEnvironment(sigstore) } });
    expect(await runAction(gitopsCommit, runtime), runtime.failed).toBe(0);
    const sha = runtime.outputs['commit-sha']!;
    await withVerifier(trust(), async (check, expected) => {
      expect(await check(sha, await expected(sha))).toBeUndefined();
    });
    for (const token of sigstore.issuedTokens) expect(runtime.logText()).not.toContain(token);

    // Without an OIDC token (no id-token: write), the same deploy is refused, naming the input.
    const without = createMemoryRuntime({
      inputs,
      workspace: dir,
      env: { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
    });
    expect(await runAction(gitopsCommit, without)).toBe(1);
    expect(without.failed).toMatch(/leave input "deploy-statement" on\.$/);
  });

  test('a deploy without an environment review is signed only when told to (deploy-statement: true)', async () => {
    for (const [replicas, always] of [
      [8, false],
      [9, true],
    ] as const) {
      const result = await deployToGitOps(
        ...deployCall(
          await options(replicas, {
            environment: 'staging',
            path: 'apps/web/staging',
            approvalRecord: undefined,
            deployStatement: { ...signer(), always },
          }),
        ),
      );
      expect(result.changed).toBe(true);
      expect((await statementRefs()).includes(`${DEPLOY_STATEMENT_REF_PREFIX}${result.commitSha}`)).toBe(always);
    }
  });
});
