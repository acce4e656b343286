type Env = Readonly<Record<string, string | undefined>>;

/** Who a commit names as its author and committer. */
export interface CommitAuthor {
  name: string;
  email: string;
}

/** The identity GitHub gives commits made with a job's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_AUTHOR: CommitAuthor = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * The identity of commits made where no CI system names a person: `.invalid` is reserved
 * (RFC 2606) and never resolves, so the address can be nobody's.
 */
export const SHIPGATE_AUTHOR: CommitAuthor = { name: 'Shipgate', email: 'shipgate@shipgate.invalid' };

/**
 * The author of the commits Shipgate makes when the inputs name none: the CI system's own
 * identity where it has one. On GitHub Actions `github-actions[bot]`; in GitLab CI the user who
 * started the pipeline (`GITLAB_USER_NAME`, `GITLAB_USER_EMAIL`); in Jenkins the user who started
 * the build as the Build User Vars plugin sets them (`BUILD_USER`, `BUILD_USER_EMAIL`); otherwise,
 * or when the system does not say who, `SHIPGATE_AUTHOR`.
 */
export function ciCommitAuthor(env: Env): CommitAuthor {
  if (env.GITHUB_ACTIONS === 'true') return GITHUB_ACTIONS_AUTHOR;
  if (env.GITLAB_CI) return personOr(env.GITLAB_USER_NAME, env.GITLAB_USER_EMAIL);
  if (env.JENKINS_URL) return personOr(env.BUILD_USER, env.BUILD_USER_EMAIL);
  return SHIPGATE_AUTHOR;
}

/** The person when the CI system names them (their address, or Shipgate's when it has none); else Shipgate. */
function personOr(name: string | undefined, email: string | undefined): CommitAuthor {
  const person = name?.trim();
  if (!person) return SHIPGATE_AUTHOR;
  return { name: person, email: email?.trim() || SHIPGATE_AUTHOR.email };
}

/** The `author-name` and `author-email` inputs, each defaulting to `ciCommitAuthor`'s. */
export function commitAuthorInputs(
  inputs: { string(name: string, defaultValue: string): string },
  env: Env,
): CommitAuthor {
  const ci = ciCommitAuthor(env);
  return { name: inputs.string('author-name', ci.name), email: inputs.string('author-email', ci.email) };
}
