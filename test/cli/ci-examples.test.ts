import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCliRuntime, detectSourceContext } from '@shipgate/core';
import { computeImageMetadata } from '@shipgate/image';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type GitServer, startGitServer } from '../support/git-server';
import { repoRoot } from '../support/shared-fixtures';

// docs/cli.md's GitLab CI and Jenkins examples, run as those systems would run them: each script
// line through a shell in the job's checkout of the app repository, with the variables the CI
// system sets. Only the clone of Shipgate itself is replaced, by a link to this repository.
const docs = readFileSync(join(repoRoot, 'docs', 'cli.md'), 'utf8');
const IMAGE_REF = `ghcr.io/acme/web@sha256:${'5b0c6f0b3d1a2e9c'.repeat(4)}`;
const CLONE = /^git clone --depth 1 --branch v1 https:\/\/github\.com\/<org>\/shipgate\.git shipgate$/;

function codeBlock(heading: string, language: string): string {
  const section = docs.split(`## ${heading}\n`)[1] ?? '';
  return new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1] ?? '';
}

function gitlabJob(): { variables: Record<string, string>; script: string[] } {
  const jobs = parseYaml(codeBlock('GitLab CI example', 'yaml')) as Record<
    string,
    { variables: Record<string, string>; script: string[] }
  >;
  return Object.values(jobs)[0]!;
}

function jenkinsfile(): { environment: Record<string, string>; credentials: Record<string, string>; steps: string[] } {
  const text = codeBlock('Jenkins example', 'groovy');
  const environment: Record<string, string> = {};
  const credentials: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(/^\s+([A-Z_]+) = '([^']*)'$/gm)) environment[name!] = value!;
  for (const [, name, id] of text.matchAll(/^\s+([A-Z_]+) = credentials\('([^']+)'\)$/gm)) credentials[name!] = id!;
  const steps = [...text.matchAll(/^\s+sh '([^']*)'$/gm)].map((match) => match[1]!);
  return { environment, credentials, steps };
}

describe('docs/cli.md CI examples, end to end on the test git server', () => {
  let server: GitServer;
  let work: string;
  const checkout = (name: string) => {
    // The job's checkout of the app repository: the sample app's deploy/ in a real git commit.
    const dir = join(work, name);
    cpSync(join(repoRoot, 'workflows-examples', 'sample-app', 'deploy'), join(dir, 'deploy'), { recursive: true });
    symlinkSync(repoRoot, join(dir, 'shipgate'));
    const git = (...args: string[]) =>
      spawnSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_COMMITTER_DATE: '2026-11-30T09:15:00Z' },
      }).stdout.trim();
    git('init', '-q', '-b', 'main');
    git('add', 'deploy');
    git('-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'change');
    return { dir, sha: git('rev-parse', 'HEAD') };
  };
  // Asynchronous: the git server answers from this same process.
  const shell = (command: string, cwd: string, env: Record<string, string>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('bash', ['-c', command], {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: work, ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  const run = async (commands: string[], cwd: string, env: Record<string, string>) => {
    for (const command of commands) {
      if (CLONE.test(command)) continue;
      const result = await shell(command, cwd, env);
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
      expect(`${result.stdout}${result.stderr}`).not.toContain(server.token);
      expect(result.stderr).not.toMatch(/^warning: No source commit is known/m);
    }
  };
  const lastDeploy = async () => ({
    trailers: await server.git('gitops', ['log', '-1', '--format=%(trailers:only,unfold)', 'main']),
    files: await server.git('gitops', ['ls-tree', '-r', '--name-only', 'main', 'apps/web/staging']),
    author: await server.git('gitops', ['log', '-1', '--format=%an <%ae> / %cn <%ce>', 'main']),
  });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shipgate-ci-examples-'));
    server = await startGitServer();
    await server.createRepo('gitops', { files: { 'README.md': '# GitOps\n' } });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('the docs show both examples, each cloning Shipgate first', () => {
    expect(gitlabJob().script.some((line) => CLONE.test(line))).toBe(true);
    expect(jenkinsfile().steps.some((line) => CLONE.test(line))).toBe(true);
  });

  test('GitLab CI: the deploy commit names the source, its time and the pipeline', async () => {
    const { dir, sha } = checkout('gitlab');
    const job = gitlabJob();
    const ciVariables: Record<string, string> = {
      GITLAB_CI: 'true',
      CI: 'true',
      CI_PROJECT_DIR: dir,
      CI_PROJECT_PATH: 'acme/web',
      CI_SERVER_URL: 'https://gitlab.example.com',
      CI_COMMIT_SHA: sha,
      CI_COMMIT_BRANCH: 'main',
      CI_COMMIT_TIMESTAMP: '2026-11-30T10:15:00+01:00',
      CI_PIPELINE_URL: 'https://gitlab.example.com/acme/web/-/pipelines/4711',
      GITLAB_USER_LOGIN: 'alice',
      GITLAB_USER_NAME: 'Alice Admin',
      GITLAB_USER_EMAIL: 'alice@example.com',
      // The project's CI/CD variables.
      GITOPS_TOKEN: server.token,
      GITOPS_REPOSITORY: server.repoUrl('gitops'),
      IMAGE_REF,
    };
    // GitLab expands variables in the job's variables: from the CI/CD variables.
    const jobVariables = Object.fromEntries(
      Object.entries(job.variables).map(([name, value]) => [
        name,
        value.replace(/\$(\w+)/g, (_, v: string) => ciVariables[v] ?? ''),
      ]),
    );
    await run(job.script, dir, { ...ciVariables, ...jobVariables });
    const { trailers, files, author } = await lastDeploy();
    // The user who started the pipeline, not github-actions[bot].
    expect(author).toBe('Alice Admin <alice@example.com> / Alice Admin <alice@example.com>');
    expect(trailers).toContain(`Shipgate-Source: acme/web@${sha}`);
    expect(trailers).toContain('Shipgate-Source-Time: 2026-11-30T09:15:00.000Z');
    expect(trailers).toContain('Shipgate-Run: https://gitlab.example.com/acme/web/-/pipelines/4711');
    expect(trailers).toContain(`Shipgate-Image: ${IMAGE_REF}`);
    expect(files).toContain('apps/web/staging/');
  }, 180_000);

  test('Jenkins: the source from GIT_COMMIT and GIT_URL, its time from the checkout, the run from BUILD_URL', async () => {
    const { dir, sha } = checkout('jenkins');
    const { environment, credentials, steps } = jenkinsfile();
    expect(credentials).toEqual({ SHIPGATE_TOKEN: 'gitops-token' });
    await run(steps, dir, {
      JENKINS_URL: 'https://jenkins.example.com/',
      WORKSPACE: dir,
      GIT_COMMIT: sha,
      GIT_BRANCH: 'origin/main',
      GIT_URL: 'https://git.example.com/acme/web.git',
      BUILD_URL: 'https://jenkins.example.com/job/web/153/',
      // The Build User Vars plugin's variables.
      BUILD_USER: 'Bob Builder',
      BUILD_USER_EMAIL: 'bob@example.com',
      ...environment,
      SHIPGATE_TOKEN: server.token,
      GITOPS_REPOSITORY: server.repoUrl('gitops'),
      IMAGE_REF: IMAGE_REF.replace('5b0c', '6c1d'),
    });
    const { trailers, author } = await lastDeploy();
    expect(author).toBe('Bob Builder <bob@example.com> / Bob Builder <bob@example.com>');
    expect(trailers).toContain(`Shipgate-Source: acme/web@${sha}`);
    expect(trailers).toContain('Shipgate-Source-Time: 2026-11-30T09:15:00.000Z');
    expect(trailers).toContain('Shipgate-Run: https://jenkins.example.com/job/web/153/');
  }, 180_000);

  test('gitops-commit with no source anywhere warns that ordering and lead time are off', async () => {
    const dir = mkdtempSync(join(work, 'no-source-'));
    // Rendered manifests only: an environment path holds no kustomize base (the writers' content rule).
    mkdirSync(join(dir, 'rendered'));
    for (const file of ['deployment.yaml', 'service.yaml']) {
      cpSync(join(repoRoot, 'workflows-examples', 'sample-app', 'deploy', 'base', file), join(dir, 'rendered', file));
    }
    const bundle = join(repoRoot, 'packages', 'cli', 'dist', 'index.js');
    const result = await shell(
      `node ${bundle} gitops-commit --repository "$GITOPS_REPOSITORY" --app api --environment dev --source-dir rendered --image-ref "$IMAGE_REF"`,
      dir,
      {
        SHIPGATE_TOKEN: server.token,
        GITOPS_REPOSITORY: server.repoUrl('gitops'),
        IMAGE_REF,
        GIT_CEILING_DIRECTORIES: work,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'warning: No source commit is known (no "source" input, no CI variables naming one, no git checkout): the deploy commit gets no Shipgate-Source, so the rule against overwriting a newer deploy and the lead time are off for it.',
    );
    // No CI system names anyone: the neutral Shipgate identity.
    expect(await server.git('gitops', ['log', '-1', '--format=%an <%ae>', 'main'])).toBe(
      'Shipgate <shipgate@shipgate.invalid>',
    );
  }, 120_000);

  test("build-image's tags in a GitLab tag pipeline come from CI_COMMIT_TAG and CI_COMMIT_SHA", async () => {
    const { dir, sha } = checkout('gitlab-tag');
    const runtime = createCliRuntime({ inputs: {}, env: {}, writeLog: () => {} });
    const context = await detectSourceContext({
      env: {
        GITLAB_CI: 'true',
        CI_COMMIT_SHA: sha,
        CI_COMMIT_TAG: 'v1.4.0',
        CI_PROJECT_PATH: 'acme/web',
        CI_SERVER_URL: 'https://gitlab.example.com',
      },
      exec: runtime.exec,
      workspace: dir,
    });
    const metadata = computeImageMetadata({ context, now: new Date('2026-12-01T00:00:00Z') });
    expect(metadata.tags).toEqual(['1.4.0', '1.4', '1', 'latest', `sha-${sha.slice(0, 7)}`]);
    expect(metadata.labels['org.opencontainers.image.source']).toBe('https://gitlab.example.com/acme/web');
  });
});
