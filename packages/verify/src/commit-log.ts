import { parseTrailerLines, type Trailer } from '@shipgate/trail';

const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';

/**
 * One header per commit for `git log -z --name-only --no-renames`: sha, parents, committer time,
 * author and committer (`name <email>`), subject, then the trailers of the last paragraph, unfolded.
 * The header is followed by the paths the commit changed against its first parent.
 */
export const VERIFY_LOG_FORMAT = [
  '%H',
  '%P',
  '%cI',
  '%an <%ae>',
  '%cn <%ce>',
  '%s',
  '%(trailers:only=true,unfold=true,separator=%x1e)',
].join('%x1f');

/** A commit of the range as the verifier reads it: who, when, what it says, what it touched. */
export interface LoggedCommit {
  sha: string;
  parents: string[];
  committedAt: string;
  author: string;
  committer: string;
  subject: string;
  trailers: Trailer[];
  /** Paths changed against the first parent (every path for a root commit; none for a merge). */
  files: string[];
}

/**
 * Parses `git log -z --name-only --format=VERIFY_LOG_FORMAT`: each header is NUL-terminated and
 * followed by `\n` and NUL-terminated paths. A header is the token holding the field separator,
 * which git never puts in a path it prints with -z unless the path itself holds one; such a path
 * would not start with a 40- or 64-hex sha and a separator, so it stays a path.
 */
export function parseCommitLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const raw of output.split('\u0000')) {
    const token = raw.replace(/^\n/, '');
    if (!token) continue;
    const header = /^([0-9a-f]{40}|[0-9a-f]{64})\u001f/.test(token) ? token.split(FIELD) : undefined;
    if (header && header.length >= 7) {
      const [sha = '', parents = '', committedAt = '', author = '', committer = '', subject = ''] = header;
      const trailerText = header.slice(6).join(FIELD);
      commits.push({
        sha,
        parents: parents.split(' ').filter(Boolean),
        committedAt,
        author,
        committer,
        subject,
        trailers: parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())),
        files: [],
      });
      continue;
    }
    commits.at(-1)?.files.push(token);
  }
  return commits;
}
