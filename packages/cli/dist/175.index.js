export const id = 175;
export const ids = [175];
export const modules = {

/***/ 68175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/approvals/src/approval-record.ts
var approval_record = __webpack_require__(72887);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __webpack_require__(87620);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: ./packages/core/src/input-files.ts
var input_files = __webpack_require__(85851);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/commit-author.ts
var commit_author = __webpack_require__(30586);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/git/src/repository.ts
var repository = __webpack_require__(35434);
// EXTERNAL MODULE: ./packages/gitops/src/deploy-dependencies.ts
var deploy_dependencies = __webpack_require__(84897);
// EXTERNAL MODULE: ./packages/manifests/src/plain.ts
var plain = __webpack_require__(80594);
// EXTERNAL MODULE: ./packages/manifests/src/documents.ts
var documents = __webpack_require__(88680);
// EXTERNAL MODULE: ./packages/manifests/src/images.ts
var src_images = __webpack_require__(88918);
;// CONCATENATED MODULE: ./packages/manifests/src/workloads.ts


/** Every container with an image, of every workload among `resources`, in order. */
function workloadContainers(resources) {
    const found = [];
    for (const { object } of resources) {
        const metadata = (0,documents/* isPlainObject */.Qd)(object.metadata) ? object.metadata : {};
        const name = typeof metadata.name === 'string' ? metadata.name : '';
        const namespace = typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : undefined;
        for (const slot of (0,src_images/* containerSlots */.JQ)(object)) {
            if (!slot.image)
                continue;
            found.push({ namespace, kind: String(object.kind), name, container: slot.name, image: slot.image });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/gitops/src/deployment-records.ts

/**
 * Where records go, or why not: `true` records whenever the run names its repository; `auto` only
 * on github.com or GHE.com (GitHub Enterprise Server may lack the API) for a repository its event
 * says is an organization's (the API has no user-owned form).
 */
function deploymentRecordTarget(mode, context) {
    if (mode === 'false')
        return { skipped: 'deployment-records is false' };
    const [org, repositoryName] = context.repository.split('/');
    if (!org || !repositoryName)
        return { skipped: 'the run names no repository' };
    if (mode === 'true')
        return { org, repositoryName };
    const host = hostOf(context.serverUrl);
    if (host !== 'github.com' && !host.endsWith('.ghe.com')) {
        return { skipped: `${host} may not serve the artifact metadata API (deployment-records: true to try)` };
    }
    const owner = context.payload.repository?.owner;
    if (owner?.type !== 'Organization') {
        return { skipped: `${org} is not an organization, and deployment records are kept per organization` };
    }
    return { org, repositoryName };
}
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
}
/**
 * One record per container running a deployed image, named as GitHub recommends
 * (`{namespace}-{workload}-{container}`); an image no container names gets one record under the app.
 */
function deploymentRecordBodies(deployed, target) {
    const bodies = [];
    for (const imageRef of deployed.imageRefs) {
        const at = imageRef.lastIndexOf('@');
        if (at < 0)
            continue;
        const digest = imageRef.slice(at + 1);
        const running = deployed.containers.filter((container) => container.image === imageRef);
        const names = running.length
            ? running.map((container) => [container.namespace, container.name, container.container].filter(Boolean).join('-'))
            : [deployed.app];
        for (const deploymentName of new Set(names)) {
            bodies.push({
                name: imageRef.slice(0, at).slice(0, 256),
                digest,
                status: 'deployed',
                logical_environment: deployed.environment.slice(0, 128),
                deployment_name: deploymentName.slice(0, 256),
                ...(deployed.cluster ? { cluster: deployed.cluster.slice(0, 128) } : {}),
                github_repository: target.repositoryName,
                tags: { app: deployed.app, 'gitops-commit': deployed.commitSha },
                return_records: false,
            });
        }
    }
    return bodies;
}
/** The workload containers of the manifests under `directory` (what gitops-commit deployed). */
async function readDeployedContainers(directory) {
    const files = await (0,plain/* readYamlTree */._d)(directory);
    return workloadContainers(files.flatMap((file) => (0,documents/* parseManifestStream */.Px)(file.text, file.path)));
}
/**
 * Posts each record. A failure warns once and stops: the deploy has landed, and a missing record
 * must never fail it.
 */
async function postDeploymentRecords(bodies, target, deps) {
    let recorded = 0;
    for (const body of bodies) {
        try {
            await deps.client.request('POST /orgs/{org}/artifacts/metadata/deployment-record', {
                params: { org: target.org },
                body,
                signal: deps.signal,
            });
            recorded += 1;
        }
        catch (error) {
            deps.log.warning(`The deploy landed, but GitHub did not take its deployment record (${error.message}); grant the job "permissions: artifact-metadata: write", or set deployment-records: false.`);
            break;
        }
    }
    return recorded;
}
/** Records a landed deploy on GitHub; returns how many records GitHub took. Never throws for GitHub's answer. */
async function recordDeployment(request, deps) {
    const containers = await readDeployedContainers(request.sourceDir);
    const bodies = deploymentRecordBodies({ ...request, containers }, request.target);
    const recorded = await postDeploymentRecords(bodies, request.target, deps);
    if (recorded > 0) {
        deps.log.info(`Recorded ${recorded} deployment record(s) for ${request.target.org}'s linked artifacts on GitHub.`);
    }
    return recorded;
}

// EXTERNAL MODULE: ./packages/git/src/commit-time.ts
var commit_time = __webpack_require__(77769);
// EXTERNAL MODULE: ./packages/git/src/git.ts + 1 modules
var git = __webpack_require__(74031);
;// CONCATENATED MODULE: ./packages/gitops/src/source-time.ts

/**
 * The source commit's committer time, for `Shipgate-Source-Time`: from the checkout when the
 * commit is there, else from the push event's head commit; `undefined` when neither knows it.
 */
async function resolveSourceTime(lookup) {
    if (/^[0-9a-f]{7,64}$/i.test(lookup.sha)) {
        try {
            const time = await (0,commit_time/* commitTime */.bX)((0,git/* createGit */.lD)({ exec: lookup.exec, cwd: lookup.workspace }), lookup.sha);
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

// EXTERNAL MODULE: ./packages/gitops/src/signing-key.ts
var signing_key = __webpack_require__(11087);
// EXTERNAL MODULE: ./packages/gitops/src/deploy.ts + 2 modules
var deploy = __webpack_require__(12070);
// EXTERNAL MODULE: ./packages/gitops/src/deploy-land.ts + 14 modules
var deploy_land = __webpack_require__(96828);
// EXTERNAL MODULE: ./packages/scan/src/scan-record.ts
var scan_record = __webpack_require__(37618);
;// CONCATENATED MODULE: ./actions/gitops-commit/src/main.ts






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
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const token = inputs.optional('token');
    (0,repository/* maskToken */.gg)(token, runtime.setSecret);
    const queueKey = inputs.optional('queue-key');
    if (queueKey)
        runtime.setSecret(queueKey);
    (0,secrets/* refuseSecretsInCommittedInputs */.im)(runtime.masker, runtime, COMMITTED_INPUTS);
    const deps = (0,deploy_dependencies/* readDeployDependencies */.P)(runtime, inputs);
    const mode = inputs.enum('deployment-records', ['auto', 'true', 'false'], 'auto');
    const target = deploymentRecordTarget(mode, runtime.context);
    const records = 'skipped' in target ? target : { target, cluster: inputs.optional('cluster') };
    return { request: await readRequest(runtime, inputs, { token, queueKey }), deps, records };
}
/** After a landed deploy, GitHub's deployment record of it (never fails the step). */
async function recordOnGitHub(runtime, settings, commitSha) {
    const { request, records } = settings;
    if ('skipped' in records) {
        runtime.log.debug(`No deployment record on GitHub: ${records.skipped}.`);
        return;
    }
    const token = runtime.getInput('github-token');
    if (!token) {
        runtime.log.warning('No deployment record on GitHub: input "github-token" is empty.');
        return;
    }
    const client = (0,github_client/* createGitHubClient */.L)({ token, env: runtime.env, log: runtime.log, action: 'gitops-commit' });
    await recordDeployment({ ...request, ...records, commitSha }, { client, log: runtime.log, signal: runtime.signal });
}
/** What the user asked for: the inputs, with the source commit and its time from the run when not given. */
async function readRequest(runtime, inputs, secrets) {
    const workspacePath = (value) => (0,external_node_path_.resolve)(runtime.workspace, value);
    const scanRecordPath = await (0,input_files/* recordFileInput */.kO)(runtime, 'scan-record');
    const approvalRecordPath = await (0,input_files/* recordFileInput */.kO)(runtime, 'approval-record');
    const configHash = inputs.optional('config-hash');
    if (configHash && !CONFIG_HASH.test(configHash)) {
        throw new errors/* ConfigurationError */.j1(`Input "config-hash" must be sha256:<64 hex digits>, got "${configHash}".`);
    }
    const { context } = runtime;
    const requireApproval = inputs.optionalBoolean('require-approval');
    const breakGlassReason = inputs.optional('break-glass-reason');
    return {
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token: secrets.token,
        app: inputs.required('app'),
        environment: inputs.required('environment'),
        path: inputs.optional('path'),
        sourceDir: workspacePath(inputs.required('source-dir')),
        imageRefs: inputs.list('image-ref', { required: true }),
        scanRecord: scanRecordPath ? await (0,scan_record/* readScanRecord */.PL)(scanRecordPath) : undefined,
        scan: inputs.optional('scan'),
        approvalRecord: approvalRecordPath ? await (0,approval_record/* readApprovalRecord */.Vh)(approvalRecordPath) : undefined,
        ...(requireApproval !== undefined ? { requireApproval } : {}),
        ...(breakGlassReason ? { breakGlassReason } : {}),
        mode: inputs.enum('mode', ['push', 'pull-request'], 'push'),
        prune: inputs.boolean('prune', true),
        kustomization: inputs.optionalBoolean('kustomization'),
        allowEmpty: inputs.boolean('allow-empty', false),
        message: inputs.optional('message'),
        maxAttempts: inputs.integer('max-attempts', { min: 1, max: 100, default: 10 }),
        queueKey: secrets.queueKey,
        allowDowngrade: inputs.boolean('allow-downgrade', false),
        onStale: inputs.enum('on-stale', ['skip', 'fail'], 'skip'),
        hotfix: inputs.boolean('hotfix', false),
        author: (0,commit_author/* commitAuthorInputs */.mx)(inputs, runtime.env),
        configHash,
        ...(await readSource(runtime, inputs)),
        runUrl: context.runUrl || undefined,
        serverUrl: context.serverUrl,
        apiUrl: context.apiUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    };
}
/** The source commit (`owner/repo@sha`) and its time: the inputs, else the run's own commit. */
async function readSource(runtime, inputs) {
    const { context } = runtime;
    const sourceInput = inputs.optional('source');
    const source = sourceInput ?? (context.repository && context.sha ? `${context.repository}@${context.sha}` : undefined);
    if (source && !/^[^@\s]+@[0-9A-Za-z._-]+$/.test(source)) {
        throw new errors/* ConfigurationError */.j1(`Input "source" must be owner/repo@sha, got "${source}".`);
    }
    if (!source) {
        runtime.log.warning('No source commit is known (no "source" input, no CI variables naming one, no git checkout): the deploy commit gets no Shipgate-Source, so the rule against overwriting a newer deploy and the lead time are off for it.');
    }
    const sourceTime = inputs.optional('source-time') ??
        (sourceInput ? undefined : context.commitTime) ??
        (await resolveSourceTime({
            exec: runtime.exec,
            workspace: runtime.workspace,
            sha: context.sha,
            payload: context.payload,
        }));
    return { source, sourceTime };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const read = await readSettings(runtime);
    const { request: settings, deps } = read;
    const signingKey = { key: runtime.getInput('signing-key'), setSecret: runtime.setSecret, tempDir: runtime.tempDir };
    // With on-stale: fail the step fails, but with its outputs set, for a step that runs on failure.
    let stale;
    const result = await (0,signing_key/* withSigningKey */.p)(signingKey, (signing) => (0,deploy/* deployToGitOps */.P)(settings, { ...deps, ...(signing ? { signing } : {}) })).catch((error) => {
        if (!(error instanceof deploy_land/* StaleDeployError */.f5))
            throw error;
        stale = error;
        return error.result;
    });
    runtime.setOutput('commit-sha', result.commitSha);
    runtime.setOutput('changed', result.changed);
    runtime.setOutput('pull-request-url', result.pullRequestUrl ?? '');
    runtime.setOutput('attempts', result.attempts);
    runtime.setOutput('stale-reason', result.refused ?? '');
    if (result.changed && !result.pullRequestUrl)
        await recordOnGitHub(runtime, read, result.commitSha);
    const outcome = result.refused
        ? `Not deployed, as stale: ${result.refused}.`
        : result.changed
            ? `Committed in ${result.attempts} attempt(s).`
            : 'Nothing to change: the repository already holds this deployment.';
    const summary = new src_summary/* Summary */.B()
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
    if (stale)
        throw stale;
}


/***/ }),

/***/ 77769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   q9: () => (/* binding */ commitTimes)
/* harmony export */ });
/* unused harmony export parseCommitTimes */
/** One `<id> <committer time>` line per commit named on stdin, in the order named. */
const COMMIT_TIMES = ['log', '--no-walk=unsorted', '--stdin', '--format=%H %cI'];
/** `%H %cI` per commit (what `commitTimes` asks git for) → committer time (ISO 8601) by full id. */
function parseCommitTimes(output) {
    const times = new Map();
    for (const line of output.split('\n')) {
        const match = /^([0-9a-f]{40,64}) (\S+)$/.exec(line.trim());
        if (match)
            times.set(match[1], match[2]);
    }
    return times;
}
/**
 * The committer time (ISO 8601, in the committer's zone) of each commit, by its full id, in one
 * `git log --no-walk`: the one place a commit's time is read. A committer date is whatever the
 * writer set: reported and used for ordering, never trusted as evidence.
 */
async function commitTimes(git, commits) {
    if (commits.length === 0)
        return new Map();
    const { stdout } = await git(COMMIT_TIMES, { input: `${commits.join('\n')}\n` });
    return parseCommitTimes(stdout);
}
/** The committer time of `commit` (any revision), or `undefined` when the repository lacks it. */
async function commitTime(git, commit) {
    const { exitCode, stdout } = await git(COMMIT_TIMES, { input: `${commit}\n`, ignoreReturnCode: true });
    return exitCode === 0 ? [...parseCommitTimes(stdout).values()][0] : undefined;
}


/***/ })

};
