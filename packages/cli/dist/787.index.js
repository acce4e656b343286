export const id = 787;
export const ids = [787];
export const modules = {

/***/ 54095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ky: () => (/* reexport */ TeamMembershipCache),
  C3: () => (/* reexport */ approvalSummary),
  mx: () => (/* reexport */ buildApprovalPolicy),
  ER: () => (/* reexport */ evidenceFromApprovalUrl),
  ZK: () => (/* reexport */ parseApproverList),
  Vh: () => (/* reexport */ readApprovalRecord),
  hO: () => (/* reexport */ readWorkflowRun),
  FU: () => (/* reexport */ requestApproval),
  Up: () => (/* reexport */ sameLogin),
  I9: () => (/* reexport */ verifyApprovalBinding),
  S7: () => (/* reexport */ verifyApprovalEvidence),
  Ye: () => (/* reexport */ writeApprovalRecord)
});

// UNUSED EXPORTS: APPROVAL_RECORD_SCHEMA, ApprovalCancelledError, after, buildApprovalRecord, closingComment, evaluateDecisions, formatApproverList, issueBody, issueTitle, membershipOf, parseCommand, parseRequestMarker, requestComment, requestCommentFor, requestMarker, requestSubject, showsSubject, subjectOf, teamName, teamsToCheck

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __webpack_require__(34257);
;// CONCATENATED MODULE: ./packages/approvals/src/approval-record.ts


const APPROVAL_RECORD_SCHEMA = 'shipgate.dev/approval-record/v2';
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
    if (parsed?.schema === 'shipgate.dev/approval-record/v1') {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, a v1 approval record, which points at no evidence; run approval-gate again.`);
    }
    if (record?.schema !== APPROVAL_RECORD_SCHEMA ||
        !Array.isArray(record.imageRefs) ||
        typeof record.configHash !== 'string' ||
        !isEvidence(record.evidence)) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which is not a Shipgate approval record pointing at GitHub evidence.`);
    }
    return record;
}
function isEvidence(value) {
    const evidence = value;
    if (!evidence || typeof evidence.repository !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(evidence.repository))
        return false;
    if (evidence.kind === 'issue')
        return Number.isInteger(evidence.issueNumber) && Array.isArray(evidence.commentIds);
    if (evidence.kind === 'environment')
        return Number.isInteger(evidence.runId) && typeof evidence.environment === 'string';
    return false;
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
    const { mkdir, writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { dirname } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
    return path;
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
            ...(decision.commentId ? { commentId: decision.commentId } : {}),
            ...(decision.url ? { url: decision.url } : {}),
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
/** The subject of a request from its digest-pinned refs (or bare digests). */
function requestSubject(fields) {
    const { imageRefs, ...rest } = fields;
    return { ...rest, digests: [...new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)))].sort() };
}
const MARKER_FIELDS = ['repository', 'app', 'environment', 'path', 'images', 'config'];
const MARKER = new RegExp(`<!-- shipgate-request ${MARKER_FIELDS.map((field) => `${field}=(\\S*)`).join(' ')} -->`, 'g');
/** A marker value: percent-encoded (never whitespace nor `>`), with `/`, `:` and `@` kept readable. */
const encodeValue = (value) => encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%40/gi, '@');
function decodeValue(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return undefined;
    }
}
/**
 * The machine-readable line of the request comment, read back when the approval is re-checked:
 * the approvals after that comment approve this subject only.
 */
function requestMarker(subject) {
    const values = [
        subject.repository,
        subject.app,
        subject.environment,
        subject.path,
        subject.digests.join(','),
        subject.configHash,
    ].map(encodeValue);
    return `<!-- shipgate-request ${MARKER_FIELDS.map((field, i) => `${field}=${values[i]}`).join(' ')} -->`;
}
/** The subject a comment's body names; `undefined` when it names none or several. */
function parseRequestMarker(body) {
    const markers = [...body.matchAll(MARKER)];
    if (markers.length !== 1)
        return undefined;
    const values = markers[0].slice(1).map(decodeValue);
    if (values.some((value) => value === undefined))
        return undefined;
    const [repository, app, environment, path, images, configHash] = values;
    return {
        repository: repository,
        app: app,
        environment: environment,
        path: path,
        digests: images.split(',').filter(Boolean).sort(),
        configHash: configHash,
    };
}
/**
 * Whether a request comment shows what its marker names, outside the marker: a marker alone is
 * invisible in the rendered comment, so approvers never saw what it asks. Wording may change
 * between versions; the values may not be missing.
 */
function showsSubject(body, subject) {
    const visible = body.replace(MARKER, '');
    const values = [subject.app, subject.environment, subject.path, ...subject.digests, subject.configHash];
    if (subject.repository)
        values.push(subject.repository);
    return values.every((value) => visible.includes(value));
}
/**
 * The request comment approval-gate posts on the issue: the marker and, for the approvers, the
 * same subject in words. Approvals count only after it, and only while it is unedited.
 */
function requestComment(request) {
    return requestCommentFor(subjectOf(request));
}
/** The request comment for `subject`: its marker, and the subject in words. */
function requestCommentFor(subject) {
    return new src/* Summary */.BD()
        .raw(requestMarker(subject))
        .paragraph('**This comment is the approval request.** An `/approve` below it approves exactly this:')
        .table(['', ''], [
        ['GitOps repository', `\`${subject.repository || '(not named)'}\``],
        ['App', `\`${subject.app}\``],
        ['Environment', `\`${subject.environment}\``],
        ['Path', `\`${subject.path}\``],
        ...subject.digests.map((digest) => ['Image digest', `\`${digest}\``]),
        ['Config hash', `\`${subject.configHash}\``],
    ])
        .paragraph('If this comment is edited or deleted, no approval of it counts; the issue description above is not part of the request.')
        .toString();
}
/** The subject an `ApprovalRequest` asks to approve. */
function subjectOf(request) {
    return requestSubject({
        repository: request.gitops?.repository ?? '',
        app: request.app,
        environment: request.gitops?.environment ?? request.environment,
        path: request.gitops?.path ?? `apps/${request.app}/${request.environment}`,
        imageRefs: request.imageRefs,
        configHash: request.configHash,
    });
}
function issueBody(request) {
    const summary = new src/* Summary */.BD()
        .paragraph(`**${request.requester}** asks to deploy **${request.app}** to **${request.environment}**.`)
        .table(['', ''], facts(request))
        .list(approverLines(request))
        .paragraph('The request itself is the first comment below, which names what an approval approves. ' +
        'Comment `/approve [reason]` after it to approve or `/deny <reason>` to deny. Each approver counts once; ' +
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
/** Asks for approval as the request's mode says, and returns the outcome with its record (a pointer to the evidence). */
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
            if (error instanceof src/* GitHubApiError */.OS && error.status === 403 && !error.rateLimited) {
                throw new src/* ShipgateError */.Yu(`Could not check whether ${login} is in team ${teamName(team)}: ${error.message}. The token must be able to read the organization's team members, which the default GITHUB_TOKEN cannot; use a GitHub App or fine-grained token with "Members: read".`);
            }
            if (!(error instanceof src/* GitHubApiError */.OS && error.status === 404))
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
    const environmentName = request.gitops?.environment ?? request.environment;
    const reviews = data.filter((review) => review.environments.some((environment) => environment.name && sameLogin(environment.name, environmentName)));
    deps.log.info(`${reviews.length} review(s) of environment "${environmentName}" on run ${request.runId}.`);
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
    const sleep = deps.sleep ?? src/* abortableSleep */.Mf;
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
    // The request is a comment, not the issue body: a comment has an `updated_at`, so an edit shows,
    // and approvals count only after it (the body is anyone's with issues: write, and has no such time).
    let requestPosted;
    try {
        ({ data: requestPosted } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { params: { ...where, issue_number: issue.number }, body: { body: requestComment(request) }, signal }));
    }
    catch (error) {
        const comment = closingComment(request, 'failed', evaluationOfNone(request), error);
        await closeIssue(client, log, where, issue.number, comment, 'failed');
        throw error;
    }
    log.info(`Approval requested in ${requestPosted.html_url}; waiting up to ${Math.round(request.timeoutMs / 60_000)} min.`);
    const teams = new TeamMembershipCache(client, signal);
    const seen = new Set();
    const queue = [];
    const decisions = [];
    let since = issue.created_at;
    let polls = 0;
    let loggedIgnored = 0;
    let evaluation = evaluationOfNone(request);
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
                // Every page: a crowd of comments must not hide a denial.
                const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { params: { ...where, issue_number: issue.number }, query: { since }, signal });
                for (const comment of comments) {
                    if (comment.updated_at > since)
                        since = comment.updated_at;
                    if (comment.id === requestPosted.id && comment.updated_at !== comment.created_at) {
                        throw new src/* ShipgateError */.Yu(`The request comment ${requestPosted.html_url} was edited, so no approval of it counts; run approval-gate again.`);
                    }
                    // The earliest request comment is the request: one posted before the gate's own would be it.
                    if (comment.id < requestPosted.id && parseRequestMarker(comment.body ?? '')) {
                        throw new src/* ShipgateError */.Yu(`A request comment was posted on ${issue.html_url} before the gate's own (${requestPosted.html_url}), so no approval there can count; run approval-gate again.`);
                    }
                    if (seen.has(comment.id) || !comment.user)
                        continue;
                    seen.add(comment.id);
                    const command = parseCommand(comment.body ?? '');
                    if (!command)
                        continue;
                    // An edited approval is not what its approver wrote; a denial counts however it was edited.
                    if (command.verdict === 'approve' && comment.updated_at !== comment.created_at) {
                        log.info(`Ignored /approve from ${comment.user.login}: the comment was edited.`);
                        continue;
                    }
                    // An approval approves the request comment before it, never one made later.
                    if (command.verdict === 'approve' && !after(comment, requestPosted)) {
                        log.info(`Ignored /approve from ${comment.user.login}: it was given before the request comment.`);
                        continue;
                    }
                    queue.push({
                        login: comment.user.login,
                        verdict: command.verdict,
                        at: comment.created_at,
                        source: 'issue',
                        commentId: comment.id,
                        ...(comment.html_url ? { url: comment.html_url } : {}),
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
                if (!(error instanceof src/* GitHubApiError */.OS) || !isTransient(error))
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
/** Whether `comment` came after the request comment: a later id and no earlier time. */
function after(comment, request) {
    return comment.id > request.id && Date.parse(comment.created_at) >= Date.parse(request.created_at);
}
function evaluationOfNone(request) {
    return evaluateDecisions(request.policy, [], () => ({
        approver: false,
        imageApprover: false,
        configApprover: false,
    }));
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
    const record = buildApprovalRecord(request, status, evaluation.approvals, details.requestUrl, details.decidedAt, evidenceOf(request, details.issueNumber, evaluation));
    return { status, approved, evaluation, record, ...details };
}
function evidenceOf(request, issueNumber, evaluation) {
    if (request.mode === 'issue' && issueNumber !== undefined) {
        const commentIds = evaluation.approvals.flatMap((entry) => (entry.commentId ? [entry.commentId] : []));
        return { kind: 'issue', repository: request.repository, issueNumber, commentIds };
    }
    if (request.mode === 'environment' && request.runId) {
        return {
            kind: 'environment',
            repository: request.repository,
            runId: request.runId,
            environment: request.gitops?.environment ?? request.environment,
        };
    }
    return undefined;
}
function buildApprovalRecord(request, status, approvals, requestUrl, createdAt, evidence) {
    return {
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
        ...(evidence ? { evidence } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/approvals/src/evidence.ts




/** Reads a workflow run: one call, which a caller checking many deploys may cache per run. */
async function readWorkflowRun(client, run) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        params: { owner: run.owner, repo: run.repo, run_id: run.id },
    });
    const actors = [data.actor?.login, data.triggering_actor?.login].filter((login) => Boolean(login));
    return {
        repository: data.repository.full_name,
        headSha: data.head_sha,
        createdAt: data.created_at,
        actors: [...new Set(actors)],
    };
}
/**
 * Re-reads the evidence an approval record points at and re-evaluates it against the policy, at
 * the moment of the deploy. Throws a `ConfigurationError` of one sentence naming the rule that
 * failed; returns the approvals that count, with their URLs.
 */
async function verifyApprovalEvidence(check, deps) {
    const [owner = '', repo = ''] = check.evidence.repository.split('/');
    const tokenUser = await tokenUserOf(deps.client);
    const policy = policyFor(check, tokenUser);
    const { decisions, dropped } = check.evidence.kind === 'issue'
        ? await issueDecisions(check, deps.client, { owner, repo }, check.evidence.issueNumber)
        : {
            decisions: await runDecisions(check, { client: deps.client, readRun: deps.readRun ?? ((run) => readWorkflowRun(deps.client, run)) }, { owner, repo }, check.evidence),
            dropped: [],
        };
    const teams = new TeamMembershipCache(deps.client);
    for (const decision of decisions) {
        for (const team of teamsToCheck(policy, decision.login))
            await teams.check(team, decision.login);
    }
    const membership = (login) => membershipOf(policy, login, teams.activeTeams(teamsToCheck(policy, login), login));
    const open = [check.rules.approvers, check.rules.imageApprovers, check.rules.configApprovers].every((l) => l.length === 0);
    if (open && check.evidence.kind === 'issue') {
        throw new src/* ConfigurationError */.j1('The policy names no approvers, so no issue comment can count as an approval.');
    }
    // An approver's denial wins over any approval, their own earlier one included.
    const denial = decisions.find((decision) => {
        if (decision.verdict !== 'deny' || policy.excluded.includes(decision.login.toLowerCase()))
            return false;
        const member = membership(decision.login);
        return open || member.approver || member.imageApprover || member.configApprover;
    });
    if (denial) {
        throw new src/* ConfigurationError */.j1(`The approval is void: ${denial.login}, an approver, denied it${denial.url ? ` (${denial.url})` : ''}.`);
    }
    const evaluation = evaluateDecisions(policy, decisions, membership, { open });
    const notCounted = [
        ...dropped,
        ...evaluation.ignored.map(({ decision, reason }) => `${decision.login}'s /${decision.verdict} (${reason})`),
    ];
    for (const entry of notCounted)
        deps.log.info(`Not counted: ${entry}.`);
    if (evaluation.status !== 'approved') {
        throw new src/* ConfigurationError */.j1(`The approval evidence does not meet the policy: ${evaluation.approvals.length} of ${policy.minApprovals} approval(s) count, missing ${evaluation.missing.join(' and ')}${notCounted.length > 0 ? `; not counted: ${notCounted.join(', ')}` : ''}.`);
    }
    return {
        approvals: evaluation.approvals.map((entry) => ({ login: entry.login, at: entry.at, url: entry.url ?? '' })),
        tokenUser,
    };
}
/**
 * Who the token is (`GET /user`), who never counts as an approver. An installation token (the
 * workflow's GITHUB_TOKEN, a GitHub App's) may not call it and answers 403: it is a bot, which
 * cannot comment as an approver anyway.
 */
async function tokenUserOf(client) {
    try {
        const { data } = await client.request('GET /user');
        return data.login;
    }
    catch (error) {
        if (error instanceof src/* GitHubApiError */.OS && error.status === 403 && !error.rateLimited)
            return 'github-actions[bot]';
        throw error;
    }
}
function policyFor(check, tokenUser) {
    const policy = buildApprovalPolicy({
        approvers: check.rules.approvers,
        imageApprovers: check.rules.imageApprovers,
        configApprovers: check.rules.configApprovers,
        minApprovals: check.rules.min,
        allowSelfApproval: check.rules.allowSelfApproval,
        configChanged: check.configChanged ?? true,
        selfLogins: [...check.excluded],
        allowEmptyApprovers: true,
    });
    // The token's own user never counts, self-approval allowed or not: whoever holds the token
    // (any step of the job) could otherwise approve.
    return { ...policy, excluded: [...new Set([...policy.excluded, tokenUser.toLowerCase()])] };
}
/**
 * The request issue's comments: the earliest one carrying a request marker is the request (any
 * later marker is ignored; a deleted request makes the next marker the request, which no earlier
 * approval approves). It must show what it names (a bare marker is invisible), name everything
 * being committed and be unedited; an approval counts only after it, unedited and within max-age.
 * A denial counts wherever and however it was written.
 */
async function issueDecisions(check, client, where, issueNumber) {
    const issueUrl = `${check.evidence.repository}#${issueNumber}`;
    const comments = (await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { params: { ...where, issue_number: issueNumber } })).sort((a, b) => a.id - b.id);
    const request = comments
        .map((comment) => ({ comment, named: parseRequestMarker(comment.body ?? '') }))
        .find((entry) => entry.named !== undefined);
    if (!request?.named) {
        throw new src/* ConfigurationError */.j1(`The request issue ${issueUrl} has no Shipgate request comment.`);
    }
    const { comment: requestComment, named } = request;
    if (requestComment.updated_at !== requestComment.created_at) {
        throw new src/* ConfigurationError */.j1(`The request comment ${requestComment.html_url} was edited after it was posted, so no approval of it counts.`);
    }
    if (!showsSubject(requestComment.body ?? '', named)) {
        throw new src/* ConfigurationError */.j1(`The request comment ${requestComment.html_url} does not show what its marker names, so no approver saw the request.`);
    }
    bindSubject(named, check.binding, requestComment.html_url);
    const oldest = check.rules.maxAgeMs === undefined ? undefined : check.now - check.rules.maxAgeMs;
    const decisions = [];
    const dropped = [];
    for (const comment of comments) {
        const command = parseCommand(comment.body ?? '');
        if (!command || !comment.user)
            continue;
        if (command.verdict === 'approve') {
            // An approval approves the request before it; an edited one is not what the approver
            // wrote; an old one is past max-age.
            if (!after(comment, requestComment)) {
                dropped.push(`${comment.user.login}'s /approve (given before the request comment)`);
                continue;
            }
            if (comment.updated_at !== comment.created_at) {
                dropped.push(`${comment.user.login}'s /approve (edited)`);
                continue;
            }
            if (oldest !== undefined && Date.parse(comment.created_at) < oldest) {
                dropped.push(`${comment.user.login}'s /approve (older than the policy's max-age)`);
                continue;
            }
        }
        decisions.push({
            login: comment.user.login,
            verdict: command.verdict,
            at: comment.created_at,
            source: 'issue',
            commentId: comment.id,
            url: comment.html_url,
        });
    }
    return { decisions, dropped };
}
/** Throws unless the request names exactly what is being committed, field by field. */
function bindSubject(named, binding, where) {
    const deploying = requestSubject({ ...binding, imageRefs: binding.imageRefs });
    if (!named.repository) {
        throw new src/* ConfigurationError */.j1(`The request comment ${where} names no GitOps repository (approval-gate's input "policy-repository" names it), so it cannot approve a deploy to ${deploying.repository}.`);
    }
    const fields = [
        ['GitOps repository', named.repository, deploying.repository, true],
        ['app', named.app, deploying.app, false],
        ['environment', named.environment, deploying.environment, false],
        ['path', named.path, deploying.path, false],
        ['image', named.digests.join(', ') || 'no image', deploying.digests.join(', '), false],
        ['config', named.configHash, deploying.configHash, false],
    ];
    for (const [field, asked, committed, caseless] of fields) {
        if (caseless ? asked.toLowerCase() === committed.toLowerCase() : asked === committed)
            continue;
        throw new src/* ConfigurationError */.j1(`The request comment ${where} asks to approve ${field} ${asked}, not the ${committed} being committed.`);
    }
}
/**
 * Environment reviews approve a run, not bytes: they count only for the current run (the deploy's
 * own), when that run is of the source repository at the source commit, younger than max-age, and
 * only the reviews of the GitHub environment the policy names (never the record's word for it).
 */
async function runDecisions(check, deps, where, evidence) {
    const environment = check.binding.environment;
    if (check.currentRunId === undefined || evidence.runId !== check.currentRunId) {
        throw new src/* ConfigurationError */.j1(`The approval is environment "${environment}"'s review of run ${evidence.runId}, not of the current run ${check.currentRunId ?? '(unknown: GITHUB_RUN_ID is not set)'}.`);
    }
    const source = check.binding.source;
    const runName = `run ${evidence.runId} of ${evidence.repository}`;
    if (!source) {
        throw new src/* ConfigurationError */.j1(`The approval is a review of ${runName}, but the deploy names no source commit for the run to be of.`);
    }
    const run = await deps.readRun({ ...where, id: evidence.runId });
    if (run.repository.toLowerCase() !== source.repository.toLowerCase()) {
        throw new src/* ConfigurationError */.j1(`The approval is a review of a run of ${run.repository}, not of the source repository ${source.repository}.`);
    }
    if (run.headSha.toLowerCase() !== source.sha.toLowerCase()) {
        throw new src/* ConfigurationError */.j1(`The approval is a review of ${runName} at ${run.headSha}, not at the source commit ${source.sha}.`);
    }
    // The reviews list gives no time; none is older than the run.
    if (check.rules.maxAgeMs !== undefined && Date.parse(run.createdAt) < check.now - check.rules.maxAgeMs) {
        throw new src/* ConfigurationError */.j1(`The approval is a review of ${runName}, created at ${run.createdAt}, before the policy's max-age.`);
    }
    const { data: reviews } = await deps.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', {
        params: { ...where, run_id: evidence.runId },
    });
    const url = `${(check.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${evidence.repository}/actions/runs/${evidence.runId}`;
    const at = new Date(check.now).toISOString();
    return reviews
        .filter((review) => review.state !== 'pending')
        .filter((review) => review.environments.some((named) => named.name?.toLowerCase() === environment.toLowerCase()))
        .map((review) => ({
        login: review.user.login,
        verdict: review.state === 'rejected' ? 'deny' : 'approve',
        at,
        source: 'environment',
        url,
    }));
}
/**
 * The evidence a `Shipgate-Approval` trailer points at: an issue comment URL
 * (`…/owner/repo/issues/12#issuecomment-345`) or a run URL (`…/owner/repo/actions/runs/123`, the
 * reviews of `environment` on it). `undefined` for any other URL.
 */
function evidenceFromApprovalUrl(url, environment) {
    const issue = /\/([^/\s]+)\/([^/\s]+)\/issues\/(\d+)#issuecomment-(\d+)$/.exec(url);
    if (issue) {
        return {
            kind: 'issue',
            repository: `${issue[1]}/${issue[2]}`,
            issueNumber: Number(issue[3]),
            commentIds: [Number(issue[4])],
        };
    }
    const run = /\/([^/\s]+)\/([^/\s]+)\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?$/.exec(url);
    if (run)
        return { kind: 'environment', repository: `${run[1]}/${run[2]}`, runId: Number(run[3]), environment };
    return undefined;
}

;// CONCATENATED MODULE: ./packages/approvals/src/index.ts







/***/ }),

/***/ 70787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zP: () => (/* reexport */ TRAILER_KEYS),
  PA: () => (/* reexport */ deployToGitOps),
  ed: () => (/* reexport */ environmentContentProblem),
  XT: () => (/* reexport */ evidenceAccessFromContext),
  J7: () => (/* reexport */ generateDeploymentReport),
  Pu: () => (/* reexport */ gitopsRepositoryIdentity),
  gg: () => (/* reexport */ maskToken),
  m1: () => (/* reexport */ parseSince),
  jj: () => (/* reexport */ parseTargetRepository),
  ou: () => (/* reexport */ parseTrailerLines),
  Id: () => (/* reexport */ parseUntil),
  pt: () => (/* reexport */ promote),
  _6: () => (/* reexport */ readDeploymentsFromClone),
  JF: () => (/* reexport */ readRepositoryPolicy),
  Ki: () => (/* reexport */ remoteDefaultBranch),
  wo: () => (/* reexport */ remoteTrackingRef),
  ZM: () => (/* reexport */ renderReportSummary),
  Bl: () => (/* reexport */ resolveSourceTime),
  dU: () => (/* reexport */ rollback),
  rE: () => (/* reexport */ trailFromTrailers),
  YC: () => (/* reexport */ withScratchClone),
  pT: () => (/* reexport */ withSigningKey),
  NA: () => (/* reexport */ withoutGeneratedKustomization)
});

// UNUSED EXPORTS: DEPLOYMENT_LOG_FORMAT, KUSTOMIZATION_FILE, MAX_REPORT_WINDOW_DAYS, RULE_FILES, buildCommitMessage, buildDeploymentReport, checkDeployOrder, checkDeployRules, choosePromotion, computeDoraMetrics, confineDeployPath, confineRepositoryPath, copyPromotedImage, createGit, deploysPerDayChart, enforceDeployPolicy, fetchBranch, findLandedCommit, formatDuration, formatTrailers, kustomizationFor, listSourceFiles, mayQueue, normalizeScanTrailer, openScratchClone, ownerAndName, parseDeploymentLog, percentile, planDeploy, planRollback, readAllDeployments, readDeployments, readDirectoryEntries, readEnvironmentEntriesAt, readPolicyAt, renderMessageTemplate, repositoryAccess, requireEnvironmentContent, resolveRepositoryAccess, resolveRepositoryUrl, restoreFilesAt, sameCommit, sanitizeTrailerValue, scanVerdictOf, unknownNameWarnings, wantsKustomization, writeCommit, writeDeploymentReport, writePathCommits

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __webpack_require__(34257);
;// CONCATENATED MODULE: ./packages/gitops/src/git.ts


const GIT_TOKEN_USERNAME = 'x-access-token';
/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
function maskToken(token, setSecret) {
    if (!token || !setSecret)
        return;
    for (const form of (0,src/* basicAuthForms */.oq)(GIT_TOKEN_USERNAME, token))
        setSecret(form);
}
/** Just the repository-access fields of a larger options object, to pass on to another reader or writer. */
function repositoryAccess(options) {
    const { repository, branch, token, setSecret, serverUrl, workspace, tempDir } = options;
    return { repository, branch, token, setSecret, serverUrl, workspace, tempDir };
}
/**
 * The URL git is to use for `options.repository`, after the token's forms are registered with the
 * step's masker: how every reader and writer starts, before git first runs.
 */
function resolveRepositoryAccess(options) {
    maskToken(options.token, options.setSecret);
    return resolveRepositoryUrl(options.repository, {
        serverUrl: options.serverUrl ?? 'https://github.com',
        workspace: options.workspace ?? process.cwd(),
    });
}
/**
 * Where the GitOps repository is: an http(s) or file URL, a local path, or `owner/name` on the
 * GitHub server the workflow runs on. URLs carrying credentials are refused: the token has its own
 * input and must not end up in `.git/config` or a log line.
 */
function resolveRepositoryUrl(repository, options) {
    const inputName = options.inputName ?? 'repository';
    const value = repository.trim();
    if (!value)
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" is required.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" is not a valid URL: "${value}".`);
        }
        if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
        }
        if (url.username || url.password) {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
        }
        return value;
    }
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
        const name = value.endsWith('.git') ? value : `${value}.git`;
        return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    }
    if (value.startsWith('/') || value.startsWith('.'))
        return (0,external_node_path_.resolve)(options.workspace, value);
    throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
}
/** The GitHub `owner/name` a repository URL points at, for the pull-request API. */
function ownerAndName(url) {
    const match = url.match(/^[a-z]+:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i);
    return match?.[1] && match[2] ? { owner: match[1], name: match[2] } : undefined;
}
/**
 * The environment that gives git the token: an `http.<origin>/.extraHeader` set through
 * `GIT_CONFIG_COUNT`, so it is scoped to the GitOps server, never on a command line, in the URL or
 * in `.git/config`. Nothing for file URLs and local paths.
 */
function gitAuthEnvironment(url, token) {
    if (!token || !/^https?:\/\//i.test(url))
        return {};
    const origin = new URL(url).origin;
    const basic = Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
        GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
    };
}
const READ_RETRY = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };
/** Failures on the way to the server or back, worth trying again (an auth answer never is). */
const TRANSIENT_GIT_FAILURE = /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server)/i;
function isTransientGitFailure(stderr) {
    return TRANSIENT_GIT_FAILURE.test(stderr) && !/returned error: (401|403|404)/.test(stderr);
}
/** The git subcommands that only read from the server, and so may be repeated freely. */
const RETRIED_READS = new Set(['fetch', 'ls-remote']);
/**
 * Variables of the caller's environment that git must not see: tokens and other secrets the CLI or
 * the runner holds (`SHIPGATE_TOKEN`, `INPUT_TOKEN`, `GITHUB_TOKEN`, …). git gets its credential
 * from the header below and nothing else; a child that inherits them could echo them in a trace,
 * pass them to a credential helper or a hook.
 */
const SECRET_VARIABLE = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|(^|_)KEY$|^INPUT_)/i;
function withheldEnvironment(inherited) {
    const withheld = {};
    for (const key of Object.keys(inherited))
        if (SECRET_VARIABLE.test(key))
            withheld[key] = undefined;
    return withheld;
}
/**
 * The one way this package runs git: through the Exec seam (argument array, masked command line)
 * with the token in the environment only, no secret of the caller's environment, prompts off and
 * messages in English. Reads are retried with jittered backoff when they fail on the way; a failure
 * names git's own first `fatal:`/`error:` line.
 */
function createGit(options) {
    const baseEnv = {
        ...withheldEnvironment({ ...process.env, ...options.inherited }),
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: undefined,
        SSH_ASKPASS: undefined,
        LC_ALL: 'C',
        LANGUAGE: 'C',
        // Whatever the caller's environment configured must not add or shadow our header.
        GIT_CONFIG_COUNT: undefined,
        GIT_CONFIG_PARAMETERS: undefined,
        ...gitAuthEnvironment(options.url, options.token),
        ...options.env,
    };
    const retry = options.readRetry ?? READ_RETRY;
    const once = async (args, execOptions) => {
        const result = await options.exec('git', args, {
            quiet: true,
            ...execOptions,
            ignoreReturnCode: true,
            cwd: options.cwd,
            env: { ...baseEnv, ...execOptions.env },
        });
        if (result.exitCode !== 0)
            throwIfAuthFailure(result.stderr, options.url);
        return result;
    };
    return async (args, execOptions = {}) => {
        const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, retry.attempts) : 1;
        let result = await once(args, execOptions);
        for (let attempt = 1; attempt < attempts && result.exitCode !== 0 && isTransientGitFailure(result.stderr); attempt++) {
            const delayMs = (0,src/* backoffDelay */.EY)(attempt, retry);
            if (delayMs > 0)
                await (0,src/* sleep */.yy)(delayMs);
            result = await once(args, execOptions);
        }
        if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
            throw new GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
        }
        return result;
    };
}
/** git's own account of a failure: its first `fatal:` or `error:` line (the later ones are hints). */
function gitFailureLine(stderr) {
    const lines = stderr.split(/\r?\n/).map((line) => line.trim());
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? (0,src/* lastNonEmptyLine */.z8)(stderr);
}
/** A git command that failed, described by git's first `fatal:`/`error:` line. */
class GitCommandError extends src/* CommandError */.Qd {
    constructor(failure) {
        super(failure);
        const line = gitFailureLine(failure.stderr);
        const commandLine = ['git', ...failure.args].join(' ');
        this.message = line
            ? `\`${commandLine}\` exited with code ${failure.exitCode}: ${line}`
            : `\`${commandLine}\` exited with code ${failure.exitCode}.`;
    }
}
const AUTH_FAILURE = /could not read Username|Authentication failed|returned error: (401|403)|terminal prompts disabled/i;
/**
 * git turns a 401 into "could not read Username … terminal prompts disabled" (it wanted to prompt
 * for a password); say what happened instead, naming the input, with git's own line.
 */
function throwIfAuthFailure(stderr, url) {
    if (!AUTH_FAILURE.test(stderr))
        return;
    const status = stderr.match(/returned error: (40[13])/)?.[1] ?? '401';
    const origin = /^https?:\/\//i.test(url) ? new URL(url).origin : url;
    throw new src/* ConfigurationError */.j1(`${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`);
}

;// CONCATENATED MODULE: ./packages/gitops/src/clone.ts




/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty repository made without templates (nothing of the machine's git setup, sample or global
 * hooks, belongs in a throwaway clone, and copying them is a good part of what `git init` costs),
 * with `origin` set. The clone keeps no credential: the token travels in git's environment only.
 */
async function openScratchClone(access, options) {
    const url = resolveRepositoryAccess(access);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(access.tempDir ?? (0,external_node_os_.tmpdir)(), `shipgate-${options.purpose}-`));
    try {
        const repoDir = options.subdir ? (0,external_node_path_.join)(dir, options.subdir) : dir;
        if (options.subdir)
            await (0,promises_.mkdir)(repoDir);
        const identity = options.identity;
        const git = createGit({
            exec: access.exec,
            url,
            token: access.token,
            cwd: repoDir,
            ...(options.readRetry ? { readRetry: options.readRetry } : {}),
            ...(identity
                ? {
                    env: {
                        GIT_AUTHOR_NAME: identity.name,
                        GIT_AUTHOR_EMAIL: identity.email,
                        GIT_COMMITTER_NAME: identity.name,
                        GIT_COMMITTER_EMAIL: identity.email,
                    },
                }
                : {}),
        });
        await git(['init', '--quiet', ...(options.bare ? ['--bare'] : []), '--template=']);
        await git(['remote', 'add', 'origin', url]);
        return { dir, repoDir, url, git };
    }
    catch (error) {
        await removeScratchClone(dir);
        throw error;
    }
}
async function removeScratchClone(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
}
/** Runs `use` in a new scratch clone and removes the clone afterwards, whatever happened. */
async function withScratchClone(access, options, use) {
    const clone = await openScratchClone(access, options);
    try {
        return await use(clone);
    }
    finally {
        await removeScratchClone(clone.dir);
    }
}

// EXTERNAL MODULE: ./packages/approvals/src/index.ts + 5 modules
var approvals_src = __webpack_require__(54095);
// EXTERNAL MODULE: ./packages/attest/src/index.ts + 11 modules
var attest_src = __webpack_require__(97740);
// EXTERNAL MODULE: ./packages/image/src/index.ts + 9 modules
var image_src = __webpack_require__(53000);
// EXTERNAL MODULE: ./packages/scan/src/index.ts + 13 modules
var scan_src = __webpack_require__(53992);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/gitops/src/refs.ts

/** Where a clone keeps what it fetched of `branch`. */
function remoteTrackingRef(branch) {
    return `refs/remotes/origin/${branch}`;
}
/**
 * The one fetch of this package: `branch` into its tracking ref, with `extra` refspecs beside it
 * (the landing queue), never tags, FETCH_HEAD or maintenance (the clone is thrown away, and under
 * a race every process counts). `--prune` drops what the extra refspecs no longer match. Returns
 * false when the branch does not exist (yet); git's retries of transient failures are `createGit`'s.
 */
async function fetchBranch(git, branch, options) {
    const args = [
        'fetch',
        '--quiet',
        '--no-tags',
        ...(options.prune ? ['--prune'] : []),
        '--no-auto-maintenance',
        '--no-write-fetch-head',
        `--filter=${options.filter}`,
        'origin',
        `+refs/heads/${branch}:${remoteTrackingRef(branch)}`,
        ...(options.extra ?? []),
    ];
    const fetched = await git(args, { ignoreReturnCode: true });
    if (fetched.exitCode === 0)
        return true;
    if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length)
        return false;
    throw new GitCommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}
/** The fetched tip and its tree. */
async function tipOf(git, branch) {
    const ref = remoteTrackingRef(branch);
    const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
    return { commit, tree };
}
/** Whether `commit` is `tip` or one of its ancestors: how a writer finds its own push landed. */
async function isOnBranch(git, commit, tip) {
    const result = await git(['merge-base', '--is-ancestor', commit, tip], { ignoreReturnCode: true });
    return result.exitCode === 0;
}
/** The branch the remote's HEAD points at, or `undefined` for an empty repository. */
async function remoteDefaultBranch(git) {
    const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
    return parseSymref(stdout);
}
/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
function parseSymref(output) {
    const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
    return match?.[1];
}
async function remoteBranchExists(git, branch) {
    const { stdout } = await git(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
    return stdout.split('\n').some((line) => line.endsWith(`\trefs/heads/${branch}`));
}

;// CONCATENATED MODULE: ./packages/gitops/src/deployment.ts
/**
 * The deployment trail: the git trailers a deploy commit carries (../shared/DESIGN.md), and the
 * deployment read back from one commit. Writers and readers both go through these names.
 */
const TRAILER_KEYS = {
    app: 'Shipgate-App',
    environment: 'Shipgate-Environment',
    image: 'Shipgate-Image',
    source: 'Shipgate-Source',
    /** Committer time of the source commit (ISO 8601): orders deploys and gives DORA lead time. */
    sourceTime: 'Shipgate-Source-Time',
    run: 'Shipgate-Run',
    scan: 'Shipgate-Scan',
    configHash: 'Shipgate-Config-Hash',
    rollbackOf: 'Shipgate-Rollback-Of',
    rollbackTo: 'Shipgate-Rollback-To',
    reason: 'Shipgate-Reason',
    /** `true` on a deploy that removed the path's files on purpose (`allow-empty`). */
    removal: 'Shipgate-Removal',
    /** The landing-queue request a replayed deploy came from: its nonce, single-use. */
    request: 'Shipgate-Request',
    /** `true` on a deploy marked as a hotfix: unplanned, for an incident (DORA's rework rate). */
    hotfix: 'Shipgate-Hotfix',
    approvedBy: 'Approved-by',
    /** The evidence of one approval: an issue comment URL or a run URL. */
    approval: 'Shipgate-Approval',
    /** The blob id of the `.shipgate/policy.yaml` that was applied. */
    policy: 'Shipgate-Policy',
    breakGlass: 'Shipgate-Break-Glass',
    /** What was verified of an image's signed attestations (one per image), when the policy requires them. */
    attestations: 'Shipgate-Attestations',
};

;// CONCATENATED MODULE: ./packages/gitops/src/trailers.ts


/**
 * A trailer value as one safe line: control characters (newlines above all, which would start a
 * forged trailer or paragraph) become spaces, runs of whitespace collapse.
 */
function sanitizeTrailerValue(value) {
    return value
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
const MAX_SCAN_TRAILER_LENGTH = 500;
/**
 * A `Shipgate-Scan` value handed over as text rather than as a scan record: promote's `scan`
 * output, or the trailer of the deploy a rollback restores. It carries a verdict already recorded
 * in the trail, so it is checked for shape only: one sanitised line that starts with `pass` or
 * `fail`, the verdict promote and the report read back.
 */
function normalizeScanTrailer(value, inputName = 'scan') {
    const clean = sanitizeTrailerValue(value);
    const verdict = clean.split(';')[0]?.trim().toLowerCase();
    if (verdict !== 'pass' && verdict !== 'fail') {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be a Shipgate-Scan value starting with "pass" or "fail" (e.g. "pass; trivy 0.58.1; critical=0 high=2"), got "${clean.slice(0, 80)}".`);
    }
    if (clean.length > MAX_SCAN_TRAILER_LENGTH) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be at most ${MAX_SCAN_TRAILER_LENGTH} characters, got ${clean.length}.`);
    }
    return clean;
}
const SINGLE_VALUED = [
    ['app', TRAILER_KEYS.app],
    ['environment', TRAILER_KEYS.environment],
];
const OPTIONAL_SINGLE = [
    ['source', TRAILER_KEYS.source],
    ['sourceTime', TRAILER_KEYS.sourceTime],
    ['run', TRAILER_KEYS.run],
    ['scan', TRAILER_KEYS.scan],
    ['configHash', TRAILER_KEYS.configHash],
    ['rollbackOf', TRAILER_KEYS.rollbackOf],
    ['rollbackTo', TRAILER_KEYS.rollbackTo],
    ['reason', TRAILER_KEYS.reason],
    ['request', TRAILER_KEYS.request],
    ['policy', TRAILER_KEYS.policy],
    ['breakGlass', TRAILER_KEYS.breakGlass],
];
/** The trailer lines of a deploy commit, in DESIGN.md's order; empty values are left out. */
function formatTrailers(trail) {
    const lines = [];
    const add = (key, value) => {
        const clean = value === undefined ? '' : sanitizeTrailerValue(value);
        if (clean)
            lines.push(`${key}: ${clean}`);
    };
    for (const [field, key] of SINGLE_VALUED)
        add(key, trail[field]);
    for (const ref of trail.imageRefs)
        add(TRAILER_KEYS.image, ref);
    for (const [field, key] of OPTIONAL_SINGLE)
        add(key, trail[field]);
    if (trail.removal)
        add(TRAILER_KEYS.removal, 'true');
    if (trail.hotfix)
        add(TRAILER_KEYS.hotfix, 'true');
    for (const approver of trail.approvedBy)
        add(TRAILER_KEYS.approvedBy, approver);
    for (const url of trail.approvals ?? [])
        add(TRAILER_KEYS.approval, url);
    for (const verified of trail.attestations ?? [])
        add(TRAILER_KEYS.attestations, verified);
    return lines;
}
const TRAILER_LIKE = /^\s*(shipgate-[a-z0-9-]*|approved-by)\s*[:=]/i;
/**
 * The full commit message: the rendered template with any line that looks like one of our
 * trailers removed (a template or placeholder value must not forge the trail), then a blank line
 * and the trailer block as the last paragraph, where git looks for trailers.
 */
function buildCommitMessage(message, trail) {
    const kept = message
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((line) => !TRAILER_LIKE.test(line))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const subject = kept || `Deploy ${sanitizeTrailerValue(trail.app)} to ${sanitizeTrailerValue(trail.environment)}`;
    return `${subject}\n\n${formatTrailers(trail).join('\n')}\n`;
}
function parseTrailerLines(lines) {
    const trailers = [];
    for (const line of lines) {
        const match = line.match(/^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.*)$/);
        if (match?.[1] && match[2] !== undefined)
            trailers.push({ key: match[1], value: match[2].trim() });
    }
    return trailers;
}
/**
 * The deployment trail a commit's trailers describe, or `undefined` when it has no
 * `Shipgate-App` and `Shipgate-Environment` (not a deploy commit). Keys match case-insensitively,
 * as git's do; a repeated single-valued key keeps its first value.
 */
function trailFromTrailers(trailers) {
    const values = (key) => trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).map((trailer) => trailer.value);
    const first = (key) => values(key).find((value) => value !== '');
    const app = first(TRAILER_KEYS.app);
    const environment = first(TRAILER_KEYS.environment);
    if (!app || !environment)
        return undefined;
    const trail = {
        app,
        environment,
        imageRefs: values(TRAILER_KEYS.image).filter(Boolean),
        approvedBy: values(TRAILER_KEYS.approvedBy).filter(Boolean),
    };
    const approvals = values(TRAILER_KEYS.approval).filter(Boolean);
    if (approvals.length > 0)
        trail.approvals = approvals;
    const attestations = values(TRAILER_KEYS.attestations).filter(Boolean);
    if (attestations.length > 0)
        trail.attestations = attestations;
    for (const [field, key] of OPTIONAL_SINGLE) {
        const value = first(key);
        if (value !== undefined)
            trail[field] = value;
    }
    if (first(TRAILER_KEYS.removal)?.toLowerCase() === 'true')
        trail.removal = true;
    if (first(TRAILER_KEYS.hotfix)?.toLowerCase() === 'true')
        trail.hotfix = true;
    return trail;
}

;// CONCATENATED MODULE: ./packages/gitops/src/history.ts



/**
 * The trail: how deploys are written into and read back from the branch's history (the log
 * format, the deployments reachable from a commit, finding a landed commit by its message).
 */

const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';
/**
 * One record per commit (git log -z separates records with NUL): sha, committer time, subject,
 * then the trailers of the last paragraph, unfolded, separated by 0x1e.
 */
const DEPLOYMENT_LOG_FORMAT = '%H%x1f%cI%x1f%s%x1f%(trailers:only=true,unfold=true,separator=%x1e)';
/**
 * Deployments in `git log -z --format=DEPLOYMENT_LOG_FORMAT` output, in the log's order (newest
 * first). Commits without Shipgate-App/Shipgate-Environment trailers are not deployments.
 */
function parseDeploymentLog(output, filter = {}) {
    const deployments = [];
    for (const record of output.split('\u0000')) {
        const trimmed = record.replace(/^\n+/, '');
        if (!trimmed)
            continue;
        const [commitSha = '', committedAt = '', subject = '', trailerText = ''] = trimmed.split(FIELD);
        if (!/^[0-9a-f]{40,64}$/.test(commitSha))
            continue;
        const trail = trailFromTrailers(parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())));
        if (!trail)
            continue;
        if (filter.app !== undefined && trail.app !== filter.app)
            continue;
        if (filter.environment !== undefined && trail.environment !== filter.environment)
            continue;
        deployments.push({
            ...trail,
            commitSha,
            committedAt,
            kind: trail.rollbackOf ? 'rollback' : 'deploy',
            path: filter.path ?? '',
            subject,
        });
    }
    return deployments;
}
/** The deployments reachable from `ref` in an existing clone, newest first. */
async function readDeploymentsFromClone(git, ref, filter = {}) {
    const args = ['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`];
    if (filter.limit)
        args.push(`--max-count=${filter.limit}`);
    args.push(ref);
    if (filter.path)
        args.push('--', filter.path);
    const { stdout } = await git(args);
    return parseDeploymentLog(stdout, filter);
}
/**
 * The deployment history of a GitOps repository, newest first, read without fetching any file
 * content: a treeless partial fetch (commits only) when filtering by trailers, a blobless one when
 * filtering by path (the path filter needs trees). An absent branch has no history.
 */
async function readDeployments(options) {
    return withScratchClone(options, { purpose: 'history', bare: true }, async ({ git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch)))
            return [];
        await fetchBranch(git, branch, { filter: options.path ? 'blob:none' : 'tree:0' });
        return readDeploymentsFromClone(git, remoteTrackingRef(branch), options);
    });
}
/** The deployments reachable from `tip`, every app and environment, newest first. */
async function readAllDeployments(git, tip) {
    const { stdout } = await git(['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`, tip]);
    return parseDeploymentLog(stdout);
}
/**
 * The commit that landed a deploy between `since` and `tip` (same message, byte for byte), when
 * another writer landed it.
 */
async function findLandedCommit(git, options) {
    const range = options.since ? `${options.since}..${options.tip}` : options.tip;
    const { stdout } = await git(['log', '-z', '--format=%H%x00%B', range]);
    const parts = stdout.split('\u0000');
    for (let index = 0; index + 1 < parts.length; index += 2) {
        const sha = (parts[index] ?? '').replace(/^\n+/, '');
        if (normalizeMessage(parts[index + 1] ?? '') === normalizeMessage(options.message))
            return sha;
    }
    return undefined;
}
function normalizeMessage(message) {
    return message.replace(/\s+$/, '');
}

;// CONCATENATED MODULE: ./packages/gitops/src/objects.ts
/** Writes one commit object (signed with `signing`); returns its id. */
async function writeCommit(git, commit, signing) {
    const args = [
        ...(signing ? ['-c', 'gpg.format=ssh', '-c', `user.signingKey=${signing.key}`] : []),
        'commit-tree',
        commit.tree,
        ...(commit.parent ? ['-p', commit.parent] : []),
        ...(signing ? ['-S'] : []),
        '-F',
        '-',
    ];
    const env = { ...identEnvironment('AUTHOR', commit.author), ...identEnvironment('COMMITTER', commit.committer) };
    return (await git(args, { input: commit.message, env })).stdout.trim();
}
/**
 * The object a deploy statement ref points at: a parentless commit whose tree holds the Sigstore
 * bundle as `file`. A commit, not a bare blob, so any server and client that takes refs takes it.
 */
async function writeStatementCommit(git, bundleJson, options) {
    const blob = (await git(['hash-object', '-w', '--stdin'], { input: bundleJson })).stdout.trim();
    const tree = (await git(['mktree'], { input: `100644 blob ${blob}\t${options.file}\n` })).stdout.trim();
    return writeCommit(git, { tree, parent: undefined, message: `Shipgate deploy statement of ${options.forCommit}\n` });
}
function identEnvironment(role, ident) {
    const match = ident?.match(/^(.*) <([^>]*)> (\d+ [+-]\d{4})$/);
    if (!match)
        return {};
    return {
        [`GIT_${role}_NAME`]: match[1] ?? '',
        [`GIT_${role}_EMAIL`]: match[2] ?? '',
        [`GIT_${role}_DATE`]: `@${match[3]}`,
    };
}
/**
 * A chain of commits on `from` (or from an empty tree), each replacing one path: written by one
 * `git fast-import` (one process for the whole chain, no index). With `signing`, the chain is
 * re-committed with `commit-tree -S` on the trees fast-import built, since fast-import cannot sign.
 * Returns the commits' ids in order. `ref` is only where fast-import leaves the chain.
 */
async function writePathCommits(git, ref, commits, options = {}) {
    const commands = [];
    commits.forEach((commit, index) => {
        const [type, sha] = commit.object?.split(' ') ?? [];
        const path = fastImportPath(commit.path);
        commands.push(`commit ${ref}`, `mark :${index + 1}`, `author ${commit.author}`, `committer ${commit.committer}`, `data ${Buffer.byteLength(commit.message)}`, commit.message, ...(index === 0 && options.from ? [`from ${options.from}`] : []), `D ${path}`, ...(sha ? [`M ${type === 'tree' ? '040000' : '100644'} ${sha} ${path}`] : []), '');
    });
    commits.forEach((_, index) => {
        commands.push(`get-mark :${index + 1}`);
    });
    commands.push('done', '');
    const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: commands.join('\n') });
    const unsigned = stdout.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line));
    if (!options.signing || unsigned.length === 0)
        return unsigned;
    const trees = (await git(['rev-parse', ...unsigned.map((sha) => `${sha}^{tree}`)])).stdout.trim().split('\n');
    const signed = [];
    let parent = options.from;
    for (const [index, commit] of commits.entries()) {
        const tree = trees[index] ?? '';
        parent = await writeCommit(git, { ...commit, tree, parent }, options.signing);
        signed.push(parent);
    }
    return signed;
}
/** fast-import takes a path to the end of the line; only a leading quote needs C-style quoting. */
function fastImportPath(path) {
    return path.startsWith('"') ? `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : path;
}
/**
 * The content of `paths` at `commit` (only those that are files there): one `ls-tree` to find
 * them, then one `cat-file` for each that exists (a rule file is small, and usually absent).
 */
async function readFilesAt(git, commit, paths) {
    const files = new Map();
    if (paths.length === 0)
        return files;
    const { stdout } = await git(['ls-tree', '-z', commit, '--', ...paths]);
    const blobs = [];
    for (const entry of stdout.split('\0')) {
        const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
        if (match?.[1] && match[2] && paths.includes(match[2]))
            blobs.push({ path: match[2], sha: match[1] });
    }
    const contents = await Promise.all(blobs.map((blob) => git(['cat-file', 'blob', blob.sha])));
    blobs.forEach((blob, index) => {
        files.set(blob.path, contents[index]?.stdout ?? '');
    });
    return files;
}
/**
 * Every file below `treeish` (`<commit>:<path>`), by its path relative to it, in two processes: one
 * `ls-tree -r` and one `cat-file --batch` for all the blobs. Blobs not in the clone are fetched
 * lazily by git. Contents are read as text (what a deploy path holds: YAML).
 */
async function readTreeFiles(git, treeish) {
    const files = new Map();
    const listed = await git(['ls-tree', '-r', '-z', treeish], { ignoreReturnCode: true });
    if (listed.exitCode !== 0)
        return files;
    const blobs = listed.stdout.split('\0').flatMap((entry) => {
        const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
        return match?.[1] && match[2] ? [{ sha: match[1], path: match[2] }] : [];
    });
    if (blobs.length === 0)
        return files;
    const batch = Buffer.from((await git(['cat-file', '--batch'], { input: `${blobs.map((blob) => blob.sha).join('\n')}\n` })).stdout);
    let offset = 0;
    for (const blob of blobs) {
        const headerEnd = batch.indexOf(10, offset);
        const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
        if (headerEnd < 0 || !Number.isInteger(size))
            break;
        files.set(blob.path, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/gitops/src/push.ts

function parsePushPorcelain(stdout) {
    const refs = [];
    for (const line of stdout.split('\n')) {
        const match = line.match(/^([ +\-*!=])\t([^\t:]*):([^\t]+)\t(.*)$/);
        if (!match)
            continue;
        const [, flag = '', from = '', to = '', rest = ''] = match;
        const reasonMatch = rest.match(/^(.*?)\s*\((.*)\)\s*$/);
        refs.push({
            flag,
            from,
            to,
            summary: (reasonMatch?.[1] ?? rest).trim(),
            ...(reasonMatch?.[2] ? { reason: reasonMatch[2] } : {}),
        });
    }
    return refs;
}
// Reasons git and receive-pack give when another push won: the client saw the new tip first
// (fetch first, non-fast-forward, stale info), or the server lost the ref-lock or
// compare-and-swap during its update ("failed to update ref", "cannot lock ref …").
const RACE_REASON = /^(fetch first|non-fast-forward|stale info|failed to update ref|failed to lock|cannot lock ref|incorrect old value|unable to lock|reference already exists|already exists)/i;
const ATOMIC_COLLATERAL = /^atomic (push|transaction) failed$/i;
/**
 * What a `git push --porcelain` run means. Only the reasons above are retried as races; a
 * pre-receive hook that declines (protected branch, policy) is fatal even though a test hook
 * could decline at random, because a hook's "no" is the server's decision, not a race. (The test
 * server's random rejections take a real ref lock, so they surface as "failed to update ref".)
 */
function classifyPush(result) {
    const refs = parsePushPorcelain(result.stdout);
    const rejected = refs.filter((ref) => ref.flag === '!');
    if (result.exitCode === 0 && rejected.length === 0)
        return { kind: 'pushed' };
    const remoteMessage = remoteLines(result.stderr);
    if (rejected.length > 0) {
        const describe = (ref) => `${ref.to}: ${ref.summary}${ref.reason ? ` (${ref.reason})` : ''}${remoteMessage ? ` — ${remoteMessage}` : ''}`;
        // In an atomic push every ref fails with the one that caused it: judge by the cause. When the
        // server's transaction failed, no ref names a cause and stderr holds the lock error: a race.
        const causes = rejected.filter((ref) => !ATOMIC_COLLATERAL.test(ref.reason ?? ''));
        const fatal = causes.find((ref) => !RACE_REASON.test(ref.reason ?? ''));
        if (fatal)
            return { kind: 'fatal', message: describe(fatal) };
        return { kind: 'race', message: describe((causes[0] ?? rejected[0])) };
    }
    const lastLine = lastLineOf(result.stderr) || `git push exited with code ${result.exitCode}`;
    if (isTransientGitFailure(result.stderr)) {
        return { kind: 'transient', message: lastLine };
    }
    return { kind: 'fatal', message: lastLine };
}
/** What the server said (`remote: …` lines), joined into one line. */
function remoteLines(stderr) {
    return stderr
        .split('\n')
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line.replace(/^remote:\s*/, '').trim())
        .filter(Boolean)
        .join(' ')
        .slice(0, 500);
}
function lastLineOf(text) {
    const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('hint:'));
    return lines.at(-1) ?? '';
}
/**
 * The one push of this package: every update in one `git push --porcelain`, all or nothing with
 * `atomic`, hooks of this clone skipped, and the outcome classified (see `classifyPush`). Callers
 * keep a push to a bounded number of refs, so its command line stays far below the OS limit.
 */
async function pushRefs(git, updates, options = {}) {
    const args = [
        'push',
        '--porcelain',
        ...(options.atomic ? ['--atomic'] : []),
        '--no-verify',
        ...updates.flatMap((update) => (update.lease ? [`--force-with-lease=${update.ref}:${update.lease}`] : [])),
        'origin',
        ...updates.map((update) => `${update.force ? '+' : ''}${update.from ?? ''}:${update.ref}`),
    ];
    return classifyPush(await git(args, { ignoreReturnCode: true }));
}

// EXTERNAL MODULE: ./packages/policy/src/index.ts + 6 modules
var policy_src = __webpack_require__(52923);
;// CONCATENATED MODULE: ./packages/gitops/src/deploy-order.ts
/**
 * The no-stale-overwrite rule. `history` is the (app, environment)'s deployments, newest first.
 * A candidate is refused when its source is older than the current deployment's; and when the
 * current deployment is a rollback, also when it is the rolled-back source or older than it, so a
 * late retry of the bad build cannot undo the rollback. A newer source proceeds. Sources without
 * a time cannot be ordered and are allowed. `allowDowngrade` (rollback itself) skips the rule.
 */
function checkDeployOrder(history, candidate) {
    if (candidate.allowDowngrade)
        return { allowed: true };
    const current = history[0];
    if (!current)
        return { allowed: true };
    const candidateTime = timeOf(candidate.sourceTime);
    const currentTime = timeOf(current.sourceTime);
    if (candidateTime !== undefined && currentTime !== undefined && candidateTime < currentTime) {
        return {
            allowed: false,
            reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is older than the deployed ${current.source ?? current.commitSha} (${current.sourceTime})`,
        };
    }
    if (current.kind === 'rollback' && current.rollbackOf) {
        const rolledBack = history.find((deployment) => sameCommit(deployment.commitSha, current.rollbackOf ?? ''));
        if (rolledBack) {
            if (candidate.source && rolledBack.source && sameSource(candidate.source, rolledBack.source)) {
                return {
                    allowed: false,
                    reason: `source ${candidate.source} was rolled back by ${current.commitSha.slice(0, 12)}`,
                };
            }
            const rolledBackTime = timeOf(rolledBack.sourceTime);
            if (candidateTime !== undefined && rolledBackTime !== undefined && candidateTime <= rolledBackTime) {
                return {
                    allowed: false,
                    reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is not newer than ${rolledBack.source ?? rolledBack.commitSha} (${rolledBack.sourceTime}), which was rolled back by ${current.commitSha.slice(0, 12)}`,
                };
            }
        }
    }
    return { allowed: true };
}
function timeOf(value) {
    if (!value)
        return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
}
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x.length >= 7 && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
}
/** `owner/repo@sha` equality that accepts an abbreviated sha on either side. */
function sameSource(a, b) {
    const [repoA = '', shaA = ''] = splitSource(a);
    const [repoB = '', shaB = ''] = splitSource(b);
    if (repoA.toLowerCase() !== repoB.toLowerCase())
        return false;
    return shaA && shaB ? sameCommit(shaA, shaB) || shaA === shaB : a === b;
}
function splitSource(source) {
    const at = source.lastIndexOf('@');
    return at < 0 ? [source, ''] : [source.slice(0, at), source.slice(at + 1)];
}

// EXTERNAL MODULE: ./packages/manifests/src/index.ts + 15 modules
var manifests_src = __webpack_require__(1759);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/gitops/src/kustomization.ts

/** The file `kubectl kustomize <path>`, Argo CD and Flux's kustomize-controller look for. */
const KUSTOMIZATION_FILE = 'kustomization.yaml';
const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);
/**
 * The kustomization.yaml for an environment path holding `files` (paths relative to it): every
 * YAML file as a resource, sorted, so `kubectl kustomize apps/web/staging` and a Flux
 * Kustomization render exactly the committed manifests. `undefined` when the files bring their own
 * kustomization (theirs is kept) or hold no YAML.
 */
function kustomizationFor(files) {
    if (files.some((file) => KUSTOMIZATION_NAMES.has(file.toLowerCase())))
        return undefined;
    const resources = files.filter((file) => /\.ya?ml$/i.test(file)).sort();
    if (resources.length === 0)
        return undefined;
    return (0,dist/* stringify */.As)({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources });
}
/**
 * Whether to write it: as the `kustomization` input says; when it is not given, for a new path,
 * and for a path that already has one (so prune does not delete it), but not for an existing path
 * without one, whose controller may be set up for plain YAML.
 */
function wantsKustomization(setting, target) {
    if (setting !== undefined)
        return setting;
    return !target.pathExists || target.hasKustomization;
}
/**
 * The files of an environment path as the approval saw them: without the kustomization.yaml that
 * gitops-commit generated for them. Only one that is byte for byte `kustomizationFor` the other
 * files is dropped: it says nothing but their names. Any other kustomization (edited, with
 * patches or extra resources) stays, so it counts in the config hash and cannot change what the
 * controller applies unapproved.
 */
function withoutGeneratedKustomization(files) {
    const generated = files.find((file) => file.name === KUSTOMIZATION_FILE);
    if (!generated)
        return [...files];
    const others = files.filter((file) => file !== generated);
    return generated.content === kustomizationFor(others.map((file) => file.name)) ? others : [...files];
}

;// CONCATENATED MODULE: ./packages/gitops/src/repository-identity.ts

/**
 * The GitOps repository as an approval request names it and a deploy is bound to: `owner/name`
 * (lower case) for a repository on the GitHub server the workflow runs on, else its resolved URL or
 * path without `.git`. approval-gate (`policy-repository`) and gitops-commit (`repository`) reach
 * the same identity from the same repository however each input spells it.
 */
function gitopsRepositoryIdentity(repository, options = {}) {
    const serverUrl = options.serverUrl || 'https://github.com';
    const url = resolveRepositoryUrl(repository, {
        serverUrl,
        workspace: options.workspace ?? process.cwd(),
        ...(options.inputName ? { inputName: options.inputName } : {}),
    }).replace(/(?:\.git)?\/*$/, '');
    if (/^https?:\/\//i.test(url)) {
        const parsed = new URL(url);
        const parts = parsed.pathname.split('/').filter(Boolean);
        if (parts.length === 2 && parsed.origin.toLowerCase() === new URL(serverUrl).origin.toLowerCase()) {
            return parts.join('/').toLowerCase();
        }
    }
    return url;
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy-policy.ts










/** The policy file on `tip`, with its blob id; `undefined` when the branch has none. */
async function readPolicyAt(git, tip) {
    const found = await git(['rev-parse', '--verify', '--quiet', `${tip}:${policy_src/* POLICY_PATH */.l$}`], { ignoreReturnCode: true });
    if (found.exitCode !== 0)
        return undefined;
    const blob = found.stdout.trim();
    const text = (await git(['cat-file', 'blob', blob])).stdout;
    return { policy: (0,policy_src/* parsePolicy */.ON)(text, `${policy_src/* POLICY_PATH */.l$} (blob ${blob.slice(0, 12)})`), blob, text };
}
/**
 * The policy on a GitOps repository's branch (default: its default branch), read without a
 * checkout: approval-gate's way to the rules gitops-commit will apply. `undefined` when the branch
 * or the file does not exist.
 */
async function readRepositoryPolicy(access) {
    return withScratchClone(access, { purpose: 'policy', bare: true }, async ({ git }) => {
        const branch = access.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
        if (!(await fetchBranch(git, branch, { filter: 'tree:0' })))
            return undefined;
        const found = await readPolicyAt(git, remoteTrackingRef(branch));
        return found ? { ...found, branch } : undefined;
    });
}
/**
 * The policy stage of a deploy: every rule of the GitOps policy on the target branch, applied to
 * the files about to be committed. Throws one ConfigurationError naming the rule that failed.
 */
async function enforceDeployPolicy(found, deploy, options, log) {
    const now = options.now ?? Date.now();
    const rules = requireEnvironmentOfPath(found.policy, deploy.path, options.environment);
    const approvalRules = (0,policy_src/* tightenApprovalRules */.i9)(rules, { requireApproval: options.requireApproval });
    // A kustomization.yaml gitops-commit generated (a rollback restores one) is not approved
    // content: it names the other files and nothing else.
    const content = await (0,manifests_src/* inspectCommittedFiles */.U2)(withoutGeneratedKustomization(await Promise.all(deploy.files.map(async (file) => ({
        name: file.relativePath,
        content: await (0,promises_.readFile)(file.absolutePath, 'utf8'),
    })))));
    if (options.configHash && options.configHash !== content.configHash) {
        throw new src/* ConfigurationError */.j1(`Input "config-hash" is ${options.configHash}, but the files in "source-dir" hash to ${content.configHash}; the hash is computed from what is committed.`);
    }
    const deployedDigests = digestsOf(content.images);
    const context = {
        options,
        content,
        now,
        log,
        target: { path: deploy.path, environment: rules?.name ?? options.environment },
    };
    let approvals = [];
    if (approvalRules) {
        const [problem] = content.problems;
        if (problem)
            throw new src/* ConfigurationError */.j1(`${problem} (environment "${options.environment}" requires approval).`);
        approvals = await checkApproval(approvalRules, context);
    }
    const scans = rules.scan ? await checkScan(rules, options, content.images, log) : [];
    const breakGlass = await checkFreeze(rules, context);
    if (rules.promoteFrom)
        await checkSoak(rules, deployedDigests, await deploy.history(rules.promoteFrom), now);
    const attestations = [
        ...scans,
        ...(rules.attestations ? await checkAttestations(rules, options, content.images) : []),
    ];
    return {
        attestations,
        policyBlob: found.blob,
        environment: rules,
        approvals,
        ...(breakGlass ? { breakGlass } : {}),
        configHash: content.configHash,
        landsAlone: approvalRules !== undefined || breakGlass !== undefined,
    };
}
/**
 * The environment whose paths hold `path`: with a policy, a deploy writes nowhere else (a path no
 * environment names would deploy without any of its rules; one above an environment's paths would
 * rewrite what lies beside them).
 */
function requireEnvironmentOfPath(policy, path, environment) {
    const rules = (0,policy_src/* resolveDeployEnvironment */.zJ)(policy, path, environment);
    if (!rules?.paths.some((glob) => (0,policy_src/* pathWithinGlob */.L6)(path, glob))) {
        throw new src/* ConfigurationError */.j1(`Input "path" is "${path}", which is not inside any environment's paths in ${policy.source}; with a policy, a deploy writes only where an environment's paths say.`);
    }
    return rules;
}
function digestsOf(images) {
    return [...new Set(images.map((image) => /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1] ?? image))].sort();
}
async function checkApproval(rules, context) {
    const { options, content } = context;
    const record = options.approvalRecord;
    if (!record) {
        throw new src/* ConfigurationError */.j1(`Input "approval-record" is required: the policy requires approval for environment "${options.environment}".`);
    }
    (0,approvals_src/* verifyApprovalBinding */.I9)(record, {
        app: options.app,
        environment: options.environment,
        imageRefs: content.images,
        configHash: content.configHash,
    });
    return readEvidence(record, rules, context);
}
async function readEvidence(record, rules, { options, content, now, log, target }) {
    if (!record.evidence)
        throw new src/* ConfigurationError */.j1('Input "approval-record" points at no GitHub evidence.');
    const access = options.evidence;
    if (!access?.token) {
        throw new src/* ConfigurationError */.j1('Input "github-token" is required to re-read the approval evidence at commit time.');
    }
    const client = new src/* GitHubClient */.jh({
        token: access.token,
        baseUrl: access.apiUrl,
        log,
        ...(access.fetch ? { fetch: access.fetch } : {}),
    });
    const verified = await (0,approvals_src/* verifyApprovalEvidence */.S7)({
        evidence: record.evidence,
        rules,
        binding: {
            repository: options.repository
                ? gitopsRepositoryIdentity(options.repository, {
                    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
                    ...(options.workspace ? { workspace: options.workspace } : {}),
                })
                : '',
            app: options.app,
            environment: target.environment,
            path: target.path,
            imageRefs: content.images,
            configHash: content.configHash,
            ...(sourceCommit(options.source) ? { source: sourceCommit(options.source) } : {}),
        },
        excluded: [...access.excluded, record.requester],
        ...(access.runId !== undefined ? { currentRunId: access.runId } : {}),
        now,
        ...(access.serverUrl ? { serverUrl: access.serverUrl } : {}),
    }, { client, log });
    return verified.approvals;
}
/** `owner/repo@sha` as its parts; `undefined` for anything else. */
function sourceCommit(source) {
    const match = /^([^/@\s]+\/[^/@\s]+)@([0-9A-Fa-f]{7,64})$/.exec(source?.trim() ?? '');
    return match ? { repository: match[1], sha: match[2] } : undefined;
}
/**
 * `require: pass`: claims are re-derived. The scan record file and the `scan` input are text any
 * step of the job can write, so they are informational only; what counts is a signed scan
 * attestation of every deployed digest (cosign's vuln predicate, verdict pass, within the scan
 * max-age by its signed time), verified against the workflow's trust and the policy's attestation
 * identity. When the policy's `attestations` rule requires `scan` too, `checkAttestations` verifies it.
 */
async function checkScan(rules, options, images, log) {
    const where = `the policy requires a signed scan pass for environment "${rules.name}"`;
    const claimed = options.scanRecord ? options.scanRecord.verdict : options.scan?.split(';')[0]?.trim();
    if (claimed && claimed !== 'pass') {
        log.warning(`The workflow's own scan verdict is ${claimed}; ${where}, which decides.`);
    }
    if (rules.attestations?.require.includes('scan'))
        return [];
    if (!options.verifyAttestations) {
        throw new src/* ConfigurationError */.j1(`Input "trusted-root" or "verify-key" is required: ${where}.`);
    }
    const verified = [];
    for (const image of [...new Set(images)].sort()) {
        const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
        if (!digest)
            throw new src/* ConfigurationError */.j1(`${image} is not pinned by digest, but ${where}.`);
        // The policy's signer (repository, workflow, ref, identity) decides who may sign the scan too.
        const result = await options.verifyAttestations(image, {
            ...rules.attestations,
            require: ['scan'],
            ...(rules.scan?.maxAgeMs !== undefined ? { scanMaxAgeMs: rules.scan.maxAgeMs } : {}),
        });
        verified.push(`${digest} ${result.trailer}`);
    }
    return verified;
}
/** `attestations`: each image the manifests run has them, signed by the identity the policy names. */
async function checkAttestations(rules, options, images) {
    const required = rules.attestations;
    const where = `environment "${rules.name}" requires ${required.require.join(' and ')} attestations`;
    if (!options.verifyAttestations) {
        throw new src/* ConfigurationError */.j1(`Input "trusted-root" or "verify-key" is required: ${where}.`);
    }
    const verified = [];
    for (const image of [...new Set(images)].sort()) {
        const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
        if (!digest)
            throw new src/* ConfigurationError */.j1(`${image} is not pinned by digest, but ${where}.`);
        const result = await options.verifyAttestations(image, {
            ...required,
            ...(rules.scan?.maxAgeMs !== undefined ? { scanMaxAgeMs: rules.scan.maxAgeMs } : {}),
        });
        verified.push(`${digest} ${result.trailer}`);
    }
    return verified;
}
/** A freeze window in force refuses the deploy unless a break-glass approver approved it with a reason. */
async function checkFreeze(rules, context) {
    const { options, now, log } = context;
    const freeze = (0,policy_src/* activeFreeze */.WO)(rules, new Date(now));
    if (!freeze)
        return undefined;
    const window = `${freeze.window.reason ?? 'a freeze'} (${freeze.start.toISOString()} to ${freeze.end.toISOString()})`;
    if (!options.breakGlassReason || !options.approvalRecord || rules.breakGlass.length === 0) {
        throw new src/* ConfigurationError */.j1(`Environment "${rules.name}" is frozen for ${window}; deploying needs a break-glass reason and an approval by a break-glass approver.`);
    }
    const breakers = await readEvidence(options.approvalRecord, { min: 1, approvers: rules.breakGlass, imageApprovers: [], configApprovers: [], allowSelfApproval: false }, context);
    const who = breakers.map((approval) => approval.login).join(', ');
    log.warning(`Breaking the glass of ${window} for environment "${rules.name}": ${who}; ${options.breakGlassReason}`);
    return `${who}; ${options.breakGlassReason}`;
}
/** `promote-from` + `soak`: every digest first ran in the source environment at least `soak` ago. */
async function checkSoak(rules, digests, history, now) {
    const soak = rules.soakMs ?? 0;
    for (const digest of digests) {
        const runs = history.filter((deployment) => deployment.imageRefs.some((ref) => ref.endsWith(`@${digest}`)));
        const first = runs.at(-1);
        if (!first) {
            throw new src/* ConfigurationError */.j1(`${digest} has never been deployed to "${rules.promoteFrom}", and environment "${rules.name}" only takes images promoted from there.`);
        }
        const since = now - Date.parse(first.committedAt);
        if (since < soak) {
            throw new src/* ConfigurationError */.j1(`${digest} has run in "${rules.promoteFrom}" for ${Math.floor(since / 60_000)} min, less than the soak time environment "${rules.name}" requires.`);
        }
    }
}
/**
 * The evidence access of a deploy step from its GitHub context: the workflow token, the current
 * run, and who may never approve it (the actor, the triggering actor, the pusher and head
 * commit's author from the event payload).
 */
function evidenceAccessFromContext(token, context) {
    if (!token)
        return undefined;
    const payload = context.payload;
    const runId = Number(context.runId);
    return {
        token,
        apiUrl: context.apiUrl,
        serverUrl: context.serverUrl,
        ...(Number.isInteger(runId) && runId > 0 ? { runId } : {}),
        excluded: [
            context.actor,
            context.triggeringActor,
            payload.head_commit?.author?.username,
            payload.pusher?.name,
            payload.pull_request?.user?.login,
        ],
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/dora.ts
const DAY_MS = 24 * 60 * 60 * 1000;
/** The metrics over `deployments` (one environment's history, in any order). */
function computeDoraMetrics(deployments, window) {
    const since = window.since.getTime();
    const until = window.until.getTime();
    if (!(until > since))
        throw new RangeError('The metrics window must end after it starts.');
    const inWindow = (time) => time >= since && time < until;
    const timeOf = (deployment) => Date.parse(deployment.committedAt);
    const deploys = deployments.filter((d) => d.kind === 'deploy' && inWindow(timeOf(d)));
    const rollbacksKnown = deployments.filter((d) => d.kind === 'rollback' && timeOf(d) < until);
    const rollbacks = rollbacksKnown.filter((d) => inWindow(timeOf(d)));
    const leadTimes = deploys.flatMap((deploy) => {
        const sourceTime = deploy.sourceTime ? Date.parse(deploy.sourceTime) : Number.NaN;
        return Number.isNaN(sourceTime) ? [] : [Math.max(0, timeOf(deploy) - sourceTime)];
    });
    const rolledBack = new Set(rollbacksKnown.flatMap((r) => (r.rollbackOf ? [r.rollbackOf] : [])));
    const failedDeploys = deploys.filter((deploy) => isNamedIn(rolledBack, deploy.commitSha)).length;
    const restoreTimes = rollbacks.flatMap((rollback) => {
        const failed = rollback.rollbackOf ? findByCommit(deployments, rollback.rollbackOf) : undefined;
        return failed ? [Math.max(0, timeOf(rollback) - timeOf(failed))] : [];
    });
    const hotfixes = deploys.filter((deploy) => deploy.hotfix).length;
    const days = (until - since) / DAY_MS;
    return {
        deploys: deploys.length,
        rollbacks: rollbacks.length,
        deploysPerDay: deploys.length / days,
        deploysPerWeek: (deploys.length / days) * 7,
        leadTime: {
            samples: leadTimes.length,
            medianMs: percentile(leadTimes, 50),
            p90Ms: percentile(leadTimes, 90),
        },
        failedDeploys,
        changeFailureRate: deploys.length === 0 ? null : failedDeploys / deploys.length,
        timeToRestore: { samples: restoreTimes.length, medianMs: percentile(restoreTimes, 50) },
        hotfixes,
        reworkRate: deploys.length + rollbacks.length === 0
            ? null
            : (rollbacks.length + hotfixes) / (deploys.length + rollbacks.length),
    };
}
/**
 * The p-th percentile (0–100) with linear interpolation between closest ranks, or `null` for no
 * values: rank = p/100 · (n − 1) over the sorted values.
 */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    const low = sorted[lower];
    return low + (sorted[upper] - low) * (rank - lower);
}
/** Trailers may hold an abbreviated sha; a full sha matches any unambiguous prefix of it. */
function dora_sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x.length < 7 || y.length < 7)
        return x === y;
    return x.startsWith(y) || y.startsWith(x);
}
function isNamedIn(shas, commitSha) {
    for (const sha of shas)
        if (dora_sameCommit(sha, commitSha))
            return true;
    return false;
}
function findByCommit(deployments, sha) {
    return deployments.find((d) => dora_sameCommit(d.commitSha, sha));
}

;// CONCATENATED MODULE: ./packages/gitops/src/rules.ts





/**
 * The rules a deploy must pass on the tip it lands on, in one function (`checkDeployRules`) that
 * the writer applies when it lands alone and the queue's leader applies to every request it lands:
 * the expected current deployment (rollback), the no-stale-overwrite rule, and that a path does
 * not hold other deployments. Checks that need more (policy, approvals) go here too; they get the
 * same context, with the files at the tip they declare in `RULE_FILES`.
 */
/** Files at the tip the rules read; the writer and the leader load them once per tip (absent → missing). */
const RULE_FILES = [policy_src/* POLICY_PATH */.l$];
/**
 * Whether a rule reads `DeployRuleContext.files` of queued deploys: the leader then reads every
 * queued tree's files (a process per request) before it plans the landing. No rule here does yet;
 * a rule that does sets this. (The writer landing alone always has them: they are its source files.)
 */
const RULES_READ_QUEUED_FILES = false;
/** Every rule, in order; the first that does not allow decides. */
function checkDeployRules(context) {
    const { deploy } = context;
    const history = context.history.filter((deployment) => deployment.app === deploy.app && deployment.environment === deploy.environment);
    const expected = deploy.expectCurrentCommit;
    const current = history[0]?.commitSha;
    if (expected !== undefined && !(current && dora_sameCommit(current, expected))) {
        return {
            verdict: 'fail',
            error: new src/* ShipgateError */.Yu(`The current deployment of ${deploy.app} in ${deploy.environment} is now ${current?.slice(0, 12) ?? 'none'}, not ${expected.slice(0, 12)} as planned, because another deploy landed in between; nothing was pushed, so check the new deployment and run again.`),
        };
    }
    const order = checkDeployOrder(history, {
        source: deploy.source,
        sourceTime: deploy.sourceTime,
        allowDowngrade: deploy.allowDowngrade,
    });
    if (!order.allowed)
        return { verdict: 'refuse', reason: order.reason };
    const policy = checkPolicyAtTip(context);
    if (policy)
        return policy;
    const held = otherDeploymentBelow(deploy, context.history);
    if (held) {
        return {
            verdict: 'fail',
            error: new src/* ConfigurationError */.j1(`Input "path" is "${deploy.path}", which holds ${held}; a deploy replaces its whole path, so name the path of ${deploy.app} in ${deploy.environment} alone.`),
        };
    }
    return { verdict: 'allow' };
}
/**
 * The GitOps policy at the tip the deploy lands on. Its writer applied the policy before landing
 * (with the evidence it alone can read); here, on every tip, the policy must be the one it
 * applied, and a request a leader replays must be one the policy lets anyone land: its path's
 * environment neither needs approval evidence nor is frozen.
 */
function checkPolicyAtTip(context) {
    const { deploy } = context;
    const text = context.tipFiles.get(policy_src/* POLICY_PATH */.l$);
    const fail = (message) => ({ verdict: 'fail', error: new src/* ConfigurationError */.j1(message) });
    if (context.landing === 'alone') {
        if (text === undefined && !deploy.checkedPolicy)
            return undefined;
        if (text !== deploy.checkedPolicy?.text) {
            return fail(`${policy_src/* POLICY_PATH */.l$} on the tip changed while this deploy was being landed (it was checked against ${deploy.checkedPolicy ? `blob ${deploy.checkedPolicy.blob.slice(0, 12)}` : 'no policy'}); nothing was pushed, so run it again.`);
        }
        return undefined;
    }
    if (text === undefined)
        return undefined;
    try {
        const rules = requireEnvironmentOfPath((0,policy_src/* parsePolicy */.ON)(text), deploy.path, deploy.environment);
        if ((0,policy_src/* requiresApproval */._9)(rules) || (0,policy_src/* activeFreeze */.WO)(rules, new Date(deploy.now ?? Date.now()))) {
            return fail(`A queued deploy to ${deploy.path} needs its own writer: environment "${rules.name}" requires approval evidence or is frozen.`);
        }
    }
    catch (error) {
        if (error instanceof src/* ConfigurationError */.j1)
            return { verdict: 'fail', error };
        throw error;
    }
    return undefined;
}
/**
 * Another app's or environment's deploy path below `deploy.path`: where the trail wrote it (a
 * request's path, as the leader knows it), else its default `apps/<app>/<environment>`.
 */
function otherDeploymentBelow(deploy, history) {
    const prefix = `${deploy.path}/`;
    for (const deployment of history) {
        if (deployment.app === deploy.app && deployment.environment === deploy.environment)
            continue;
        const path = deployment.path || `apps/${deployment.app}/${deployment.environment}`;
        if (path === deploy.path || path.startsWith(prefix)) {
            return `${path} (${deployment.app} in ${deployment.environment}, ${deployment.commitSha.slice(0, 12)})`;
        }
    }
    return undefined;
}
/**
 * Whether a deploy may wait in the landing queue to be replayed by another writer, and why not.
 * A replay sets the path to exactly the queued tree on whatever tip it lands, so only a deploy that
 * replaces its path entirely and asks nothing of the tip but the rules above can queue.
 */
function mayQueue(deploy) {
    if (deploy.mode !== 'push')
        return { queue: false, reason: 'a pull-request deploy has a branch of its own' };
    if (!deploy.prune)
        return { queue: false, reason: 'prune: false merges into what the path holds on the tip' };
    if (deploy.allowDowngrade)
        return { queue: false, reason: 'allow-downgrade is decided by its own writer' };
    if (deploy.expectCurrentCommit)
        return { queue: false, reason: 'a rollback expects one current deployment' };
    return { queue: true };
}
/**
 * The no-stale-overwrite and expected-current checks alone, as the writer used to call them:
 * the reason a deploy is refused; throws when the deployment planned against is no longer current.
 */
function checkHistory(history, options) {
    const decision = checkDeployRules({
        deploy: { imageRefs: [], approvedBy: [], path: '', ...options },
        tip: undefined,
        history,
        tipFiles: new Map(),
        landing: 'alone',
    });
    if (decision.verdict === 'fail')
        throw decision.error;
    return decision.verdict === 'refuse' ? decision.reason : undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/write-tree.ts



/**
 * The repository path an input names, normalised (`apps/web/prod`), or a ConfigurationError when
 * it could leave the repository or touch git's own data: absolute, `..`, `.git`, empty.
 */
function confineRepositoryPath(path, inputName = 'path') {
    const raw = path.trim().replace(/\\/g, '/');
    if (!raw)
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not be empty.`);
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || (0,external_node_path_.isAbsolute)(raw)) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be relative to the repository root, got "${path}".`);
    }
    const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not contain "..", got "${path}".`);
    if (parts.some((part) => part.toLowerCase() === '.git')) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not point into .git, got "${path}".`);
    }
    if (parts.length === 0)
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must name a directory below the root.`);
    if (parts.some((part) => /[\u0000-\u001f]/.test(part))) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not contain control characters.`);
    }
    return parts.join('/');
}
/** Top-level directories no deploy writes: the policy that judges deploys, and the workflows. */
const CONTROL_DIRECTORIES = ['.shipgate', '.github'];
/**
 * The path a deploy writes (gitops-commit, rollback), normalised as `confineRepositoryPath` does,
 * or a ConfigurationError when it is in `.shipgate/` or `.github/`: a writer that could rewrite the
 * policy or a workflow would choose its own rules. Compared case-insensitively, as a checkout on a
 * case-insensitive file system would.
 */
function confineDeployPath(path, inputName = 'path') {
    const confined = confineRepositoryPath(path, inputName);
    const top = confined.split('/')[0]?.toLowerCase() ?? '';
    if (CONTROL_DIRECTORIES.includes(top)) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" is "${path}", which is in ${top}/; a deploy writes only environment paths, never .shipgate/ or .github/.`);
    }
    return confined;
}
/**
 * Every file below `sourceDir`, sorted. Symlinks are followed only when they stay inside
 * `sourceDir` (their content is written as a regular file); one that leaves it is a
 * ConfigurationError, raised before anything is written.
 */
async function listSourceFiles(sourceDir, inputName = 'source-dir') {
    let root;
    try {
        root = await (0,promises_.realpath)(sourceDir);
        if (!(await (0,promises_.lstat)(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" names ${sourceDir}, which is not a directory.`);
    }
    const files = [];
    // `dir` is where entries are read; `prefix` is the name they are written under (a symlinked
    // directory keeps the link's name). `ancestors` stops symlink loops.
    const walk = async (dir, prefix, ancestors) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.name === '.git') {
                throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}; a .git entry cannot be deployed.`);
            }
            let target = path;
            if (entry.isSymbolicLink()) {
                let resolved;
                try {
                    resolved = await (0,promises_.realpath)(path);
                }
                catch {
                    throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink to ${await (0,promises_.readlink)(path)} that does not exist.`);
                }
                if (!isInside(root, resolved)) {
                    throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink that leaves the directory (to ${resolved}).`);
                }
                target = resolved;
            }
            const stat = await (0,promises_.lstat)(target);
            if (stat.isDirectory()) {
                if (ancestors.has(target)) {
                    throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink loop.`);
                }
                await walk(target, relativePath, new Set([...ancestors, target]));
                continue;
            }
            if (!stat.isFile()) {
                throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, which is not a regular file.`);
            }
            files.push({ relativePath, absolutePath: target });
        }
    };
    await walk(root, '', new Set([root]));
    return files;
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Makes `repoDir/path` hold exactly the source files (with `prune`), or adds and overwrites them
 * (without). Only ever writes below `repoDir/path`.
 */
async function writeTargetDirectory(repoDir, path, files, prune) {
    const target = (0,external_node_path_.resolve)(repoDir, path);
    if (!isInside(repoDir, target) || target === (0,external_node_path_.resolve)(repoDir)) {
        throw new src/* ConfigurationError */.j1(`Input "path" must name a directory inside the repository.`);
    }
    if (prune)
        await (0,promises_.rm)(target, { recursive: true, force: true });
    for (const file of files) {
        const destination = (0,external_node_path_.resolve)(target, file.relativePath);
        if (!isInside(target, destination)) {
            throw new src/* ConfigurationError */.j1(`Source file ${file.relativePath} would be written outside "path".`);
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        await (0,promises_.rm)(destination, { force: true, recursive: true });
        await (0,promises_.copyFile)(file.absolutePath, destination);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/landing-queue.ts










/**
 * The landing queue: how a crowd of writers on one branch land in a few pushes instead of one
 * after another.
 *
 * A writer that loses the race for the branch does not start over alone. It posts its deploy as a
 * request under `refs/shipgate/queue/<id>`: a signed tag saying which branch and path it is for,
 * on a commit that holds the deploy's message and nothing but the path's tree. The writer of the
 * oldest request then lands the whole queue: on the current tip it replays each request as a
 * commit of its own (the deploy's author, message and trailers; the path's tree becomes exactly
 * the queued one), checks each against the no-stale-overwrite rule as its writer would, and pushes
 * the new tip atomically with the deletion of every request it settled. The other writers only
 * look, and find their request gone and their commit on the branch. History stays linear and
 * every deploy keeps its own commit.
 */
const LANDING_QUEUE_PREFIX = 'refs/shipgate/queue/';
const LOCAL_QUEUE_PREFIX = 'refs/remotes/shipgate-queue/';
/**
 * How long a request may be landed by others. Its writer takes it back after half of this at the
 * latest, so a request still there afterwards belongs to a writer that died: it is deleted
 * unlanded, and a cancelled run's deploy cannot land long after the fact.
 */
const LANDING_REQUEST_TTL_MS = 5 * 60_000;
/**
 * Backoff between landing rounds once a deploy is queued. Any writer's winning push lands every
 * queued deploy, so losing one is cheap and the next look should come soon; the jitter still keeps
 * a crowd of queued writers from fetching at the same instant.
 */
const LANDING_RETRY = {
    baseDelayMs: 50,
    maxDelayMs: 2_000,
    factor: 2,
};
/**
 * Between looks at the queue. The leader looks again soon while it lets a growing queue settle.
 * The others wait longer the longer the queue: each look is a fetch, and on a machine they share,
 * a crowd looking often takes the CPU the leader's landing needs; a short queue lands quickly, so
 * its writers look often. Equal jitter keeps any look from coming back almost at once.
 */
const LANDING_LOOK = {
    leaderMs: 300,
    perRequestMs: 80,
    minMs: 300,
    maxMs: 2_500,
};
/** The wait before the next look at the queue, for the leader or for a writer waiting on it. */
function landingLookDelay(wait, random = Math.random) {
    const ceiling = wait.leading
        ? LANDING_LOOK.leaderMs
        : Math.min(LANDING_LOOK.maxMs, Math.max(LANDING_LOOK.minMs, LANDING_LOOK.perRequestMs * wait.pending));
    return (0,src/* backoffDelay */.EY)(1, { baseDelayMs: ceiling, maxDelayMs: ceiling, jitter: 'equal' }, random);
}
/**
 * How long a leader lets a growing queue settle before it lands it anyway (counted from its own
 * request): a crowd that lost the same race queues within about this time.
 */
const LANDING_SETTLE_MS = 3_000;
/**
 * How long a queued writer leaves the landing to the same leader before it lands the queue itself
 * (the leader's runner may have died): longer than a leader may wait for the queue to settle plus
 * a few of its rounds on a busy machine.
 */
const LANDING_LEADER_GRACE_MS = 8_000;
const REQUEST_SUBJECT = 'Shipgate landing request';
/** How far a request's times may lie ahead of a reader's clock before it is junk (clocks differ a little). */
const LANDING_CLOCK_SKEW_MS = 60_000;
/** Requests one landing push takes at most (oldest first): the rest wait for the next push. */
const MAX_LANDING_REQUESTS = 32;
/** Junk requests one writer deletes per round at most, in one push. */
const JUNK_BATCH = 100;
function formatLandingRequest(request) {
    const time = (ms) => new Date(ms).toISOString();
    const nonce = request.nonce ? `nonce: ${request.nonce}\n` : '';
    const signature = request.signature ? `signature: ${request.signature}\n` : '';
    return `${REQUEST_SUBJECT}\n\nbranch: ${request.branch}\npath: ${request.path}\nqueued: ${time(request.queuedAt)}\nexpires: ${time(request.expiresAt)}\n${nonce}${signature}`;
}
function parseLandingRequest(message) {
    if (!message.startsWith(REQUEST_SUBJECT))
        return undefined;
    const field = (name) => message.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1]?.trim();
    const branch = field('branch');
    const path = field('path');
    const queuedAt = Date.parse(field('queued') ?? '');
    const expiresAt = Date.parse(field('expires') ?? '');
    const nonce = field('nonce');
    const signature = field('signature');
    if (!branch || !path || Number.isNaN(queuedAt) || Number.isNaN(expiresAt))
        return undefined;
    return { branch, path, queuedAt, expiresAt, ...(nonce ? { nonce } : {}), ...(signature ? { signature } : {}) };
}
/**
 * The HMAC-SHA256 that lets a writer trust another's request: over everything the request asks
 * (its ref name and nonce included, so a copy under another name does not verify) and the commit it
 * carries (whose id binds the path's tree, the message and the author). Anyone
 * who can push `refs/shipgate/queue/*` can queue a request, but only one signed with the key the
 * writers share is landed by another writer; otherwise write access to the repository would be
 * enough to get a deploy onto a branch only the pipelines' token may push to, with no approval.
 */
function landingSignature(key, request, commit) {
    const signed = [
        'shipgate landing request v2',
        request.ref ?? '',
        request.nonce ?? '',
        request.branch,
        request.path,
        String(request.queuedAt),
        String(request.expiresAt),
        commit,
    ].join('\n');
    return (0,external_node_crypto_.createHmac)('sha256', key).update(signed).digest('hex');
}
/**
 * Whether a writer holding `key` may land `entry`: signed with that key; with no key (no token:
 * a local repository), unsigned only.
 */
function isTrustedRequest(entry, key) {
    if (!key)
        return entry.signature === undefined;
    if (!entry.signature || !/^[0-9a-f]{64}$/.test(entry.signature))
        return false;
    // The nonce in the tag must be the one the deploy commit carries, or a copy could dodge the trail.
    if (entry.nonce !== entry.trail?.request)
        return false;
    const expected = Buffer.from(landingSignature(key, entry, entry.commit), 'hex');
    return (0,external_node_crypto_.timingSafeEqual)(expected, Buffer.from(entry.signature, 'hex'));
}
const landing_queue_FIELD = '\u0000';
/** for-each-ref ends each record with a newline; a NUL before it cannot occur inside a message. */
const RECORD_END = '\u0000\n';
const QUEUE_LISTING_FORMAT = [
    '%(refname)',
    '%(objectname)',
    '%(*objectname)',
    '%(contents)',
    '%(*author)',
    '%(*committername) %(*committeremail)',
    '%(*trailers:only=true,unfold=true,separator=%x1e)',
    '%(*contents)',
].join('%00');
function isConfinedPath(path) {
    try {
        return confineRepositoryPath(path) === path;
    }
    catch {
        return false;
    }
}
/** `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output → requests; anything malformed is left out. */
function parseQueueListing(stdout) {
    const queued = [];
    for (const record of stdout.split(RECORD_END)) {
        const [localRef = '', tag = '', commit = '', tagMessage = '', author, committer, trailers, message] = record
            .replace(/^\n+/, '')
            .split(landing_queue_FIELD);
        if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || message === undefined)
            continue;
        const request = parseLandingRequest(tagMessage);
        if (!request || !/^[0-9a-f]{40,64}$/.test(tag) || !/^[0-9a-f]{40,64}$/.test(commit))
            continue;
        // Only a path a writer could have asked for: a request is data from the server.
        if (!isConfinedPath(request.path))
            continue;
        const id = localRef.slice(LOCAL_QUEUE_PREFIX.length);
        queued.push({
            ...request,
            id,
            ref: `${LANDING_QUEUE_PREFIX}${id}`,
            tag,
            commit,
            message,
            author: author ?? '',
            committer: committer ?? '',
            trail: trailFromTrailers(parseTrailerLines((trailers ?? '').split('\u001e').map((line) => line.trim()))),
        });
    }
    return queued;
}
/**
 * Every ref of a queue listing that is junk at `now`: not a request (malformed, a path no writer
 * could ask for, not a tag on a commit), or one whose times lie further ahead than a writer sets
 * them (an expiry in the year 9999 would keep it, and make every writer download it, forever).
 */
function queueJunk(stdout, now) {
    const valid = new Map(parseQueueListing(stdout).map((entry) => [entry.ref, entry]));
    const junk = [];
    for (const record of stdout.split(RECORD_END)) {
        const [localRef = '', object = ''] = record.replace(/^\n+/, '').split(landing_queue_FIELD);
        if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || !/^[0-9a-f]{40,64}$/.test(object))
            continue;
        const ref = `${LANDING_QUEUE_PREFIX}${localRef.slice(LOCAL_QUEUE_PREFIX.length)}`;
        const entry = valid.get(ref);
        const tooLong = entry !== undefined &&
            (entry.expiresAt > now + LANDING_REQUEST_TTL_MS + LANDING_CLOCK_SKEW_MS ||
                entry.queuedAt > now + LANDING_CLOCK_SKEW_MS);
        if (!entry || tooLong)
            junk.push({ ref, object });
    }
    return junk;
}
/**
 * Publishes a deploy as a landing request for `path` on `branch`: a tag saying which branch and
 * path (signed with `key`), on a commit with the deploy's message that holds nothing but the
 * path's tree. Nothing in it refers to the branch's history: a commit on the tip we lost with
 * would make git send all the history it cannot prove the server has (the winner's tip is unknown
 * here), fetching it lazily only to send it back. The ref is new and ours alone, so this push
 * cannot lose a race; a failure is returned for the caller to carry on without the queue.
 *
 * @param pathTree the deploy's tree at `path`; `undefined` when the deploy empties the path
 * @param identity `Name <email>` of the author, committer and tagger
 */
async function announceDeploy(git, options) {
    const id = (0,external_node_crypto_.randomBytes)(10).toString('hex');
    const nonce = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const ref = `${LANDING_QUEUE_PREFIX}${id}`;
    const ident = `${options.identity} ${Math.floor(options.now / 1000)} +0000`;
    // The nonce goes into the deploy's own trail, so the branch shows once the request is spent.
    const message = `${options.message.replace(/\s+$/, '')}\nShipgate-Request: ${nonce}\n`;
    const [commit = ''] = await writePathCommits(git, 'refs/shipgate/request', [
        {
            author: ident,
            committer: ident,
            message,
            path: options.path,
            object: options.pathTree ? `tree ${options.pathTree}` : undefined,
        },
    ]);
    const request = {
        branch: options.branch,
        path: options.path,
        queuedAt: options.now,
        expiresAt: options.now + LANDING_REQUEST_TTL_MS,
        nonce,
    };
    if (options.key)
        request.signature = landingSignature(options.key, { ...request, ref }, commit);
    const tagObject = [
        `object ${commit}`,
        'type commit',
        `tag shipgate-queue-${id}`,
        `tagger ${ident}`,
        '',
        formatLandingRequest(request),
    ].join('\n');
    const tag = (await git(['mktag'], { input: tagObject })).stdout.trim();
    const pushed = await pushRefs(git, [{ ref, from: tag }]);
    if (pushed.kind === 'pushed')
        return { queued: { id, ref, tag, queuedAt: options.now, message } };
    // A push whose reply was lost may have queued it all the same: take it back (leased) before going on alone.
    if (pushed.kind === 'transient')
        await withdrawRequest(git, { ref, tag }).catch(() => undefined);
    return { failed: pushed };
}
/**
 * Fetches the branch and the whole queue. Blobs come along (up to a size): a landing push sends
 * the queued trees, and pack-objects would otherwise fetch their blobs lazily, one more round trip.
 * `--prune` drops requests that were settled since the last look.
 */
async function fetchLandingState(git, branch, now = Date.now()) {
    const tracking = remoteTrackingRef(branch);
    await fetchBranch(git, branch, {
        filter: 'blob:limit=1m',
        prune: true,
        extra: [`+${LANDING_QUEUE_PREFIX}*:${LOCAL_QUEUE_PREFIX}*`],
    });
    const listing = await git(['for-each-ref', `--format=${QUEUE_LISTING_FORMAT}%00`, LOCAL_QUEUE_PREFIX, tracking]);
    const tipLine = listing.stdout.split('\n').find((line) => line.startsWith(`${tracking}\u0000`));
    const junk = queueJunk(listing.stdout, now);
    const junkRefs = new Set(junk.map((entry) => entry.ref));
    return {
        tip: tipLine?.split(landing_queue_FIELD)[1] || undefined,
        queue: parseQueueListing(listing.stdout).filter((entry) => !junkRefs.has(entry.ref)),
        junk,
    };
}
/**
 * Deletes up to `JUNK_BATCH` junk refs in one push, each leased on what we saw (so nothing a writer
 * re-used is touched), and not atomically: one another writer deleted first costs nothing. Best
 * effort: what is left goes with a later round, so a flood of junk costs each writer one bounded
 * push per round and never fails a deploy.
 */
async function deleteJunk(git, junk) {
    const batch = junk.slice(0, JUNK_BATCH);
    if (batch.length === 0)
        return;
    await pushRefs(git, batch.map((entry) => ({ ref: entry.ref, lease: entry.object }))).catch(() => undefined);
}
/**
 * Decides, without touching git, what landing the queue on the current tip does with each
 * request of `branch`: in source order (oldest source first, so a newer source lands last and
 * stays), each checked against the history as it will be once the requests before it have landed.
 *
 * @param history every deployment reachable from the tip, newest first
 * @param pathObjects the object at each request's path: in its own commit (`<commit>:<path>`) and
 *   on the tip (`tip:<path>`); absent when there is none
 */
function planLanding(queue, options) {
    const requests = queue
        .filter((entry) => entry.branch === options.branch && entry.trail !== undefined)
        .sort((a, b) => landing_queue_timeOf(a.trail?.sourceTime) - landing_queue_timeOf(b.trail?.sourceTime) ||
        a.queuedAt - b.queuedAt ||
        a.id.localeCompare(b.id));
    const spent = new Set(options.history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
    let landed = [];
    const pathNow = new Map();
    const actions = [];
    for (const entry of requests) {
        const trail = entry.trail;
        if (entry.expiresAt <= options.now) {
            actions.push({ entry, action: 'expired' });
            continue;
        }
        const nonce = entry.nonce ?? trail.request;
        if (nonce && spent.has(nonce)) {
            actions.push({ entry, action: 'replayed' });
            continue;
        }
        const decision = checkDeployRules({
            deploy: { ...trail, path: entry.path },
            tip: undefined,
            history: [...landed, ...options.history],
            tipFiles: options.tipFiles ?? new Map(),
            ...(options.files?.has(entry.id) ? { files: options.files.get(entry.id) } : {}),
            landing: 'queue',
        });
        if (decision.verdict !== 'allow') {
            const reason = decision.verdict === 'refuse' ? decision.reason : decision.error.message;
            actions.push({ entry, action: 'refused', reason });
            continue;
        }
        const current = pathNow.has(entry.path) ? pathNow.get(entry.path) : options.pathObjects.get(`tip:${entry.path}`);
        const wanted = options.pathObjects.get(`${entry.commit}:${entry.path}`);
        if (wanted === current) {
            actions.push({ entry, action: 'unchanged' });
            continue;
        }
        pathNow.set(entry.path, wanted);
        if (nonce)
            spent.add(nonce);
        landed = [
            {
                ...trail,
                commitSha: entry.commit,
                committedAt: new Date(options.now).toISOString(),
                kind: trail.rollbackOf ? 'rollback' : 'deploy',
                path: entry.path,
                subject: entry.message.split('\n', 1)[0] ?? '',
            },
            ...landed,
        ];
        actions.push({ entry, action: 'apply' });
    }
    return actions;
}
function landing_queue_timeOf(value) {
    const time = value ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? 0 : time;
}
/**
 * The objects at each request's path, in its commit and on `tip` (one cat-file for all): a tree,
 * or nothing when the deploy emptied the path. Keys as `planLanding` reads them.
 */
async function readPathObjects(git, tip, queue) {
    const keys = [...new Set(queue.flatMap((entry) => [`${entry.commit}:${entry.path}`, `tip:${entry.path}`]))];
    const input = keys.map((key) => (key.startsWith('tip:') ? `${tip}:${key.slice(4)}` : key)).join('\n');
    const { stdout } = await git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${input}\n` });
    const objects = new Map();
    stdout.split('\n').forEach((line, index) => {
        const match = line.match(/^([0-9a-f]{40,64}) (tree|blob)$/);
        const key = keys[index];
        if (match?.[1] && key)
            objects.set(key, `${match[2]} ${match[1]}`);
    });
    return objects;
}
/**
 * One commit per applied request on top of `tip`, written by a single `git fast-import`: the
 * request's author and message, its committer identity at `now`, and its path set to exactly the
 * queued tree (or removed). Returns each request's new commit, in order.
 */
async function writeLandingCommits(git, options) {
    const seconds = Math.floor(options.now / 1000);
    const shas = await writePathCommits(git, 'refs/shipgate/landing', options.applied.map((entry) => ({
        author: entry.author,
        committer: `${entry.committer} ${seconds} +0000`,
        message: entry.message,
        path: entry.path,
        object: options.pathObjects.get(`${entry.commit}:${entry.path}`),
    })), { from: options.tip, ...(options.signing ? { signing: options.signing } : {}) });
    const commits = new Map();
    options.applied.forEach((entry, index) => {
        const sha = shas[index];
        if (sha)
            commits.set(entry.id, sha);
    });
    return commits;
}
/**
 * Moves the branch from `tip` to `newTip` (when there is one) and deletes the settled requests,
 * all or nothing: each deletion is leased on the tag we saw, so a request its writer withdrew (or
 * another lander settled) in the meantime fails the whole push instead of being landed twice.
 */
async function pushLanding(git, options) {
    const updates = [
        ...(options.newTip ? [{ ref: `refs/heads/${options.branch}`, from: options.newTip }] : []),
        ...options.settled.map((entry) => ({ ref: entry.ref, lease: entry.tag })),
    ];
    return pushRefs(git, updates, { atomic: true });
}
/**
 * Deletes our own request (leased on its tag). `gone` means someone settled it first: it landed,
 * or it was found already deployed, and the caller looks on the branch for which.
 */
async function withdrawRequest(git, request) {
    const outcome = await pushRefs(git, [{ ref: request.ref, lease: request.tag }]);
    if (outcome.kind === 'pushed')
        return 'withdrawn';
    if (outcome.kind === 'race' && /stale info/.test(outcome.message))
        return 'gone';
    return outcome;
}
/**
 * One round for a writer whose deploy is queued: fetch the branch and the queue; when our request
 * is gone, find the commit that landed it. Otherwise the writer of the oldest request lands the
 * whole queue in one push, and the others only look (a landing round costs CPU and a push, a look
 * one fetch): `mayWait` says whether to keep leaving it to that writer, which a caller stops doing
 * once the same leader has been pending too long (its writer may be gone), and whether the leader
 * lets a growing queue settle first.
 */
async function runLandingRound(git, options) {
    const { branch, request } = options;
    const state = await fetchLandingState(git, branch);
    if (!state.tip) {
        await withdrawRequest(git, request);
        return { kind: 'requeue' };
    }
    const tip = state.tip;
    const ours = state.queue.find((entry) => entry.id === request.id);
    if (!ours)
        return settledElsewhere(git, { ...options, tip });
    if (options.pushed && tip !== options.since && (await isOnBranch(git, options.pushed, tip))) {
        // Our own push landed after all (its reply was lost, and a retry of it lost to itself).
        await withdrawRequest(git, request);
        return { kind: 'landed', commitSha: options.pushed, landedBy: 'this writer', alongside: 0 };
    }
    const now = options.now();
    // Requests we cannot verify are neither landed nor waited for, only cleared once expired. A
    // writer with no key verifies none: it lands its own deploy only.
    const trusted = (entry) => entry.id === ours.id ||
        entry.expiresAt <= now ||
        (options.key !== undefined && isTrustedRequest(entry, options.key));
    const queue = boundedQueue(state.queue.filter((entry) => entry.branch === branch && trusted(entry)), ours);
    const pending = queue.filter((entry) => inForce(entry, now));
    const leader = oldestPending(pending, now);
    const wait = { leader: leader?.id ?? ours.id, leading: leader?.id === ours.id, pending: pending.length };
    if (leader && options.mayWait(wait))
        return { kind: 'waiting', ...wait };
    const [history, pathObjects, tipFiles, files] = await Promise.all([
        readAllDeployments(git, tip),
        readPathObjects(git, tip, queue),
        readFilesAt(git, tip, RULE_FILES),
        RULES_READ_QUEUED_FILES ? readQueuedFiles(git, queue, now) : undefined,
    ]);
    const actions = planLanding(queue, { branch, history, pathObjects, now, tipFiles, files });
    const own = actions.find((action) => action.entry.id === request.id);
    if (own?.action === 'refused') {
        // We report our own refusal; the others' requests are left to their writers.
        const withdrawn = await withdrawRequest(git, request);
        if (withdrawn === 'gone')
            return settledElsewhere(git, { ...options, tip });
        return { kind: 'refused', reason: own.reason, tip };
    }
    const applied = actions.flatMap((action) => (action.action === 'apply' ? [action.entry] : []));
    const commits = applied.length > 0
        ? await writeLandingCommits(git, {
            tip,
            applied,
            pathObjects,
            now,
            ...(options.signing ? { signing: options.signing } : {}),
        })
        : new Map();
    const newTip = applied.length > 0 ? commits.get(applied.at(-1).id) : undefined;
    const settled = actions.flatMap((action) => (action.action === 'refused' ? [] : [action.entry]));
    const pushed = await pushLanding(git, { branch, newTip, settled });
    if (pushed.kind !== 'pushed')
        return { kind: 'push-failed', outcome: pushed };
    // Not in the atomic push: whoever keeps rewriting junk must not be able to hold up a landing.
    const spent = spentCopies(state.queue, queue, history).map((entry) => ({ ref: entry.ref, object: entry.tag }));
    await deleteJunk(git, [...spent, ...state.junk]);
    const ownCommit = commits.get(request.id);
    if (own?.action === 'apply' && ownCommit) {
        return { kind: 'landed', commitSha: ownCommit, landedBy: 'this writer', alongside: applied.length - 1 };
    }
    return { kind: 'unchanged', tip: newTip ?? tip };
}
/** The files each request in force would set, for the rules (see `DeployRuleContext.files`). */
async function readQueuedFiles(git, queue, now) {
    const live = queue.filter((entry) => inForce(entry, now));
    const files = await Promise.all(live.map((entry) => readTreeFiles(git, `${entry.commit}:${entry.path}`)));
    return new Map(live.map((entry, index) => [entry.id, files[index] ?? new Map()]));
}
/** At most `MAX_LANDING_REQUESTS` requests, oldest first, ours always among them. */
function boundedQueue(queue, ours) {
    const oldest = [...queue]
        .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))
        .filter((entry) => entry.id !== ours.id)
        .slice(0, MAX_LANDING_REQUESTS - 1);
    return [ours, ...oldest];
}
/**
 * Requests outside this landing (not verified, or beyond its bound) whose nonce is on the branch
 * already: copies of spent requests, deleted as junk whoever signed them.
 */
function spentCopies(all, landing, history) {
    const spent = new Set(history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
    const inLanding = new Set(landing.map((entry) => entry.id));
    return all
        .filter((entry) => !inLanding.has(entry.id))
        .filter((entry) => [entry.nonce, entry.trail?.request].some((nonce) => nonce !== undefined && spent.has(nonce)))
        .slice(0, MAX_LANDING_REQUESTS);
}
/** Not expired, and carrying a deploy: a request some writer may still land. */
function inForce(entry, now) {
    return entry.expiresAt > now && entry.trail !== undefined;
}
/** The request whose writer lands the queue: the oldest one still in force. */
function oldestPending(queue, now) {
    return queue
        .filter((entry) => inForce(entry, now))
        .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))[0];
}
/**
 * Our request was settled by someone else: find our commit, or learn that the path already held
 * our content. A fetch can see the request's deletion before the branch update of the same atomic
 * push (refs are read one by one), so a miss is confirmed on a fresh tip before it counts.
 */
async function settledElsewhere(git, options) {
    let tip = options.tip;
    for (let look = 1; look <= 2; look++) {
        const landed = await findLandedCommit(git, { ...options, tip });
        if (landed)
            return { kind: 'landed', commitSha: landed, landedBy: 'another writer', alongside: 0 };
        if (look === 2)
            break;
        const state = await fetchLandingState(git, options.branch);
        if (!state.tip)
            return { kind: 'requeue' };
        tip = state.tip;
    }
    return { kind: 'unchanged', tip };
}
/**
 * Withdraws the request of a writer that is giving up, so it cannot land after the step failed.
 * Returns the commit that landed it when someone settled it first (the step then succeeds after
 * all); throws when it cannot be withdrawn, saying so, since it may still land.
 */
async function abandonRequest(git, branch, request, message, failure) {
    let last = '';
    // A concurrent landing push holds the ref's lock for a moment; the lease makes a retry safe.
    for (let tries = 1; tries <= 3; tries++) {
        const outcome = await withdrawRequest(git, request);
        if (outcome === 'withdrawn')
            throw failure;
        if (outcome === 'gone') {
            const state = await fetchLandingState(git, branch);
            const settled = state.tip
                ? await settledElsewhere(git, { branch, since: request.since, tip: state.tip, message })
                : undefined;
            if (settled?.kind === 'landed')
                return settled.commitSha;
            throw failure;
        }
        last = 'message' in outcome ? outcome.message : '';
    }
    throw new src/* ShipgateError */.Yu(`${failure.message.replace(/\.$/, '')}; the queued request ${request.ref} could not be withdrawn (${last}), so another writer may still land it.`);
}
/** How many of `refs` the server still has (one `ls-remote`, no objects). */
async function queuedRefsPresent(git, refs) {
    const { stdout } = await git(['ls-remote', 'origin', ...refs]);
    const listed = new Set(stdout.split('\n').map((line) => line.split('\t')[1]));
    return refs.filter((ref) => listed.has(ref)).length;
}
/**
 * One writer's place in the landing queue, from its request until it is settled: it runs the
 * rounds, and keeps what the leader policy needs between them (when each leader was first seen,
 * how long the queue was at the last look).
 */
class LandingQueueSeat {
    git;
    request;
    options;
    leadersSeen = new Map();
    /** The queue's length at this writer's last look as its leader: only its own request at first. */
    queueSizeSeen = 1;
    /** What the last full round said while another writer leads: a cheap look can confirm it. */
    waitingOn;
    constructor(git, request, options) {
        this.git = git;
        this.request = request;
        this.options = options;
    }
    /** The queued deploy's message (with its `Shipgate-Request` nonce): how it is found once landed. */
    get message() {
        return this.options.message;
    }
    /**
     * One round (see `runLandingRound`), after taking the request back if it has waited for half
     * its life, well before it could expire under us (`withdrawn`: go on alone).
     */
    async round() {
        const { request } = this;
        if (Date.now() - request.queuedAt > LANDING_REQUEST_TTL_MS / 2) {
            // When it is already gone, it was settled meanwhile and the round below finds how.
            if ((await withdrawRequest(this.git, request)) === 'withdrawn')
                return { kind: 'withdrawn' };
        }
        const waiting = this.waitingOn;
        if (waiting && this.mayWait({ ...waiting, leading: false })) {
            // While both requests are still there, nothing changed for us: one ls-remote instead of a
            // fetch of the whole queue (on a shared machine, a crowd looking takes the leader's CPU).
            const present = await queuedRefsPresent(this.git, [request.ref, `${LANDING_QUEUE_PREFIX}${waiting.leader}`]);
            if (present === 2)
                return { kind: 'waiting', ...waiting, leading: false };
        }
        const outcome = await runLandingRound(this.git, {
            branch: this.options.branch,
            request,
            since: request.since,
            ...(request.pushed ? { pushed: request.pushed } : {}),
            message: this.options.message,
            mayWait: (queue) => this.mayWait(queue),
            key: this.options.key,
            now: Date.now,
            ...(this.options.signing ? { signing: this.options.signing } : {}),
        });
        this.waitingOn =
            outcome.kind === 'waiting' && !outcome.leading ? { leader: outcome.leader, pending: outcome.pending } : undefined;
        return outcome;
    }
    /**
     * The leader waits while writers are still queueing (the queue grew since its last look): a
     * moment more lands them all in this one push instead of leaving them for another leader. The
     * others leave the landing to the leader for the grace period, then land the queue themselves.
     */
    mayWait({ leader, leading, pending }) {
        if (leading) {
            const growing = pending > this.queueSizeSeen;
            this.queueSizeSeen = pending;
            return growing && Date.now() - this.request.queuedAt < LANDING_SETTLE_MS;
        }
        const firstSeen = this.leadersSeen.get(leader) ?? Date.now();
        this.leadersSeen.set(leader, firstSeen);
        return Date.now() - firstSeen < (this.options.leaderGraceMs ?? LANDING_LEADER_GRACE_MS);
    }
    /** See `abandonRequest`. */
    abandon(failure) {
        return abandonRequest(this.git, this.options.branch, this.request, this.options.message, failure);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/cancellation.ts


/** How long the clean-up on a signal may take before the process exits anyway. */
const CANCEL_CLEANUP_MS = 5_000;
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
/** The writers of this process that are running, by the signals they are guarded against. */
const guarded = new Map();
/**
 * On SIGTERM or SIGINT (what a runner sends a cancelled step), withdraws the writer's request with
 * a leased delete, so it cannot land after the step was cancelled, removes the clone and exits with
 * 128 + the signal's number. Without a handler Node would exit at once and leave both behind. One
 * handler per signal serves every writer of the process.
 */
function guardCancellation(scope, signals = ['SIGTERM', 'SIGINT'], log) {
    const entry = { scope, log };
    for (const signal of signals) {
        let writers = guarded.get(signal);
        if (!writers) {
            writers = new Set();
            guarded.set(signal, writers);
            process.on(signal, onSignal);
        }
        writers.add(entry);
    }
    return {
        dispose: () => {
            for (const signal of signals) {
                const writers = guarded.get(signal);
                writers?.delete(entry);
                if (writers?.size === 0) {
                    guarded.delete(signal);
                    process.removeListener(signal, onSignal);
                }
            }
        },
    };
}
function onSignal(signal) {
    const code = 128 + (SIGNAL_NUMBERS[signal] ?? 15);
    const writers = [...(guarded.get(signal) ?? [])];
    const timer = setTimeout(() => process.exit(code), CANCEL_CLEANUP_MS);
    void Promise.allSettled(writers.map(({ scope, log }) => cancel(scope, signal, log))).then(() => {
        clearTimeout(timer);
        process.exit(code);
    });
}
async function cancel(scope, signal, log) {
    try {
        if (scope.request) {
            const outcome = await withdrawRequest(scope.git, scope.request);
            log?.warning(outcome === 'withdrawn'
                ? `Cancelled (${signal}): withdrew the queued request ${scope.request.ref}.`
                : `Cancelled (${signal}): the queued request ${scope.request.ref} was already settled.`);
        }
    }
    catch (error) {
        log?.warning(`Cancelled (${signal}): could not withdraw the queued request: ${error.message}`);
    }
    finally {
        await removeScratchClone(scope.dir).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/environment-content.ts






/** Git's modes of a regular file; anything else is not something a controller applies as written. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);
/** Names kustomize (and so Argo CD and Flux) takes as a kustomization in any directory. */
const environment_content_KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);
/**
 * Why an environment path's content is not what Shipgate can vouch for, as a reason fragment
 * ("kustomization.yaml is not the generated listing of the files"), or `undefined` when it is:
 * regular *.yaml/*.yml files whose documents are Kubernetes resources (none a kustomization),
 * plus at most the `kustomization.yaml` gitops-commit generates for exactly those files.
 *
 * Why so strict: the config hash and the images are read from these bytes, while the cluster
 * applies what kustomize, Argo CD (directory, Helm or kustomize mode) or Flux make of them. An
 * edited kustomization (`images:`, patches, generators, components, `../` or remote resources),
 * a document of kind Kustomization, a Chart.yaml, a symlink, a submodule, a .json file (Argo CD
 * applies it) or a hidden file can each make the cluster run something the hash never saw. One
 * function for the writers (gitops-commit, rollback) and the verifier, so all refuse the same set.
 */
function environmentContentProblem(entries) {
    const files = entries.filter((entry) => entry.mode !== '040000' && entry.mode !== '40000');
    for (const entry of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const problem = entryProblem(entry, files);
        if (problem)
            return problem;
    }
    return undefined;
}
function entryProblem(entry, all) {
    const { path, mode } = entry;
    if (mode === '120000')
        return `${path} is a symlink, which the controller follows to content that was never hashed`;
    if (mode === '160000')
        return `${path} is a submodule, whose content is another repository's`;
    if (!REGULAR_FILE_MODES.has(mode))
        return `${path} is not a regular file (git mode ${mode})`;
    const parts = path.split('/');
    if (parts.some((part) => part.startsWith('.')))
        return `${path} is a hidden file, which no rendering writes`;
    const name = parts.at(-1) ?? path;
    if (environment_content_KUSTOMIZATION_NAMES.has(name.toLowerCase()))
        return kustomizationProblem(entry, all);
    // Argo CD renders a directory holding Chart.yaml as a Helm chart: with its values, not as written.
    if (/^chart\.ya?ml$/i.test(name))
        return `${path} is a Helm chart file, and Argo CD would render the path as a chart`;
    if (!/\.ya?ml$/.test(name)) {
        return `${path} is not a .yaml or .yml file, and a controller may apply it (Argo CD applies .json too)`;
    }
    return documentsProblem(entry);
}
/** Only the listing gitops-commit generates, byte for byte, at the top of the path. */
function kustomizationProblem(entry, all) {
    if (entry.path !== KUSTOMIZATION_FILE) {
        return `${entry.path} is a kustomization other than the generated ${KUSTOMIZATION_FILE}, and kustomize would apply it`;
    }
    const listed = kustomizationFor(all.filter((other) => other !== entry).map((other) => other.path));
    if (entry.content !== listed) {
        return `${KUSTOMIZATION_FILE} is not the listing gitops-commit generates for the files (an edited kustomization, with images, patches or other resources, changes what is applied)`;
    }
    return undefined;
}
/**
 * Every document a Kubernetes resource (a mapping naming apiVersion and kind), none of them a
 * kustomization: kustomize, Argo CD and Flux take one as instructions, not as a resource, and a
 * mapping that is no resource (a chart's values) is input to some tool. An empty or plain-scalar
 * document is let through: no tool reads instructions from it, the sync just fails (and the
 * tests use such placeholders).
 */
function documentsProblem(entry) {
    const documents = (0,dist/* parseAllDocuments */.hR)(entry.content, { version: '1.1' });
    for (const [index, document] of documents.entries()) {
        const where = documents.length > 1 ? `${entry.path} (document ${index + 1})` : entry.path;
        if (document.errors.length > 0)
            return `${where} is not valid YAML`;
        let value;
        try {
            value = document.toJS({ maxAliasCount: manifests_src/* MAX_ALIAS_COUNT */.w4 });
        }
        catch {
            return `${where} expands too many YAML aliases`;
        }
        const items = isObject(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
        for (const [item, object] of items.entries()) {
            const problem = resourceProblem(object, object === value ? where : `${where}, item ${item + 1}`);
            if (problem)
                return problem;
        }
    }
    return undefined;
}
function resourceProblem(object, where) {
    if (object === null || ['string', 'number', 'boolean'].includes(typeof object))
        return undefined;
    const apiVersion = isObject(object) && typeof object.apiVersion === 'string' ? object.apiVersion : '';
    const kind = isObject(object) && typeof object.kind === 'string' ? object.kind : '';
    // Flux's Kustomization (kustomize.toolkit.fluxcd.io) is refused too: it points the cluster at
    // other content, with images and patches of its own.
    if (apiVersion.startsWith('kustomize.config.k8s.io/') || kind === 'Kustomization' || kind === 'Component') {
        return `${where} is a ${kind || 'kustomization'}${apiVersion ? ` (${apiVersion})` : ''}, which would make the controller apply other content`;
    }
    if (!apiVersion || !kind)
        return `${where} is not a Kubernetes resource (a mapping with apiVersion and kind)`;
    return undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The entries of a directory as git would record them, from lstat: a symlink is `120000` with its
 * target (never followed), an executable file `100755`. For the writer's check of `source-dir`.
 */
async function readDirectoryEntries(dir) {
    const entries = [];
    const walk = async (absolute, prefix) => {
        for (const name of (await (0,promises_.readdir)(absolute)).sort()) {
            const full = (0,external_node_path_.join)(absolute, name);
            const path = prefix ? `${prefix}/${name}` : name;
            const stat = await (0,promises_.lstat)(full);
            if (stat.isDirectory())
                await walk(full, path);
            else if (stat.isSymbolicLink())
                entries.push({ path, mode: '120000', content: await (0,promises_.readlink)(full) });
            else if (stat.isFile()) {
                const mode = stat.mode & 0o111 ? '100755' : '100644';
                entries.push({ path, mode, content: await (0,promises_.readFile)(full, 'utf8') });
            }
            else
                entries.push({ path, mode: (stat.mode & 0o170000).toString(8), content: '' });
        }
    };
    await walk(dir, '');
    return entries;
}
/**
 * The entries of `path` at `commit` with git's modes (a submodule is `160000`, a symlink `120000`
 * with its target as content): the verifier's and rollback's input to `environmentContentProblem`.
 * Empty when the path does not exist there.
 */
async function readEnvironmentEntriesAt(git, commit, path) {
    const listed = await git(['ls-tree', '-r', '-z', `${commit}:${path}`], { ignoreReturnCode: true });
    if (listed.exitCode !== 0)
        return [];
    const entries = listed.stdout.split('\0').flatMap((line) => {
        const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
        return match ? [{ mode: match[1], type: match[2], id: match[3], path: match[4] }] : [];
    });
    // One cat-file per blob: exec hands back text, so one `--batch` stream could not be split by
    // byte sizes once a file holds bytes that are not UTF-8.
    return Promise.all(entries.map(async ({ mode, type, id, path: entryPath }) => ({
        path: entryPath,
        mode,
        content: type === 'blob' ? (await git(['cat-file', 'blob', id])).stdout : '',
    })));
}
/**
 * Refuses, with one sentence starting with `what` (which names the input), content an environment path must not hold (see
 * `environmentContentProblem`).
 */
function requireEnvironmentContent(entries, what) {
    const problem = environmentContentProblem(entries);
    if (problem)
        throw new src/* ConfigurationError */.j1(`${what}: ${problem}.`);
}

;// CONCATENATED MODULE: ./packages/gitops/src/pull-request.ts

class GitHubApiError extends src/* ShipgateError */.Yu {
    status;
    retryAfterMs;
    name = 'GitHubApiError';
    constructor(message, status, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The request that opens the pull request (`POST /repos/{owner}/{repo}/pulls`). */
function createPullRequestRequest(options) {
    return {
        method: 'POST',
        url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls`,
        headers: apiHeaders(options.token),
        body: JSON.stringify({ title: options.title, head: options.head, base: options.base, body: options.body }),
    };
}
/** The request that finds the open pull request from `head` into `base`. */
function findPullRequestRequest(options) {
    const query = new URLSearchParams({ state: 'open', head: `${options.owner}:${options.head}`, base: options.base });
    return {
        method: 'GET',
        url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls?${query}`,
        headers: apiHeaders(options.token),
    };
}
function apiHeaders(token) {
    return {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'user-agent': 'shipgate-gitops-commit',
        'x-github-api-version': '2022-11-28',
    };
}
/**
 * Opens the pull request, or, when one is already open for the same head branch (the push has
 * already updated it), returns that one. Retries rate limits and server errors only.
 */
async function openOrUpdatePullRequest(options) {
    const send = async (request) => (0,src/* retry */.L5)(async () => {
        const response = await (options.fetch ?? fetch)(request.url, {
            method: request.method,
            headers: request.headers,
            ...(request.body ? { body: request.body } : {}),
        });
        const text = await response.text();
        let body = text;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            // keep the text for the error message
        }
        if ((0,src/* isRetryableStatus */.PS)(response.status) || (response.status === 403 && response.headers.get('retry-after'))) {
            throw new GitHubApiError(`${request.method} ${new URL(request.url).pathname} answered ${response.status}`, response.status, (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after')));
        }
        return { status: response.status, body };
    }, {
        attempts: 4,
        baseDelayMs: options.retryDelays?.baseDelayMs ?? 1000,
        maxDelayMs: options.retryDelays?.maxDelayMs ?? 10_000,
        isRetryable: (error) => error instanceof GitHubApiError,
        requestedDelayMs: (error) => (error instanceof GitHubApiError ? error.retryAfterMs : undefined),
    });
    const created = await send(createPullRequestRequest(options));
    if (created.status === 201) {
        const pull = created.body;
        return { url: pull.html_url, number: pull.number, created: true };
    }
    const message = apiMessage(created.body);
    if (created.status === 422 && /already exists/i.test(message)) {
        const found = await send(findPullRequestRequest(options));
        const pulls = found.status === 200 && Array.isArray(found.body) ? found.body : [];
        const open = pulls[0];
        if (open && typeof open.html_url === 'string') {
            return { url: open.html_url, number: Number(open.number), created: false };
        }
        throw new GitHubApiError(`A pull request from ${options.head} already exists but could not be listed (GET pulls answered ${found.status}).`, found.status);
    }
    throw new GitHubApiError(`Opening the pull request from ${options.head} into ${options.base} failed with ${created.status}: ${message}`, created.status);
}
function apiMessage(body) {
    if (body && typeof body === 'object') {
        const record = body;
        const details = (record.errors ?? []).map((error) => error.message).filter((m) => typeof m === 'string');
        return [record.message, ...details].filter(Boolean).join('; ');
    }
    return String(body ?? '');
}

;// CONCATENATED MODULE: ./packages/gitops/src/writer.ts











/** One attempt: a landing round when queued, else fetch, build, push. */
async function runAttempt(context, state, attempt) {
    const current = state.message ? { ...context, message: state.message } : context;
    return state.seat ? landingRound(current, state) : pushAttempt(current, state, attempt);
}
async function pushAttempt(context, state, attempt) {
    const { git, pushBranch } = context;
    const step = state.last ? await rebuildAfterRace(context, state.last) : await buildOnFreshTip(context);
    if ('landed' in step)
        return { settled: { pushed: true, commitSha: step.landed } };
    if ('refused' in step)
        return { settled: { pushed: false, tip: step.tip, refused: step.refused } };
    if ('unchanged' in step)
        return { settled: { pushed: false, tip: step.tip } };
    const built = step.built;
    if (context.mode === 'pull-request' && (await sameTreeAsRemote(git, pushBranch, built.tree))) {
        return { settled: { pushed: false, tip: built.tip, unchangedPullRequest: true } };
    }
    const updates = [
        { ref: `refs/heads/${pushBranch}`, from: built.commitSha, force: context.mode === 'pull-request' },
    ];
    if (context.statement)
        updates.push(await statementUpdate(context, context.statement, built));
    const pushed = await pushRefs(git, updates, { atomic: updates.length > 1 });
    if (pushed.kind === 'pushed')
        return { settled: { pushed: true, commitSha: built.commitSha } };
    if (pushed.kind === 'fatal') {
        throw new src/* ConfigurationError */.j1(`The push to ${pushBranch} was refused by the server: ${pushed.message}`);
    }
    const next = { last: built, ...(state.message ? { message: state.message } : {}) };
    if (context.queueable && pushed.kind === 'race' && !state.message) {
        const seat = await queueDeploy(context, built, attempt, pushed);
        if (seat)
            Object.assign(next, { seat, message: seat.message });
    }
    return { retry: pushed.message, state: next };
}
/** The statement ref of `built`'s commit, signed over the tree id of the path in its tree. */
async function statementUpdate(context, statement, built) {
    const { git, deploy } = context;
    const path = await git(['rev-parse', '--verify', '--quiet', `${built.tree}:${deploy.path}`], {
        ignoreReturnCode: true,
    });
    const bundle = await statement.sign(path.exitCode === 0 ? path.stdout.trim() : '');
    const from = await writeStatementCommit(git, bundle, { file: statement.file, forCommit: built.commitSha });
    return { ref: statement.ref(built.commitSha), from };
}
/** Posts the deploy to the landing queue after a lost race; `undefined` when the queue refused it. */
async function queueDeploy(context, built, attempt, lost) {
    const { git, deploy } = context;
    const pathTree = await git(['rev-parse', '--verify', '--quiet', `${built.tree}:${deploy.path}`], {
        ignoreReturnCode: true,
    });
    const announced = await announceDeploy(git, {
        pathTree: pathTree.exitCode === 0 ? pathTree.stdout.trim() : undefined,
        branch: context.baseBranch,
        path: deploy.path,
        message: context.message,
        identity: context.identity,
        key: context.queue.key,
        now: Date.now(),
    });
    if ('failed' in announced) {
        context.log.info(`Could not queue this deploy under ${LANDING_QUEUE_PREFIX} (${'message' in announced.failed ? announced.failed.message : 'push failed'}); re-applying it alone.`);
        return undefined;
    }
    const seat = new LandingQueueSeat(git, { ...announced.queued, since: built.tip, pushed: built.commitSha }, { ...context.queue, message: announced.queued.message, ...(context.signing ? { signing: context.signing } : {}) });
    context.log.info(`Push attempt ${attempt} lost a race (${lost.message}); queued this deploy as ${seat.request.ref}, so whichever writer pushes next lands it too.`);
    return seat;
}
async function landingRound(context, state) {
    const { log } = context;
    const seat = state.seat;
    const round = await seat.round();
    // Going on alone: from scratch, still with the queued message (see `WriterState.message`).
    const done = state.message ? { message: state.message } : {};
    switch (round.kind) {
        case 'landed':
            if (round.landedBy === 'another writer')
                log.info(`Another writer landed this deploy as ${round.commitSha}.`);
            else if (round.alongside > 0)
                log.info(`Landed ${round.alongside} queued deploy(s) of other writers with this one.`);
            return { settled: { pushed: true, commitSha: round.commitSha } };
        case 'unchanged':
            return { settled: { pushed: false, tip: round.tip } };
        case 'refused':
            return { settled: { pushed: false, tip: round.tip, refused: round.reason } };
        case 'waiting':
            return { wait: round, state };
        case 'requeue':
            return { retry: `${context.baseBranch} is gone from the server`, state: done };
        case 'withdrawn':
            return { retry: 'the deploy waited in the landing queue for too long', state: done };
        case 'push-failed':
            if (round.outcome.kind === 'fatal') {
                throw new src/* ConfigurationError */.j1(`The push to ${context.pushBranch} was refused by the server: ${round.outcome.message}`);
            }
            return { retry: round.outcome.message, state };
    }
}
/** The first attempt (or one after the branch was rewritten or gone): fetch commits only, build on the tip. */
async function buildOnFreshTip(context) {
    const { git, baseBranch } = context;
    const tip = (await fetchBranch(git, baseBranch, { filter: 'tree:0' })) ? await tipOf(git, baseBranch) : undefined;
    return buildOnTip(context, tip, async () => (tip ? readAllDeployments(git, tip.commit) : []));
}
/**
 * Checks the rules on `tip`, writes our files on it and commits; re-reads nothing it is given.
 * Reading the trail, checking the path and staging our files are independent: they run side by side
 * (the window between fetch and push decides races), and the rules decide before anything leaves
 * this clone.
 */
async function buildOnTip(context, tip, readHistory) {
    const { git, deploy } = context;
    const [history, { pathTree, tipFiles }] = await settleAll([
        readHistory(),
        tip ? inspectTip(git, tip.commit, deploy.path) : Promise.resolve({ pathTree: undefined, tipFiles: new Map() }),
        (async () => {
            // The index only: no file of the tip is ever checked out, so no blob is fetched. The
            // target path is rewritten in the (sparse) working tree and `git add` stages the difference.
            await git(tip ? ['read-tree', tip.commit] : ['read-tree', '--empty']);
            await writeTargetDirectory(context.workDir, deploy.path, context.files, true);
        })(),
    ]);
    const decision = checkDeployRules({
        deploy,
        tip: tip?.commit,
        history,
        files: await readSourceFiles(context.files),
        tipFiles,
        landing: 'alone',
    });
    if (decision.verdict === 'fail')
        throw decision.error;
    if (decision.verdict === 'refuse')
        return { refused: decision.reason, tip: tip?.commit };
    await writeKustomization(context, tip?.commit, pathTree);
    // Without prune, index entries we did not write stay (the working tree never had them).
    await git(['add', context.prune ? '--all' : '--ignore-removal', '--sparse', '--', deploy.path]);
    // --missing-ok: the tip's blobs exist on the server; checking them here would fetch them all.
    const tree = (await git(['write-tree', '--missing-ok'])).stdout.trim();
    if (tree === tip?.tree)
        return { unchanged: true, tip: tip.commit };
    const commitSha = await writeCommit(git, { tree, parent: tip?.commit, message: context.message }, context.signing);
    return { built: { tip: tip?.commit, history, pathTree, tree, commitSha } };
}
/**
 * The generated kustomization.yaml beside our files when wanted; it is not one of the rendered
 * files, so the rules (and the config hash an approval binds) see the files alone.
 */
async function writeKustomization(context, tip, pathTree) {
    const text = kustomizationFor(context.files.map((file) => file.relativePath));
    if (text === undefined)
        return;
    const path = `${context.deploy.path}/${KUSTOMIZATION_FILE}`;
    const hasKustomization = tip !== undefined &&
        pathTree !== undefined &&
        (await context.git(['ls-tree', '--name-only', tip, '--', path])).stdout.trim() !== '';
    if (!wantsKustomization(context.kustomization, { pathExists: pathTree !== undefined, hasKustomization }))
        return;
    await (0,promises_.writeFile)((0,external_node_path_.join)(context.workDir, path), text);
}
async function readSourceFiles(files) {
    const contents = await Promise.all(files.map((file) => (0,promises_.readFile)(file.absolutePath)));
    return new Map(files.map((file, index) => [file.relativePath, contents[index]]));
}
/**
 * After a lost race (or a push whose reply never came): fetch only what is new. When our own commit
 * is on the branch, the earlier push landed after all. Otherwise check the new commits' trail; when
 * none of them touched our path, merge our commit's tree with the new tip's (`merge-tree`: no
 * index, no working tree, no blob read, since the two sides changed different paths) instead of
 * writing and staging the files again, keeping the window between fetch and push short.
 */
async function rebuildAfterRace(context, previous) {
    const { git, baseBranch, deploy } = context;
    const fetched = await fetchBranch(git, baseBranch, { filter: 'blob:none' });
    if (!fetched)
        return buildOnTip(context, undefined, async () => []);
    const tracking = remoteTrackingRef(baseBranch);
    if (context.mode === 'push' && (await isOnBranch(git, previous.commitSha, tracking))) {
        context.log.info(`The server took push ${previous.commitSha} though its reply was lost.`);
        return { landed: previous.commitSha };
    }
    // The branch was created meanwhile: everything on it is new to us.
    if (!previous.tip) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(context, tip, () => readAllDeployments(git, tip.commit));
    }
    const [{ newest, deployments, rewritten }, { pathTree, tipFiles }] = await settleAll([
        readNewCommits(git, baseBranch, previous.tip),
        inspectTip(git, tracking, deploy.path),
    ]);
    if (rewritten) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(context, tip, () => readAllDeployments(git, tip.commit));
    }
    // The tip did not move (a lock lost to another push, a dropped connection): push it again.
    if (!newest)
        return { built: previous };
    const history = [...deployments, ...previous.history];
    if (pathTree === previous.pathTree) {
        const decision = checkDeployRules({
            deploy,
            tip: newest,
            history,
            tipFiles,
            landing: 'alone',
            files: await readSourceFiles(context.files),
        });
        if (decision.verdict === 'fail')
            throw decision.error;
        if (decision.verdict === 'refuse')
            return { refused: decision.reason, tip: newest };
        const tree = await mergeOurPath(git, previous.commitSha, newest);
        if (tree) {
            const commitSha = await writeCommit(git, { tree, parent: newest, message: context.message }, context.signing);
            return { built: { tip: newest, history, pathTree, tree, commitSha } };
        }
    }
    // Someone else changed our path (or the merge was not clean): start over on the new tip.
    return buildOnTip(context, await tipOf(git, baseBranch), async () => history);
}
/** Our commit's change merged onto `newest`, renames off (our change replaces one path); `undefined` unless clean. */
async function mergeOurPath(git, ours, newest) {
    const merged = await git(['-c', 'merge.renames=false', '-c', 'merge.directoryRenames=false', 'merge-tree', '--write-tree', ours, newest], { ignoreReturnCode: true });
    const tree = merged.stdout.split('\n', 1)[0]?.trim() ?? '';
    return merged.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(tree) ? tree : undefined;
}
/**
 * The commits fetched on top of `since`: the newest one (the new tip; `undefined` when the tip did
 * not move), the deployments among them, newest first, and whether `since` is no longer on the
 * branch (it was rewritten: nothing learnt from the old tip may be reused).
 */
async function readNewCommits(git, branch, since) {
    // The symmetric difference marks commits only the old tip reaches with `<`: then the branch was
    // rewritten. In topological order the new tip comes before every other `>` commit (its ancestors).
    const { stdout } = await git([
        'log',
        '-z',
        '--topo-order',
        '--left-right',
        `--format=%m${DEPLOYMENT_LOG_FORMAT}`,
        `${since}...${remoteTrackingRef(branch)}`,
    ]);
    const records = stdout
        .split('\u0000')
        .map((record) => record.replace(/^\n+/, ''))
        .filter(Boolean);
    const rewritten = records.some((record) => record.startsWith('<'));
    const added = records.filter((record) => record.startsWith('>')).map((record) => record.slice(1));
    const newest = added[0]?.split('\u001f', 1)[0] || undefined;
    return { newest, deployments: parseDeploymentLog(added.join('\u0000')), rewritten };
}
/**
 * What the writer needs to know of a tip, from one `ls-tree`: the object at the target path (its
 * tree, `undefined` when absent) and the `RULE_FILES` there. A path that goes through a symlink (or
 * submodule) in the repository is refused: git would record our files beside a link that points
 * elsewhere, possibly outside the repository. A retry compares the path's object with the previous
 * tip's to know whether anyone else wrote to the path meanwhile.
 */
async function inspectTip(git, commit, path) {
    const parts = path.split('/');
    const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
    const { stdout } = await git(['ls-tree', '-z', commit, '--', ...prefixes, ...RULE_FILES]);
    let pathTree;
    const ruleBlobs = [];
    for (const entry of stdout.split('\0')) {
        const match = entry.match(/^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s);
        const [, mode = '', type = '', sha = '', name = ''] = match ?? [];
        if (type === 'blob' && RULE_FILES.includes(name))
            ruleBlobs.push({ path: name, sha });
        if (!match || !prefixes.includes(name))
            continue;
        if (mode === '120000' || mode === '160000') {
            throw new src/* ConfigurationError */.j1(`Input "path" goes through ${name}, a ${mode === '120000' ? 'symlink' : 'submodule'} in the repository; refusing to write through it.`);
        }
        if (name === path)
            pathTree = `${mode} ${sha}`;
    }
    const contents = await Promise.all(ruleBlobs.map((blob) => git(['cat-file', 'blob', blob.sha])));
    return { pathTree, tipFiles: new Map(ruleBlobs.map((blob, index) => [blob.path, contents[index]?.stdout ?? ''])) };
}
/** Whether the open pull-request branch already holds exactly this commit's tree (a re-run). */
async function sameTreeAsRemote(git, branch, tree) {
    try {
        if (!(await fetchBranch(git, branch, { filter: 'tree:0' })))
            return false;
    }
    catch {
        return false;
    }
    return (await git(['rev-parse', `${remoteTrackingRef(branch)}^{tree}`])).stdout.trim() === tree;
}
/**
 * `Promise.all` that waits for every operation before failing, so no git process is still
 * running in the clone when the caller reacts to the first error (and removes the clone).
 */
async function settleAll(operations) {
    const settled = await Promise.allSettled(operations);
    const failed = settled.find((entry) => entry.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((entry) => entry.value);
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy.ts


















const DEFAULT_AUTHOR = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const DEFAULT_MESSAGE = 'Deploy {app} to {environment}';
/**
 * Backoff between push attempts (full jitter). A lost race usually needs only a re-fetch, so the
 * first retries come quickly; the steep factor still spreads a crowd of writers within a few
 * attempts, and the cap keeps enough total wait within the default 10 attempts for 32 writers
 * on one branch.
 */
const RACE_RETRY = {
    baseDelayMs: 100,
    maxDelayMs: 8_000,
    factor: 3,
};
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency: plan (every input checked before the remote is touched), clone,
 * land (attempts until settled, see writer.ts), then the pull request and the result.
 */
async function deployToGitOps(options) {
    const plan = await planDeploy(options);
    checkModeInputs(options, plan, resolveRepositoryAccess(options));
    if (options.queueKey)
        options.setSecret?.(options.queueKey);
    const identity = options.author ?? DEFAULT_AUTHOR;
    const clone = await openScratchClone(options, {
        purpose: 'gitops',
        bare: false,
        identity,
        readRetry: readRetryOf(options),
    });
    const scope = { git: clone.git, dir: clone.dir };
    const cancellation = guardCancellation(scope, options.cancelSignals, options.log);
    try {
        const context = await writerContext(options, plan, clone, identity);
        const { settled, attempts } = await landUntilSettled(context, plan.maxAttempts, options, scope);
        return await reportDeploy(options, plan, context, settled, attempts, clone.url);
    }
    finally {
        cancellation.dispose();
        await removeScratchClone(clone.dir);
    }
}
function checkModeInputs(options, plan, url) {
    if (plan.mode === 'pull-request' && !ownerAndName(url)) {
        throw new src/* ConfigurationError */.j1(`Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`);
    }
    if (plan.mode === 'pull-request' && !options.token) {
        throw new src/* ConfigurationError */.j1(`Input "token" is required for mode "pull-request".`);
    }
}
function readRetryOf(options) {
    return options.retryDelays ? { attempts: 4, ...options.retryDelays } : undefined;
}
async function writerContext(options, plan, clone, identity) {
    const { git } = clone;
    const baseBranch = options.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
    (0,src/* requireBranchName */.v)(baseBranch, 'branch');
    // Cone mode: the working tree only ever holds the target path (and top-level files). The
    // index is a plain one: a sparse index makes write-tree fetch every blob of the tip. (Not beside
    // the first fetch: a filtered fetch writes the config too.)
    await git(['sparse-checkout', 'set', '--cone', '--no-sparse-index', plan.path]);
    const policy = await applyGitOpsPolicy(git, baseBranch, plan, options);
    const deploy = policy
        ? { ...withPolicyTrail(plan.deploy, policy), checkedPolicy: policy.checked }
        : plan.deploy;
    const message = policy ? buildCommitMessage(plan.subject, deploy) : plan.message;
    const key = options.queueKey || options.token;
    const statement = deployStatementSigning(options, plan, policy, clone.url);
    const queueable = mayQueue({ ...plan, ...options }).queue && !policy?.landsAlone && !statement;
    if (queueable && !key) {
        options.log.info('No queue key (no "token" or "queue-key"): this writer lands only its own deploy from the landing queue.');
    }
    return {
        git,
        workDir: clone.repoDir,
        log: options.log,
        deploy,
        files: plan.files,
        message,
        prune: plan.prune,
        kustomization: plan.kustomization,
        mode: plan.mode,
        baseBranch,
        pushBranch: plan.mode === 'pull-request' ? `shipgate/${options.app}-${options.environment}` : baseBranch,
        queueable,
        queue: {
            branch: baseBranch,
            message,
            key,
            ...(options.landingQueue?.leaderGraceMs !== undefined
                ? { leaderGraceMs: options.landingQueue.leaderGraceMs }
                : {}),
        },
        identity: `${identity.name} <${identity.email}>`,
        ...(options.signing ? { signing: options.signing } : {}),
        ...(statement ? { statement } : {}),
    };
}
/** A run URL (`…/actions/runs/<id>`): the `Shipgate-Approval` of an environment review. */
const RUN_URL = /\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;
/**
 * The deploy statement this writer signs, or `undefined`: required when an environment review
 * counts, since that approves a run and only the run's signature binds the bytes to it; for other
 * deploys only with `always` (a signed deploy lands alone, so signing every deploy would take the
 * landing queue away from them). One signature per distinct path tree.
 */
function deployStatementSigning(options, plan, policy, url) {
    const signer = options.deployStatement;
    const reviewed = policy?.approvals.some((approval) => RUN_URL.test(approval.url)) ?? false;
    if (!signer || (!reviewed && !signer.always)) {
        if (reviewed) {
            throw new src/* ConfigurationError */.j1(`Environment "${options.environment}" counts an environment review, which approves a run and not bytes, so the run must sign a deploy statement: grant "permissions: id-token: write" and leave input "deploy-statement" on.`);
        }
        return undefined;
    }
    const content = {
        repository: (0,attest_src/* deployRepositoryName */.jT)(url),
        path: plan.path,
        configHash: policy?.configHash ?? options.configHash ?? '',
        digests: plan.imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)),
    };
    const signed = new Map();
    return {
        file: attest_src/* DEPLOY_STATEMENT_FILE */.dH,
        ref: attest_src/* deployStatementRef */.QT,
        sign: (treeId) => {
            let bundle = signed.get(treeId);
            if (!bundle) {
                bundle = signer.sign({ ...content, treeId });
                signed.set(treeId, bundle);
            }
            return bundle;
        },
    };
}
/**
 * Attempts until one settles: a lost race backs off and tries again (from what the last attempt
 * built, or as a landing round once queued); looking at the queue while another writer lands it is
 * not an attempt. A writer that gives up never leaves a request behind that could land later.
 */
async function landUntilSettled(context, maxAttempts, options, scope) {
    let state = {};
    for (let attempt = 1;; attempt++) {
        let result = await abandonOnError(state, () => runAttempt(context, state, attempt));
        while ('wait' in result) {
            scope.request = result.state.seat?.request;
            await (0,src/* sleep */.yy)(options.landingQueue?.lookDelayMs ?? landingLookDelay(result.wait));
            const waiting = result.state;
            result = await abandonOnError(waiting, () => runAttempt(context, waiting, attempt));
        }
        if ('settled' in result)
            return { settled: result.settled, attempts: attempt };
        state = result.state;
        scope.request = state.seat?.request;
        if (attempt >= maxAttempts) {
            const failure = new src/* ShipgateError */.Yu(`The push to ${context.pushBranch} was rejected ${maxAttempts} times (last: ${result.retry}); raise "max-attempts" or try again.`);
            if (!state.seat)
                throw failure;
            return { settled: { pushed: true, commitSha: await state.seat.abandon(failure) }, attempts: attempt };
        }
        const policy = state.seat ? LANDING_RETRY : RACE_RETRY;
        const delayMs = (0,src/* backoffDelay */.EY)(attempt, {
            baseDelayMs: options.retryDelays?.baseDelayMs ?? policy.baseDelayMs,
            maxDelayMs: options.retryDelays?.maxDelayMs ?? policy.maxDelayMs,
            factor: policy.factor,
        });
        if (!state.seat) {
            context.log.info(`Push attempt ${attempt} of ${maxAttempts} lost a race (${result.retry}); fetching the new tip and re-applying in ${delayMs} ms.`);
        }
        if (delayMs > 0)
            await (0,src/* sleep */.yy)(delayMs);
    }
}
/** Runs an attempt; when it fails while our deploy is queued, the request is withdrawn first. */
async function abandonOnError(state, attempt) {
    try {
        return await attempt();
    }
    catch (error) {
        if (!state.seat)
            throw error;
        return { settled: { pushed: true, commitSha: await state.seat.abandon(error) } };
    }
}
/** The result, the log lines that say what happened, and the pull request in that mode. */
async function reportDeploy(options, plan, context, settled, attempts, url) {
    const { log } = options;
    const result = {
        changed: settled.pushed,
        commitSha: settled.pushed ? settled.commitSha : (settled.tip ?? ''),
        attempts: !settled.pushed && settled.refused ? 0 : attempts,
        branch: context.pushBranch,
        path: plan.path,
    };
    if (!settled.pushed && settled.refused) {
        result.refused = settled.refused;
        log.notice(`Not deploying ${options.app} to ${options.environment}: ${settled.refused}. Set allow-downgrade: true to deploy it anyway.`);
        return result;
    }
    const unchangedPullRequest = !settled.pushed && settled.unchangedPullRequest === true;
    if (!settled.pushed && !unchangedPullRequest) {
        log.info(`${plan.path} on ${context.baseBranch} already holds this content; nothing to commit.`);
    }
    if (plan.mode === 'pull-request' && (settled.pushed || unchangedPullRequest)) {
        const repo = ownerAndName(url);
        const pull = await openOrUpdatePullRequest({
            apiUrl: options.apiUrl ?? 'https://api.github.com',
            token: options.token,
            owner: repo.owner,
            repo: repo.name,
            head: context.pushBranch,
            base: context.baseBranch,
            title: plan.message.split('\n')[0] ?? `Deploy ${options.app} to ${options.environment}`,
            body: plan.message,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
        });
        result.pullRequestUrl = pull.url;
        log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
    }
    else if (settled.pushed) {
        log.info(`Committed ${result.commitSha} to ${context.pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
    }
    return result;
}
/** Validates every input and builds the commit message; no side effects outside reading files. */
async function planDeploy(options) {
    if (!NAME_PATTERN.test(options.app)) {
        throw new src/* ConfigurationError */.j1(`Input "app" must be letters, digits, ".", "_" or "-", got "${options.app}".`);
    }
    if (!NAME_PATTERN.test(options.environment)) {
        throw new src/* ConfigurationError */.j1(`Input "environment" must be letters, digits, ".", "_" or "-", got "${options.environment}".`);
    }
    if (options.branch !== undefined)
        (0,src/* requireBranchName */.v)(options.branch, 'branch');
    const path = confineDeployPath(options.path ?? `apps/${options.app}/${options.environment}`);
    const maxAttempts = options.maxAttempts ?? 10;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
        throw new src/* ConfigurationError */.j1(`Input "max-attempts" must be a positive integer, got ${maxAttempts}.`);
    }
    const imageRefs = options.imageRefs.map((ref) => (0,image_src/* requireDigestReference */.L1)(ref, 'image-ref').toString());
    const digests = new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)));
    if (options.scanRecord && !digests.has(options.scanRecord.digest)) {
        throw new src/* ConfigurationError */.j1(`Input "scan-record" is for ${options.scanRecord.imageRef}, which is not one of the images being deployed.`);
    }
    if (options.scanRecord && options.scan !== undefined) {
        throw new src/* ConfigurationError */.j1(`Inputs "scan" and "scan-record" must not be given together; pass one verdict.`);
    }
    const scan = options.scanRecord
        ? (0,scan_src/* formatScanTrailer */.Ox)(options.scanRecord)
        : options.scan !== undefined
            ? normalizeScanTrailer(options.scan)
            : undefined;
    if (options.sourceTime !== undefined && Number.isNaN(Date.parse(options.sourceTime))) {
        throw new src/* ConfigurationError */.j1(`Input "source-time" must be an ISO 8601 time, got "${options.sourceTime}".`);
    }
    const files = await listSourceFiles(options.sourceDir);
    requireEnvironmentContent(await readDirectoryEntries(options.sourceDir), `Input "source-dir" (${options.sourceDir}) cannot be deployed to ${path}`);
    if (files.length === 0 && !options.allowEmpty) {
        throw new src/* ConfigurationError */.j1(`Input "source-dir" (${options.sourceDir}) is empty, which would delete ${path}; set allow-empty: true to remove the deployment on purpose.`);
    }
    const trail = {
        app: options.app,
        environment: options.environment,
        imageRefs,
        ...(options.source ? { source: options.source } : {}),
        ...(options.sourceTime ? { sourceTime: new Date(Date.parse(options.sourceTime)).toISOString() } : {}),
        ...(options.runUrl ? { run: options.runUrl } : {}),
        ...(scan ? { scan } : {}),
        ...(options.configHash ? { configHash: options.configHash } : {}),
        approvedBy: [...new Set((options.approvalRecord?.approvers ?? []).map((entry) => entry.login))],
        ...(options.hotfix ? { hotfix: true } : {}),
        ...(options.rollback
            ? {
                rollbackOf: options.rollback.of,
                rollbackTo: options.rollback.to,
                ...(options.rollback.reason ? { reason: options.rollback.reason } : {}),
            }
            : {}),
        ...(files.length === 0 ? { removal: true } : {}),
    };
    const rendered = renderMessageTemplate(options.message || DEFAULT_MESSAGE, {
        app: options.app,
        environment: options.environment,
        image: imageRefs[0] ?? '',
        digest: imageRefs[0]?.slice(imageRefs[0].lastIndexOf('@') + 1) ?? '',
        source: options.source ?? '',
    });
    return {
        path,
        deploy: {
            ...trail,
            path,
            ...(options.allowDowngrade ? { allowDowngrade: true } : {}),
            ...(options.expectCurrentCommit ? { expectCurrentCommit: options.expectCurrentCommit } : {}),
        },
        files,
        message: buildCommitMessage(rendered, trail),
        subject: rendered,
        imageRefs,
        prune: options.prune ?? true,
        kustomization: options.kustomization,
        mode: options.mode ?? 'push',
        maxAttempts,
    };
}
/**
 * The GitOps policy stage, before landing: `.shipgate/policy.yaml` on the target branch's tip
 * applied to this deploy (deploy-policy.ts), or, when the branch has none, the input-driven
 * approval check of old with a notice recommending a policy. Throws before anything is written;
 * the rules (rules.ts) then make sure every tip the deploy lands on holds the same policy.
 */
async function applyGitOpsPolicy(git, branch, plan, options) {
    const tip = (await fetchBranch(git, branch, { filter: 'tree:0' })) ? remoteTrackingRef(branch) : undefined;
    const found = tip ? await readPolicyAt(git, tip) : undefined;
    if (!found) {
        options.log.notice(`${branch} has no .shipgate/policy.yaml, so this deploy follows the workflow's inputs alone; keep a policy in the GitOps repository so that the workflow cannot choose its own rules.`);
        checkApprovalWithoutPolicy(options, plan.imageRefs);
        return undefined;
    }
    const history = (environment) => readDeploymentsFromClone(git, tip, { app: options.app, environment });
    const verdict = await enforceDeployPolicy(found, { path: plan.path, files: plan.files, history }, options, options.log);
    options.log.info(`Applied ${found.policy.source}: ${plan.path} is environment ${verdict.environment?.name ?? '(none)'}.`);
    return { ...verdict, checked: { blob: found.blob, text: found.text } };
}
/** Without a policy: approval when `require-approval` (default: for `production`) says so, bound to the inputs. */
function checkApprovalWithoutPolicy(options, imageRefs) {
    const requireApproval = options.requireApproval ?? options.environment === 'production';
    if (requireApproval && !options.approvalRecord) {
        throw new src/* ConfigurationError */.j1(`Input "approval-record" is required to deploy to "${options.environment}" (require-approval is true).`);
    }
    if (options.approvalRecord) {
        (0,approvals_src/* verifyApprovalBinding */.I9)(options.approvalRecord, {
            app: options.app,
            environment: options.environment,
            imageRefs,
            configHash: options.configHash ?? '',
        });
    }
}
/** The trail with what the policy stage verified: the approvals that counted, the policy blob, a break-glass. */
function withPolicyTrail(trail, verdict) {
    return {
        ...trail,
        configHash: verdict.configHash,
        approvedBy: [...new Set(verdict.approvals.map((approval) => approval.login))],
        ...(verdict.approvals.length > 0 ? { approvals: verdict.approvals.map((approval) => approval.url) } : {}),
        policy: verdict.policyBlob,
        ...(verdict.breakGlass ? { breakGlass: verdict.breakGlass } : {}),
        ...(verdict.attestations.length > 0 ? { attestations: verdict.attestations } : {}),
    };
}
const PLACEHOLDERS = ['app', 'environment', 'image', 'digest', 'short-digest', 'source'];
/** Fills `{app}`, `{environment}`, `{image}`, `{digest}`, `{short-digest}`, `{source}`; values become one line. */
function renderMessageTemplate(template, values) {
    const shortDigest = values.digest.replace(/^[a-z0-9]+:/, '').slice(0, 12);
    const all = { ...values, 'short-digest': shortDigest };
    return template.replace(/\{([a-z-]+)\}/g, (whole, name) => {
        if (!PLACEHOLDERS.includes(name)) {
            throw new src/* ConfigurationError */.j1(`Input "message" uses an unknown placeholder ${whole}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
        }
        return sanitizeTrailerValue(all[name]);
    });
}

;// CONCATENATED MODULE: ./packages/gitops/src/report.ts






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
            metrics: computeDoraMetrics(deployments, { since, until }),
            deploysPerDay: countPerDay(inWindow.filter((d) => d.kind === 'deploy'), since, until),
            ...(options.verification
                ? { verification: options.verification.get(environment) ?? { judged: 0, verified: 0, unverifiable: 0 } }
                : {}),
        };
    });
    return { app: options.app, since: since.toISOString(), until: until.toISOString(), environments };
}
function toRow(deployment, history) {
    // A rollback restores a deploy's image; without a scan trailer of its own, that deploy's verdict is the image's.
    const restored = deployment.kind === 'rollback' && !deployment.scan && deployment.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && dora_sameCommit(d.commitSha, deployment.rollbackTo))
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
const report_DAY_MS = 24 * 60 * 60 * 1000;
/** One entry per UTC day the window touches, zeros included, so the chart's axis is continuous. */
function countPerDay(deploys, since, until) {
    const counts = new Map();
    const firstDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
    // `until` is exclusive: a window ending at midnight does not touch the next day.
    for (let day = firstDay; day < until.getTime(); day += report_DAY_MS)
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
const UNIT_MS = { m: 60_000, h: 3_600_000, d: report_DAY_MS, w: 7 * report_DAY_MS };
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
    const tooLong = () => new src/* ConfigurationError */.j1(`Input "${input}" reaches back more than ${maxDays} days, the longest report window, got "${value}".`);
    const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
    if (duration) {
        const amount = Number(duration[1]);
        if (amount === 0)
            throw new src/* ConfigurationError */.j1(`Input "${input}" must be a duration greater than zero.`);
        const span = amount * UNIT_MS[duration[2]];
        if (span > maxDays * report_DAY_MS)
            throw tooLong();
        return new Date(now.getTime() - span);
    }
    const time = parseIsoTime(trimmed);
    if (Number.isNaN(time)) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`);
    }
    if (time >= now.getTime()) {
        const until = options.untilInput;
        throw new src/* ConfigurationError */.j1(until
            ? `Input "${input}" (${value}) must be before input "${until.name}" (${until.value}).`
            : `Input "${input}" must be in the past, got "${value}".`);
    }
    if (now.getTime() - time > maxDays * report_DAY_MS)
        throw tooLong();
    return new Date(time);
}
/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
function parseUntil(value, input = 'until') {
    const time = parseIsoTime(value.trim());
    if (Number.isNaN(time)) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
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
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}
/**
 * Reads the app's deployment trail (commits only: a treeless partial fetch, once for all
 * environments), builds the report and writes it as JSON to `reportFile`.
 */
async function generateDeploymentReport(options) {
    // Every app's trail (the fetch is commits only either way), so a misspelt name can be told apart.
    const everyApp = await readDeployments({ ...repositoryAccess(options), exec: options.exec });
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

;// CONCATENATED MODULE: ./packages/gitops/src/promote.ts






/**
 * The current deployment of the from-environment (newest commit first in `history`), if it may be
 * promoted: there is one, it names digest-pinned images, and its recorded scan verdict is `pass`.
 * A rollback commit carries the trailers of the deploy it restored, so promoting after a rollback
 * promotes the restored image.
 */
function choosePromotion(history, where) {
    const current = history[0];
    if (!current)
        throw new src/* ConfigurationError */.j1(`There is no deployment of ${where} to promote.`);
    const what = `The current deployment of ${where} (${current.commitSha.slice(0, 7)})`;
    if (current.imageRefs.length === 0)
        throw new src/* ConfigurationError */.j1(`${what} names no image to promote.`);
    const unpinned = current.imageRefs.find((ref) => !/@sha256:[0-9a-f]{64}$/.test(ref));
    if (unpinned)
        throw new src/* ConfigurationError */.j1(`${what} names ${unpinned}, which is not pinned by digest.`);
    // A rollback commit restores a deploy's image; when it carries no scan trailer of its own, the
    // restored deploy's verdict is the image's.
    const restored = current.kind === 'rollback' && current.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && dora_sameCommit(d.commitSha, current.rollbackTo))
        : undefined;
    const scan = current.scan ?? restored?.scan;
    const verdict = scanVerdictOf({ scan });
    if (verdict !== 'pass') {
        const recorded = scan ? `"${scan}"` : 'no scan verdict';
        throw new src/* ConfigurationError */.j1(`${what} cannot be promoted: its scan recorded ${recorded}, not pass.`);
    }
    return {
        deployment: current,
        imageRefs: current.imageRefs,
        source: current.source ?? '',
        sourceTime: current.sourceTime ?? restored?.sourceTime ?? '',
        scanVerdict: verdict,
        scan: scan ?? '',
        configHash: current.configHash ?? restored?.configHash ?? '',
    };
}
/**
 * The destination repository of `to-image`: `registry/name`, optionally with a tag to set there
 * too; a digest is refused (the digest is the source's, by definition).
 */
function parseTargetRepository(value, input = 'to-image') {
    let reference;
    try {
        reference = (0,image_src/* parseImageReference */.o_)(value);
    }
    catch (error) {
        if (error instanceof image_src/* ImageReferenceError */.rI) {
            throw new src/* ConfigurationError */.j1(`Input "${input}" is not a valid image repository: ${error.message}`);
        }
        throw error;
    }
    if (reference.digest) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" must name a repository without a digest, got "${value}".`);
    }
    return reference;
}
/**
 * Copies the promoted image by digest into `target`'s repository and checks that the registry
 * now serves the same digest there: the exact bytes that were tested, not a rebuild. Returns
 * `target-repository@digest`.
 */
async function copyPromotedImage(imageRef, target, registry, log) {
    const source = (0,image_src/* parseImageReference */.o_)(imageRef);
    if (!source.digest)
        throw new src/* ConfigurationError */.j1(`${imageRef} is not pinned by digest.`);
    const destination = target.tag ? `${target.name}:${target.tag}` : target.name;
    if (target.name === source.name && !target.tag) {
        log.info(`${imageRef} is already in ${target.name}; nothing to copy.`);
        return imageRef;
    }
    const copied = await registry.copyImage(imageRef, destination);
    const pinned = `${target.name}@${source.digest}`;
    const served = await registry.headManifest(pinned);
    if (copied.digest !== source.digest || served?.digest !== source.digest) {
        throw new src/* ShipgateError */.Yu(`Copying ${imageRef} to ${target.name} changed the digest: the registry serves ${served?.digest ?? 'nothing'} for ${pinned}.`);
    }
    log.info(`Copied ${imageRef} to ${pinned}; digest unchanged.`);
    return pinned;
}
/**
 * Reads the current deployment of the from-environment (commits only, no file contents) and
 * returns the exact image to deploy next, copied by digest when `toImage` is set. Commits
 * nothing: the workflow chains render-manifests, approval-gate and gitops-commit after it.
 */
async function promote(options) {
    if (options.fromEnvironment === options.toEnvironment) {
        throw new src/* ConfigurationError */.j1(`Input "to-environment" must differ from "from-environment" (${options.fromEnvironment}).`);
    }
    if (options.toImage && !options.registry)
        throw new Error('promote: a registry client is needed to copy the image.');
    const history = await readDeployments({
        ...repositoryAccess(options),
        exec: options.exec,
        path: options.path,
        app: options.app,
        environment: options.fromEnvironment,
    });
    const candidate = choosePromotion(history, `${options.app} in ${options.fromEnvironment}`);
    options.log.info(`Promoting ${candidate.imageRefs.join(', ')} (${candidate.source || 'unknown source'}, scan pass) from ${options.fromEnvironment} to ${options.toEnvironment}.`);
    const attestations = [];
    if (options.verifyImage) {
        for (const imageRef of candidate.imageRefs)
            attestations.push((await options.verifyImage(imageRef)).trailer);
    }
    let imageRefs = candidate.imageRefs;
    if (options.toImage) {
        if (candidate.imageRefs.length !== 1) {
            throw new src/* ConfigurationError */.j1(`Input "to-image" names one repository, but ${options.app} in ${options.fromEnvironment} deploys ${candidate.imageRefs.length} images.`);
        }
        imageRefs = [await copyPromotedImage(candidate.imageRefs[0], options.toImage, options.registry, options.log)];
        if (options.copyAttestations && imageRefs[0] !== candidate.imageRefs[0]) {
            await options.copyAttestations(candidate.imageRefs[0], imageRefs[0]);
        }
    }
    return {
        imageRefs,
        source: candidate.source,
        sourceTime: candidate.sourceTime,
        scanVerdict: candidate.scanVerdict,
        scan: candidate.scan,
        configHash: candidate.configHash,
        fromCommit: candidate.deployment.commitSha,
        fromImageRefs: candidate.imageRefs,
        attestations,
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/report-summary.ts

/**
 * The job summary of a deployment report: per environment, the metrics, a chart and the history
 * table, cut at `maxRows` rows (GitHub refuses step summaries over 1 MiB; the JSON has every row).
 */
function renderReportSummary(report, maxRows = 100) {
    const summary = new src/* Summary */.BD().heading(`Deployments of ${report.app}`);
    summary.paragraph(`From ${report.since} to ${report.until} (UTC).`);
    if (report.environments.length > 0) {
        summary.table([
            'environment',
            'deploys',
            'per day',
            'lead time (median / p90)',
            'change failure rate',
            'time to restore',
            'rework rate',
            'verified',
        ], report.environments.map((env) => metricsRow(env)));
    }
    for (const env of report.environments) {
        summary.heading(env.environment, 3);
        if (env.current) {
            summary.paragraph(`Current: ${describeCurrent(env.current)}`);
        }
        else {
            summary.paragraph('No deployment yet.');
        }
        summary.raw(deploysPerDayChart(env));
        if (env.history.length === 0) {
            summary.paragraph('No deploys or rollbacks in this window.');
            continue;
        }
        summary.table(['time (UTC)', 'kind', 'commit', 'image digest', 'source', 'approvers', 'scan'], env.history
            .slice(0, maxRows)
            .map((row) => [
            row.time.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
            row.kind === 'rollback'
                ? `rollback to ${report_summary_short(row.rollbackTo)}${row.reason ? `: ${row.reason}` : ''}`
                : 'deploy',
            report_summary_short(row.commitSha),
            row.imageDigests.map((digest, i) => (digest ? digest.slice(0, 19) : (row.imageRefs[i] ?? ''))).join(', '),
            row.source,
            row.approvers.join(', '),
            row.scanVerdict,
        ]));
        if (env.history.length > maxRows) {
            summary.paragraph(`The newest ${maxRows} of ${env.history.length} commits; the JSON report lists them all.`);
        }
    }
    return summary.toString();
}
function metricsRow(env) {
    const m = env.metrics;
    return [
        env.environment,
        String(m.deploys),
        formatNumber(m.deploysPerDay),
        m.leadTime.medianMs === null
            ? '–'
            : `${formatDuration(m.leadTime.medianMs)} / ${formatDuration(m.leadTime.p90Ms)}`,
        m.changeFailureRate === null
            ? '–'
            : `${formatNumber(m.changeFailureRate * 100)}% (${m.failedDeploys}/${m.deploys})`,
        m.timeToRestore.medianMs === null ? '–' : formatDuration(m.timeToRestore.medianMs),
        m.reworkRate === null
            ? '–'
            : `${formatNumber(m.reworkRate * 100)}% (${m.rollbacks + m.hotfixes}/${m.deploys + m.rollbacks})`,
        verifiedCell(env.verification),
    ];
}
/** `3 of 4`, with what could not be verified; `–` when verify-deployments did not run. */
function verifiedCell(verification) {
    if (!verification)
        return '–';
    const unverifiable = verification.unverifiable ? `, ${verification.unverifiable} could not be verified` : '';
    return `${verification.verified} of ${verification.judged}${unverifiable}`;
}
function describeCurrent(row) {
    const what = row.kind === 'rollback' ? ` (a rollback to ${report_summary_short(row.rollbackTo)})` : '';
    return `commit ${report_summary_short(row.commitSha)}${what}, ${row.source || 'unknown source'}, since ${row.time} (scan: ${row.scanVerdict})`;
}
/** A mermaid bar chart of deploys per UTC day; GitHub renders `xychart-beta` in job summaries. */
function deploysPerDayChart(env) {
    const days = env.deploysPerDay;
    const max = Math.max(1, ...days.map((day) => day.deploys));
    // Labels are quoted: a bare 11-05 would not parse as a category.
    const labels = days.map((day) => `"${day.date.slice(5)}"`).join(', ');
    const values = days.map((day) => day.deploys).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        `    title "Deploys per day: ${env.environment.replace(/"/g, "'")}"`,
        `    x-axis [${labels}]`,
        `    y-axis "deploys" 0 --> ${max}`,
        `    bar [${values}]`,
        '```',
    ].join('\n');
}
function formatDuration(ms) {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 60)
        return `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
    const days = Math.floor(hours / 24);
    return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
}
function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
function report_summary_short(sha) {
    return sha ? sha.slice(0, 7) : '?';
}

;// CONCATENATED MODULE: ./packages/gitops/src/rollback.ts












/**
 * Chooses the deployment a rollback restores, from one environment's history (newest first).
 *
 * `to: previous` means the newest deploy commit that is older than what is live now and was not
 * itself rolled back. What is live is the current commit, or for a rollback commit the deploy it
 * restored; so rolling back twice walks further back (D0, D1, D2 → D1 → D0) instead of bouncing
 * between two states, and a deploy named in any `Shipgate-Rollback-Of` is never restored by
 * `previous` (it failed once already). A sha chooses that commit explicitly (a rollback commit's
 * sha means the deploy it restored), even one rolled back before.
 */
function planRollback(history, to, where) {
    const current = history[0];
    if (!current)
        throw new src/* ConfigurationError */.j1(`There is no deployment of ${where} to roll back.`);
    const live = restoredDeploy(history, current) ?? current;
    if (to === 'previous') {
        const rolledBack = history.flatMap((d) => (d.kind === 'rollback' && d.rollbackOf ? [d.rollbackOf] : []));
        const liveIndex = history.indexOf(live);
        const target = history
            .slice(liveIndex + 1)
            .find((d) => d.kind === 'deploy' && !rolledBack.some((sha) => dora_sameCommit(sha, d.commitSha)));
        if (!target) {
            throw new src/* ConfigurationError */.j1(`There is no earlier deployment of ${where} to roll back to: ${live.commitSha.slice(0, 7)} is the oldest one not rolled back.`);
        }
        return { current, target };
    }
    if (!/^[0-9a-f]{7,64}$/i.test(to)) {
        throw new src/* ConfigurationError */.j1(`Input "to" must be "previous" or a deploy commit sha, got "${to}".`);
    }
    const named = history.find((d) => dora_sameCommit(d.commitSha, to));
    if (!named)
        throw new src/* ConfigurationError */.j1(`Input "to" names ${to}, which is not a deployment of ${where}.`);
    const target = named.kind === 'deploy' ? named : restoredDeploy(history, named);
    if (!target) {
        throw new src/* ConfigurationError */.j1(`Input "to" names rollback ${to}, whose restored deployment ${named.rollbackTo ?? '(none)'} is not in the history of ${where}.`);
    }
    if (target === live) {
        throw new src/* ConfigurationError */.j1(`Input "to" names ${to}, which is what ${where} runs now; there is nothing to roll back.`);
    }
    return { current, target };
}
/** For a rollback commit, the deploy commit it restored; for a deploy, the deploy itself. */
function restoredDeploy(history, deployment) {
    let cursor = deployment;
    // Bounded: a rollback names an older commit, and a chain cannot be longer than the history.
    for (let hops = 0; cursor && cursor.kind === 'rollback' && hops <= history.length; hops++) {
        const sha = cursor.rollbackTo;
        cursor = sha ? history.find((d) => dora_sameCommit(d.commitSha, sha)) : undefined;
    }
    return cursor?.kind === 'deploy' ? cursor : undefined;
}
/**
 * Writes the files `path` held at `commitSha` into `destination/path`, byte for byte (modes
 * included), from a clone that may be partial: git fetches only the blobs of that tree. Nothing
 * but `destination` is touched (no index, no checkout of the clone).
 */
async function restoreFilesAt(git, commitSha, path, destination) {
    const { stdout } = await git(['ls-tree', '-z', '--name-only', commitSha, '--', path]);
    if (!stdout.split('\u0000').includes(path)) {
        throw new src/* ConfigurationError */.j1(`Deployment ${commitSha.slice(0, 7)} has no files at "${path}" to restore.`);
    }
    await (0,promises_.mkdir)(destination, { recursive: true });
    await git([
        '-c',
        'core.autocrlf=false',
        '-c',
        'core.symlinks=true',
        `--work-tree=${destination}`,
        'restore',
        `--source=${commitSha}`,
        '--worktree',
        '--',
        path,
    ]);
    return (0,external_node_path_.join)(destination, path);
}
/**
 * Restores an earlier deployment of (app, environment): reads the history (commits only), picks
 * the target (see `planRollback`), restores the target's files from the repository's own history
 * (only those blobs are fetched) and commits them through gitops-commit's writer as a new commit
 * with the target's image, source and config-hash trailers plus `Shipgate-Rollback-Of/-To` and
 * `Shipgate-Reason`. The writer's order guard is skipped for this commit (`allowDowngrade`) and
 * from then on refuses the rolled-back source and anything older.
 */
async function rollback(options) {
    const reason = options.reason.trim();
    if (!reason)
        throw new src/* ConfigurationError */.j1('Input "reason" is required: say why this rollback is made.');
    if (options.to !== 'previous' && !/^[0-9a-f]{7,64}$/i.test(options.to)) {
        throw new src/* ConfigurationError */.j1(`Input "to" must be "previous" or a deploy commit sha, got "${options.to}".`);
    }
    const path = confineDeployPath(options.path ?? `apps/${options.app}/${options.environment}`);
    const where = `${options.app} in ${options.environment}`;
    return withScratchClone(options, { purpose: 'rollback', bare: true, subdir: 'repo.git' }, async ({ dir, git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch))) {
            throw new src/* ConfigurationError */.j1(`There is no deployment of ${where} to roll back: the branch does not exist.`);
        }
        // Blobless: commits and trees now, file contents only for the tree that is restored.
        await fetchBranch(git, branch, { filter: 'blob:none' });
        const history = await readDeploymentsFromClone(git, remoteTrackingRef(branch), {
            app: options.app,
            environment: options.environment,
        });
        const { current, target } = planRollback(history, options.to, where);
        options.log.info(`Rolling back ${where} from ${current.commitSha.slice(0, 12)} to ${target.commitSha.slice(0, 12)} (${target.source ?? 'unknown source'}, ${target.imageRefs.join(', ')}).`);
        const sourceDir = await restoreFilesAt(git, target.commitSha, path, (0,external_node_path_.join)(dir, 'restored'));
        // Read from the tree, not the restored directory: git modes show what a checkout hides (a
        // submodule restores as an empty directory).
        requireEnvironmentContent(await readEnvironmentEntriesAt(git, target.commitSha, path), `Input "to" leads to deployment ${target.commitSha.slice(0, 12)} of ${where}, which cannot be restored`);
        return commitRollback(options, { branch, path, sourceDir, reason, current, target });
    });
}
/** The rollback commit, through gitops-commit's writer. */
async function commitRollback(options, restore) {
    const { branch, path, sourceDir, reason, current, target } = restore;
    const result = await deployToGitOps({
        ...repositoryAccess(options),
        branch,
        exec: options.exec,
        log: options.log,
        app: options.app,
        environment: options.environment,
        path,
        sourceDir,
        imageRefs: target.imageRefs,
        configHash: target.configHash,
        // The restored image's verdict goes with it, so the rollback commit can be promoted as is.
        ...(target.scan && scanVerdictOf(target) !== 'unknown' ? { scan: target.scan } : {}),
        source: target.source,
        sourceTime: target.sourceTime,
        approvalRecord: options.approvalRecord,
        requireApproval: options.requireApproval,
        ...(options.evidence ? { evidence: options.evidence } : {}),
        ...(options.breakGlassReason ? { breakGlassReason: options.breakGlassReason } : {}),
        ...(options.verifyAttestations ? { verifyAttestations: options.verifyAttestations } : {}),
        ...(options.deployStatement ? { deployStatement: options.deployStatement } : {}),
        message: `Roll back {app} in {environment} to ${target.commitSha.slice(0, 12)}`,
        prune: true,
        allowDowngrade: true,
        rollback: { of: current.commitSha, to: target.commitSha, reason },
        // A deploy landing after the history was read must not be silently overwritten.
        expectCurrentCommit: current.commitSha,
        runUrl: options.runUrl,
        maxAttempts: options.maxAttempts,
        retryDelays: options.retryDelays,
        ...(options.signing ? { signing: options.signing } : {}),
    });
    if (!result.changed) {
        options.log.warning(`${path} already holds the files of ${target.commitSha.slice(0, 12)}; no rollback commit was made.`);
    }
    return {
        commitSha: result.commitSha,
        changed: result.changed,
        rolledBackTo: target.commitSha,
        rolledBackFrom: current.commitSha,
        target,
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/signing-key.ts




const OPENSSH_KEY = /^-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END OPENSSH PRIVATE KEY-----\n?$/;
/**
 * Runs `fn` with an SSH signing key on disk for git (`user.signingKey` names the file, never the
 * key): masked first, line by line (a runner masks multi-line secrets per line), written 0600
 * into a fresh 0700 directory, removed when `fn` settles, whatever it did. An input that is not an
 * unencrypted OpenSSH private key is refused before anything is written.
 */
async function withSigningKey(options, fn) {
    const text = options.key?.replace(/\r\n?/g, '\n').trim();
    if (!text)
        return fn(undefined);
    options.setSecret(text);
    for (const line of text.split('\n'))
        if (!line.startsWith('-----'))
            options.setSecret(line);
    const inputName = options.inputName ?? 'signing-key';
    if (!OPENSSH_KEY.test(`${text}\n`)) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be an SSH private key as ssh-keygen writes it (-----BEGIN OPENSSH PRIVATE KEY-----), without a passphrase.`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), 'shipgate-signing-'));
    try {
        await (0,promises_.chmod)(dir, 0o700);
        const file = (0,external_node_path_.join)(dir, 'signing-key');
        await (0,promises_.writeFile)(file, `${text}\n`, { mode: 0o600 });
        return await fn({ key: file });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/source-time.ts
/**
 * The source commit's committer time, for `Shipgate-Source-Time`: from the checkout when the
 * commit is there, else from the push event's head commit; `undefined` when neither knows it.
 */
async function resolveSourceTime(lookup) {
    if (/^[0-9a-f]{7,64}$/i.test(lookup.sha)) {
        try {
            const shown = await lookup.exec('git', ['show', '-s', '--format=%cI', lookup.sha], {
                cwd: lookup.workspace,
                ignoreReturnCode: true,
                quiet: true,
            });
            const time = shown.exitCode === 0 ? shown.stdout.trim() : '';
            if (time && !Number.isNaN(Date.parse(time)))
                return time;
        }
        catch {
            // git missing or the workspace is not a directory: fall back to the event
        }
    }
    const headCommit = lookup.payload.head_commit;
    const timestamp = headCommit?.timestamp;
    if (typeof timestamp === 'string' && !Number.isNaN(Date.parse(timestamp)))
        return timestamp;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/index.ts
// What the actions and the other packages use; the rest of the package is reached through these.
























/***/ }),

/***/ 52923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l$: () => (/* reexport */ POLICY_PATH),
  WO: () => (/* reexport */ activeFreeze),
  ON: () => (/* reexport */ parsePolicy),
  z4: () => (/* reexport */ pathTouchesGlob),
  L6: () => (/* reexport */ pathWithinGlob),
  _9: () => (/* reexport */ requiresApproval),
  zJ: () => (/* reexport */ resolveDeployEnvironment),
  i9: () => (/* reexport */ tightenApprovalRules)
});

// UNUSED EXPORTS: checkFreezeWindows, environmentNamed, environmentOfPath, parseDuration

// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __webpack_require__(34257);
;// CONCATENATED MODULE: ./packages/policy/src/duration.ts

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `30m`, `24h`, `7d`, `1h30m` → milliseconds; `what` names the field in the error. */
function parseDuration(text, what) {
    if (!/^(\d+[smhdw])+$/.test(text)) {
        throw new src/* ConfigurationError */.j1(`${what} must be a duration such as 30m, 24h or 7d, got "${text}".`);
    }
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) {
        total += Number(amount) * UNIT_MS[unit];
    }
    return total;
}

// EXTERNAL MODULE: ./node_modules/croner/dist/croner.js
var croner = __webpack_require__(55814);
;// CONCATENATED MODULE: ./packages/policy/src/freeze.ts


/** A croner schedule for a window; a bad cron expression or time zone is a ConfigurationError. */
function scheduleOf(window, where) {
    try {
        return new croner/* Cron */.l4(window.schedule, { timezone: window.timezone, paused: true });
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${where}: "${window.schedule}" (timezone ${window.timezone}) is not a valid cron schedule: ${error.message}.`);
    }
}
/** Checks every window's cron expression and time zone, so a bad one fails when the policy is read. */
function checkFreezeWindows(rules, source) {
    rules.freeze.forEach((window, index) => {
        const cron = scheduleOf(window, `${source} (environments.${rules.name}.freeze.${index}.schedule)`);
        cron.stop();
    });
}
/**
 * The freeze window in force at `at`, if any: a window is in force from each start its cron
 * schedule gives (in its time zone) for its duration, as Argo CD's sync windows are.
 */
function activeFreeze(rules, at) {
    for (const window of rules.freeze) {
        const cron = scheduleOf(window, `environments.${rules.name}.freeze`);
        // The latest start at or before `at` (a start exactly at `at` counts: croner's previous runs are strictly before).
        const startsAtNow = cron.match(at) && at.getUTCSeconds() === 0 && at.getUTCMilliseconds() === 0;
        const previous = startsAtNow ? at : cron.previousRuns(1, new Date(at.getTime()))[0];
        cron.stop();
        if (!previous)
            continue;
        const end = new Date(previous.getTime() + window.durationMs);
        if (at.getTime() < end.getTime())
            return { window, start: previous, end };
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/policy/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schemas/policy.schema.json","title":"Shipgate GitOps policy (.shipgate/policy.yaml)","description":"Per-environment rules that gitops-commit, promote, rollback and approval-gate apply. Kept in the GitOps repository, owned by the platform team.","type":"object","additionalProperties":false,"required":["version","environments"],"properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"The policy format version."},"environments":{"type":"object","description":"Rules per environment name.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"duration":{"type":"string","pattern":"^([0-9]+[smhdw])+$","description":"A duration such as 30m, 24h, 7d or 1h30m."},"approver":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(/[A-Za-z0-9][A-Za-z0-9._-]*)?$","description":"A GitHub user (alice) or a team (org/team-slug)."},"approvers":{"type":"array","items":{"$ref":"#/definitions/approver"},"uniqueItems":true},"environment":{"type":"object","additionalProperties":false,"properties":{"paths":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"pattern":"^[^/\\\\s][^\\\\s]*$"},"description":"Globs of the repository paths that are this environment; default apps/*/<environment>."},"approvals":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"integer","minimum":0,"description":"Approvals needed; default 1."},"approvers":{"$ref":"#/definitions/approvers"},"image-approvers":{"$ref":"#/definitions/approvers"},"config-approvers":{"$ref":"#/definitions/approvers"},"allow-self-approval":{"type":"boolean","default":false},"max-age":{"$ref":"#/definitions/duration"}}},"scan":{"type":"object","additionalProperties":false,"properties":{"require":{"const":"pass"},"max-age":{"$ref":"#/definitions/duration"}}},"promote-from":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"soak":{"$ref":"#/definitions/duration"},"freeze":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["schedule","duration"],"properties":{"schedule":{"type":"string","minLength":9,"description":"Cron expression of each window\'s start."},"duration":{"$ref":"#/definitions/duration"},"timezone":{"type":"string","minLength":1,"description":"IANA time zone; default UTC."},"reason":{"type":"string"}}}},"break-glass":{"$ref":"#/definitions/approvers"},"signed":{"type":"boolean"},"attestations":{"type":"object","additionalProperties":false,"required":["require"],"properties":{"require":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["provenance","scan","sbom"]}},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"owner/name of the repository the build ran in: the certificate\'s Source Repository URI, exactly."},"owner":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The owner of that repository (Source Repository Owner URI), exactly; implied by repository."},"signer-workflow":{"type":"string","pattern":"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/)?\\\\.github/workflows/[^@\\\\s]+\\\\.ya?ml$","description":"The workflow that signed (Build Signer URI without its @ref), exactly: .github/workflows/ci.yml in repository, or owner/name/.github/workflows/build.yml for a reusable workflow."},"ref":{"type":"string","pattern":"^refs/[^\\\\s]+$","description":"The ref the build ran on (Source Repository Ref), exactly, e.g. refs/heads/main."},"identity":{"type":"string","minLength":1,"description":"Legacy: the certificate SAN, exactly; a value starting with ^ is a regular expression, anchored at both ends."}}}}}}}');
;// CONCATENATED MODULE: ./packages/policy/src/load.ts






/** Where the policy lives in the GitOps repository. */
const POLICY_PATH = '.shipgate/policy.yaml';
let validator;
function compiledSchema() {
    if (!validator) {
        // `default` and `description` are annotations; strict mode would reject nothing else we use.
        validator = new ajv.Ajv({ allErrors: false, strict: true }).compile(policy_schema_namespaceObject);
    }
    return validator;
}
/**
 * Parses and validates a policy file. Any problem is one `ConfigurationError` naming the file,
 * the line and the key, e.g. `.shipgate/policy.yaml line 7 (environments.production.approvals.min):
 * must be integer.`
 */
function parsePolicy(text, source = POLICY_PATH) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const [syntax] = document.errors;
    if (syntax) {
        const line = syntax.linePos?.[0]?.line ?? lines.linePos(syntax.pos[0]).line;
        throw new src/* ConfigurationError */.j1(`${source} line ${line}: ${syntax.message.split('\n')[0]}`);
    }
    const value = document.toJS({ maxAliasCount: 50 });
    const validate = compiledSchema();
    if (!validate(value)) {
        const error = (validate.errors ?? [])[0];
        const path = instancePath(error);
        const node = nodeAt(document.contents, path);
        const line = node?.range ? lines.linePos(node.range[0]).line : 1;
        const key = path.length > 0 ? ` (${path.join('.')})` : '';
        throw new src/* ConfigurationError */.j1(`${source} line ${line}${key}: ${describeError(error)}.`);
    }
    return normalize(value, source);
}
function instancePath(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'additionalProperties')
        path.push(String(error.params.additionalProperty));
    return path;
}
function describeError(error) {
    if (error.keyword === 'additionalProperties')
        return `unknown key "${error.params.additionalProperty}"`;
    if (error.keyword === 'required')
        return `missing key "${error.params.missingProperty}"`;
    if (error.keyword === 'enum')
        return `${error.message} (${error.params.allowedValues.join(', ')})`;
    if (error.keyword === 'const')
        return `must be ${JSON.stringify(error.params.allowedValue)}`;
    return error.message ?? error.keyword;
}
/** The YAML node (a key for unknown keys) at a path of keys and indexes. */
function nodeAt(root, path) {
    let node = root;
    let found = (0,dist/* isNode */.Ll)(root) ? root : undefined;
    for (const part of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isNode */.Ll)(item.key) && String(item.key.value) === part);
            if (!pair)
                return found;
            found = ((0,dist/* isNode */.Ll)(pair.value) ? pair.value : pair.key) ?? found;
            if (!(0,dist/* isNode */.Ll)(pair.value))
                return pair.key;
            node = pair.value;
        }
        else if (node && typeof node === 'object' && 'items' in node) {
            const item = node.items[Number(part)];
            if (!(0,dist/* isNode */.Ll)(item))
                return found;
            found = item;
            node = item;
        }
        else {
            return found;
        }
    }
    return found;
}
function normalize(raw, source) {
    const environments = Object.entries(raw.environments).map(([name, env]) => {
        const at = (key) => `${source} (environments.${name}.${key})`;
        const approvals = env.approvals;
        return {
            name,
            paths: env.paths ?? [`apps/*/${name}`],
            ...(approvals
                ? {
                    approvals: {
                        min: approvals.min ?? 1,
                        approvers: approvals.approvers ?? [],
                        imageApprovers: approvals['image-approvers'] ?? [],
                        configApprovers: approvals['config-approvers'] ?? [],
                        allowSelfApproval: approvals['allow-self-approval'] ?? false,
                        ...(approvals['max-age']
                            ? { maxAgeMs: parseDuration(approvals['max-age'], at('approvals.max-age')) }
                            : {}),
                    },
                }
                : {}),
            ...(env.scan?.require
                ? {
                    scan: {
                        require: 'pass',
                        ...(env.scan['max-age'] ? { maxAgeMs: parseDuration(env.scan['max-age'], at('scan.max-age')) } : {}),
                    },
                }
                : {}),
            ...(env['promote-from'] ? { promoteFrom: env['promote-from'] } : {}),
            ...(env.soak ? { soakMs: parseDuration(env.soak, at('soak')) } : {}),
            freeze: (env.freeze ?? []).map((window, index) => ({
                schedule: window.schedule,
                duration: window.duration,
                durationMs: parseDuration(window.duration, at(`freeze.${index}.duration`)),
                timezone: window.timezone ?? 'UTC',
                ...(window.reason ? { reason: window.reason } : {}),
            })),
            breakGlass: env['break-glass'] ?? [],
            signed: env.signed ?? false,
            ...(env.attestations ? { attestations: attestationRules(env.attestations, at) } : {}),
        };
    });
    for (const env of environments) {
        if (env.promoteFrom && !environments.some((other) => other.name === env.promoteFrom)) {
            throw new src/* ConfigurationError */.j1(`${source} (environments.${env.name}.promote-from): names "${env.promoteFrom}", which is not an environment of the policy.`);
        }
    }
    for (const env of environments)
        checkFreezeWindows(env, source);
    return { version: 1, environments, source };
}
function attestationRules(raw, at) {
    const { repository, identity, ref } = raw;
    const owner = raw.owner ?? repository?.split('/')[0];
    if (raw.owner && repository && !repository.startsWith(`${raw.owner}/`)) {
        throw new src/* ConfigurationError */.j1(`${at('attestations.owner')}: is ${raw.owner}, but repository ${repository} has another owner.`);
    }
    let signerWorkflow = raw['signer-workflow'];
    if (signerWorkflow?.startsWith('.github/')) {
        if (!repository) {
            throw new src/* ConfigurationError */.j1(`${at('attestations.signer-workflow')}: ${signerWorkflow} is relative, so "repository" must name the repository it is in.`);
        }
        signerWorkflow = `${repository}/${signerWorkflow}`;
    }
    if (identity?.startsWith('^')) {
        try {
            new RegExp(identity);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`${at('attestations.identity')}: is not a valid regular expression.`);
        }
    }
    return {
        require: raw.require,
        ...(repository ? { repository } : {}),
        ...(owner ? { owner } : {}),
        ...(signerWorkflow ? { signerWorkflow } : {}),
        ...(ref ? { ref } : {}),
        ...(identity ? { identity } : {}),
    };
}
/** Whether deploys to this environment need approval evidence. */
function requiresApproval(rules) {
    return (rules?.approvals?.min ?? 0) > 0;
}

;// CONCATENATED MODULE: ./packages/policy/src/paths.ts

/** One path segment glob (`*`, `?`, literal text) as a regular expression. */
function segmentPattern(glob) {
    const source = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${source}$`);
}
/**
 * Whether writing `path` (a directory the deploy replaces) touches what `glob` names: the path
 * is that directory, inside it, or holds it (writing `apps/web` with prune rewrites
 * `apps/web/production`). `**` matches any number of segments.
 */
function pathTouchesGlob(path, glob) {
    const parts = path.split('/').filter(Boolean);
    const globs = glob.split('/').filter(Boolean);
    const match = (p, g) => {
        if (g === globs.length)
            return true; // the path is the glob's directory or below it
        if (p === parts.length)
            return true; // the glob's directory is below the path
        const segment = globs[g];
        if (segment === '**')
            return match(p, g + 1) || match(p + 1, g);
        return segmentPattern(segment).test(parts[p]) && match(p + 1, g + 1);
    };
    return match(0, 0);
}
/**
 * Whether `path` is a directory `glob` names or lies below one: what a deploy may write. A path
 * that merely holds one (`apps`, above `apps/web/production`) would rewrite everything beside it.
 */
function pathWithinGlob(path, glob) {
    const parts = path.split('/').filter(Boolean);
    const globs = glob.split('/').filter(Boolean);
    const match = (p, g) => {
        if (g === globs.length)
            return true;
        if (p === parts.length)
            return globs.slice(g).every((segment) => segment === '**');
        const segment = globs[g];
        if (segment === '**')
            return match(p, g + 1) || match(p + 1, g);
        return segmentPattern(segment).test(parts[p]) && match(p + 1, g + 1);
    };
    return match(0, 0);
}
/**
 * The environment a deploy to `path` is, decided by the policy's `paths` globs and never by an
 * input. `undefined` when no environment's paths touch it; a ConfigurationError when two do.
 */
function environmentOfPath(policy, path) {
    const matches = policy.environments.filter((rules) => rules.paths.some((glob) => pathTouchesGlob(path, glob)));
    if (matches.length > 1) {
        throw new src/* ConfigurationError */.j1(`The path ${path} touches environments ${matches.map((rules) => rules.name).join(' and ')} of ${policy.source}; deploy to one environment's path.`);
    }
    return matches[0];
}
/** The rules of the environment named `name`, if the policy lists it. */
function environmentNamed(policy, name) {
    return policy.environments.find((rules) => rules.name === name);
}
/**
 * The environment a deploy is: the one its path is. An `environment` input that names another
 * environment of the policy, or a policy environment whose paths do not hold `path`, is an error.
 */
function resolveDeployEnvironment(policy, path, environmentInput) {
    const byPath = environmentOfPath(policy, path);
    if (byPath && byPath.name !== environmentInput) {
        throw new src/* ConfigurationError */.j1(`Input "environment" is "${environmentInput}", but ${policy.source} says ${path} is environment "${byPath.name}"; the path decides the environment.`);
    }
    const byName = environmentNamed(policy, environmentInput);
    if (!byPath && byName) {
        throw new src/* ConfigurationError */.j1(`Input "path" is ${path}, which is not one of environment "${environmentInput}"'s paths in ${policy.source} (${byName.paths.join(', ')}).`);
    }
    return byPath;
}

;// CONCATENATED MODULE: ./packages/policy/src/tighten.ts

const key = (entry) => entry.replace(/^@/, '').toLowerCase();
function narrowList(policyList, inputList, input) {
    if (!inputList || inputList.length === 0)
        return [...policyList];
    const allowed = new Set(policyList.map(key));
    const extra = inputList.filter((entry) => !allowed.has(key(entry)));
    if (extra.length > 0) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" names ${extra.join(', ')}, whom the policy does not list as ${input}; inputs may only narrow the policy's list.`);
    }
    return [...inputList];
}
/**
 * The environment's approval rules after the workflow's inputs tightened them. An input that
 * would loosen the policy (`require-approval: false`, fewer approvals, approvers it does not list,
 * self-approval it forbids) is a ConfigurationError naming the input.
 */
function tightenApprovalRules(rules, inputs) {
    const policy = rules.approvals && rules.approvals.min > 0 ? rules.approvals : undefined;
    if (!policy) {
        if (inputs.requireApproval !== true)
            return undefined;
        // The workflow asks for approval where the policy does not: its inputs are the rules.
        return {
            min: Math.max(1, inputs.minApprovals ?? 1),
            approvers: [...(inputs.approvers ?? [])],
            imageApprovers: [...(inputs.imageApprovers ?? [])],
            configApprovers: [...(inputs.configApprovers ?? [])],
            allowSelfApproval: inputs.allowSelfApproval ?? false,
        };
    }
    if (inputs.requireApproval === false) {
        throw new src/* ConfigurationError */.j1(`Input "require-approval" is false, but the policy requires approval for environment "${rules.name}"; inputs may only tighten it.`);
    }
    if (inputs.minApprovals !== undefined && inputs.minApprovals < policy.min) {
        throw new src/* ConfigurationError */.j1(`Input "min-approvals" is ${inputs.minApprovals}, below the ${policy.min} the policy requires for environment "${rules.name}".`);
    }
    if (inputs.allowSelfApproval === true && !policy.allowSelfApproval) {
        throw new src/* ConfigurationError */.j1(`Input "allow-self-approval" is true, but the policy forbids self-approval for environment "${rules.name}".`);
    }
    return {
        ...policy,
        min: Math.max(policy.min, inputs.minApprovals ?? 0),
        approvers: narrowList(policy.approvers, inputs.approvers, 'approvers'),
        imageApprovers: narrowList(policy.imageApprovers, inputs.imageApprovers, 'image-approvers'),
        configApprovers: narrowList(policy.configApprovers, inputs.configApprovers, 'config-approvers'),
        allowSelfApproval: policy.allowSelfApproval && inputs.allowSelfApproval !== false,
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/index.ts







/***/ })

};
