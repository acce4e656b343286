import type { IssueRef, ListedComment } from '@shipgate/approvals';
import { GitHubApiError, type GitHubClient, type GraphQLErrorEntry } from '@shipgate/core';

/**
 * The comments of many request issues in one GraphQL query: each issue an aliased
 * `repository(owner, name) { issue(number) { comments(first: 100) } }`, since a trail names its
 * evidence by comment URL (owner, repository, issue, comment id) and GitHub documents no way to
 * turn that into a node id. An issue with more than 100 comments is paged on its own after.
 */

/** Issues per query: well under GitHub's node limit (50 × 100 comments), and small enough to answer quickly. */
export const ISSUES_PER_QUERY = 50;
/** Like the REST list's page cap: a longer list is an error, never a silent cut. */
const MAX_PAGES = 100;

const COMMENT_FIELDS = `totalCount
pageInfo { hasNextPage endCursor }
nodes { fullDatabaseId databaseId url body createdAt updatedAt lastEditedAt author { login } }`;

interface CommentNode {
  fullDatabaseId: string | null;
  databaseId: number | null;
  url: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  lastEditedAt: string | null;
  author: { login: string } | null;
}

interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: CommentNode[];
}

type IssueAnswer = { issue: { comments: CommentPage } | null } | null;

/** Each issue's comments as the REST list gives them, or the error that kept them from being read. */
export async function readIssueComments(
  client: GitHubClient,
  issues: readonly IssueRef[],
): Promise<Array<ListedComment[] | GitHubApiError>> {
  const declared = issues.map((_, i) => `$o${i}: String!, $r${i}: String!, $n${i}: Int!`).join(', ');
  const selections = issues.map((_, i) => `i${i}: ${issueSelection(`${i}`, 'first: 100')}`).join('\n');
  const variables = Object.fromEntries(issues.flatMap((issue, i) => Object.entries(variablesOf(issue, `${i}`))));
  const { data, errors } = await client.graphql<Record<string, IssueAnswer>>(
    `query(${declared}) {\n${selections}\n}`,
    variables,
  );
  return Promise.all(
    issues.map(async (issue, i) => {
      const answer = data[`i${i}`]?.issue;
      if (!answer)
        return missing(
          issue,
          errors.filter((entry) => entry.path?.[0] === `i${i}`),
        );
      try {
        return await withLaterPages(client, issue, answer.comments);
      } catch (error) {
        if (error instanceof GitHubApiError) return error;
        throw error;
      }
    }),
  );
}

/** The first page's comments and, for a long discussion, every later page of that issue. */
async function withLaterPages(client: GitHubClient, issue: IssueRef, first: CommentPage): Promise<ListedComment[]> {
  const nodes = [...first.nodes];
  let page = first;
  for (let count = 1; page.pageInfo.hasNextPage; count++) {
    if (count >= MAX_PAGES)
      throw new GitHubApiError('POST /graphql', `more than ${MAX_PAGES} pages of comments on ${name(issue)}`);
    const { data, errors } = await client.graphql<{ r: IssueAnswer }>(
      `query($o: String!, $r: String!, $n: Int!, $after: String) {\nr: ${issueSelection('', 'first: 100, after: $after')}\n}`,
      { ...variablesOf(issue, ''), after: page.pageInfo.endCursor },
    );
    const next = data.r?.issue?.comments;
    if (!next) throw missing(issue, errors);
    nodes.push(...next.nodes);
    page = next;
  }
  return nodes.map((node) => listedComment(node, issue));
}

/** One issue's comments, named by the variables `$o<suffix>`, `$r<suffix>`, `$n<suffix>`. */
function issueSelection(suffix: string, paging: string): string {
  return `repository(owner: $o${suffix}, name: $r${suffix}) { issue(number: $n${suffix}) { comments(${paging}) { ${COMMENT_FIELDS} } } }`;
}

function variablesOf(issue: IssueRef, suffix: string): Record<string, string | number> {
  return { [`o${suffix}`]: issue.owner, [`r${suffix}`]: issue.repo, [`n${suffix}`]: issue.number };
}

/**
 * A comment in the REST list's shape. An edit shows in `lastEditedAt` as well as `updatedAt`: the
 * later of the two is its `updated_at`, so an edited comment never reads as unedited.
 */
function listedComment(node: CommentNode, issue: IssueRef): ListedComment {
  const id = Number(node.fullDatabaseId ?? node.databaseId);
  if (!Number.isSafeInteger(id)) {
    throw new GitHubApiError('POST /graphql', `a comment on ${name(issue)} came without its id (${node.url})`);
  }
  const edited = node.lastEditedAt && Date.parse(node.lastEditedAt) > Date.parse(node.updatedAt);
  return {
    id,
    body: node.body,
    user: node.author ? { login: node.author.login } : null,
    created_at: node.createdAt,
    updated_at: edited ? (node.lastEditedAt as string) : node.updatedAt,
    html_url: node.url,
  };
}

/** GitHub's NOT_FOUND for a repository or issue reads as the REST 404 it would have been. */
function missing(issue: IssueRef, errors: readonly GraphQLErrorEntry[]): GitHubApiError {
  const notFound = errors.find((entry) => entry.type === 'NOT_FOUND');
  if (notFound) return new GitHubApiError('POST /graphql', `404 ${notFound.message}`, { status: 404 });
  const detail = errors.map((entry) => `${entry.type ?? 'error'} ${entry.message}`).join('; ');
  return new GitHubApiError(
    'POST /graphql',
    `no comments of ${name(issue)} in the answer${detail ? ` (${detail})` : ''}`,
  );
}

function name(issue: IssueRef): string {
  return `${issue.owner}/${issue.repo}#${issue.number}`;
}
