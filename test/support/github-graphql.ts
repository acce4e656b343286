/**
 * `POST /graphql` of the GitHub API stand-in: every query is parsed and validated against GitHub's
 * published GraphQL schema (npm `@octokit/graphql-schema`), then executed over the stand-in's
 * scenario state. A query the schema refuses gets GitHub's answer, HTTP 200 with `errors` and no
 * `data`; something missing (a repository, an issue) is `null` with a `NOT_FOUND` error at its
 * path, as GitHub answers. Resolvers exist for the types Shipgate reads: a repository's issue and
 * its comments.
 */
import { schema as published } from '@octokit/graphql-schema';
import { buildClientSchema, execute, GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';
import type { ApiComment, ApiIssue, GitHubApiState } from './github-api';

type Json = Record<string, unknown>;

let schema: GraphQLSchema | undefined;

/**
 * GitHub's schema, built once from the introspection result `@octokit/graphql-schema` publishes
 * (its own validator's source: the published SDL repeats some enterprise fields, which
 * `buildSchema` rightly refuses).
 */
export function githubGraphQLSchema(): GraphQLSchema {
  schema ??= buildClientSchema(published.json as Parameters<typeof buildClientSchema>[0]);
  return schema;
}

export interface GraphQLAnswer {
  body: Json;
  /** Why the query is one GitHub would refuse, when it is. */
  refused?: string;
}

/** Answers one request body, as GitHub's `POST /graphql` does. */
export function answerGraphQL(state: GitHubApiState, request: unknown): GraphQLAnswer {
  const { query, variables } = (request ?? {}) as { query?: unknown; variables?: unknown };
  if (typeof query !== 'string')
    return refusal([{ message: 'A query attribute must be specified and must be a string.' }]);
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query);
  } catch (error) {
    return refusal([errorEntry(error as GraphQLError)]);
  }
  const problems = validate(githubGraphQLSchema(), document);
  if (problems.length > 0) return refusal(problems.map(errorEntry));
  const result = execute({
    schema: githubGraphQLSchema(),
    document,
    rootValue: rootOf(state),
    variableValues: (variables ?? {}) as Json,
  }) as Awaited<ReturnType<typeof execute>>;
  if ('then' in result) throw new Error('The stand-in resolves synchronously.');
  const errors = (result.errors ?? []).map(errorEntry);
  if (!result.data) return refusal(errors);
  return { body: errors.length > 0 ? { data: result.data, errors } : { data: result.data } };
}

function refusal(errors: Json[]): GraphQLAnswer {
  return { body: { errors }, refused: errors.map((entry) => entry.message).join('; ') };
}

/** GitHub's error entry: message, locations, path, and its own `type` (NOT_FOUND…) at the top level. */
function errorEntry(error: GraphQLError): Json {
  const type = error.extensions?.type;
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(typeof type === 'string' ? { type } : {}),
  };
}

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });
}

function rootOf(state: GitHubApiState): Json {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (!repositoryExists(state, owner, name)) {
        throw notFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return repositoryNode(state, owner, name);
    },
  };
}

/** A repository exists in the scenario when anything in it does. */
function repositoryExists(state: GitHubApiState, owner: string, name: string): boolean {
  const here = (entry: { owner: string; repo: string }) =>
    entry.owner.toLowerCase() === owner.toLowerCase() && entry.repo.toLowerCase() === name.toLowerCase();
  return state.issues.some(here) || [...state.runs.values()].some(here) || state.activities.some(here);
}

function repositoryNode(state: GitHubApiState, owner: string, name: string): Json {
  return {
    __typename: 'Repository',
    name,
    nameWithOwner: `${owner}/${name}`,
    url: `https://github.com/${owner}/${name}`,
    issue: ({ number }: { number: number }) => {
      const issue = state.findIssue(owner, name, number);
      if (!issue) throw notFound(`Could not resolve to an Issue with the number of ${number}.`);
      return issueNode(state, issue);
    },
  };
}

function issueNode(state: GitHubApiState, issue: ApiIssue): Json {
  return {
    __typename: 'Issue',
    id: nodeId('Issue', issue.id),
    number: issue.number,
    url: `https://github.com/${issue.owner}/${issue.repo}/issues/${issue.number}`,
    comments: (args: ConnectionArgs) => {
      const comments = state.comments
        .filter((comment) => comment.owner === issue.owner && comment.repo === issue.repo)
        .filter((comment) => comment.issueNumber === issue.number)
        .sort((a, b) => a.id - b.id);
      return connection(comments, args, 'comments', (comment) => commentNode(state, issue, comment));
    },
  };
}

function commentNode(state: GitHubApiState, issue: ApiIssue, comment: ApiComment): Json {
  const edited = comment.updatedAt !== comment.createdAt;
  return {
    __typename: 'IssueComment',
    id: nodeId('IssueComment', comment.id),
    databaseId: comment.id,
    fullDatabaseId: String(comment.id),
    url: `https://github.com/${comment.owner}/${comment.repo}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    lastEditedAt: edited ? comment.updatedAt : null,
    author: { __typename: 'User', login: state.addUser(comment.login).login },
    issue: () => issueNode(state, issue),
  };
}

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** A connection as GitHub pages one: `first` (at most 100) from an opaque `after` cursor. */
function connection<T>(items: readonly T[], args: ConnectionArgs, name: string, node: (item: T) => Json): Json {
  if (args.last != null || args.before != null) throw new GraphQLError('The stand-in pages forwards only.');
  if (args.first == null) {
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  if (args.first > 100 || args.first < 0) {
    throw new GraphQLError(
      `Requesting ${args.first} records on the \`${name}\` connection exceeds the \`first\` limit of 100 records.`,
    );
  }
  const start = args.after
    ? Number(
        Buffer.from(args.after, 'base64')
          .toString('utf8')
          .replace(/^cursor:/, ''),
      )
    : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new GraphQLError(`\`${args.after}\` does not appear to be a valid cursor.`);
  const slice = items.slice(start, start + args.first);
  const cursor = (offset: number) => Buffer.from(`cursor:${offset}`).toString('base64');
  return {
    totalCount: items.length,
    nodes: slice.map(node),
    pageInfo: {
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? cursor(start) : null,
      endCursor: slice.length > 0 ? cursor(start + slice.length) : null,
    },
  };
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}${id}`).toString('base64');
}
