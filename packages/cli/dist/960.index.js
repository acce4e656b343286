export const id = 960;
export const ids = [960];
export const modules = {

/***/ 26960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shipgate_approvals__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54095);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70787);
/* harmony import */ var _shipgate_image__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53000);
/* harmony import */ var _shipgate_policy__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52923);
/* harmony import */ var _shipgate_scan__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53992);








const CONFIG_HASH = /^sha256:[0-9a-f]{64}$/;
/** As gitops-commit takes them: no path separators, no newlines. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function checkName(value, inputName) {
    if (!NAME_PATTERN.test(value)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${inputName}" must be letters, digits, ".", "_" or "-", got "${value}".`);
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
        ? (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__/* .gitopsRepositoryIdentity */ .Pu)(policyRepository, {
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
    const found = await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__/* .readRepositoryPolicy */ .JF)({
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
    const rules = (0,_shipgate_policy__WEBPACK_IMPORTED_MODULE_6__/* .resolveDeployEnvironment */ .zJ)(found.policy, path, where.environment);
    const tightened = rules ? (0,_shipgate_policy__WEBPACK_IMPORTED_MODULE_6__/* .tightenApprovalRules */ .i9)(rules, { ...given, requireApproval: true }) : undefined;
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
async function readSettings(runtime) {
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .InputReader */ .i_(runtime);
    const token = inputs.required('token');
    runtime.setSecret(token);
    const mode = inputs.enum('mode', ['issue', 'environment'], 'issue');
    const environment = checkName(inputs.required('environment'), 'environment');
    const app = checkName(inputs.required('app'), 'app');
    const imageRefs = inputs.list('image-ref', { required: true });
    for (const ref of imageRefs)
        (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_5__/* .requireDigestReference */ .L1)(ref, 'image-ref');
    const configHash = inputs.required('config-hash');
    if (!CONFIG_HASH.test(configHash)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "config-hash" must be sha256:<64 hex digits>, got "${configHash}".`);
    }
    const previousConfigHash = inputs.optional('previous-config-hash');
    if (previousConfigHash && !CONFIG_HASH.test(previousConfigHash)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "previous-config-hash" must be sha256:<64 hex digits>, got "${previousConfigHash}".`);
    }
    const repository = inputs.string('repository', runtime.context.repository);
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "repository" must be owner/name, got "${repository}".`);
    }
    const runIdText = inputs.string('run-id', runtime.context.runId);
    const runId = runIdText ? Number(runIdText) : undefined;
    if (runIdText && !(Number.isSafeInteger(runId) && runId > 0)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "run-id" must be a workflow run id, got "${runIdText}".`);
    }
    if (mode === 'environment' && !runId) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('Input "run-id" is required in mode environment outside a workflow run.');
    }
    const requester = inputs.string('requester', runtime.context.triggeringActor);
    if (!requester)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('Input "requester" is required outside a workflow run.');
    const sourceAuthor = inputs.optional('source-author') ?? eventSourceAuthor(runtime.context.payload);
    const { gitops, ...rules } = await approvalRules(runtime, inputs, { app, environment, token });
    const policy = (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_2__/* .buildApprovalPolicy */ .mx)({
        ...rules,
        configChanged: previousConfigHash === undefined || previousConfigHash !== configHash,
        selfLogins: [requester, runtime.context.actor, runtime.context.triggeringActor, sourceAuthor],
        allowEmptyApprovers: mode === 'environment',
    });
    const timeoutMinutes = inputs.integer('timeout-minutes', { min: 1, max: 72 * 60, default: 60 });
    const pollSeconds = inputs.integer('poll-interval-seconds', { min: 1, max: 3600, default: 10 });
    const diffFile = inputs.optional('diff-file');
    const diff = diffFile ? await readInputFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(runtime.workspace, diffFile), 'diff-file') : undefined;
    const scanRecordFile = inputs.optional('scan-record');
    let scan;
    if (scanRecordFile) {
        const record = await (0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_7__/* .readScanRecord */ .PL)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(runtime.workspace, scanRecordFile), 'scan-record');
        if (!imageRefs.some((ref) => ref.endsWith(`@${record.digest}`))) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "scan-record" is for ${record.imageRef}, which is not one of image-ref.`);
        }
        scan = {
            verdict: record.verdict,
            scanner: `${record.scanner.name} ${record.scanner.version}`,
            counts: record.counts,
        };
    }
    const sourceSha = inputs.string('source-sha', runtime.context.sha);
    const recordFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(runtime.workspace, inputs.string('record-file', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runtime.tempDir, `shipgate-approval-${app}-${environment}.json`)));
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
        },
    };
}
async function readInputFile(path, inputName) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${inputName}" names ${path}, which cannot be read.`);
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
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .runOnGitHub */ ._2)(run);
    const { request, token, recordFile } = await readSettings(runtime);
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let result;
    try {
        const client = new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .GitHubClient */ .jh({ token, env: runtime.env, log: runtime.log });
        result = await (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_2__/* .requestApproval */ .FU)(request, { client, log: runtime.log, signal: cancel.signal });
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
    await (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_2__/* .writeApprovalRecord */ .Ye)(recordFile, result.record);
    runtime.setOutput('approved', result.approved);
    runtime.setOutput('status', result.status);
    runtime.setOutput('approvers', result.record.approvers.map((entry) => entry.login).join(','));
    runtime.setOutput('approval-record', recordFile);
    runtime.setOutput('request-url', result.requestUrl ?? '');
    await runtime.appendSummary((0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_2__/* .approvalSummary */ .C3)(request, result));
    if (!result.approved) {
        const { denial, missing } = result.evaluation;
        const why = denial
            ? `denied by ${denial.login}${denial.comment ? ` ("${denial.comment}")` : ''}`
            : `${result.status === 'timed-out' ? 'timed out' : 'not approved'}, still missing ${missing.join(' and ')}`;
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ShipgateError */ .Yu(`Deploying ${request.app} to ${request.environment} was ${why}.`);
    }
}


/***/ })

};
