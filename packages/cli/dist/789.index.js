export const id = 789;
export const ids = [789];
export const modules = {

/***/ 62789:
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
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: ./packages/trail/src/report.ts
var src_report = __webpack_require__(12528);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
;// CONCATENATED MODULE: ./packages/trail/src/report-summary.ts

/**
 * The job summary of a deployment report: per environment, the metrics, a chart and the history
 * table, cut at `maxRows` rows (GitHub refuses step summaries over 1 MiB; the JSON has every row).
 */
function renderReportSummary(report, maxRows = 100) {
    const summary = new src_summary/* Summary */.B().heading(`Deployments of ${report.app}`);
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
    if (report.verificationNotCounted) {
        summary.paragraph(`Verified deploys are not counted: ${report.verificationNotCounted}`);
    }
    const notVerified = report.environments.flatMap((env) => (env.verification?.notVerified ?? []).map((deploy) => [
        env.environment,
        report_summary_short(deploy.commit),
        deploy.verdict === 'fail' ? 'violation' : 'could not be verified',
        deploy.reason,
    ]));
    if (notVerified.length > 0) {
        summary.paragraph('Deploys that did not verify, and why (verify-deployments judges them the same):');
        summary.table(['environment', 'commit', 'verdict', 'why'], notVerified.slice(0, maxRows));
        if (notVerified.length > maxRows) {
            summary.paragraph(`The first ${maxRows} of ${notVerified.length}; the JSON report lists them all.`);
        }
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

// EXTERNAL MODULE: ./packages/verify/src/verify.ts + 11 modules
var verify = __webpack_require__(31125);
;// CONCATENATED MODULE: ./packages/verify/src/counts.ts

/**
 * Per environment, how many of an app's deploys and rollbacks committed in `[since, until)`
 * verified, and why each other one did not: what deployment-report shows beside the DORA metrics,
 * judged as verify-deployments judges (give it the same `evidenceSources`). When they cannot be
 * counted (no policy, no activity record), why, also logged as a notice.
 */
async function verifiedDeploysOf(options) {
    const notCounted = (reason) => {
        options.log.notice(`Not counting verified deploys: ${reason}`);
        return { notCounted: reason };
    };
    if (!options.activity) {
        // Deploys are timed by GitHub's record of the pushes; without it nothing can be counted verified.
        return notCounted("they are judged by GitHub's activity record of the branch, which needs a github-token and the repository's owner/name.");
    }
    let report;
    try {
        report = await (0,verify/* verifyDeployments */.S)({ ...options, range: { kind: 'since', since: options.since } });
    }
    catch (error) {
        if (!(error instanceof verify/* NoPolicyError */.Y))
            throw error;
        return notCounted(error.message);
    }
    const unverifiable = report.commits.find((finding) => finding.kind === 'history' && !finding.commit);
    if (unverifiable)
        return notCounted(`${unverifiable.reason}.`);
    return { counts: countVerified(report, options.app, options.until) };
}
/** The counts of one app (by its trailer, or its name in the path of an unattributed commit). */
function countVerified(report, app, until) {
    const counts = new Map();
    for (const finding of report.commits) {
        if (finding.kind === 'policy-change' || finding.kind === 'history' || !finding.environment)
            continue;
        if (Date.parse(finding.committedAt) >= until.getTime())
            continue;
        const ofApp = finding.app ? finding.app === app : (finding.path ?? '').split('/').includes(app);
        if (!ofApp)
            continue;
        const entry = counts.get(finding.environment) ?? { judged: 0, verified: 0, unverifiable: 0 };
        entry.judged += 1;
        if (finding.verdict === 'pass')
            entry.verified += 1;
        else {
            if (finding.verdict === 'could-not-verify')
                entry.unverifiable += 1;
            entry.notVerified = [
                ...(entry.notVerified ?? []),
                { commit: finding.commit, verdict: finding.verdict, reason: finding.reason },
            ];
        }
        counts.set(finding.environment, entry);
    }
    return counts;
}

// EXTERNAL MODULE: ./packages/verify/src/evidence-sources.ts + 4 modules
var evidence_sources = __webpack_require__(62713);
// EXTERNAL MODULE: ./packages/verify/src/trust-inputs.ts
var trust_inputs = __webpack_require__(54567);
;// CONCATENATED MODULE: ./actions/deployment-report/src/main.ts




/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const until = inputs.optional('until');
    const end = until ? (0,src_report/* parseUntil */.Id)(until) : new Date();
    const environments = inputs.list('environments', { required: true });
    const duplicate = environments.find((environment, i) => environments.indexOf(environment) !== i);
    if (duplicate)
        throw new errors/* ConfigurationError */.j1(`Input "environments" lists "${duplicate}" twice.`);
    const reportFile = inputs.optional('report-file');
    const settings = {
        app: inputs.required('app'),
        environments,
        since: (0,src_report/* parseSince */.m1)(inputs.string('since', '30d'), end, 'since', until ? { untilInput: { name: 'until', value: until } } : {}),
        until: end,
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token,
        reportFile: reportFile
            ? (0,external_node_path_.resolve)(runtime.workspace, reportFile)
            : (0,external_node_path_.join)(runtime.tempDir, 'shipgate-deployment-report.json'),
    };
    const apiToken = inputs.optional('github-token') ?? token;
    runtime.setSecret(apiToken);
    const access = {
        repository: settings.repository,
        branch: settings.branch,
        token,
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    };
    const client = (0,github_client/* createGitHubClient */.L)({
        token: apiToken ?? '',
        env: runtime.env,
        log: runtime.log,
        action: 'deployment-report',
    });
    // Judged as verify-deployments judges, from the same evidence with the same trust inputs: the
    // two agree on every deploy. (No push event: this may run in any repository.)
    const verified = inputs.boolean('verify', true)
        ? await verifiedDeploysOf({
            ...access,
            app: settings.app,
            since: settings.since,
            until: settings.until,
            ...(0,evidence_sources/* evidenceSources */.y)({
                client,
                authenticated: Boolean(apiToken),
                log: runtime.log,
                trust: (0,trust_inputs/* readVerifierTrust */.d)(inputs),
                serverUrl: runtime.context.serverUrl,
                repository: settings.repository,
                githubRepository: inputs.optional('github-repository'),
            }),
        })
        : undefined;
    const report = await (0,src_report/* generateDeploymentReport */.J7)({
        ...settings,
        ...access,
        ...(verified && 'counts' in verified ? { verification: verified.counts } : {}),
        ...(verified && 'notCounted' in verified ? { verificationNotCounted: verified.notCounted } : {}),
    });
    runtime.setOutput('report', settings.reportFile);
    await runtime.appendSummary(renderReportSummary(report));
}


/***/ })

};
