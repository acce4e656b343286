export const id = 199;
export const ids = [199];
export const modules = {

/***/ 89199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubRuntime: () => (/* binding */ createGitHubRuntime)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/runtime.ts
var runtime = __webpack_require__(84837);
// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __webpack_require__(87620);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/core/src/context.ts

function readGitHubContext(env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    let payload;
    return {
        repository,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
        get payload() {
            payload ??= readEventPayload(env.GITHUB_EVENT_PATH);
            return payload;
        },
    };
}
function readEventPayload(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}

// EXTERNAL MODULE: ./packages/core/src/exec.ts + 1 modules
var exec = __webpack_require__(65364);
// EXTERNAL MODULE: ./packages/core/src/proxy.ts + 1 modules
var proxy = __webpack_require__(38432);
;// CONCATENATED MODULE: ./packages/core/src/runtimes/id-token.ts


/**
 * The job's OIDC token for `audience`, asked where a GitHub Actions job asks
 * (ACTIONS_ID_TOKEN_REQUEST_URL with ACTIONS_ID_TOKEN_REQUEST_TOKEN), for the runtimes that are not
 * @actions/core's: the CLI inside a job, and tests against a stand-in. The request token and the
 * answer are masked before anything else happens with them.
 */
async function requestIdToken(env, audience, masker) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new errors/* ShipgateError */.Yu('The job has no OIDC token; it needs "permissions: id-token: write".');
    }
    masker.add(requestToken);
    const url = new URL(requestUrl);
    url.searchParams.append('audience', audience);
    let response;
    try {
        const fetch = await (0,proxy/* proxiedFetch */.i)(env);
        response = await fetch(url, {
            headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new errors/* ShipgateError */.Yu(`Requesting the job's OIDC token from ${url.origin} failed: ${error.cause?.message ?? String(error)}.`);
    }
    if (!response.ok) {
        throw new errors/* ShipgateError */.Yu(`Requesting the job's OIDC token failed with ${response.status}; the job needs "permissions: id-token: write".`);
    }
    const body = (await response.json());
    if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
        throw new errors/* ShipgateError */.Yu("The job's OIDC token endpoint answered without a token.");
    }
    masker.add(body.value);
    return body.value;
}

;// CONCATENATED MODULE: ./packages/core/src/runtimes/base.ts





/** What every runtime derives the same way from its logger, masker and environment. */
function runtimeBase(options) {
    const { log, masker, env } = options;
    return {
        log,
        masker,
        env,
        exec: (0,exec/* createExec */.k7)({ log, masker, baseEnv: env }),
        context: options.context ?? readGitHubContext(env),
        tempDir: options.tempDir || env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        workspace: options.workspace || env.GITHUB_WORKSPACE || process.cwd(),
        signal: options.signal ?? new AbortController().signal,
        idToken: (audience) => requestIdToken(env, audience, masker),
    };
}
/**
 * An annotation's properties as the runtime writes them: the file relative to the workspace when
 * it is inside it (GitHub matches annotations to repository paths), with `/` separators, and
 * masked like the message.
 */
function annotationIn(properties, workspace, mask) {
    if (!properties)
        return undefined;
    const { file, title } = properties;
    return {
        ...properties,
        ...(file ? { file: mask(workspacePath(file, workspace)) } : {}),
        ...(title ? { title: mask(title) } : {}),
    };
}
function workspacePath(file, workspace) {
    if (!(0,external_node_path_.isAbsolute)(file))
        return file;
    const inside = (0,external_node_path_.relative)(workspace, file);
    if (!inside || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return file;
    return inside.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/core/src/runtimes/workflow-commands.ts
/**
 * The runner's side of a step: workflow commands on stdout (`::error title=…::message`) and the
 * file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), written as @actions/core 3 writes them.
 * Shipgate speaks the protocol itself because @actions/core loads its HTTP client (undici, for
 * `getIDToken`) with the module: a megabyte parsed before every step, though only a step that
 * signs asks for a token (the runtime's `idToken` loads @actions/core then).
 */




/** `::command key=value,key=value::message`, one line on stdout. */
function issueCommand(command, properties, message) {
    // As @actions/core: a space after the name whenever properties are given, empty values left out.
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = Object.keys(properties).length > 0 ? `${command} ${pairs.join(',')}` : command;
    process.stdout.write(`::${head}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** An annotation's properties under the names the runner reads. */
function annotationProperties(properties = {}) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
}
/** The step input `name` (INPUT_<NAME>, spaces as underscores), trimmed; empty when not given. */
function readInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** A step output: appended to GITHUB_OUTPUT in heredoc form, or the legacy `set-output` command. */
function writeOutput(env, name, value) {
    const file = env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    // A random delimiter per value, so no value can end the heredoc early and set another output.
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`);
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** Appends markdown (and a newline) to the job summary file, GITHUB_STEP_SUMMARY. */
async function appendStepSummary(file, markdown) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(file, `${markdown}${external_node_os_.EOL}`, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./packages/core/src/runtimes/github.ts






/** The runtime for a step on a GitHub runner: workflow commands and file commands, as @actions/core writes them. */
function createGitHubRuntime(env = process.env, signal) {
    const masker = new secrets/* SecretMasker */.M2();
    // The runner masks registered secrets in the log; masking here too keeps them out of outputs,
    // summaries and errors, and out of any log read by something other than the runner.
    const m = (message) => masker.mask(message);
    const annotate = (command) => (message, properties) => issueCommand(command, annotationProperties(annotationIn(properties, base.workspace, m)), m(message));
    const log = {
        debug: (message) => issueCommand('debug', {}, m(message)),
        info: (message) => process.stdout.write(`${m(message)}${external_node_os_.EOL}`),
        notice: annotate('notice'),
        warning: annotate('warning'),
        error: annotate('error'),
        group: async (name, fn) => {
            issueCommand('group', {}, m(name));
            try {
                return await fn();
            }
            finally {
                issueCommand('endgroup', {}, '');
            }
        },
    };
    const base = runtimeBase({ log, masker, env, ...(signal ? { signal } : {}) });
    return {
        ...base,
        getInput: (name) => readInput(env, name),
        setOutput: (name, value) => writeOutput(env, name, m((0,runtime/* formatOutput */.V)(value))),
        setSecret: (secret) => {
            for (const value of masker.add(secret))
                issueCommand('add-mask', {}, value);
        },
        appendSummary: async (markdown) => {
            if (!env.GITHUB_STEP_SUMMARY)
                return;
            await appendStepSummary(env.GITHUB_STEP_SUMMARY, m(markdown));
        },
        setFailed: (message, properties) => {
            process.exitCode = 1;
            annotate('error')(message, properties);
        },
        idToken: async (audience) => {
            try {
                // @actions/core, with its HTTP client, is loaded only to fetch the token.
                const core = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 96421));
                const token = await core.getIDToken(audience);
                masker.add(token);
                return token;
            }
            catch (error) {
                throw new errors/* ShipgateError */.Yu(`Requesting the job's OIDC token failed (${(0,errors/* describeError */.Uc)(error)}); the job needs "permissions: id-token: write".`);
            }
        },
    };
}


/***/ })

};
