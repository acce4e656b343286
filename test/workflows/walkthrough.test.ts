import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordedTrivyReport } from '../e2e/recorded-scan';
import { recordPushes } from '../support/activity';
import { type GitServer, startGitServer } from '../support/git-server';
import { type GitHubApi, startGitHubApi } from '../support/github-api';
import { startRegistry, type TestRegistry } from '../support/registry';
import { repoRoot } from '../support/shared-fixtures';
import { actionlint } from './actionlint';
import { exportedNames, type ShellBlock, settingsBlock, shellBlocks } from './markdown-shell-blocks';
import { ShellSession } from './shell-session';

// docs/walkthrough.md, run: every `sh` block in order, in one shell, from an empty GitOps
// repository on the test git server to a production deploy approved on the GitHub API test
// server, its pull request merged as GitHub's merge queue merges it. Only the settings are the
// test's own (its servers, tokens and checkouts), and Trivy, not installable here, is a stand-in
// that writes the project's recorded report for the image (as the demo does).
const run = promisify(execFile);
const page = readFileSync(join(repoRoot, 'docs', 'walkthrough.md'), 'utf8');
const blocks = shellBlocks(page);
const GITOPS = 'acme/gitops';
const DEVELOPER_TOKEN = 'ghu_dana_walkthrough';

/** `trivy image --format json --output <file> <ref>`: the recorded report, bound to that image. */
function trivyStandIn(directory: string): void {
  const report = JSON.stringify(recordedTrivyReport('__REPOSITORY__@__DIGEST__'));
  const script = `#!/usr/bin/env node
const args = process.argv.slice(2);
const output = args[args.indexOf('--output') + 1];
const ref = args.at(-1);
if (args[0] !== 'image' || !output || !ref.includes('@')) { console.error('trivy stand-in: unexpected arguments ' + args.join(' ')); process.exit(2); }
const at = ref.lastIndexOf('@');
const report = ${JSON.stringify(report)}.replaceAll('__REPOSITORY__', ref.slice(0, at)).replaceAll('__DIGEST__', ref.slice(at + 1));
require('node:fs').writeFileSync(output, report);
`;
  writeFileSync(join(directory, 'trivy'), script);
  chmodSync(join(directory, 'trivy'), 0o755);
}

describe('docs/walkthrough.md', () => {
  let work: string;
  let git: GitServer;
  let api: GitHubApi;
  let registry: TestRegistry;
  let settings: Record<string, string>;
  let env: Record<string, string>;
  const transcript: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shipgate-walkthrough-'));
    git = await startGitServer();
    await git.createRepo(GITOPS);
    api = await startGitHubApi({ tokens: { [git.token]: 'shipgate-bot', [DEVELOPER_TOKEN]: 'dana' } });
    // The policy's approvers answer the request approval-gate posts.
    api.state.onRequestCommented = (issue) => {
      for (const login of ['alice', 'bob']) {
        api.state.addComment(issue.number, login, '/approve', { owner: issue.owner, repo: issue.repo });
      }
    };
    registry = await startRegistry();
    const app = join(work, 'web');
    cpSync(join(repoRoot, 'workflows-examples', 'sample-app'), app, { recursive: true });
    cpSync('/bin/busybox', join(app, 'busybox'));
    const home = join(work, 'home');
    const bin = join(work, 'bin');
    mkdirSync(home);
    mkdirSync(bin);
    trivyStandIn(bin);
    // What `gh auth setup-git` and a developer's git configuration give: a name, and a credential
    // helper with the token for the GitOps server.
    writeFileSync(
      join(home, '.gitconfig'),
      `[user]\n\tname = Dana Developer\n\temail = dana@acme.example\n[init]\n\tdefaultBranch = main\n` +
        `[credential]\n\thelper = "!f() { echo username=x-access-token; echo password=${git.token}; }; f"\n`,
    );
    const shellEnv = { PATH: `${bin}:${process.env.PATH}`, HOME: home };
    await run('git', ['init', '-q', '-b', 'main'], { cwd: app, env: shellEnv });
    await run('git', ['remote', 'add', 'origin', 'https://github.com/acme/web.git'], { cwd: app, env: shellEnv });
    await run('git', ['add', '--all'], { cwd: app, env: shellEnv });
    await run('git', ['commit', '-q', '-m', 'The web app'], { cwd: app, env: shellEnv });
    settings = {
      SHIPGATE: repoRoot,
      SHIPGATE_REPOSITORY: 'acme/shipgate',
      GITOPS,
      GITOPS_REPOSITORY: git.repoUrl(GITOPS),
      APP_REPOSITORY: 'acme/web',
      APP_CHECKOUT: app,
      IMAGE: `${registry.host}/acme/web`,
      GITHUB_LOGIN: 'dana',
      GITHUB_TOKEN: DEVELOPER_TOKEN,
      GITOPS_TOKEN: git.token,
    };
    env = {
      ...shellEnv,
      TMPDIR: mkdtempSync(join(work, 'tmp-')),
      // The test's stand-ins: GitHub's API, a registry over plain HTTP, buildah without root features.
      GITHUB_API_URL: api.url,
      SHIPGATE_TLS_VERIFY: 'false',
      STORAGE_DRIVER: process.env.STORAGE_DRIVER ?? 'vfs',
      BUILDAH_ISOLATION: process.env.BUILDAH_ISOLATION ?? 'chroot',
    };
  }, 60_000);

  afterAll(async () => {
    const build = (() => {
      try {
        return JSON.parse(readFileSync(join(work, 'shipgate-walkthrough', 'build.json'), 'utf8')) as Record<
          string,
          string
        >;
      } catch {
        return undefined;
      }
    })();
    if (build?.['image-id'])
      await run('buildah', ['rmi', '--force', build['image-id']], { env: { ...process.env, ...env } }).catch(
        () => undefined,
      );
    await Promise.allSettled([git?.stop(), api?.stop(), registry?.stop()]);
    rmSync(work, { recursive: true, force: true });
  });

  test('every block is run, or says why not; the settings name what the test sets', () => {
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks.filter((candidate) => candidate.kind !== 'run')) {
      expect(block.reason.length, `a ${block.kind} block in "${block.section}"`).toBeGreaterThan(20);
    }
    const [first] = blocks;
    expect(first?.kind).toBe('settings');
    expect(blocks.filter((block) => block.kind === 'settings')).toHaveLength(1);
    expect(exportedNames(first!.code).sort()).toEqual(Object.keys(settings).sort());
  });

  /** What GitHub's merge queue does once the check passed: merge the newest pull request with a merge commit. */
  async function mergeAsGitHub(block: ShellBlock): Promise<string> {
    expect(block.code).toMatch(/^gh pr merge --auto --merge /);
    const pull = api.state.pulls.at(-1)!;
    const clone = mkdtempSync(join(work, 'merge-queue-'));
    const gitIn = (...args: string[]) => run('git', args, { cwd: clone, env: { ...process.env, HOME: env.HOME! } });
    await run('git', ['clone', '-q', git.repoPath(GITOPS), clone]);
    await gitIn('fetch', '-q', 'origin', pull.head);
    await gitIn(
      '-c',
      'user.name=GitHub',
      '-c',
      'user.email=noreply@github.com',
      'merge',
      '-q',
      '--no-ff',
      '-m',
      `Merge pull request #${pull.number} from acme/${pull.head}`,
      'FETCH_HEAD',
    );
    await gitIn('push', '-q', 'origin', 'HEAD:main');
    await recordPushes(
      api,
      git,
      { name: GITOPS, owner: 'acme', repo: 'gitops', actor: 'dana' },
      { activityType: 'merge_queue_merge' },
    );
    return pull.head;
  }

  test('run in order, it takes an empty GitOps repository to an approved, verified production deploy', async () => {
    const shell = new ShellSession({ cwd: work, env });
    const merged: string[] = [];
    try {
      for (const [index, block] of blocks.entries()) {
        if (block.kind === 'not run') continue;
        if (block.kind === 'GitHub') {
          merged.push(await mergeAsGitHub(block));
          continue;
        }
        const code = block.kind === 'settings' ? settingsBlock(settings) : block.code;
        // GitHub's record of the pushes so far, which verify-deployments reads.
        await recordPushes(api, git, { name: GITOPS, owner: 'acme', repo: 'gitops', actor: 'dana' });
        const result = await shell.run(code);
        transcript.push(`$ block ${index} (${block.section})\n${result.stdout}${result.stderr}`);
        expect(
          result.status,
          `block ${index} in "${block.section}" failed:\n${block.code}\n${result.stderr.slice(-3000)}`,
        ).toBe(0);
      }
    } finally {
      await shell.close();
    }
    expect(merged).toEqual(['shipgate/web-staging', 'shipgate/web-production']);
    const trailers = await git.git(GITOPS, ['log', '-1', '--format=%(trailers:only,unfold)', 'main^2']);
    expect(trailers).toContain('Shipgate-Environment: production');
    expect(trailers).toMatch(/^Approved-by: alice$/m);
    expect(trailers).toMatch(/^Approved-by: bob$/m);
    expect(trailers).toMatch(/^Shipgate-Attestations: sha256:[0-9a-f]{64} provenance, scan \(pass /m);
    expect(await git.git(GITOPS, ['ls-tree', '--name-only', 'main', 'apps/web/production/'])).toContain(
      'apps/web/production/web-deployment-sample-app.yaml',
    );
    // The last blocks printed what production runs and the whole branch's verdict.
    const output = transcript.join('\n');
    expect(output).toContain(`Good "git" signature for shipgate-production@acme.example`);
    expect(output).toMatch(/^ {2}namespace: web$/m);
    expect(output).toMatch(/^verdict=pass$/m);
    api.assertNoViolations();
  }, 300_000);

  test('the not-run blocks name what was set up: the pushed ruleset, and the secrets and variables the workflows read', async () => {
    const notRun = blocks
      .filter((block) => block.kind === 'not run')
      .map((block) => block.code)
      .join('\n');
    const input = /--input gitops\/(\S+)/.exec(notRun)?.[1];
    expect(input).toBe('.github/rulesets/default-branch.json');
    expect(await git.git(GITOPS, ['show', `main:${input}`])).toBe(
      readFileSync(join(repoRoot, 'templates', 'gitops-repo', input!), 'utf8').trimEnd(),
    );
    const workflow = await git.git(GITOPS, ['show', 'main:.github/workflows/verify-deployments.yml']);
    expect(notRun).toContain(`gh secret set SHIPGATE_EVIDENCE_TOKEN --repo "$GITOPS"`);
    expect(workflow).toContain('secrets.SHIPGATE_EVIDENCE_TOKEN');
    expect(workflow).toMatch(/uses: acme\/shipgate\/actions\/verify-deployments@[0-9a-f]{40}$/m);
    const example = readFileSync(join(repoRoot, 'workflows-examples', 'build-scan-deploy.yml'), 'utf8');
    const read = (kind: string) =>
      [...new Set([...example.matchAll(new RegExp(`\\b${kind}\\.([A-Z_]+)`, 'g'))].map((match) => match[1]!))]
        .filter((name) => name !== 'GITHUB_TOKEN')
        .sort();
    const set = (kind: string) =>
      [
        ...new Set(
          [...notRun.matchAll(new RegExp(`gh ${kind} set ([A-Z_]+) --repo "\\$APP_REPOSITORY"`, 'g'))].map(
            (match) => match[1]!,
          ),
        ),
      ].sort();
    expect(set('secret')).toEqual(read('secrets'));
    expect(set('variable')).toEqual(read('vars'));
    // The workflow as section 2's sed left it still lints clean.
    expect(await actionlint(workflow, '.github/workflows/verify-deployments.yml')).toEqual([]);
  });
});
