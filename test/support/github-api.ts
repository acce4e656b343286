/**
 * A GitHub REST API stand-in for tests, on 127.0.0.1 (and `POST /graphql`: github-graphql.ts). It serves the endpoints Shipgate uses (the
 * subset table in ../shared/fixtures/README.md) from scenario state that tests set, records every
 * request, injects faults (5xx, rate limits) on demand, and checks every body it sends against the
 * response schema of that operation and status in GitHub's own OpenAPI description (npm
 * `@octokit/openapi`). A body that does not match is answered as a 500 and recorded; `stop()` and
 * `assertNoViolations()` then throw, so a stand-in that drifts from GitHub fails the test.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

// ---------------------------------------------------------------------------------------------
// The operations served, and GitHub's description of them
// ---------------------------------------------------------------------------------------------

interface Operation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
}

const OPERATIONS: Operation[] = [
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals', 'actions/get-reviews-for-run'],
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', 'actions/get-pending-deployments-for-run'],
  [
    'POST',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
    'actions/review-pending-deployments-for-run',
  ],
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 'actions/get-workflow-run'],
  // Not in the shared subset table; verify-deployments reads who started its deploys' runs a page at a time.
  ['GET', '/repos/{owner}/{repo}/actions/runs', 'actions/list-workflow-runs-for-repo'],
  ['GET', '/repos/{owner}/{repo}/deployments', 'repos/list-deployments'],
  ['POST', '/repos/{owner}/{repo}/deployments', 'repos/create-deployment'],
  ['POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', 'repos/create-deployment-status'],
  ['POST', '/repos/{owner}/{repo}/issues', 'issues/create'],
  // Not in the shared subset table: gitops-commit re-reads the request issue and who its token is.
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}', 'issues/get'],
  ['GET', '/user', 'users/get-authenticated'],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'issues/list-comments'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'issues/create-comment'],
  ['PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', 'issues/update'],
  ['GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', 'teams/get-membership-for-user-in-org'],
  ['POST', '/repos/{owner}/{repo}/pulls', 'pulls/create'],
  // Not in the shared subset table; gitops-commit lists pulls to find an existing one.
  ['GET', '/repos/{owner}/{repo}/pulls', 'pulls/list'],
  // Not in the shared subset table; build-image and scan-image store bundles there, promote reads them.
  ['POST', '/repos/{owner}/{repo}/attestations', 'repos/create-attestation'],
  ['GET', '/repos/{owner}/{repo}/attestations/{subject_digest}', 'repos/list-attestations'],
  // Not in the shared subset table; verify-deployments times pushed history by GitHub's record of it.
  ['GET', '/repos/{owner}/{repo}/activity', 'repos/list-activities'],
  // Not in the shared subset table; gitops-commit records what it deployed for the linked artifacts view.
  ['POST', '/orgs/{org}/artifacts/metadata/deployment-record', 'orgs/create-artifact-deployment-record'],
].map(([method, template, operationId]) => ({
  method: method as string,
  template: template as string,
  operationId: operationId as string,
  pattern: new RegExp(`^${(template as string).replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}));

/** The operations the stand-in serves: `METHOD /path` and operationId. */
export function servedOperations(): Array<{ method: string; path: string; operationId: string }> {
  return OPERATIONS.map(({ method, template, operationId }) => ({ method, path: template, operationId }));
}

type Json = Record<string, unknown>;

interface Description {
  paths: Record<string, Record<string, { responses: Record<string, Json> }>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; examples: Record<string, Json> };
}

const SCHEMA_ROOT_ID = 'https://shipgate.invalid/github-openapi-subset.json';

interface LoadedDescription {
  ajv: Ajv;
  /** `operationId status` → whether a schema exists for it. */
  described: Map<string, boolean>;
  examples: Record<string, Json>;
  validators: Map<string, ValidateFunction>;
}

let loaded: LoadedDescription | undefined;

/** The path of api.github.com.json in the installed @octokit/openapi package. */
export function openApiDescriptionPath(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  return packageJson.replace(/package\.json$/, 'generated/api.github.com.json');
}

function loadDescription(): LoadedDescription {
  if (loaded) return loaded;
  const description = JSON.parse(readFileSync(openApiDescriptionPath(), 'utf8')) as Description;
  const responses: Record<string, Json> = {};
  const described = new Map<string, boolean>();
  const needed = new Set<string>();
  for (const operation of OPERATIONS) {
    const entry = description.paths[operation.template]?.[operation.method.toLowerCase()] as
      | {
          operationId?: string;
          responses: Record<string, Json>;
          requestBody?: { content?: Record<string, { schema?: Json }> };
        }
      | undefined;
    if (!entry || entry.operationId !== operation.operationId) {
      throw new Error(`The OpenAPI description has no ${operation.operationId} at ${operation.template}.`);
    }
    const requestSchema = entry.requestBody?.content?.['application/json']?.schema;
    if (requestSchema) {
      responses[responseKey(operation.operationId, 'request')] = requestSchema;
      collectRefs(requestSchema, needed);
    }
    for (const [status, rawResponse] of Object.entries(entry.responses)) {
      const response = resolveResponse(description, rawResponse);
      const schema = (response.content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
      described.set(`${operation.operationId} ${status}`, Boolean(schema));
      if (!schema) continue;
      responses[responseKey(operation.operationId, status)] = schema;
      collectRefs(schema, needed);
    }
  }
  needed.add('basic-error');
  // The closure of every schema those responses reference.
  const schemas: Record<string, Json> = {};
  const queue = [...needed];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (schemas[name]) continue;
    const schema = description.components.schemas[name];
    if (!schema) throw new Error(`The OpenAPI description has no schema "${name}".`);
    schemas[name] = schema;
    const refs = new Set<string>();
    collectRefs(schema, refs);
    for (const ref of refs) if (!schemas[ref]) queue.push(ref);
  }
  const root = openApiToJsonSchema({
    $id: SCHEMA_ROOT_ID,
    components: { schemas },
    responses,
  }) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addSchema(root);
  loaded = { ajv, described, examples: description.components.examples, validators: new Map() };
  return loaded;
}

function resolveResponse(description: Description, response: Json): Json {
  const ref = response.$ref;
  if (typeof ref !== 'string') return response;
  const name = ref.replace('#/components/responses/', '');
  const target = description.components.responses[name];
  if (!target) throw new Error(`The OpenAPI description has no response "${name}".`);
  return target;
}

function responseKey(operationId: string, status: string): string {
  return `${operationId.replace('/', '.')}.${status}`;
}

function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, nested] of Object.entries(value)) {
      if (key === '$ref' && typeof nested === 'string' && nested.startsWith('#/components/schemas/')) {
        into.add(nested.slice('#/components/schemas/'.length));
      } else {
        collectRefs(nested, into);
      }
    }
  }
}

/**
 * OpenAPI 3.0 `nullable: true` → JSON Schema: `null` added to `type` (and `enum`), or the schema
 * wrapped in `anyOf [null, …]` when it has no `type` of its own (a `$ref`, `allOf`, …).
 */
export function openApiToJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(openApiToJsonSchema);
  if (!value || typeof value !== 'object') return value;
  const converted: Json = {};
  for (const [key, nested] of Object.entries(value)) {
    // `example(s)` are documentation, and may themselves hold a key named `nullable`.
    converted[key] = key === 'example' || key === 'examples' ? nested : openApiToJsonSchema(nested);
  }
  if (!('nullable' in converted)) return converted;
  const nullable = converted.nullable === true;
  delete converted.nullable;
  if (!nullable) return converted;
  if (typeof converted.type === 'string') {
    converted.type = [converted.type, 'null'];
    if (Array.isArray(converted.enum) && !converted.enum.includes(null)) converted.enum = [...converted.enum, null];
    return converted;
  }
  return { anyOf: [{ type: 'null' }, converted] };
}

/**
 * Checks `body` against the schema for `operationId` answering `status`. Returns the problems
 * (empty when valid). Statuses the description does not list are held to `basic-error`.
 */
export function validateGitHubResponse(operationId: string, status: number, body: unknown): string[] {
  const description = loadDescription();
  const key = `${operationId} ${status}`;
  let pointer: string | undefined;
  if (description.described.has(key)) {
    if (!description.described.get(key)) return [];
    pointer = `#/responses/${responseKey(operationId, String(status))}`;
  } else if (status >= 400) {
    pointer = '#/components/schemas/basic-error';
  } else {
    return [`${operationId} does not document status ${status}`];
  }
  let validate = description.validators.get(pointer);
  if (!validate) {
    validate = description.ajv.getSchema(`${SCHEMA_ROOT_ID}${pointer}`);
    if (!validate) throw new Error(`No schema at ${pointer}.`);
    description.validators.set(pointer, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '(body)'} ${error.message ?? 'is invalid'} (${error.schemaPath})`,
  );
}

/**
 * Checks a request body against the operation's documented request schema. Returns the problems
 * (empty when valid, or when the operation takes no JSON body).
 */
export function validateGitHubRequest(operationId: string, body: unknown): string[] {
  const description = loadDescription();
  const pointer = `#/responses/${responseKey(operationId, 'request')}`;
  let validate = description.validators.get(pointer);
  if (!validate) {
    validate = description.ajv.getSchema(`${SCHEMA_ROOT_ID}${pointer}`);
    if (!validate) return [];
    description.validators.set(pointer, validate);
  }
  if (validate(body ?? {})) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '(body)'} ${error.message ?? 'is invalid'} (${error.schemaPath})`,
  );
}

/** A realistic body from GitHub's description (e.g. `workflow-run`, `pull-request`), as a fresh copy. */
function example(name: string): Json {
  const found = loadDescription().examples[name]?.value;
  if (!found) throw new Error(`The OpenAPI description has no example "${name}".`);
  return structuredClone(found) as Json;
}

// ---------------------------------------------------------------------------------------------
// Scenario state
// ---------------------------------------------------------------------------------------------

export interface ApiUser {
  login: string;
  id: number;
}

export interface ApiIssue {
  owner: string;
  repo: string;
  number: number;
  id: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  assignees: string[];
  labels: string[];
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface ApiComment {
  owner: string;
  repo: string;
  issueNumber: number;
  id: number;
  login: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface ApiEnvironment {
  id: number;
  name: string;
}

export interface ApiRunApproval {
  environments: string[];
  state: 'approved' | 'rejected' | 'pending';
  login: string;
  comment: string;
}

export interface ApiWorkflowRun {
  owner: string;
  repo: string;
  id: number;
  actor: string;
  triggeringActor: string;
  headSha: string;
  headBranch: string;
  /** `created_at` (and `run_started_at`): no review of the run is older. */
  createdAt: string;
  event: string;
  status: string;
  conclusion: string | null;
  approvals: ApiRunApproval[];
  /** Environments waiting for review; reviewed ones are removed and become approvals. */
  pendingEnvironments: Array<ApiEnvironment & { reviewers: Array<{ type: 'User' | 'Team'; login: string }> }>;
}

export interface ApiDeployment {
  owner: string;
  repo: string;
  id: number;
  ref: string;
  sha: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  creator: string;
  createdAt: string;
  statuses: Array<{ id: number; state: string; description: string; environmentUrl: string; logUrl: string }>;
}

export interface ApiPullRequest {
  owner: string;
  repo: string;
  number: number;
  id: number;
  title: string;
  body: string | null;
  head: string;
  base: string;
  draft: boolean;
  author: string;
  createdAt: string;
}

/** One entry of a repository's activity: what GitHub recorded of a push, merge or force push. */
export interface ApiActivity {
  owner: string;
  repo: string;
  id: number;
  before: string;
  after: string;
  ref: string;
  timestamp: string;
  activityType: 'push' | 'force_push' | 'branch_deletion' | 'branch_creation' | 'pr_merge' | 'merge_queue_merge';
  actor: string;
}

export interface TeamMember {
  login: string;
  role?: 'member' | 'maintainer';
  state?: 'active' | 'pending';
}

export class GitHubApiState {
  readonly users = new Map<string, ApiUser>();
  /** `org/team-slug` → members. */
  readonly teams = new Map<string, Map<string, Required<TeamMember>>>();
  readonly issues: ApiIssue[] = [];
  readonly comments: ApiComment[] = [];
  readonly runs = new Map<number, ApiWorkflowRun>();
  readonly environments = new Map<string, ApiEnvironment>();
  readonly deployments: ApiDeployment[] = [];
  readonly pulls: ApiPullRequest[] = [];
  /** Artifact attestations: the bundle and the digests its statement names. */
  readonly attestations: Array<{ id: number; owner: string; repo: string; digests: string[]; bundle: Json }> = [];
  /** Repository activity, oldest first (GitHub's own record of pushes). */
  readonly activities: ApiActivity[] = [];
  /** Artifact deployment records as posted (the request body), with the organization. */
  readonly deploymentRecords: Array<{ org: string } & Json> = [];
  /** Bearer token → the user it authenticates. */
  readonly tokens = new Map<string, string>();
  /** Called after an issue is created, e.g. to script approvers' comments for a run of a bundle. */
  onIssueCreated: ((issue: ApiIssue) => void) | undefined;
  /**
   * Called after a comment carrying a Shipgate request marker (`<!-- shipgate-request`) is posted
   * through the API: approval-gate's request, which approvals must follow to count.
   */
  onRequestCommented: ((issue: ApiIssue, request: ApiComment) => void) | undefined;
  #nextId = 1000;
  readonly #now: () => Date;

  constructor(now: () => Date) {
    this.#now = now;
  }

  nextId(): number {
    this.#nextId += 1;
    return this.#nextId;
  }

  /** GitHub timestamps: seconds precision, `Z`. */
  timestamp(): string {
    return `${this.#now().toISOString().slice(0, 19)}Z`;
  }

  addUser(login: string): ApiUser {
    let user = this.users.get(login.toLowerCase());
    if (!user) {
      user = { login, id: this.nextId() };
      this.users.set(login.toLowerCase(), user);
    }
    return user;
  }

  addTeam(slug: string, members: Array<string | TeamMember>): void {
    const team = new Map<string, Required<TeamMember>>();
    for (const member of members) {
      const entry = typeof member === 'string' ? { login: member } : member;
      this.addUser(entry.login);
      team.set(entry.login.toLowerCase(), { role: 'member', state: 'active', ...entry });
    }
    this.teams.set(slug.toLowerCase(), team);
  }

  addIssue(fields: Partial<ApiIssue> & { owner: string; repo: string; title: string; author: string }): ApiIssue {
    const now = this.timestamp();
    // Issues and pull requests share one sequence of numbers in a repository.
    const taken =
      this.issues.filter((issue) => issue.owner === fields.owner && issue.repo === fields.repo).length +
      this.pulls.filter((pull) => pull.owner === fields.owner && pull.repo === fields.repo).length;
    const issue: ApiIssue = {
      number: taken + 1,
      id: this.nextId(),
      body: '',
      state: 'open',
      stateReason: null,
      assignees: [],
      labels: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      ...fields,
    };
    this.addUser(issue.author);
    this.issues.push(issue);
    return issue;
  }

  findIssue(owner: string, repo: string, number: number): ApiIssue | undefined {
    return this.issues.find((issue) => issue.owner === owner && issue.repo === repo && issue.number === number);
  }

  /** The newest issue, to answer on it from a test. */
  get lastIssue(): ApiIssue | undefined {
    return this.issues.at(-1);
  }

  /** A comment on an issue; without `owner`/`repo`, on the issue with that number in the first repo that has it. */
  /** Edits a comment as its author would: a new body and a later `updated_at`. */
  editComment(id: number, body: string): ApiComment {
    const comment = this.comments.find((candidate) => candidate.id === id);
    if (!comment) throw new Error(`No comment ${id} to edit.`);
    comment.body = body;
    // GitHub's timestamps have seconds precision; an edit is always seen as later.
    comment.updatedAt = `${new Date(Math.max(Date.parse(this.timestamp()), Date.parse(comment.createdAt) + 1000)).toISOString().slice(0, 19)}Z`;
    return comment;
  }

  /** Deletes a comment: it is no longer listed. */
  deleteComment(id: number): void {
    const index = this.comments.findIndex((candidate) => candidate.id === id);
    if (index < 0) throw new Error(`No comment ${id} to delete.`);
    this.comments.splice(index, 1);
  }

  addComment(issueNumber: number, login: string, body: string, where?: { owner: string; repo: string }): ApiComment {
    const issue = where
      ? this.findIssue(where.owner, where.repo, issueNumber)
      : this.issues.find((candidate) => candidate.number === issueNumber);
    if (!issue) throw new Error(`No issue #${issueNumber} to comment on.`);
    this.addUser(login);
    const now = this.timestamp();
    const comment: ApiComment = {
      owner: issue.owner,
      repo: issue.repo,
      issueNumber,
      id: this.nextId(),
      login,
      body,
      createdAt: now,
      updatedAt: now,
    };
    this.comments.push(comment);
    return comment;
  }

  environment(name: string): ApiEnvironment {
    let environment = this.environments.get(name);
    if (!environment) {
      environment = { id: this.nextId(), name };
      this.environments.set(name, environment);
    }
    return environment;
  }

  addRun(fields: Partial<ApiWorkflowRun> & { owner: string; repo: string; id: number }): ApiWorkflowRun {
    const run: ApiWorkflowRun = {
      actor: 'octocat',
      triggeringActor: fields.actor ?? 'octocat',
      headSha: '9b2e1d0c3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c',
      headBranch: 'main',
      createdAt: this.timestamp(),
      event: 'push',
      status: 'waiting',
      conclusion: null,
      approvals: [],
      pendingEnvironments: [],
      ...fields,
    };
    this.addUser(run.actor);
    this.addUser(run.triggeringActor);
    for (const approval of run.approvals) this.addUser(approval.login);
    this.runs.set(run.id, run);
    return run;
  }

  /** Records a push as GitHub would: at the current time unless `timestamp` says otherwise. */
  addActivity(fields: Omit<ApiActivity, 'id' | 'timestamp' | 'activityType'> & Partial<ApiActivity>): ApiActivity {
    const zero = /^0+$/.test(fields.before);
    const activity: ApiActivity = {
      id: this.nextId(),
      timestamp: this.timestamp(),
      activityType: zero ? 'branch_creation' : 'push',
      ...fields,
    };
    this.addUser(activity.actor);
    this.activities.push(activity);
    return activity;
  }

  addRunApproval(runId: number, approval: ApiRunApproval): void {
    const run = this.runs.get(runId);
    if (!run) throw new Error(`No workflow run ${runId}.`);
    this.addUser(approval.login);
    run.approvals.push(approval);
  }
}

// ---------------------------------------------------------------------------------------------
// Requests, faults, the server
// ---------------------------------------------------------------------------------------------

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The operation it matched, if any. */
  operationId: string | undefined;
  status: number;
  /** Whether the answer was an injected fault. */
  injected: boolean;
}

export interface FaultMatch {
  method?: string;
  operationId?: string;
  /** A substring or pattern of the request path. */
  path?: string | RegExp;
}

export interface Fault {
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  match?: FaultMatch;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RateLimitFault {
  /** 403 (primary rate limit, GitHub's usual answer) or 429 (secondary). Default 403. */
  status?: 403 | 429;
  /** When the limit resets, in seconds from now (`x-ratelimit-reset`). Default 1. */
  resetInSeconds?: number;
  /** Adds a `retry-after` header. */
  retryAfterSeconds?: number;
  times?: number;
  match?: FaultMatch;
}

export interface GitHubApiOptions {
  /** Accepted bearer tokens → user; default `{ 'test-token': 'shipgate-bot' }`. */
  tokens?: Record<string, string>;
  /** The server's clock, for timestamps in bodies. */
  now?: () => Date;
  /** Serve and record responses that fail validation instead of answering 500 (for this module's own tests). */
  passInvalidResponses?: boolean;
}

export interface GitHubApi {
  /** `http://127.0.0.1:<port>`; give it to package code as GITHUB_API_URL. */
  url: string;
  /** The default token's value. */
  token: string;
  state: GitHubApiState;
  requests: RecordedRequest[];
  /** Requests and responses that fail their schema, so far. */
  violations: string[];
  failNext(fault: Fault): void;
  rateLimitNext(fault?: RateLimitFault): void;
  /** Requests that matched `operationId`. */
  requestsTo(operationId: string): RecordedRequest[];
  /** Replaces the body of the next response to `operationId`, to prove that validation catches bad bodies. */
  corruptNext(operationId: string, mutate: (body: unknown) => unknown): void;
  assertNoViolations(): void;
  /** Closes the server; throws if any response failed validation. */
  stop(): Promise<void>;
}

interface Handled {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Params = Record<string, string>;

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  loadDescription();
  const now = options.now ?? (() => new Date());
  const state = new GitHubApiState(now);
  for (const [token, login] of Object.entries(options.tokens ?? { 'test-token': 'shipgate-bot' })) {
    state.tokens.set(token, login);
    state.addUser(login);
  }
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: Array<Fault & { remaining: number; lateHeaders?: () => Record<string, string> }> = [];
  const corruptions: Array<{ operationId: string; mutate: (body: unknown) => unknown }> = [];
  let baseUrl = '';

  const handlers: Record<string, (params: Params, query: Params, body: Json, login: string) => Handled> = {
    'repos/create-attestation': (params, _query, body) => {
      const bundle = body.bundle as Json | undefined;
      const envelope = bundle?.dsseEnvelope as { payload?: string } | undefined;
      if (!bundle || typeof bundle.mediaType !== 'string' || typeof envelope?.payload !== 'string') {
        return validationFailed('bundle with mediaType and dsseEnvelope is required');
      }
      let digests: string[];
      try {
        const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
          subject?: Array<{ digest?: Record<string, string> }>;
        };
        digests = (statement.subject ?? []).flatMap((subject) =>
          Object.entries(subject.digest ?? {}).map(([algorithm, hex]) => `${algorithm}:${hex}`),
        );
      } catch {
        return validationFailed('the bundle payload is not an in-toto statement');
      }
      const id = state.nextId();
      state.attestations.push({ id, owner: params.owner ?? '', repo: params.repo ?? '', digests, bundle });
      return { status: 201, body: { id } };
    },
    'repos/list-attestations': (params) => {
      const found = state.attestations.filter(
        (entry) =>
          entry.owner === params.owner &&
          entry.repo === params.repo &&
          entry.digests.includes(params.subject_digest ?? ''),
      );
      if (found.length === 0) return notFound();
      return {
        status: 200,
        body: {
          attestations: found.map((entry) => ({
            bundle: entry.bundle,
            repository_id: 1296269,
            bundle_url: `${baseUrl}/repos/${entry.owner}/${entry.repo}/attestations/${entry.id}/bundle`,
            initiator: 'github-actions[bot]',
          })),
        },
      };
    },
    'actions/get-reviews-for-run': (params) => {
      const run = findRun(params);
      if (!run) return notFound();
      return { status: 200, body: run.approvals.map((approval) => environmentApproval(approval)) };
    },
    'actions/get-pending-deployments-for-run': (params) => {
      const run = findRun(params);
      if (!run) return notFound();
      return {
        status: 200,
        body: run.pendingEnvironments.map((environment) => ({
          environment: {
            id: environment.id,
            node_id: nodeId('Environment', environment.id),
            name: environment.name,
            url: `${baseUrl}/repos/${run.owner}/${run.repo}/environments/${environment.name}`,
            html_url: `https://github.com/${run.owner}/${run.repo}/deployments/activity_log?environments_filter=${environment.name}`,
          },
          wait_timer: 0,
          wait_timer_started_at: null,
          current_user_can_approve: true,
          reviewers: environment.reviewers.map((reviewer) => ({
            type: reviewer.type,
            reviewer: reviewer.type === 'User' ? simpleUser(reviewer.login) : team(reviewer.login),
          })),
        })),
      };
    },
    'actions/review-pending-deployments-for-run': (params, _query, body, login) => {
      const run = findRun(params);
      if (!run) return notFound();
      const ids = body.environment_ids;
      if (!Array.isArray(ids) || (body.state !== 'approved' && body.state !== 'rejected')) {
        return validationFailed('environment_ids and state are required');
      }
      const reviewed = run.pendingEnvironments.filter((environment) => ids.includes(environment.id));
      run.pendingEnvironments = run.pendingEnvironments.filter((environment) => !ids.includes(environment.id));
      for (const environment of reviewed) {
        run.approvals.push({
          environments: [environment.name],
          state: body.state,
          login,
          comment: String(body.comment ?? ''),
        });
      }
      return { status: 200, body: reviewed.map((environment) => deploymentFor(run, environment.name, login)) };
    },
    'actions/get-workflow-run': (params) => {
      const run = findRun(params);
      if (!run) return notFound();
      return { status: 200, body: workflowRun(run) };
    },
    'actions/list-workflow-runs-for-repo': (params, query) => {
      const created = createdFilter(query.created);
      if (!created) return validationFailed('created is not a date range', 'WorkflowRun');
      const all = [...state.runs.values()]
        .filter((run) => run.owner === params.owner && run.repo === params.repo)
        .filter((run) => created(Date.parse(run.createdAt)))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
      const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
      const page = Math.max(1, Number(query.page ?? 1) || 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(`${baseUrl}/repos/${params.owner}/${params.repo}/actions/runs`);
        for (const [key, value] of Object.entries({ ...query, page: String(page + 1) }))
          next.searchParams.set(key, value);
        headers.link = `<${next}>; rel="next"`;
      }
      const slice = all.slice((page - 1) * perPage, page * perPage);
      return { status: 200, body: { total_count: all.length, workflow_runs: slice.map(workflowRun) }, headers };
    },
    'repos/list-deployments': (params, query) => {
      const found = state.deployments.filter(
        (deployment) =>
          deployment.owner === params.owner &&
          deployment.repo === params.repo &&
          (!query.environment || deployment.environment === query.environment) &&
          (!query.sha || deployment.sha === query.sha) &&
          (!query.ref || deployment.ref === query.ref) &&
          (!query.task || deployment.task === query.task),
      );
      return { status: 200, body: found.reverse().map(deploymentBody) };
    },
    'repos/create-deployment': (params, _query, body, login) => {
      if (typeof body.ref !== 'string') return validationFailed('ref is required');
      const deployment: ApiDeployment = {
        owner: params.owner as string,
        repo: params.repo as string,
        id: state.nextId(),
        ref: body.ref,
        sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
        task: typeof body.task === 'string' ? body.task : 'deploy',
        environment: typeof body.environment === 'string' ? body.environment : 'production',
        description: typeof body.description === 'string' ? body.description : null,
        payload: body.payload ?? {},
        creator: login,
        createdAt: state.timestamp(),
        statuses: [],
      };
      state.deployments.push(deployment);
      return { status: 201, body: deploymentBody(deployment) };
    },
    'repos/create-deployment-status': (params, _query, body, login) => {
      const deployment = state.deployments.find(
        (candidate) =>
          candidate.owner === params.owner &&
          candidate.repo === params.repo &&
          candidate.id === Number(params.deployment_id),
      );
      if (!deployment) return notFound();
      if (typeof body.state !== 'string') return validationFailed('state is required');
      const status = {
        id: state.nextId(),
        state: body.state,
        description: typeof body.description === 'string' ? body.description : '',
        environmentUrl: typeof body.environment_url === 'string' ? body.environment_url : '',
        logUrl: typeof body.log_url === 'string' ? body.log_url : '',
      };
      deployment.statuses.push(status);
      const url = `${baseUrl}/repos/${deployment.owner}/${deployment.repo}/deployments/${deployment.id}`;
      const time = state.timestamp();
      return {
        status: 201,
        body: {
          url: `${url}/statuses/${status.id}`,
          id: status.id,
          node_id: nodeId('DeploymentStatus', status.id),
          state: status.state,
          creator: simpleUser(login),
          description: status.description,
          environment: deployment.environment,
          target_url: status.logUrl || `https://github.com/${deployment.owner}/${deployment.repo}/deployments`,
          created_at: time,
          updated_at: time,
          deployment_url: url,
          repository_url: `${baseUrl}/repos/${deployment.owner}/${deployment.repo}`,
          ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
          ...(status.logUrl ? { log_url: status.logUrl } : {}),
        },
      };
    },
    'issues/create': (params, _query, body, login) => {
      if (typeof body.title !== 'string' && typeof body.title !== 'number') {
        return validationFailed('title is required');
      }
      // Like GitHub, assignees who cannot be assigned (here: unknown users) are silently dropped.
      const assignees = (Array.isArray(body.assignees) ? body.assignees : [])
        .map(String)
        .filter((assignee) => state.users.has(assignee.toLowerCase()));
      if (assignees.length > 10) return validationFailed('at most 10 assignees');
      const issue = state.addIssue({
        owner: params.owner as string,
        repo: params.repo as string,
        title: String(body.title),
        body: typeof body.body === 'string' ? body.body : '',
        assignees,
        labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
        author: login,
      });
      state.onIssueCreated?.(issue);
      return {
        status: 201,
        body: issueBody(issue),
        headers: { location: `${baseUrl}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}` },
      };
    },
    'orgs/create-artifact-deployment-record': (params, _query, body) => {
      state.deploymentRecords.push({ org: params.org as string, ...body });
      return { status: 200, body: { total_count: 1 } };
    },
    'repos/list-activities': (params, query) => {
      const ref = query.ref ? (query.ref.startsWith('refs/') ? query.ref : `refs/heads/${query.ref}`) : undefined;
      const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
      const all = state.activities
        .filter((entry) => entry.owner === params.owner && entry.repo === params.repo)
        .filter((entry) => !ref || entry.ref === ref)
        .filter((entry) => !query.activity_type || entry.activityType === query.activity_type)
        .filter((entry) => !query.actor || entry.actor === query.actor)
        .sort((a, b) => (query.direction === 'asc' ? a.id - b.id : b.id - a.id));
      // Cursor pagination as GitHub does it: an opaque `after` cursor in the next link.
      const start = query.after ? Number(Buffer.from(query.after, 'base64url').toString('utf8')) : 0;
      if (!Number.isInteger(start) || start < 0) return validationFailed('after is not a valid cursor');
      const slice = all.slice(start, start + perPage);
      const headers: Record<string, string> = {};
      if (start + perPage < all.length) {
        const next = new URL(`${baseUrl}/repos/${params.owner}/${params.repo}/activity`);
        for (const [key, value] of Object.entries({
          ...query,
          after: Buffer.from(String(start + perPage)).toString('base64url'),
        }))
          if (key !== 'page') next.searchParams.set(key, value);
        headers.link = `<${next}>; rel="next"`;
      }
      return { status: 200, body: slice.map(activityBody), headers };
    },
    'issues/list-comments': (params, query) => {
      const issue = state.findIssue(params.owner as string, params.repo as string, Number(params.issue_number));
      if (!issue) return notFound();
      const since = query.since ? Date.parse(query.since) : Number.NaN;
      if (query.since && Number.isNaN(since)) return validationFailed('since must be an ISO 8601 timestamp');
      const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
      const page = Math.max(1, Number(query.page ?? 1) || 1);
      const all = state.comments
        .filter((comment) => comment.owner === issue.owner && comment.repo === issue.repo)
        .filter((comment) => comment.issueNumber === issue.number)
        .filter((comment) => Number.isNaN(since) || Date.parse(comment.updatedAt) >= since)
        .sort((a, b) => a.id - b.id);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(`${baseUrl}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments`);
        for (const [key, value] of Object.entries({ ...query, page: String(page + 1) }))
          next.searchParams.set(key, value);
        headers.link = `<${next}>; rel="next"`;
      }
      return { status: 200, body: slice.map(commentBody), headers };
    },
    'issues/create-comment': (params, _query, body, login) => {
      const issue = state.findIssue(params.owner as string, params.repo as string, Number(params.issue_number));
      if (!issue) return notFound();
      if (typeof body.body !== 'string' || !body.body) return validationFailed('body is required');
      const comment = state.addComment(issue.number, login, body.body, issue);
      if (comment.body.includes('<!-- shipgate-request ')) state.onRequestCommented?.(issue, comment);
      return { status: 201, body: commentBody(comment) };
    },
    'issues/update': (params, _query, body) => {
      const issue = state.findIssue(params.owner as string, params.repo as string, Number(params.issue_number));
      if (!issue) return notFound();
      if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
        return validationFailed('state must be open or closed');
      }
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (Array.isArray(body.assignees)) issue.assignees = body.assignees.map(String);
      if (body.state === 'closed' && issue.state !== 'closed') {
        issue.state = 'closed';
        issue.closedAt = state.timestamp();
        issue.stateReason = typeof body.state_reason === 'string' ? body.state_reason : 'completed';
      } else if (body.state === 'open') {
        issue.state = 'open';
        issue.closedAt = null;
        issue.stateReason = 'reopened';
      }
      issue.updatedAt = state.timestamp();
      return { status: 200, body: issueBody(issue) };
    },
    'issues/get': (params) => {
      const issue = state.findIssue(params.owner as string, params.repo as string, Number(params.issue_number));
      if (!issue) return notFound();
      return { status: 200, body: issueBody(issue) };
    },
    'users/get-authenticated': (_params, _query, _body, login) => {
      const user = state.addUser(login);
      return {
        status: 200,
        body: {
          ...simpleUser(login),
          name: null,
          company: null,
          blog: null,
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 0,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2020-01-01T00:00:00Z',
          updated_at: '2020-01-01T00:00:00Z',
          id: user.id,
        },
      };
    },
    'teams/get-membership-for-user-in-org': (params) => {
      const member = state.teams.get(`${params.org}/${params.team_slug}`.toLowerCase())?.get(params.username as string);
      if (!member) return notFound();
      return {
        status: 200,
        body: {
          url: `${baseUrl}/organizations/1/team/1/memberships/${member.login}`,
          role: member.role,
          state: member.state,
        },
      };
    },
    'pulls/list': (params, query) => {
      const state = query.state ?? 'open';
      const found = pullsIn(params).filter(
        (pull) =>
          (state === 'all' || state === 'open') &&
          (!query.head || query.head === `${pull.owner}:${pull.head}` || query.head === pull.head) &&
          (!query.base || query.base === pull.base),
      );
      return { status: 200, body: found.map(pullRequestBody) };
    },
    'pulls/create': (params, _query, body, login) => {
      if (typeof body.head !== 'string' || typeof body.base !== 'string') {
        return validationFailed('head and base are required');
      }
      const duplicate = state.pulls.find(
        (pull) => pull.owner === params.owner && pull.repo === params.repo && pull.head === body.head,
      );
      if (duplicate) {
        return validationFailed(`A pull request already exists for ${params.owner}:${body.head}.`, 'PullRequest');
      }
      const sameRepo = state.issues.filter((issue) => issue.owner === params.owner && issue.repo === params.repo);
      const pull: ApiPullRequest = {
        owner: params.owner as string,
        repo: params.repo as string,
        number: sameRepo.length + pullsIn(params).length + 1,
        id: state.nextId(),
        title: typeof body.title === 'string' ? body.title : body.head,
        body: typeof body.body === 'string' ? body.body : null,
        head: body.head,
        base: body.base,
        draft: body.draft === true,
        author: login,
        createdAt: state.timestamp(),
      };
      state.pulls.push(pull);
      return { status: 201, body: pullRequestBody(pull) };
    },
  };

  /** GitHub's `created` filter of runs: `<=T`, `>=T`, `<T`, `>T`, `A..B` or one date, by epoch ms; undefined when malformed. */
  function createdFilter(value: string | undefined): ((at: number) => boolean) | undefined {
    if (!value) return () => true;
    const range = /^(.+)\.\.(.+)$/.exec(value);
    const bound = /^(<=|>=|<|>)?(.+)$/.exec(value);
    const time = (text: string) => Date.parse(text.includes('T') ? text : `${text}T00:00:00Z`);
    if (range) {
      const [from, to] = [time(range[1] as string), time(range[2] as string)];
      return Number.isNaN(from) || Number.isNaN(to) ? undefined : (at) => at >= from && at <= to;
    }
    const at = time(bound?.[2] ?? '');
    if (Number.isNaN(at)) return undefined;
    const compare = {
      '<=': (t: number) => t <= at,
      '>=': (t: number) => t >= at,
      '<': (t: number) => t < at,
      '>': (t: number) => t > at,
    };
    return compare[(bound?.[1] ?? '') as keyof typeof compare] ?? ((t) => t >= at && t < at + 86_400_000);
  }

  function pullsIn(params: Params): ApiPullRequest[] {
    return state.pulls.filter((pull) => pull.owner === params.owner && pull.repo === params.repo);
  }

  function findRun(params: Params): ApiWorkflowRun | undefined {
    const run = state.runs.get(Number(params.run_id));
    return run && run.owner === params.owner && run.repo === params.repo ? run : undefined;
  }

  function nodeId(kind: string, id: number): string {
    return Buffer.from(`${kind}${id}`).toString('base64');
  }

  function simpleUser(login: string): Json {
    const user = state.addUser(login);
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId('User', user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: `${baseUrl}/users/${user.login}`,
      html_url: `https://github.com/${user.login}`,
      followers_url: `${baseUrl}/users/${user.login}/followers`,
      following_url: `${baseUrl}/users/${user.login}/following{/other_user}`,
      gists_url: `${baseUrl}/users/${user.login}/gists{/gist_id}`,
      starred_url: `${baseUrl}/users/${user.login}/starred{/owner}{/repo}`,
      subscriptions_url: `${baseUrl}/users/${user.login}/subscriptions`,
      organizations_url: `${baseUrl}/users/${user.login}/orgs`,
      repos_url: `${baseUrl}/users/${user.login}/repos`,
      events_url: `${baseUrl}/users/${user.login}/events{/privacy}`,
      received_events_url: `${baseUrl}/users/${user.login}/received_events`,
      type: 'User',
      site_admin: false,
      user_view_type: 'public',
    };
  }

  function team(slug: string): Json {
    const [org = 'org', name = slug] = slug.split('/');
    const id = state.nextId();
    return {
      id,
      node_id: nodeId('Team', id),
      url: `${baseUrl}/orgs/${org}/teams/${name}`,
      html_url: `https://github.com/orgs/${org}/teams/${name}`,
      name,
      slug: name,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      members_url: `${baseUrl}/orgs/${org}/teams/${name}/members{/member}`,
      repositories_url: `${baseUrl}/orgs/${org}/teams/${name}/repos`,
      parent: null,
      type: 'organization',
    };
  }

  function environmentApproval(approval: ApiRunApproval): Json {
    return {
      environments: approval.environments.map((name) => {
        const environment = state.environment(name);
        return {
          id: environment.id,
          node_id: nodeId('Environment', environment.id),
          name,
          url: `${baseUrl}/repos/o/r/environments/${name}`,
          html_url: `https://github.com/o/r/deployments/activity_log?environments_filter=${name}`,
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        };
      }),
      state: approval.state,
      user: simpleUser(approval.login),
      comment: approval.comment,
    };
  }

  function repositoryUrls(owner: string, repo: string): Json {
    return {
      repository_url: `${baseUrl}/repos/${owner}/${repo}`,
    };
  }

  function issueBody(issue: ApiIssue): Json {
    const api = `${baseUrl}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}`;
    const assignees = issue.assignees.map((login) => simpleUser(login));
    return {
      id: issue.id,
      node_id: nodeId('Issue', issue.id),
      url: api,
      ...repositoryUrls(issue.owner, issue.repo),
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `https://github.com/${issue.owner}/${issue.repo}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: simpleUser(issue.author),
      labels: issue.labels.map((name, index) => ({
        id: index + 1,
        node_id: nodeId('Label', index + 1),
        url: `${baseUrl}/repos/${issue.owner}/${issue.repo}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: state.comments.filter(
        (comment) =>
          comment.owner === issue.owner && comment.repo === issue.repo && comment.issueNumber === issue.number,
      ).length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: null,
      author_association: 'MEMBER',
    };
  }

  function activityBody(entry: ApiActivity): Json {
    return {
      id: entry.id,
      node_id: nodeId('Activity', entry.id),
      before: entry.before,
      after: entry.after,
      ref: entry.ref,
      timestamp: entry.timestamp,
      activity_type: entry.activityType,
      actor: simpleUser(entry.actor),
    };
  }

  function commentBody(comment: ApiComment): Json {
    const api = `${baseUrl}/repos/${comment.owner}/${comment.repo}/issues`;
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url: `${api}/comments/${comment.id}`,
      html_url: `https://github.com/${comment.owner}/${comment.repo}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: simpleUser(comment.login),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${api}/${comment.issueNumber}`,
      author_association: 'MEMBER',
    };
  }

  function deploymentBody(deployment: ApiDeployment): Json {
    const url = `${baseUrl}/repos/${deployment.owner}/${deployment.repo}/deployments/${deployment.id}`;
    return {
      url,
      id: deployment.id,
      node_id: nodeId('Deployment', deployment.id),
      sha: deployment.sha,
      ref: deployment.ref,
      task: deployment.task,
      payload: deployment.payload,
      original_environment: deployment.environment,
      environment: deployment.environment,
      description: deployment.description,
      creator: simpleUser(deployment.creator),
      created_at: deployment.createdAt,
      updated_at: deployment.createdAt,
      statuses_url: `${url}/statuses`,
      repository_url: `${baseUrl}/repos/${deployment.owner}/${deployment.repo}`,
      transient_environment: false,
      production_environment: deployment.environment === 'production',
    };
  }

  function deploymentFor(run: ApiWorkflowRun, environment: string, login: string): Json {
    const deployment: ApiDeployment = {
      owner: run.owner,
      repo: run.repo,
      id: state.nextId(),
      ref: run.headBranch,
      sha: run.headSha,
      task: 'deploy',
      environment,
      description: null,
      payload: {},
      creator: login,
      createdAt: state.timestamp(),
      statuses: [],
    };
    state.deployments.push(deployment);
    return deploymentBody(deployment);
  }

  function workflowRun(run: ApiWorkflowRun): Json {
    const body = example('workflow-run');
    const api = `${baseUrl}/repos/${run.owner}/${run.repo}/actions/runs/${run.id}`;
    Object.assign(body, {
      id: run.id,
      node_id: nodeId('WorkflowRun', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      created_at: run.createdAt,
      updated_at: run.createdAt,
      run_started_at: run.createdAt,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      url: api,
      html_url: `https://github.com/${run.owner}/${run.repo}/actions/runs/${run.id}`,
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      actor: simpleUser(run.actor),
      triggering_actor: simpleUser(run.triggeringActor),
    });
    const headCommit = body.head_commit as Json | null;
    if (headCommit) headCommit.id = run.headSha;
    // The run's own repository (the example's is octo-org/octo-repo), for the fields Shipgate reads.
    for (const key of ['repository', 'head_repository'] as const) {
      const repository = body[key] as Json;
      Object.assign(repository, {
        name: run.repo,
        full_name: `${run.owner}/${run.repo}`,
        html_url: `https://github.com/${run.owner}/${run.repo}`,
        url: `${baseUrl}/repos/${run.owner}/${run.repo}`,
      });
      (repository.owner as Json).login = run.owner;
    }
    return body;
  }

  function pullRequestBody(pull: ApiPullRequest): Json {
    const body = example('pull-request');
    const api = `${baseUrl}/repos/${pull.owner}/${pull.repo}/pulls/${pull.number}`;
    const html = `https://github.com/${pull.owner}/${pull.repo}/pull/${pull.number}`;
    Object.assign(body, {
      id: pull.id,
      node_id: nodeId('PullRequest', pull.id),
      number: pull.number,
      url: api,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${baseUrl}/repos/${pull.owner}/${pull.repo}/issues/${pull.number}`,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      state: 'open',
      user: simpleUser(pull.author),
      created_at: pull.createdAt,
      updated_at: pull.createdAt,
      closed_at: null,
      merged_at: null,
      merged: false,
      merged_by: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: [],
      milestone: null,
    });
    for (const [side, ref] of [
      ['head', pull.head],
      ['base', pull.base],
    ] as const) {
      const branch = body[side] as Json;
      branch.ref = ref;
      branch.label = `${pull.owner}:${ref}`;
    }
    return body;
  }

  function notFound(): Handled {
    return {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    };
  }

  function validationFailed(message: string, resource = 'Issue'): Handled {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        documentation_url: 'https://docs.github.com/rest',
        errors: [{ resource, code: 'custom', message }],
      },
    };
  }

  function takeFault(
    method: string,
    path: string,
    operationId: string | undefined,
  ): (Fault & { lateHeaders?: () => Record<string, string> }) | undefined {
    const index = faults.findIndex(({ match }) => {
      if (!match) return true;
      if (match.method && match.method.toUpperCase() !== method) return false;
      if (match.operationId && match.operationId !== operationId) return false;
      if (match.path && !(typeof match.path === 'string' ? path.includes(match.path) : match.path.test(path)))
        return false;
      return true;
    });
    if (index < 0) return undefined;
    const fault = faults[index] as (typeof faults)[number];
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
    return fault;
  }

  function rateLimitHeaders(remaining: number, resetAt: number): Record<string, string> {
    return {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-resource': 'core',
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl);
    const method = (request.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    let badJson = false;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        badJson = true;
        body = raw;
      }
    }
    const query = Object.fromEntries(url.searchParams);
    const operation = OPERATIONS.find(
      (candidate) => candidate.method === method && candidate.pattern.test(url.pathname),
    );
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query,
      body,
      headers: request.headers,
      operationId: operation?.operationId,
      status: 0,
      injected: false,
    };
    requests.push(record);

    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const text = payload === undefined ? '' : JSON.stringify(payload);
      response.writeHead(status, {
        ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...headers,
      });
      response.end(text);
    };
    const resetAt = Math.ceil(now().getTime() / 1000) + 3600;

    const fault = takeFault(method, url.pathname, operation?.operationId);
    if (fault) {
      record.injected = true;
      send(fault.status, fault.body ?? { message: `Injected ${fault.status}` }, {
        ...fault.lateHeaders?.(),
        ...fault.headers,
      });
      return;
    }

    const token = /^(?:Bearer|token)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const login = token ? state.tokens.get(token) : undefined;
    if (!login) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      record.operationId = 'graphql';
      // Loaded on the first query: GitHub's schema is large, and most tests never ask GraphQL.
      const { answerGraphQL } = await import('./github-graphql');
      const answer = answerGraphQL(state, badJson ? undefined : body);
      if (answer.refused) violations.push(`POST /graphql: GitHub's schema refuses the query: ${answer.refused}`);
      send(200, answer.body, rateLimitHeaders(4999, resetAt));
      return;
    }
    if (!operation) {
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      return;
    }
    if (badJson || (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body)))) {
      send(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    // As GitHub does, a body its schema refuses gets 422; the caller sent what GitHub would refuse.
    const requestProblems = method === 'GET' ? [] : validateGitHubRequest(operation.operationId, body);
    if (requestProblems.length > 0) {
      violations.push(
        `${method} ${url.pathname}: the request does not match ${operation.operationId}: ${requestProblems.slice(0, 5).join('; ')}`,
      );
      send(422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest', status: '422' });
      return;
    }
    const params = (operation.pattern.exec(url.pathname)?.groups ?? {}) as Params;
    for (const key of Object.keys(params)) params[key] = decodeURIComponent(params[key] as string);
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`No handler for ${operation.operationId}`);
    const handled = handler(params, query, (body ?? {}) as Json, login);
    let payload = handled.body === undefined ? undefined : JSON.parse(JSON.stringify(handled.body));
    const corruption = corruptions.findIndex((entry) => entry.operationId === operation.operationId);
    if (corruption >= 0) {
      payload = corruptions[corruption]?.mutate(payload);
      corruptions.splice(corruption, 1);
    }
    const problems = validateGitHubResponse(operation.operationId, handled.status, payload);
    if (problems.length > 0) {
      violations.push(
        `${method} ${url.pathname} → ${handled.status} does not match ${operation.operationId}: ${problems.slice(0, 5).join('; ')}`,
      );
      if (!options.passInvalidResponses) {
        send(500, { message: 'The GitHub API stand-in produced a response that fails its schema.' });
        return;
      }
    }
    send(handled.status, payload, { ...rateLimitHeaders(4999, resetAt), ...handled.headers });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push(`${request.method} ${request.url} threw: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'The GitHub API stand-in crashed.' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  const assertNoViolations = () => {
    if (violations.length > 0) {
      throw new Error(
        `The GitHub API stand-in saw requests or sent responses that fail their schema:\n${violations.join('\n')}`,
      );
    }
  };

  return {
    url: baseUrl,
    token: [...state.tokens.keys()][0] ?? '',
    state,
    requests,
    violations,
    failNext: (fault) => {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    rateLimitNext: (fault = {}) => {
      const status = fault.status ?? 403;
      faults.push({
        status,
        remaining: fault.times ?? 1,
        match: fault.match,
        // The reset is counted from when the limit is hit, not from when it was scheduled.
        lateHeaders: () => ({
          ...rateLimitHeaders(0, Math.ceil(now().getTime() / 1000) + (fault.resetInSeconds ?? 1)),
          ...(fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {}),
        }),
        body: {
          message:
            status === 403
              ? 'API rate limit exceeded for installation ID 1.'
              : 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
      });
    },
    requestsTo: (operationId) => requests.filter((request) => request.operationId === operationId),
    corruptNext: (operationId, mutate) => {
      corruptions.push({ operationId, mutate });
    },
    assertNoViolations,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      assertNoViolations();
    },
  };
}
