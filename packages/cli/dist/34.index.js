export const id = 34;
export const ids = [34];
export const modules = {

/***/ 47023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ evidenceFromApprovalUrl),
/* harmony export */   S7: () => (/* binding */ verifyApprovalEvidence),
/* harmony export */   hO: () => (/* binding */ readWorkflowRun),
/* harmony export */   iI: () => (/* binding */ workflowRunFacts)
/* harmony export */ });
/* unused harmony export listIssueComments */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30380);
/* harmony import */ var _issue_gate__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95267);
/* harmony import */ var _policy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72724);
/* harmony import */ var _request_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14525);
/* harmony import */ var _team_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58980);





/** Reads a workflow run: one call, which a caller checking many deploys may cache per run. */
async function readWorkflowRun(client, run) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        params: { owner: run.owner, repo: run.repo, run_id: run.id },
    });
    return workflowRunFacts(data);
}
/** What Shipgate reads of a run, whether it was read on its own or listed with others. */
function workflowRunFacts(data) {
    const actors = [data.actor?.login, data.triggering_actor?.login].filter((login) => Boolean(login));
    return {
        repository: data.repository.full_name,
        headSha: data.head_sha,
        createdAt: data.created_at,
        actors: [...new Set(actors)],
    };
}
/** Every comment of an issue (REST, each page): a verifier passes a batched reader instead. */
function listIssueComments(client, issue) {
    return client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        params: { owner: issue.owner, repo: issue.repo, issue_number: issue.number },
    });
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
        ? await issueDecisions(check, deps.readComments ?? ((issue) => listIssueComments(deps.client, issue)), {
            owner,
            repo,
            number: check.evidence.issueNumber,
        })
        : {
            decisions: await runDecisions(check, { client: deps.client, readRun: deps.readRun ?? ((run) => readWorkflowRun(deps.client, run)) }, { owner, repo }, check.evidence),
            dropped: [],
        };
    const teams = new _team_cache__WEBPACK_IMPORTED_MODULE_0__/* .TeamMembershipCache */ .k(deps.client);
    for (const decision of decisions) {
        for (const team of (0,_policy__WEBPACK_IMPORTED_MODULE_1__/* .teamsToCheck */ .kt)(policy, decision.login))
            await teams.check(team, decision.login);
    }
    const membership = (login) => (0,_policy__WEBPACK_IMPORTED_MODULE_1__/* .membershipOf */ ._G)(policy, login, teams.activeTeams((0,_policy__WEBPACK_IMPORTED_MODULE_1__/* .teamsToCheck */ .kt)(policy, login), login));
    const open = [check.rules.approvers, check.rules.imageApprovers, check.rules.configApprovers].every((l) => l.length === 0);
    if (open && check.evidence.kind === 'issue') {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('The policy names no approvers, so no issue comment can count as an approval.');
    }
    // An approver's denial wins over any approval, their own earlier one included.
    const denial = decisions.find((decision) => {
        if (decision.verdict !== 'deny' || policy.excluded.includes(decision.login.toLowerCase()))
            return false;
        const member = membership(decision.login);
        return open || member.approver || member.imageApprover || member.configApprover;
    });
    if (denial) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The approval is void: ${denial.login}, an approver, denied it${denial.url ? ` (${denial.url})` : ''}.`);
    }
    const evaluation = (0,_policy__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDecisions */ .Xx)(policy, decisions, membership, { open });
    const notCounted = [
        ...dropped,
        ...evaluation.ignored.map(({ decision, reason }) => `${decision.login}'s /${decision.verdict} (${reason})`),
    ];
    for (const entry of notCounted)
        deps.log.info(`Not counted: ${entry}.`);
    if (evaluation.status !== 'approved') {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The approval evidence does not meet the policy: ${evaluation.approvals.length} of ${policy.minApprovals} approval(s) count, missing ${evaluation.missing.join(' and ')}${notCounted.length > 0 ? `; not counted: ${notCounted.join(', ')}` : ''}.`);
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
        if (error instanceof _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .GitHubApiError */ .O && error.status === 403 && !error.rateLimited)
            return 'github-actions[bot]';
        throw error;
    }
}
function policyFor(check, tokenUser) {
    const policy = (0,_policy__WEBPACK_IMPORTED_MODULE_1__/* .buildApprovalPolicy */ .mx)({
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
async function issueDecisions(check, readComments, issue) {
    const issueUrl = `${check.evidence.repository}#${issue.number}`;
    const comments = [...(await readComments(issue))].sort((a, b) => a.id - b.id);
    const request = comments
        .map((comment) => ({ comment, named: (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .parseRequestMarker */ .f4)(comment.body ?? '') }))
        .find((entry) => entry.named !== undefined);
    if (!request?.named) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The request issue ${issueUrl} has no Shipgate request comment.`);
    }
    const { comment: requestComment, named } = request;
    if (requestComment.updated_at !== requestComment.created_at) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The request comment ${requestComment.html_url} was edited after it was posted, so no approval of it counts.`);
    }
    if (!(0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .showsSubject */ .T8)(requestComment.body ?? '', named)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The request comment ${requestComment.html_url} does not show what its marker names, so no approver saw the request.`);
    }
    bindSubject(named, check.binding, requestComment.html_url);
    const oldest = check.rules.maxAgeMs === undefined ? undefined : check.now - check.rules.maxAgeMs;
    const decisions = [];
    const dropped = [];
    for (const comment of comments) {
        const command = (0,_policy__WEBPACK_IMPORTED_MODULE_1__/* .parseCommand */ .RM)(comment.body ?? '');
        if (!command || !comment.user)
            continue;
        if (command.verdict === 'approve') {
            // An approval approves the request before it; an edited one is not what the approver
            // wrote; an old one is past max-age.
            if (!(0,_issue_gate__WEBPACK_IMPORTED_MODULE_5__/* .after */ .Pl)(comment, requestComment)) {
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
    const deploying = (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .requestSubject */ .ql)({ ...binding, imageRefs: binding.imageRefs });
    if (!named.repository) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The request comment ${where} names no GitOps repository (approval-gate's input "policy-repository" names it), so it cannot approve a deploy to ${deploying.repository}.`);
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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The request comment ${where} asks to approve ${field} ${asked}, not the ${committed} being committed.`);
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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The approval is environment "${environment}"'s review of run ${evidence.runId}, not of the current run ${check.currentRunId ?? '(unknown: GITHUB_RUN_ID is not set)'}.`);
    }
    const source = check.binding.source;
    const runName = `run ${evidence.runId} of ${evidence.repository}`;
    if (!source) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The approval is a review of ${runName}, but the deploy names no source commit for the run to be of.`);
    }
    const run = await deps.readRun({ ...where, id: evidence.runId });
    if (run.repository.toLowerCase() !== source.repository.toLowerCase()) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The approval is a review of a run of ${run.repository}, not of the source repository ${source.repository}.`);
    }
    if (run.headSha.toLowerCase() !== source.sha.toLowerCase()) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The approval is a review of ${runName} at ${run.headSha}, not at the source commit ${source.sha}.`);
    }
    // The reviews list gives no time; none is older than the run.
    if (check.rules.maxAgeMs !== undefined && Date.parse(run.createdAt) < check.now - check.rules.maxAgeMs) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The approval is a review of ${runName}, created at ${run.createdAt}, before the policy's max-age.`);
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


/***/ }),

/***/ 95267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ issueGate),
/* harmony export */   Pl: () => (/* binding */ after)
/* harmony export */ });
/* unused harmony exports ApprovalCancelledError, pollOnce */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94261);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30380);
/* harmony import */ var _policy__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72724);
/* harmony import */ var _progress__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38805);
/* harmony import */ var _request_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14525);
/* harmony import */ var _team_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58980);





class ApprovalCancelledError extends _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu {
    name = 'ApprovalCancelledError';
}
async function issueGate(request, deps, where) {
    const { client, log, signal } = deps;
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .abortableSleep */ .M;
    const started = now();
    const deadline = started + request.timeoutMs;
    const { issue, requestPosted } = await openIssueRequest(request, client, log, where, signal);
    log.info(`Approval requested in ${requestPosted.html_url}; waiting up to ${Math.round(request.timeoutMs / 60_000)} min.`);
    const context = {
        request,
        client,
        log,
        signal,
        where,
        issue,
        requestPosted,
        teams: new _team_cache__WEBPACK_IMPORTED_MODULE_2__/* .TeamMembershipCache */ .k(client, signal),
    };
    let state = {
        since: issue.created_at,
        seen: new Set(),
        pending: [],
        decisions: [],
        loggedIgnored: 0,
        loggedApprovals: 0,
        polls: 0,
    };
    let evaluation = evaluationOfNone(request);
    let status;
    let failure;
    const progressEvery = request.progressIntervalMs ?? _progress__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PROGRESS_INTERVAL_MS */ .dQ;
    let nextProgress = started + progressEvery;
    try {
        while (!status) {
            if (signal?.aborted) {
                status = 'cancelled';
                break;
            }
            ({ state, evaluation } = await pollOnce(state, context));
            if (evaluation.status === 'approved' || evaluation.status === 'denied') {
                status = evaluation.status;
                break;
            }
            const left = deadline - now();
            if (left <= 0)
                status = 'timed-out';
            else {
                // At the first poll after each interval: steady, and never a read of its own.
                if (now() >= nextProgress) {
                    log.info((0,_progress__WEBPACK_IMPORTED_MODULE_3__/* .waitingLine */ .Sh)(request.policy, evaluation, left));
                    while (nextProgress <= now())
                        nextProgress += progressEvery;
                }
                await sleep(Math.min(request.pollIntervalMs, left), signal);
            }
        }
    }
    catch (error) {
        if (signal?.aborted)
            status = 'cancelled';
        else
            [status, failure] = ['failed', error];
    }
    const decidedAt = new Date(now()).toISOString();
    await closeIssue(client, log, where, issue.number, (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .closingComment */ .hY)(request, status, evaluation, failure), status);
    if (status === 'failed')
        throw failure;
    if (status === 'cancelled') {
        throw new ApprovalCancelledError(`The approval request ${issue.html_url} was cancelled with the job.`);
    }
    const requestedAt = new Date(started).toISOString();
    const details = { requestUrl: issue.html_url, issueNumber: issue.number, polls: state.polls, requestedAt, decidedAt };
    return { status, evaluation, details };
}
/**
 * The issue, and the request as its first comment: a comment has an `updated_at`, so an edit shows,
 * and approvals count only after it (the body is anyone's with issues: write, and has no such
 * time). When the comment cannot be posted the issue is closed again.
 */
async function openIssueRequest(request, client, log, where, signal) {
    // Only users can be assignees; GitHub takes at most 10.
    const assignees = [
        ...new Set([request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers]
            .flatMap((list) => list.users)
            .filter((user) => !request.policy.excluded.includes(user.toLowerCase()))),
    ].slice(0, 10);
    const { data: issue } = await client.request('POST /repos/{owner}/{repo}/issues', { params: where, body: { title: (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .issueTitle */ .al)(request), body: (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .issueBody */ .y6)(request), assignees }, signal });
    try {
        const { data: requestPosted } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { params: { ...where, issue_number: issue.number }, body: { body: (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .requestComment */ .Z3)(request) }, signal });
        return { issue, requestPosted };
    }
    catch (error) {
        const comment = (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .closingComment */ .hY)(request, 'failed', evaluationOfNone(request), error);
        await closeIssue(client, log, where, issue.number, comment, 'failed');
        throw error;
    }
}
/**
 * One poll: the comments since the last (every page: a crowd of comments must not hide a
 * denial), at most one team-membership lookup, and the policy's evaluation of what is decided.
 * An API failure whose retries are spent is logged and read again next poll: never an answer.
 */
async function pollOnce(state, context) {
    const { request, client, log, signal, where, issue, teams } = context;
    let next = { ...state, polls: state.polls + 1 };
    try {
        const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            params: { ...where, issue_number: issue.number },
            query: { since: state.since },
            signal,
        });
        next = takeComments(next, comments, context);
        next = await decidePending(next, request, teams);
    }
    catch (error) {
        if (signal?.aborted || !(error instanceof _shipgate_core__WEBPACK_IMPORTED_MODULE_5__/* .GitHubApiError */ .O) || !isTransient(error))
            throw error;
        log.warning(`${error.message}; will read the comments again at the next poll.`);
    }
    const evaluation = (0,_policy__WEBPACK_IMPORTED_MODULE_6__/* .evaluateDecisions */ .Xx)(request.policy, next.decisions, (login) => (0,_policy__WEBPACK_IMPORTED_MODULE_6__/* .membershipOf */ ._G)(request.policy, login, teams.activeTeams((0,_policy__WEBPACK_IMPORTED_MODULE_6__/* .teamsToCheck */ .kt)(request.policy, login), login)));
    for (const { decision, reason } of evaluation.ignored.slice(next.loggedIgnored)) {
        log.info(`Ignored /${decision.verdict} from ${decision.login}: ${reason}.`);
    }
    // Decisions only ever join the end, so the approvals counted so far are a prefix of the next poll's.
    evaluation.approvals.slice(next.loggedApprovals).forEach((entry, index) => {
        log.info((0,_progress__WEBPACK_IMPORTED_MODULE_3__/* .countedApprovalLine */ .ao)(entry, next.loggedApprovals + index, request.policy));
    });
    const logged = { loggedIgnored: evaluation.ignored.length, loggedApprovals: evaluation.approvals.length };
    return { state: { ...next, ...logged }, evaluation };
}
/** The new comments' commands, queued for a decision; throws when the request itself was tampered with. */
function takeComments(state, comments, context) {
    const { log, issue, requestPosted } = context;
    let { since } = state;
    const seen = new Set(state.seen);
    const pending = [...state.pending];
    for (const comment of comments) {
        if (comment.updated_at > since)
            since = comment.updated_at;
        if (comment.id === requestPosted.id && comment.updated_at !== comment.created_at) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu(`The request comment ${requestPosted.html_url} was edited, so no approval of it counts; run approval-gate again.`);
        }
        // The earliest request comment is the request: one posted before the gate's own would be it.
        if (comment.id < requestPosted.id && (0,_request_text__WEBPACK_IMPORTED_MODULE_4__/* .parseRequestMarker */ .f4)(comment.body ?? '')) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu(`A request comment was posted on ${issue.html_url} before the gate's own (${requestPosted.html_url}), so no approval there can count; run approval-gate again.`);
        }
        if (seen.has(comment.id) || !comment.user)
            continue;
        seen.add(comment.id);
        const command = (0,_policy__WEBPACK_IMPORTED_MODULE_6__/* .parseCommand */ .RM)(comment.body ?? '');
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
        pending.push({
            login: comment.user.login,
            verdict: command.verdict,
            at: comment.created_at,
            source: 'issue',
            commentId: comment.id,
            ...(comment.html_url ? { url: comment.html_url } : {}),
            ...(command.reason ? { comment: command.reason } : {}),
        });
    }
    return { ...state, since, seen, pending };
}
/**
 * Moves queued decisions, in order, to the decided ones once the teams that could count them are
 * known: at most one team lookup a poll, so a poll is at most two calls.
 */
async function decidePending(state, request, teams) {
    const pending = [...state.pending];
    const decisions = [...state.decisions];
    let lookups = 1;
    while (pending.length > 0) {
        const next = pending[0];
        const excluded = request.policy.excluded.includes(next.login.toLowerCase());
        const unknown = excluded
            ? []
            : (0,_policy__WEBPACK_IMPORTED_MODULE_6__/* .teamsToCheck */ .kt)(request.policy, next.login).filter((team) => !teams.isKnown(team, next.login));
        if (unknown.length > 0) {
            if (lookups === 0)
                break;
            lookups -= 1;
            await teams.check(unknown[0], next.login);
            continue;
        }
        decisions.push(pending.shift());
    }
    return { ...state, pending, decisions };
}
/** Whether `comment` came after the request comment: a later id and no earlier time. */
function after(comment, request) {
    return comment.id > request.id && Date.parse(comment.created_at) >= Date.parse(request.created_at);
}
function evaluationOfNone(request) {
    return (0,_policy__WEBPACK_IMPORTED_MODULE_6__/* .evaluateDecisions */ .Xx)(request.policy, [], () => ({
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


/***/ }),

/***/ 72724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ formatApproverList),
/* harmony export */   Ps: () => (/* binding */ teamName),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Up: () => (/* binding */ sameLogin),
/* harmony export */   Xx: () => (/* binding */ evaluateDecisions),
/* harmony export */   ZK: () => (/* binding */ parseApproverList),
/* harmony export */   _G: () => (/* binding */ membershipOf),
/* harmony export */   kt: () => (/* binding */ teamsToCheck),
/* harmony export */   mx: () => (/* binding */ buildApprovalPolicy)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
                throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" has "${raw}", which is not a user or an org/team slug.`);
            }
            if (!list.teams.some((team) => sameLogin(team.org, org) && sameLogin(team.slug, slug))) {
                list.teams.push({ org, slug });
            }
        }
        else {
            if (!LOGIN.test(entry)) {
                throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" has "${raw}", which is not a GitHub user name.`);
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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('Input "approvers" is required: name the users or org/team slugs who may approve.');
    }
    const eligible = (list) => list.users.filter((user) => !excluded.includes(user.toLowerCase()));
    const exclusionNote = excluded.length > 0 ? ` once ${excluded.join(', ')} (who cannot approve their own deployment) are excluded` : '';
    // A team may hold any number of people, so only all-user lists bound what is possible.
    const unbounded = open || lists.some((list) => list.teams.length > 0);
    if (!unbounded) {
        const possible = new Set(lists.flatMap(eligible).map((user) => user.toLowerCase())).size;
        if (settings.minApprovals > possible) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "min-approvals" is ${settings.minApprovals}, but only ${possible} approver${possible === 1 ? '' : 's'} can approve${exclusionNote}.`);
        }
    }
    for (const [list, name] of [
        [imageApprovers, 'image-approvers'],
        [configApprovers, 'config-approvers'],
    ]) {
        if (name === 'config-approvers' && !settings.configChanged)
            continue;
        if (list.teams.length === 0 && list.users.length > 0 && eligible(list).length === 0) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" names nobody who can approve${exclusionNote}.`);
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


/***/ }),

/***/ 38805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sh: () => (/* binding */ waitingLine),
/* harmony export */   ao: () => (/* binding */ countedApprovalLine),
/* harmony export */   dQ: () => (/* binding */ DEFAULT_PROGRESS_INTERVAL_MS)
/* harmony export */ });
/* unused harmony export formatTimeLeft */
/* harmony import */ var _policy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72724);

/**
 * What a person watching the workflow log learns while the gate waits: each approval once, when it
 * is counted, and at a steady interval where the wait stands (who approved, what is still missing
 * and who could give it, how long is left).
 */
/** Issue mode: time between progress lines while the gate waits (approval-gate's `progress-interval-seconds`). */
const DEFAULT_PROGRESS_INTERVAL_MS = 60_000;
/** `Counted the approval of alice (1 of 2).`, with the list it counts for when that matters. */
function countedApprovalLine(entry, index, policy) {
    const role = entry.role === 'image' ? ' as an image approver' : entry.role === 'config' ? ' as a config approver' : '';
    const what = entry.source === 'environment' ? 'environment review' : 'approval';
    const count = index < policy.minApprovals ? ` (${index + 1} of ${policy.minApprovals})` : '';
    return `Counted the ${what} of ${entry.login}${role}${count}.`;
}
/**
 * `Waiting for approval, 238 min left: approved by alice; missing 1 more approval; can approve: bob,
 * carol, acme/sre.` The candidates are everyone named in the policy's lists who has not approved
 * and is not excluded from approving (teams by name: their members are looked up only when they
 * answer).
 */
function waitingLine(policy, evaluation, leftMs) {
    const approved = evaluation.approvals.map((entry) => entry.login);
    const candidates = stillAbleToApprove(policy, approved);
    return [
        `Waiting for approval, ${formatTimeLeft(leftMs)} left: `,
        approved.length > 0 ? `approved by ${approved.join(', ')}` : 'no approval counted yet',
        evaluation.missing.length > 0 ? `; missing ${evaluation.missing.join(' and ')}` : '',
        candidates.length > 0 ? `; can approve: ${candidates.join(', ')}` : '',
        '.',
    ].join('');
}
function stillAbleToApprove(policy, approved) {
    const out = new Set([...approved, ...policy.excluded].map((login) => login.toLowerCase()));
    const names = [];
    for (const list of [policy.approvers, policy.imageApprovers, policy.configApprovers]) {
        for (const user of list.users) {
            if (out.has(user.toLowerCase()))
                continue;
            out.add(user.toLowerCase());
            names.push(user);
        }
        for (const team of list.teams) {
            const name = (0,_policy__WEBPACK_IMPORTED_MODULE_0__/* .teamName */ .Ps)(team);
            if (out.has(name.toLowerCase()))
                continue;
            out.add(name.toLowerCase());
            names.push(name);
        }
    }
    return names;
}
/** Whole minutes, or seconds in the last minute. */
function formatTimeLeft(ms) {
    const left = Math.max(0, ms);
    return left >= 60_000 ? `${Math.floor(left / 60_000)} min` : `${Math.ceil(left / 1000)} s`;
}


/***/ }),

/***/ 14525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ approvalSummary),
/* harmony export */   T8: () => (/* binding */ showsSubject),
/* harmony export */   Z3: () => (/* binding */ requestComment),
/* harmony export */   al: () => (/* binding */ issueTitle),
/* harmony export */   f4: () => (/* binding */ parseRequestMarker),
/* harmony export */   hY: () => (/* binding */ closingComment),
/* harmony export */   ql: () => (/* binding */ requestSubject),
/* harmony export */   y6: () => (/* binding */ issueBody)
/* harmony export */ });
/* unused harmony exports requestMarker, requestCommentFor, subjectOf */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50521);
/* harmony import */ var _policy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72724);


// GitHub refuses issue bodies over 65,536 characters; the diff gets what the rest leaves.
const MAX_ISSUE_BODY = 65_000;
function issueTitle(request) {
    return `Approve deploying ${request.app} to ${request.environment}`;
}
function approverLines(request) {
    const { policy } = request;
    const lines = [`Approvals needed: **${policy.minApprovals}**`];
    const mention = (entries) => entries.map((entry) => `@${entry}`).join(', ');
    const approvers = (0,_policy__WEBPACK_IMPORTED_MODULE_0__/* .formatApproverList */ .P4)(policy.approvers);
    const image = (0,_policy__WEBPACK_IMPORTED_MODULE_0__/* .formatApproverList */ .P4)(policy.imageApprovers);
    const config = (0,_policy__WEBPACK_IMPORTED_MODULE_0__/* .formatApproverList */ .P4)(policy.configApprovers);
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
    return new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .B()
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
    const summary = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .B()
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
    return new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .B()
        .raw(text.trimEnd())
        .details('Config diff', new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .B().code(diff, 'diff').toString())
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
    const summary = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .B().paragraph(`**${STATUS_LINE[status] ?? status}.**`);
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
        summary.paragraph(`Error: ${(0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(failure.message ?? String(failure))}`);
    summary.paragraph(status === 'approved' ? 'The deployment goes ahead.' : 'Nothing is deployed.');
    return summary.toString();
}
/** The job summary: who requested, who approved when and with which comment, what was ignored. */
function approvalSummary(request, result) {
    const record = result.record;
    const summary = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .B()
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
        summary.details(`Ignored answers (${ignored.length})`, new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .B()
            .table(['Who', 'Answer', 'Why ignored'], ignored.map(({ decision, reason }) => [decision.login, `/${decision.verdict}`, reason]))
            .toString());
    }
    summary.list(approverLines(request));
    return summary.toString();
}


/***/ }),

/***/ 58980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ TeamMembershipCache)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30380);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _policy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72724);


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
            if (error instanceof _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O && error.status === 403 && !error.rateLimited) {
                throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ShipgateError */ .Yu(`Could not check whether ${login} is in team ${(0,_policy__WEBPACK_IMPORTED_MODULE_2__/* .teamName */ .Ps)(team)}: ${error.message}. The token must be able to read the organization's team members, which the default GITHUB_TOKEN cannot; use a GitHub App or fine-grained token with "Members: read".`);
            }
            if (!(error instanceof _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O && error.status === 404))
                throw error;
        }
        this.#known.set(key, active);
        return active;
    }
    #key(team, login) {
        return `${(0,_policy__WEBPACK_IMPORTED_MODULE_2__/* .teamName */ .Ps)(team)}\n${login}`.toLowerCase();
    }
}


/***/ }),

/***/ 94261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ abortableSleep)
/* harmony export */ });
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


/***/ }),

/***/ 24563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ withoutGeneratedKustomization),
/* harmony export */   fJ: () => (/* binding */ wantsKustomization),
/* harmony export */   fx: () => (/* binding */ kustomizationFor),
/* harmony export */   j9: () => (/* binding */ KUSTOMIZATION_FILE)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

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
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources });
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


/***/ }),

/***/ 26279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ gitopsRepositoryIdentity)
/* harmony export */ });
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35434);

/**
 * The GitOps repository as an approval request names it and a deploy is bound to: `owner/name`
 * (lower case) for a repository on the GitHub server the workflow runs on, else its resolved URL or
 * path without `.git`. approval-gate (`policy-repository`) and gitops-commit (`repository`) reach
 * the same identity from the same repository however each input spells it.
 */
function gitopsRepositoryIdentity(repository, options = {}) {
    const serverUrl = options.serverUrl || 'https://github.com';
    const url = (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepositoryUrl */ .YD)(repository, {
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


/***/ }),

/***/ 84044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ inspectCommittedFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_hash__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5399);
/* harmony import */ var _documents__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88680);
/* harmony import */ var _guards__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32978);
/* harmony import */ var _images__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88918);
/* harmony import */ var _plain__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80594);






/**
 * Reads what the files deploy: the config hash (render-manifests' `configHash` over files it
 * would write: one resource per YAML file, so an untouched render hashes the same), the images
 * the manifests run, and what the render guards would refuse. A file that is not one resource
 * (a kustomization, several documents, not YAML) is hashed by its bytes, so any change to it
 * changes the hash.
 */
async function inspectCommittedFiles(files) {
    const sorted = [...files].sort((a, b) => (0,_plain__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt)(a.name, b.name));
    const rendered = [];
    const resources = [];
    const other = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let hasOther = false;
    for (const file of sorted) {
        const parsed = /\.ya?ml$/i.test(file.name)
            ? (0,_documents__WEBPACK_IMPORTED_MODULE_2__/* .parseManifestStream */ .Px)(file.content, file.name, file.parsed ? { parsed: file.parsed } : {})
            : [];
        resources.push(...parsed);
        const [only] = parsed;
        if (parsed.length === 1 && only && !/(^|\/)kustomization\.ya?ml$/i.test(file.name)) {
            rendered.push({ name: file.name, content: file.content, resource: only });
        }
        else {
            hasOther = true;
            other.update(`--- ${file.name}\n${file.content}`);
        }
    }
    const base = (0,_config_hash__WEBPACK_IMPORTED_MODULE_3__/* .configHash */ .r)(rendered);
    const hash = hasOther
        ? `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(base).update(other.digest('hex')).digest('hex')}`
        : base;
    const report = await (0,_guards__WEBPACK_IMPORTED_MODULE_4__/* .checkManifests */ .d5)(resources, { requireDigests: true });
    return { configHash: hash, images: (0,_images__WEBPACK_IMPORTED_MODULE_5__/* .imagesOf */ .IC)(resources), problems: report.problems };
}


/***/ }),

/***/ 32573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkFreezeWindow),
/* harmony export */   W: () => (/* binding */ activeFreeze)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var croner__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55814);


/** A croner schedule for a window; a bad cron expression or time zone is a ConfigurationError. */
function scheduleOf(window, where) {
    try {
        return new croner__WEBPACK_IMPORTED_MODULE_0__/* .Cron */ .l4(window.schedule, { timezone: window.timezone, paused: true });
    }
    catch (error) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: "${window.schedule}" (timezone ${window.timezone}) is not a valid cron schedule: ${error.message}.`);
    }
}
/** Checks a window's cron expression and time zone, so a bad one fails when the policy is read; `where` names it. */
function checkFreezeWindow(window, where) {
    scheduleOf(window, where).stop();
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


/***/ }),

/***/ 74846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l$: () => (/* binding */ POLICY_PATH),
  ON: () => (/* binding */ parsePolicy),
  _9: () => (/* binding */ requiresApproval)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/policy/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schemas/policy.schema.json","title":"Shipgate GitOps policy (.shipgate/policy.yaml)","description":"Per-environment rules that gitops-commit, promote, rollback and approval-gate apply. Kept in the GitOps repository, owned by the platform team.","type":"object","additionalProperties":false,"required":["version","environments"],"properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"The policy format version."},"environments":{"type":"object","description":"Rules per environment name.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"duration":{"type":"string","pattern":"^([0-9]+[smhdw])+$","description":"A duration such as 30m, 24h, 7d or 1h30m."},"approver":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(/[A-Za-z0-9][A-Za-z0-9._-]*)?$","description":"A GitHub user (alice) or a team (org/team-slug)."},"approvers":{"type":"array","items":{"$ref":"#/definitions/approver"},"uniqueItems":true},"environment":{"type":"object","additionalProperties":false,"properties":{"paths":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"pattern":"^[^/\\\\s][^\\\\s]*$"},"description":"Globs of the repository paths that are this environment; default apps/*/<environment>."},"approvals":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"integer","minimum":0,"description":"Approvals needed; default 1."},"approvers":{"$ref":"#/definitions/approvers"},"image-approvers":{"$ref":"#/definitions/approvers"},"config-approvers":{"$ref":"#/definitions/approvers"},"allow-self-approval":{"type":"boolean","default":false},"max-age":{"$ref":"#/definitions/duration"}}},"scan":{"type":"object","additionalProperties":false,"properties":{"require":{"const":"pass"},"max-age":{"$ref":"#/definitions/duration"}}},"promote-from":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"soak":{"$ref":"#/definitions/duration"},"freeze":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["schedule","duration"],"properties":{"schedule":{"type":"string","minLength":9,"description":"Cron expression of each window\'s start."},"duration":{"$ref":"#/definitions/duration"},"timezone":{"type":"string","minLength":1,"description":"IANA time zone; default UTC."},"reason":{"type":"string"}}}},"break-glass":{"$ref":"#/definitions/approvers"},"signed":{"type":"boolean"},"attestations":{"type":"object","additionalProperties":false,"required":["require"],"properties":{"require":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["provenance","scan","sbom"]}},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"owner/name of the repository the build ran in: the certificate\'s Source Repository URI, exactly."},"owner":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The owner of that repository (Source Repository Owner URI), exactly; implied by repository."},"signer-workflow":{"type":"string","pattern":"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/)?\\\\.github/workflows/[^@\\\\s]+\\\\.ya?ml$","description":"The workflow that signed (Build Signer URI without its @ref), exactly: .github/workflows/ci.yml in repository, or owner/name/.github/workflows/build.yml for a reusable workflow."},"ref":{"type":"string","pattern":"^refs/[^\\\\s]+$","description":"The ref the build ran on (Source Repository Ref), exactly, e.g. refs/heads/main."},"identity":{"type":"string","minLength":1,"description":"Legacy: the certificate SAN, exactly; a value starting with ^ is a regular expression, anchored at both ends."}}}}}}}');
;// CONCATENATED MODULE: ./packages/policy/src/duration.ts

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `30m`, `24h`, `7d`, `1h30m` → milliseconds; `what` names the field in the error. */
function parseDuration(text, what) {
    if (!/^(\d+[smhdw])+$/.test(text)) {
        throw new errors/* ConfigurationError */.j1(`${what} must be a duration such as 30m, 24h or 7d, got "${text}".`);
    }
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) {
        total += Number(amount) * UNIT_MS[unit];
    }
    return total;
}

// EXTERNAL MODULE: ./packages/policy/src/freeze.ts
var freeze = __webpack_require__(32573);
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
 * must be integer.`, located at that line of `.shipgate/policy.yaml` (so a failed step is annotated
 * there). `source` names the file in messages, e.g. `.shipgate/policy.yaml (blob 1a2b3c)`.
 */
function parsePolicy(text, source = POLICY_PATH) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const [syntax] = document.errors;
    if (syntax) {
        const { line, col } = syntax.linePos?.[0] ?? lines.linePos(syntax.pos[0]);
        throw new errors/* ConfigurationError */.j1(`${source} line ${line}: ${syntax.message.split('\n')[0]}`, {
            file: POLICY_PATH,
            line,
            column: col,
        });
    }
    const value = document.toJS({ maxAliasCount: 50 });
    const locate = (path, atKey = false) => {
        const node = nodeAt(document.contents, path, atKey);
        if (!node?.range)
            return { file: POLICY_PATH, line: 1 };
        const { line, col } = lines.linePos(node.range[0]);
        return { file: POLICY_PATH, line, column: col };
    };
    const validate = compiledSchema();
    if (!validate(value)) {
        const error = (validate.errors ?? [])[0];
        const path = instancePath(error);
        // An unknown key is the key's mistake, not its value's.
        const location = locate(path, error.keyword === 'additionalProperties');
        const key = path.length > 0 ? ` (${path.join('.')})` : '';
        throw new errors/* ConfigurationError */.j1(`${source} line ${location.line}${key}: ${describeError(error)}.`, location);
    }
    return normalize(value, policyKeys(source, locate));
}
function policyKeys(source, locate) {
    const at = (path) => `${source} line ${locate(path.split('.')).line} (${path})`;
    return {
        source,
        at,
        error: (path, problem) => new errors/* ConfigurationError */.j1(`${at(path)}: ${problem}`, locate(path.split('.'))),
        read: (path, read) => {
            try {
                return read();
            }
            catch (error) {
                throw error instanceof errors/* ConfigurationError */.j1 ? error.locatedAt(locate(path.split('.'))) : error;
            }
        },
    };
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
/**
 * The YAML node at a path of keys and indexes (the key itself when `atKey`, or when it has no
 * value), else the deepest node found on the way.
 */
function nodeAt(root, path, atKey = false) {
    let node = root;
    let found = (0,dist/* isNode */.Ll)(root) ? root : undefined;
    for (const [index, part] of path.entries()) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isNode */.Ll)(item.key) && String(item.key.value) === part);
            if (!pair)
                return found;
            if (atKey && index === path.length - 1)
                return pair.key;
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
function normalize(raw, keys) {
    const environments = Object.entries(raw.environments).map(([name, env]) => {
        const key = (path) => `environments.${name}.${path}`;
        const duration = (text, path) => keys.read(key(path), () => parseDuration(text, keys.at(key(path))));
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
                        ...(approvals['max-age'] ? { maxAgeMs: duration(approvals['max-age'], 'approvals.max-age') } : {}),
                    },
                }
                : {}),
            ...(env.scan?.require
                ? {
                    scan: {
                        require: 'pass',
                        ...(env.scan['max-age'] ? { maxAgeMs: duration(env.scan['max-age'], 'scan.max-age') } : {}),
                    },
                }
                : {}),
            ...(env['promote-from'] ? { promoteFrom: env['promote-from'] } : {}),
            ...(env.soak ? { soakMs: duration(env.soak, 'soak') } : {}),
            freeze: (env.freeze ?? []).map((window, index) => ({
                schedule: window.schedule,
                duration: window.duration,
                durationMs: duration(window.duration, `freeze.${index}.duration`),
                timezone: window.timezone ?? 'UTC',
                ...(window.reason ? { reason: window.reason } : {}),
            })),
            breakGlass: env['break-glass'] ?? [],
            signed: env.signed ?? false,
            ...(env.attestations
                ? { attestations: attestationRules(env.attestations, (path, problem) => keys.error(key(path), problem)) }
                : {}),
        };
    });
    for (const env of environments) {
        if (env.promoteFrom && !environments.some((other) => other.name === env.promoteFrom)) {
            throw keys.error(`environments.${env.name}.promote-from`, `names "${env.promoteFrom}", which is not an environment of the policy.`);
        }
        env.freeze.forEach((window, index) => {
            const path = `environments.${env.name}.freeze.${index}.schedule`;
            keys.read(path, () => (0,freeze/* checkFreezeWindow */.Q)(window, keys.at(path)));
        });
    }
    return { version: 1, environments, source: keys.source };
}
function attestationRules(raw, problem) {
    const { repository, identity, ref } = raw;
    const owner = raw.owner ?? repository?.split('/')[0];
    if (raw.owner && repository && !repository.startsWith(`${raw.owner}/`)) {
        throw problem('attestations.owner', `is ${raw.owner}, but repository ${repository} has another owner.`);
    }
    let signerWorkflow = raw['signer-workflow'];
    if (signerWorkflow?.startsWith('.github/')) {
        if (!repository) {
            throw problem('attestations.signer-workflow', `${signerWorkflow} is relative, so "repository" must name the repository it is in.`);
        }
        signerWorkflow = `${repository}/${signerWorkflow}`;
    }
    if (identity?.startsWith('^')) {
        try {
            new RegExp(identity);
        }
        catch {
            throw problem('attestations.identity', 'is not a valid regular expression.');
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


/***/ }),

/***/ 40500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ pathWithinGlob),
/* harmony export */   z4: () => (/* binding */ pathTouchesGlob),
/* harmony export */   zJ: () => (/* binding */ resolveDeployEnvironment)
/* harmony export */ });
/* unused harmony exports environmentOfPath, environmentNamed */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The path ${path} touches environments ${matches.map((rules) => rules.name).join(' and ')} of ${policy.source}; deploy to one environment's path.`);
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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "environment" is "${environmentInput}", but ${policy.source} says ${path} is environment "${byPath.name}"; the path decides the environment.`);
    }
    const byName = environmentNamed(policy, environmentInput);
    if (!byPath && byName) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "path" is ${path}, which is not one of environment "${environmentInput}"'s paths in ${policy.source} (${byName.paths.join(', ')}).`);
    }
    return byPath;
}


/***/ }),

/***/ 41915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSource),
/* harmony export */   g: () => (/* binding */ sourceCommit)
/* harmony export */ });
/**
 * The one reading of `Shipgate-Source` (and of the `source` input it comes from): `undefined` for
 * anything but `owner/repo@<revision>`.
 */
function parseSource(value) {
    const match = /^([^/@\s]+\/[^/@\s]+)@([^@\s]+)$/.exec(value?.trim() ?? '');
    if (!match)
        return undefined;
    const [, repository = '', revision = ''] = match;
    return { repository, revision, ...(/^[0-9A-Fa-f]{7,64}$/.test(revision) ? { sha: revision } : {}) };
}
/** The source repository and commit, when the value names a commit by its id. */
function sourceCommit(value) {
    const source = parseSource(value);
    return source?.sha ? { repository: source.repository, sha: source.sha } : undefined;
}


/***/ })

};
