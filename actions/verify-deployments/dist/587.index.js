export const id = 587;
export const ids = [587];
export const modules = {

/***/ 84837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatOutput),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
function formatOutput(value) {
    return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** A logger that drops everything; for package code called where nobody listens. */
const silentLogger = {
    debug() { },
    info() { },
    notice() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};


/***/ }),

/***/ 13587:
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./packages/core/src/output-lines.ts

/**
 * Cuts a child's output into lines as the chunks arrive, whatever the chunk boundaries (a line, or
 * a UTF-8 character, may be split across two). A carriage return ends a line too: progress bars
 * redraw with it, and each redraw is a line in a log. Empty lines are dropped.
 */
class OutputLines {
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    rest = '';
    /** The lines `chunk` completes. */
    push(chunk) {
        const lines = (this.rest + this.decoder.write(chunk)).split(/\r\n|\n|\r/);
        this.rest = lines.pop() ?? '';
        return lines.filter((line) => line !== '');
    }
    /** The last line, when the output did not end with a newline. */
    end() {
        const last = this.rest + this.decoder.end();
        this.rest = '';
        return last ? [last] : [];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/exec.ts




const KILL_GRACE_MS = 2_000;
/**
 * What any tool needs from the environment: where things are, locale, time zone, proxies and CA
 * certificates. Tokens (SHIPGATE_TOKEN, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN…) are not in it.
 */
const BASE_TOOL_ENV = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'TMPDIR',
    'LANG',
    'LANGUAGE',
    'LC_*',
    'TZ',
    'XDG_*',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
];
/**
 * The inherited environment each external tool gets: the base list plus its own configuration
 * variables. Anything else a call needs (registry credentials for a scanner, buildah's storage
 * driver in tests) is passed explicitly in `ExecOptions.env`. A wrapper for another tool (git)
 * passes its own list as `inheritEnv`, or adds it here.
 */
const TOOL_ENVIRONMENTS = {
    buildah: [
        ...BASE_TOOL_ENV,
        'BUILDAH_*',
        'STORAGE_DRIVER',
        'STORAGE_OPTS',
        'CONTAINERS_*',
        '_CONTAINERS_*',
        'REGISTRY_AUTH_FILE',
    ],
    docker: [...BASE_TOOL_ENV, 'DOCKER_*', 'BUILDX_*', 'BUILDKIT_*'],
    trivy: [...BASE_TOOL_ENV, 'TRIVY_*', 'DOCKER_CONFIG', 'DOCKER_HOST'],
    grype: [...BASE_TOOL_ENV, 'GRYPE_*', 'SYFT_*', 'DOCKER_CONFIG', 'DOCKER_HOST'],
    kubectl: [...BASE_TOOL_ENV, 'KUBECONFIG', 'KUSTOMIZE_*'],
    kustomize: [...BASE_TOOL_ENV, 'KUSTOMIZE_*'],
    helm: [...BASE_TOOL_ENV, 'HELM_*', 'KUBECONFIG'],
};
/** The child's environment: the inherited variables the allow-list lets through, then `env`. */
function childEnvironment(command, baseEnv, options = {}) {
    const allowed = options.inheritEnv ?? TOOL_ENVIRONMENTS[(0,external_node_path_.basename)(command)] ?? 'all';
    const inherits = (name) => allowed === 'all' ||
        allowed.some((entry) => (entry.endsWith('*') ? name.startsWith(entry.slice(0, -1)) : entry === name));
    const env = {};
    for (const [key, value] of Object.entries(baseEnv)) {
        if (value !== undefined && inherits(key))
            env[key] = value;
    }
    for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
function createExec({ log, masker, baseEnv = process.env }) {
    return (command, args, options = {}) => {
        const stream = options.streamOutput;
        const run = () => runCommand(command, args, options, { log, masker, baseEnv });
        return typeof stream === 'object' ? log.group(stream.group, run) : run();
    };
}
/** Where each stream's lines go as they arrive: nowhere, or a log level. */
function lineSinks(stream, log) {
    if (!stream)
        return {};
    const level = stream === true ? log.debug.bind(log) : log.info.bind(log);
    return { stderr: level, ...(stream === true || stream.stdout !== false ? { stdout: level } : {}) };
}
function runCommand(command, args, options, { log, masker, baseEnv }) {
    const maskedArgs = args.map((arg) => masker.mask(arg));
    const commandLine = [command, ...maskedArgs].join(' ');
    (options.quiet ? log.debug : log.info).call(log, `[command] ${commandLine}`);
    const env = childEnvironment(command, baseEnv, options);
    const sinks = lineSinks(options.streamOutput, log);
    return new Promise((resolve, reject) => {
        const fail = (exitCode, stderr, reason) => reject(new errors/* CommandError */.Qd({ command, args: maskedArgs, exitCode, stderr: masker.mask(stderr), reason }));
        // No input: stdin is /dev/null, which reads as at once at its end, as a closed pipe does, and
        // spares a pipe on every call (a git-heavy step runs dozens).
        const spawnOptions = { cwd: options.cwd, env, shell: false };
        const child = options.input === undefined
            ? (0,external_node_child_process_.spawn)(command, [...args], { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] })
            : (0,external_node_child_process_.spawn)(command, [...args], { ...spawnOptions, stdio: ['pipe', 'pipe', 'pipe'] });
        let timedOut = false;
        let timer;
        if (options.timeoutMs) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
            }, options.timeoutMs);
        }
        const stdout = collect(child.stdout, sinks.stdout, masker);
        const stderr = collect(child.stderr, sinks.stderr, masker);
        // A child that exits before reading all of stdin raises EPIPE; its exit code tells the story.
        child.stdin?.on('error', () => { });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        child.on('error', (error) => {
            clearTimeout(timer);
            const reason = error.code === 'ENOENT' ? 'could not be run: not found on PATH' : `could not be run: ${error.message}`;
            fail(null, '', reason);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const stdoutBytes = stdout.end();
            const result = {
                exitCode: code ?? -1,
                stdout: stdoutBytes.toString('utf8'),
                stderr: stderr.end().toString('utf8'),
                ...(options.bytes ? { stdoutBytes } : {}),
            };
            if (timedOut)
                return fail(null, result.stderr, `timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)}s`);
            if (code === 0 || (options.ignoreReturnCode && code !== null))
                return resolve(result);
            fail(code, result.stderr, code === null ? `was killed by ${signal}` : undefined);
        });
    });
}
/** Keeps a child's stream, handing each line to `sink` (masked) as it completes; `end` returns the bytes. */
function collect(stream, sink, masker) {
    const chunks = [];
    const lines = sink ? new OutputLines() : undefined;
    stream.on('data', (chunk) => {
        chunks.push(chunk);
        for (const line of lines?.push(chunk) ?? [])
            sink?.(masker.mask(line));
    });
    return {
        end() {
            for (const line of lines?.end() ?? [])
                sink?.(masker.mask(line));
            return Buffer.concat(chunks);
        },
    };
}
/** Whether `tool` is an executable on PATH, without running it. */
async function isOnPath(tool, env = process.env) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { delimiter, join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    for (const dir of (env.PATH ?? '').split(delimiter)) {
        if (!dir)
            continue;
        try {
            await access(join(dir, tool), constants.X_OK);
            return true;
        }
        catch {
            // not in this directory
        }
    }
    return false;
}

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
        exec: createExec({ log, masker, baseEnv: env }),
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
