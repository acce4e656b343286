export const id = 391;
export const ids = [391];
export const modules = {

/***/ 6391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jh: () => (/* reexport */ GitHubClient),
  C3: () => (/* reexport */ approvalSummary),
  mx: () => (/* reexport */ buildApprovalPolicy),
  Vh: () => (/* reexport */ readApprovalRecord),
  FU: () => (/* reexport */ requestApproval),
  I9: () => (/* reexport */ verifyApprovalBinding),
  Ye: () => (/* reexport */ writeApprovalRecord)
});

// UNUSED EXPORTS: APPROVAL_RECORD_SCHEMA, ApprovalCancelledError, GitHubApiError, TeamMembershipCache, abortableSleep, approvalRecordDigest, buildApprovalRecord, canonicalJson, closingComment, evaluateDecisions, formatApproverList, issueBody, issueTitle, membershipOf, parseApproverList, parseCommand, sameLogin, sealApprovalRecord, teamName, teamsToCheck

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(7224);
;// CONCATENATED MODULE: ./packages/approvals/src/approval-record.ts



const APPROVAL_RECORD_SCHEMA = 'shipgate.dev/approval-record/v1';
/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, nested) => nested && typeof nested === 'object' && !Array.isArray(nested)
        ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : nested);
}
function approvalRecordDigest(record) {
    const { sha256: _ignored, ...content } = record;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(content)).digest('hex');
}
function sealApprovalRecord(record) {
    return { ...record, sha256: approvalRecordDigest(record) };
}
async function readApprovalRecord(path, inputName = 'approval-record') {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which ${reason}.`);
    }
    const record = parsed;
    if (record?.schema !== APPROVAL_RECORD_SCHEMA ||
        !Array.isArray(record.imageRefs) ||
        typeof record.sha256 !== 'string') {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which is not a Shipgate approval record.`);
    }
    if (approvalRecordDigest(record) !== record.sha256) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, whose content does not match its sha256 (was it edited?).`);
    }
    return record;
}
/**
 * Throws a `ConfigurationError` unless `record` approves exactly this deployment: same app and
 * environment, approved, the same image digests, the same config hash.
 */
function verifyApprovalBinding(record, binding, inputName = 'approval-record') {
    const fail = (why) => {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" does not approve this deployment: ${why}.`);
    };
    if (!record.approved || record.status !== 'approved')
        fail(`its status is ${record.status}`);
    if (record.app !== binding.app)
        fail(`it is for app "${record.app}", not "${binding.app}"`);
    if (record.environment !== binding.environment)
        fail(`it is for environment "${record.environment}", not "${binding.environment}"`);
    const digests = (refs) => [...new Set(refs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)))].sort();
    const approved = digests(record.imageRefs);
    const deploying = digests(binding.imageRefs);
    if (approved.join(',') !== deploying.join(','))
        fail(`it approves ${approved.join(', ') || 'no image'}, not ${deploying.join(', ')}`);
    if (record.configHash !== binding.configHash)
        fail(`it approves config ${record.configHash}, not ${binding.configHash}`);
}
/** Writes the record as pretty JSON, creating the directory; returns the path. */
async function writeApprovalRecord(path, record) {
    const { mkdir, writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { dirname } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
    return path;
}

;// CONCATENATED MODULE: ./packages/approvals/src/sleep.ts
/** Waits `ms`, or less when `signal` aborts first; never rejects, so callers check `signal.aborted`. */
function abortableSleep(ms, signal) {
    if (signal?.aborted || ms <= 0)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./packages/approvals/src/github-client.ts


/** A GitHub REST call that failed; names the call so a log reader knows which one. */
class GitHubApiError extends src/* ShipgateError */.Yu {
    name = 'GitHubApiError';
    status;
    /** `GET /repos/acme/web/issues/1/comments` (no host, no query, never a token). */
    call;
    /** A wait the server asked for (retry-after, rate-limit reset), in ms. */
    requestedDelayMs;
    rateLimited;
    constructor(call, detail, fields = {}) {
        super(`GitHub API call ${call} failed: ${detail}`, { cause: fields.cause });
        this.call = call;
        this.status = fields.status;
        this.requestedDelayMs = fields.requestedDelayMs;
        this.rateLimited = fields.rateLimited ?? false;
    }
}
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
/**
 * A thin REST client: fetch, a token header, and retries of what may succeed later. 5xx and
 * timeouts are retried for idempotent methods only (a POST that reached GitHub may have
 * happened); rate limits (429, or 403 with no remaining quota) are retried for every method,
 * since GitHub refused them before doing anything, waiting as long as `retry-after` or
 * `x-ratelimit-reset` says. 401/404/422 and other 4xx fail at once.
 */
class GitHubClient {
    baseUrl;
    #options;
    #fetch;
    #now;
    constructor(options) {
        this.#options = options;
        const env = options.env ?? process.env;
        this.baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
        this.#fetch = options.fetch ?? fetch;
        this.#now = options.now ?? Date.now;
    }
    /** `route` is `METHOD /path/{param}`, as in GitHub's docs. */
    async request(route, options = {}) {
        const [method = 'GET', template = '/'] = route.split(' ');
        const path = template.replace(/\{(\w+)\}/g, (_match, name) => {
            const value = options.params?.[name];
            if (value === undefined)
                throw new Error(`Route ${route} needs the parameter "${name}".`);
            return encodeURIComponent(String(value));
        });
        const call = `${method} ${path}`;
        const url = new URL(`${this.baseUrl}${path}`);
        for (const [key, value] of Object.entries(options.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        const log = this.#options.log ?? src/* silentLogger */.qq;
        const maxWait = this.#options.maxRateLimitWaitMs ?? 15 * 60_000;
        return (0,src/* retry */.L5)(() => this.#once(method, url, call, options.body, options.signal), {
            attempts: this.#options.attempts ?? 5,
            baseDelayMs: this.#options.baseDelayMs ?? 1_000,
            maxDelayMs: this.#options.maxDelayMs ?? 30_000,
            sleep: this.#options.sleep ?? ((ms) => abortableSleep(ms, options.signal)),
            isRetryable: (error) => {
                if (options.signal?.aborted)
                    return false;
                if (!(error instanceof GitHubApiError))
                    return false;
                if (error.rateLimited)
                    return (error.requestedDelayMs ?? 0) <= maxWait;
                if (error.status === undefined)
                    return IDEMPOTENT.has(method) || isConnectionRefused(error.cause);
                return IDEMPOTENT.has(method) && (0,src/* isRetryableStatus */.PS)(error.status);
            },
            requestedDelayMs: (error) => (error instanceof GitHubApiError ? error.requestedDelayMs : undefined),
            onRetry: ({ attempt, delayMs, error }) => log.warning(`${error.message}; retrying in ${Math.ceil(delayMs / 1000)}s (attempt ${attempt + 1}).`),
        });
    }
    async #once(method, url, call, body, signal) {
        let response;
        try {
            response = await this.#fetch(url, {
                method,
                headers: {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${this.#options.token}`,
                    'x-github-api-version': '2022-11-28',
                    'user-agent': 'shipgate-approval-gate',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                body: body === undefined ? undefined : JSON.stringify(body),
                signal,
            });
        }
        catch (error) {
            const reason = error.cause?.code ?? error.message;
            throw new GitHubApiError(call, `could not reach ${url.origin} (${reason})`, { cause: error });
        }
        const text = await response.text();
        let data;
        try {
            data = text ? JSON.parse(text) : undefined;
        }
        catch {
            data = text;
        }
        if (response.ok)
            return { status: response.status, data: data, headers: response.headers };
        const message = data && typeof data === 'object' && typeof data.message === 'string'
            ? data.message
            : response.statusText;
        const remaining = response.headers.get('x-ratelimit-remaining');
        const retryAfter = (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after'), this.#now());
        const rateLimited = response.status === 429 ||
            (response.status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(message)));
        let requestedDelayMs = retryAfter;
        if (rateLimited && requestedDelayMs === undefined && remaining === '0') {
            const reset = Number(response.headers.get('x-ratelimit-reset'));
            if (Number.isFinite(reset) && reset > 0)
                requestedDelayMs = Math.max(0, reset * 1000 - this.#now()) + 1_000;
        }
        if (rateLimited && requestedDelayMs === undefined)
            requestedDelayMs = 60_000;
        const detail = rateLimited
            ? `${response.status} rate limited (${message}), resets in ${Math.ceil((requestedDelayMs ?? 0) / 1000)}s`
            : `${response.status} ${message}`;
        throw new GitHubApiError(call, detail, { status: response.status, requestedDelayMs, rateLimited });
    }
}
function isConnectionRefused(cause) {
    return cause?.cause?.code === 'ECONNREFUSED';
}

;// CONCATENATED MODULE: ./packages/approvals/src/policy.ts

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Parses `alice`, `@alice`, `acme/platform`, `@acme/platform` entries of one input. */
function parseApproverList(entries, inputName) {
    const list = { users: [], teams: [] };
    for (const raw of entries) {
        const entry = raw.replace(/^@/, '');
        const slash = entry.indexOf('/');
        if (slash >= 0) {
            const org = entry.slice(0, slash);
            const slug = entry.slice(slash + 1);
            if (!LOGIN.test(org) || !TEAM_SLUG.test(slug)) {
                throw new src/* ConfigurationError */.j1(`Input "${inputName}" has "${raw}", which is not a user or an org/team slug.`);
            }
            if (!list.teams.some((team) => sameLogin(team.org, org) && sameLogin(team.slug, slug))) {
                list.teams.push({ org, slug });
            }
        }
        else {
            if (!LOGIN.test(entry)) {
                throw new src/* ConfigurationError */.j1(`Input "${inputName}" has "${raw}", which is not a GitHub user name.`);
            }
            if (!list.users.some((user) => sameLogin(user, entry)))
                list.users.push(entry);
        }
    }
    return list;
}
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function teamName(team) {
    return `${team.org}/${team.slug}`;
}
function formatApproverList(list) {
    return [...list.users, ...list.teams.map(teamName)];
}
/**
 * Builds the policy and checks, before any API call, that it can be met: `min-approvals` no larger
 * than the people who could approve once the excluded are taken out, and the image/config
 * approver requirements not resting only on excluded people.
 */
function buildApprovalPolicy(settings) {
    const approvers = parseApproverList(settings.approvers, 'approvers');
    const imageApprovers = parseApproverList(settings.imageApprovers, 'image-approvers');
    const configApprovers = parseApproverList(settings.configApprovers, 'config-approvers');
    const excluded = settings.allowSelfApproval
        ? []
        : [...new Set(settings.selfLogins.filter((login) => Boolean(login)).map((l) => l.toLowerCase()))];
    const policy = {
        approvers,
        imageApprovers,
        configApprovers,
        minApprovals: settings.minApprovals,
        allowSelfApproval: settings.allowSelfApproval,
        configChanged: settings.configChanged,
        excluded,
    };
    const lists = [approvers, imageApprovers, configApprovers];
    const open = lists.every((list) => list.users.length === 0 && list.teams.length === 0);
    if (open && !settings.allowEmptyApprovers) {
        throw new src/* ConfigurationError */.j1('Input "approvers" is required: name the users or org/team slugs who may approve.');
    }
    const eligible = (list) => list.users.filter((user) => !excluded.includes(user.toLowerCase()));
    const exclusionNote = excluded.length > 0 ? ` once ${excluded.join(', ')} (who cannot approve their own deployment) are excluded` : '';
    // A team may hold any number of people, so only all-user lists bound what is possible.
    const unbounded = open || lists.some((list) => list.teams.length > 0);
    if (!unbounded) {
        const possible = new Set(lists.flatMap(eligible).map((user) => user.toLowerCase())).size;
        if (settings.minApprovals > possible) {
            throw new src/* ConfigurationError */.j1(`Input "min-approvals" is ${settings.minApprovals}, but only ${possible} approver${possible === 1 ? '' : 's'} can approve${exclusionNote}.`);
        }
    }
    for (const [list, name] of [
        [imageApprovers, 'image-approvers'],
        [configApprovers, 'config-approvers'],
    ]) {
        if (name === 'config-approvers' && !settings.configChanged)
            continue;
        if (list.teams.length === 0 && list.users.length > 0 && eligible(list).length === 0) {
            throw new src/* ConfigurationError */.j1(`Input "${name}" names nobody who can approve${exclusionNote}.`);
        }
    }
    return policy;
}
/** The teams whose membership decides whether `login` is in each list (users named directly need none). */
function teamsToCheck(policy, login) {
    const teams = [];
    for (const list of [policy.approvers, policy.imageApprovers, policy.configApprovers]) {
        if (list.users.some((user) => sameLogin(user, login)))
            continue;
        for (const team of list.teams) {
            if (!teams.some((known) => teamName(known).toLowerCase() === teamName(team).toLowerCase()))
                teams.push(team);
        }
    }
    return teams;
}
/** Membership of `login`, given the teams they are an active member of. */
function membershipOf(policy, login, activeTeams) {
    const inList = (list) => list.users.some((user) => sameLogin(user, login)) ||
        list.teams.some((team) => activeTeams.some((active) => sameLogin(teamName(active), teamName(team))));
    return {
        approver: inList(policy.approvers),
        imageApprover: inList(policy.imageApprovers),
        configApprover: inList(policy.configApprovers),
    };
}
/**
 * Applies the policy to decisions in the order they were made. Each person counts once; a denial
 * from someone entitled to approve ends the request; everyone else is ignored. With `open` (an
 * environment gate with no approver list), anyone not excluded counts, as GitHub already checked
 * that they are a required reviewer.
 */
function evaluateDecisions(policy, decisions, membership, options = {}) {
    const approvals = [];
    const ignored = [];
    const seen = new Set();
    const satisfied = { image: false, config: false };
    for (const decision of decisions) {
        const key = decision.login.toLowerCase();
        if (policy.excluded.includes(key)) {
            ignored.push({ decision, reason: 'cannot approve their own deployment' });
            continue;
        }
        const member = options.open
            ? { approver: true, imageApprover: false, configApprover: false }
            : membership(decision.login);
        if (!member.approver && !member.imageApprover && !member.configApprover) {
            ignored.push({ decision, reason: 'is not an approver' });
            continue;
        }
        if (seen.has(key)) {
            ignored.push({ decision, reason: 'already answered' });
            continue;
        }
        seen.add(key);
        if (decision.verdict === 'deny') {
            return { status: 'denied', approvals, denial: decision, ignored, missing: [] };
        }
        if (member.imageApprover)
            satisfied.image = true;
        if (member.configApprover)
            satisfied.config = true;
        approvals.push({
            login: decision.login,
            at: decision.at,
            source: decision.source,
            ...(decision.comment ? { comment: decision.comment } : {}),
            role: member.configApprover && (policy.configChanged || !member.imageApprover)
                ? 'config'
                : member.imageApprover
                    ? 'image'
                    : 'any',
        });
    }
    const missing = [];
    if (approvals.length < policy.minApprovals) {
        const more = policy.minApprovals - approvals.length;
        missing.push(`${more} more approval${more === 1 ? '' : 's'}`);
    }
    if (hasEntries(policy.imageApprovers) && !satisfied.image)
        missing.push('an approval from an image approver');
    if (policy.configChanged && hasEntries(policy.configApprovers) && !satisfied.config) {
        missing.push('an approval from a config approver (the config changed)');
    }
    return { status: missing.length === 0 ? 'approved' : 'pending', approvals, ignored, missing };
}
function hasEntries(list) {
    return list.users.length > 0 || list.teams.length > 0;
}
/**
 * Parses `/approve [reason]` or `/deny <reason>` on the first line of a comment; anything else is
 * `undefined`. A bare `/deny` still denies: a gate must not read a refusal as silence.
 */
function parseCommand(body) {
    const [first = '', ...rest] = body.split(/\r?\n/);
    const match = /^\s*\/(approve|deny)(?:\s+(.*))?$/i.exec(first.trimEnd());
    if (!match)
        return undefined;
    const verdict = match[1]?.toLowerCase() === 'approve' ? 'approve' : 'deny';
    const reason = [match[2] ?? '', ...rest].join('\n').trim();
    return { verdict, reason };
}

;// CONCATENATED MODULE: ./packages/approvals/src/request-text.ts


// GitHub refuses issue bodies over 65,536 characters; the diff gets what the rest leaves.
const MAX_ISSUE_BODY = 65_000;
function issueTitle(request) {
    return `Approve deploying ${request.app} to ${request.environment}`;
}
function approverLines(request) {
    const { policy } = request;
    const lines = [`Approvals needed: **${policy.minApprovals}**`];
    const mention = (entries) => entries.map((entry) => `@${entry}`).join(', ');
    const approvers = formatApproverList(policy.approvers);
    const image = formatApproverList(policy.imageApprovers);
    const config = formatApproverList(policy.configApprovers);
    if (approvers.length > 0)
        lines.push(`Approvers: ${mention(approvers)}`);
    if (image.length > 0)
        lines.push(`Image approvers (one must approve): ${mention(image)}`);
    if (config.length > 0) {
        lines.push(policy.configChanged
            ? `Config approvers (one must approve, the config changed): ${mention(config)}`
            : `Config approvers: ${mention(config)} (the config is unchanged since the last deploy)`);
    }
    if (policy.excluded.length > 0)
        lines.push(`Cannot approve their own deployment: ${policy.excluded.join(', ')}`);
    return lines;
}
function facts(request) {
    const rows = [
        ['App', `\`${request.app}\``],
        ['Environment', `\`${request.environment}\``],
        ...request.imageRefs.map((ref) => ['Image', `\`${ref}\``]),
        ['Config hash', `\`${request.configHash}\``],
    ];
    if (request.source)
        rows.push(['Source commit', `\`${request.source.repository}@${request.source.sha}\``]);
    if (request.scan) {
        const counts = Object.entries(request.scan.counts)
            .filter(([severity, count]) => count > 0 || severity === 'critical' || severity === 'high')
            .map(([severity, count]) => `${severity}=${count}`)
            .join(' ');
        rows.push([
            'Scan',
            `**${request.scan.verdict}**${request.scan.scanner ? ` (${request.scan.scanner})` : ''}${counts ? `: ${counts}` : ''}`,
        ]);
    }
    rows.push(['Requested by', `@${request.requester}`]);
    if (request.runUrl)
        rows.push(['Run', request.runUrl]);
    return rows;
}
function issueBody(request) {
    const summary = new src/* Summary */.BD()
        .paragraph(`**${request.requester}** asks to deploy **${request.app}** to **${request.environment}**.`)
        .table(['', ''], facts(request))
        .list(approverLines(request))
        .paragraph('Comment `/approve [reason]` to approve or `/deny <reason>` to deny. Each approver counts once; ' +
        'one denial ends the request; other comments are ignored.');
    const text = summary.toString();
    if (!request.diff)
        return text;
    const room = MAX_ISSUE_BODY - text.length - 200;
    const diff = request.diff.length > room
        ? `${request.diff.slice(0, Math.max(0, room))}\n… (diff truncated; see the run for the whole file)`
        : request.diff;
    return new src/* Summary */.BD()
        .raw(text.trimEnd())
        .details('Config diff', new src/* Summary */.BD().code(diff, 'diff').toString())
        .toString();
}
const STATUS_LINE = {
    approved: 'Approved',
    denied: 'Denied',
    'timed-out': 'Timed out',
    cancelled: 'Cancelled: the job was cancelled',
    failed: 'Stopped: the gate failed',
};
function closingComment(request, status, evaluation, failure) {
    const summary = new src/* Summary */.BD().paragraph(`**${STATUS_LINE[status] ?? status}.**`);
    if (evaluation.approvals.length > 0) {
        summary.list(evaluation.approvals.map((approval) => `approved by @${approval.login} at ${approval.at}${approval.comment ? `: ${approval.comment}` : ''}`));
    }
    if (evaluation.denial) {
        summary.paragraph(`Denied by @${evaluation.denial.login} at ${evaluation.denial.at}${evaluation.denial.comment ? `: ${evaluation.denial.comment}` : '.'}`);
    }
    if (status === 'timed-out') {
        summary.paragraph(`No decision within ${Math.round(request.timeoutMs / 60_000)} min; still missing ${evaluation.missing.join(' and ')}.`);
    }
    if (failure !== undefined)
        summary.paragraph(`Error: ${(0,src/* escapeHtml */.ZD)(failure.message ?? String(failure))}`);
    summary.paragraph(status === 'approved' ? 'The deployment goes ahead.' : 'Nothing is deployed.');
    return summary.toString();
}
/** The job summary: who requested, who approved when and with which comment, what was ignored. */
function approvalSummary(request, result) {
    const record = result.record;
    const summary = new src/* Summary */.BD()
        .heading(`Approval gate: ${request.app} → ${request.environment}: ${result.status}`)
        .table(['', ''], [
        ...facts(request),
        ['Requested at', result.requestedAt],
        ['Decided at', result.decidedAt],
        ...(result.requestUrl ? [['Request', result.requestUrl]] : []),
    ]);
    if (record.approvers.length > 0) {
        summary.heading('Approved by', 3).table(['Approver', 'When', 'Via', 'Role', 'Comment'], record.approvers.map((entry) => [entry.login, entry.at, entry.source, entry.role, entry.comment ?? '']));
    }
    const { denial, ignored, missing } = result.evaluation;
    if (denial) {
        summary
            .heading('Denied by', 3)
            .table(['Approver', 'When', 'Via', 'Reason'], [[denial.login, denial.at, denial.source, denial.comment ?? '']]);
    }
    if (missing.length > 0 && result.status !== 'approved')
        summary.paragraph(`Still missing: ${missing.join(' and ')}.`);
    if (ignored.length > 0) {
        summary.details(`Ignored answers (${ignored.length})`, new src/* Summary */.BD()
            .table(['Who', 'Answer', 'Why ignored'], ignored.map(({ decision, reason }) => [decision.login, `/${decision.verdict}`, reason]))
            .toString());
    }
    summary.list(approverLines(request));
    return summary.toString();
}

;// CONCATENATED MODULE: ./packages/approvals/src/gate.ts






class ApprovalCancelledError extends src/* ShipgateError */.Yu {
    name = 'ApprovalCancelledError';
}
/** Asks for approval as the request's mode says, and returns the outcome with its sealed record. */
async function requestApproval(request, deps) {
    const [owner, repo] = request.repository.split('/');
    if (!owner || !repo)
        throw new src/* ShipgateError */.Yu(`The repository "${request.repository}" is not owner/name.`);
    return request.mode === 'environment'
        ? environmentGate(request, deps, { owner, repo })
        : issueGate(request, deps, { owner, repo });
}
/** Caches `GET /orgs/{org}/teams/{team_slug}/memberships/{username}` answers: active members only. */
class TeamMembershipCache {
    client;
    signal;
    #known = new Map();
    constructor(client, signal) {
        this.client = client;
        this.signal = signal;
    }
    isKnown(team, login) {
        return this.#known.has(this.#key(team, login));
    }
    activeTeams(teams, login) {
        return teams.filter((team) => this.#known.get(this.#key(team, login)) === true);
    }
    async check(team, login) {
        const key = this.#key(team, login);
        const cached = this.#known.get(key);
        if (cached !== undefined)
            return cached;
        let active = false;
        try {
            const { data } = await this.client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { params: { org: team.org, team_slug: team.slug, username: login }, signal: this.signal });
            active = data?.state === 'active';
        }
        catch (error) {
            // 404 is GitHub's answer for "not a member"; anything else is a real failure.
            if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) {
                throw new src/* ShipgateError */.Yu(`Could not check whether ${login} is in team ${teamName(team)}: ${error.message}. The token must be able to read the organization's team members, which the default GITHUB_TOKEN cannot; use a GitHub App or fine-grained token with "Members: read".`);
            }
            if (!(error instanceof GitHubApiError && error.status === 404))
                throw error;
        }
        this.#known.set(key, active);
        return active;
    }
    #key(team, login) {
        return `${teamName(team)}\n${login}`.toLowerCase();
    }
}
async function environmentGate(request, deps, where) {
    const now = deps.now ?? Date.now;
    const requestedAt = new Date(now()).toISOString();
    if (!request.runId)
        throw new src/* ShipgateError */.Yu('Mode "environment" needs the workflow run id (GITHUB_RUN_ID).');
    const { data } = await deps.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { params: { ...where, run_id: request.runId }, signal: deps.signal });
    const reviews = data.filter((review) => review.environments.some((environment) => environment.name && sameLogin(environment.name, request.environment)));
    deps.log.info(`${reviews.length} review(s) of environment "${request.environment}" on run ${request.runId}.`);
    const at = new Date(now()).toISOString();
    const decisions = reviews
        .filter((review) => review.state !== 'pending')
        .map((review) => ({
        login: review.user.login,
        verdict: review.state === 'rejected' ? 'deny' : 'approve',
        at,
        source: 'environment',
        ...(review.comment ? { comment: review.comment } : {}),
    }));
    const teams = new TeamMembershipCache(deps.client, deps.signal);
    for (const decision of decisions) {
        for (const team of teamsToCheck(request.policy, decision.login))
            await teams.check(team, decision.login);
    }
    const open = [request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers].every((list) => list.users.length === 0 && list.teams.length === 0);
    let evaluation = evaluateDecisions(request.policy, decisions, (login) => membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)), { open });
    // GitHub lets the job run on one reviewer's rejection only if nobody rejected, but say so whoever rejected.
    const rejection = decisions.find((decision) => decision.verdict === 'deny');
    if (rejection && evaluation.status !== 'denied') {
        evaluation = { ...evaluation, status: 'denied', denial: rejection };
    }
    const status = evaluation.status === 'approved' ? 'approved' : 'denied';
    return finish(request, evaluation, status, {
        requestUrl: request.runUrl,
        polls: 1,
        requestedAt,
        decidedAt: new Date(now()).toISOString(),
    });
}
async function issueGate(request, deps, where) {
    const { client, log, signal } = deps;
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? abortableSleep;
    const started = now();
    const deadline = started + request.timeoutMs;
    const requestedAt = new Date(started).toISOString();
    // Only users can be assignees; GitHub takes at most 10.
    const assignees = [
        ...new Set([request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers]
            .flatMap((list) => list.users)
            .filter((user) => !request.policy.excluded.includes(user.toLowerCase()))),
    ].slice(0, 10);
    const { data: issue } = await client.request('POST /repos/{owner}/{repo}/issues', {
        params: where,
        body: { title: issueTitle(request), body: issueBody(request), assignees },
        signal,
    });
    log.info(`Approval requested in ${issue.html_url}; waiting up to ${Math.round(request.timeoutMs / 60_000)} min.`);
    const teams = new TeamMembershipCache(client, signal);
    const seen = new Set();
    const queue = [];
    const decisions = [];
    let since = issue.created_at;
    let polls = 0;
    let loggedIgnored = 0;
    let evaluation = evaluateDecisions(request.policy, [], () => ({
        approver: false,
        imageApprover: false,
        configApprover: false,
    }));
    let outcome;
    let failure;
    try {
        while (!outcome) {
            if (signal?.aborted) {
                outcome = 'cancelled';
                break;
            }
            polls += 1;
            // At most two calls a poll: one read of new comments, one team-membership lookup.
            try {
                const { data: comments } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { params: { ...where, issue_number: issue.number }, query: { since, per_page: 100 }, signal });
                for (const comment of comments) {
                    if (comment.updated_at > since)
                        since = comment.updated_at;
                    if (seen.has(comment.id) || !comment.user)
                        continue;
                    seen.add(comment.id);
                    const command = parseCommand(comment.body ?? '');
                    if (!command)
                        continue;
                    queue.push({
                        login: comment.user.login,
                        verdict: command.verdict,
                        at: comment.created_at,
                        source: 'issue',
                        ...(command.reason ? { comment: command.reason } : {}),
                    });
                }
                let lookups = 1;
                while (queue.length > 0) {
                    const next = queue[0];
                    const excluded = request.policy.excluded.includes(next.login.toLowerCase());
                    const unknown = excluded
                        ? []
                        : teamsToCheck(request.policy, next.login).filter((team) => !teams.isKnown(team, next.login));
                    if (unknown.length > 0) {
                        if (lookups === 0)
                            break;
                        lookups -= 1;
                        await teams.check(unknown[0], next.login);
                        continue;
                    }
                    decisions.push(queue.shift());
                }
            }
            catch (error) {
                if (signal?.aborted) {
                    outcome = 'cancelled';
                    break;
                }
                // Retries are spent but the outage may pass; an API failure is never read as an answer.
                if (!(error instanceof GitHubApiError) || !isTransient(error))
                    throw error;
                log.warning(`${error.message}; will read the comments again at the next poll.`);
            }
            evaluation = evaluateDecisions(request.policy, decisions, (login) => membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)));
            for (const { decision, reason } of evaluation.ignored.slice(loggedIgnored)) {
                log.info(`Ignored /${decision.verdict} from ${decision.login}: ${reason}.`);
            }
            loggedIgnored = evaluation.ignored.length;
            if (evaluation.status === 'approved' || evaluation.status === 'denied') {
                outcome = evaluation.status;
                break;
            }
            const left = deadline - now();
            if (left <= 0) {
                outcome = 'timed-out';
                break;
            }
            await sleep(Math.min(request.pollIntervalMs, left), signal);
        }
    }
    catch (error) {
        failure = error;
    }
    const decidedAt = new Date(now()).toISOString();
    const status = failure !== undefined ? 'failed' : outcome;
    await closeIssue(client, log, where, issue.number, closingComment(request, status, evaluation, failure), status);
    if (failure !== undefined)
        throw failure;
    if (status === 'cancelled') {
        throw new ApprovalCancelledError(`The approval request ${issue.html_url} was cancelled with the job.`);
    }
    return finish(request, evaluation, status, {
        requestUrl: issue.html_url,
        issueNumber: issue.number,
        polls,
        requestedAt,
        decidedAt,
    });
}
function isTransient(error) {
    return error.rateLimited || error.status === undefined || error.status === 408 || error.status >= 500;
}
/** Leaves the issue closed with the outcome, whatever happened; failures here are only logged. */
async function closeIssue(client, log, where, issueNumber, comment, status) {
    try {
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            params: { ...where, issue_number: issueNumber },
            body: { body: comment },
        });
    }
    catch (error) {
        log.warning(`Could not comment on the approval issue: ${error.message}`);
    }
    try {
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            params: { ...where, issue_number: issueNumber },
            body: { state: 'closed', state_reason: status === 'approved' ? 'completed' : 'not_planned' },
        });
    }
    catch (error) {
        log.warning(`Could not close the approval issue: ${error.message}`);
    }
}
function finish(request, evaluation, status, details) {
    const approved = status === 'approved';
    const record = buildApprovalRecord(request, status, evaluation.approvals, details.requestUrl, details.decidedAt);
    return { status, approved, evaluation, record, ...details };
}
function buildApprovalRecord(request, status, approvals, requestUrl, createdAt) {
    return sealApprovalRecord({
        schema: APPROVAL_RECORD_SCHEMA,
        app: request.app,
        environment: request.environment,
        imageRefs: [...request.imageRefs].sort(),
        configHash: request.configHash,
        status,
        approved: status === 'approved',
        policy: {
            mode: request.mode,
            approvers: formatApproverList(request.policy.approvers),
            imageApprovers: formatApproverList(request.policy.imageApprovers),
            configApprovers: formatApproverList(request.policy.configApprovers),
            minApprovals: request.policy.minApprovals,
            allowSelfApproval: request.policy.allowSelfApproval,
        },
        approvers: approvals,
        requester: request.requester,
        ...(request.source ? { source: request.source } : {}),
        ...(requestUrl ? { requestUrl } : {}),
        createdAt,
    });
}

;// CONCATENATED MODULE: ./packages/approvals/src/index.ts








/***/ })

};
