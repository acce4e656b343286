import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { defaultCatalog } from '@shipgate/cli';
import { buildCommitMessage } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manifestStatus, pushTinyImage, STACK_FRAME, scratchDirs, shipgate, writeTrivyReport } from '../faults/harness';
import { type GitServer, startGitServer } from '../support/git-server';
import { startRegistry, type TestRegistry } from '../support/registry';
import { repoRoot } from '../support/shared-fixtures';

const execFileAsync = promisify(execFile);

/**
 * The bad-input table: every action run through the CLI with one bad input each. Each must exit
 * 1 with one `error:` line that names the input, print no stack trace, and leave the registry and
 * the GitOps repository exactly as they were.
 */

interface BadInput {
  action: string;
  what: string;
  /** Flags after the ones every run of the action gets (`base`); `{…}` placeholders are filled in. */
  args: string[];
  /** The input the error must name (quoted, as the messages do). */
  input: string;
  /** Drop these flags from the base (to test them missing). */
  without?: string[];
}

// buildah's own settings for an unprivileged test machine; the actions hard-code neither.
const BUILDAH_TEST_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };
const TOKEN_PLACEHOLDER = '{token}';
const NEWLINE_TRAILER = 'web\nShipgate-Environment: production';

const cases: BadInput[] = [
  // build-image
  { action: 'build-image', what: 'missing image', args: [], input: 'image', without: ['--image'] },
  { action: 'build-image', what: 'image with a tag', args: ['--image', '{registry}/acme/web:1'], input: 'image' },
  // An upper-case repository path is lowercased with a notice (as docker/metadata-action does), not refused.
  {
    action: 'build-image',
    what: 'space in the repository',
    args: ['--image', '{registry}/acme/my web'],
    input: 'image',
  },
  {
    action: 'build-image',
    what: 'traversal in the repository',
    args: ['--image', '{registry}/../etc'],
    input: 'image',
  },
  {
    action: 'build-image',
    what: 'newline in the repository',
    args: ['--image', '{registry}/acme/web\nevil'],
    input: 'image',
  },
  { action: 'build-image', what: 'unknown builder', args: ['--builder', 'podman'], input: 'builder' },
  { action: 'build-image', what: 'push not a boolean', args: ['--push', 'maybe'], input: 'push' },
  { action: 'build-image', what: 'push-retries too many', args: ['--push-retries', '11'], input: 'push-retries' },
  { action: 'build-image', what: 'push-retries negative', args: ['--push-retries', '-1'], input: 'push-retries' },
  { action: 'build-image', what: 'push-retries a fraction', args: ['--push-retries', '1.5'], input: 'push-retries' },
  { action: 'build-image', what: 'platform without arch', args: ['--platforms', 'linux'], input: 'platforms' },
  { action: 'build-image', what: 'build-arg without a name', args: ['--build-args', '=value'], input: 'build-args' },
  { action: 'build-image', what: 'context that does not exist', args: ['--context', 'nowhere'], input: 'context' },
  { action: 'build-image', what: 'Dockerfile that does not exist', args: ['--file', 'app/Nope'], input: 'file' },
  {
    action: 'build-image',
    what: 'password without user',
    args: ['--registry-password', 'pw-123'],
    input: 'registry-username',
  },
  { action: 'build-image', what: 'tls-verify not a boolean', args: ['--tls-verify', 'no'], input: 'tls-verify' },
  // scan-image
  { action: 'scan-image', what: 'missing image-ref', args: [], input: 'image-ref', without: ['--image-ref'] },
  { action: 'scan-image', what: 'malformed image-ref', args: ['--image-ref', 'web@@sha256'], input: 'image-ref' },
  {
    action: 'scan-image',
    what: 'short digest',
    args: ['--image-ref', '{registry}/acme/web@sha256:abc'],
    input: 'image-ref',
  },
  { action: 'scan-image', what: 'unknown scanner', args: ['--scanner', 'clamav'], input: 'scanner' },
  {
    action: 'scan-image',
    what: 'unknown severity',
    args: ['--severity-threshold', 'severe'],
    input: 'severity-threshold',
  },
  {
    action: 'scan-image',
    what: 'unknown report severity',
    args: ['--report-threshold', 'loud'],
    input: 'report-threshold',
  },
  { action: 'scan-image', what: 'report that does not exist', args: ['--report', 'nope.json'], input: 'report' },
  { action: 'scan-image', what: 'truncated report', args: ['--report', 'truncated-report.json'], input: 'report' },
  { action: 'scan-image', what: 'report that is not JSON', args: ['--report', 'not-json.json'], input: 'report' },
  { action: 'scan-image', what: 'huge report (over 1 GiB)', args: ['--report', 'huge-report.json'], input: 'report' },
  { action: 'scan-image', what: 'report that is a directory', args: ['--report', 'app'], input: 'report' },
  {
    action: 'scan-image',
    what: 'ignore-unfixed not a boolean',
    args: ['--ignore-unfixed', 'yes'],
    input: 'ignore-unfixed',
  },
  { action: 'scan-image', what: 'ignore-file missing', args: ['--ignore-file', 'nope.yaml'], input: 'ignore-file' },
  { action: 'scan-image', what: 'ignore-file a YAML bomb', args: ['--ignore-file', 'bomb.yaml'], input: 'ignore-file' },
  {
    action: 'scan-image',
    what: 'fail-on-violation a number',
    args: ['--fail-on-violation', '2'],
    input: 'fail-on-violation',
  },
  // render-manifests
  { action: 'render-manifests', what: 'missing source', args: [], input: 'source', without: ['--source'] },
  { action: 'render-manifests', what: 'source that does not exist', args: ['--source', 'nowhere'], input: 'source' },
  {
    action: 'render-manifests',
    what: 'newline in environment',
    args: ['--environment', NEWLINE_TRAILER],
    input: 'environment',
  },
  {
    action: 'render-manifests',
    what: 'traversal in environment',
    args: ['--environment', '../production'],
    input: 'environment',
  },
  { action: 'render-manifests', what: 'mutable image tag', args: ['--image-ref', 'nginx:latest'], input: 'image-ref' },
  { action: 'render-manifests', what: 'unknown renderer', args: ['--renderer', 'jsonnet'], input: 'renderer' },
  {
    action: 'render-manifests',
    what: 'require-digests a word',
    args: ['--require-digests', 'always'],
    input: 'require-digests',
  },
  {
    action: 'render-manifests',
    what: 'namespace not a DNS label',
    args: ['--namespace', 'Bad_NS'],
    input: 'namespace',
  },
  // approval-gate
  { action: 'approval-gate', what: 'missing environment', args: [], input: 'environment', without: ['--environment'] },
  { action: 'approval-gate', what: 'unknown mode', args: ['--mode', 'sometimes'], input: 'mode' },
  { action: 'approval-gate', what: 'min-approvals a word', args: ['--min-approvals', 'two'], input: 'min-approvals' },
  { action: 'approval-gate', what: 'min-approvals huge', args: ['--min-approvals', '1e3'], input: 'min-approvals' },
  { action: 'approval-gate', what: 'negative timeout', args: ['--timeout-minutes', '-5'], input: 'timeout-minutes' },
  {
    action: 'approval-gate',
    what: 'self-approval not a boolean',
    args: ['--allow-self-approval', 'sure'],
    input: 'allow-self-approval',
  },
  { action: 'approval-gate', what: 'config-hash not sha256', args: ['--config-hash', 'md5:abc'], input: 'config-hash' },
  { action: 'approval-gate', what: 'mutable image-ref', args: ['--image-ref', 'nginx:latest'], input: 'image-ref' },
  // gitops-commit
  { action: 'gitops-commit', what: 'missing repository', args: [], input: 'repository', without: ['--repository'] },
  { action: 'gitops-commit', what: 'missing app', args: [], input: 'app', without: ['--app'] },
  { action: 'gitops-commit', what: 'traversal in app', args: ['--app', '../../etc'], input: 'app' },
  { action: 'gitops-commit', what: 'newline in app', args: ['--app', NEWLINE_TRAILER], input: 'app' },
  {
    action: 'gitops-commit',
    what: 'traversal in environment',
    args: ['--environment', 'staging/../../x'],
    input: 'environment',
  },
  { action: 'gitops-commit', what: 'path outside the repository', args: ['--path', '../outside'], input: 'path' },
  { action: 'gitops-commit', what: 'branch a..b', args: ['--branch', 'a..b'], input: 'branch' },
  { action: 'gitops-commit', what: 'branch starting with -', args: ['--branch', '-delete'], input: 'branch' },
  { action: 'gitops-commit', what: 'mutable image-ref', args: ['--image-ref', 'nginx:latest'], input: 'image-ref' },
  { action: 'gitops-commit', what: 'config-hash not hex', args: ['--config-hash', 'sha256:xyz'], input: 'config-hash' },
  { action: 'gitops-commit', what: 'unknown mode', args: ['--mode', 'force'], input: 'mode' },
  { action: 'gitops-commit', what: 'max-attempts zero', args: ['--max-attempts', '0'], input: 'max-attempts' },
  {
    action: 'gitops-commit',
    what: 'max-attempts huge',
    args: ['--max-attempts', '99999999999999999999'],
    input: 'max-attempts',
  },
  {
    action: 'gitops-commit',
    what: 'truncated scan-record',
    args: ['--scan-record', 'truncated-record.json'],
    input: 'scan-record',
  },
  {
    action: 'gitops-commit',
    what: 'huge scan-record (300 MiB)',
    args: ['--scan-record', 'huge-record.json'],
    input: 'scan-record',
  },
  {
    action: 'gitops-commit',
    what: 'truncated approval-record',
    args: ['--approval-record', 'truncated-record.json'],
    input: 'approval-record',
  },
  {
    action: 'gitops-commit',
    what: 'the token in message',
    args: ['--message', `Deploy ${TOKEN_PLACEHOLDER}`],
    input: 'message',
  },
  {
    action: 'gitops-commit',
    what: 'the token in author-name',
    args: ['--author-name', TOKEN_PLACEHOLDER],
    input: 'author-name',
  },
  { action: 'gitops-commit', what: 'source not owner/repo@sha', args: ['--source', 'not a source'], input: 'source' },
  {
    action: 'gitops-commit',
    what: 'source-dir that does not exist',
    args: ['--source-dir', 'nowhere'],
    input: 'source-dir',
  },
  { action: 'gitops-commit', what: 'prune not a boolean', args: ['--prune', 'sometimes'], input: 'prune' },
  {
    action: 'gitops-commit',
    what: 'source-time not a date',
    args: ['--source-time', 'last tuesday'],
    input: 'source-time',
  },
  // promote
  {
    action: 'promote',
    what: 'missing from-environment',
    args: [],
    input: 'from-environment',
    without: ['--from-environment'],
  },
  { action: 'promote', what: 'branch a..b', args: ['--branch', 'a..b'], input: 'branch' },
  {
    action: 'promote',
    what: 'to-image with a digest',
    args: ['--to-image', `{registry}/production/web@sha256:${'a'.repeat(64)}`],
    input: 'to-image',
  },
  {
    action: 'promote',
    what: 'password without user',
    args: ['--registry-password', 'pw-123'],
    input: 'registry-username',
  },
  { action: 'promote', what: 'tls-verify not a boolean', args: ['--tls-verify', 'nope'], input: 'tls-verify' },
  // rollback
  { action: 'rollback', what: 'missing reason', args: [], input: 'reason', without: ['--reason'] },
  {
    action: 'rollback',
    what: 'the token in reason',
    args: ['--reason', `broken, see ${TOKEN_PLACEHOLDER}`],
    input: 'reason',
  },
  { action: 'rollback', what: 'branch with a colon', args: ['--branch', 'main:evil'], input: 'branch' },
  {
    action: 'rollback',
    what: 'require-approval a word',
    args: ['--require-approval', 'definitely'],
    input: 'require-approval',
  },
  // deployment-report
  { action: 'deployment-report', what: 'since 150000d', args: ['--since', '150000d'], input: 'since' },
  { action: 'deployment-report', what: 'since 99999999d', args: ['--since', '99999999d'], input: 'since' },
  {
    action: 'deployment-report',
    what: 'since after until',
    args: ['--since', '2026-11-01', '--until', '2026-10-01'],
    input: 'until',
  },
  { action: 'deployment-report', what: 'until not a date', args: ['--until', '2026-02-31T25:00'], input: 'until' },
  { action: 'deployment-report', what: 'since a word', args: ['--since', 'yesterday'], input: 'since' },
  { action: 'deployment-report', what: 'since negative', args: ['--since', '-5d'], input: 'since' },
  {
    action: 'deployment-report',
    what: 'missing environments',
    args: [],
    input: 'environments',
    without: ['--environments'],
  },
  {
    action: 'deployment-report',
    what: 'environment twice',
    args: ['--environments', 'staging,staging'],
    input: 'environments',
  },
  { action: 'deployment-report', what: 'branch a..b', args: ['--branch', 'a..b'], input: 'branch' },
  // verify-deployments
  { action: 'verify-deployments', what: 'range of three dots', args: ['--range', 'a...b...c'], input: 'range' },
  { action: 'verify-deployments', what: 'range since a word', args: ['--range', 'since:yesterday'], input: 'range' },
  { action: 'verify-deployments', what: 'range with a newline', args: ['--range', 'main\nHEAD'], input: 'range' },
  { action: 'verify-deployments', what: 'branch a..b', args: ['--branch', 'a..b'], input: 'branch' },
  {
    action: 'verify-deployments',
    what: 'missing repository',
    args: [],
    input: 'repository',
    without: ['--repository'],
  },
];

describe('the bad-input table over the CLI', () => {
  let registry: TestRegistry;
  let git: GitServer;
  let dirs: Awaited<ReturnType<typeof scratchDirs>>;
  let imageRef: string;
  let repository: string;
  let stateBefore: string;

  /** Everything a bad input must not touch: the registry's catalog and tags, every ref on the git server. */
  const state = async () => {
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    const tags = await Promise.all(
      catalog.repositories.map(
        async (name) => (await (await fetch(`${registry.url}/v2/${name}/tags/list`)).json()) as object,
      ),
    );
    const refs = await git.git('gitops', ['for-each-ref', '--format=%(refname) %(objectname)']);
    return JSON.stringify({ catalog, tags, refs });
  };

  beforeAll(async () => {
    [registry, git] = await Promise.all([startRegistry(), startGitServer()]);
    dirs = await scratchDirs('shipgate-bad-inputs-');
    const digest = await pushTinyImage(registry.host, 'acme/web', 'v1');
    imageRef = `${registry.host}/acme/web@${digest}`;
    repository = await git.createRepo('gitops', {
      files: { 'README.md': 'GitOps\n' },
      commits: [
        {
          files: { 'apps/web/staging/deployment.yaml': 'apiVersion: v1\nkind: Deployment\n' },
          message: buildCommitMessage('', {
            app: 'web',
            environment: 'staging',
            imageRefs: [imageRef],
            approvedBy: [],
          }),
        },
        {
          files: { 'apps/web/staging/deployment.yaml': 'kind: Deployment\nmetadata: {name: web}\n' },
          message: buildCommitMessage('', {
            app: 'web',
            environment: 'staging',
            imageRefs: [imageRef],
            approvedBy: [],
          }),
        },
      ],
    });
    const ws = dirs.workspace;
    await mkdir(join(ws, 'app'));
    await copyFile('/bin/busybox', join(ws, 'app', 'busybox'));
    await writeFile(join(ws, 'app', 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\n');
    await mkdir(join(ws, 'rendered'));
    await writeFile(
      join(ws, 'rendered', 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ${imageRef}\n`,
    );
    await cp(join(repoRoot, 'workflows-examples', 'sample-app', 'deploy'), join(ws, 'deploy'), { recursive: true });
    await writeTrivyReport(join(ws, 'report.json'), imageRef, digest);
    const report = await readFile(join(ws, 'report.json'), 'utf8');
    await writeFile(join(ws, 'truncated-report.json'), report.slice(0, Math.floor(report.length / 2)));
    await writeFile(join(ws, 'not-json.json'), 'SchemaVersion: 2\n');
    await writeFile(join(ws, 'huge-report.json'), '');
    await truncate(join(ws, 'huge-report.json'), 1024 ** 3 + 1); // sparse: nothing written
    await writeFile(join(ws, 'truncated-record.json'), '{"schema":"shipgate.dev/scan-record/v1","imageRef":"');
    await writeFile(join(ws, 'huge-record.json'), '');
    await truncate(join(ws, 'huge-record.json'), 300 * 1024 ** 2);
    // A billion-laughs document: nine levels of ten aliases each.
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    await writeFile(join(ws, 'bomb.yaml'), `${levels.join('\n')}\nignore: *i\n`);
    stateBefore = await state();
  }, 120_000);
  afterAll(async () => {
    await Promise.all([registry?.stop(), git?.stop()]);
    await dirs?.remove();
  });

  const base = (action: string): string[] => {
    const repo = ['--repository', repository];
    switch (action) {
      case 'build-image':
        return [
          '--image',
          `${registry.host}/acme/built`,
          '--context',
          'app',
          '--tags',
          'v1',
          '--builder',
          'buildah',
          '--tls-verify',
          'false',
        ];
      case 'scan-image':
        return ['--image-ref', imageRef, '--report', 'report.json'];
      case 'render-manifests':
        return ['--source', 'deploy', '--environment', 'staging', '--image-ref', `ghcr.io/acme/web=${imageRef}`];
      case 'approval-gate':
        return [
          '--environment',
          'production',
          '--app',
          'web',
          '--approvers',
          'alice',
          '--image-ref',
          imageRef,
          '--github-token',
          'ghs_gate_token_1234',
          '--config-hash',
          `sha256:${'c'.repeat(64)}`,
          '--requester',
          'bob',
        ];
      case 'gitops-commit':
        return [...repo, '--app', 'web', '--environment', 'dev', '--source-dir', 'rendered', '--image-ref', imageRef];
      case 'promote':
        return [
          ...repo,
          '--app',
          'web',
          '--from-environment',
          'staging',
          '--to-environment',
          'production',
          '--to-image',
          `${registry.host}/production/web`,
          '--tls-verify',
          'false',
        ];
      case 'rollback':
        return [...repo, '--app', 'web', '--environment', 'staging', '--reason', 'broken'];
      case 'deployment-report':
        return [...repo, '--app', 'web', '--environments', 'staging'];
      case 'verify-deployments':
        return [...repo];
      default:
        throw new Error(`no base for ${action}`);
    }
  };

  const argv = (entry: BadInput): string[] => {
    const flags = base(entry.action);
    for (const name of entry.without ?? []) {
      const at = flags.indexOf(name);
      flags.splice(at, 2);
    }
    const fill = (value: string) =>
      value.replaceAll('{registry}', registry.host).replaceAll(TOKEN_PLACEHOLDER, git.token);
    // A flag given in `args` replaces the base one (the CLI would join repeated flags as lines).
    for (let i = 0; i < entry.args.length; i += 2) {
      const at = flags.indexOf(entry.args[i] ?? '');
      if (at >= 0) flags.splice(at, 2);
    }
    return [entry.action, ...flags, ...entry.args].map(fill);
  };

  const outcomes = new Map<string, number>();

  test('the table has at least 60 bad inputs across every action', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    // Every action the CLI offers has bad inputs here; a new action needs its rows.
    expect(new Set(cases.map((entry) => entry.action))).toEqual(
      new Set(defaultCatalog.metadata.map((action) => action.name)),
    );
  });

  test.each(cases)(
    '$action: $what',
    async (entry) => {
      const started = Date.now();
      const run = await shipgate(argv(entry), {
        ...dirs.env,
        ...BUILDAH_TEST_ENV,
        SHIPGATE_TOKEN: git.token,
        GITHUB_REPOSITORY: 'acme/web',
      });
      expect(run.exitCode, run.stderr).toBe(1);
      expect(run.errors, run.stderr).toHaveLength(1);
      expect(run.errors[0]).toContain(`"${entry.input}"`);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(`${run.stdout}${run.stderr}`).not.toContain(git.token);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await state()).toBe(stateBefore);
      expect(await manifestStatus(registry.url, 'acme/built', 'v1')).toBe(404);
      outcomes.set(entry.action, (outcomes.get(entry.action) ?? 0) + 1);
    },
    30_000,
  );

  test('nothing was pushed or committed by any of them', async () => {
    expect(await state()).toBe(stateBefore);
    const { stdout } = await execFileAsync('git', ['rev-list', '--count', '--all'], { cwd: git.repoPath('gitops') });
    expect(Number(stdout.trim())).toBe(3);
  });
});
