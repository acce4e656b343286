import { afterEach, describe, expect, test } from 'vitest';
import { type GitHubApi, startGitHubApi } from './github-api';

let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.stop();
  api = undefined;
});

async function query(text: string, variables?: Record<string, unknown>, token = 'test-token') {
  if (!api) throw new Error('no server');
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, ...(variables ? { variables } : {}) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface CommentPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{
    fullDatabaseId: string;
    url: string;
    body: string;
    updatedAt: string;
    lastEditedAt: string | null;
    author: { login: string };
  }>;
}
const commentsOf = (body: Record<string, unknown>) =>
  (body.data as { repository: { issue: { comments: CommentPage } } }).repository.issue.comments;

const COMMENTS = `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      comments(first: 2, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { fullDatabaseId url body createdAt updatedAt lastEditedAt author { login } }
      }
    }
  }
}`;

describe('POST /graphql', () => {
  test('answers a repository issue’s comments from the scenario, page by page', async () => {
    api = await startGitHubApi();
    const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 'Deploy', author: 'carol' });
    const ids = ['one', 'two', 'three'].map((body) => api!.state.addComment(issue.number, 'alice', body).id);
    api.state.editComment(ids[1]!, 'two, edited');
    const variables = { owner: 'acme', name: 'web', number: issue.number };
    const first = await query(COMMENTS, variables);
    expect(first.status).toBe(200);
    const page = commentsOf(first.body);
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((node) => [node.fullDatabaseId, node.body, node.author.login])).toEqual([
      [String(ids[0]), 'one', 'alice'],
      [String(ids[1]), 'two, edited', 'alice'],
    ]);
    const [unedited, edited] = page.nodes;
    expect(unedited?.lastEditedAt).toBeNull();
    expect(edited?.lastEditedAt).toBe(edited?.updatedAt);
    expect(unedited?.url).toBe(`https://github.com/acme/web/issues/${issue.number}#issuecomment-${ids[0]}`);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await query(COMMENTS, { ...variables, after: page.pageInfo.endCursor });
    const rest = commentsOf(second.body);
    expect(rest.nodes.map((node) => node.body)).toEqual(['three']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(api.requestsTo('graphql')).toHaveLength(2);
  });

  test('a missing issue is null with a NOT_FOUND error at its path; the rest of the query is answered', async () => {
    api = await startGitHubApi();
    const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 'Deploy', author: 'carol' });
    const { body } = await query(`{
      present: repository(owner: "acme", name: "web") { issue(number: ${issue.number}) { number } }
      missing: repository(owner: "acme", name: "web") { issue(number: 99) { number } }
      nowhere: repository(owner: "acme", name: "nothing") { name }
    }`);
    expect(body.data).toEqual({
      present: { issue: { number: issue.number } },
      missing: { issue: null },
      nowhere: null,
    });
    expect(body.errors).toEqual([
      expect.objectContaining({ type: 'NOT_FOUND', path: ['missing', 'issue'] }),
      expect.objectContaining({ type: 'NOT_FOUND', path: ['nowhere'] }),
    ]);
  });

  test('a query GitHub’s schema refuses gets errors and no data, and is recorded as a violation', async () => {
    api = await startGitHubApi();
    const { status, body } = await query(
      '{ repository(owner: "acme", name: "web") { issue(number: 1) { approvals } } }',
    );
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/approvals.*Issue/) })]);
    const unparsable = await query('{ repository(owner: "acme" ');
    expect(unparsable.body.errors).toEqual([expect.objectContaining({ locations: [expect.any(Object)] })]);
    api.state.addIssue({ owner: 'acme', repo: 'web', title: 'Deploy', author: 'carol' });
    const unpaged = await query(
      '{ repository(owner: "acme", name: "web") { issue(number: 1) { comments { totalCount } } } }',
    );
    expect(unpaged.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/must provide/) })]);
    expect(api.violations).toHaveLength(2);
    expect(api.violations[0]).toMatch(/schema refuses the query/);
    api.violations.length = 0;
  });

  test('a connection asked for more than 100 records is refused as GitHub does', async () => {
    api = await startGitHubApi();
    const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 'Deploy', author: 'carol' });
    const { body } = await query(
      `{ repository(owner: "acme", name: "web") { issue(number: ${issue.number}) { comments(first: 101) { totalCount } } } }`,
    );
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/limit of 100/) })]);
  });

  test('asks for a token like the REST side', async () => {
    api = await startGitHubApi();
    const { status } = await query('{ viewer { login } }', undefined, 'nope');
    expect(status).toBe(401);
  });
});
