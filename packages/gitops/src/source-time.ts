import type { Exec } from '@shipgate/core';
import { commitTime, createGit } from '@shipgate/git';

export interface SourceTimeLookup {
  exec: Exec;
  /** The source checkout (GITHUB_WORKSPACE), when the workflow checked it out. */
  workspace: string;
  /** The source commit (GITHUB_SHA). */
  sha: string;
  /** The event payload; a push event carries `head_commit.timestamp`. */
  payload: Record<string, unknown>;
}

/**
 * The source commit's committer time, for `Shipgate-Source-Time`: from the checkout when the
 * commit is there, else from the push event's head commit; `undefined` when neither knows it.
 */
export async function resolveSourceTime(lookup: SourceTimeLookup): Promise<string | undefined> {
  if (/^[0-9a-f]{7,64}$/i.test(lookup.sha)) {
    try {
      const time = await commitTime(createGit({ exec: lookup.exec, cwd: lookup.workspace }), lookup.sha);
      if (time && !Number.isNaN(Date.parse(time))) return time;
    } catch {
      // git missing or the workspace is not a directory: fall back to the event
    }
  }
  const headCommit = lookup.payload.head_commit as { id?: unknown; timestamp?: unknown } | undefined;
  const timestamp = headCommit?.timestamp;
  if (typeof timestamp === 'string' && !Number.isNaN(Date.parse(timestamp))) return timestamp;
  return undefined;
}
