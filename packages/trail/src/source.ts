/** A `Shipgate-Source` value, `owner/repo@<revision>`, in its parts. */
export interface SourceReference {
  /** `owner/repo` of the source repository. */
  repository: string;
  /** What follows the `@`, as written. */
  revision: string;
  /**
   * The revision when it is a commit id (7 to 64 hex digits): what an approval or a deploy
   * statement binds to. A workflow's own source always is one; an input may name a tag.
   */
  sha?: string;
}

/**
 * The one reading of `Shipgate-Source` (and of the `source` input it comes from): `undefined` for
 * anything but `owner/repo@<revision>`.
 */
export function parseSource(value: string | undefined): SourceReference | undefined {
  const match = /^([^/@\s]+\/[^/@\s]+)@([^@\s]+)$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, repository = '', revision = ''] = match;
  return { repository, revision, ...(/^[0-9A-Fa-f]{7,64}$/.test(revision) ? { sha: revision } : {}) };
}

/** The source repository and commit, when the value names a commit by its id. */
export function sourceCommit(value: string | undefined): { repository: string; sha: string } | undefined {
  const source = parseSource(value);
  return source?.sha ? { repository: source.repository, sha: source.sha } : undefined;
}
