import { type GitHubContext, readGitHubContext } from './context';
import type { Exec } from './exec';

type Env = Readonly<Record<string, string | undefined>>;

/** What a CI system tells about the source being built; empty strings for what it does not. */
export interface CiSource {
  /** Which CI system the variables came from: `github`, `gitlab`, `jenkins`, …, or `git`. */
  system: string;
  /** `owner/name` (GitLab: the project path, which may have subgroups). */
  repository: string;
  sha: string;
  /** The source commit's committer time, ISO 8601. */
  commitTime: string;
  /** `refs/heads/<branch>`, `refs/tags/<tag>` or `refs/pull/<n>/head` for a merge/pull request. */
  ref: string;
  runUrl: string;
  actor: string;
  /** The git server's base URL (`https://gitlab.example.com`), where owner/name repositories live. */
  serverUrl: string;
}

const EMPTY: Omit<CiSource, 'system'> = {
  repository: '',
  sha: '',
  commitTime: '',
  ref: '',
  runUrl: '',
  actor: '',
  serverUrl: '',
};

/**
 * The source as the CI system's documented variables describe it (GitLab CI, Jenkins, Buildkite,
 * CircleCI, Azure Pipelines), or `undefined` when none of them is set. A pure function of the
 * environment; `detectSourceContext` fills in what is missing from git.
 */
export function readCiSource(env: Env): CiSource | undefined {
  if (env.GITLAB_CI) return gitlab(env);
  if (env.BUILDKITE) return buildkite(env);
  if (env.CIRCLECI) return circleci(env);
  if (env.TF_BUILD) return azurePipelines(env);
  if (env.JENKINS_URL || (env.BUILD_URL && env.GIT_COMMIT)) return jenkins(env);
  return undefined;
}

function gitlab(env: Env): CiSource {
  const ref = env.CI_MERGE_REQUEST_IID
    ? `refs/pull/${env.CI_MERGE_REQUEST_IID}/head`
    : refOf({ tag: env.CI_COMMIT_TAG, branch: env.CI_COMMIT_BRANCH ?? env.CI_COMMIT_REF_NAME });
  return {
    system: 'gitlab',
    repository: env.CI_PROJECT_PATH ?? '',
    sha: env.CI_COMMIT_SHA ?? '',
    commitTime: env.CI_COMMIT_TIMESTAMP ?? '',
    ref,
    runUrl: env.CI_PIPELINE_URL ?? env.CI_JOB_URL ?? '',
    actor: env.GITLAB_USER_LOGIN ?? '',
    serverUrl: env.CI_SERVER_URL ?? '',
  };
}

function jenkins(env: Env): CiSource {
  // GIT_BRANCH is the remote-tracking name (origin/main); BRANCH_NAME (multibranch) is plain.
  const branch = env.BRANCH_NAME ?? env.GIT_BRANCH?.replace(/^(?:refs\/remotes\/)?origin\//, '');
  const ref = env.CHANGE_ID ? `refs/pull/${env.CHANGE_ID}/head` : refOf({ tag: env.TAG_NAME, branch });
  const remote = parseRemoteUrl(env.GIT_URL ?? '');
  return {
    ...EMPTY,
    system: 'jenkins',
    ...remote,
    sha: env.GIT_COMMIT ?? '',
    ref,
    runUrl: env.BUILD_URL ?? '',
    actor: env.BUILD_USER_ID ?? env.CHANGE_AUTHOR ?? '',
  };
}

function buildkite(env: Env): CiSource {
  const pullRequest = env.BUILDKITE_PULL_REQUEST && env.BUILDKITE_PULL_REQUEST !== 'false';
  return {
    ...EMPTY,
    system: 'buildkite',
    ...parseRemoteUrl(env.BUILDKITE_REPO ?? ''),
    // BUILDKITE_COMMIT may be the literal HEAD for a manual build; git resolves it then.
    sha: /^[0-9a-f]{40,64}$/i.test(env.BUILDKITE_COMMIT ?? '') ? (env.BUILDKITE_COMMIT as string) : '',
    ref: pullRequest
      ? `refs/pull/${env.BUILDKITE_PULL_REQUEST}/head`
      : refOf({ tag: env.BUILDKITE_TAG, branch: env.BUILDKITE_BRANCH }),
    runUrl: env.BUILDKITE_BUILD_URL ?? '',
    actor: env.BUILDKITE_BUILD_CREATOR ?? '',
  };
}

function circleci(env: Env): CiSource {
  const pullRequest = env.CIRCLE_PR_NUMBER ?? /\/pull\/(\d+)$/.exec(env.CIRCLE_PULL_REQUEST ?? '')?.[1];
  const owner = env.CIRCLE_PROJECT_USERNAME;
  const name = env.CIRCLE_PROJECT_REPONAME;
  const remote = parseRemoteUrl(env.CIRCLE_REPOSITORY_URL ?? '');
  return {
    ...EMPTY,
    system: 'circleci',
    ...remote,
    repository: owner && name ? `${owner}/${name}` : remote.repository,
    sha: env.CIRCLE_SHA1 ?? '',
    ref: pullRequest ? `refs/pull/${pullRequest}/head` : refOf({ tag: env.CIRCLE_TAG, branch: env.CIRCLE_BRANCH }),
    runUrl: env.CIRCLE_BUILD_URL ?? '',
    actor: env.CIRCLE_USERNAME ?? '',
  };
}

function azurePipelines(env: Env): CiSource {
  const collection = env.SYSTEM_COLLECTIONURI ?? env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI ?? '';
  const runUrl =
    collection && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
      ? `${collection.replace(/\/*$/, '/')}${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
      : '';
  const remote = parseRemoteUrl(env.BUILD_REPOSITORY_URI ?? '');
  // Build.SourceBranch is already a full ref (refs/heads/main, refs/tags/v1, refs/pull/7/merge).
  const pullRequest = env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER ?? env.SYSTEM_PULLREQUEST_PULLREQUESTID;
  return {
    ...EMPTY,
    system: 'azure-pipelines',
    ...remote,
    repository: env.BUILD_REPOSITORY_NAME?.includes('/') ? env.BUILD_REPOSITORY_NAME : remote.repository,
    sha: env.BUILD_SOURCEVERSION ?? '',
    ref: pullRequest ? `refs/pull/${pullRequest}/head` : (env.BUILD_SOURCEBRANCH ?? ''),
    runUrl,
    actor: env.BUILD_REQUESTEDFOR ?? '',
  };
}

function refOf(names: { tag?: string; branch?: string }): string {
  if (names.tag) return `refs/tags/${names.tag}`;
  if (names.branch) return `refs/heads/${names.branch}`;
  return '';
}

/**
 * `https://user:secret@git.example.com/acme/web.git`, `git@github.com:acme/web.git` or
 * `ssh://git@host:22/acme/web` → `acme/web` and the server's https base URL. Credentials in the
 * URL are dropped, never returned.
 */
export function parseRemoteUrl(url: string): { repository: string; serverUrl: string } {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return { repository: scp[2]!, serverUrl: `https://${scp[1]}` };
  try {
    const parsed = new URL(url);
    const repository = parsed.pathname.replace(/^\/+/, '').replace(/\.git\/?$|\/+$/g, '');
    if (!repository.includes('/')) return { repository: '', serverUrl: '' };
    const serverUrl = parsed.protocol === 'http:' ? `http://${parsed.host}` : `https://${parsed.hostname}`;
    return { repository, serverUrl };
  } catch {
    return { repository: '', serverUrl: '' };
  }
}

/**
 * What `git` in the workspace knows about the checked-out source: HEAD, its committer time, the
 * branch (or a tag at HEAD when detached) and the origin remote. Empty fields when the workspace
 * is no git checkout or git is missing.
 */
export async function readGitSource(exec: Exec, workspace: string): Promise<CiSource> {
  const git = async (args: string[]) => {
    try {
      const result = await exec('git', args, { cwd: workspace, ignoreReturnCode: true, quiet: true });
      return result.exitCode === 0 ? result.stdout.trim() : '';
    } catch {
      return '';
    }
  };
  const sha = await git(['rev-parse', '--verify', '-q', 'HEAD']);
  if (!sha) return { ...EMPTY, system: 'git' };
  const branch = await git(['symbolic-ref', '-q', '--short', 'HEAD']);
  const tag = branch ? '' : ((await git(['tag', '--points-at', 'HEAD'])).split('\n')[0] ?? '');
  return {
    ...EMPTY,
    system: 'git',
    ...parseRemoteUrl(await git(['remote', 'get-url', 'origin'])),
    sha,
    commitTime: await git(['show', '-s', '--format=%cI', sha]),
    ref: refOf({ tag, branch }),
  };
}

/**
 * The run's context outside GitHub Actions: the CI system's variables, with what they leave out
 * (Jenkins has no commit time, a laptop has no variables at all) taken from git in the workspace.
 * On GitHub (GITHUB_ACTIONS or GITHUB_REPOSITORY set) it is the GitHub context unchanged.
 */
export async function detectSourceContext(options: {
  env: Env;
  exec: Exec;
  workspace: string;
}): Promise<GitHubContext> {
  const { env } = options;
  const github = readGitHubContext(env);
  if (env.GITHUB_ACTIONS || env.GITHUB_REPOSITORY) return github;
  const ci = readCiSource(env);
  const git = await readGitSource(options.exec, options.workspace);
  // git's commit time only describes the CI's commit when both name the same one.
  const sameCommit = !ci?.sha || ci.sha === git.sha;
  const pick = (field: keyof Omit<CiSource, 'system'>) =>
    ci?.[field] || (sameCommit || field === 'repository' || field === 'serverUrl' ? git[field] : '');
  const sha = ci?.sha || git.sha;
  return {
    ...github,
    ciSystem: ci?.system ?? (git.sha ? 'git' : ''),
    repository: pick('repository'),
    sha,
    commitTime: pick('commitTime') || undefined,
    ref: pick('ref'),
    actor: ci?.actor ?? '',
    triggeringActor: ci?.actor ?? '',
    runUrl: ci?.runUrl ?? '',
    serverUrl: (pick('serverUrl') || github.serverUrl).replace(/\/+$/, ''),
  };
}
