export const id = 585;
export const ids = [585];
export const modules = {

/***/ 19585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_approvals__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54095);
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97740);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70787);
/* harmony import */ var _shipgate_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53992);






/** Inputs written into the commit (message, trailers, author, path). */
const COMMITTED_INPUTS = [
    'message',
    'author-name',
    'author-email',
    'app',
    'environment',
    'path',
    'image-ref',
    'scan',
    'source',
    'source-time',
    'config-hash',
    'branch',
    'break-glass-reason',
];
const CONFIG_HASH = /^sha256:[0-9a-f]{64}$/;
async function readSettings(runtime) {
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .InputReader */ .i_(runtime);
    const token = inputs.optional('token');
    (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__/* .maskToken */ .gg)(token, runtime.setSecret);
    const queueKey = inputs.optional('queue-key');
    if (queueKey)
        runtime.setSecret(queueKey);
    (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .refuseSecretsInCommittedInputs */ .im)(runtime.masker, runtime, COMMITTED_INPUTS);
    const workspacePath = (value) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, value);
    const scanRecordPath = await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .recordFileInput */ .kO)(runtime, 'scan-record');
    const approvalRecordPath = await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .recordFileInput */ .kO)(runtime, 'approval-record');
    const configHash = inputs.optional('config-hash');
    if (configHash && !CONFIG_HASH.test(configHash)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "config-hash" must be sha256:<64 hex digits>, got "${configHash}".`);
    }
    const { context } = runtime;
    const sourceInput = inputs.optional('source');
    const source = sourceInput ?? (context.repository && context.sha ? `${context.repository}@${context.sha}` : undefined);
    if (source && !/^[^@\s]+@[0-9A-Za-z._-]+$/.test(source)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "source" must be owner/repo@sha, got "${source}".`);
    }
    if (!source) {
        runtime.log.warning('No source commit is known (no "source" input, no CI variables naming one, no git checkout): the deploy commit gets no Shipgate-Source, so the rule against overwriting a newer deploy and the lead time are off for it.');
    }
    const sourceTime = inputs.optional('source-time') ??
        (sourceInput ? undefined : context.commitTime) ??
        (await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__/* .resolveSourceTime */ .Bl)({
            exec: runtime.exec,
            workspace: runtime.workspace,
            sha: context.sha,
            payload: context.payload,
        }));
    const requireApproval = inputs.optionalBoolean('require-approval');
    // Used only when the GitOps policy requires attestations or a scan pass for the environment written.
    const verifyAttestations = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_2__/* .readPolicyAttestationVerifier */ .$1)({
        inputs,
        setSecret: runtime.setSecret,
        log: runtime.log,
        serverUrl: context.serverUrl,
    });
    const githubToken = inputs.optional('github-token');
    if (githubToken)
        runtime.setSecret(githubToken);
    // Keyless as this run: what an environment review of the run approved (see the README's threat model).
    const statementSigning = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_2__/* .readDeployStatementSigning */ .iZ)({ inputs, env: runtime.env, setSecret: runtime.setSecret });
    const breakGlassReason = inputs.optional('break-glass-reason');
    return {
        exec: runtime.exec,
        log: runtime.log,
        setSecret: runtime.setSecret,
        ...(verifyAttestations ? { verifyAttestations } : {}),
        ...(statementSigning
            ? { deployStatement: (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_2__/* .deployStatementSigner */ .DZ)(statementSigning.signing, statementSigning.always) }
            : {}),
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token,
        app: inputs.required('app'),
        environment: inputs.required('environment'),
        path: inputs.optional('path'),
        sourceDir: workspacePath(inputs.required('source-dir')),
        imageRefs: inputs.list('image-ref', { required: true }),
        scanRecord: scanRecordPath ? await (0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .readScanRecord */ .PL)(scanRecordPath) : undefined,
        scan: inputs.optional('scan'),
        approvalRecord: approvalRecordPath ? await (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_1__/* .readApprovalRecord */ .Vh)(approvalRecordPath) : undefined,
        ...(requireApproval !== undefined ? { requireApproval } : {}),
        evidence: (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__/* .evidenceAccessFromContext */ .XT)(githubToken, context),
        ...(breakGlassReason ? { breakGlassReason } : {}),
        mode: inputs.enum('mode', ['push', 'pull-request'], 'push'),
        prune: inputs.boolean('prune', true),
        kustomization: inputs.optionalBoolean('kustomization'),
        allowEmpty: inputs.boolean('allow-empty', false),
        message: inputs.optional('message'),
        maxAttempts: inputs.integer('max-attempts', { min: 1, max: 100, default: 10 }),
        queueKey,
        allowDowngrade: inputs.boolean('allow-downgrade', false),
        hotfix: inputs.boolean('hotfix', false),
        author: {
            name: inputs.string('author-name', 'github-actions[bot]'),
            email: inputs.string('author-email', '41898282+github-actions[bot]@users.noreply.github.com'),
        },
        configHash,
        source,
        sourceTime,
        runUrl: context.runUrl || undefined,
        serverUrl: context.serverUrl,
        apiUrl: context.apiUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .runOnGitHub */ ._2)(run);
    const settings = await readSettings(runtime);
    const signingKey = { key: runtime.getInput('signing-key'), setSecret: runtime.setSecret, tempDir: runtime.tempDir };
    const result = await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__/* .withSigningKey */ .pT)(signingKey, (signing) => (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_4__/* .deployToGitOps */ .PA)({ ...settings, ...(signing ? { signing } : {}) }));
    runtime.setOutput('commit-sha', result.commitSha);
    runtime.setOutput('changed', result.changed);
    runtime.setOutput('pull-request-url', result.pullRequestUrl ?? '');
    runtime.setOutput('attempts', result.attempts);
    const outcome = result.refused
        ? `Refused: ${result.refused}.`
        : result.changed
            ? `Committed in ${result.attempts} attempt(s).`
            : 'Nothing to change: the repository already holds this deployment.';
    const summary = new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .Summary */ .BD()
        .heading(`gitops-commit: ${settings.app} → ${settings.environment}`)
        .paragraph(outcome)
        .table(['', ''], [
        ['Repository', settings.repository],
        ['Branch', result.branch],
        ['Path', result.path],
        ['Commit', result.commitSha || '(none)'],
        ['Images', settings.imageRefs.join('<br>')],
        ['Source', settings.source ?? '(unknown)'],
        ...(result.pullRequestUrl ? [['Pull request', result.pullRequestUrl]] : []),
    ]);
    await runtime.appendSummary(summary.toString());
}


/***/ })

};
