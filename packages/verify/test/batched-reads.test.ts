import { createGitHubClient, GitHubApiError } from '@shipgate/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { BatchLoader } from '../src/batch-loader';
import { readIssueComments } from '../src/issue-comments-query';
import { WorkflowRunReader } from '../src/workflow-runs';

let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi();
});
afterEach(async () => {
  await api.stop();
});

const client = () => createGitHubClient({ token: api.token, baseUrl: api.url, attempts: 1 });

describe('BatchLoader', () => {
  test('fills each batch with planned keys, reads each key once, and fails only the key that failed', async () => {
    const batches: number[][] = [];
    const loader = new BatchLoader<number, string>({
      keyOf: String,
      load: async (keys) => {
        batches.push(keys);
        return keys.map((key) => (key === 7 ? new Error('seven is missing') : `value ${key}`));
      },
      size: 5,
    });
    loader.plan([1, 2, 3, 4, 5, 6, 7, 8]);
    const [eight, one] = await Promise.all([loader.get(8), loader.get(1)]);
    expect([eight, one]).toEqual(['value 8', 'value 1']);
    expect(batches).toEqual([[8, 1, 2, 3, 4]]);
    expect(await loader.get(3)).toBe('value 3');
    await expect(loader.get(7)).rejects.toThrow('seven is missing');
    expect(await loader.get(6)).toBe('value 6');
    expect(batches).toEqual([
      [8, 1, 2, 3, 4],
      [7, 5, 6],
    ]);
  });
});

describe('readIssueComments', () => {
  test('pages a long discussion on its own, and a missing issue is a 404 of that issue alone', async () => {
    const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 'Deploy', author: 'carol' });
    for (let i = 0; i < 150; i++) api.state.addComment(issue.number, 'bystander', `comment ${i}`);
    const [long, missing] = await readIssueComments(client(), [
      { owner: 'acme', repo: 'web', number: issue.number },
      { owner: 'acme', repo: 'web', number: 99 },
    ]);
    expect(Array.isArray(long) && long.map((comment) => comment.body)).toEqual(
      Array.from({ length: 150 }, (_, i) => `comment ${i}`),
    );
    expect(missing).toBeInstanceOf(GitHubApiError);
    expect((missing as GitHubApiError).status).toBe(404);
    expect(api.requestsTo('graphql')).toHaveLength(2);
    api.assertNoViolations();
  });
});

describe('WorkflowRunReader', () => {
  test('a planned run the list does not show (created after the deploy said) is read on its own', async () => {
    api.state.addRun({ owner: 'acme', repo: 'web', id: 1, actor: 'alice', createdAt: '2026-01-01T10:00:00Z' });
    api.state.addRun({ owner: 'acme', repo: 'web', id: 2, actor: 'bob', createdAt: '2026-01-01T12:00:00Z' });
    const reader = new WorkflowRunReader(client());
    const decidedAt = Date.parse('2026-01-01T11:00:00Z');
    reader.plan([
      { run: { owner: 'acme', repo: 'web', id: 1 }, decidedAt },
      { run: { owner: 'acme', repo: 'web', id: 2 }, decidedAt },
    ]);
    const [first, second] = await Promise.all([
      reader.read({ owner: 'acme', repo: 'web', id: 1 }),
      reader.read({ owner: 'acme', repo: 'web', id: 2 }),
    ]);
    expect([first.actors, second.actors]).toEqual([['alice'], ['bob']]);
    expect(api.requests.map((request) => request.operationId)).toEqual([
      'actions/list-workflow-runs-for-repo',
      'actions/get-workflow-run',
    ]);
    expect(api.requests[0]?.query.created).toBe('<=2026-01-01T11:00:00.000Z');
  });
});
