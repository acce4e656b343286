export const id = 577;
export const ids = [577];
export const modules = {

/***/ 14577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/verify/src/range.ts
var range = __webpack_require__(85978);
// EXTERNAL MODULE: ./packages/verify/src/trust-inputs.ts
var trust_inputs = __webpack_require__(54567);
// EXTERNAL MODULE: ./packages/verify/src/verify.ts + 11 modules
var verify = __webpack_require__(31125);
// EXTERNAL MODULE: ./packages/verify/src/evidence-sources.ts + 4 modules
var evidence_sources = __webpack_require__(62713);
// EXTERNAL MODULE: ./packages/verify/src/activity.ts
var activity = __webpack_require__(3154);
// EXTERNAL MODULE: ./packages/verify/src/report.ts
var src_report = __webpack_require__(74885);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
;// CONCATENATED MODULE: ./packages/verify/src/summary.ts

const VERDICT_LABEL = { pass: 'pass', fail: 'FAIL', 'could-not-verify': 'could not verify' };
/** The job summary: the verdict, then one row per judged commit (cut at `maxRows`; the JSON has all). */
function renderVerifySummary(report, maxRows = 200) {
    const summary = new src_summary/* Summary */.B().heading('Deployment verification');
    const { counts } = report;
    summary.paragraph(`${report.verdict === 'pass' ? 'Pass' : 'Fail'} for ${report.range}: ${counts.verified} verified, ${counts.failed} violation(s), ${counts.unverifiable} could not be verified, ${counts.policyChanges} policy change(s).`);
    // Failures first: they are what a reader opens the summary for.
    const rank = { fail: 0, 'could-not-verify': 1, pass: 2 };
    const rows = [...report.commits].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
    if (rows.length === 0)
        return summary.paragraph('No deploy or policy commits in the range.').toString();
    summary.table(['commit', 'environment', 'image', 'approvers', 'verdict', 'reason'], rows
        .slice(0, maxRows)
        .map((row) => [
        row.commit.slice(0, 12),
        row.kind === 'policy-change'
            ? 'policy'
            : `${row.environment ?? ''}${row.kind === 'rollback' ? ' (rollback)' : ''}`,
        row.images.map((ref) => ref.replace(/@sha256:([0-9a-f]{12})[0-9a-f]+$/, '@sha256:$1…')).join(', '),
        row.approvers.join(', '),
        VERDICT_LABEL[row.verdict],
        row.reason,
    ]));
    if (rows.length > maxRows)
        summary.paragraph(`The first ${maxRows} of ${rows.length} rows; the JSON report lists them all.`);
    return summary.toString();
}

;// CONCATENATED MODULE: ./actions/verify-deployments/src/main.ts



/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const apiToken = inputs.optional('github-token') || token;
    runtime.setSecret(apiToken);
    const reportFile = inputs.optional('report-file');
    const settings = {
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token,
        range: (0,range/* parseRange */.RC)(inputs.optional('range') ?? (0,range/* rangeFromEvent */.Io)(runtime.context.eventName, runtime.context.payload), new Date()),
        githubRepository: inputs.optional('github-repository'),
        environments: inputs.list('environments'),
        trust: (0,trust_inputs/* readVerifierTrust */.d)(inputs),
        reportFile: reportFile
            ? (0,external_node_path_.resolve)(runtime.workspace, reportFile)
            : (0,external_node_path_.join)(runtime.tempDir, 'shipgate-verify-report.json'),
    };
    const client = (0,github_client/* createGitHubClient */.L)({
        token: apiToken ?? '',
        env: runtime.env,
        log: runtime.log,
        action: 'verify-deployments',
    });
    const report = await (0,verify/* verifyDeployments */.S)({
        ...settings,
        ...(0,evidence_sources/* evidenceSources */.y)({
            client,
            authenticated: Boolean(apiToken),
            log: runtime.log,
            trust: settings.trust,
            serverUrl: runtime.context.serverUrl,
            repository: settings.repository,
            githubRepository: settings.githubRepository,
            eventPush: (0,activity/* pushFromEvent */.lV)(runtime.context.eventName, runtime.context.payload),
        }),
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    });
    await (0,src_report/* writeVerifyReport */.TO)(report, settings.reportFile);
    runtime.setOutput('verdict', report.verdict);
    runtime.setOutput('violations', report.violations);
    runtime.setOutput('report', settings.reportFile);
    await runtime.appendSummary(renderVerifySummary(report));
    if (report.verdict === 'fail') {
        throw new errors/* ShipgateError */.Yu(`${report.violations} commit(s) in ${report.range} failed verification or could not be verified; the job summary and the report list why.`);
    }
}


/***/ })

};
