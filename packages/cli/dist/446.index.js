export const id = 446;
export const ids = [446];
export const modules = {

/***/ 37446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/approvals/src/approval-record.ts
var approval_record = __webpack_require__(72887);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __webpack_require__(87620);
// EXTERNAL MODULE: ./packages/core/src/input-files.ts
var input_files = __webpack_require__(85851);
// EXTERNAL MODULE: ./packages/core/src/commit-author.ts
var commit_author = __webpack_require__(30586);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/gitops/src/deploy-dependencies.ts
var deploy_dependencies = __webpack_require__(84897);
// EXTERNAL MODULE: ./packages/gitops/src/signing-key.ts
var signing_key = __webpack_require__(11087);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/git/src/tree.ts
var tree = __webpack_require__(24106);
// EXTERNAL MODULE: ./packages/git/src/clone.ts
var clone = __webpack_require__(973);
// EXTERNAL MODULE: ./packages/git/src/refs.ts
var refs = __webpack_require__(33904);
// EXTERNAL MODULE: ./packages/git/src/fetch.ts
var fetch = __webpack_require__(23312);
// EXTERNAL MODULE: ./packages/git/src/repository.ts
var repository = __webpack_require__(35434);
// EXTERNAL MODULE: ./packages/trail/src/dora.ts
var dora = __webpack_require__(70986);
// EXTERNAL MODULE: ./packages/trail/src/history.ts
var src_history = __webpack_require__(62032);
// EXTERNAL MODULE: ./packages/trail/src/report.ts
var report = __webpack_require__(12528);
// EXTERNAL MODULE: ./packages/gitops/src/deploy.ts + 2 modules
var src_deploy = __webpack_require__(12070);
// EXTERNAL MODULE: ./packages/gitops/src/environment-content.ts
var environment_content = __webpack_require__(93775);
// EXTERNAL MODULE: ./packages/gitops/src/write-tree.ts
var write_tree = __webpack_require__(21130);
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
        throw new errors/* ConfigurationError */.j1(`There is no deployment of ${where} to roll back.`);
    const live = restoredDeploy(history, current) ?? current;
    if (to === 'previous') {
        const rolledBack = history.flatMap((d) => (d.kind === 'rollback' && d.rollbackOf ? [d.rollbackOf] : []));
        const liveIndex = history.indexOf(live);
        const target = history
            .slice(liveIndex + 1)
            .find((d) => d.kind === 'deploy' && !rolledBack.some((sha) => (0,dora/* sameCommit */.Kd)(sha, d.commitSha)));
        if (!target) {
            throw new errors/* ConfigurationError */.j1(`There is no earlier deployment of ${where} to roll back to: ${live.commitSha.slice(0, 7)} is the oldest one not rolled back.`);
        }
        return { current, target };
    }
    if (!/^[0-9a-f]{7,64}$/i.test(to)) {
        throw new errors/* ConfigurationError */.j1(`Input "to" must be "previous" or a deploy commit sha, got "${to}".`);
    }
    const named = history.find((d) => (0,dora/* sameCommit */.Kd)(d.commitSha, to));
    if (!named)
        throw new errors/* ConfigurationError */.j1(`Input "to" names ${to}, which is not a deployment of ${where}.`);
    const target = named.kind === 'deploy' ? named : restoredDeploy(history, named);
    if (!target) {
        throw new errors/* ConfigurationError */.j1(`Input "to" names rollback ${to}, whose restored deployment ${named.rollbackTo ?? '(none)'} is not in the history of ${where}.`);
    }
    if (target === live) {
        throw new errors/* ConfigurationError */.j1(`Input "to" names ${to}, which is what ${where} runs now; there is nothing to roll back.`);
    }
    return { current, target };
}
/** For a rollback commit, the deploy commit it restored; for a deploy, the deploy itself. */
function restoredDeploy(history, deployment) {
    let cursor = deployment;
    // Bounded: a rollback names an older commit, and a chain cannot be longer than the history.
    for (let hops = 0; cursor && cursor.kind === 'rollback' && hops <= history.length; hops++) {
        const sha = cursor.rollbackTo;
        cursor = sha ? history.find((d) => (0,dora/* sameCommit */.Kd)(d.commitSha, sha)) : undefined;
    }
    return cursor?.kind === 'deploy' ? cursor : undefined;
}
/**
 * Writes the files `path` held at `commitSha` into `destination/path`, byte for byte (modes
 * included), from a clone that may be partial: git fetches only the blobs of that tree. Nothing
 * but `destination` is touched (no index, no checkout of the clone).
 */
async function restoreFilesAt(git, commitSha, path, destination) {
    const listed = await (0,tree/* lsTree */.kb)(git, commitSha, { paths: [path] });
    if (!listed.some((entry) => entry.path === path)) {
        throw new errors/* ConfigurationError */.j1(`Deployment ${commitSha.slice(0, 7)} has no files at "${path}" to restore.`);
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
async function rollback(request, deps, tuning = {}) {
    const reason = request.reason.trim();
    if (!reason)
        throw new errors/* ConfigurationError */.j1('Input "reason" is required: say why this rollback is made.');
    if (request.to !== 'previous' && !/^[0-9a-f]{7,64}$/i.test(request.to)) {
        throw new errors/* ConfigurationError */.j1(`Input "to" must be "previous" or a deploy commit sha, got "${request.to}".`);
    }
    const path = (0,write_tree/* confineDeployPath */.bg)(request.path ?? `apps/${request.app}/${request.environment}`);
    const where = `${request.app} in ${request.environment}`;
    const access = {
        ...request,
        exec: deps.exec,
        ...(deps.pushFromProcess ? { pushFromProcess: deps.pushFromProcess } : {}),
        ...(deps.env ? { inherited: deps.env } : {}),
        ...(deps.setSecret ? { setSecret: deps.setSecret } : {}),
    };
    return (0,clone/* withScratchClone */.YC)(access, { purpose: 'rollback', subdir: 'repo.git' }, async ({ dir, git }) => {
        const branch = request.branch ?? (await (0,refs/* remoteDefaultBranch */.Ki)(git));
        if (!branch || !(await (0,refs/* remoteBranchExists */.VJ)(git, branch))) {
            throw new errors/* ConfigurationError */.j1(`There is no deployment of ${where} to roll back: the branch does not exist.`);
        }
        // Blobless: commits and trees now, file contents only for the tree that is restored.
        await (0,fetch/* fetchBranch */.D_)(git, branch, { filter: 'blob:none' });
        const history = await (0,src_history/* readDeploymentsFromClone */._6)(git, (0,refs/* remoteTrackingRef */.d3)(branch), {
            app: request.app,
            environment: request.environment,
        });
        const { current, target } = planRollback(history, request.to, where);
        deps.log.info(`Rolling back ${where} from ${current.commitSha.slice(0, 12)} to ${target.commitSha.slice(0, 12)} (${target.source ?? 'unknown source'}, ${target.imageRefs.join(', ')}).`);
        const sourceDir = await restoreFilesAt(git, target.commitSha, path, (0,external_node_path_.join)(dir, 'restored'));
        // Read from the tree, not the restored directory: git modes show what a checkout hides (a
        // submodule restores as an empty directory).
        (0,environment_content/* requireEnvironmentContent */.qb)(await (0,environment_content/* readEnvironmentEntriesAt */.xv)(git, target.commitSha, path), `Input "to" leads to deployment ${target.commitSha.slice(0, 12)} of ${where}, which cannot be restored`);
        return commitRollback(request, deps, tuning, { branch, path, sourceDir, reason, current, target });
    });
}
/** The rollback commit, through gitops-commit's writer. */
async function commitRollback(request, deps, tuning, restore) {
    const { branch, path, sourceDir, reason, current, target } = restore;
    const deploy = {
        ...(0,repository/* repositoryAccess */.bO)(request),
        branch,
        app: request.app,
        environment: request.environment,
        path,
        sourceDir,
        imageRefs: target.imageRefs,
        configHash: target.configHash,
        // The restored image's verdict goes with it, so the rollback commit can be promoted as is.
        ...(target.scan && (0,report/* scanVerdictOf */.Qt)(target) !== 'unknown' ? { scan: target.scan } : {}),
        source: target.source,
        sourceTime: target.sourceTime,
        approvalRecord: request.approvalRecord,
        requireApproval: request.requireApproval,
        ...(request.breakGlassReason ? { breakGlassReason: request.breakGlassReason } : {}),
        message: `Roll back {app} in {environment} to ${target.commitSha.slice(0, 12)}`,
        prune: true,
        allowDowngrade: true,
        rollback: { of: current.commitSha, to: target.commitSha, reason },
        // A deploy landing after the history was read must not be silently overwritten.
        expectCurrentCommit: current.commitSha,
        runUrl: request.runUrl,
        maxAttempts: request.maxAttempts,
        ...(request.author ? { author: request.author } : {}),
        ...(request.mode ? { mode: request.mode } : {}),
        ...(request.apiUrl ? { apiUrl: request.apiUrl } : {}),
    };
    const result = await (0,src_deploy/* deployToGitOps */.P)(deploy, deps, tuning);
    if (!result.changed) {
        deps.log.warning(`${path} already holds the files of ${target.commitSha.slice(0, 12)}; no rollback commit was made.`);
    }
    return {
        commitSha: result.commitSha,
        changed: result.changed,
        ...(result.pullRequestUrl ? { pullRequestUrl: result.pullRequestUrl } : {}),
        rolledBackTo: target.commitSha,
        rolledBackFrom: current.commitSha,
        target,
    };
}

;// CONCATENATED MODULE: ./actions/rollback/src/main.ts



/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    // The reason and the names go into the rollback commit.
    (0,secrets/* refuseSecretsInCommittedInputs */.im)(runtime.masker, runtime, [
        'reason',
        'break-glass-reason',
        'app',
        'environment',
        'to',
        'path',
        'branch',
        'author-name',
        'author-email',
    ]);
    const approvalRecordPath = await (0,input_files/* recordFileInput */.kO)(runtime, 'approval-record');
    // As gitops-commit: the policy's scan and attestation rules hold for the restored images, and a
    // rollback approved by an environment review carries the run's deploy statement.
    const deps = (0,deploy_dependencies/* readDeployDependencies */.P)(runtime, inputs);
    const settings = {
        app: inputs.required('app'),
        environment: inputs.required('environment'),
        to: inputs.string('to', 'previous'),
        reason: inputs.required('reason'),
        approvalRecord: approvalRecordPath ? await (0,approval_record/* readApprovalRecord */.Vh)(approvalRecordPath) : undefined,
        requireApproval: inputs.optionalBoolean('require-approval'),
        breakGlassReason: inputs.optional('break-glass-reason'),
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token,
        path: inputs.optional('path'),
        author: (0,commit_author/* commitAuthorInputs */.mx)(inputs, runtime.env),
        runUrl: runtime.context.runUrl || undefined,
        mode: inputs.enum('mode', ['push', 'pull-request'], 'push'),
        apiUrl: runtime.context.apiUrl,
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    };
    const signingKey = { key: runtime.getInput('signing-key'), setSecret: runtime.setSecret, tempDir: runtime.tempDir };
    const result = await (0,signing_key/* withSigningKey */.p)(signingKey, (signing) => rollback(settings, { ...deps, ...(signing ? { signing } : {}) }));
    runtime.setOutput('commit-sha', result.commitSha);
    runtime.setOutput('rolled-back-to', result.rolledBackTo);
    runtime.setOutput('pull-request-url', result.pullRequestUrl ?? '');
    await runtime.appendSummary(new summary/* Summary */.B()
        .heading(`Rollback of ${settings.app} in ${settings.environment}`)
        .table(['', 'value'], [
        ['rolled back', result.rolledBackFrom],
        ['restored deploy', result.rolledBackTo],
        ['image', result.target.imageRefs.join('<br>')],
        ['source', result.target.source ?? ''],
        ['reason', settings.reason],
        ['rollback commit', result.changed ? result.commitSha : 'none: the path already held these files'],
        ...(result.pullRequestUrl ? [['pull request', result.pullRequestUrl]] : []),
    ])
        .paragraph('Later deploys of the rolled-back source, or of anything older, are refused; a newer source proceeds.')
        .toString());
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


/***/ })

};
