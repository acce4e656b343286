export const id = 963;
export const ids = [963];
export const modules = {

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/approvals/src/policy.ts
var src_policy = __webpack_require__(72724);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/approvals/src/approval-record.ts
var approval_record = __webpack_require__(72887);
// EXTERNAL MODULE: ./packages/approvals/src/issue-gate.ts
var issue_gate = __webpack_require__(95267);
// EXTERNAL MODULE: ./packages/approvals/src/progress.ts
var progress = __webpack_require__(38805);
// EXTERNAL MODULE: ./packages/approvals/src/team-cache.ts
var team_cache = __webpack_require__(58980);
;// CONCATENATED MODULE: ./packages/approvals/src/gate.ts






/** Asks for approval as the request's mode says, and returns the outcome with its record (a pointer to the evidence). */
async function requestApproval(request, deps) {
    const [owner, repo] = request.repository.split('/');
    if (!owner || !repo)
        throw new errors/* ShipgateError */.Yu(`The repository "${request.repository}" is not owner/name.`);
    if (request.mode === 'environment')
        return environmentGate(request, deps, { owner, repo });
    const { status, evaluation, details } = await (0,issue_gate/* issueGate */.Dm)(request, deps, { owner, repo });
    return finish(request, evaluation, status, details);
}
async function environmentGate(request, deps, where) {
    const now = deps.now ?? Date.now;
    const requestedAt = new Date(now()).toISOString();
    if (!request.runId)
        throw new errors/* ShipgateError */.Yu('Mode "environment" needs the workflow run id (GITHUB_RUN_ID).');
    const { data } = await deps.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { params: { ...where, run_id: request.runId }, signal: deps.signal });
    const environmentName = request.gitops?.environment ?? request.environment;
    const reviews = data.filter((review) => review.environments.some((environment) => environment.name && (0,src_policy/* sameLogin */.Up)(environment.name, environmentName)));
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
    const teams = new team_cache/* TeamMembershipCache */.k(deps.client, deps.signal);
    for (const decision of decisions) {
        for (const team of (0,src_policy/* teamsToCheck */.kt)(request.policy, decision.login))
            await teams.check(team, decision.login);
    }
    const open = [request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers].every((list) => list.users.length === 0 && list.teams.length === 0);
    let evaluation = (0,src_policy/* evaluateDecisions */.Xx)(request.policy, decisions, (login) => (0,src_policy/* membershipOf */._G)(request.policy, login, teams.activeTeams((0,src_policy/* teamsToCheck */.kt)(request.policy, login), login)), { open });
    // GitHub lets the job run on one reviewer's rejection only if nobody rejected, but say so whoever rejected.
    const rejection = decisions.find((decision) => decision.verdict === 'deny');
    if (rejection && evaluation.status !== 'denied') {
        evaluation = { ...evaluation, status: 'denied', denial: rejection };
    }
    evaluation.approvals.forEach((entry, index) => {
        deps.log.info((0,progress/* countedApprovalLine */.ao)(entry, index, request.policy));
    });
    const status = evaluation.status === 'approved' ? 'approved' : 'denied';
    return finish(request, evaluation, status, {
        requestUrl: request.runUrl,
        polls: 1,
        requestedAt,
        decidedAt: new Date(now()).toISOString(),
    });
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
        schema: approval_record/* APPROVAL_RECORD_SCHEMA */.kj,
        app: request.app,
        environment: request.environment,
        imageRefs: [...request.imageRefs].sort(),
        configHash: request.configHash,
        status,
        approved: status === 'approved',
        policy: {
            mode: request.mode,
            approvers: (0,src_policy/* formatApproverList */.P4)(request.policy.approvers),
            imageApprovers: (0,src_policy/* formatApproverList */.P4)(request.policy.imageApprovers),
            configApprovers: (0,src_policy/* formatApproverList */.P4)(request.policy.configApprovers),
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

// EXTERNAL MODULE: ./packages/approvals/src/request-text.ts
var request_text = __webpack_require__(14525);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: ./packages/gitops/src/repository-identity.ts
var repository_identity = __webpack_require__(26279);
// EXTERNAL MODULE: ./packages/gitops/src/deploy-policy.ts
var deploy_policy = __webpack_require__(95174);
// EXTERNAL MODULE: ./packages/image/src/reference.ts
var reference = __webpack_require__(74723);
// EXTERNAL MODULE: ./packages/policy/src/paths.ts
var paths = __webpack_require__(40500);
// EXTERNAL MODULE: ./packages/policy/src/tighten.ts
var tighten = __webpack_require__(54763);
// EXTERNAL MODULE: ./packages/scan/src/scan-record.ts
var scan_record = __webpack_require__(37618);
;// CONCATENATED MODULE: ./actions/approval-gate/src/main.ts








const CONFIG_HASH = /^sha256:[0-9a-f]{64}$/;
/** As gitops-commit takes them: no path separators, no newlines. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function checkName(value, inputName) {
    if (!NAME_PATTERN.test(value)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be letters, digits, ".", "_" or "-", got "${value}".`);
    }
    return value;
}
/**
 * The approval rules: the GitOps policy's for the deploy's path when `policy-repository` names the
 * GitOps repository (the inputs may only tighten them), else the inputs alone, with a notice.
 */
async function approvalRules(runtime, inputs, where) {
    const given = {
        approvers: inputs.list('approvers'),
        imageApprovers: inputs.list('image-approvers'),
        configApprovers: inputs.list('config-approvers'),
        ...(inputs.optional('min-approvals') !== undefined
            ? { minApprovals: inputs.integer('min-approvals', { min: 1, max: 100, default: 1 }) }
            : {}),
        ...(inputs.optionalBoolean('allow-self-approval') !== undefined
            ? { allowSelfApproval: inputs.optionalBoolean('allow-self-approval') }
            : {}),
    };
    const path = inputs.string('path', `apps/${where.app}/${where.environment}`);
    const policyRepository = inputs.optional('policy-repository');
    const repository = policyRepository
        ? (0,repository_identity/* gitopsRepositoryIdentity */.P)(policyRepository, {
            serverUrl: runtime.context.serverUrl,
            workspace: runtime.workspace,
            inputName: 'policy-repository',
        })
        : '';
    const fromInputs = {
        approvers: [...(given.approvers ?? [])],
        imageApprovers: [...(given.imageApprovers ?? [])],
        configApprovers: [...(given.configApprovers ?? [])],
        minApprovals: given.minApprovals ?? 1,
        allowSelfApproval: given.allowSelfApproval ?? false,
        gitops: { repository, environment: where.environment, path },
    };
    if (!policyRepository) {
        runtime.log.notice('No "policy-repository": the approvers and rules come from this workflow\'s inputs, and the request names no GitOps repository, so a repository with a .shipgate/policy.yaml accepts none of its approvals; name the GitOps repository.');
        return fromInputs;
    }
    const policyToken = inputs.optional('policy-token') ?? where.token;
    runtime.setSecret(policyToken);
    const found = await (0,deploy_policy/* readRepositoryPolicy */.JF)({
        exec: runtime.exec,
        repository: policyRepository,
        branch: inputs.optional('policy-branch'),
        token: policyToken,
        setSecret: runtime.setSecret,
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    });
    if (!found) {
        runtime.log.notice(`${policyRepository} has no .shipgate/policy.yaml; the approvers come from this workflow's inputs.`);
        return fromInputs;
    }
    const rules = (0,paths/* resolveDeployEnvironment */.zJ)(found.policy, path, where.environment);
    const tightened = rules ? (0,tighten/* tightenApprovalRules */.i)(rules, { ...given, requireApproval: true }) : undefined;
    if (!tightened)
        return fromInputs;
    runtime.log.info(`Approval rules of environment "${rules?.name}" from ${found.policy.source} on ${found.branch}.`);
    return {
        approvers: tightened.approvers,
        imageApprovers: tightened.imageApprovers,
        configApprovers: tightened.configApprovers,
        minApprovals: tightened.min,
        allowSelfApproval: tightened.allowSelfApproval,
        gitops: { repository, environment: rules?.name ?? where.environment, path },
    };
}
/**
 * approval-gate's app-side inputs were `repository` and `token`, names that mean the GitOps
 * repository in every other action; they still work, with a warning naming the new input.
 */
function warnIfDeprecated(runtime, given, name) {
    if (given.name === name)
        return;
    runtime.log.warning(`Input "${given.name}" of approval-gate is deprecated: name it "${name}" ("${given.name}" is the GitOps repository's in every other Shipgate action).`);
}
/** Where the request lives (`app-repository`, owner/name) and the run whose reviews count (`run-id`). */
function readRunInputs(runtime, inputs, mode) {
    const given = inputs.renamed('app-repository', 'repository');
    warnIfDeprecated(runtime, given, 'app-repository');
    const repository = given.value ?? runtime.context.repository;
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new errors/* ConfigurationError */.j1(`Input "${given.name}" must be owner/name, got "${repository}".`);
    }
    const runIdText = inputs.string('run-id', runtime.context.runId);
    const runId = runIdText ? Number(runIdText) : undefined;
    if (runIdText && !(Number.isSafeInteger(runId) && runId > 0)) {
        throw new errors/* ConfigurationError */.j1(`Input "run-id" must be a workflow run id, got "${runIdText}".`);
    }
    if (mode === 'environment' && !runId) {
        throw new errors/* ConfigurationError */.j1('Input "run-id" is required in mode environment outside a workflow run.');
    }
    return { repository, runId };
}
/** The scan verdict shown in the request (input `scan-record`), which must be of an image asked for. */
async function readScanSummary(runtime, inputs, imageRefs) {
    const scanRecordFile = inputs.optional('scan-record');
    if (!scanRecordFile)
        return undefined;
    const record = await (0,scan_record/* readScanRecord */.PL)((0,external_node_path_.resolve)(runtime.workspace, scanRecordFile), 'scan-record');
    if (!imageRefs.some((ref) => ref.endsWith(`@${record.digest}`))) {
        throw new errors/* ConfigurationError */.j1(`Input "scan-record" is for ${record.imageRef}, which is not one of image-ref.`);
    }
    return {
        verdict: record.verdict,
        scanner: `${record.scanner.name} ${record.scanner.version}`,
        counts: record.counts,
    };
}
async function readSettings(runtime) {
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const givenToken = inputs.renamed('github-token', 'token');
    runtime.setSecret(givenToken.value);
    warnIfDeprecated(runtime, givenToken, 'github-token');
    if (!givenToken.value)
        throw new errors/* ConfigurationError */.j1('Input "github-token" is required.');
    const token = givenToken.value;
    const mode = inputs.enum('mode', ['issue', 'environment'], 'issue');
    const environment = checkName(inputs.required('environment'), 'environment');
    const app = checkName(inputs.required('app'), 'app');
    const imageRefs = inputs.list('image-ref', { required: true });
    for (const ref of imageRefs)
        (0,reference/* requireDigestReference */.L1)(ref, 'image-ref');
    const configHash = inputs.required('config-hash');
    if (!CONFIG_HASH.test(configHash)) {
        throw new errors/* ConfigurationError */.j1(`Input "config-hash" must be sha256:<64 hex digits>, got "${configHash}".`);
    }
    const previousConfigHash = inputs.optional('previous-config-hash');
    if (previousConfigHash && !CONFIG_HASH.test(previousConfigHash)) {
        throw new errors/* ConfigurationError */.j1(`Input "previous-config-hash" must be sha256:<64 hex digits>, got "${previousConfigHash}".`);
    }
    const { repository, runId } = readRunInputs(runtime, inputs, mode);
    const requester = inputs.string('requester', runtime.context.triggeringActor);
    if (!requester)
        throw new errors/* ConfigurationError */.j1('Input "requester" is required outside a workflow run.');
    const sourceAuthor = inputs.optional('source-author') ?? eventSourceAuthor(runtime.context.payload);
    const { gitops, ...rules } = await approvalRules(runtime, inputs, { app, environment, token });
    const policy = (0,src_policy/* buildApprovalPolicy */.mx)({
        ...rules,
        configChanged: previousConfigHash === undefined || previousConfigHash !== configHash,
        selfLogins: [requester, runtime.context.actor, runtime.context.triggeringActor, sourceAuthor],
        allowEmptyApprovers: mode === 'environment',
    });
    const timeoutMinutes = inputs.integer('timeout-minutes', { min: 1, max: 72 * 60, default: 60 });
    const pollSeconds = inputs.integer('poll-interval-seconds', { min: 1, max: 3600, default: 10 });
    const progressSeconds = inputs.integer('progress-interval-seconds', { min: 1, max: 3600, default: 60 });
    const diffFile = inputs.optional('diff-file');
    const diff = diffFile ? await readInputFile((0,external_node_path_.resolve)(runtime.workspace, diffFile), 'diff-file') : undefined;
    const scan = await readScanSummary(runtime, inputs, imageRefs);
    const sourceSha = inputs.string('source-sha', runtime.context.sha);
    const recordFile = (0,external_node_path_.resolve)(runtime.workspace, inputs.string('record-file', (0,external_node_path_.join)(runtime.tempDir, `shipgate-approval-${app}-${environment}.json`)));
    return {
        token,
        recordFile,
        request: {
            mode,
            app,
            environment,
            imageRefs,
            configHash,
            repository,
            requester,
            policy,
            gitops,
            ...(runtime.context.repository && sourceSha
                ? { source: { repository: runtime.context.repository, sha: sourceSha } }
                : {}),
            ...(runId ? { runId } : {}),
            ...(runtime.context.runUrl ? { runUrl: runtime.context.runUrl } : {}),
            ...(scan ? { scan } : {}),
            ...(diff ? { diff } : {}),
            timeoutMs: timeoutMinutes * 60_000,
            pollIntervalMs: pollSeconds * 1000,
            progressIntervalMs: progressSeconds * 1000,
        },
    };
}
async function readInputFile(path, inputName) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which cannot be read.`);
    }
}
/** The source commit's author from a push or pull_request event, when GitHub knows their login. */
function eventSourceAuthor(payload) {
    const event = payload;
    return event.head_commit?.author?.username || event.pull_request?.user?.login || undefined;
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const { request, token, recordFile } = await readSettings(runtime);
    // A cancelled job aborts runtime.signal: the gate closes its issue and throws.
    const client = (0,github_client/* createGitHubClient */.L)({ token, env: runtime.env, log: runtime.log, action: 'approval-gate' });
    const result = await requestApproval(request, { client, log: runtime.log, signal: runtime.signal });
    await (0,approval_record/* writeApprovalRecord */.Ye)(recordFile, result.record);
    runtime.setOutput('approved', result.approved);
    runtime.setOutput('status', result.status);
    const approvers = result.record.approvers.map((entry) => entry.login);
    runtime.setOutput('approvers', approvers.join('\n'));
    runtime.setOutput('approvers-json', JSON.stringify(approvers));
    runtime.setOutput('approval-record', recordFile);
    runtime.setOutput('request-url', result.requestUrl ?? '');
    await runtime.appendSummary((0,request_text/* approvalSummary */.C3)(request, result));
    if (!result.approved) {
        const { denial, missing } = result.evaluation;
        const why = denial
            ? `denied by ${denial.login}${denial.comment ? ` ("${denial.comment}")` : ''}`
            : `${result.status === 'timed-out' ? 'timed out' : 'not approved'}, still missing ${missing.join(' and ')}`;
        throw new errors/* ShipgateError */.Yu(`Deploying ${request.app} to ${request.environment} was ${why}.`);
    }
}


/***/ })

};
