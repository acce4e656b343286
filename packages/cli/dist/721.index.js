export const id = 721;
export const ids = [721];
export const modules = {

/***/ 27721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _shipgate_approvals__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54095);
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97740);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_gitops__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70787);




/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .runOnGitHub */ ._2)(run);
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    // The reason and the names go into the rollback commit.
    (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .refuseSecretsInCommittedInputs */ .im)(runtime.masker, runtime, [
        'reason',
        'break-glass-reason',
        'app',
        'environment',
        'to',
        'path',
        'branch',
    ]);
    const approvalRecordPath = await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .recordFileInput */ .kO)(runtime, 'approval-record');
    const githubToken = inputs.optional('github-token');
    if (githubToken)
        runtime.setSecret(githubToken);
    // As gitops-commit: the policy's scan and attestation rules hold for the restored images, and a
    // rollback approved by an environment review carries the run's deploy statement.
    const verifyAttestations = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_1__/* .readPolicyAttestationVerifier */ .$1)({
        inputs,
        setSecret: runtime.setSecret,
        log: runtime.log,
        serverUrl: runtime.context.serverUrl,
    });
    const statementSigning = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_1__/* .readDeployStatementSigning */ .iZ)({ inputs, env: runtime.env, setSecret: runtime.setSecret });
    const settings = {
        ...(verifyAttestations ? { verifyAttestations } : {}),
        ...(statementSigning
            ? { deployStatement: (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_1__/* .deployStatementSigner */ .DZ)(statementSigning.signing, statementSigning.always) }
            : {}),
        app: inputs.required('app'),
        environment: inputs.required('environment'),
        to: inputs.string('to', 'previous'),
        reason: inputs.required('reason'),
        approvalRecord: approvalRecordPath ? await (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_0__/* .readApprovalRecord */ .Vh)(approvalRecordPath) : undefined,
        requireApproval: inputs.optionalBoolean('require-approval'),
        evidence: (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_3__/* .evidenceAccessFromContext */ .XT)(githubToken, runtime.context),
        breakGlassReason: inputs.optional('break-glass-reason'),
        repository: inputs.required('repository'),
        branch: inputs.branch('branch', 'main'),
        token,
        path: inputs.optional('path'),
    };
    const signingKey = { key: runtime.getInput('signing-key'), setSecret: runtime.setSecret, tempDir: runtime.tempDir };
    const result = await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_3__/* .withSigningKey */ .pT)(signingKey, (signing) => (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_3__/* .rollback */ .dU)({
        ...settings,
        ...(signing ? { signing } : {}),
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        runUrl: runtime.context.runUrl || undefined,
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    }));
    runtime.setOutput('commit-sha', result.commitSha);
    runtime.setOutput('rolled-back-to', result.rolledBackTo);
    await runtime.appendSummary(new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD()
        .heading(`Rollback of ${settings.app} in ${settings.environment}`)
        .table(['', 'value'], [
        ['rolled back', result.rolledBackFrom],
        ['restored deploy', result.rolledBackTo],
        ['image', result.target.imageRefs.join('<br>')],
        ['source', result.target.source ?? ''],
        ['reason', settings.reason],
        ['rollback commit', result.changed ? result.commitSha : 'none: the path already held these files'],
    ])
        .paragraph('Later deploys of the rolled-back source, or of anything older, are refused; a newer source proceeds.')
        .toString());
}


/***/ })

};
