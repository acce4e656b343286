export const id = 543;
export const ids = [543];
export const modules = {

/***/ 77769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   q9: () => (/* binding */ commitTimes)
/* harmony export */ });
/* unused harmony export parseCommitTimes */
/** One `<id> <committer time>` line per commit named on stdin, in the order named. */
const COMMIT_TIMES = ['log', '--no-walk=unsorted', '--stdin', '--format=%H %cI'];
/** `%H %cI` per commit (what `commitTimes` asks git for) → committer time (ISO 8601) by full id. */
function parseCommitTimes(output) {
    const times = new Map();
    for (const line of output.split('\n')) {
        const match = /^([0-9a-f]{40,64}) (\S+)$/.exec(line.trim());
        if (match)
            times.set(match[1], match[2]);
    }
    return times;
}
/**
 * The committer time (ISO 8601, in the committer's zone) of each commit, by its full id, in one
 * `git log --no-walk`: the one place a commit's time is read. A committer date is whatever the
 * writer set: reported and used for ordering, never trusted as evidence.
 */
async function commitTimes(git, commits) {
    if (commits.length === 0)
        return new Map();
    const { stdout } = await git(COMMIT_TIMES, { input: `${commits.join('\n')}\n` });
    return parseCommitTimes(stdout);
}
/** The committer time of `commit` (any revision), or `undefined` when the repository lacks it. */
async function commitTime(git, commit) {
    const { exitCode, stdout } = await git(COMMIT_TIMES, { input: `${commit}\n`, ignoreReturnCode: true });
    return exitCode === 0 ? [...parseCommitTimes(stdout).values()][0] : undefined;
}


/***/ }),

/***/ 12528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ parseUntil),
/* harmony export */   J7: () => (/* binding */ generateDeploymentReport),
/* harmony export */   Qt: () => (/* binding */ scanVerdictOf),
/* harmony export */   m1: () => (/* binding */ parseSince)
/* harmony export */ });
/* unused harmony exports buildDeploymentReport, MAX_REPORT_WINDOW_DAYS, writeDeploymentReport, unknownNameWarnings */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35434);
/* harmony import */ var _dora__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70986);
/* harmony import */ var _history__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62032);






function scanVerdictOf(deployment) {
    const verdict = deployment.scan?.split(';')[0]?.trim().toLowerCase();
    return verdict === 'pass' || verdict === 'fail' ? verdict : 'unknown';
}
/** The report over histories already read; pure, so its numbers can be checked by hand. */
function buildDeploymentReport(options) {
    const { since, until } = options;
    const environments = [...options.histories].map(([environment, deployments]) => {
        const newestFirst = [...deployments].sort((a, b) => Date.parse(b.committedAt) - Date.parse(a.committedAt));
        const known = newestFirst.filter((d) => Date.parse(d.committedAt) < until.getTime());
        const inWindow = known.filter((d) => Date.parse(d.committedAt) >= since.getTime());
        const current = known[0];
        return {
            environment,
            ...(current ? { current: toRow(current, deployments) } : {}),
            history: inWindow.map((d) => toRow(d, deployments)),
            metrics: (0,_dora__WEBPACK_IMPORTED_MODULE_2__/* .computeDoraMetrics */ .d3)(deployments, { since, until }),
            deploysPerDay: countPerDay(inWindow.filter((d) => d.kind === 'deploy'), since, until),
            ...(options.verification
                ? { verification: options.verification.get(environment) ?? { judged: 0, verified: 0, unverifiable: 0 } }
                : {}),
        };
    });
    return {
        app: options.app,
        since: since.toISOString(),
        until: until.toISOString(),
        environments,
        ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
    };
}
function toRow(deployment, history) {
    // A rollback restores a deploy's image; without a scan trailer of its own, that deploy's verdict is the image's.
    const restored = deployment.kind === 'rollback' && !deployment.scan && deployment.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && (0,_dora__WEBPACK_IMPORTED_MODULE_2__/* .sameCommit */ .Kd)(d.commitSha, deployment.rollbackTo))
        : undefined;
    return {
        // Git prints the committer's zone; the report is in UTC throughout.
        time: new Date(Date.parse(deployment.committedAt)).toISOString(),
        kind: deployment.kind,
        commitSha: deployment.commitSha,
        imageRefs: deployment.imageRefs,
        imageDigests: deployment.imageRefs.map((ref) => /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? ''),
        source: deployment.source ?? '',
        approvers: deployment.approvedBy,
        scanVerdict: scanVerdictOf(restored ?? deployment),
        ...(deployment.rollbackOf ? { rollbackOf: deployment.rollbackOf } : {}),
        ...(deployment.rollbackTo ? { rollbackTo: deployment.rollbackTo } : {}),
        ...(deployment.reason ? { reason: deployment.reason } : {}),
    };
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** One entry per UTC day the window touches, zeros included, so the chart's axis is continuous. */
function countPerDay(deploys, since, until) {
    const counts = new Map();
    const firstDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
    // `until` is exclusive: a window ending at midnight does not touch the next day.
    for (let day = firstDay; day < until.getTime(); day += DAY_MS)
        counts.set(utcDate(day), 0);
    for (const deploy of deploys) {
        const date = utcDate(Date.parse(deploy.committedAt));
        counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return [...counts].map(([date, count]) => ({ date, deploys: count }));
}
function utcDate(time) {
    return new Date(time).toISOString().slice(0, 10);
}
const UNIT_MS = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
/**
 * The longest report window: ten years of daily counts is already more than a summary can show,
 * and the window sizes every per-day loop, so it is bounded before anything is computed.
 */
const MAX_REPORT_WINDOW_DAYS = 3660;
/**
 * The start of the report window from the `since` input: a duration back from `now`
 * (`30d`, `12h`, `2w`, `90m`) or an ISO 8601 date or date-time (`2026-10-01`,
 * `2026-10-01T12:00:00Z`; a date alone is midnight UTC), at most `maxDays` before `now`.
 */
function parseSince(value, now, input = 'since', options = {}) {
    const maxDays = options.maxDays ?? MAX_REPORT_WINDOW_DAYS;
    const trimmed = value.trim();
    const tooLong = () => new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" reaches back more than ${maxDays} days, the longest report window, got "${value}".`);
    const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
    if (duration) {
        const amount = Number(duration[1]);
        if (amount === 0)
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" must be a duration greater than zero.`);
        const span = amount * UNIT_MS[duration[2]];
        if (span > maxDays * DAY_MS)
            throw tooLong();
        return new Date(now.getTime() - span);
    }
    const time = parseIsoTime(trimmed);
    if (Number.isNaN(time)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`);
    }
    if (time >= now.getTime()) {
        const until = options.untilInput;
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(until
            ? `Input "${input}" (${value}) must be before input "${until.name}" (${until.value}).`
            : `Input "${input}" must be in the past, got "${value}".`);
    }
    if (now.getTime() - time > maxDays * DAY_MS)
        throw tooLong();
    return new Date(time);
}
/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
function parseUntil(value, input = 'until') {
    const time = parseIsoTime(value.trim());
    if (Number.isNaN(time)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
    }
    return new Date(time);
}
/** Milliseconds of an ISO 8601 date (midnight UTC) or date-time with a zone; NaN otherwise. */
function parseIsoTime(value) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
        return Date.parse(`${value}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value))
        return Date.parse(value);
    return Number.NaN;
}
/** Writes the report as pretty JSON, creating the directory. */
async function writeDeploymentReport(report, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}
/**
 * Reads the app's deployment trail (commits only: a treeless partial fetch, once for all
 * environments), builds the report and writes it as JSON to `reportFile`.
 */
async function generateDeploymentReport(options) {
    // Every app's trail (the fetch is commits only either way), so a misspelt name can be told apart.
    const everyApp = await (0,_history__WEBPACK_IMPORTED_MODULE_4__/* .readDeployments */ .Fz)({ ...(0,_shipgate_git__WEBPACK_IMPORTED_MODULE_5__/* .repositoryAccess */ .bO)(options), exec: options.exec });
    for (const warning of unknownNameWarnings(everyApp, options.app, options.environments))
        options.log.warning(warning);
    const all = everyApp.filter((d) => d.app === options.app);
    const histories = new Map(options.environments.map((environment) => [environment, all.filter((d) => d.environment === environment)]));
    for (const [environment, history] of histories) {
        options.log.info(`${options.app} in ${environment}: ${history.length} deploy and rollback commit(s) in the history.`);
    }
    const report = buildDeploymentReport({
        app: options.app,
        since: options.since,
        until: options.until,
        histories,
        ...(options.verification ? { verification: options.verification } : {}),
        ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
    });
    await writeDeploymentReport(report, options.reportFile);
    return report;
}
/**
 * A warning for an app, or an environment of it, with no deploy in the history while others have
 * some: most likely a misspelt input, so the warning names the ones that exist.
 */
function unknownNameWarnings(deployments, app, environments) {
    const apps = [...new Set(deployments.map((d) => d.app))].sort();
    if (apps.length === 0)
        return [];
    if (!apps.includes(app)) {
        return [
            `Input "app" names "${app}", which has no deploys in this repository; the apps deployed are ${apps.join(', ')}.`,
        ];
    }
    const deployedTo = [...new Set(deployments.filter((d) => d.app === app).map((d) => d.environment))].sort();
    return environments
        .filter((environment) => !deployedTo.includes(environment))
        .map((environment) => `Input "environments" names "${environment}", where ${app} has no deploys; ${app} is deployed to ${deployedTo.join(', ')}.`);
}


/***/ }),

/***/ 3154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ withEventPush),
/* harmony export */   aM: () => (/* binding */ activitySourceFor),
/* harmony export */   lV: () => (/* binding */ pushFromEvent)
/* harmony export */ });
/* unused harmony exports GitHubActivity, githubRepositoryOf */
/**
 * The Repository Activity API (`GET /repos/{owner}/{repo}/activity`): pushes, force pushes and
 * merges of a branch, read once per branch and verification. An activity list longer than
 * `maxPages` pages of 100 is an error, never a silent cut.
 */
class GitHubActivity {
    #client;
    #owner;
    #repo;
    #maxPages;
    #read = new Map();
    constructor(client, repository, tuning = {}) {
        this.#client = client;
        this.#owner = repository.owner;
        this.#repo = repository.repo;
        this.#maxPages = tuning.maxPages ?? 500;
    }
    branchUpdates(branch) {
        let read = this.#read.get(branch);
        if (!read) {
            read = this.#fetch(branch);
            this.#read.set(branch, read);
        }
        return read;
    }
    async #fetch(branch) {
        const entries = await this.#client.paginate('GET /repos/{owner}/{repo}/activity', {
            params: { owner: this.#owner, repo: this.#repo },
            query: { ref: `refs/heads/${branch}`, direction: 'asc' },
            maxPages: this.#maxPages,
        });
        return entries
            .map((entry) => ({
            before: entry.before,
            after: entry.after,
            timestamp: entry.timestamp,
            actor: entry.actor?.login ?? 'unknown',
            type: entry.activity_type,
        }))
            .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
    }
}
/** `owner/name` of the GitOps repository on GitHub, for its activity; `undefined` when it is no such name. */
function githubRepositoryOf(value) {
    const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?$/.exec(value?.trim() ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/**
 * The activity record of the GitOps repository, when there is a token to read it and a GitHub
 * name to read it by: `github-repository`, else `repository` when it is `owner/name`.
 */
function activitySourceFor(client, names) {
    const repository = githubRepositoryOf(names.githubRepository) ?? githubRepositoryOf(names.repository);
    return client && repository ? new GitHubActivity(client, repository) : undefined;
}
/**
 * The push a `push` event reports (`before`, `after`, `repository.pushed_at`, `pusher`): GitHub's
 * own record of the update the check runs for, which the activity API may list only a little later.
 */
function pushFromEvent(eventName, payload) {
    const event = payload;
    const pushedAt = event.repository?.pushed_at;
    if (eventName !== 'push' || !event.ref || !event.before || !event.after || pushedAt === undefined)
        return undefined;
    const timestamp = new Date(typeof pushedAt === 'number' ? pushedAt * 1000 : pushedAt);
    if (Number.isNaN(timestamp.getTime()))
        return undefined;
    return {
        ref: event.ref,
        before: event.before,
        after: event.after,
        timestamp: timestamp.toISOString(),
        actor: event.pusher?.name ?? 'unknown',
        type: event.forced ? 'force_push' : /^0+$/.test(event.before) ? 'branch_creation' : 'push',
    };
}
/** The recorded updates, plus the event's own push to the branch where the record does not list it yet. */
function withEventPush(source, push) {
    if (!push)
        return source;
    return {
        branchUpdates: async (branch) => {
            const recorded = source ? await source.branchUpdates(branch) : [];
            if (push.ref !== `refs/heads/${branch}`)
                return recorded;
            if (recorded.some((update) => update.after === push.after && update.before === push.before))
                return recorded;
            const { ref: _ref, ...update } = push;
            return [...recorded, update].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
        },
    };
}


/***/ }),

/***/ 62713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ evidenceSources)
});

// EXTERNAL MODULE: ./packages/verify/src/activity.ts
var src_activity = __webpack_require__(3154);
// EXTERNAL MODULE: ./packages/approvals/src/team-cache.ts
var team_cache = __webpack_require__(58980);
// EXTERNAL MODULE: ./packages/approvals/src/evidence.ts
var src_evidence = __webpack_require__(47023);
// EXTERNAL MODULE: ./packages/approvals/src/policy.ts
var policy = __webpack_require__(72724);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/verify/src/batch-loader.ts
/**
 * Reads keyed values in batches: what callers ask for in one turn of the event loop is read
 * together, and each batch is filled up with keys announced ahead (`plan`), so a range's evidence
 * is read in as few calls as the batch size allows, whatever order its deploys are judged in.
 * Each key is read at most once; a key's failure is its own, a failed batch fails all of its keys.
 */
class BatchLoader {
    #keyOf;
    #load;
    #size;
    #results = new Map();
    #planned = new Map();
    #asked = new Map();
    #flushing = false;
    constructor(options) {
        this.#keyOf = options.keyOf;
        this.#load = options.load;
        this.#size = options.size;
    }
    /** Keys that will be asked for: batches are filled with them. */
    plan(keys) {
        for (const key of keys) {
            const id = this.#keyOf(key);
            if (!this.#results.has(id))
                this.#planned.set(id, key);
        }
    }
    get(key) {
        const id = this.#keyOf(key);
        const known = this.#results.get(id);
        if (known)
            return known;
        const result = this.#pending(id, key);
        this.#planned.delete(id);
        if (!this.#flushing) {
            this.#flushing = true;
            setImmediate(() => this.#flush());
        }
        return result;
    }
    #pending(id, key) {
        let settle;
        const result = new Promise((resolve, reject) => {
            settle = { resolve, reject };
        });
        // A key nobody awaits yet (a planned one) must not fail as unhandled.
        result.catch(() => undefined);
        this.#results.set(id, result);
        this.#asked.set(id, { key, settle: settle });
        return result;
    }
    /** Batches of what was asked, each topped up with planned keys. */
    #flush() {
        this.#flushing = false;
        while (this.#asked.size > 0) {
            const batch = [...this.#asked.entries()].slice(0, this.#size);
            for (const [id] of batch)
                this.#asked.delete(id);
            for (const [id, key] of this.#planned) {
                if (batch.length >= this.#size)
                    break;
                this.#planned.delete(id);
                this.#pending(id, key);
                const entry = this.#asked.get(id);
                this.#asked.delete(id);
                if (entry)
                    batch.push([id, entry]);
            }
            void this.#read(batch.map(([, entry]) => entry));
        }
    }
    async #read(batch) {
        try {
            const values = await this.#load(batch.map((entry) => entry.key));
            batch.forEach(({ settle }, i) => {
                const value = values[i];
                if (value instanceof Error)
                    settle.reject(value);
                else
                    settle.resolve(value);
            });
        }
        catch (error) {
            for (const { settle } of batch)
                settle.reject(error);
        }
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/issue-comments-query.ts

/**
 * The comments of many request issues in one GraphQL query: each issue an aliased
 * `repository(owner, name) { issue(number) { comments(first: 100) } }`, since a trail names its
 * evidence by comment URL (owner, repository, issue, comment id) and GitHub documents no way to
 * turn that into a node id. An issue with more than 100 comments is paged on its own after.
 */
/** Issues per query: well under GitHub's node limit (50 × 100 comments), and small enough to answer quickly. */
const ISSUES_PER_QUERY = 50;
/** Like the REST list's page cap: a longer list is an error, never a silent cut. */
const MAX_PAGES = 100;
const COMMENT_FIELDS = `totalCount
pageInfo { hasNextPage endCursor }
nodes { fullDatabaseId databaseId url body createdAt updatedAt lastEditedAt author { login } }`;
/** Each issue's comments as the REST list gives them, or the error that kept them from being read. */
async function readIssueComments(client, issues) {
    const declared = issues.map((_, i) => `$o${i}: String!, $r${i}: String!, $n${i}: Int!`).join(', ');
    const selections = issues.map((_, i) => `i${i}: ${issueSelection(`${i}`, 'first: 100')}`).join('\n');
    const variables = Object.fromEntries(issues.flatMap((issue, i) => Object.entries(variablesOf(issue, `${i}`))));
    const { data, errors } = await client.graphql(`query(${declared}) {\n${selections}\n}`, variables);
    return Promise.all(issues.map(async (issue, i) => {
        const answer = data[`i${i}`]?.issue;
        if (!answer)
            return missing(issue, errors.filter((entry) => entry.path?.[0] === `i${i}`));
        try {
            return await withLaterPages(client, issue, answer.comments);
        }
        catch (error) {
            if (error instanceof github_client/* GitHubApiError */.O)
                return error;
            throw error;
        }
    }));
}
/** The first page's comments and, for a long discussion, every later page of that issue. */
async function withLaterPages(client, issue, first) {
    const nodes = [...first.nodes];
    let page = first;
    for (let count = 1; page.pageInfo.hasNextPage; count++) {
        if (count >= MAX_PAGES)
            throw new github_client/* GitHubApiError */.O('POST /graphql', `more than ${MAX_PAGES} pages of comments on ${issue_comments_query_name(issue)}`);
        const { data, errors } = await client.graphql(`query($o: String!, $r: String!, $n: Int!, $after: String) {\nr: ${issueSelection('', 'first: 100, after: $after')}\n}`, { ...variablesOf(issue, ''), after: page.pageInfo.endCursor });
        const next = data.r?.issue?.comments;
        if (!next)
            throw missing(issue, errors);
        nodes.push(...next.nodes);
        page = next;
    }
    return nodes.map((node) => listedComment(node, issue));
}
/** One issue's comments, named by the variables `$o<suffix>`, `$r<suffix>`, `$n<suffix>`. */
function issueSelection(suffix, paging) {
    return `repository(owner: $o${suffix}, name: $r${suffix}) { issue(number: $n${suffix}) { comments(${paging}) { ${COMMENT_FIELDS} } } }`;
}
function variablesOf(issue, suffix) {
    return { [`o${suffix}`]: issue.owner, [`r${suffix}`]: issue.repo, [`n${suffix}`]: issue.number };
}
/**
 * A comment in the REST list's shape. An edit shows in `lastEditedAt` as well as `updatedAt`: the
 * later of the two is its `updated_at`, so an edited comment never reads as unedited.
 */
function listedComment(node, issue) {
    const id = Number(node.fullDatabaseId ?? node.databaseId);
    if (!Number.isSafeInteger(id)) {
        throw new github_client/* GitHubApiError */.O('POST /graphql', `a comment on ${issue_comments_query_name(issue)} came without its id (${node.url})`);
    }
    const edited = node.lastEditedAt && Date.parse(node.lastEditedAt) > Date.parse(node.updatedAt);
    return {
        id,
        body: node.body,
        user: node.author ? { login: node.author.login } : null,
        created_at: node.createdAt,
        updated_at: edited ? node.lastEditedAt : node.updatedAt,
        html_url: node.url,
    };
}
/** GitHub's NOT_FOUND for a repository or issue reads as the REST 404 it would have been. */
function missing(issue, errors) {
    const notFound = errors.find((entry) => entry.type === 'NOT_FOUND');
    if (notFound)
        return new github_client/* GitHubApiError */.O('POST /graphql', `404 ${notFound.message}`, { status: 404 });
    const detail = errors.map((entry) => `${entry.type ?? 'error'} ${entry.message}`).join('; ');
    return new github_client/* GitHubApiError */.O('POST /graphql', `no comments of ${issue_comments_query_name(issue)} in the answer${detail ? ` (${detail})` : ''}`);
}
function issue_comments_query_name(issue) {
    return `${issue.owner}/${issue.repo}#${issue.number}`;
}

;// CONCATENATED MODULE: ./packages/verify/src/workflow-runs.ts

/**
 * Who started each workflow run a range's deploys name, read a hundred at a time: GitHub's
 * GraphQL `WorkflowRun` has no actor nor triggering actor, so the runs come from the REST list of
 * a repository's runs (the same run objects as a single read, actor and triggering actor
 * included), newest first and created no later than the last deploy that names one. A run the list
 * does not show is read on its own, as before: the list only saves calls, it decides nothing.
 */
class WorkflowRunReader {
    #client;
    /** Per repository: the runs deploys name, and the latest time one of those deploys was decided. */
    #planned = new Map();
    #listed = new Map();
    #runs = new Map();
    constructor(client) {
        this.#client = client;
    }
    /** Runs that will be read, each with when the deploy naming it was decided (its run was created before). */
    plan(runs) {
        for (const { run, decidedAt } of runs) {
            const key = repositoryKey(run);
            const entry = this.#planned.get(key) ?? { owner: run.owner, repo: run.repo, ids: new Set(), latest: decidedAt };
            entry.ids.add(run.id);
            entry.latest = Math.max(entry.latest, decidedAt);
            this.#planned.set(key, entry);
        }
    }
    /** One read per run over a range: deploys of one run, and a run that is both Shipgate-Run and evidence. */
    read(run) {
        const key = `${repositoryKey(run)}/${run.id}`;
        let facts = this.#runs.get(key);
        if (!facts) {
            facts = this.#fromListOrAlone(run);
            this.#runs.set(key, facts);
        }
        return facts;
    }
    async #fromListOrAlone(run) {
        const planned = this.#planned.get(repositoryKey(run));
        if (planned?.ids.has(run.id)) {
            let listed = this.#listed.get(repositoryKey(run));
            if (!listed) {
                // A list that fails saves nothing: each run is then read on its own, whose failure counts.
                listed = listRuns(this.#client, planned).catch(() => new Map());
                this.#listed.set(repositoryKey(run), listed);
            }
            const found = (await listed).get(run.id);
            if (found)
                return found;
        }
        return (0,src_evidence/* readWorkflowRun */.hO)(this.#client, run);
    }
}
/** A page of 100 is read while the last one held a run some deploy names, and GitHub has more. */
async function listRuns(client, planned) {
    const found = new Map();
    // GitHub lists at most 1,000 runs for a filtered list.
    for (let page = 1; page <= 10 && found.size < planned.ids.size; page++) {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs', {
            params: { owner: planned.owner, repo: planned.repo },
            query: {
                created: `<=${new Date(planned.latest).toISOString()}`,
                exclude_pull_requests: 'true',
                per_page: 100,
                page,
            },
        });
        const named = data.workflow_runs.filter((run) => planned.ids.has(run.id));
        for (const run of named)
            found.set(run.id, (0,src_evidence/* workflowRunFacts */.iI)(run));
        if (named.length === 0 || data.workflow_runs.length < 100)
            break;
    }
    return found;
}
function repositoryKey(run) {
    return `${run.owner}/${run.repo}`.toLowerCase();
}

;// CONCATENATED MODULE: ./packages/verify/src/evidence.ts





/**
 * The evidence of the approvals work (`verifyApprovalEvidence`), re-read for a commit of the past:
 * the policy as it stood, the commit's time as "now", the run the commit names as the current run.
 * Every `Shipgate-Approval` and `Approved-by` must be backed by an approval that counts.
 */
class GitHubEvidenceChecker {
    #client;
    #log;
    #teams;
    /** Who started each run: read once per run, a hundred at a time where deploys were planned. */
    #runs;
    /** Request issues' comments: fifty issues per GraphQL query. */
    #comments;
    constructor(client, log) {
        this.#client = withCachedUser(client);
        this.#log = log;
        this.#teams = new team_cache/* TeamMembershipCache */.k(client);
        this.#runs = new WorkflowRunReader(client);
        this.#comments = new BatchLoader({
            keyOf: (issue) => `${issue.owner}/${issue.repo}#${issue.number}`.toLowerCase(),
            load: (issues) => readIssueComments(client, issues),
            size: ISSUES_PER_QUERY,
        });
    }
    plan(deploys) {
        const runs = deploys.flatMap((deploy) => {
            const run = deploy.run ? workflowRunOf(deploy.run) : undefined;
            return run ? [{ run, decidedAt: deploy.decidedAt }] : [];
        });
        const issues = deploys.flatMap((deploy) => deploy.urls.flatMap((url) => {
            // Only the issue a URL names matters here; the environment is the check's to name.
            const evidence = (0,src_evidence/* evidenceFromApprovalUrl */.ER)(url, '');
            if (evidence?.kind !== 'issue')
                return [];
            const [owner = '', repo = ''] = evidence.repository.split('/');
            return [{ owner, repo, number: evidence.issueNumber }];
        }));
        this.#runs.plan(runs);
        this.#comments.plan(issues);
    }
    async isMember(login, entries) {
        const list = (0,policy/* parseApproverList */.ZK)(entries, 'break-glass');
        if (list.users.some((user) => (0,policy/* sameLogin */.Up)(user, login)))
            return true;
        for (const team of list.teams)
            if (await this.#teams.check(team, login))
                return true;
        return false;
    }
    async check(claim) {
        const rules = claim.environment.approvals;
        if (!rules)
            return { status: 'approved', approvers: [] };
        const name = claim.environment.name;
        if (claim.urls.length === 0) {
            return {
                status: 'rejected',
                reason: `it records no Shipgate-Approval evidence, and ${name} requires ${rules.min} approval(s)`,
            };
        }
        const groups = evidenceGroups(claim.urls, name);
        if (typeof groups === 'string')
            return { status: 'rejected', reason: groups };
        if (groups.length > 1)
            return { status: 'rejected', reason: 'its Shipgate-Approval trailers point at more than one approval request' };
        const missing = ['repository', 'app', 'path'].find((field) => !claim[field]);
        if (missing) {
            return {
                status: 'unverifiable',
                reason: `could not verify: the verifier named no ${missing} to bind its approval to`,
            };
        }
        const evidence = groups[0];
        const run = await this.#runOf(claim.run, !rules.allowSelfApproval || evidence.kind === 'environment');
        if ('status' in run)
            return run;
        const committed = Date.parse(claim.committedAt);
        try {
            const verified = await (0,src_evidence/* verifyApprovalEvidence */.S7)({
                evidence,
                rules,
                binding: {
                    repository: claim.repository,
                    app: claim.app,
                    environment: name,
                    path: claim.path,
                    imageRefs: claim.imageRefs,
                    configHash: claim.configHash,
                    ...(claim.source ? { source: claim.source } : {}),
                },
                excluded: rules.allowSelfApproval ? [] : run.excluded,
                ...(run.id !== undefined ? { currentRunId: run.id } : {}),
                now: committed,
            }, {
                client: this.#client,
                log: this.#log,
                readRun: (ref) => this.#runs.read(ref),
                readComments: (issue) => this.#comments.get(issue),
            });
            const counted = verified.approvals.filter((approval) => Date.parse(approval.at) <= committed);
            return backing(claim, counted.map((approval) => ({ login: approval.login, url: approval.url })));
        }
        catch (error) {
            if (error instanceof github_client/* GitHubApiError */.O && error.status === 404) {
                return {
                    status: 'rejected',
                    reason: `its evidence ${claim.urls[0]} does not exist (${error.message.replace(/\.$/, '')})`,
                };
            }
            if (error instanceof github_client/* GitHubApiError */.O)
                return { status: 'unverifiable', reason: `could not verify: ${error.message}` };
            if (error instanceof errors/* ConfigurationError */.j1)
                return { status: 'rejected', reason: asFragment(error.message) };
            throw error;
        }
    }
    /**
     * The run the commit names, and who started it (GitHub's record, not the commit's word): the
     * run's actor and triggering actor cannot approve their own deploy, as at commit time. The run is
     * read when someone must be excluded or its reviews are the evidence (which then reuses the read).
     * A commit naming no run (gitops-commit outside GitHub Actions) has no one to exclude.
     */
    async #runOf(runUrl, needed) {
        if (!runUrl)
            return { excluded: [] };
        const run = workflowRunOf(runUrl);
        if (!run)
            return { status: 'rejected', reason: `its Shipgate-Run "${runUrl}" is not a workflow run URL` };
        if (!needed)
            return { id: run.id, excluded: [] };
        try {
            return { id: run.id, excluded: (await this.#runs.read(run)).actors };
        }
        catch (error) {
            if (error instanceof github_client/* GitHubApiError */.O && error.status === 404)
                return { status: 'rejected', reason: `its Shipgate-Run ${runUrl} names a workflow run that does not exist` };
            if (error instanceof github_client/* GitHubApiError */.O)
                return { status: 'unverifiable', reason: `could not verify who started its run: ${error.message}` };
            throw error;
        }
    }
}
/** The trailers' URLs as one evidence per request issue or run, or the sentence why not. */
function evidenceGroups(urls, environment) {
    const groups = new Map();
    for (const url of urls) {
        const evidence = (0,src_evidence/* evidenceFromApprovalUrl */.ER)(url, environment);
        if (!evidence)
            return `its Shipgate-Approval "${url}" is neither an issue comment nor a workflow run URL`;
        const key = evidence.kind === 'issue'
            ? `${evidence.repository}#${evidence.issueNumber}`
            : `${evidence.repository}/${evidence.runId}`;
        const known = groups.get(key);
        if (known?.kind === 'issue' && evidence.kind === 'issue')
            known.commentIds.push(...evidence.commentIds);
        else if (!known)
            groups.set(key, evidence);
    }
    return [...groups.values()];
}
/** Every trailer must name an approval that counted, and enough of them must predate the commit. */
function backing(claim, counted) {
    const rules = claim.environment.approvals;
    const logins = [...new Set(counted.map((approval) => approval.login))];
    if (logins.length < rules.min) {
        return {
            status: 'rejected',
            reason: `only ${logins.length} approval(s) given before the commit count, where ${claim.environment.name} requires ${rules.min}`,
        };
    }
    const unbacked = claim.urls.find((url) => !counted.some((approval) => approval.url === url));
    if (unbacked)
        return { status: 'rejected', reason: `its Shipgate-Approval ${unbacked} is not an approval that counts` };
    const claimed = claim.approvedBy.find((login) => !logins.some((approver) => (0,policy/* sameLogin */.Up)(approver, login)));
    if (claimed)
        return {
            status: 'rejected',
            reason: `its Approved-by: ${claimed} has no counting approval by ${claimed} in its evidence`,
        };
    return { status: 'approved', approvers: logins };
}
/**
 * The client with `GET /user` asked once: the evidence check excludes the token's user on every
 * deploy, and over a range that user does not change (one call per range, not one per deploy).
 */
function withCachedUser(client) {
    let user;
    const cached = Object.create(client);
    cached.request = (route, options) => {
        if (route !== 'GET /user')
            return client.request(route, options);
        user ??= client.request(route, options);
        return user;
    };
    cached.paginate = (route, options) => client.paginate(route, options);
    return cached;
}
/** `https://<server>/<owner>/<repo>/actions/runs/<id>` (an attempt suffix allowed), as gitops-commit records it. */
function workflowRunOf(runUrl) {
    const match = /^https?:\/\/[^/\s]+\/([^/\s]+)\/([^/\s]+)\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?\/?$/.exec(runUrl.trim());
    return match ? { owner: match[1], repo: match[2], id: Number(match[3]) } : undefined;
}
/** A sentence of the approvals work as a reason fragment: no capital start and no final period. */
function asFragment(sentence) {
    return sentence.replace(/\.$/, '').replace(/^The /, 'the ');
}

// EXTERNAL MODULE: ./packages/verify/src/scan-evidence.ts
var scan_evidence = __webpack_require__(73922);
;// CONCATENATED MODULE: ./packages/verify/src/evidence-sources.ts



/**
 * The evidence sources of verify-deployments, built from its inputs; deployment-report counts
 * verified deploys with the very same ones (its trust inputs are verify-deployments'), so the two
 * agree on every deploy. `eventPush` is a push event's own record of the update being checked,
 * which only verify-deployments, running in the GitOps repository, has.
 */
function evidenceSources(options) {
    const { client, trust } = options;
    const activity = (0,src_activity/* activitySourceFor */.aM)(options.authenticated ? client : undefined, options);
    return {
        evidence: new GitHubEvidenceChecker(client, options.log),
        activity: options.eventPush ? (0,src_activity/* withEventPush */.NT)(activity, options.eventPush) : activity,
        scanEvidence: (0,scan_evidence/* scanEvidenceVerifier */.hh)({ client, ...trust, serverUrl: options.serverUrl }),
        trust,
    };
}


/***/ }),

/***/ 85978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ rangeFromEvent),
/* harmony export */   RC: () => (/* binding */ parseRange),
/* harmony export */   d9: () => (/* binding */ PULL_HEAD_REF),
/* harmony export */   pC: () => (/* binding */ describeRange)
/* harmony export */ });
/* unused harmony export logRevisions */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_trail__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12528);


/** A commit or branch name, with `~n`/`^n` suffixes; never an option (`-…`) or a `...` range. */
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/;
/**
 * `a..b` (commits or branch names), a pull request (`123` or `#123`), `since:<date or duration>`
 * (`since:2026-11-01`, `since:30d`), or empty for the whole branch.
 */
function parseRange(value, now, inputName = 'range') {
    const text = value.trim();
    if (!text)
        return { kind: 'branch' };
    const pull = /^#?(\d+)$/.exec(text);
    if (pull)
        return { kind: 'pull-request', number: Number(pull[1]) };
    const since = /^since[:=\s]\s*(.+)$/i.exec(text);
    if (since)
        return { kind: 'since', since: (0,_shipgate_trail__WEBPACK_IMPORTED_MODULE_0__/* .parseSince */ .m1)(since[1], now, inputName) };
    const commits = /^(\S+?)\.\.(\S+)$/.exec(text);
    if (commits && !text.includes('...') && REVISION.test(commits[1]) && REVISION.test(commits[2])) {
        return { kind: 'commits', from: commits[1], to: commits[2] };
    }
    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "${inputName}" must be a commit range like main~10..main, a pull request number like 42, or since:<date or duration> like since:30d, got "${text}".`);
}
/** Where a fetched pull request's head is kept in the verifier's clone. */
const PULL_HEAD_REF = 'refs/shipgate-verify/pull-head';
/** The revisions `git log` walks for a range, in a clone with the remote's branches fetched. */
function logRevisions(range, branch) {
    const remote = (name) => (/^[0-9a-f]{7,64}([~^][0-9]*)*$/.test(name) ? name : `refs/remotes/origin/${name}`);
    switch (range.kind) {
        case 'branch':
            return [remote(branch)];
        case 'commits':
            return [`${remote(range.from)}..${remote(range.to)}`];
        case 'pull-request':
            return [`${remote(branch)}..${PULL_HEAD_REF}`];
        case 'since':
            return [`--since=${range.since.toISOString()}`, remote(branch)];
    }
}
function describeRange(range, branch) {
    switch (range.kind) {
        case 'branch':
            return `every commit of ${branch}`;
        case 'commits':
            return `${range.from}..${range.to}`;
        case 'pull-request':
            return `pull request #${range.number} into ${branch}`;
        case 'since':
            return `${branch} since ${range.since.toISOString()}`;
    }
}
/**
 * The range a workflow event names, for an empty `range` input: a pull request's number, a merge
 * group's `base_sha..head_sha` (judged at merge time, when a merge queue runs the check), a push's
 * `before..after`; `''` (the whole branch, push by push) for a schedule or a manual run.
 */
function rangeFromEvent(eventName, payload) {
    const event = payload;
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && event.pull_request?.number) {
        return String(event.pull_request.number);
    }
    if (eventName === 'merge_group' && event.merge_group?.base_sha && event.merge_group.head_sha) {
        return `${event.merge_group.base_sha}..${event.merge_group.head_sha}`;
    }
    if (eventName === 'push' && event.before && event.after)
        return `${event.before}..${event.after}`;
    return '';
}


/***/ }),

/***/ 74885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TO: () => (/* binding */ writeVerifyReport),
/* harmony export */   rT: () => (/* binding */ baseFinding),
/* harmony export */   yI: () => (/* binding */ buildVerifyReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** A passing deploy finding for `commit`, before any check filled it in. */
function baseFinding(commit) {
    return {
        commit: commit.sha,
        committedAt: commit.committedAt,
        author: commit.author,
        committer: commit.committer,
        subject: commit.subject,
        kind: 'deploy',
        images: [],
        approvers: [],
        verdict: 'pass',
        reason: '',
    };
}
function buildVerifyReport(fields) {
    const { findings } = fields;
    const failed = findings.filter((f) => f.verdict === 'fail').length;
    const unverifiable = findings.filter((f) => f.verdict === 'could-not-verify').length;
    const environments = {};
    for (const finding of findings) {
        if (finding.kind === 'policy-change' || finding.kind === 'history' || !finding.environment)
            continue;
        const entry = environments[finding.environment] ?? { verified: 0, judged: 0 };
        environments[finding.environment] = entry;
        entry.judged += 1;
        if (finding.verdict === 'pass')
            entry.verified += 1;
    }
    return {
        repository: fields.repository.replace(/\/\/[^@/]*@/, '//'),
        branch: fields.branch,
        range: fields.range,
        verdict: failed + unverifiable > 0 ? 'fail' : 'pass',
        violations: failed + unverifiable,
        counts: {
            verified: findings.filter((f) => f.verdict === 'pass' && f.kind !== 'policy-change' && f.kind !== 'history')
                .length,
            failed,
            unverifiable,
            policyChanges: findings.filter((f) => f.kind === 'policy-change').length,
        },
        environments,
        commits: findings,
    };
}
async function writeVerifyReport(report, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}


/***/ }),

/***/ 73922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ scanEvidenceVerifier),
/* harmony export */   kn: () => (/* binding */ COULD_NOT_VERIFY),
/* harmony export */   ve: () => (/* binding */ isUnverifiable)
/* harmony export */ });
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83064);
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69978);
/* harmony import */ var _shipgate_trail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41915);
/**
 * The verifier's side of "claims are re-derived" for scans: a `Shipgate-Scan: pass` trailer is text
 * anyone with push access can write, so where an environment requires a scan pass, verify-deployments
 * re-reads the signed scan attestations of each deployed digest from GitHub's attestations API and
 * verifies them as gitops-commit did (@shipgate/attest's verifyAttestations: trusted root or key,
 * the signer identity, the subject digest, the newest verdict pass, within the scan max-age).
 *
 * Where the bundles are read: the repository named by verify-deployments' `attestation-repository`
 * input when set, else the deploy's `Shipgate-Source` repository (where build-image and scan-image
 * store them). Where they are read from grants no trust: a bundle counts only when it verifies and
 * its certificate names the configured identity, so a `Shipgate-Source` pointing elsewhere can only
 * make the scan unverifiable, never pass it. Keyless trust without an identity (the policy's
 * `attestations.identity` or the input `attestation-identity`) could be satisfied by any workflow
 * on GitHub, so it gives "could not verify".
 */


/** Every problem a verifier of this module cannot decide starts so: a "could not verify", never a pass. */
const COULD_NOT_VERIFY = 'could not verify';
/** Whether a problem from `scanEvidenceProblem` or `deployStatementProblem` means "could not verify" rather than a violation. */
function isUnverifiable(problem) {
    return problem.startsWith(COULD_NOT_VERIFY);
}
/**
 * The verifier verify-deployments' judge calls for each digest of each deploy whose environment
 * says `scan: {require: pass}`. The bundles of a (repository, digest) are read once for the whole
 * range, however many deploys run the digest.
 */
function scanEvidenceVerifier(options) {
    const reads = new Map();
    const read = (repository, digest) => {
        const key = `${repository.toLowerCase()} ${digest}`;
        let bundles = reads.get(key);
        if (!bundles) {
            bundles = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .readGitHubAttestations */ .V)(options.client, repository, digest);
            reads.set(key, bundles);
        }
        return bundles;
    };
    return async (digest, environment, context = {}) => {
        if (environment.scan?.require !== 'pass')
            return undefined;
        const requires = `${environment.name} requires a signed scan pass`;
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
            return `its image ${digest} is not pinned by a sha256 digest, and ${requires}`;
        const { trust } = options;
        if (!trust)
            return `${COULD_NOT_VERIFY} its scan: ${requires} and no trusted-root or verify-key is configured`;
        // The policy's identity is a regular expression (as gitops-commit applies it); the input's is
        // exact unless it starts with `^` (as promote's attestation-identity).
        const named = signerOf(environment, options.identity, trust);
        if (trust.mode === 'keyless' && !named) {
            return `${COULD_NOT_VERIFY} its scan: ${requires} and no attestation identity (the policy's attestations or the input attestation-identity) names who may sign it`;
        }
        const repository = options.repository ?? (0,_shipgate_trail__WEBPACK_IMPORTED_MODULE_1__/* .parseSource */ .P)(context.source)?.repository;
        if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
            return `${COULD_NOT_VERIFY} its scan: ${requires} and no repository to read its attestations from (no attestation-repository input, no Shipgate-Source)`;
        }
        let bundles;
        try {
            bundles = await read(repository, digest);
        }
        catch (error) {
            return `${COULD_NOT_VERIFY} its scan: reading the attestations of ${digest} in ${repository} failed: ${message(error)}`;
        }
        const requirements = {
            require: ['scan'],
            ...named,
            ...(options.issuer ? { issuer: options.issuer } : {}),
            ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
            ...(environment.scan.maxAgeMs !== undefined ? { scanMaxAgeMs: environment.scan.maxAgeMs } : {}),
            ...(context.at ? { now: context.at } : {}),
        };
        // @sigstore/verify is loaded by the first verification, not with the module.
        const { AttestationRefusedError, verifyAttestations } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(463), __webpack_require__.e(187), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 64315));
        try {
            verifyAttestations(digest, bundles, trust, requirements);
            return undefined;
        }
        catch (error) {
            if (error instanceof AttestationRefusedError) {
                return `its image ${digest} has no verified scan pass in ${repository} (${message(error).replace(/\.$/, '')}), and ${requires}`;
            }
            return `${COULD_NOT_VERIFY} its scan: ${message(error)}`;
        }
    };
}
function message(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
/**
 * Who may sign the scan attestation: the policy's `attestations` signer as gitops-commit applies it
 * (repository, owner, signer workflow and ref exactly; a legacy identity exact, or an anchored
 * regular expression when it starts with `^`), else the `attestation-identity` input.
 */
function signerOf(environment, input, trust) {
    const rules = environment.attestations;
    if (rules && (rules.identity || rules.repository || rules.owner || rules.signerWorkflow)) {
        const { require: _scan, ...signer } = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_2__/* .policyRequirements */ .FJ)({ ...rules, require: ['scan'] }, trust);
        return signer;
    }
    if (!input)
        return undefined;
    return { identity: input.startsWith('^') ? { pattern: input } : { exact: input } };
}


/***/ }),

/***/ 54567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ readVerifierTrust)
/* harmony export */ });
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3183);

/**
 * verify-deployments' trust inputs, as promote reads them (@shipgate/attest's readTrust):
 * `trusted-root` / `verify-key`, `attestation-identity`, `attestation-repository`,
 * `attestation-issuer`. Build the verifiers with `scanEvidenceVerifier({ client, ...trust, serverUrl })`
 * and, in the clone, `deployStatementVerifier({ git, trust: trust.trust, issuer: trust.issuer })`.
 */
function readVerifierTrust(inputs) {
    const trust = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .readTrust */ .bn)(inputs);
    const { identity, repository } = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .readSignerInputs */ .mH)(inputs);
    const issuer = inputs.optional('attestation-issuer');
    return {
        trust,
        ...(identity ? { identity } : {}),
        ...(repository ? { repository } : {}),
        ...(issuer ? { issuer } : {}),
    };
}


/***/ }),

/***/ 31125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ NoPolicyError),
  S: () => (/* binding */ verifyDeployments)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/git/src/clone.ts
var clone = __webpack_require__(973);
// EXTERNAL MODULE: ./packages/git/src/refs.ts
var refs = __webpack_require__(33904);
// EXTERNAL MODULE: ./packages/git/src/objects.ts
var src_objects = __webpack_require__(83652);
// EXTERNAL MODULE: ./packages/git/src/fetch.ts
var fetch = __webpack_require__(23312);
// EXTERNAL MODULE: ./packages/gitops/src/repository-identity.ts
var repository_identity = __webpack_require__(26279);
// EXTERNAL MODULE: ./packages/policy/src/load.ts + 2 modules
var load = __webpack_require__(74846);
// EXTERNAL MODULE: ./packages/trail/src/trailers.ts
var trailers = __webpack_require__(1446);
;// CONCATENATED MODULE: ./packages/verify/src/commit-log.ts

const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';
/**
 * One header per commit for `git log -z --name-only --no-renames`: sha, parents, committer time,
 * author and committer (`name <email>`), subject, then the trailers of the last paragraph, unfolded.
 * The header is followed by the paths the commit changed against its first parent.
 */
const VERIFY_LOG_FORMAT = [
    '%H',
    '%P',
    '%cI',
    '%an <%ae>',
    '%cn <%ce>',
    '%s',
    '%(trailers:only=true,unfold=true,separator=%x1e)',
].join('%x1f');
/**
 * Parses `git log -z --name-only --format=VERIFY_LOG_FORMAT`: each header is NUL-terminated and
 * followed by `\n` and NUL-terminated paths. A header is the token holding the field separator,
 * which git never puts in a path it prints with -z unless the path itself holds one; such a path
 * would not start with a 40- or 64-hex sha and a separator, so it stays a path.
 */
function parseCommitLog(output) {
    const commits = [];
    for (const raw of output.split('\u0000')) {
        const token = raw.replace(/^\n/, '');
        if (!token)
            continue;
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
                trailers: (0,trailers/* parseTrailerLines */.ou)(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())),
                files: [],
            });
            continue;
        }
        commits.at(-1)?.files.push(token);
    }
    return commits;
}

// EXTERNAL MODULE: ./packages/attest/src/deploy-statement.ts
var deploy_statement = __webpack_require__(36644);
// EXTERNAL MODULE: ./packages/verify/src/scan-evidence.ts
var scan_evidence = __webpack_require__(73922);
;// CONCATENATED MODULE: ./packages/verify/src/deploy-statement.ts
/**
 * The verifier's side of deploy statements (see @shipgate/attest's deploy-statement.ts): an
 * environment review approves a run, not bytes, so a deploy it approves counts only when the run
 * signed a statement of exactly the content committed. gitops-commit pushes the bundle atomically
 * with the deploy commit under `refs/shipgate/statements/<commit>`; here they are fetched once per
 * range (one `git fetch` of the namespace into the verifier's clone) and each is verified against
 * the trusted root: a certificate whose run invocation URI names the deploy's `Shipgate-Run`, a
 * statement naming this repository, path, tree id, config hash and digests.
 */



const NO_DEPLOY_STATEMENT = 'its content is not bound to the approved run (no signed deploy statement)';
/**
 * `deployStatementProblem(commitSha, expected)`: `undefined` when the commit's deploy statement
 * binds exactly `expected` to its run; a violation clause when it is missing or binds something
 * else; a clause starting "could not verify" (isUnverifiable) when there is no keyless trust or the
 * statements could not be fetched. The statements namespace is fetched once, on first use.
 */
function deployStatementVerifier(options) {
    let fetched;
    const fetchStatements = () => {
        fetched ??= (0,fetch/* fetch */.hd)(options.git, {
            refspecs: [`+${deploy_statement/* DEPLOY_STATEMENT_REF_PREFIX */.RX}*:${deploy_statement/* DEPLOY_STATEMENT_REF_PREFIX */.RX}*`],
            ignoreReturnCode: true,
        }).then((result) => result.exitCode === 0
            ? undefined
            : result.stderr.trim().split('\n').at(-1) || `git fetch exited ${result.exitCode}`);
        return fetched;
    };
    return async (commitSha, expected) => {
        const { trust } = options;
        if (trust?.mode !== 'keyless') {
            return `${scan_evidence/* COULD_NOT_VERIFY */.kn} that its content was produced by the approved run: a deploy statement is signed keyless, and no trusted-root is configured`;
        }
        const failure = await fetchStatements();
        if (failure)
            return `${scan_evidence/* COULD_NOT_VERIFY */.kn} its deploy statement: fetching ${deploy_statement/* DEPLOY_STATEMENT_REF_PREFIX */.RX}* failed: ${failure}`;
        const read = await options.git(['cat-file', 'blob', `${(0,deploy_statement/* deployStatementRef */.QT)(commitSha)}:${deploy_statement/* DEPLOY_STATEMENT_FILE */.dH}`], {
            ignoreReturnCode: true,
        });
        if (read.exitCode !== 0)
            return NO_DEPLOY_STATEMENT;
        let bundle;
        try {
            bundle = JSON.parse(read.stdout);
        }
        catch {
            return 'its deploy statement is not a Sigstore bundle (JSON)';
        }
        // @sigstore/verify is loaded by the first verification, not with the module.
        const { deployStatementProblem } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(463), __webpack_require__.e(187), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 64315));
        return deployStatementProblem(bundle, trust, expected, options.issuer ? { issuer: options.issuer } : {});
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/gitops/src/environment-content.ts
var environment_content = __webpack_require__(93775);
// EXTERNAL MODULE: ./packages/gitops/src/kustomization.ts
var kustomization = __webpack_require__(24563);
// EXTERNAL MODULE: ./packages/manifests/src/committed.ts
var committed = __webpack_require__(84044);
// EXTERNAL MODULE: ./packages/manifests/src/documents.ts
var documents = __webpack_require__(88680);
// EXTERNAL MODULE: ./packages/trail/src/source.ts
var source = __webpack_require__(41915);
// EXTERNAL MODULE: ./packages/trail/src/history.ts
var src_history = __webpack_require__(62032);
// EXTERNAL MODULE: ./packages/policy/src/freeze.ts
var src_freeze = __webpack_require__(32573);
// EXTERNAL MODULE: ./packages/trail/src/deployment.ts
var deployment = __webpack_require__(92881);
// EXTERNAL MODULE: ./packages/policy/src/paths.ts
var paths = __webpack_require__(40500);
;// CONCATENATED MODULE: ./packages/verify/src/policy-view.ts

const POLICY_FILE = load/* POLICY_PATH */.l$;
const ALLOWED_SIGNERS_FILE = '.shipgate/allowed-signers';
/**
 * The environment path holding the changed `file`, by the policy's `paths` globs (matched as the
 * policy package matches them). The directory is the file's leading segments as many as the glob
 * has; with `**` in the glob, the file's own directory.
 */
function environmentPathOf(policy, file) {
    const segments = file.split('/');
    for (const environment of policy.environments) {
        for (const glob of environment.paths) {
            const pattern = glob.split('/').filter(Boolean);
            if (pattern.length >= segments.length || !(0,paths/* pathTouchesGlob */.z4)(file, glob))
                continue;
            const depth = pattern.includes('**') ? segments.length - 1 : pattern.length;
            const wildcards = pattern.flatMap((part, i) => (part.includes('*') || part.includes('?') ? [segments[i]] : []));
            return { environment, directory: segments.slice(0, depth).join('/'), wildcards };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/checks.ts



/** `sha256:…` of an image reference pinned by digest, else `undefined`. */
function digestOf(imageRef) {
    return /@(sha256:[0-9a-f]{64})$/.exec(imageRef)?.[1];
}
const SHIPGATE_DIR = '.shipgate/';
/** Keys a deploy commit may carry once only: a second value would let a reader pick either. */
const SINGLE_KEYS = [
    deployment/* TRAILER_KEYS */.z.app,
    deployment/* TRAILER_KEYS */.z.environment,
    deployment/* TRAILER_KEYS */.z.configHash,
    deployment/* TRAILER_KEYS */.z.scan,
    deployment/* TRAILER_KEYS */.z.source,
    'Shipgate-Policy',
];
/** The paths, environments and trailers of a commit judged by `policy` (its parent's). */
function shapeOf(commit, policy) {
    const targets = new Map();
    const extraFiles = [];
    for (const file of commit.files) {
        const target = environmentPathOf(policy, file);
        if (target)
            targets.set(target.directory, target);
        else
            extraFiles.push(file);
    }
    if (targets.size === 0) {
        const policyFiles = extraFiles.filter((file) => file.startsWith(SHIPGATE_DIR));
        return policyFiles.length > 0 ? { kind: 'policy-change', files: policyFiles } : { kind: 'other' };
    }
    if (targets.size > 1) {
        const list = [...targets.values()].map((t) => `${t.directory} (${t.environment.name})`).join(', ');
        return {
            kind: 'violation',
            reason: `it changes ${targets.size} environment paths, ${list}, where a deploy changes exactly one`,
        };
    }
    const target = [...targets.values()][0];
    const where = { environment: target.environment.name, path: target.directory };
    const trail = (0,trailers/* trailFromTrailers */.rE)(commit.trailers);
    if (!trail) {
        return {
            kind: 'violation',
            ...where,
            reason: `it changes ${target.directory} without Shipgate trailers, so it is no Shipgate deploy`,
        };
    }
    const malformed = trailerProblem(commit.trailers, trail, target);
    if (malformed)
        return { kind: 'violation', ...where, reason: malformed };
    return { kind: 'deploy', target, trail, extraFiles };
}
function trailerProblem(trailers, trail, target) {
    for (const key of SINGLE_KEYS) {
        const count = trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).length;
        if (count > 1)
            return `it carries ${count} ${key} trailers where a deploy carries one`;
    }
    if (trail.environment !== target.environment.name) {
        return `its Shipgate-Environment says ${trail.environment} but it changes ${target.directory}, a path of ${target.environment.name}`;
    }
    if (target.wildcards.length > 0 && !target.wildcards.includes(trail.app)) {
        return `its Shipgate-App says ${trail.app} but it changes ${target.directory}`;
    }
    if (trail.imageRefs.length === 0)
        return 'it carries no Shipgate-Image trailer';
    const unpinned = trail.imageRefs.find((ref) => !digestOf(ref));
    if (unpinned)
        return `its Shipgate-Image ${unpinned} is not pinned by digest`;
    if (!trail.configHash || !/^sha256:[0-9a-f]{64}$/.test(trail.configHash)) {
        return 'it carries no well-formed Shipgate-Config-Hash trailer';
    }
    return undefined;
}
/** Whether the committed files are what the trailers (and so the approval) name. */
function contentProblem(trail, content, target) {
    if (typeof content === 'string')
        return content;
    const directory = target.directory;
    if (content.configHash !== trail.configHash) {
        return `the files of ${directory} hash to ${content.configHash}, not to its Shipgate-Config-Hash ${trail.configHash}`;
    }
    const digests = new Set(trail.imageRefs.map((ref) => digestOf(ref)));
    const foreign = content.images.find((image) => !digests.has(digestOf(image)));
    if (foreign)
        return `its manifests run ${foreign}, which no Shipgate-Image trailer names`;
    const [guard] = content.problems;
    if (guard && (0,load/* requiresApproval */._9)(target.environment))
        return `its manifests fail a render guard: ${guard.replace(/\.$/, '')}`;
    return undefined;
}
/**
 * A deploy decided while a freeze window of its environment was in force needs break-glass;
 * `decidedAt` is when it reached the branch (GitHub's record) or the check's clock, never a git date.
 */
function freezeProblem(trailers, target, decidedAt) {
    const freeze = (0,src_freeze/* activeFreeze */.W)(target.environment, new Date(decidedAt));
    if (!freeze)
        return undefined;
    if (trailers.some((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass' && trailer.value))
        return undefined;
    const why = freeze.window.reason ? ` (${freeze.window.reason})` : '';
    return `it reached the branch during the freeze of ${target.environment.name}${why} from ${freeze.start.toISOString()} to ${freeze.end.toISOString()} without Shipgate-Break-Glass`;
}
/** Who the `Shipgate-Break-Glass: <who; reason>` trailer says broke the freeze. */
function breakGlassOf(trailers) {
    const value = trailers.find((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass')?.value;
    return value?.split(';')[0]?.trim() || undefined;
}
/** Files a deploy commit changed besides its own path. */
function extraFilesProblem(extraFiles, directory) {
    if (extraFiles.length === 0)
        return undefined;
    const shown = extraFiles.slice(0, 3).join(', ');
    const more = extraFiles.length > 3 ? ` and ${extraFiles.length - 3} more` : '';
    return `besides ${directory} it changes ${shown}${more}`;
}
/** A commit that deletes the policy leaves the next commits judged by nothing: always a violation. */
function removesPolicy(commit, parentHasPolicy, hasPolicy) {
    return parentHasPolicy && !hasPolicy && commit.files.includes(POLICY_FILE);
}
/** Production takes only a digest that has run in `promote-from` for at least `soak`. */
function promotionProblem(trail, target, decidedAt, first) {
    const from = target.environment.promoteFrom;
    if (!from || trail.rollbackOf)
        return undefined;
    const soak = target.environment.soakMs ?? 0;
    const at = decidedAt;
    for (const ref of trail.imageRefs) {
        const since = first.get(from)?.get(digestOf(ref) ?? ref);
        if (since === undefined || since > at)
            return `its image ${ref} never ran in ${from} before, and ${target.environment.name} promotes from ${from}`;
        if (at - since < soak) {
            return `its image ${ref} ran in ${from} for ${Math.round((at - since) / 60_000)} minute(s), less than the ${Math.round(soak / 60_000)} minute(s) soak of ${target.environment.name}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/claims.ts


/**
 * The claims a deploy's text makes that only signatures can back: a scan pass (a signed scan
 * attestation of every digest it runs, never the `Shipgate-Scan` trailer) and, for an approval
 * that is a GitHub environment review of a run, that the run produced this content (its signed
 * deploy statement). `treeId` is the path's tree in the deploy commit.
 */
async function claimProblem(verifiers, { input, shape }, treeId) {
    const environment = shape.target.environment;
    if (environment.scan?.require === 'pass') {
        const problem = await scanClaimProblem(verifiers, input, shape);
        if (problem)
            return asProblem(problem);
    }
    const reviewed = input.commit.trailers.some((trailer) => trailer.key.toLowerCase() === 'shipgate-approval' && /\/actions\/runs\/\d+/.test(trailer.value));
    if (!reviewed || !environment.approvals)
        return undefined;
    if (!verifiers.deployStatement) {
        return asProblem(`${scan_evidence/* COULD_NOT_VERIFY */.kn} that its content was produced by the approved run: no trusted-root is configured`);
    }
    const problem = await verifiers.deployStatement(input.commit.sha, {
        repository: verifiers.repository,
        path: shape.target.directory,
        treeId: treeId ?? '',
        configHash: shape.trail.configHash ?? '',
        digests: shape.trail.imageRefs.map((ref) => digestOf(ref) ?? ref),
        runUrl: shape.trail.run ?? '',
    });
    return problem ? asProblem(problem) : undefined;
}
async function scanClaimProblem(verifiers, input, shape) {
    const environment = shape.target.environment;
    if (!verifiers.scanEvidence) {
        return `${scan_evidence/* COULD_NOT_VERIFY */.kn} its scan: ${environment.name} requires a signed scan pass and no trusted-root or verify-key is configured`;
    }
    for (const ref of shape.trail.imageRefs) {
        const problem = await verifiers.scanEvidence(digestOf(ref) ?? ref, environment, {
            ...(shape.trail.source ? { source: shape.trail.source } : {}),
            ...(input.decidedAt !== undefined ? { at: new Date(input.decidedAt) } : {}),
        });
        if (problem)
            return problem;
    }
    return undefined;
}
function asProblem(reason) {
    return { verdict: (0,scan_evidence/* isUnverifiable */.ve)(reason) ? 'could-not-verify' : 'fail', reason };
}

// EXTERNAL MODULE: ./packages/verify/src/report.ts
var report = __webpack_require__(74885);
;// CONCATENATED MODULE: ./packages/verify/src/merges.ts


/**
 * A merge commit is not judged as a deploy (the commits it brings are, each under the range's
 * base policy), but it must not change anything itself: its tree must be what git's own merge of
 * its two parents gives, at least on the environment paths and `.shipgate/`. A merge of history
 * unrelated to its first parent, or of more than two parents, that differs from any parent there
 * is a violation: git gives no merge of its own to compare with. A few git calls per merge;
 * merges are few (one per merged pull request).
 */
async function judgeMerges(git, merges) {
    const findings = [];
    for (const { commit, policy } of merges) {
        if (typeof policy !== 'object' || commit.parents.length < 2)
            continue;
        const guarded = (file) => file.startsWith('.shipgate/') || environmentPathOf(policy, file) !== undefined;
        const problem = commit.parents.length > 2
            ? await octopusProblem(git, commit.sha, commit.parents, guarded)
            : await twoParentProblem(git, commit.sha, commit.parents, guarded);
        if (!problem)
            continue;
        const target = problem.files.map((file) => environmentPathOf(policy, file)).find(Boolean);
        findings.push({
            ...(0,report/* baseFinding */.rT)(commit),
            environment: target?.environment.name,
            path: target?.directory,
            verdict: 'fail',
            reason: `${problem.what} ${listed(problem.files)}${problem.after ?? ''}`,
        });
    }
    return findings;
}
async function twoParentProblem(git, sha, [first, second], guarded) {
    const related = await git(['merge-base', first, second], { ignoreReturnCode: true });
    if (related.exitCode !== 0) {
        const files = (await changed(git, first, sha)).filter(guarded);
        return files.length > 0
            ? { what: 'it merges history unrelated to its first parent, and changes', files }
            : undefined;
    }
    // Exit 1 is a conflicted merge, whose tree (with conflict markers) is still written.
    const merged = await git(['merge-tree', '--write-tree', '--no-messages', first, second], { ignoreReturnCode: true });
    const mergedTree = merged.stdout.split('\n')[0]?.trim() ?? '';
    if (merged.exitCode > 1 || !/^[0-9a-f]{40,64}$/.test(mergedTree)) {
        throw new Error(`git merge-tree could not merge the parents of ${sha.slice(0, 12)}: ${merged.stderr.trim()}`);
    }
    const files = (await changed(git, mergedTree, `${sha}^{tree}`)).filter(guarded);
    return files.length > 0
        ? { what: 'the merge itself changes', files, after: ', beyond what merging its parents gives' }
        : undefined;
}
async function octopusProblem(git, sha, parents, guarded) {
    const files = new Set();
    for (const parent of parents)
        for (const file of await changed(git, parent, sha))
            if (guarded(file))
                files.add(file);
    return files.size > 0
        ? { what: `it is an octopus merge of ${parents.length} parents, and differs from them on`, files: [...files] }
        : undefined;
}
async function changed(git, from, to) {
    const { stdout } = await git(['diff-tree', '-r', '-z', '--name-only', '--no-renames', from, to]);
    return stdout.split('\0').filter(Boolean);
}
function listed(files) {
    return `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`;
}

// EXTERNAL MODULE: ./packages/git/src/commit-time.ts
var commit_time = __webpack_require__(77769);
;// CONCATENATED MODULE: ./packages/verify/src/rules.ts


/** How far a committer clock may run ahead of GitHub's before a date counts as "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Git dates are the writer's word: reported, never trusted, and a deploy dated after it reached
 * the branch (or after the check's clock) or before its own parent is a finding.
 */
function datingProblem(input, parentDates) {
    const dated = Date.parse(input.commit.committedAt);
    if (input.decidedAt !== undefined && dated > input.decidedAt + CLOCK_SKEW_MS) {
        return `it is dated ${input.commit.committedAt}, after it reached the branch or was checked (${new Date(input.decidedAt).toISOString()}): its committer date is forged`;
    }
    const parent = input.commit.parents[0];
    const parentDate = parent ? parentDates.get(parent) : undefined;
    if (parentDate !== undefined && dated < parentDate) {
        return `it is dated ${input.commit.committedAt}, before its parent ${parent.slice(0, 12)} (${new Date(parentDate).toISOString()}): its committer date is forged`;
    }
    return undefined;
}
/**
 * Approvals, freeze windows and soak are judged at the time the change was decided; a commit on
 * the branch whose arrival GitHub's record does not give cannot be judged by them.
 */
function timeProblem(input, target, activityProblem) {
    if (input.decidedAt !== undefined)
        return undefined;
    const environment = target.environment;
    const timed = environment.approvals || environment.freeze.length > 0 || environment.promoteFrom;
    if (!timed)
        return undefined;
    return {
        verdict: 'could-not-verify',
        reason: `${environment.name}'s approvals, freeze windows and soak are judged at the time it reached the branch, which ${activityProblem ?? "GitHub's activity record does not give"}`,
    };
}
/** The committer time of each deploy's first parent, read from the range or in one git call. */
async function parentDates(git, inputs, deploys) {
    const known = new Map(inputs.map((input) => [input.commit.sha, Date.parse(input.commit.committedAt)]));
    const dates = new Map();
    const missing = new Set();
    for (const { input } of deploys) {
        const parent = input.commit.parents[0];
        if (!parent)
            continue;
        const date = known.get(parent);
        if (date === undefined)
            missing.add(parent);
        else
            dates.set(parent, date);
    }
    for (const [sha, time] of await (0,commit_time/* commitTimes */.q9)(git, [...missing]))
        dates.set(sha, Date.parse(time));
    return dates;
}
/** Per rollback in the range, what its trailers point at: a handful of git calls for all of them. */
async function readRollbackTargets(deps, objects, deploys, inputs) {
    const rollbacks = deploys.filter(({ shape }) => shape.trail.rollbackOf);
    const result = new Map();
    if (rollbacks.length === 0)
        return result;
    const named = [...new Set(rollbacks.flatMap(({ shape }) => [shape.trail.rollbackTo, shape.trail.rollbackOf]))].filter((sha) => Boolean(sha && /^[0-9a-f]{7,64}$/.test(sha)));
    const found = await objects.resolve(named.map((sha) => `${sha}^{commit}`));
    const full = new Map(named.flatMap((sha, i) => (found[i] ? [[sha, found[i].id]] : [])));
    const existing = [...new Set(full.values())];
    const logged = new Map(inputs.map((input) => [input.commit.sha, input.commit]));
    if (existing.length > 0) {
        const { stdout } = await deps.git(['log', '--no-walk=unsorted', '--stdin', '-z', '--name-only', '--no-renames', `--format=${VERIFY_LOG_FORMAT}`], { input: `${existing.join('\n')}\n` });
        for (const commit of parseCommitLog(stdout))
            logged.set(commit.sha, commit);
    }
    const trees = await objects.resolve(rollbacks.flatMap(({ input, shape }) => {
        const to = full.get(shape.trail.rollbackTo ?? '');
        return [`${input.commit.sha}:${shape.target.directory}`, to ? `${to}:${shape.target.directory}` : 'HEAD:/none'];
    }));
    for (const [i, { input, shape }] of rollbacks.entries()) {
        const to = full.get(shape.trail.rollbackTo ?? '');
        const of = full.get(shape.trail.rollbackOf ?? '');
        result.set(input.commit.sha, {
            to: to ? logged.get(to) : undefined,
            toIsAncestor: to ? await isAncestor(deps.git, to, input.commit.sha) : false,
            ownTree: trees[i * 2]?.id,
            restoredTree: trees[i * 2 + 1]?.id,
            of: of ? logged.get(of) : undefined,
            ofIsAncestor: of ? await isAncestor(deps.git, of, input.commit.sha) : false,
        });
    }
    return result;
}
async function isAncestor(git, ancestor, commit) {
    if (ancestor === commit)
        return false;
    const { exitCode } = await git(['merge-base', '--is-ancestor', ancestor, commit], { ignoreReturnCode: true });
    return exitCode === 0;
}
/**
 * A rollback skips promote-from and soak, so what it claims is re-derived: it names an earlier
 * deploy of the same path on its own history, restores exactly that deploy's files, and rolls
 * back a commit of that path that came before it.
 */
function rollbackProblem(shape, target) {
    if (!shape.trail.rollbackOf)
        return undefined;
    const directory = shape.target.directory;
    if (!target)
        return 'its rollback trailers could not be read back';
    if (!target.of || !target.ofIsAncestor) {
        return `its Shipgate-Rollback-Of ${shape.trail.rollbackOf} is not an earlier commit of its history`;
    }
    if (!touches(target.of, directory)) {
        return `its Shipgate-Rollback-Of ${shape.trail.rollbackOf} did not change ${directory}`;
    }
    if (!shape.trail.rollbackTo || !target.to || !target.toIsAncestor) {
        return `its Shipgate-Rollback-To ${shape.trail.rollbackTo ?? '(missing)'} is not an earlier deploy of its history`;
    }
    if (!touches(target.to, directory) || !target.to.trailers.some((t) => t.key.toLowerCase() === 'shipgate-app')) {
        return `its Shipgate-Rollback-To ${shape.trail.rollbackTo} is not a deploy of ${directory}`;
    }
    if (!target.ownTree || target.ownTree !== target.restoredTree) {
        return `its files in ${directory} are not those of the deploy it names, ${shape.trail.rollbackTo}`;
    }
    return undefined;
}
function touches(commit, directory) {
    return commit.files.some((file) => file.startsWith(`${directory}/`));
}

;// CONCATENATED MODULE: ./packages/verify/src/judge.ts











/** Findings for every commit, oldest first: shape, content and signatures batched, then evidence. */
async function judgeCommits(inputs, deps) {
    const findings = [];
    const deploys = [];
    for (const input of inputs.commits) {
        const finding = judgeShape(input, deps.environments);
        if (!finding)
            continue;
        findings.push(finding);
        const shape = typeof input.policy === 'object' ? shapeOf(input.commit, input.policy) : undefined;
        if (shape?.kind === 'deploy' && finding.verdict === 'pass')
            deploys.push({ input, shape, finding });
    }
    findings.push(...(await judgeMerges(deps.git, inputs.commits.filter((input) => input.commit.parents.length > 1))));
    const { contents, trees } = await readContents(inputs.objects, deploys);
    const signatures = await readSignatures(deps, inputs.objects, deploys);
    const first = deploys.some(({ shape }) => shape.target.environment.promoteFrom)
        ? await firstDeployed(deps, inputs.commits)
        : new Map();
    const rollbacks = await readRollbackTargets(deps, inputs.objects, deploys, inputs.commits);
    const dates = await parentDates(deps.git, inputs.commits, deploys);
    planEvidence(deps.evidence, deploys);
    // Evidence is read a few deploys at a time: the API's latency, not git, bounds a long range.
    await inParallel(deploys, EVIDENCE_CONCURRENCY, async (judged) => {
        const { input, shape, finding } = judged;
        const content = contents.get(input.commit.sha) ?? `it deletes ${shape.target.directory}`;
        const problem = datingProblem(input, dates) ??
            timeProblem(input, shape.target, deps.scope.activityProblem) ??
            contentProblem(shape.trail, content, shape.target) ??
            rollbackProblem(shape, rollbacks.get(input.commit.sha)) ??
            signatureProblem(shape, signatures.get(input.commit.sha)) ??
            promotionProblem(shape.trail, shape.target, input.decidedAt ?? Number.NaN, first) ??
            (await claimProblem(deps.claims, judged, trees.get(input.commit.sha)));
        // Without a decision time, timeProblem has already failed every deploy that has a time rule
        // (approvals, freeze windows, soak): what is left has none to judge.
        const decidedAt = input.decidedAt;
        if (problem)
            fail(finding, problem);
        else if (decidedAt !== undefined)
            await judgeEvidence(deps.evidence, judged, content, deps.repository);
        if (finding.verdict === 'pass') {
            const late = decidedAt === undefined ? undefined : freezeProblem(input.commit.trailers, shape.target, decidedAt);
            const extra = late ??
                (await breakGlassProblem(deps.evidence, judged)) ??
                extraFilesProblem(shape.extraFiles, shape.target.directory);
            if (extra)
                fail(finding, extra);
        }
    });
    const order = new Map(inputs.commits.map((input, i) => [input.commit.sha, i]));
    return findings.sort((a, b) => (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0));
}
const EVIDENCE_CONCURRENCY = 8;
/** The evidence every deploy with approval rules and a decision time will check, announced for batched reads. */
function planEvidence(evidence, deploys) {
    evidence.plan?.(deploys.flatMap(({ input, shape }) => shape.target.environment.approvals && input.decidedAt !== undefined
        ? [{ urls: approvalUrls(input.commit.trailers), run: shape.trail.run, decidedAt: input.decidedAt }]
        : []));
}
function approvalUrls(trailers) {
    return trailers.filter((t) => t.key.toLowerCase() === 'shipgate-approval').map((t) => t.value);
}
/** Runs `fn` over `items` with at most `limit` running at once. */
async function inParallel(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function fail(finding, reason) {
    finding.verdict = typeof reason === 'string' ? 'fail' : reason.verdict;
    finding.reason = typeof reason === 'string' ? reason : reason.reason;
}
/** The finding from the commit's paths and trailers alone, or `undefined` for one not listed. */
function judgeShape(input, environments) {
    const { commit, policy } = input;
    const base = (0,report/* baseFinding */.rT)(commit);
    if (commit.parents.length > 1)
        return undefined; // judged by judgeMerges: it may only merge
    const touchesShipgate = commit.files.some((file) => file.startsWith('.shipgate/'));
    if (removesPolicy(commit, input.policyBlob !== undefined, input.hasPolicy)) {
        return {
            ...base,
            kind: 'policy-change',
            verdict: 'fail',
            reason: `it deletes ${POLICY_FILE}, leaving later commits unjudged`,
        };
    }
    if (typeof policy === 'string') {
        return {
            ...base,
            kind: touchesShipgate ? 'policy-change' : 'deploy',
            verdict: 'fail',
            reason: `the policy of its parent is invalid: ${policy.replace(/\.$/, '')}`,
        };
    }
    if (!policy) {
        return touchesShipgate
            ? { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, commit.files) }
            : undefined;
    }
    const shape = shapeOf(commit, policy);
    if (shape.kind === 'other')
        return undefined;
    if (shape.kind === 'policy-change') {
        return { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, shape.files) };
    }
    const environment = shape.kind === 'deploy' ? shape.target.environment.name : shape.environment;
    if (environments && environments.length > 0 && environment && !environments.includes(environment))
        return undefined;
    if (shape.kind === 'violation') {
        return { ...base, kind: 'deploy', environment, path: shape.path, verdict: 'fail', reason: shape.reason };
    }
    return {
        ...base,
        ...(input.decidedAt !== undefined ? { decidedAt: new Date(input.decidedAt).toISOString() } : {}),
        ...(input.pushedBy ? { pushedBy: input.pushedBy } : {}),
        kind: shape.trail.rollbackOf ? 'rollback' : 'deploy',
        environment,
        path: shape.target.directory,
        app: shape.trail.app,
        images: shape.trail.imageRefs,
        approvers: shape.trail.approvedBy,
        ...(shape.trail.rollbackTo ? { rollbackTo: shape.trail.rollbackTo } : {}),
        verdict: 'pass',
        reason: 'verified',
    };
}
function policyChangeReason(commit, files) {
    return `a policy change to ${files.join(', ')} by ${commit.author}, committed by ${commit.committer}`;
}
/** Approvals re-read and judged by the policy as it stood, bound to what the commit's files hold. */
async function judgeEvidence(evidence, { input, shape, finding }, content, repository) {
    if (!shape.target.environment.approvals)
        return;
    const trailers = input.commit.trailers;
    let verdict;
    try {
        verdict = await evidence.check({
            environment: shape.target.environment,
            urls: approvalUrls(trailers),
            approvedBy: shape.trail.approvedBy,
            imageRefs: content.images,
            configHash: content.configHash,
            run: shape.trail.run,
            committedAt: new Date(input.decidedAt).toISOString(),
            repository,
            app: shape.trail.app,
            path: shape.target.directory,
            ...((0,source/* sourceCommit */.g)(shape.trail.source) ? { source: (0,source/* sourceCommit */.g)(shape.trail.source) } : {}),
        });
    }
    catch (error) {
        verdict = { status: 'unverifiable', reason: `could not verify its approvals: ${error.message}` };
    }
    if (verdict.status === 'rejected')
        fail(finding, verdict.reason);
    else if (verdict.status === 'unverifiable') {
        finding.verdict = 'could-not-verify';
        finding.reason = verdict.reason;
    }
    else
        finding.approvers = verdict.approvers;
}
/** A break-glass deploy during a freeze: the one who broke it is a verified approver and on the policy's list. */
async function breakGlassProblem(evidence, { input, shape, finding }) {
    const who = breakGlassOf(input.commit.trailers);
    if (!who || input.decidedAt === undefined || !freezeProblem([], shape.target, input.decidedAt))
        return undefined;
    if (!finding.approvers.includes(who))
        return `its Shipgate-Break-Glass names ${who}, who is not among its verified approvers`;
    try {
        if (await evidence.isMember(who, shape.target.environment.breakGlass))
            return undefined;
    }
    catch (error) {
        finding.verdict = 'could-not-verify';
        return `could not verify its break-glass: ${error.message}`;
    }
    return `its Shipgate-Break-Glass names ${who}, who is not on the break-glass list of ${shape.target.environment.name}`;
}
/**
 * When each digest first ran in each environment: the branch's deploys and those of the range,
 * each at the time GitHub recorded it arriving (the check's clock for commits not on the branch);
 * a deploy older than the record counts from the oldest recorded update, by which it was there.
 */
async function firstDeployed(deps, range) {
    const first = new Map();
    const note = (environment, imageRefs, at) => {
        if (at === undefined || Number.isNaN(at))
            return;
        const byDigest = first.get(environment) ?? new Map();
        first.set(environment, byDigest);
        for (const ref of imageRefs) {
            const digest = digestOf(ref) ?? ref;
            byDigest.set(digest, Math.min(at, byDigest.get(digest) ?? at));
        }
    };
    const { timeline } = deps.scope;
    for (const deploy of await (0,src_history/* readDeploymentsFromClone */._6)(deps.git, deps.branchRef)) {
        const arrival = timeline?.arrivals.get(deploy.commitSha);
        const older = timeline?.beforeRecord?.commits.has(deploy.commitSha) ? timeline.beforeRecord.until : undefined;
        note(deploy.environment, deploy.imageRefs, Date.parse(arrival?.timestamp ?? older ?? ''));
    }
    for (const input of range) {
        const trail = (0,trailers/* trailFromTrailers */.rE)(input.commit.trailers);
        if (trail && !deps.scope.branchGraph.has(input.commit.sha))
            note(trail.environment, trail.imageRefs, input.decidedAt);
    }
    return first;
}
/** What each deploy's path holds at its commit, each distinct tree inspected once. */
async function readContents(objects, deploys) {
    const names = deploys.map(({ input, shape }) => `${input.commit.sha}:${shape.target.directory}`);
    const trees = await objects.resolve(names);
    const treeIds = [...new Set(trees.flatMap((info) => (info?.type === 'tree' ? [info.id] : [])))];
    const listings = await objects.listTrees(treeIds);
    const blobIds = [...new Set([...listings.values()].flat().map((entry) => entry.blob))];
    const texts = await objects.blobs(blobIds);
    const textOf = new Map(blobIds.map((id, i) => [id, texts[i] ?? '']));
    const parsedOf = parseYamlBlobs(listings, textOf);
    const byTree = new Map();
    for (const [tree, entries] of listings) {
        const read = (entry) => {
            const parsed = /\.ya?ml$/i.test(entry.path) ? parsedOf.get(entry.blob) : undefined;
            return { content: textOf.get(entry.blob) ?? '', ...(parsed ? { parsed } : {}) };
        };
        // What is hashed must be what the cluster applies: the writers' own content rule.
        const unsafe = (0,environment_content/* environmentContentProblem */.ed)(entries.map((entry) => ({ path: entry.path, mode: entry.mode, ...read(entry) })));
        if (unsafe) {
            byTree.set(tree, `its path holds content the cluster would not apply as hashed: ${unsafe.replace(/\.$/, '')}`);
            continue;
        }
        const files = (0,kustomization/* withoutGeneratedKustomization */.NA)(entries.map((entry) => ({ name: entry.path, ...read(entry) })));
        byTree.set(tree, await (0,committed/* inspectCommittedFiles */.U)(files).catch((error) => `its files are not valid manifests: ${error.message.replace(/\.$/, '')}`));
    }
    const contents = new Map();
    const treeOf = new Map();
    deploys.forEach(({ input }, i) => {
        const info = trees[i];
        if (info?.type !== 'tree')
            return;
        contents.set(input.commit.sha, byTree.get(info.id));
        treeOf.set(input.commit.sha, info.id);
    });
    return { contents, trees: treeOf };
}
/** Each YAML file's blob parsed once, for the content rule and the config hash alike (parsing is most of their cost). */
function parseYamlBlobs(listings, textOf) {
    const parsed = new Map();
    for (const entries of listings.values()) {
        for (const entry of entries) {
            if (/\.ya?ml$/i.test(entry.path) && !parsed.has(entry.blob)) {
                parsed.set(entry.blob, (0,documents/* parseYamlStream */.b8)(textOf.get(entry.blob) ?? ''));
            }
        }
    }
    return parsed;
}
/** `%G?` per deploy commit whose environment requires signing, by the parent's allowed signers. */
async function readSignatures(deps, objects, deploys) {
    const result = new Map();
    const groups = new Map();
    for (const { input, shape } of deploys) {
        if (!shape.target.environment.signed)
            continue;
        if (!input.allowedSignersBlob)
            result.set(input.commit.sha, 'no-signers');
        else
            groups.set(input.allowedSignersBlob, [...(groups.get(input.allowedSignersBlob) ?? []), input.commit.sha]);
    }
    const blobIds = [...groups.keys()];
    const texts = await objects.blobs(blobIds);
    for (const [i, blob] of blobIds.entries()) {
        const file = (0,external_node_path_.join)(deps.tempDir, `allowed-signers-${blob}`);
        await (0,promises_.writeFile)(file, texts[i] ?? '');
        // git verifies each signature as `git verify-commit` does, with this allowed-signers file.
        const { stdout } = await deps.git([
            '-c',
            'gpg.format=ssh',
            '-c',
            `gpg.ssh.allowedSignersFile=${file}`,
            'log',
            '--no-walk=unsorted',
            '--stdin',
            '--format=%H %G? %GS',
        ], { input: `${groups.get(blob).join('\n')}\n` });
        for (const line of stdout.split('\n')) {
            const [sha, status = 'N', signer = ''] = line.split(' ');
            if (sha)
                result.set(sha, { status, signer });
        }
    }
    return result;
}
function signatureProblem(shape, signature) {
    if (!shape.target.environment.signed)
        return undefined;
    const environment = shape.target.environment.name;
    if (signature === 'no-signers')
        return `${environment} requires signed commits but its parent has no .shipgate/allowed-signers`;
    if (!signature || signature.status === 'N')
        return `it is not signed, and ${environment} requires signed commits`;
    if (signature.status !== 'G')
        return `its signature is not by a key in .shipgate/allowed-signers (git: ${signature.status})`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/outcome.ts


const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/**
 * The judgement of each unit as a whole, after its commits: what the range leaves on each
 * environment path must be the content of a deploy in it that verified, and a range that changes
 * the policy changes nothing else. Three batched git calls for every unit of the scope.
 */
async function judgeOutcomes(git, objects, scope, inputs, findings) {
    const byCommit = new Map(findings.map((finding) => [finding.commit, finding]));
    const added = [];
    const changed = await changedPaths(objects, git, scope);
    const unitPolicies = new Map(inputs.map((input) => [input.unit, input.policy]));
    const byUnit = new Map();
    for (const input of inputs) {
        const members = byUnit.get(input.unit);
        if (members)
            members.push(input);
        else
            byUnit.set(input.unit, [input]);
    }
    const lookups = [];
    for (const index of scope.units.keys()) {
        const policy = unitPolicies.get(index);
        if (typeof policy !== 'object')
            continue;
        const members = byUnit.get(index) ?? [];
        const unitFindings = members.flatMap((input) => {
            const finding = byCommit.get(input.commit.sha);
            return finding ? [finding] : [];
        });
        const directories = environmentDirectories(policy, changed[index] ?? []);
        const failed = failedDirectories(policy, members, byCommit);
        mixedPolicyChange(unitFindings, directories);
        rolledBackToFailure(unitFindings, byCommit);
        for (const [directory, environment] of directories) {
            // A commit of the unit already failed on this path: the outcome adds nothing to that finding.
            if (failed.has(directory))
                continue;
            const candidates = unitFindings
                .filter((f) => f.verdict === 'pass' && (f.kind === 'deploy' || f.kind === 'rollback') && f.path === directory)
                .map((f) => f.commit);
            lookups.push({ unit: index, directory, environment, candidates });
        }
    }
    const names = lookups.flatMap(({ unit, directory, candidates }) => [
        `${scope.units[unit].head}:${directory}`,
        ...candidates.map((commit) => `${commit}:${directory}`),
    ]);
    const trees = await objects.resolve(names);
    let at = 0;
    for (const { unit, directory, environment, candidates } of lookups) {
        const result = trees[at]?.id;
        const made = candidates.some((_, i) => trees[at + 1 + i]?.id === result);
        at += 1 + candidates.length;
        if (made)
            continue;
        const head = scope.units[unit].head;
        added.push({
            ...headFinding(head, inputs),
            kind: 'deploy',
            environment,
            path: directory,
            verdict: 'fail',
            reason: `the range leaves ${directory} ${result ? 'holding files' : 'deleted'} that no verified deploy or rollback in it made`,
        });
    }
    return added;
}
/** Per unit, the paths whose content differs between its base and its head (one git call). */
async function changedPaths(objects, git, scope) {
    const commits = scope.units.flatMap((unit) => [
        unit.base ? `${unit.base}^{tree}` : 'HEAD:/none',
        `${unit.head}^{tree}`,
    ]);
    const trees = await objects.resolve(commits);
    const pairs = scope.units.map((_, i) => `${trees[i * 2]?.id ?? EMPTY_TREE} ${trees[i * 2 + 1]?.id ?? EMPTY_TREE}`);
    if (pairs.length === 0)
        return [];
    const { stdout } = await git(['diff-tree', '--stdin', '-r', '-z', '--name-only', '--no-renames'], {
        input: `${pairs.join('\n')}\n`,
    });
    return parsePairDiffs(stdout, pairs);
}
/** `git diff-tree --stdin -z --name-only` fed `<tree> <tree>` lines: each line echoed, then its paths. */
function parsePairDiffs(output, pairs) {
    const byPair = new Map();
    let current;
    for (const token of output.split('\u0000')) {
        const echo = /^([0-9a-f]{40,64} [0-9a-f]{40,64})\n/.exec(token);
        if (echo) {
            current = byPair.get(echo[1]) ?? [];
            byPair.set(echo[1], current);
            const rest = token.slice(echo[0].length);
            if (rest)
                current.push(rest);
        }
        else if (token)
            current?.push(token);
    }
    return pairs.map((pair) => byPair.get(pair) ?? []);
}
/** The environment paths that a commit of the unit touched and failed on. */
function failedDirectories(policy, inputs, byCommit) {
    const failed = new Set();
    for (const input of inputs) {
        const finding = byCommit.get(input.commit.sha);
        if (!finding || finding.verdict === 'pass')
            continue;
        if (finding.path)
            failed.add(finding.path);
        for (const directory of environmentDirectories(policy, input.commit.files).keys())
            failed.add(directory);
    }
    return failed;
}
function environmentDirectories(policy, paths) {
    const directories = new Map();
    for (const path of paths) {
        const target = environmentPathOf(policy, path);
        if (target)
            directories.set(target.directory, target.environment.name);
    }
    return directories;
}
/**
 * A range that changes `.shipgate/` and an environment path fails: policy changes merge on their
 * own, so one pull request cannot loosen the policy, deploy, and restore it unseen by review.
 */
function mixedPolicyChange(unitFindings, directories) {
    const deploys = unitFindings.filter((finding) => finding.kind !== 'policy-change' && finding.environment);
    const touched = new Set([
        ...directories.keys(),
        ...deploys.flatMap((finding) => (finding.path ? [finding.path] : [])),
    ]);
    if (touched.size === 0)
        return;
    const list = [...touched].slice(0, 3).join(', ');
    for (const finding of unitFindings) {
        if (finding.kind !== 'policy-change' || finding.verdict !== 'pass')
            continue;
        finding.verdict = 'fail';
        finding.reason = `${finding.reason}, in the same range as changes to ${list}: policy changes merge on their own`;
    }
}
/** A rollback to a deploy of the same range counts only if that deploy verified. */
function rolledBackToFailure(unitFindings, byCommit) {
    for (const finding of unitFindings) {
        if (finding.kind !== 'rollback' || finding.verdict !== 'pass' || !finding.rollbackTo)
            continue;
        const restored = [...byCommit.values()].find((other) => other.commit.startsWith(finding.rollbackTo));
        if (restored && restored.verdict !== 'pass') {
            finding.verdict = 'fail';
            finding.reason = `it restores ${restored.commit.slice(0, 12)}, which did not verify`;
        }
    }
}
/** The finding's commit fields for a unit's head. */
function headFinding(head, inputs) {
    const commit = inputs.find((input) => input.commit.sha === head)?.commit;
    return commit ? (0,report/* baseFinding */.rT)(commit) : { ...(0,report/* baseFinding */.rT)(emptyCommit(head)) };
}
function emptyCommit(sha) {
    return { sha, parents: [], committedAt: '', author: '', committer: '', subject: '', trailers: [], files: [] };
}
/**
 * An audit's findings about the record itself: a force push GitHub recorded, and commits on the
 * branch that no recorded push or merge brought.
 */
function judgeHistory(scope, commits) {
    const audit = scope.units.some((unit) => unit.update);
    if (!audit || !scope.timeline)
        return [];
    const findings = [];
    const logged = new Map(commits.map((commit) => [commit.sha, commit]));
    for (const unit of scope.units) {
        if (unit.update?.type !== 'force_push')
            continue;
        findings.push({
            ...(0,report/* baseFinding */.rT)(logged.get(unit.head) ?? emptyCommit(unit.head)),
            kind: 'history',
            verdict: 'fail',
            reason: `GitHub recorded a force push by ${unit.update.actor} at ${unit.update.timestamp}, replacing ${unit.update.before.slice(0, 12)}`,
        });
    }
    for (const sha of scope.timeline.unrecorded) {
        findings.push({
            ...(0,report/* baseFinding */.rT)(logged.get(sha) ?? emptyCommit(sha)),
            kind: 'history',
            verdict: 'fail',
            reason: "no push or merge in GitHub's activity record brought it onto the branch",
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./packages/verify/src/range.ts
var src_range = __webpack_require__(85978);
;// CONCATENATED MODULE: ./packages/verify/src/timeline.ts
const ZERO = /^0+$/;
/**
 * Places the branch's commits (`parents`: every commit reachable from the tip, with its parents)
 * on the branch's recorded updates, oldest first: each commit belongs to the first update whose
 * `after` reaches it. One walk over the graph, whatever the number of updates.
 */
function placeOnTimeline(parents, tip, updates) {
    const arrivals = new Map();
    const placed = [];
    const oldest = updates.find((update) => update.type !== 'branch_deletion');
    const beforeRecord = oldest && !ZERO.test(oldest.before) && parents.has(oldest.before)
        ? { commits: reachable(parents, [oldest.before], new Set()), until: oldest.timestamp }
        : undefined;
    const seen = new Set(beforeRecord?.commits ?? []);
    for (const update of updates) {
        if (update.type === 'branch_deletion' || ZERO.test(update.after))
            continue;
        const commits = [...reachable(parents, [update.after], seen)];
        for (const sha of commits) {
            seen.add(sha);
            arrivals.set(sha, { timestamp: update.timestamp, actor: update.actor, update });
        }
        placed.push({ update, commits });
    }
    const unrecorded = [...reachable(parents, [tip], seen)];
    return { arrivals, updates: placed, beforeRecord, unrecorded };
}
/** Commits reachable from `starts` through `parents`, not entering `stop`; only commits the graph has. */
function reachable(parents, starts, stop) {
    const found = new Set();
    const stack = starts.filter((sha) => parents.has(sha) && !stop.has(sha));
    while (stack.length > 0) {
        const sha = stack.pop();
        if (found.has(sha) || stop.has(sha))
            continue;
        found.add(sha);
        for (const parent of parents.get(sha) ?? [])
            if (parents.has(parent) && !found.has(parent))
                stack.push(parent);
    }
    return found;
}
/** `git log --format='%H %P'` → each commit's parents. */
function parseParents(output) {
    const parents = new Map();
    for (const line of output.split('\n')) {
        const [sha, ...rest] = line.trim().split(' ');
        if (sha)
            parents.set(sha, rest.filter(Boolean));
    }
    return parents;
}

;// CONCATENATED MODULE: ./packages/verify/src/scope.ts



/** The range cannot be judged at all: one sentence, and the check fails. */
class UnverifiableRangeError extends errors/* ConfigurationError */.j1 {
    name = 'UnverifiableRangeError';
}
const scope_ZERO = /^0+$/;
/** The units of `range`, each commit's arrival on the branch where GitHub recorded it. */
async function scopeOf(git, range, branch, activity) {
    const branchGraph = parseParents((await git(['log', '--format=%H %P', branch.ref])).stdout);
    const tip = (await git(['rev-parse', '--verify', `${branch.ref}^{commit}`])).stdout.trim();
    const { timeline, activityProblem } = await readTimeline(branchGraph, tip, branch.name, activity);
    const base = { branchGraph, timeline, activityProblem };
    switch (range.kind) {
        case 'pull-request':
            return { ...base, units: [await unit(git, tip, src_range/* PULL_HEAD_REF */.d9)], revisions: [`${tip}..${src_range/* PULL_HEAD_REF */.d9}`] };
        case 'commits': {
            if (scope_ZERO.test(range.from)) {
                throw new UnverifiableRangeError(`The range starts at ${range.from.slice(0, 12)}, a branch that did not exist: there is no protected base to judge ${range.to} by; verify it as a pull request into the branch it came from.`);
            }
            const from = await resolveCommit(git, range.from, 'base');
            const to = await resolveCommit(git, range.to, 'head');
            return { ...base, units: [await unit(git, from, to)], revisions: [`${from}..${to}`] };
        }
        case 'since':
        case 'branch':
            return auditScope(base, tip, range.kind === 'since' ? range.since : undefined);
    }
}
async function readTimeline(graph, tip, branch, activity) {
    if (!activity) {
        return {
            timeline: undefined,
            activityProblem: "GitHub's activity record of the branch was not read (no API token)",
        };
    }
    try {
        return { timeline: placeOnTimeline(graph, tip, await activity.branchUpdates(branch)), activityProblem: undefined };
    }
    catch (error) {
        return {
            timeline: undefined,
            activityProblem: `GitHub's activity record of the branch could not be read: ${error.message.replace(/\.$/, '')}`,
        };
    }
}
/** A pushed history, push by push as GitHub recorded them; commits no update brought are found by the judge. */
function auditScope(base, tip, since) {
    const { timeline } = base;
    if (!timeline) {
        throw new UnverifiableRangeError(`An audit of pushed history is judged push by push from GitHub's activity record, and ${base.activityProblem}.`);
    }
    const inWindow = timeline.updates.filter(({ update }) => !since || Date.parse(update.timestamp) >= since.getTime());
    const units = inWindow.map(({ update, commits }) => ({
        base: scope_ZERO.test(update.before) ? undefined : update.before,
        head: update.after,
        commits: new Set(commits),
        update,
    }));
    const oldest = inWindow[0]?.update.before;
    const revisions = [tip, ...(oldest && !scope_ZERO.test(oldest) && base.branchGraph.has(oldest) ? [`^${oldest}`] : [])];
    if (since && inWindow.length === 0)
        revisions.push(`^${tip}`);
    return { ...base, units, revisions };
}
async function unit(git, base, head) {
    const shared = await git(['merge-base', base, head], { ignoreReturnCode: true });
    if (shared.exitCode !== 0) {
        throw new UnverifiableRangeError(`${head.startsWith('refs/') ? 'The pull request' : head.slice(0, 12)} shares no history with ${base.slice(0, 12)}: unrelated history cannot be judged against the protected base.`);
    }
    const listed = await git(['rev-list', `${base}..${head}`]);
    return { base, head, commits: new Set(listed.stdout.split('\n').filter(Boolean)) };
}
async function resolveCommit(git, revision, role) {
    const name = /^[0-9a-f]{7,64}([~^][0-9]*)*$/.test(revision) ? revision : `refs/remotes/origin/${revision}`;
    const found = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { ignoreReturnCode: true });
    if (found.exitCode !== 0) {
        throw new UnverifiableRangeError(`The range's ${role} ${revision} is not in the repository (force-pushed away, or never pushed), so nothing can be judged against it.`);
    }
    return found.stdout.trim();
}

;// CONCATENATED MODULE: ./packages/verify/src/verify.ts












/** The repository holds no policy to judge by: a mistake for the check, a notice for the report. */
class NoPolicyError extends errors/* ConfigurationError */.j1 {
    name = 'NoPolicyError';
}
/**
 * Judges a range of the GitOps repository under the protected base's policy: every commit head
 * brings (any parents), the net result, and for pushed history GitHub's record of who pushed what
 * when. One clone, one `git log`, batched object reads, then the API for evidence.
 */
async function verifyDeployments(options) {
    return (0,clone/* withScratchClone */.YC)(options, { purpose: 'verify', wholeHistory: true }, async ({ dir, url, git }) => {
        const branch = await fetchRange(git, options.range, options.branch);
        const branchRef = (0,refs/* remoteTrackingRef */.d3)(branch);
        const range = (0,src_range/* describeRange */.pC)(options.range, branch);
        let scope;
        try {
            scope = await scopeOf(git, options.range, { name: branch, ref: branchRef }, options.activity);
        }
        catch (error) {
            if (!(error instanceof UnverifiableRangeError))
                throw error;
            const findings = [rangeFinding(error.message)];
            verify_report(options.log, findings);
            return (0,report/* buildVerifyReport */.yI)({ repository: url, branch, range, findings });
        }
        const commits = await readLog(git, scope.revisions);
        const objects = new src_objects/* ObjectReader */.nR(git);
        const { inputs, policies } = await readJudgeInputs(objects, scope, commits, options.now ?? new Date());
        if (!inputs.some((input) => typeof input.policy === 'object') && inputs.length > 0 && !policies.tipHasPolicy) {
            throw new NoPolicyError(`The GitOps repository has no ${POLICY_FILE} on ${branch}: verify-deployments judges deploys by it; add one (see docs/workflows.md).`);
        }
        const identity = (0,repository_identity/* gitopsRepositoryIdentity */.P)(options.repository, options);
        const findings = await judgeCommits({ commits: inputs, objects }, {
            git,
            evidence: options.evidence,
            environments: options.environments,
            tempDir: dir,
            branchRef,
            scope,
            claims: {
                scanEvidence: options.scanEvidence,
                deployStatement: options.trust?.trust
                    ? deployStatementVerifier({
                        git,
                        trust: options.trust.trust,
                        ...(options.trust.issuer ? { issuer: options.trust.issuer } : {}),
                    })
                    : undefined,
                repository: identity,
            },
            repository: identity,
        });
        findings.push(...(await judgeOutcomes(git, objects, scope, inputs, findings)));
        findings.push(...judgeHistory(scope, commits));
        verify_report(options.log, findings);
        return (0,report/* buildVerifyReport */.yI)({ repository: url, branch, range, findings });
    });
}
/**
 * Fetches every branch with its history and files and, for a pull request, its head. Not the
 * package's filtered `fetchBranch`: the verifier reads the files of every deploy in the range,
 * which a partial clone would fetch one missing object at a time.
 */
async function fetchRange(git, range, branchInput) {
    const branch = branchInput || (await (0,refs/* remoteDefaultBranch */.Ki)(git)) || 'main';
    const refspecs = ['+refs/heads/*:refs/remotes/origin/*'];
    if (range.kind === 'pull-request')
        refspecs.push(`+refs/pull/${range.number}/head:${src_range/* PULL_HEAD_REF */.d9}`);
    await (0,fetch/* fetch */.hd)(git, { refspecs });
    const found = await git(['rev-parse', '--verify', '--quiet', `${(0,refs/* remoteTrackingRef */.d3)(branch)}^{commit}`], {
        ignoreReturnCode: true,
    });
    if (found.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`Input "branch" names ${branch}, which the GitOps repository does not have.`);
    }
    return branch;
}
/** Every commit of the scope, oldest first, each with the paths it changed against its first parent. */
async function readLog(git, revisions) {
    const { stdout } = await git([
        'log',
        '-z',
        '--name-only',
        '--no-renames',
        `--format=${VERIFY_LOG_FORMAT}`,
        ...revisions,
        '--',
    ]);
    return parseCommitLog(stdout).reverse();
}
/**
 * Per commit, the policy and allowed-signers of its unit's base and when it reached the branch;
 * the object reads batched for the whole range, each distinct policy blob parsed once.
 */
async function readJudgeInputs(objects, scope, commits, now) {
    const heads = [...new Set(scope.units.map((unit) => unit.head))];
    const bases = scope.units.map((unit) => unit.base);
    const names = [
        ...bases.flatMap((base) => (base ? [`${base}:${POLICY_FILE}`, `${base}:${ALLOWED_SIGNERS_FILE}`] : ['', ''])),
        ...heads.map((head) => `${head}:${POLICY_FILE}`),
        ...commits.map((commit) => `${commit.sha}:${POLICY_FILE}`),
    ];
    const infos = await objects.resolve(names.map((name) => name || 'HEAD:/nonexistent'));
    const headPolicies = new Map(heads.map((head, i) => [head, infos[bases.length * 2 + i]]));
    const ownPolicies = new Map(commits.map((commit, i) => [commit.sha, infos[bases.length * 2 + heads.length + i]]));
    const policyInfos = [...bases.map((_, i) => infos[i * 2]), ...headPolicies.values()];
    const blobs = [...new Set(policyInfos.flatMap((info) => (info ? [info.id] : [])))];
    const texts = await objects.blobs(blobs);
    const parsed = new Map();
    blobs.forEach((id, i) => {
        try {
            parsed.set(id, (0,load/* parsePolicy */.ON)(texts[i] ?? '', `${POLICY_FILE} of the protected base`));
        }
        catch (error) {
            parsed.set(id, error.message);
        }
    });
    const unitPolicies = scope.units.map((unit, i) => {
        const [policyInfo, signersInfo] = [infos[i * 2], infos[i * 2 + 1]];
        // A base without a policy (the change that adds it) is classified by the head's, so that
        // environment paths changed beside the new policy are seen (and fail: policy changes go alone).
        const classifying = policyInfo ?? headPolicies.get(unit.head);
        return {
            policy: classifying ? parsed.get(classifying.id) : undefined,
            policyBlob: policyInfo?.id,
            allowedSignersBlob: signersInfo?.id,
        };
    });
    const unitOf = new Map();
    scope.units.forEach((unit, index) => {
        for (const sha of unit.commits)
            if (!unitOf.has(sha))
                unitOf.set(sha, index);
    });
    const inputs = commits.flatMap((commit) => {
        const index = unitOf.get(commit.sha);
        if (index === undefined)
            return [];
        const unit = scope.units[index];
        return [
            {
                commit,
                unit: index,
                ...unitPolicies[index],
                hasPolicy: ownPolicies.get(commit.sha) !== undefined,
                decidedAt: decisionTime(scope, unit, commit.sha, now),
                pushedBy: unit.update?.actor ?? scope.timeline?.arrivals.get(commit.sha)?.actor,
            },
        ];
    });
    return { inputs, policies: { tipHasPolicy: [...headPolicies.values()].some(Boolean) } };
}
/**
 * When the change was decided, from facts the writer cannot set: the time GitHub recorded it
 * arriving on the branch, or for a commit not on the branch (a pull request, a merge group) the
 * check's own clock. `undefined` when it is on the branch but GitHub's record does not say when.
 */
function decisionTime(scope, unit, sha, now) {
    if (unit.update)
        return Date.parse(unit.update.timestamp);
    const arrival = scope.timeline?.arrivals.get(sha);
    if (arrival)
        return Date.parse(arrival.timestamp);
    return scope.branchGraph.has(sha) ? undefined : now.getTime();
}
function rangeFinding(reason) {
    return {
        commit: '',
        committedAt: '',
        author: '',
        committer: '',
        subject: '',
        kind: 'history',
        images: [],
        approvers: [],
        verdict: 'could-not-verify',
        reason: reason.replace(/\.$/, ''),
    };
}
function verify_report(log, findings) {
    for (const finding of findings) {
        const where = finding.environment ? ` (${finding.environment})` : '';
        const line = `${finding.commit ? `${finding.commit.slice(0, 12)}${where}: ` : ''}${finding.reason}`;
        if (finding.verdict === 'fail')
            log.error(`Violation: ${line}.`, { title: 'verify-deployments' });
        else if (finding.verdict === 'could-not-verify')
            log.error(`Could not verify: ${line}.`, { title: 'verify-deployments' });
        else if (finding.kind === 'policy-change')
            log.notice(`Policy change ${line}.`, { title: 'verify-deployments' });
        else
            log.debug(line);
    }
}


/***/ })

};
