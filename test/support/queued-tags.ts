/**
 * What a landing queue looks like to a fetch, written straight into a test server's bare
 * repository with plain git: a tag on a commit of its own under a ref, and a branch moved by a
 * commit. The tag's message is no request's, so a writer that reads one judges it junk; tests of
 * how the queue is fetched need no more.
 */
import type { Exec } from '@shipgate/core';

/** git in the bare repository at `repoPath`, with an identity and stdin; stdout trimmed. */
async function inBare(exec: Exec, repoPath: string, args: readonly string[], input?: string): Promise<string> {
  const result = await exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: repoPath,
    ...(input === undefined ? {} : { input }),
  });
  return result.stdout.trim();
}

/** A commit holding `app.yaml` = `content`, on `parent` when given. */
async function commitWith(exec: Exec, repoPath: string, content: string, parent?: string): Promise<string> {
  const blob = await inBare(exec, repoPath, ['hash-object', '-w', '--stdin'], content);
  const tree = await inBare(exec, repoPath, ['mktree'], `100644 blob ${blob}\tapp.yaml\n`);
  return inBare(exec, repoPath, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', content]);
}

/** Puts a tag on a commit holding `content` under `ref`; returns the tag's id. */
export async function writeTaggedCommit(exec: Exec, repoPath: string, ref: string, content: string): Promise<string> {
  const commit = await commitWith(exec, repoPath, content);
  const name = ref.split('/').at(-1) ?? 'queued';
  const tag = await inBare(
    exec,
    repoPath,
    ['mktag'],
    `object ${commit}\ntype commit\ntag ${name}\ntagger Test <test@example.com> 0 +0000\n\n${content}`,
  );
  await inBare(exec, repoPath, ['update-ref', ref, tag]);
  return tag;
}

/** Moves `refs/heads/<branch>` on by one commit holding `content`; returns it. */
export async function advanceBranch(exec: Exec, repoPath: string, branch: string, content: string): Promise<string> {
  const tip = await inBare(exec, repoPath, ['rev-parse', `refs/heads/${branch}`]);
  const commit = await commitWith(exec, repoPath, content, tip);
  await inBare(exec, repoPath, ['update-ref', `refs/heads/${branch}`, commit]);
  return commit;
}

/** Deletes `ref`. */
export async function deleteRef(exec: Exec, repoPath: string, ref: string): Promise<void> {
  await inBare(exec, repoPath, ['update-ref', '-d', ref]);
}
