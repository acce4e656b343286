import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1098:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9466);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/context.ts
var context = __nccwpck_require__(762);
;// CONCATENATED MODULE: ./packages/core/src/ci-context.ts

const EMPTY = {
    repository: '',
    sha: '',
    commitTime: '',
    ref: '',
    runUrl: '',
    actor: '',
    serverUrl: '',
};
/**
 * The source as the CI system's documented variables describe it (GitLab CI, Jenkins, Buildkite,
 * CircleCI, Azure Pipelines), or `undefined` when none of them is set. A pure function of the
 * environment; `detectSourceContext` fills in what is missing from git.
 */
function readCiSource(env) {
    if (env.GITLAB_CI)
        return gitlab(env);
    if (env.BUILDKITE)
        return buildkite(env);
    if (env.CIRCLECI)
        return circleci(env);
    if (env.TF_BUILD)
        return azurePipelines(env);
    if (env.JENKINS_URL || (env.BUILD_URL && env.GIT_COMMIT))
        return jenkins(env);
    return undefined;
}
function gitlab(env) {
    const ref = env.CI_MERGE_REQUEST_IID
        ? `refs/pull/${env.CI_MERGE_REQUEST_IID}/head`
        : refOf({ tag: env.CI_COMMIT_TAG, branch: env.CI_COMMIT_BRANCH ?? env.CI_COMMIT_REF_NAME });
    return {
        system: 'gitlab',
        repository: env.CI_PROJECT_PATH ?? '',
        sha: env.CI_COMMIT_SHA ?? '',
        commitTime: env.CI_COMMIT_TIMESTAMP ?? '',
        ref,
        runUrl: env.CI_PIPELINE_URL ?? env.CI_JOB_URL ?? '',
        actor: env.GITLAB_USER_LOGIN ?? '',
        serverUrl: env.CI_SERVER_URL ?? '',
    };
}
function jenkins(env) {
    // GIT_BRANCH is the remote-tracking name (origin/main); BRANCH_NAME (multibranch) is plain.
    const branch = env.BRANCH_NAME ?? env.GIT_BRANCH?.replace(/^(?:refs\/remotes\/)?origin\//, '');
    const ref = env.CHANGE_ID ? `refs/pull/${env.CHANGE_ID}/head` : refOf({ tag: env.TAG_NAME, branch });
    const remote = parseRemoteUrl(env.GIT_URL ?? '');
    return {
        ...EMPTY,
        system: 'jenkins',
        ...remote,
        sha: env.GIT_COMMIT ?? '',
        ref,
        runUrl: env.BUILD_URL ?? '',
        actor: env.BUILD_USER_ID ?? env.CHANGE_AUTHOR ?? '',
    };
}
function buildkite(env) {
    const pullRequest = env.BUILDKITE_PULL_REQUEST && env.BUILDKITE_PULL_REQUEST !== 'false';
    return {
        ...EMPTY,
        system: 'buildkite',
        ...parseRemoteUrl(env.BUILDKITE_REPO ?? ''),
        // BUILDKITE_COMMIT may be the literal HEAD for a manual build; git resolves it then.
        sha: /^[0-9a-f]{40,64}$/i.test(env.BUILDKITE_COMMIT ?? '') ? env.BUILDKITE_COMMIT : '',
        ref: pullRequest
            ? `refs/pull/${env.BUILDKITE_PULL_REQUEST}/head`
            : refOf({ tag: env.BUILDKITE_TAG, branch: env.BUILDKITE_BRANCH }),
        runUrl: env.BUILDKITE_BUILD_URL ?? '',
        actor: env.BUILDKITE_BUILD_CREATOR ?? '',
    };
}
function circleci(env) {
    const pullRequest = env.CIRCLE_PR_NUMBER ?? /\/pull\/(\d+)$/.exec(env.CIRCLE_PULL_REQUEST ?? '')?.[1];
    const owner = env.CIRCLE_PROJECT_USERNAME;
    const name = env.CIRCLE_PROJECT_REPONAME;
    const remote = parseRemoteUrl(env.CIRCLE_REPOSITORY_URL ?? '');
    return {
        ...EMPTY,
        system: 'circleci',
        ...remote,
        repository: owner && name ? `${owner}/${name}` : remote.repository,
        sha: env.CIRCLE_SHA1 ?? '',
        ref: pullRequest ? `refs/pull/${pullRequest}/head` : refOf({ tag: env.CIRCLE_TAG, branch: env.CIRCLE_BRANCH }),
        runUrl: env.CIRCLE_BUILD_URL ?? '',
        actor: env.CIRCLE_USERNAME ?? '',
    };
}
function azurePipelines(env) {
    const collection = env.SYSTEM_COLLECTIONURI ?? env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI ?? '';
    const runUrl = collection && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
        ? `${collection.replace(/\/*$/, '/')}${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
        : '';
    const remote = parseRemoteUrl(env.BUILD_REPOSITORY_URI ?? '');
    // Build.SourceBranch is already a full ref (refs/heads/main, refs/tags/v1, refs/pull/7/merge).
    const pullRequest = env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER ?? env.SYSTEM_PULLREQUEST_PULLREQUESTID;
    return {
        ...EMPTY,
        system: 'azure-pipelines',
        ...remote,
        repository: env.BUILD_REPOSITORY_NAME?.includes('/') ? env.BUILD_REPOSITORY_NAME : remote.repository,
        sha: env.BUILD_SOURCEVERSION ?? '',
        ref: pullRequest ? `refs/pull/${pullRequest}/head` : (env.BUILD_SOURCEBRANCH ?? ''),
        runUrl,
        actor: env.BUILD_REQUESTEDFOR ?? '',
    };
}
function refOf(names) {
    if (names.tag)
        return `refs/tags/${names.tag}`;
    if (names.branch)
        return `refs/heads/${names.branch}`;
    return '';
}
/**
 * `https://user:secret@git.example.com/acme/web.git`, `git@github.com:acme/web.git` or
 * `ssh://git@host:22/acme/web` → `acme/web` and the server's https base URL. Credentials in the
 * URL are dropped, never returned.
 */
function parseRemoteUrl(url) {
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(url);
    if (scp)
        return { repository: scp[2], serverUrl: `https://${scp[1]}` };
    try {
        const parsed = new URL(url);
        const repository = parsed.pathname.replace(/^\/+/, '').replace(/\.git\/?$|\/+$/g, '');
        if (!repository.includes('/'))
            return { repository: '', serverUrl: '' };
        const serverUrl = parsed.protocol === 'http:' ? `http://${parsed.host}` : `https://${parsed.hostname}`;
        return { repository, serverUrl };
    }
    catch {
        return { repository: '', serverUrl: '' };
    }
}
/**
 * What `git` in the workspace knows about the checked-out source: HEAD, its committer time, the
 * branch (or a tag at HEAD when detached) and the origin remote. Empty fields when the workspace
 * is no git checkout or git is missing.
 */
async function readGitSource(exec, workspace) {
    const git = async (args) => {
        try {
            const result = await exec('git', args, { cwd: workspace, ignoreReturnCode: true, quiet: true });
            return result.exitCode === 0 ? result.stdout.trim() : '';
        }
        catch {
            return '';
        }
    };
    const sha = await git(['rev-parse', '--verify', '-q', 'HEAD']);
    if (!sha)
        return { ...EMPTY, system: 'git' };
    const branch = await git(['symbolic-ref', '-q', '--short', 'HEAD']);
    const tag = branch ? '' : ((await git(['tag', '--points-at', 'HEAD'])).split('\n')[0] ?? '');
    return {
        ...EMPTY,
        system: 'git',
        ...parseRemoteUrl(await git(['remote', 'get-url', 'origin'])),
        sha,
        commitTime: await git(['show', '-s', '--format=%cI', sha]),
        ref: refOf({ tag, branch }),
    };
}
/**
 * The run's context outside GitHub Actions: the CI system's variables, with what they leave out
 * (Jenkins has no commit time, a laptop has no variables at all) taken from git in the workspace.
 * On GitHub (GITHUB_ACTIONS or GITHUB_REPOSITORY set) it is the GitHub context unchanged.
 */
async function detectSourceContext(options) {
    const { env } = options;
    const github = readGitHubContext(env);
    if (env.GITHUB_ACTIONS || env.GITHUB_REPOSITORY)
        return github;
    const ci = readCiSource(env);
    const git = await readGitSource(options.exec, options.workspace);
    // git's commit time only describes the CI's commit when both name the same one.
    const sameCommit = !ci?.sha || ci.sha === git.sha;
    const pick = (field) => ci?.[field] || (sameCommit || field === 'repository' || field === 'serverUrl' ? git[field] : '');
    const sha = ci?.sha || git.sha;
    return {
        ...github,
        ciSystem: ci?.system ?? (git.sha ? 'git' : ''),
        repository: pick('repository'),
        sha,
        commitTime: pick('commitTime') || undefined,
        ref: pick('ref'),
        actor: ci?.actor ?? '',
        triggeringActor: ci?.actor ?? '',
        runUrl: ci?.runUrl ?? '',
        serverUrl: (pick('serverUrl') || github.serverUrl).replace(/\/+$/, ''),
    };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/exec.ts + 1 modules
var exec = __nccwpck_require__(9660);
;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

// Exactly the spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/**
 * Typed, validated reads of action inputs. Every failure is a `ConfigurationError` whose message
 * is one sentence naming the input.
 */
class InputReader {
    source;
    constructor(source) {
        this.source = source;
    }
    /** A required string input. */
    required(name) {
        const value = this.source.getInput(name);
        if (!value)
            throw new errors/* ConfigurationError */.j1(`Input "${name}" is required.`);
        return value;
    }
    /** A string input, or `defaultValue` when it is empty. */
    string(name, defaultValue) {
        return this.source.getInput(name) || defaultValue;
    }
    /** A string input, or `undefined` when it is empty. */
    optional(name) {
        return this.source.getInput(name) || undefined;
    }
    boolean(name, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (TRUE_VALUES.has(value))
            return true;
        if (FALSE_VALUES.has(value))
            return false;
        throw new errors/* ConfigurationError */.j1(`Input "${name}" must be true or false, got "${value}".`);
    }
    /** An optional boolean: `undefined` when empty, so a caller can derive the default from other inputs. */
    optionalBoolean(name) {
        return this.source.getInput(name) ? this.boolean(name, false) : undefined;
    }
    integer(name, options) {
        const value = this.source.getInput(name);
        if (!value)
            return options.default;
        const number = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isSafeInteger(number) || number < options.min || number > options.max) {
            throw new errors/* ConfigurationError */.j1(`Input "${name}" must be an integer from ${options.min} to ${options.max}, got "${value}".`);
        }
        return number;
    }
    /** Newline- or comma-separated values, trimmed, empty entries dropped. */
    list(name, options = {}) {
        const values = splitList(this.source.getInput(name));
        if (options.required && values.length === 0)
            throw new errors/* ConfigurationError */.j1(`Input "${name}" is required.`);
        return values;
    }
    /** Newline-separated values only, for entries that may contain commas (e.g. `build-args`). */
    lines(name) {
        return this.source
            .getInput(name)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean);
    }
    enum(name, allowed, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (allowed.includes(value))
            return value;
        throw new errors/* ConfigurationError */.j1(`Input "${name}" must be one of ${formatChoices(allowed)}, got "${value}".`);
    }
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
}
function formatChoices(values) {
    const quoted = values.map((value) => `"${value}"`);
    return quoted.length <= 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/retry.ts
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `operation` until it succeeds, an error is not retryable, or attempts run out; the last
 * error is rethrown as it was. Only wrap idempotent operations.
 */
async function retry_retry(operation, options) {
    const { attempts, isRetryable = () => true, sleep: wait = sleep, random = Math.random } = options;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (attempt >= attempts || !isRetryable(error, attempt))
                throw error;
            const backoff = backoffDelay(attempt, options, random);
            const requested = options.requestedDelayMs?.(error);
            const delayMs = requested !== undefined ? Math.max(requested, backoff) : backoff;
            options.onRetry?.({ attempt, delayMs, error });
            if (delayMs > 0)
                await wait(delayMs);
        }
    }
}
/** Jittered exponential backoff below a ceiling of min(max, base * factor^(attempt-1)); see `jitter`. */
function backoffDelay(attempt, options, random = Math.random) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * (options.factor ?? 2) ** (attempt - 1));
    const floor = options.jitter === 'equal' ? ceiling / 2 : 0;
    return Math.round(floor + (ceiling - floor) * random());
}
/** Parses an HTTP `Retry-After` header (seconds or HTTP date) into milliseconds from `now`. */
function retry_parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** HTTP statuses worth another attempt: timeouts, rate limits and server errors. */
function retry_isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

;// CONCATENATED MODULE: ./packages/core/src/run-action.ts

/**
 * Runs an action's main and turns whatever it throws into a failed step with one line.
 * User mistakes show no stack trace; unexpected errors keep theirs at debug level.
 * Returns the process exit code.
 */
async function runAction(main, runtime) {
    try {
        await main(runtime);
        return 0;
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* CommandError */.Qd) &&
            error instanceof Error &&
            error.stack) {
            runtime.log.debug(runtime.masker.mask(error.stack));
        }
        runtime.setFailed(runtime.masker.mask((0,errors/* describeError */.Uc)(error)));
        return 1;
    }
}
/**
 * Runs `main` on a GitHub runner: what an action's entry point (and `@github/local-action`, which
 * calls the main module's `run()` with no arguments) does. The GitHub runtime is loaded only here,
 * so the CLI, which passes its own runtime, never loads @actions/core.
 */
async function runOnGitHub(main) {
    const { createGitHubRuntime } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(84)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2084));
    process.exitCode = await runAction(main, createGitHubRuntime());
}

// EXTERNAL MODULE: ./packages/core/src/runtime.ts
var runtime = __nccwpck_require__(4837);
// EXTERNAL MODULE: ./packages/core/src/runtimes/base.ts
var base = __nccwpck_require__(2938);
;// CONCATENATED MODULE: ./packages/core/src/runtimes/cli.ts




/** The runtime for `shipgate <action>` outside GitHub Actions (GitLab CI, Jenkins, a laptop). */
function createCliRuntime(options) {
    const env = options.env ?? process.env;
    const masker = new SecretMasker();
    const write = options.writeLog ?? ((line) => process.stderr.write(`${line}\n`));
    const outputs = {};
    let failed;
    const annotate = (prefix) => (message, properties) => {
        const where = properties?.file
            ? ` (${properties.file}${properties.startLine ? `:${properties.startLine}` : ''})`
            : '';
        write(masker.mask(`${prefix}${message}${where}`));
    };
    const log = {
        debug: (message) => {
            if (options.verbose)
                write(masker.mask(`debug: ${message}`));
        },
        info: (message) => write(masker.mask(message)),
        notice: annotate('notice: '),
        warning: annotate('warning: '),
        error: annotate('error: '),
        group: async (name, fn) => {
            write(masker.mask(`▸ ${name}`));
            return fn();
        },
    };
    return {
        ...runtimeBase({ log, masker, env, ...(options.context ? { context: options.context } : {}) }),
        outputs,
        get failed() {
            return failed;
        },
        getInput: (name) => (options.inputs[name] ?? env[cliInputVariable(name)] ?? '').trim(),
        setOutput: (name, value) => {
            outputs[name] = masker.mask(formatOutput(value));
        },
        setSecret: (secret) => {
            masker.add(secret);
        },
        appendSummary: async (markdown) => {
            if (options.summaryFile)
                await appendFile(options.summaryFile, masker.mask(markdown));
            else if (options.verbose)
                write(masker.mask(markdown));
        },
        setFailed: (message) => {
            failed = masker.mask(message);
            write(`error: ${failed}`);
        },
    };
}
/** `registry-password` → `SHIPGATE_REGISTRY_PASSWORD`. */
function cliInputVariable(name) {
    return `SHIPGATE_${name.replace(/[^A-Za-z0-9]/g, '_').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./packages/core/src/runtimes/memory.ts



/** A runtime that keeps everything in memory, for tests of actions without a runner. */
function createMemoryRuntime(options = {}) {
    const env = { ...process.env, ...options.env };
    const masker = new SecretMasker();
    const outputs = {};
    const logs = [];
    let summary = '';
    let failed;
    const record = (level) => (message, properties) => {
        logs.push({ level, message: masker.mask(message), ...(properties ? { properties } : {}) });
    };
    const log = {
        debug: record('debug'),
        info: record('info'),
        notice: record('notice'),
        warning: record('warning'),
        error: record('error'),
        group: async (name, fn) => {
            record('group')(name);
            return fn();
        },
    };
    const inputs = new Map(Object.entries(options.inputs ?? {}).flatMap(([key, value]) => value === undefined ? [] : [[key, String(value).trim()]]));
    return {
        ...runtimeBase({ log, masker, env, tempDir: options.tempDir, workspace: options.workspace }),
        outputs,
        logs,
        get summary() {
            return summary;
        },
        get failed() {
            return failed;
        },
        logText: () => logs.map((entry) => entry.message).join('\n'),
        getInput: (name) => inputs.get(name) ?? '',
        setOutput: (name, value) => {
            outputs[name] = masker.mask(formatOutput(value));
        },
        setSecret: (secret) => {
            masker.add(secret);
        },
        appendSummary: async (markdown) => {
            summary += masker.mask(markdown);
        },
        setFailed: (message) => {
            failed = masker.mask(message);
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __nccwpck_require__(7620);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts
/** A small markdown builder for job summaries; the GitHub, CLI and memory runtimes all take its text. */
class summary_Summary {
    #parts = [];
    heading(text, level = 2) {
        this.#parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.#parts.push(text);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.#parts.push(items.map((item) => `- ${item}`).join('\n'));
        return this;
    }
    /** A table; cells are escaped so a `|` or newline in a value cannot break the layout. */
    table(headers, rows) {
        const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
        this.#parts.push([line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n'));
        return this;
    }
    code(text, language = '') {
        const fence = text.includes('```') ? '````' : '```';
        this.#parts.push(`${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`);
        return this;
    }
    /** A collapsed section; `body` is markdown (use a nested Summary to build it). */
    details(title, body) {
        this.#parts.push(`<details><summary>${summary_escapeHtml(title)}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    raw(markdown) {
        this.#parts.push(markdown);
        return this;
    }
    get isEmpty() {
        return this.#parts.length === 0;
    }
    toString() {
        return `${this.#parts.join('\n\n')}\n`;
    }
}
function escapeCell(value) {
    return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function summary_escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts














;// CONCATENATED MODULE: ./packages/approvals/src/approval-record.ts



const approval_record_APPROVAL_RECORD_SCHEMA = 'shipgate.dev/approval-record/v1';
/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, nested) => nested && typeof nested === 'object' && !Array.isArray(nested)
        ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : nested);
}
function approvalRecordDigest(record) {
    const { sha256: _ignored, ...content } = record;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(content)).digest('hex');
}
function approval_record_sealApprovalRecord(record) {
    return { ...record, sha256: approvalRecordDigest(record) };
}
async function readApprovalRecord(path, inputName = 'approval-record') {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which ${reason}.`);
    }
    const record = parsed;
    if (record?.schema !== approval_record_APPROVAL_RECORD_SCHEMA ||
        !Array.isArray(record.imageRefs) ||
        typeof record.sha256 !== 'string') {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which is not a Shipgate approval record.`);
    }
    if (approvalRecordDigest(record) !== record.sha256) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, whose content does not match its sha256 (was it edited?).`);
    }
    return record;
}
/**
 * Throws a `ConfigurationError` unless `record` approves exactly this deployment: same app and
 * environment, approved, the same image digests, the same config hash.
 */
function verifyApprovalBinding(record, binding, inputName = 'approval-record') {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" does not approve this deployment: ${why}.`);
    };
    if (!record.approved || record.status !== 'approved')
        fail(`its status is ${record.status}`);
    if (record.app !== binding.app)
        fail(`it is for app "${record.app}", not "${binding.app}"`);
    if (record.environment !== binding.environment)
        fail(`it is for environment "${record.environment}", not "${binding.environment}"`);
    const digests = (refs) => [...new Set(refs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)))].sort();
    const approved = digests(record.imageRefs);
    const deploying = digests(binding.imageRefs);
    if (approved.join(',') !== deploying.join(','))
        fail(`it approves ${approved.join(', ') || 'no image'}, not ${deploying.join(', ')}`);
    if (record.configHash !== binding.configHash)
        fail(`it approves config ${record.configHash}, not ${binding.configHash}`);
}
/** Writes the record as pretty JSON, creating the directory; returns the path. */
async function writeApprovalRecord(path, record) {
    const { mkdir, writeFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const { dirname } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
    return path;
}

;// CONCATENATED MODULE: ./packages/approvals/src/github-client.ts


/** A GitHub REST call that failed; names the call so a log reader knows which one. */
class github_client_GitHubApiError extends errors/* ShipgateError */.Yu {
    name = 'GitHubApiError';
    status;
    /** `GET /repos/acme/web/issues/1/comments` (no host, no query, never a token). */
    call;
    /** A wait the server asked for (retry-after, rate-limit reset), in ms. */
    requestedDelayMs;
    rateLimited;
    constructor(call, detail, fields = {}) {
        super(`GitHub API call ${call} failed: ${detail}`, { cause: fields.cause });
        this.call = call;
        this.status = fields.status;
        this.requestedDelayMs = fields.requestedDelayMs;
        this.rateLimited = fields.rateLimited ?? false;
    }
}
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
/**
 * A thin REST client: fetch, a token header, and retries of what may succeed later. 5xx and
 * timeouts are retried for idempotent methods only (a POST that reached GitHub may have
 * happened); rate limits (429, or 403 with no remaining quota) are retried for every method,
 * since GitHub refused them before doing anything, waiting as long as `retry-after` or
 * `x-ratelimit-reset` says. 401/404/422 and other 4xx fail at once.
 */
class GitHubClient {
    baseUrl;
    #options;
    #fetch;
    #now;
    constructor(options) {
        this.#options = options;
        const env = options.env ?? process.env;
        this.baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
        this.#fetch = options.fetch ?? fetch;
        this.#now = options.now ?? Date.now;
    }
    /** `route` is `METHOD /path/{param}`, as in GitHub's docs. */
    async request(route, options = {}) {
        const [method = 'GET', template = '/'] = route.split(' ');
        const path = template.replace(/\{(\w+)\}/g, (_match, name) => {
            const value = options.params?.[name];
            if (value === undefined)
                throw new Error(`Route ${route} needs the parameter "${name}".`);
            return encodeURIComponent(String(value));
        });
        const call = `${method} ${path}`;
        const url = new URL(`${this.baseUrl}${path}`);
        for (const [key, value] of Object.entries(options.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        const log = this.#options.log ?? silentLogger;
        const maxWait = this.#options.maxRateLimitWaitMs ?? 15 * 60_000;
        return retry(() => this.#once(method, url, call, options.body, options.signal), {
            attempts: this.#options.attempts ?? 5,
            baseDelayMs: this.#options.baseDelayMs ?? 1_000,
            maxDelayMs: this.#options.maxDelayMs ?? 30_000,
            sleep: this.#options.sleep ?? ((ms) => abortableSleep(ms, options.signal)),
            isRetryable: (error) => {
                if (options.signal?.aborted)
                    return false;
                if (!(error instanceof github_client_GitHubApiError))
                    return false;
                if (error.rateLimited)
                    return (error.requestedDelayMs ?? 0) <= maxWait;
                if (error.status === undefined)
                    return IDEMPOTENT.has(method) || isConnectionRefused(error.cause);
                return IDEMPOTENT.has(method) && isRetryableStatus(error.status);
            },
            requestedDelayMs: (error) => (error instanceof github_client_GitHubApiError ? error.requestedDelayMs : undefined),
            onRetry: ({ attempt, delayMs, error }) => log.warning(`${error.message}; retrying in ${Math.ceil(delayMs / 1000)}s (attempt ${attempt + 1}).`),
        });
    }
    async #once(method, url, call, body, signal) {
        let response;
        try {
            response = await this.#fetch(url, {
                method,
                headers: {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${this.#options.token}`,
                    'x-github-api-version': '2022-11-28',
                    'user-agent': 'shipgate-approval-gate',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                body: body === undefined ? undefined : JSON.stringify(body),
                signal,
            });
        }
        catch (error) {
            const reason = error.cause?.code ?? error.message;
            throw new github_client_GitHubApiError(call, `could not reach ${url.origin} (${reason})`, { cause: error });
        }
        const text = await response.text();
        let data;
        try {
            data = text ? JSON.parse(text) : undefined;
        }
        catch {
            data = text;
        }
        if (response.ok)
            return { status: response.status, data: data, headers: response.headers };
        const message = data && typeof data === 'object' && typeof data.message === 'string'
            ? data.message
            : response.statusText;
        const remaining = response.headers.get('x-ratelimit-remaining');
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.#now());
        const rateLimited = response.status === 429 ||
            (response.status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(message)));
        let requestedDelayMs = retryAfter;
        if (rateLimited && requestedDelayMs === undefined && remaining === '0') {
            const reset = Number(response.headers.get('x-ratelimit-reset'));
            if (Number.isFinite(reset) && reset > 0)
                requestedDelayMs = Math.max(0, reset * 1000 - this.#now()) + 1_000;
        }
        if (rateLimited && requestedDelayMs === undefined)
            requestedDelayMs = 60_000;
        const detail = rateLimited
            ? `${response.status} rate limited (${message}), resets in ${Math.ceil((requestedDelayMs ?? 0) / 1000)}s`
            : `${response.status} ${message}`;
        throw new github_client_GitHubApiError(call, detail, { status: response.status, requestedDelayMs, rateLimited });
    }
}
function isConnectionRefused(cause) {
    return cause?.cause?.code === 'ECONNREFUSED';
}

;// CONCATENATED MODULE: ./packages/approvals/src/policy.ts

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Parses `alice`, `@alice`, `acme/platform`, `@acme/platform` entries of one input. */
function parseApproverList(entries, inputName) {
    const list = { users: [], teams: [] };
    for (const raw of entries) {
        const entry = raw.replace(/^@/, '');
        const slash = entry.indexOf('/');
        if (slash >= 0) {
            const org = entry.slice(0, slash);
            const slug = entry.slice(slash + 1);
            if (!LOGIN.test(org) || !TEAM_SLUG.test(slug)) {
                throw new ConfigurationError(`Input "${inputName}" has "${raw}", which is not a user or an org/team slug.`);
            }
            if (!list.teams.some((team) => policy_sameLogin(team.org, org) && policy_sameLogin(team.slug, slug))) {
                list.teams.push({ org, slug });
            }
        }
        else {
            if (!LOGIN.test(entry)) {
                throw new ConfigurationError(`Input "${inputName}" has "${raw}", which is not a GitHub user name.`);
            }
            if (!list.users.some((user) => policy_sameLogin(user, entry)))
                list.users.push(entry);
        }
    }
    return list;
}
function policy_sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function policy_teamName(team) {
    return `${team.org}/${team.slug}`;
}
function policy_formatApproverList(list) {
    return [...list.users, ...list.teams.map(policy_teamName)];
}
/**
 * Builds the policy and checks, before any API call, that it can be met: `min-approvals` no larger
 * than the people who could approve once the excluded are taken out, and the image/config
 * approver requirements not resting only on excluded people.
 */
function buildApprovalPolicy(settings) {
    const approvers = parseApproverList(settings.approvers, 'approvers');
    const imageApprovers = parseApproverList(settings.imageApprovers, 'image-approvers');
    const configApprovers = parseApproverList(settings.configApprovers, 'config-approvers');
    const excluded = settings.allowSelfApproval
        ? []
        : [...new Set(settings.selfLogins.filter((login) => Boolean(login)).map((l) => l.toLowerCase()))];
    const policy = {
        approvers,
        imageApprovers,
        configApprovers,
        minApprovals: settings.minApprovals,
        allowSelfApproval: settings.allowSelfApproval,
        configChanged: settings.configChanged,
        excluded,
    };
    const lists = [approvers, imageApprovers, configApprovers];
    const open = lists.every((list) => list.users.length === 0 && list.teams.length === 0);
    if (open && !settings.allowEmptyApprovers) {
        throw new ConfigurationError('Input "approvers" is required: name the users or org/team slugs who may approve.');
    }
    const eligible = (list) => list.users.filter((user) => !excluded.includes(user.toLowerCase()));
    const exclusionNote = excluded.length > 0 ? ` once ${excluded.join(', ')} (who cannot approve their own deployment) are excluded` : '';
    // A team may hold any number of people, so only all-user lists bound what is possible.
    const unbounded = open || lists.some((list) => list.teams.length > 0);
    if (!unbounded) {
        const possible = new Set(lists.flatMap(eligible).map((user) => user.toLowerCase())).size;
        if (settings.minApprovals > possible) {
            throw new ConfigurationError(`Input "min-approvals" is ${settings.minApprovals}, but only ${possible} approver${possible === 1 ? '' : 's'} can approve${exclusionNote}.`);
        }
    }
    for (const [list, name] of [
        [imageApprovers, 'image-approvers'],
        [configApprovers, 'config-approvers'],
    ]) {
        if (name === 'config-approvers' && !settings.configChanged)
            continue;
        if (list.teams.length === 0 && list.users.length > 0 && eligible(list).length === 0) {
            throw new ConfigurationError(`Input "${name}" names nobody who can approve${exclusionNote}.`);
        }
    }
    return policy;
}
/** The teams whose membership decides whether `login` is in each list (users named directly need none). */
function policy_teamsToCheck(policy, login) {
    const teams = [];
    for (const list of [policy.approvers, policy.imageApprovers, policy.configApprovers]) {
        if (list.users.some((user) => policy_sameLogin(user, login)))
            continue;
        for (const team of list.teams) {
            if (!teams.some((known) => policy_teamName(known).toLowerCase() === policy_teamName(team).toLowerCase()))
                teams.push(team);
        }
    }
    return teams;
}
/** Membership of `login`, given the teams they are an active member of. */
function policy_membershipOf(policy, login, activeTeams) {
    const inList = (list) => list.users.some((user) => policy_sameLogin(user, login)) ||
        list.teams.some((team) => activeTeams.some((active) => policy_sameLogin(policy_teamName(active), policy_teamName(team))));
    return {
        approver: inList(policy.approvers),
        imageApprover: inList(policy.imageApprovers),
        configApprover: inList(policy.configApprovers),
    };
}
/**
 * Applies the policy to decisions in the order they were made. Each person counts once; a denial
 * from someone entitled to approve ends the request; everyone else is ignored. With `open` (an
 * environment gate with no approver list), anyone not excluded counts, as GitHub already checked
 * that they are a required reviewer.
 */
function policy_evaluateDecisions(policy, decisions, membership, options = {}) {
    const approvals = [];
    const ignored = [];
    const seen = new Set();
    const satisfied = { image: false, config: false };
    for (const decision of decisions) {
        const key = decision.login.toLowerCase();
        if (policy.excluded.includes(key)) {
            ignored.push({ decision, reason: 'cannot approve their own deployment' });
            continue;
        }
        const member = options.open
            ? { approver: true, imageApprover: false, configApprover: false }
            : membership(decision.login);
        if (!member.approver && !member.imageApprover && !member.configApprover) {
            ignored.push({ decision, reason: 'is not an approver' });
            continue;
        }
        if (seen.has(key)) {
            ignored.push({ decision, reason: 'already answered' });
            continue;
        }
        seen.add(key);
        if (decision.verdict === 'deny') {
            return { status: 'denied', approvals, denial: decision, ignored, missing: [] };
        }
        if (member.imageApprover)
            satisfied.image = true;
        if (member.configApprover)
            satisfied.config = true;
        approvals.push({
            login: decision.login,
            at: decision.at,
            source: decision.source,
            ...(decision.comment ? { comment: decision.comment } : {}),
            role: member.configApprover && (policy.configChanged || !member.imageApprover)
                ? 'config'
                : member.imageApprover
                    ? 'image'
                    : 'any',
        });
    }
    const missing = [];
    if (approvals.length < policy.minApprovals) {
        const more = policy.minApprovals - approvals.length;
        missing.push(`${more} more approval${more === 1 ? '' : 's'}`);
    }
    if (hasEntries(policy.imageApprovers) && !satisfied.image)
        missing.push('an approval from an image approver');
    if (policy.configChanged && hasEntries(policy.configApprovers) && !satisfied.config) {
        missing.push('an approval from a config approver (the config changed)');
    }
    return { status: missing.length === 0 ? 'approved' : 'pending', approvals, ignored, missing };
}
function hasEntries(list) {
    return list.users.length > 0 || list.teams.length > 0;
}
/**
 * Parses `/approve [reason]` or `/deny <reason>` on the first line of a comment; anything else is
 * `undefined`. A bare `/deny` still denies: a gate must not read a refusal as silence.
 */
function policy_parseCommand(body) {
    const [first = '', ...rest] = body.split(/\r?\n/);
    const match = /^\s*\/(approve|deny)(?:\s+(.*))?$/i.exec(first.trimEnd());
    if (!match)
        return undefined;
    const verdict = match[1]?.toLowerCase() === 'approve' ? 'approve' : 'deny';
    const reason = [match[2] ?? '', ...rest].join('\n').trim();
    return { verdict, reason };
}

;// CONCATENATED MODULE: ./packages/approvals/src/request-text.ts


// GitHub refuses issue bodies over 65,536 characters; the diff gets what the rest leaves.
const MAX_ISSUE_BODY = 65_000;
function request_text_issueTitle(request) {
    return `Approve deploying ${request.app} to ${request.environment}`;
}
function approverLines(request) {
    const { policy } = request;
    const lines = [`Approvals needed: **${policy.minApprovals}**`];
    const mention = (entries) => entries.map((entry) => `@${entry}`).join(', ');
    const approvers = formatApproverList(policy.approvers);
    const image = formatApproverList(policy.imageApprovers);
    const config = formatApproverList(policy.configApprovers);
    if (approvers.length > 0)
        lines.push(`Approvers: ${mention(approvers)}`);
    if (image.length > 0)
        lines.push(`Image approvers (one must approve): ${mention(image)}`);
    if (config.length > 0) {
        lines.push(policy.configChanged
            ? `Config approvers (one must approve, the config changed): ${mention(config)}`
            : `Config approvers: ${mention(config)} (the config is unchanged since the last deploy)`);
    }
    if (policy.excluded.length > 0)
        lines.push(`Cannot approve their own deployment: ${policy.excluded.join(', ')}`);
    return lines;
}
function facts(request) {
    const rows = [
        ['App', `\`${request.app}\``],
        ['Environment', `\`${request.environment}\``],
        ...request.imageRefs.map((ref) => ['Image', `\`${ref}\``]),
        ['Config hash', `\`${request.configHash}\``],
    ];
    if (request.source)
        rows.push(['Source commit', `\`${request.source.repository}@${request.source.sha}\``]);
    if (request.scan) {
        const counts = Object.entries(request.scan.counts)
            .filter(([severity, count]) => count > 0 || severity === 'critical' || severity === 'high')
            .map(([severity, count]) => `${severity}=${count}`)
            .join(' ');
        rows.push([
            'Scan',
            `**${request.scan.verdict}**${request.scan.scanner ? ` (${request.scan.scanner})` : ''}${counts ? `: ${counts}` : ''}`,
        ]);
    }
    rows.push(['Requested by', `@${request.requester}`]);
    if (request.runUrl)
        rows.push(['Run', request.runUrl]);
    return rows;
}
function request_text_issueBody(request) {
    const summary = new Summary()
        .paragraph(`**${request.requester}** asks to deploy **${request.app}** to **${request.environment}**.`)
        .table(['', ''], facts(request))
        .list(approverLines(request))
        .paragraph('Comment `/approve [reason]` to approve or `/deny <reason>` to deny. Each approver counts once; ' +
        'one denial ends the request; other comments are ignored.');
    const text = summary.toString();
    if (!request.diff)
        return text;
    const room = MAX_ISSUE_BODY - text.length - 200;
    const diff = request.diff.length > room
        ? `${request.diff.slice(0, Math.max(0, room))}\n… (diff truncated; see the run for the whole file)`
        : request.diff;
    return new Summary()
        .raw(text.trimEnd())
        .details('Config diff', new Summary().code(diff, 'diff').toString())
        .toString();
}
const STATUS_LINE = {
    approved: 'Approved',
    denied: 'Denied',
    'timed-out': 'Timed out',
    cancelled: 'Cancelled: the job was cancelled',
    failed: 'Stopped: the gate failed',
};
function request_text_closingComment(request, status, evaluation, failure) {
    const summary = new Summary().paragraph(`**${STATUS_LINE[status] ?? status}.**`);
    if (evaluation.approvals.length > 0) {
        summary.list(evaluation.approvals.map((approval) => `approved by @${approval.login} at ${approval.at}${approval.comment ? `: ${approval.comment}` : ''}`));
    }
    if (evaluation.denial) {
        summary.paragraph(`Denied by @${evaluation.denial.login} at ${evaluation.denial.at}${evaluation.denial.comment ? `: ${evaluation.denial.comment}` : '.'}`);
    }
    if (status === 'timed-out') {
        summary.paragraph(`No decision within ${Math.round(request.timeoutMs / 60_000)} min; still missing ${evaluation.missing.join(' and ')}.`);
    }
    if (failure !== undefined)
        summary.paragraph(`Error: ${escapeHtml(failure.message ?? String(failure))}`);
    summary.paragraph(status === 'approved' ? 'The deployment goes ahead.' : 'Nothing is deployed.');
    return summary.toString();
}
/** The job summary: who requested, who approved when and with which comment, what was ignored. */
function approvalSummary(request, result) {
    const record = result.record;
    const summary = new Summary()
        .heading(`Approval gate: ${request.app} → ${request.environment}: ${result.status}`)
        .table(['', ''], [
        ...facts(request),
        ['Requested at', result.requestedAt],
        ['Decided at', result.decidedAt],
        ...(result.requestUrl ? [['Request', result.requestUrl]] : []),
    ]);
    if (record.approvers.length > 0) {
        summary.heading('Approved by', 3).table(['Approver', 'When', 'Via', 'Role', 'Comment'], record.approvers.map((entry) => [entry.login, entry.at, entry.source, entry.role, entry.comment ?? '']));
    }
    const { denial, ignored, missing } = result.evaluation;
    if (denial) {
        summary
            .heading('Denied by', 3)
            .table(['Approver', 'When', 'Via', 'Reason'], [[denial.login, denial.at, denial.source, denial.comment ?? '']]);
    }
    if (missing.length > 0 && result.status !== 'approved')
        summary.paragraph(`Still missing: ${missing.join(' and ')}.`);
    if (ignored.length > 0) {
        summary.details(`Ignored answers (${ignored.length})`, new Summary()
            .table(['Who', 'Answer', 'Why ignored'], ignored.map(({ decision, reason }) => [decision.login, `/${decision.verdict}`, reason]))
            .toString());
    }
    summary.list(approverLines(request));
    return summary.toString();
}

;// CONCATENATED MODULE: ./packages/approvals/src/gate.ts






class ApprovalCancelledError extends (/* unused pure expression or super */ null && (ShipgateError)) {
    name = 'ApprovalCancelledError';
}
/** Asks for approval as the request's mode says, and returns the outcome with its sealed record. */
async function requestApproval(request, deps) {
    const [owner, repo] = request.repository.split('/');
    if (!owner || !repo)
        throw new ShipgateError(`The repository "${request.repository}" is not owner/name.`);
    return request.mode === 'environment'
        ? environmentGate(request, deps, { owner, repo })
        : issueGate(request, deps, { owner, repo });
}
/** Caches `GET /orgs/{org}/teams/{team_slug}/memberships/{username}` answers: active members only. */
class TeamMembershipCache {
    client;
    signal;
    #known = new Map();
    constructor(client, signal) {
        this.client = client;
        this.signal = signal;
    }
    isKnown(team, login) {
        return this.#known.has(this.#key(team, login));
    }
    activeTeams(teams, login) {
        return teams.filter((team) => this.#known.get(this.#key(team, login)) === true);
    }
    async check(team, login) {
        const key = this.#key(team, login);
        const cached = this.#known.get(key);
        if (cached !== undefined)
            return cached;
        let active = false;
        try {
            const { data } = await this.client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { params: { org: team.org, team_slug: team.slug, username: login }, signal: this.signal });
            active = data?.state === 'active';
        }
        catch (error) {
            // 404 is GitHub's answer for "not a member"; anything else is a real failure.
            if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) {
                throw new ShipgateError(`Could not check whether ${login} is in team ${teamName(team)}: ${error.message}. The token must be able to read the organization's team members, which the default GITHUB_TOKEN cannot; use a GitHub App or fine-grained token with "Members: read".`);
            }
            if (!(error instanceof GitHubApiError && error.status === 404))
                throw error;
        }
        this.#known.set(key, active);
        return active;
    }
    #key(team, login) {
        return `${teamName(team)}\n${login}`.toLowerCase();
    }
}
async function environmentGate(request, deps, where) {
    const now = deps.now ?? Date.now;
    const requestedAt = new Date(now()).toISOString();
    if (!request.runId)
        throw new ShipgateError('Mode "environment" needs the workflow run id (GITHUB_RUN_ID).');
    const { data } = await deps.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { params: { ...where, run_id: request.runId }, signal: deps.signal });
    const reviews = data.filter((review) => review.environments.some((environment) => environment.name && sameLogin(environment.name, request.environment)));
    deps.log.info(`${reviews.length} review(s) of environment "${request.environment}" on run ${request.runId}.`);
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
    const teams = new TeamMembershipCache(deps.client, deps.signal);
    for (const decision of decisions) {
        for (const team of teamsToCheck(request.policy, decision.login))
            await teams.check(team, decision.login);
    }
    const open = [request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers].every((list) => list.users.length === 0 && list.teams.length === 0);
    let evaluation = evaluateDecisions(request.policy, decisions, (login) => membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)), { open });
    // GitHub lets the job run on one reviewer's rejection only if nobody rejected, but say so whoever rejected.
    const rejection = decisions.find((decision) => decision.verdict === 'deny');
    if (rejection && evaluation.status !== 'denied') {
        evaluation = { ...evaluation, status: 'denied', denial: rejection };
    }
    const status = evaluation.status === 'approved' ? 'approved' : 'denied';
    return finish(request, evaluation, status, {
        requestUrl: request.runUrl,
        polls: 1,
        requestedAt,
        decidedAt: new Date(now()).toISOString(),
    });
}
async function issueGate(request, deps, where) {
    const { client, log, signal } = deps;
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? abortableSleep;
    const started = now();
    const deadline = started + request.timeoutMs;
    const requestedAt = new Date(started).toISOString();
    // Only users can be assignees; GitHub takes at most 10.
    const assignees = [
        ...new Set([request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers]
            .flatMap((list) => list.users)
            .filter((user) => !request.policy.excluded.includes(user.toLowerCase()))),
    ].slice(0, 10);
    const { data: issue } = await client.request('POST /repos/{owner}/{repo}/issues', {
        params: where,
        body: { title: issueTitle(request), body: issueBody(request), assignees },
        signal,
    });
    log.info(`Approval requested in ${issue.html_url}; waiting up to ${Math.round(request.timeoutMs / 60_000)} min.`);
    const teams = new TeamMembershipCache(client, signal);
    const seen = new Set();
    const queue = [];
    const decisions = [];
    let since = issue.created_at;
    let polls = 0;
    let loggedIgnored = 0;
    let evaluation = evaluateDecisions(request.policy, [], () => ({
        approver: false,
        imageApprover: false,
        configApprover: false,
    }));
    let outcome;
    let failure;
    try {
        while (!outcome) {
            if (signal?.aborted) {
                outcome = 'cancelled';
                break;
            }
            polls += 1;
            // At most two calls a poll: one read of new comments, one team-membership lookup.
            try {
                const { data: comments } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { params: { ...where, issue_number: issue.number }, query: { since, per_page: 100 }, signal });
                for (const comment of comments) {
                    if (comment.updated_at > since)
                        since = comment.updated_at;
                    if (seen.has(comment.id) || !comment.user)
                        continue;
                    seen.add(comment.id);
                    const command = parseCommand(comment.body ?? '');
                    if (!command)
                        continue;
                    queue.push({
                        login: comment.user.login,
                        verdict: command.verdict,
                        at: comment.created_at,
                        source: 'issue',
                        ...(command.reason ? { comment: command.reason } : {}),
                    });
                }
                let lookups = 1;
                while (queue.length > 0) {
                    const next = queue[0];
                    const excluded = request.policy.excluded.includes(next.login.toLowerCase());
                    const unknown = excluded
                        ? []
                        : teamsToCheck(request.policy, next.login).filter((team) => !teams.isKnown(team, next.login));
                    if (unknown.length > 0) {
                        if (lookups === 0)
                            break;
                        lookups -= 1;
                        await teams.check(unknown[0], next.login);
                        continue;
                    }
                    decisions.push(queue.shift());
                }
            }
            catch (error) {
                if (signal?.aborted) {
                    outcome = 'cancelled';
                    break;
                }
                // Retries are spent but the outage may pass; an API failure is never read as an answer.
                if (!(error instanceof GitHubApiError) || !isTransient(error))
                    throw error;
                log.warning(`${error.message}; will read the comments again at the next poll.`);
            }
            evaluation = evaluateDecisions(request.policy, decisions, (login) => membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)));
            for (const { decision, reason } of evaluation.ignored.slice(loggedIgnored)) {
                log.info(`Ignored /${decision.verdict} from ${decision.login}: ${reason}.`);
            }
            loggedIgnored = evaluation.ignored.length;
            if (evaluation.status === 'approved' || evaluation.status === 'denied') {
                outcome = evaluation.status;
                break;
            }
            const left = deadline - now();
            if (left <= 0) {
                outcome = 'timed-out';
                break;
            }
            await sleep(Math.min(request.pollIntervalMs, left), signal);
        }
    }
    catch (error) {
        failure = error;
    }
    const decidedAt = new Date(now()).toISOString();
    const status = failure !== undefined ? 'failed' : outcome;
    await closeIssue(client, log, where, issue.number, closingComment(request, status, evaluation, failure), status);
    if (failure !== undefined)
        throw failure;
    if (status === 'cancelled') {
        throw new ApprovalCancelledError(`The approval request ${issue.html_url} was cancelled with the job.`);
    }
    return finish(request, evaluation, status, {
        requestUrl: issue.html_url,
        issueNumber: issue.number,
        polls,
        requestedAt,
        decidedAt,
    });
}
function isTransient(error) {
    return error.rateLimited || error.status === undefined || error.status === 408 || error.status >= 500;
}
/** Leaves the issue closed with the outcome, whatever happened; failures here are only logged. */
async function closeIssue(client, log, where, issueNumber, comment, status) {
    try {
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            params: { ...where, issue_number: issueNumber },
            body: { body: comment },
        });
    }
    catch (error) {
        log.warning(`Could not comment on the approval issue: ${error.message}`);
    }
    try {
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            params: { ...where, issue_number: issueNumber },
            body: { state: 'closed', state_reason: status === 'approved' ? 'completed' : 'not_planned' },
        });
    }
    catch (error) {
        log.warning(`Could not close the approval issue: ${error.message}`);
    }
}
function finish(request, evaluation, status, details) {
    const approved = status === 'approved';
    const record = buildApprovalRecord(request, status, evaluation.approvals, details.requestUrl, details.decidedAt);
    return { status, approved, evaluation, record, ...details };
}
function buildApprovalRecord(request, status, approvals, requestUrl, createdAt) {
    return sealApprovalRecord({
        schema: APPROVAL_RECORD_SCHEMA,
        app: request.app,
        environment: request.environment,
        imageRefs: [...request.imageRefs].sort(),
        configHash: request.configHash,
        status,
        approved: status === 'approved',
        policy: {
            mode: request.mode,
            approvers: formatApproverList(request.policy.approvers),
            imageApprovers: formatApproverList(request.policy.imageApprovers),
            configApprovers: formatApproverList(request.policy.configApprovers),
            minApprovals: request.policy.minApprovals,
            allowSelfApproval: request.policy.allowSelfApproval,
        },
        approvers: approvals,
        requester: request.requester,
        ...(request.source ? { source: request.source } : {}),
        ...(requestUrl ? { requestUrl } : {}),
        createdAt,
    });
}

;// CONCATENATED MODULE: ./packages/approvals/src/index.ts







// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/gitops/src/git.ts


const GIT_TOKEN_USERNAME = 'x-access-token';
/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
function maskToken(token, setSecret) {
    if (!token || !setSecret)
        return;
    for (const form of (0,secrets/* basicAuthForms */.o)(GIT_TOKEN_USERNAME, token))
        setSecret(form);
}
/** Just the repository-access fields of a larger options object, to pass on to another reader or writer. */
function git_repositoryAccess(options) {
    const { repository, branch, token, setSecret, serverUrl, workspace, tempDir } = options;
    return { repository, branch, token, setSecret, serverUrl, workspace, tempDir };
}
/**
 * The URL git is to use for `options.repository`, after the token's forms are registered with the
 * step's masker: how every reader and writer starts, before git first runs.
 */
function resolveRepositoryAccess(options) {
    maskToken(options.token, options.setSecret);
    return resolveRepositoryUrl(options.repository, {
        serverUrl: options.serverUrl ?? 'https://github.com',
        workspace: options.workspace ?? process.cwd(),
    });
}
/**
 * Where the GitOps repository is: an http(s) or file URL, a local path, or `owner/name` on the
 * GitHub server the workflow runs on. URLs carrying credentials are refused: the token has its own
 * input and must not end up in `.git/config` or a log line.
 */
function resolveRepositoryUrl(repository, options) {
    const inputName = options.inputName ?? 'repository';
    const value = repository.trim();
    if (!value)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is required.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid URL: "${value}".`);
        }
        if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
        }
        if (url.username || url.password) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
        }
        return value;
    }
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
        const name = value.endsWith('.git') ? value : `${value}.git`;
        return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    }
    if (value.startsWith('/') || value.startsWith('.'))
        return (0,external_node_path_.resolve)(options.workspace, value);
    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
}
/** The GitHub `owner/name` a repository URL points at, for the pull-request API. */
function ownerAndName(url) {
    const match = url.match(/^[a-z]+:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i);
    return match?.[1] && match[2] ? { owner: match[1], name: match[2] } : undefined;
}
/**
 * The environment that gives git the token: an `http.<origin>/.extraHeader` set through
 * `GIT_CONFIG_COUNT`, so it is scoped to the GitOps server, never on a command line, in the URL or
 * in `.git/config`. Nothing for file URLs and local paths.
 */
function gitAuthEnvironment(url, token) {
    if (!token || !/^https?:\/\//i.test(url))
        return {};
    const origin = new URL(url).origin;
    const basic = Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
        GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
    };
}
const READ_RETRY = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };
/** Failures on the way to the server or back, worth trying again (an auth answer never is). */
const TRANSIENT_GIT_FAILURE = /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server)/i;
function isTransientGitFailure(stderr) {
    return TRANSIENT_GIT_FAILURE.test(stderr) && !/returned error: (401|403|404)/.test(stderr);
}
/** The git subcommands that only read from the server, and so may be repeated freely. */
const RETRIED_READS = new Set(['fetch', 'ls-remote']);
/**
 * Variables of the caller's environment that git must not see: tokens and other secrets the CLI or
 * the runner holds (`SHIPGATE_TOKEN`, `INPUT_TOKEN`, `GITHUB_TOKEN`, …). git gets its credential
 * from the header below and nothing else; a child that inherits them could echo them in a trace,
 * pass them to a credential helper or a hook.
 */
const SECRET_VARIABLE = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|(^|_)KEY$|^INPUT_)/i;
function withheldEnvironment(inherited) {
    const withheld = {};
    for (const key of Object.keys(inherited))
        if (SECRET_VARIABLE.test(key))
            withheld[key] = undefined;
    return withheld;
}
/**
 * The one way this package runs git: through the Exec seam (argument array, masked command line)
 * with the token in the environment only, no secret of the caller's environment, prompts off and
 * messages in English. Reads are retried with jittered backoff when they fail on the way; a failure
 * names git's own first `fatal:`/`error:` line.
 */
function createGit(options) {
    const baseEnv = {
        ...withheldEnvironment({ ...process.env, ...options.inherited }),
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: undefined,
        SSH_ASKPASS: undefined,
        LC_ALL: 'C',
        LANGUAGE: 'C',
        // Whatever the caller's environment configured must not add or shadow our header.
        GIT_CONFIG_COUNT: undefined,
        GIT_CONFIG_PARAMETERS: undefined,
        ...gitAuthEnvironment(options.url, options.token),
        ...options.env,
    };
    const retry = options.readRetry ?? READ_RETRY;
    const once = async (args, execOptions) => {
        const result = await options.exec('git', args, {
            quiet: true,
            ...execOptions,
            ignoreReturnCode: true,
            cwd: options.cwd,
            env: { ...baseEnv, ...execOptions.env },
        });
        if (result.exitCode !== 0)
            throwIfAuthFailure(result.stderr, options.url);
        return result;
    };
    return async (args, execOptions = {}) => {
        const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, retry.attempts) : 1;
        let result = await once(args, execOptions);
        for (let attempt = 1; attempt < attempts && result.exitCode !== 0 && isTransientGitFailure(result.stderr); attempt++) {
            const delayMs = backoffDelay(attempt, retry);
            if (delayMs > 0)
                await sleep(delayMs);
            result = await once(args, execOptions);
        }
        if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
            throw new GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
        }
        return result;
    };
}
/** git's own account of a failure: its first `fatal:` or `error:` line (the later ones are hints). */
function gitFailureLine(stderr) {
    const lines = stderr.split(/\r?\n/).map((line) => line.trim());
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? (0,errors/* lastNonEmptyLine */.z8)(stderr);
}
/** A git command that failed, described by git's first `fatal:`/`error:` line. */
class GitCommandError extends errors/* CommandError */.Qd {
    constructor(failure) {
        super(failure);
        const line = gitFailureLine(failure.stderr);
        const commandLine = ['git', ...failure.args].join(' ');
        this.message = line
            ? `\`${commandLine}\` exited with code ${failure.exitCode}: ${line}`
            : `\`${commandLine}\` exited with code ${failure.exitCode}.`;
    }
}
const AUTH_FAILURE = /could not read Username|Authentication failed|returned error: (401|403)|terminal prompts disabled/i;
/**
 * git turns a 401 into "could not read Username … terminal prompts disabled" (it wanted to prompt
 * for a password); say what happened instead, naming the input, with git's own line.
 */
function throwIfAuthFailure(stderr, url) {
    if (!AUTH_FAILURE.test(stderr))
        return;
    const status = stderr.match(/returned error: (40[13])/)?.[1] ?? '401';
    const origin = /^https?:\/\//i.test(url) ? new URL(url).origin : url;
    throw new errors/* ConfigurationError */.j1(`${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`);
}

;// CONCATENATED MODULE: ./packages/gitops/src/clone.ts




/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty repository made without templates (nothing of the machine's git setup, sample or global
 * hooks, belongs in a throwaway clone, and copying them is a good part of what `git init` costs),
 * with `origin` set. The clone keeps no credential: the token travels in git's environment only.
 */
async function openScratchClone(access, options) {
    const url = resolveRepositoryAccess(access);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(access.tempDir ?? (0,external_node_os_.tmpdir)(), `shipgate-${options.purpose}-`));
    try {
        const repoDir = options.subdir ? (0,external_node_path_.join)(dir, options.subdir) : dir;
        if (options.subdir)
            await (0,promises_.mkdir)(repoDir);
        const identity = options.identity;
        const git = createGit({
            exec: access.exec,
            url,
            token: access.token,
            cwd: repoDir,
            ...(options.readRetry ? { readRetry: options.readRetry } : {}),
            ...(identity
                ? {
                    env: {
                        GIT_AUTHOR_NAME: identity.name,
                        GIT_AUTHOR_EMAIL: identity.email,
                        GIT_COMMITTER_NAME: identity.name,
                        GIT_COMMITTER_EMAIL: identity.email,
                    },
                }
                : {}),
        });
        await git(['init', '--quiet', ...(options.bare ? ['--bare'] : []), '--template=']);
        await git(['remote', 'add', 'origin', url]);
        return { dir, repoDir, url, git };
    }
    catch (error) {
        await removeScratchClone(dir);
        throw error;
    }
}
async function removeScratchClone(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
}
/** Runs `use` in a new scratch clone and removes the clone afterwards, whatever happened. */
async function clone_withScratchClone(access, options, use) {
    const clone = await openScratchClone(access, options);
    try {
        return await use(clone);
    }
    finally {
        await removeScratchClone(clone.dir);
    }
}

;// CONCATENATED MODULE: ./packages/image/src/buildah.ts




/** The arguments of `buildah build` for a request; pure, so the command line is tested as data. */
function buildahBuildArgs(request, files) {
    const args = ['build', '--iidfile', files.iidFile, '--file', request.file];
    for (const tag of request.tags)
        args.push('--tag', tagReference(request.repository, tag));
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (files.authFile)
        args.push('--authfile', files.authFile);
    if (!request.tlsVerify)
        args.push('--tls-verify=false');
    args.push(request.context);
    return args;
}
/** The arguments of `buildah push` for one tag. */
function buildahPushArgs(imageId, destination, options) {
    const args = ['push', '--digestfile', options.digestFile];
    if (options.authFile)
        args.push('--authfile', options.authFile);
    if (!options.tlsVerify)
        args.push('--tls-verify=false');
    args.push(imageId, `docker://${destination}`);
    return args;
}
/** The arguments of `buildah login`; the password goes on stdin. */
function buildahLoginArgs(registry, username, authFile, tlsVerify) {
    const args = ['login', '--authfile', authFile, '--username', username, '--password-stdin'];
    if (!tlsVerify)
        args.push('--tls-verify=false');
    args.push(registry);
    return args;
}
/** `--iidfile` and `--digestfile` hold one `sha256:<hex>` with no newline; anything else is a broken tool. */
function parseDigestFile(content, what) {
    const digest = content.trim();
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new ShipgateError(`buildah wrote no digest to its ${what} (got "${digest.slice(0, 80)}").`);
    }
    return digest;
}
/** Daemonless builds: `buildah build`, then `buildah push --digestfile` for every tag. */
class buildah_BuildahBuilder {
    deps;
    name = 'buildah';
    constructor(deps) {
        this.deps = deps;
    }
    async build(request) {
        const { log, exec, env } = this.deps;
        if (request.platforms.length > 1) {
            // Checked again here for callers other than the action, which rejects this before building.
            throw new ShipgateError('The buildah backend builds one platform at a time; use builder "docker" for several.');
        }
        const scratch = await mkdtemp(join(this.deps.tempDir, 'shipgate-buildah-'));
        try {
            let authFile;
            if (request.credentials) {
                const { username, password } = request.credentials;
                for (const form of basicAuthForms(username, password))
                    this.deps.setSecret(form);
                authFile = join(scratch, 'auth.json');
                await exec('buildah', buildahLoginArgs(request.repository.domain, username, authFile, request.tlsVerify), {
                    input: password,
                    env,
                });
            }
            const iidFile = join(scratch, 'iid');
            await log.group(`Building ${request.repository.name} with buildah`, () => exec('buildah', buildahBuildArgs(request, { iidFile, authFile }), { env, streamOutput: true }));
            const imageId = parseDigestFile(await readFile(iidFile, 'utf8'), '--iidfile');
            const references = request.tags.map((tag) => tagReference(request.repository, tag));
            if (!request.push)
                return { imageId, references };
            const pushed = [];
            await log.group(`Pushing ${references.length} tag(s)`, async () => {
                for (const [index, reference] of references.entries()) {
                    const digestFile = join(scratch, `digest-${index}`);
                    await exec('buildah', buildahPushArgs(imageId, reference, { digestFile, tlsVerify: request.tlsVerify, authFile }), { env, streamOutput: true });
                    const digest = parseDigestFile(await readFile(digestFile, 'utf8'), '--digestfile');
                    log.info(`Pushed ${reference} → ${digest}`);
                    pushed.push({ reference, digest });
                }
            });
            return { digest: requireOneDigest(pushed), imageId, references };
        }
        finally {
            // The auth file holds the credentials: nothing of it may outlive the step.
            await rm(scratch, { recursive: true, force: true });
        }
    }
}
/** All tags must name the same manifest (push-to-registry #26), else the build's identity is ambiguous. */
function requireOneDigest(pushed) {
    const digests = new Set(pushed.map((entry) => entry.digest));
    const first = pushed[0];
    if (!first)
        throw new ShipgateError('Nothing was pushed.');
    if (digests.size > 1) {
        const listing = pushed.map((entry) => `${entry.reference} → ${entry.digest}`).join(', ');
        throw new ShipgateError(`The pushed tags ended on different digests (${listing}).`);
    }
    return first.digest;
}

;// CONCATENATED MODULE: ./packages/image/src/docker.ts




/** The arguments of `docker buildx build`; pure, so the command line is tested as data. */
function buildxBuildArgs(request, metadataFile) {
    const args = ['buildx', 'build', '--file', request.file, '--metadata-file', metadataFile];
    for (const tag of request.tags)
        args.push('--tag', tagReference(request.repository, tag));
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (request.push) {
        // `--push` cannot say "plain HTTP"; the image exporter can, per build, without touching buildkitd.toml.
        args.push('--output', request.tlsVerify ? 'type=image,push=true' : 'type=image,push=true,registry.insecure=true');
    }
    else if (request.platforms.length <= 1) {
        // Several platforms cannot be loaded into the daemon's image store; then the result stays in the cache.
        args.push('--load');
    }
    args.push(request.context);
    return args;
}
/**
 * Reads the JSON buildx writes with `--metadata-file` (documented keys `containerimage.digest`,
 * `containerimage.descriptor`, `containerimage.config.digest`, `image.name`).
 */
function parseBuildxMetadata(json) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        throw new ShipgateError('docker buildx wrote a metadata file that is not JSON.');
    }
    const text = (value) => (typeof value === 'string' && value ? value : undefined);
    const descriptor = data['containerimage.descriptor'];
    const digest = text(data['containerimage.digest']) ?? text(descriptor?.digest);
    if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new ShipgateError(`docker buildx reported "${digest}" as the image digest, which is not a sha256 digest.`);
    }
    return {
        digest,
        mediaType: text(descriptor?.mediaType),
        configDigest: text(data['containerimage.config.digest']),
        imageNames: (text(data['image.name']) ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
    };
}
/** Whether a Docker daemon answers; `builder: auto` uses docker then. */
async function docker_dockerDaemonAnswers(exec, env) {
    try {
        const result = await exec('docker', ['info', '--format', '{{json .ServerVersion}}'], {
            env,
            quiet: true,
            ignoreReturnCode: true,
            timeoutMs: 15_000,
        });
        return result.exitCode === 0 && result.stdout.trim() !== '' && result.stdout.trim() !== '""';
    }
    catch {
        // Not on PATH, or hung: either way there is no daemon to use.
        return false;
    }
}
/** `docker buildx build --metadata-file`, pushing with the image exporter. */
class docker_DockerBuilder {
    deps;
    name = 'docker';
    constructor(deps) {
        this.deps = deps;
    }
    async build(request) {
        const { log, exec, env } = this.deps;
        const scratch = await mkdtemp(join(this.deps.tempDir, 'shipgate-buildx-'));
        const registry = request.repository.domain;
        let loggedIn = false;
        try {
            if (request.credentials) {
                const { username, password } = request.credentials;
                for (const form of basicAuthForms(username, password))
                    this.deps.setSecret(form);
                await exec('docker', ['login', '--username', username, '--password-stdin', registry], {
                    input: password,
                    env,
                });
                loggedIn = true;
            }
            const metadataFile = join(scratch, 'metadata.json');
            await log.group(`Building ${request.repository.name} with docker buildx`, () => exec('docker', buildxBuildArgs(request, metadataFile), { env, streamOutput: true }));
            const metadata = parseBuildxMetadata(await readFile(metadataFile, 'utf8'));
            const references = request.tags.map((tag) => tagReference(request.repository, tag));
            if (request.push && !metadata.digest) {
                // build-push-action #906/#1435: an empty digest must fail the step, never flow downstream.
                throw new ShipgateError('docker buildx pushed but reported no containerimage.digest in its metadata file.');
            }
            return {
                ...(request.push ? { digest: metadata.digest } : {}),
                ...(metadata.configDigest ? { imageId: metadata.configDigest } : {}),
                references,
            };
        }
        finally {
            // docker login stores the credential in the user's config; the step must not leave it there.
            if (loggedIn)
                await exec('docker', ['logout', registry], { env, ignoreReturnCode: true, quiet: true });
            await rm(scratch, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./packages/image/src/reference.ts

/** An image reference that is not valid under the distribution reference grammar. */
class reference_ImageReferenceError extends errors/* ConfigurationError */.j1 {
    input;
    name = 'ImageReferenceError';
    constructor(input, reason) {
        super(`Image reference "${input}" is invalid: ${reason}.`);
        this.input = input;
    }
}
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPOSITORY_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;
// The grammar of github.com/distribution/reference (regexp.go), spelled out piece by piece.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6Address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const referencePattern = new RegExp(`^((?:(${domainAndPort})/)?(${remoteName}))(?::(${tagPattern}))?(?:@(${digestPattern}))?$`);
const anchoredTag = new RegExp(`^${tagPattern}$`);
const anchoredDomain = new RegExp(`^${domainAndPort}$`);
const anchoredDigest = new RegExp(`^${digestPattern}$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;
/** Hex lengths of the digest algorithms go-digest registers; others are unsupported, as in Docker. */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/**
 * Parses `[domain/]path[:tag][@digest]` exactly as github.com/distribution/reference does
 * (`ParseNormalizedNamed` when normalising, `Parse` otherwise). Throws `ImageReferenceError`.
 */
function reference_parseImageReference(input, options = {}) {
    const normalize = options.normalize ?? true;
    if (input === '')
        throw new reference_ImageReferenceError(input, 'it is empty');
    if (input.trim() !== input)
        throw new reference_ImageReferenceError(input, 'it has leading or trailing whitespace');
    if (normalize) {
        if (anchoredIdentifier.test(input)) {
            throw new reference_ImageReferenceError(input, 'a repository name cannot be a 64-character hexadecimal string');
        }
        const { domain, remainder, written } = splitDockerDomain(input);
        const tagAt = remainder.indexOf(':');
        const remote = tagAt >= 0 ? remainder.slice(0, tagAt) : remainder;
        if (remote.toLowerCase() !== remote) {
            const writtenTagAt = written.indexOf(':');
            const writtenRemote = (writtenTagAt >= 0 ? written.slice(0, writtenTagAt) : written).split('@')[0];
            throw new reference_ImageReferenceError(input, `the repository name "${writtenRemote}" must be lowercase`);
        }
        const parsed = parseStrict(`${domain}/${remainder}`, input);
        return parsed;
    }
    return parseStrict(input, input);
}
function parseStrict(text, input) {
    const match = referencePattern.exec(text);
    if (!match)
        throw new reference_ImageReferenceError(input, explainMismatch(input));
    const [, name = '', domain = '', path = '', tag, digest] = match;
    if (name.length > NAME_TOTAL_LENGTH_MAX) {
        throw new reference_ImageReferenceError(input, `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
    }
    if (digest !== undefined)
        validateDigest(digest, input);
    return makeReference(domain, path, tag, digest);
}
function makeReference(domain, path, tag, digest) {
    const name = domain ? `${domain}/${path}` : path;
    const reference = {
        domain,
        path,
        name,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        toString: () => `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`,
    };
    return reference;
}
function validateDigest(digest, input) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    const hex = digest.slice(colon + 1);
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (length === undefined)
        throw new reference_ImageReferenceError(input, `the digest algorithm "${algorithm}" is not supported`);
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        throw new reference_ImageReferenceError(input, `a ${algorithm} digest must be ${length} lowercase hexadecimal characters`);
    }
}
/**
 * `ghcr.io/Codertocat/Hello-World` → `ghcr.io/codertocat/hello-world`: the repository path
 * lowercased, the registry host kept, as docker/metadata-action does for image names (a workflow's
 * `ghcr.io/${{ github.repository }}` keeps the owner's case, which no registry accepts). A first
 * component is a registry only when it has a `.` or `:` or is `localhost`, as for docker.
 */
function lowercaseRepositoryPath(image) {
    const slash = image.indexOf('/');
    const first = slash >= 0 ? image.slice(0, slash) : '';
    if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost')) {
        return `${first}/${image.slice(slash + 1).toLowerCase()}`;
    }
    return image.toLowerCase();
}
/** The same split `docker` makes: a first component is a registry only if it looks like a host. */
function splitDockerDomain(input) {
    const slash = input.indexOf('/');
    const first = slash >= 0 ? input.slice(0, slash) : '';
    let domain;
    let remainder;
    if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
        domain = DEFAULT_DOMAIN;
        remainder = input;
    }
    else {
        domain = first;
        remainder = input.slice(slash + 1);
    }
    const written = remainder;
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !remainder.includes('/'))
        remainder = `${OFFICIAL_REPOSITORY_PREFIX}${remainder}`;
    return { domain, remainder, written };
}
/** The most specific reason a string is not a reference, checked piece by piece. */
function explainMismatch(text) {
    let rest = text;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const digest = rest.slice(at + 1);
        if (!anchoredDigest.test(digest)) {
            return `the digest "${digest}" is not of the form algorithm:hex (at least 32 hex characters)`;
        }
        rest = rest.slice(0, at);
    }
    // The tag starts at the first colon after the last slash: `host:5000/repo:tag`.
    const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
    if (colon >= 0) {
        const tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (rest === '')
            return 'the repository name is empty';
        if (tag === '')
            return 'the tag after ":" is empty';
        if (!anchoredTag.test(tag)) {
            return `the tag "${tag}" must start with a letter, digit or underscore and have at most 128 of letters, digits, "_", "." and "-"`;
        }
    }
    if (rest === '')
        return 'the repository name is empty';
    const parts = rest.split('/');
    if (parts.some((part) => part === ''))
        return 'the repository name has an empty path component';
    const first = parts[0] ?? '';
    if (parts.length > 1 && !anchoredDomain.test(first) && /[.:[\]]/.test(first)) {
        return `the registry "${first}" is not a valid host[:port]`;
    }
    if (rest !== rest.toLowerCase() && referencePattern.test(rest.toLowerCase())) {
        return `the repository name "${rest}" must be lowercase`;
    }
    return 'path components may only hold lowercase letters and digits separated by ".", "_", "__" or "-"';
}
/**
 * Parses a reference that must be pinned by digest, for inputs such as `image-ref`.
 * Throws a `ConfigurationError` that names the input.
 */
function requireDigestReference(value, inputName) {
    let reference;
    try {
        reference = reference_parseImageReference(value);
    }
    catch (error) {
        if (error instanceof reference_ImageReferenceError) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
    if (!reference.digest) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${value}".`);
    }
    return reference;
}
/** Whether two references name the same repository (tags and digests ignored, Docker Hub short names expanded). */
function sameRepository(a, b) {
    const nameOf = (value) => (typeof value === 'string' ? reference_parseImageReference(value) : value).name;
    return nameOf(a) === nameOf(b);
}
/** A reference to `name` (a repository) pinned to `digest`: `name@digest`. */
function reference_withDigest(reference, digest) {
    const base = typeof reference === 'string' ? reference_parseImageReference(reference) : reference;
    const input = `${base.name}@${digest}`;
    if (!anchoredDigest.test(digest))
        throw new reference_ImageReferenceError(input, `"${digest}" is not of the form algorithm:hex`);
    validateDigest(digest, input);
    return makeReference(base.domain, base.path, undefined, digest);
}
/** A reference to `name` with `tag`, validating the tag against the grammar. */
function withTag(reference, tag) {
    const base = typeof reference === 'string' ? reference_parseImageReference(reference) : reference;
    if (!reference_isValidTag(tag))
        throw new reference_ImageReferenceError(`${base.name}:${tag}`, `the tag "${tag}" is not valid`);
    return makeReference(base.domain, base.path, tag, undefined);
}
function reference_isValidTag(tag) {
    return anchoredTag.test(tag);
}

;// CONCATENATED MODULE: ./packages/image/src/metadata.ts


const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_TAG_LENGTH = 128;
/**
 * Tags and OCI labels from the git context, the way docker/metadata-action does by default plus a
 * `sha-<7>` tag: branch → sanitised branch name (and `nightly` first on a schedule), pull request →
 * `pr-<n>` (built from the PR head, never the merge commit), `refs/tags/v1.2.3` → `1.2.3`, `1.2`,
 * `1`, `latest`. A prerelease (semver `-rc.1`, or a GitHub release marked prerelease) never moves
 * `latest`. build-image's README lists where this deliberately differs from metadata-action.
 */
function metadata_computeImageMetadata(options) {
    const { context } = options;
    const rawTags = options.tags ?? [];
    for (const tag of rawTags) {
        if (!isValidTag(tag)) {
            throw new ConfigurationError(`Input "tags" has "${tag}", which is not a valid tag (up to 128 letters, digits, "_", "." or "-", not starting with "." or "-").`);
        }
    }
    const overrides = parseLabels(options.labels ?? []);
    const revision = revisionOf(context);
    const shortSha = revision.slice(0, 7);
    // Most specific first: the first tag is the version, as metadata-action orders them.
    const fromRef = [];
    const pullRequest = pullRequestNumber(context);
    if (pullRequest !== undefined) {
        fromRef.push(`pr-${pullRequest}`);
    }
    else if (context.ref.startsWith('refs/tags/')) {
        const name = context.ref.slice('refs/tags/'.length);
        const semver = semverTags(name);
        const tags = semver ? semver.tags : [sanitizeTag(name)];
        // A release GitHub marks as a prerelease never moves latest, whatever its tag looks like.
        fromRef.push(...(isGitHubPrerelease(context) ? tags.filter((tag) => tag !== 'latest') : tags));
    }
    else if (context.ref.startsWith('refs/heads/')) {
        // metadata-action's type=schedule default: a scheduled build is also `nightly`, first.
        if (context.eventName === 'schedule')
            fromRef.push('nightly');
        fromRef.push(sanitizeTag(context.ref.slice('refs/heads/'.length)));
    }
    const fromSha = shortSha ? [`sha-${shortSha}`] : [];
    const tags = unique([...fromRef, ...fromSha, ...rawTags].filter(Boolean));
    const version = tags[0] ?? '';
    const labels = {};
    const title = context.repository.split('/')[1];
    if (title)
        labels['org.opencontainers.image.title'] = title;
    if (context.repository) {
        const source = `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`;
        labels['org.opencontainers.image.source'] = source;
        labels['org.opencontainers.image.url'] = source;
    }
    if (revision)
        labels['org.opencontainers.image.revision'] = revision;
    if (version)
        labels['org.opencontainers.image.version'] = version;
    labels['org.opencontainers.image.created'] = (options.now ?? new Date()).toISOString();
    const repository = context.payload.repository;
    if (typeof repository?.description === 'string' && repository.description) {
        labels['org.opencontainers.image.description'] = repository.description;
    }
    const license = repository?.license?.spdx_id;
    if (typeof license === 'string' && license && license !== 'NOASSERTION') {
        labels['org.opencontainers.image.licenses'] = license;
    }
    return { tags, version, revision, labels: { ...labels, ...overrides } };
}
/** The commit being built: for pull requests the head of the PR branch (metadata-action #206, #414). */
function revisionOf(context) {
    if (PULL_REQUEST_EVENTS.has(context.eventName)) {
        const head = context.payload.pull_request?.head?.sha;
        if (typeof head === 'string' && head)
            return head;
    }
    return context.sha;
}
function isGitHubPrerelease(context) {
    return (context.eventName === 'release' &&
        context.payload.release?.prerelease === true);
}
function pullRequestNumber(context) {
    if (!PULL_REQUEST_EVENTS.has(context.eventName) && !context.ref.startsWith('refs/pull/'))
        return undefined;
    const fromPayload = context.payload.pull_request?.number ?? context.payload.number;
    if (typeof fromPayload === 'number' && Number.isSafeInteger(fromPayload))
        return fromPayload;
    const fromRef = /^refs\/pull\/(\d+)\//.exec(context.ref)?.[1];
    return fromRef ? Number(fromRef) : undefined;
}
/**
 * `v1.2.3` → `1.2.3`, `1.2`, `1`, `latest`; a prerelease (`1.2.3-rc.1`) only gets its full
 * version. `0.x` gets no bare `0` tag: a major of 0 promises no compatibility between minors.
 * `undefined` when the name is not semver.
 */
function semverTags(name) {
    const match = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/.exec(name);
    if (!match)
        return undefined;
    const [, major, minor, patch, prerelease, build] = match;
    const full = sanitizeTag(`${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}${build ? `-${build}` : ''}`);
    if (prerelease)
        return { tags: [full], prerelease: true };
    const tags = [full, `${major}.${minor}`];
    if (major !== '0')
        tags.push(`${major}`);
    tags.push('latest');
    return { tags, prerelease: false };
}
/** A branch or tag name made into a valid image tag: runs of other characters become `-`. */
function sanitizeTag(value) {
    const replaced = value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    return replaced.slice(0, MAX_TAG_LENGTH);
}
/** `key=value` entries into an object; the value may contain `=`. */
function parseLabels(entries, inputName = 'labels') {
    const labels = {};
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const key = equals > 0 ? entry.slice(0, equals).trim() : '';
        if (!key)
            throw new ConfigurationError(`Input "${inputName}" has "${entry}", which is not of the form key=value.`);
        labels[key] = entry.slice(equals + 1).trim();
    }
    return labels;
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./packages/image/src/registry-client.ts



const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
};
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifestList,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const INDEX_MEDIA_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
/** A registry said no, or could not be reached. The message says which operation on which image. */
class RegistryError extends errors/* ShipgateError */.Yu {
    status;
    retryAfterMs;
    networkCode;
    name = 'RegistryError';
    constructor(message, 
    /** The HTTP status, or undefined when no answer came. */
    status, retryAfterMs, networkCode) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.networkCode = networkCode;
    }
}
/** Blob bodies can be gigabytes; they get far longer than an API call. */
const BLOB_TRANSFER_TIMEOUT_MS = (/* unused pure expression or super */ null && (60 * 60_000));
const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
};
/** Network failures worth another attempt: the connection dropped mid-way, not "nobody is there". */
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
function isRetryableRegistryError(error) {
    if (!(error instanceof RegistryError))
        return false;
    if (error.status !== undefined)
        return isRetryableStatus(error.status);
    return error.networkCode !== undefined && RETRYABLE_NETWORK_CODES.has(error.networkCode);
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (one challenge). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const paramPattern = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
    for (const param of (match[2] ?? '').matchAll(paramPattern)) {
        const key = param[1]?.toLowerCase();
        if (key)
            params[key] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
    }
    return { scheme: (match[1] ?? '').toLowerCase(), params };
}
/**
 * A client for the distribution API v2 (OCI distribution spec): enough to resolve, read and copy
 * images. Idempotent calls are retried on 408/429/5xx and dropped connections, honouring
 * Retry-After; 401/403/404 fail at once with what was being done.
 */
class registry_client_RegistryClient {
    #log;
    #options;
    #retry;
    /** `host scope…` → Authorization header value. */
    #authorizations = new Map();
    constructor(options = {}) {
        this.#options = options;
        this.#log = options.log ?? silentLogger;
        this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    }
    /** Checks that the registry answers the v2 API and that our credentials (if any) are accepted. */
    async ping(domainOrReference) {
        const domain = domainOrReference.includes('/') ? toReference(domainOrReference).domain : domainOrReference;
        await this.#send(domain, { method: 'GET', url: '/v2/', scopes: [], accept: [200], what: `pinging ${domain}` });
    }
    /** HEADs the manifest; `undefined` when the registry has no such tag or digest. */
    async headManifest(reference) {
        const ref = toReference(reference);
        const response = await this.#send(ref.domain, {
            method: 'HEAD',
            url: `/v2/${ref.path}/manifests/${manifestId(ref)}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [scope(ref, 'pull')],
            accept: [200, 404],
            what: `checking the manifest of ${ref}`,
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get('docker-content-digest');
        if (!digest) {
            // Registries may omit the header on HEAD; the digest of the served bytes is the truth then.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType };
        }
        return { digest, mediaType: contentType(response) };
    }
    /** The manifest (image or index) with its exact bytes, checked against the digest when pinned. */
    async getManifest(reference) {
        const ref = toReference(reference);
        const response = await this.#send(ref.domain, {
            method: 'GET',
            url: `/v2/${ref.path}/manifests/${manifestId(ref)}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [scope(ref, 'pull')],
            accept: [200],
            what: `reading the manifest of ${ref}`,
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        const computed = sha256Digest(bytes);
        const expected = ref.digest ?? response.headers.get('docker-content-digest') ?? computed;
        if (expected.startsWith('sha256:') && expected !== computed) {
            throw new RegistryError(`The manifest of ${ref} has digest ${computed}, but ${ref.digest ? 'was asked for' : 'the registry announced'} ${expected}.`);
        }
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new RegistryError(`The manifest of ${ref} is not JSON.`);
        }
        const mediaType = manifest.mediaType ?? contentType(response);
        return { digest: expected, mediaType, bytes, manifest };
    }
    /** The digest the registry serves for a tag (or confirms for a digest). Fails when it does not exist. */
    async resolveDigest(reference) {
        const ref = toReference(reference);
        const head = await this.headManifest(ref);
        if (!head)
            throw new RegistryError(`The image ${ref} was not found on ${ref.domain}.`, 404);
        return head.digest;
    }
    /**
     * The image config (labels, env, history…). For an index, the manifest for `platform`
     * (default linux/amd64, else the first) is followed.
     */
    async getImageConfig(reference, options = {}) {
        const ref = toReference(reference);
        let fetched = await this.getManifest(ref);
        if (isIndex(fetched)) {
            const child = pickPlatform(fetched.manifest, options.platform ?? 'linux/amd64');
            if (!child)
                throw new RegistryError(`The image index ${ref} lists no manifests.`);
            fetched = await this.getManifest(repositoryAt(ref, child.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest)
            throw new RegistryError(`The manifest of ${ref} has no config.`);
        const bytes = await this.getBlob(ref, manifest.config.digest);
        return {
            digest: manifest.config.digest,
            manifestDigest: fetched.digest,
            config: JSON.parse(bytes.toString('utf8')),
        };
    }
    /** A blob's bytes, checked against its digest. */
    async getBlob(reference, digest) {
        const ref = toReference(reference);
        const response = await this.#send(ref.domain, {
            method: 'GET',
            url: `/v2/${ref.path}/blobs/${digest}`,
            scopes: [scope(ref, 'pull')],
            accept: [200],
            what: `reading blob ${digest} of ${ref.name}`,
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        if (digest.startsWith('sha256:') && sha256Digest(bytes) !== digest) {
            throw new RegistryError(`Blob ${digest} of ${ref.name} arrived with different content (digest mismatch).`, 502);
        }
        return bytes;
    }
    /**
     * Copies an image (or a whole index with its platform images) from `source` to `target`, by
     * digest: blobs first (mounted across repositories of one registry when it allows), then the
     * manifests, byte for byte, so the digest comes out unchanged. `target` names the repository and
     * optionally a tag to point at the copy. Returns the digest.
     */
    async copyImage(sourceReference, targetReference) {
        const source = toReference(sourceReference);
        const target = toReference(targetReference);
        if (target.digest && source.digest && target.digest !== source.digest) {
            throw new RegistryError(`Cannot copy ${source} to ${target}: the target is pinned to another digest.`);
        }
        const fetched = await this.getManifest(source);
        if (target.digest && target.digest !== fetched.digest) {
            throw new RegistryError(`Cannot copy ${source} (${fetched.digest}) to ${target}: the digests differ.`);
        }
        this.#log.info(`Copying ${source} (${fetched.digest}) to ${target.name}`);
        if (isIndex(fetched)) {
            for (const child of fetched.manifest.manifests) {
                const childManifest = await this.getManifest(repositoryAt(source, child.digest));
                await this.#copyManifestContent(source, target, childManifest);
                await this.#putManifest(target, child.digest, childManifest);
            }
        }
        else {
            await this.#copyManifestContent(source, target, fetched);
        }
        await this.#putManifest(target, fetched.digest, fetched);
        if (target.tag)
            await this.#putManifest(target, target.tag, fetched);
        return {
            digest: fetched.digest,
            mediaType: fetched.mediaType,
            target: `${target.name}@${fetched.digest}`,
        };
    }
    async #copyManifestContent(source, target, fetched) {
        if (isIndex(fetched)) {
            throw new RegistryError(`Nested image indexes are not supported (in ${source.name}@${fetched.digest}).`);
        }
        const manifest = fetched.manifest;
        // Foreign (non-distributable) layers live elsewhere by definition; registries do not take them.
        const blobs = [manifest.config, ...(manifest.layers ?? [])].filter((blob) => blob && !blob.urls?.length);
        for (const blob of blobs)
            await this.#copyBlob(source, target, blob);
    }
    async #copyBlob(source, target, blob) {
        if (await this.#blobExists(target, blob.digest)) {
            this.#log.debug(`Blob ${blob.digest} already in ${target.name}`);
            return;
        }
        const pushScopes = [scope(target, 'push')];
        let location;
        if (source.domain === target.domain && source.path !== target.path) {
            const mountScopes = [...pushScopes, scope(source, 'pull')];
            const mounted = await this.#send(target.domain, {
                method: 'POST',
                url: `/v2/${target.path}/blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(source.path)}`,
                headers: { 'content-length': '0' },
                scopes: mountScopes,
                accept: [201, 202],
                what: `mounting blob ${blob.digest} from ${source.name} into ${target.name}`,
            });
            if (mounted.status === 201) {
                this.#log.debug(`Mounted ${blob.digest} from ${source.name}`);
                return;
            }
            location = mounted.headers.get('location') ?? undefined;
        }
        // Streamed from source to target, so a multi-gigabyte layer never sits in memory; the target
        // registry checks the digest of what arrives (`?digest=`) and refuses a mismatch.
        await this.#upload(target, blob.digest, location, async () => {
            const download = await this.#send(source.domain, {
                method: 'GET',
                url: `/v2/${source.path}/blobs/${blob.digest}`,
                scopes: [scope(source, 'pull')],
                accept: [200],
                what: `reading blob ${blob.digest} of ${source.name}`,
                timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
            }, false);
            if (!download.body)
                throw new RegistryError(`${source.domain} sent blob ${blob.digest} without a body.`);
            return { body: download.body, length: blob.size };
        });
    }
    /** Uploads a blob (monolithically) unless the repository has it already. Returns its digest. */
    async pushBlob(reference, bytes) {
        const ref = toReference(reference);
        const digest = sha256Digest(bytes);
        if (!(await this.#blobExists(ref, digest))) {
            await this.#upload(ref, digest, undefined, async () => ({ body: bytes, length: bytes.length }));
        }
        return digest;
    }
    /** Writes a manifest under the reference's tag (or its digest). Returns the digest the registry stored. */
    async pushManifest(reference, bytes, mediaType) {
        const ref = toReference(reference);
        const digest = sha256Digest(bytes);
        if (ref.digest && ref.digest !== digest) {
            throw new RegistryError(`The manifest for ${ref} has digest ${digest}, not the one in the reference.`);
        }
        const manifest = JSON.parse(bytes.toString('utf8'));
        await this.#putManifest(ref, ref.tag ?? digest, { digest, mediaType, bytes, manifest });
        return digest;
    }
    /** A monolithic upload; `content` is called once per attempt (a stream cannot be replayed). */
    async #upload(target, digest, startedAt, content) {
        const pushScopes = [scope(target, 'push')];
        let location = startedAt;
        // One upload session per attempt: a session that failed midway is not resumed.
        await this.#withRetry(`uploading blob ${digest} to ${target.name}`, async () => {
            const { body, length } = await content();
            try {
                await this.#uploadOnce(target, digest, location, body, length, pushScopes);
            }
            catch (error) {
                if (body instanceof ReadableStream)
                    await body.cancel().catch(() => { });
                throw error;
            }
            finally {
                location = undefined;
            }
        });
    }
    async #uploadOnce(target, digest, location, body, length, pushScopes) {
        let uploadLocation = location;
        if (!uploadLocation) {
            const started = await this.#send(target.domain, {
                method: 'POST',
                url: `/v2/${target.path}/blobs/uploads/`,
                headers: { 'content-length': '0' },
                scopes: pushScopes,
                accept: [202],
                what: `starting an upload to ${target.name}`,
            }, false);
            uploadLocation = started.headers.get('location') ?? undefined;
            if (!uploadLocation)
                throw new RegistryError(`${target.domain} started an upload without a Location.`);
        }
        const absolute = new URL(uploadLocation, `${this.#baseUrl(target.domain)}/`);
        absolute.searchParams.set('digest', digest);
        await this.#send(target.domain, {
            method: 'PUT',
            url: absolute.toString(),
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(length) },
            body,
            scopes: pushScopes,
            accept: [201],
            what: `uploading blob ${digest} to ${target.name}`,
            timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
        }, false);
    }
    async #blobExists(ref, digest) {
        const response = await this.#send(ref.domain, {
            method: 'HEAD',
            url: `/v2/${ref.path}/blobs/${digest}`,
            scopes: [scope(ref, 'push')],
            accept: [200, 404],
            what: `checking blob ${digest} in ${ref.name}`,
        });
        return response.status === 200;
    }
    async #putManifest(target, id, fetched) {
        const response = await this.#send(target.domain, {
            method: 'PUT',
            url: `/v2/${target.path}/manifests/${id}`,
            headers: { 'content-type': fetched.mediaType },
            body: fetched.bytes,
            scopes: [scope(target, 'push')],
            accept: [201],
            what: `writing the manifest ${target.name}${id.includes(':') ? '@' : ':'}${id}`,
        });
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== fetched.digest) {
            throw new RegistryError(`${target.domain} stored the manifest of ${target.name} as ${stored}, not ${fetched.digest}.`);
        }
    }
    async #withRetry(what, operation) {
        return retry(operation, {
            ...this.#retry,
            isRetryable: isRetryableRegistryError,
            requestedDelayMs: (error) => (error instanceof RegistryError ? error.retryAfterMs : undefined),
            onRetry: ({ attempt, delayMs, error }) => this.#log.warning(`${capitalise(what)} failed (${error instanceof Error ? error.message : String(error)}); ` +
                `attempt ${attempt + 1} of ${this.#retry.attempts} in ${(delayMs / 1000).toFixed(1)}s.`),
        });
    }
    /** One request, authenticated as the registry asks, retried when `retried` and it is safe to. */
    async #send(domain, spec, retried = true) {
        const once = () => this.#sendAuthenticated(domain, spec);
        return retried ? this.#withRetry(spec.what, once) : once();
    }
    async #sendAuthenticated(domain, spec) {
        const key = authorizationKey(domain, spec.scopes);
        let authorization = this.#authorizations.get(key) ?? this.#authorizations.get(`basic ${domain}`);
        let response = await this.#fetch(domain, spec, authorization);
        if (response.status === 401 && !(spec.body instanceof ReadableStream)) {
            const challenge = parseChallenge(response.headers.get('www-authenticate'));
            await response.body?.cancel();
            const fresh = await this.#answerChallenge(domain, spec, challenge);
            if (fresh && fresh !== authorization) {
                authorization = fresh;
                response = await this.#fetch(domain, spec, authorization);
            }
        }
        if (spec.accept.includes(response.status))
            return response;
        throw await this.#failure(domain, spec, response, authorization !== undefined);
    }
    async #answerChallenge(domain, spec, challenge) {
        const credentials = this.#credentialsFor(domain);
        if (challenge?.scheme === 'basic') {
            if (!credentials)
                return undefined;
            const value = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
            this.#authorizations.set(`basic ${domain}`, value);
            return value;
        }
        if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            const token = await this.#fetchToken(domain, challenge, spec.scopes, credentials);
            const value = `Bearer ${token}`;
            this.#authorizations.set(authorizationKey(domain, spec.scopes), value);
            return value;
        }
        return undefined;
    }
    async #fetchToken(domain, challenge, scopes, credentials) {
        const realm = new URL(challenge.params.realm ?? '');
        if (challenge.params.service)
            realm.searchParams.set('service', challenge.params.service);
        const wanted = new Set(scopes);
        if (challenge.params.scope)
            for (const item of challenge.params.scope.split(' '))
                wanted.add(item);
        for (const item of wanted)
            realm.searchParams.append('scope', item);
        const headers = { accept: 'application/json' };
        if (this.#options.userAgent)
            headers['user-agent'] = this.#options.userAgent;
        if (credentials) {
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        const what = `getting a token for ${domain} from ${realm.origin}`;
        return this.#withRetry(what, async () => {
            let response;
            try {
                response = await fetch(realm, { headers, signal: AbortSignal.timeout(this.#options.timeoutMs ?? 60_000) });
            }
            catch (error) {
                throw networkFailure(what, error);
            }
            if (!response.ok) {
                const detail = await errorDetail(response);
                const reason = response.status === 401 || response.status === 403
                    ? credentials
                        ? 'the credentials were refused'
                        : 'the registry requires credentials and none were given'
                    : `the token service answered ${response.status}`;
                throw new RegistryError(`${capitalise(what)} failed: ${reason}${detail}.`, response.status, parseRetryAfter(response.headers.get('retry-after')));
            }
            const body = (await response.json());
            const token = body.token ?? body.access_token;
            if (!token)
                throw new RegistryError(`${capitalise(what)} failed: the answer held no token.`);
            return token;
        });
    }
    async #fetch(domain, spec, authorization) {
        const url = spec.url.startsWith('/') ? `${this.#baseUrl(domain)}${spec.url}` : new URL(spec.url).toString();
        const headers = { ...spec.headers };
        if (authorization)
            headers.authorization = authorization;
        if (this.#options.userAgent)
            headers['user-agent'] = this.#options.userAgent;
        this.#log.debug(`${spec.method} ${url}`);
        try {
            return await fetch(url, {
                method: spec.method,
                headers,
                ...(spec.body instanceof ReadableStream
                    ? { body: spec.body, duplex: 'half' }
                    : spec.body
                        ? { body: new Uint8Array(spec.body) }
                        : {}),
                signal: AbortSignal.timeout(spec.timeoutMs ?? this.#options.timeoutMs ?? 300_000),
            });
        }
        catch (error) {
            throw networkFailure(spec.what, error);
        }
    }
    #baseUrl(domain) {
        const insecure = this.#options.insecure;
        const plain = insecure === true || (Array.isArray(insecure) && insecure.includes(domain));
        // Docker Hub's API lives on another host than the name people write.
        const host = domain === 'docker.io' ? 'registry-1.docker.io' : domain;
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    #credentialsFor(domain) {
        const { credentials } = this.#options;
        if (!credentials)
            return undefined;
        return typeof credentials === 'function' ? credentials(domain) : credentials[domain];
    }
    async #failure(domain, spec, response, authenticated) {
        const detail = await errorDetail(response);
        const status = response.status;
        let reason;
        if (status === 401) {
            reason = this.#credentialsFor(domain)
                ? `${domain} refused the credentials (401 Unauthorized)`
                : `${domain} requires credentials and none were given (401 Unauthorized)`;
        }
        else if (status === 403) {
            reason = `${domain} denied access${authenticated ? ' to these credentials' : ''} (403 Forbidden)`;
        }
        else if (status === 404) {
            reason = `${domain} has no such ${spec.url.includes('/blobs/') ? 'blob' : 'manifest or repository'} (404 Not Found)`;
        }
        else {
            reason = `${domain} answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
        }
        return new RegistryError(`${capitalise(spec.what)} failed: ${reason}${detail}.`, status, parseRetryAfter(response.headers.get('retry-after')));
    }
}
function authorizationKey(domain, scopes) {
    return `${domain} ${[...scopes].sort().join(' ')}`;
}
function scope(ref, access) {
    return `repository:${ref.path}:${access === 'push' ? 'pull,push' : 'pull'}`;
}
function manifestId(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
function repositoryAt(ref, digest) {
    return toReference(`${ref.name}@${digest}`, ref.domain !== '');
}
function toReference(reference, normalize = true) {
    const ref = typeof reference === 'string' ? parseImageReference(reference, { normalize }) : reference;
    if (!ref.domain)
        throw new RegistryError(`The image reference ${ref} names no registry.`);
    return ref;
}
function isIndex(fetched) {
    return INDEX_MEDIA_TYPES.has(fetched.mediaType) || Array.isArray(fetched.manifest.manifests);
}
function pickPlatform(index, platform) {
    const [os, architecture, variant] = platform.split('/');
    const candidates = index.manifests.filter(
    // Attestation manifests (buildx provenance) are listed as platform unknown/unknown.
    (entry) => entry.platform?.os !== 'unknown');
    return (candidates.find((entry) => entry.platform?.os === os &&
        entry.platform?.architecture === architecture &&
        (!variant || entry.platform?.variant === variant)) ?? candidates[0]);
}
function contentType(response) {
    return (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
}
function sha256Digest(bytes) {
    return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
async function errorDetail(response) {
    try {
        const text = await response.text();
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first?.code || first?.message)
            return `: ${[first.code, first.message].filter(Boolean).join(' ')}`;
    }
    catch {
        // Not the registry's JSON error format; the status says enough.
    }
    return '';
}
function networkFailure(what, error) {
    const cause = error?.cause;
    const code = cause?.code ?? (error?.name === 'TimeoutError' ? 'ETIMEDOUT' : undefined) ?? undefined;
    const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
    const reason = code === 'ECONNREFUSED'
        ? 'nothing is listening there (connection refused)'
        : code === 'ENOTFOUND'
            ? 'the host name does not resolve'
            : message;
    return new RegistryError(`${capitalise(what)} failed: ${reason}.`, undefined, undefined, code ?? 'UNKNOWN');
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./packages/image/src/builder.ts






const BUILDER_CHOICES = (/* unused pure expression or super */ null && (['auto', 'buildah', 'docker']));
const PLATFORM_PATTERN = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/**
 * Builds an image and (optionally) pushes every tag, then asks the registry for each tag's digest
 * and fails unless all equal the pushed digest. Everything that can be checked is checked before
 * the build starts, so bad input pushes nothing.
 */
async function buildImage(deps, settings) {
    const { log } = deps;
    if (settings.repository.tag || settings.repository.digest) {
        throw new ConfigurationError(`Input "image" must be a repository without tag or digest, got "${settings.repository}"; put tags in "tags".`);
    }
    await requireDirectory(settings.context, 'context');
    await requireFile(settings.file, 'file');
    for (const platform of settings.platforms) {
        if (!PLATFORM_PATTERN.test(platform)) {
            throw new ConfigurationError(`Input "platforms" has "${platform}", which is not of the form os/arch[/variant].`);
        }
    }
    const metadata = computeImageMetadata({
        context: settings.git,
        tags: settings.extraTags,
        labels: settings.labelEntries,
        now: settings.now,
    });
    if (metadata.tags.length === 0) {
        throw new ConfigurationError('Input "tags" is required when there is no git ref or commit to derive tags from.');
    }
    const builderName = settings.builder === 'auto' ? await pickBuilder(deps) : settings.builder;
    if (builderName === 'buildah' && settings.platforms.length > 1) {
        throw new ConfigurationError(`Input "platforms" lists ${settings.platforms.length} platforms, but the buildah builder builds one; use builder "docker" for several.`);
    }
    log.info(`Builder: ${builderName}${settings.builder === 'auto' ? ' (auto)' : ''}`);
    const registry = new RegistryClient({
        log,
        insecure: settings.tlsVerify ? false : [settings.repository.domain],
        credentials: settings.credentials ? { [settings.repository.domain]: settings.credentials } : undefined,
        retry: deps.registryRetry,
    });
    if (settings.credentials)
        deps.setSecret(settings.credentials.password);
    if (settings.push) {
        // Before a minutes-long build: an unreachable registry or refused credentials fail now.
        await registry.ping(settings.repository.domain);
    }
    const request = {
        context: settings.context,
        file: settings.file,
        repository: settings.repository,
        tags: metadata.tags,
        buildArgs: settings.buildArgs,
        labels: metadata.labels,
        target: settings.target,
        platforms: settings.platforms,
        push: settings.push,
        tlsVerify: settings.tlsVerify,
        credentials: settings.credentials,
    };
    const create = deps.createBuilder ?? defaultBuilder;
    const outcome = await create(builderName, deps).build(request);
    let digest;
    if (settings.push) {
        if (!outcome.digest)
            throw new ShipgateError(`The ${builderName} build pushed but reported no digest.`);
        digest = outcome.digest;
        await log.group('Checking the pushed tags on the registry', async () => {
            for (const reference of outcome.references) {
                const served = await registry.resolveDigest(reference);
                if (served !== digest) {
                    throw new ShipgateError(`The registry serves ${reference} as ${served}, not the pushed digest ${digest}.`);
                }
                log.info(`${reference} → ${served}`);
            }
        });
    }
    return {
        ...(digest ? { digest, imageRef: `${settings.repository.name}@${digest}` } : {}),
        ...(outcome.imageId ? { imageId: outcome.imageId } : {}),
        references: outcome.references,
        tags: metadata.tags,
        labels: metadata.labels,
        builder: builderName,
        platforms: [...settings.platforms],
        version: metadata.version,
        revision: metadata.revision,
    };
}
async function pickBuilder(deps) {
    return (await dockerDaemonAnswers(deps.exec, deps.env)) ? 'docker' : 'buildah';
}
function defaultBuilder(name, deps) {
    return name === 'docker' ? new DockerBuilder(deps) : new BuildahBuilder(deps);
}
async function requireDirectory(path, input) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory())
        throw new ConfigurationError(`Input "${input}" must be a directory, but ${path} is not one.`);
}
async function requireFile(path, input) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile())
        throw new ConfigurationError(`Input "${input}" names ${path}, which does not exist.`);
}
/** `KEY=VALUE` lines (the `build-args` input) into an object; the value may contain `=`. */
function parseBuildArgs(entries, inputName = 'build-args') {
    const args = {};
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const key = equals > 0 ? entry.slice(0, equals).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            throw new ConfigurationError(`Input "${inputName}" has "${entry}", which is not of the form NAME=value.`);
        }
        args[key] = entry.slice(equals + 1);
    }
    return args;
}

;// CONCATENATED MODULE: ./packages/image/src/index.ts







;// CONCATENATED MODULE: ./packages/scan/src/scan-record.ts


const scan_record_SCAN_RECORD_SCHEMA = 'shipgate.dev/scan-record/v1';
const scan_record_SEVERITIES = ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'];
async function readScanRecord(path, inputName = 'scan-record') {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which ${reason}.`);
    }
    const record = parsed;
    if (record?.schema !== scan_record_SCAN_RECORD_SCHEMA || typeof record.imageRef !== 'string' || !record.verdict) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${path}, which is not a Shipgate scan record.`);
    }
    return record;
}
/** The value of the `Shipgate-Scan` trailer: `pass; trivy 0.58.1; critical=0 high=2`. */
function formatScanTrailer(record) {
    const counts = scan_record_SEVERITIES.filter((severity) => severity === 'critical' || severity === 'high' || record.counts[severity] > 0)
        .map((severity) => `${severity}=${record.counts[severity] ?? 0}`)
        .join(' ');
    return `${record.verdict}; ${record.scanner.name} ${record.scanner.version}; ${counts}`;
}

;// CONCATENATED MODULE: ./packages/scan/src/finding.ts


const RANK = {
    critical: 5,
    high: 4,
    medium: 3,
    low: 2,
    negligible: 1,
    unknown: 0,
};
function finding_severityRank(severity) {
    return RANK[severity];
}
function finding_isAtOrAbove(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
/** A scanner's severity word (`CRITICAL`, `High`, `Negligible`, …); anything unrecognised is `unknown`. */
function finding_normaliseSeverity(value) {
    if (typeof value !== 'string')
        return 'unknown';
    const lower = value.trim().toLowerCase();
    return SEVERITIES.includes(lower) ? lower : 'unknown';
}
/** A severity name a user wrote in an input; case-insensitive, and a typo is an error rather than `unknown`. */
function parseSeverityName(value, inputName) {
    const lower = value.trim().toLowerCase();
    if (SEVERITIES.includes(lower))
        return lower;
    throw new ConfigurationError(`Input "${inputName}" must be one of ${SEVERITIES.join(', ')}, got "${value}".`);
}
function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 };
}
function finding_countBySeverity(findings) {
    const counts = emptyCounts();
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** Values of a JSON field that should be a string, or `undefined`. */
function finding_stringOrUndefined(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function finding_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/scan/src/grype.ts

/** Grype's JSON report (`-o json`): `matches[]` with a `descriptor` naming grype. */
function grype_isGrypeReport(json) {
    return isRecord(json) && Array.isArray(json.matches) && (isRecord(json.descriptor) || isRecord(json.source));
}
/** Grype's `fix.state` (fixed, not-fixed, wont-fix, unknown; empty in some reports). */
function grypeFixState(state) {
    return state === 'fixed' || state === 'not-fixed' || state === 'wont-fix' ? state : 'unknown';
}
/** The highest-version CVSS base score of the vulnerability, else of the first related one that has one. */
function grypeCvssScore(...sources) {
    for (const cvssList of sources) {
        if (!Array.isArray(cvssList))
            continue;
        let best;
        for (const cvss of cvssList) {
            if (!isRecord(cvss) || !isRecord(cvss.metrics))
                continue;
            const score = cvss.metrics.baseScore;
            if (typeof score !== 'number')
                continue;
            const version = Number.parseFloat(typeof cvss.version === 'string' ? cvss.version : '0') || 0;
            if (!best || version > best.version)
                best = { version, score };
        }
        if (best)
            return best.score;
    }
    return undefined;
}
function grype_parseGrypeReport(json) {
    const findings = [];
    for (const match of json.matches) {
        const finding = grype_grypeMatchFinding(match);
        if (finding)
            findings.push(finding);
    }
    return grype_grypeParsedReport(json, findings);
}
/** One entry of `matches` as a finding; `undefined` for an entry that is not a match with a vulnerability. */
function grype_grypeMatchFinding(match) {
    return isRecord(match) && isRecord(match.vulnerability) ? grypeFinding(match) : undefined;
}
/** The report around its findings: the scanner (`descriptor`) and what was scanned (`source`). */
function grype_grypeParsedReport(json, findings) {
    const descriptor = isRecord(json.descriptor) ? json.descriptor : {};
    const db = isRecord(descriptor.db) ? descriptor.db : {};
    // Grype ≤ 0.8x puts `built` on `db`; later versions nest it under `db.status`.
    const dbUpdatedAt = stringOrUndefined(db.built) ?? (isRecord(db.status) ? stringOrUndefined(db.status.built) : undefined);
    const source = isRecord(json.source) ? json.source : {};
    const target = isRecord(source.target) ? source.target : {};
    const digests = new Set();
    const manifestDigest = stringOrUndefined(target.manifestDigest);
    if (manifestDigest)
        digests.add(manifestDigest);
    if (Array.isArray(target.repoDigests)) {
        for (const entry of target.repoDigests) {
            if (typeof entry === 'string' && entry.includes('@'))
                digests.add(entry.slice(entry.lastIndexOf('@') + 1));
        }
    }
    return {
        scanner: {
            name: 'grype',
            version: stringOrUndefined(descriptor.version) ?? 'unknown',
            ...(dbUpdatedAt ? { dbUpdatedAt } : {}),
        },
        findings,
        artifact: {
            name: stringOrUndefined(target.userInput) ?? (typeof source.target === 'string' ? source.target : undefined),
            digests: [...digests],
        },
    };
}
function grypeFinding(match) {
    const vulnerability = match.vulnerability;
    const artifact = isRecord(match.artifact) ? match.artifact : {};
    const related = Array.isArray(match.relatedVulnerabilities) ? match.relatedVulnerabilities.filter(isRecord) : [];
    const id = stringOrUndefined(vulnerability.id) ?? 'unknown';
    const fix = isRecord(vulnerability.fix) ? vulnerability.fix : {};
    const fixedVersions = Array.isArray(fix.versions)
        ? fix.versions.filter((version) => typeof version === 'string' && version !== '')
        : [];
    const finding = {
        id,
        aliases: [
            ...new Set(related.map((entry) => stringOrUndefined(entry.id)).filter((alias) => alias && alias !== id)),
        ],
        package: {
            name: stringOrUndefined(artifact.name) ?? 'unknown',
            version: stringOrUndefined(artifact.version) ?? '',
            type: stringOrUndefined(artifact.type) ?? 'unknown',
        },
        fixedVersions,
        fixState: grypeFixState(fix.state),
        severity: normaliseSeverity(vulnerability.severity),
    };
    const score = grypeCvssScore(vulnerability.cvss, ...related.map((entry) => entry.cvss));
    if (score !== undefined)
        finding.cvssScore = score;
    const description = stringOrUndefined(vulnerability.description) ??
        related.map((entry) => stringOrUndefined(entry.description)).find(Boolean);
    if (description)
        finding.title = firstSentence(description);
    const url = primaryUrl(vulnerability);
    if (url)
        finding.url = url;
    const locations = Array.isArray(artifact.locations) ? artifact.locations.filter(isRecord) : [];
    const path = locations.map((location) => stringOrUndefined(location.path)).find(Boolean);
    if (path)
        finding.target = path;
    return finding;
}
/** Grype has no title; the first sentence of the description serves, kept to one line. */
function firstSentence(text, maxLength = 120) {
    const line = text.trim().split(/\r?\n/)[0] ?? '';
    const end = line.search(/\.(\s|$)/);
    const sentence = end >= 0 ? line.slice(0, end + 1) : line;
    return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1)}…` : sentence;
}
function primaryUrl(vulnerability) {
    const dataSource = stringOrUndefined(vulnerability.dataSource);
    if (dataSource && /^https?:\/\//.test(dataSource))
        return dataSource;
    const urls = Array.isArray(vulnerability.urls) ? vulnerability.urls : [];
    return urls.find((url) => typeof url === 'string' && url !== '');
}

;// CONCATENATED MODULE: ./packages/scan/src/grype-cli.ts


const SCAN_TIMEOUT_MS = (/* unused pure expression or super */ null && (30 * 60_000));
function grypeScanArgs(imageRef, outputFile) {
    return [imageRef, '-o', 'json', '--file', outputFile];
}
const GRYPE_VERSION_ARGS = (/* unused pure expression or super */ null && (['version', '-o', 'json']));
/**
 * `grype version -o json`: `{ "application": "grype", "version": "0.86.1", "supportedDbSchema": 5, … }`.
 * It has no database time; Grype puts that in the report (`descriptor.db`).
 */
function parseGrypeVersion(stdout) {
    let json;
    try {
        json = JSON.parse(stdout);
    }
    catch {
        throw new ConfigurationError('`grype version -o json` did not print JSON.');
    }
    if (!isRecord(json) || typeof json.version !== 'string') {
        throw new ConfigurationError('`grype version -o json` printed JSON without a "version".');
    }
    return { version: json.version };
}
/** Grype reads registry credentials and TLS settings from its environment. */
function grypeEnv(registry) {
    const env = {};
    if (registry?.username)
        env.GRYPE_REGISTRY_AUTH_USERNAME = registry.username;
    if (registry?.password)
        env.GRYPE_REGISTRY_AUTH_PASSWORD = registry.password;
    if (registry && !registry.tlsVerify)
        env.GRYPE_REGISTRY_INSECURE_SKIP_TLS_VERIFY = 'true';
    return env;
}
async function grype_cli_grypeVersion({ exec }) {
    const { stdout } = await exec('grype', GRYPE_VERSION_ARGS, { quiet: true, timeoutMs: 60_000 });
    return parseGrypeVersion(stdout);
}
async function grype_cli_runGrype({ exec, log }, imageRef, outputFile, registry) {
    log.info(`Scanning ${imageRef} with Grype`);
    await exec('grype', grypeScanArgs(imageRef, outputFile), {
        env: grypeEnv(registry),
        timeoutMs: SCAN_TIMEOUT_MS,
        streamOutput: true,
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/scan/src/policy.ts



const DEFAULT_UNFIXED_STATES = new Set(['not-fixed', 'wont-fix', 'unknown']);
/**
 * Applies the policy. `today` is YYYY-MM-DD (UTC) so that expiry is decided by one clock the
 * caller controls. Linear in findings: entries are looked up by id.
 */
function policy_evaluatePolicy(findings, policy, today) {
    const expiredEntries = [];
    const entriesById = new Map();
    for (const entry of policy.ignoreEntries) {
        if (entry.expires !== undefined && entry.expires < today) {
            expiredEntries.push(entry);
            continue;
        }
        const key = entry.id.toUpperCase();
        const list = entriesById.get(key);
        if (list)
            list.push(entry);
        else
            entriesById.set(key, [entry]);
    }
    const considered = [];
    const reported = [];
    const violations = [];
    const ignored = [];
    let unfixedIgnored = 0;
    for (const finding of findings) {
        const entry = entriesById.size > 0 ? matchingEntry(finding, entriesById) : undefined;
        if (entry) {
            ignored.push({ finding, entry });
            continue;
        }
        if (policy.ignoreUnfixed && (DEFAULT_UNFIXED_STATES.has(finding.fixState) || finding.fixedVersions.length === 0)) {
            unfixedIgnored++;
            continue;
        }
        considered.push(finding);
        if (isAtOrAbove(finding.severity, policy.reportThreshold))
            reported.push(finding);
        if (isAtOrAbove(finding.severity, policy.severityThreshold))
            violations.push(finding);
    }
    return {
        considered,
        reported,
        violations,
        ignored,
        unfixedIgnored,
        expiredEntries,
        counts: countBySeverity(considered),
        verdict: violations.length > 0 ? 'fail' : 'pass',
    };
}
function matchingEntry(finding, entriesById) {
    for (const id of [finding.id, ...finding.aliases]) {
        const entries = entriesById.get(id.toUpperCase());
        const entry = entries?.find((candidate) => !candidate.package || candidate.package === finding.package.name);
        if (entry)
            return entry;
    }
    return undefined;
}
const ENTRY_KEYS = new Set(['id', 'package', 'reason', 'expires']);
/**
 * Reads an ignore file: either a YAML list of `{ id, package?, reason, expires? }` or the plain
 * `.trivyignore` form (one id per line, `#` comments, optional `exp:YYYY-MM-DD`). `name` is how
 * messages refer to the file.
 */
function policy_parseIgnoreFile(text, name) {
    const firstLine = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .find((line) => line !== '' && !line.startsWith('#') && line !== '---');
    if (firstLine === undefined)
        return [];
    return firstLine === '-' || firstLine.startsWith('- ') || firstLine.startsWith('[')
        ? parseYamlIgnores(text, name)
        : parseTrivyIgnore(text, name);
}
function parseYamlIgnores(text, name) {
    let document;
    try {
        document = parseYaml(text);
    }
    catch (error) {
        const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/\.$/, '');
        throw new ConfigurationError(`Ignore file ${name} is not valid YAML (${detail}).`);
    }
    if (!Array.isArray(document)) {
        throw new ConfigurationError(`Ignore file ${name} must be a YAML list of entries with id and reason.`);
    }
    return document.map((raw, index) => {
        const origin = `entry ${index + 1}`;
        if (!isRecord(raw)) {
            throw new ConfigurationError(`Ignore file ${name} ${origin} is not a mapping with id and reason.`);
        }
        const id = typeof raw.id === 'string' ? raw.id.trim() : '';
        if (!id)
            throw new ConfigurationError(`Ignore file ${name} ${origin} has no id.`);
        const label = `${origin} (${id})`;
        const unknownKey = Object.keys(raw).find((key) => !ENTRY_KEYS.has(key));
        if (unknownKey) {
            throw new ConfigurationError(`Ignore file ${name} ${label} has the unknown key "${unknownKey}" (allowed: id, package, reason, expires).`);
        }
        const reason = typeof raw.reason === 'string' ? raw.reason.trim() : '';
        if (!reason) {
            throw new ConfigurationError(`Ignore file ${name} ${label} has no reason; every ignored vulnerability needs one.`);
        }
        const entry = { id, reason, origin };
        if (raw.package !== undefined && raw.package !== null) {
            if (typeof raw.package !== 'string' || !raw.package.trim()) {
                throw new ConfigurationError(`Ignore file ${name} ${label} has a package that is not a name.`);
            }
            entry.package = raw.package.trim();
        }
        if (raw.expires !== undefined && raw.expires !== null) {
            entry.expires = requireDate(raw.expires, `Ignore file ${name} ${label}`);
        }
        return entry;
    });
}
function parseTrivyIgnore(text, name) {
    const entries = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (!line || line.startsWith('#'))
            return;
        const origin = `line ${index + 1}`;
        const [id = '', ...rest] = line.split(/\s+/);
        if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(id)) {
            throw new ConfigurationError(`Ignore file ${name} ${origin} ("${line}") does not start with a vulnerability id.`);
        }
        const entry = { id, reason: `listed in ${name}`, origin };
        for (const token of rest) {
            if (token.startsWith('#'))
                break;
            if (token.startsWith('exp:'))
                entry.expires = requireDate(token.slice(4), `Ignore file ${name} ${origin} (${id})`);
        }
        entries.push(entry);
    });
    return entries;
}
function requireDate(value, where) {
    const text = typeof value === 'string' ? value.trim() : String(value);
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const valid = match !== null &&
        (() => {
            const date = new Date(`${text}T00:00:00Z`);
            return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
        })();
    if (!valid)
        throw new ConfigurationError(`${where} has the expiry date "${text}", which is not a date of the form YYYY-MM-DD.`);
    return text;
}
/** Today's date in UTC as YYYY-MM-DD. */
function policy_utcDate(now = new Date()) {
    return now.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./packages/scan/src/registry-digest.ts

/**
 * Resolves tags through the OCI registry client: a HEAD of the manifest, retried by the client on
 * 429/5xx and dropped connections. `tls-verify: false` also allows plain HTTP.
 */
function registryDigestResolver(log, options = {}) {
    return (reference, registry) => {
        const { username, password } = registry;
        const client = new RegistryClient({
            log,
            insecure: !registry.tlsVerify,
            ...(username && password ? { credentials: { [reference.domain]: { username, password } } } : {}),
            ...options,
        });
        return client.resolveDigest(reference);
    };
}

;// CONCATENATED MODULE: ./packages/scan/src/json-slices.ts
/**
 * A structural scanner over JSON bytes: it finds where values start and end (tracking strings,
 * escapes and nesting) so that a large document can be walked member by member and element by
 * element, and only the small slices that matter are decoded and given to `JSON.parse`. Nothing
 * holds the document as one JS string or one object graph, and a document read from a file is
 * never held whole either: `JsonBytes` keeps a window of it that slides as the walk goes on.
 *
 * Offsets are byte offsets in the document. Slices always start and end on ASCII bytes (quotes,
 * brackets, digits, letters), so decoding a slice as UTF-8 gives exactly the text that decoding
 * the whole document would have had there.
 *
 * What the scanner walks it checks (brackets, member names, colons, commas, nothing after the
 * document); what it does not walk it hands to `JSON.parse`. So a document is accepted exactly
 * when `JSON.parse` would accept it, as long as every value is either walked or parsed.
 */
/** The document is not valid JSON; `offset` is the byte where that became clear. */
class json_slices_JsonSyntaxError extends Error {
    offset;
    name = 'JsonSyntaxError';
    constructor(reason, offset) {
        super(`${reason} at byte ${offset}`);
        this.offset = offset;
    }
}
/**
 * A JSON document's bytes: all of them (`JsonBytes.of`), or a window onto a stream of them
 * (`JsonBytes.reading`) that keeps only what the walk still needs.
 */
class json_slices_JsonBytes {
    read;
    chunkSize;
    /** Document offsets `[base, limit)` are `bytes[0, limit - base)`. */
    bytes;
    base = 0;
    limit;
    /** While a slice is being measured, its start: nothing from there on may be dropped. */
    pin = Number.POSITIVE_INFINITY;
    ended;
    constructor(bytes, limit, read, chunkSize = 0) {
        this.read = read;
        this.chunkSize = chunkSize;
        this.bytes = bytes;
        this.limit = limit;
        this.ended = read === undefined;
    }
    static of(bytes) {
        return new json_slices_JsonBytes(bytes, bytes.length);
    }
    /** Reads the document `chunkSize` bytes at a time, as the walk needs them. */
    static reading(read, chunkSize = 1 << 20) {
        return new json_slices_JsonBytes(Buffer.allocUnsafeSlow(2 * chunkSize), 0, read, chunkSize);
    }
    /**
     * Loads more of the document, dropping what comes before `from` (and before the pin). False
     * when there is no more.
     */
    more(from) {
        if (this.ended || !this.read)
            return false;
        const keep = Math.min(this.pin, from, this.limit);
        const kept = this.limit - keep;
        const start = keep - this.base;
        if (kept + this.chunkSize > this.bytes.length) {
            const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.bytes.length, kept + this.chunkSize));
            this.bytes.copy(grown, 0, start, start + kept);
            this.bytes = grown;
        }
        else if (start > 0) {
            this.bytes.copyWithin(0, start, start + kept);
        }
        this.base = keep;
        const count = this.read(this.bytes, kept, this.bytes.length - kept);
        this.limit = keep + kept + count;
        if (count === 0)
            this.ended = true;
        return count > 0;
    }
}
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** Values at most this long are checked by parsing them whole; longer ones are walked. */
const PARSE_WHOLE_LIMIT = (/* unused pure expression or super */ null && (1 << 20));
/** The byte at `pos`, loading it if need be; -1 past the end of the document. */
function json_slices_byteAt(input, pos) {
    while (pos >= input.limit)
        if (!input.more(pos))
            return -1;
    return input.bytes[pos - input.base];
}
/** The first offset at or after `pos` that is not JSON whitespace (space, tab, LF, CR). */
function skipWhitespace(input, pos) {
    let i = pos;
    for (;;) {
        const { bytes, base } = input;
        const limit = input.limit - base;
        let j = i - base;
        while (j < limit) {
            const c = bytes[j];
            if (c !== SPACE && c !== LF && c !== CR && c !== TAB)
                return base + j;
            j++;
        }
        i = base + j;
        if (!input.more(i))
            return i;
    }
}
/** The end of the string whose opening quote is at `start`. */
function stringEnd(input, start) {
    for (;;) {
        const { bytes, base } = input;
        const limit = input.limit - base;
        let j = start - base + 1;
        while (j < limit) {
            const c = bytes[j];
            if (c === QUOTE)
                return base + j + 1;
            j += c === BACKSLASH ? 2 : 1;
        }
        // Runs past what is loaded: load more and measure it again from its quote.
        if (!input.more(start))
            throw new json_slices_JsonSyntaxError('Unterminated string', start);
    }
}
/** Letters, digits, `+`, `-`, `.`: what numbers and `true`/`false`/`null` are made of. */
function isScalarByte(c) {
    return ((c >= 0x30 && c <= 0x39) ||
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        c === 0x2b ||
        c === 0x2d ||
        c === 0x2e);
}
function unexpected(input, pos, wanted) {
    const c = json_slices_byteAt(input, pos);
    if (c < 0)
        return new json_slices_JsonSyntaxError(`Unexpected end of input, expected ${wanted}`, pos);
    const shown = c >= 0x21 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
    return new json_slices_JsonSyntaxError(`Unexpected ${shown}, expected ${wanted}`, pos);
}
/**
 * The end of the value that starts at `start` (its first byte, not whitespace), or -1 when it is
 * longer than `maxLength`. Structural only: strings and brackets are matched, but scalars and
 * string contents are left for `JSON.parse`. Pin `start` first if the value is to be sliced.
 */
function valueEnd(input, start, maxLength = Number.POSITIVE_INFINITY) {
    const first = json_slices_byteAt(input, start);
    if (first === QUOTE) {
        const end = stringEnd(input, start);
        return end - start > maxLength ? -1 : end;
    }
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
        let i = start;
        while (isScalarByte(json_slices_byteAt(input, i)))
            i++;
        if (i === start)
            throw unexpected(input, start, 'a value');
        return i;
    }
    const closers = [];
    let i = start;
    for (;;) {
        const { bytes, base } = input;
        const limit = input.limit - base;
        let j = i - base;
        while (j < limit) {
            const c = bytes[j];
            if (c === QUOTE) {
                let k = j + 1;
                while (k < limit) {
                    const d = bytes[k];
                    if (d === QUOTE)
                        break;
                    k += d === BACKSLASH ? 2 : 1;
                }
                if (k >= limit)
                    break; // the string runs past what is loaded: resume at its quote
                j = k + 1;
                continue;
            }
            if (c === OPEN_BRACE)
                closers.push(CLOSE_BRACE);
            else if (c === OPEN_BRACKET)
                closers.push(CLOSE_BRACKET);
            else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                const expected = closers.pop();
                if (expected !== c)
                    throw unexpected(input, base + j, `'${String.fromCharCode(expected)}'`);
                if (closers.length === 0) {
                    const end = base + j + 1;
                    return end - start > maxLength ? -1 : end;
                }
            }
            j++;
        }
        i = base + j;
        if (i - start > maxLength)
            return -1;
        if (!input.more(i)) {
            throw new json_slices_JsonSyntaxError(`Unexpected end of input, expected '${String.fromCharCode(closers.at(-1) ?? 0)}'`, i);
        }
    }
}
/** The UTF-8 text of a slice, which must be loaded (pinned while it was measured). */
function decodeRange(input, start, end) {
    return input.bytes.toString('utf8', start - input.base, end - input.base);
}
/** `JSON.parse` of one loaded slice; its syntax errors become `JsonSyntaxError`s at the slice's start. */
function parseRange(input, start, end) {
    try {
        return JSON.parse(decodeRange(input, start, end));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            throw new json_slices_JsonSyntaxError(`Invalid JSON value (${error.message})`, start);
        throw error;
    }
}
/** Parses the value at `start`: the value and where it ends. */
function json_slices_parseValueAt(input, start) {
    input.pin = start;
    try {
        const end = valueEnd(input, start);
        return { value: parseRange(input, start, end), end };
    }
    finally {
        input.pin = Number.POSITIVE_INFINITY;
    }
}
/**
 * Checks the value at `start` completely and returns its end, keeping nothing: a value up to
 * 1 MiB is parsed whole, a longer object or array is walked and its members or elements checked
 * the same way.
 */
function json_slices_skipValue(input, start) {
    input.pin = start;
    try {
        const end = valueEnd(input, start, PARSE_WHOLE_LIMIT);
        if (end >= 0) {
            parseRange(input, start, end);
            return end;
        }
    }
    finally {
        input.pin = Number.POSITIVE_INFINITY;
    }
    const first = json_slices_byteAt(input, start);
    if (first === OPEN_BRACE)
        return json_slices_forEachMember(input, start, (_name, valueStart) => json_slices_skipValue(input, valueStart));
    if (first === OPEN_BRACKET)
        return json_slices_forEachElement(input, start, (elementStart) => json_slices_skipValue(input, elementStart));
    return json_slices_parseValueAt(input, start).end; // a string longer than the limit
}
/**
 * Walks the object whose `{` is at `start`: for each member, `visit(name, valueStart)` must
 * consume the value (parse or skip it) and return its end. Returns the end of the object.
 * Members are visited in document order, duplicates included.
 */
function json_slices_forEachMember(input, start, visit) {
    if (json_slices_byteAt(input, start) !== OPEN_BRACE)
        throw unexpected(input, start, "'{'");
    let i = skipWhitespace(input, start + 1);
    if (json_slices_byteAt(input, i) === CLOSE_BRACE)
        return i + 1;
    for (;;) {
        if (json_slices_byteAt(input, i) !== QUOTE)
            throw unexpected(input, i, 'a member name');
        const { value: name, end: nameEnd } = json_slices_parseValueAt(input, i);
        i = skipWhitespace(input, nameEnd);
        if (json_slices_byteAt(input, i) !== COLON)
            throw unexpected(input, i, "':'");
        i = skipWhitespace(input, i + 1);
        if (json_slices_byteAt(input, i) < 0)
            throw unexpected(input, i, 'a value');
        i = skipWhitespace(input, visit(name, i));
        const c = json_slices_byteAt(input, i);
        if (c === COMMA) {
            i = skipWhitespace(input, i + 1);
            continue;
        }
        if (c === CLOSE_BRACE)
            return i + 1;
        throw unexpected(input, i, "',' or '}'");
    }
}
/**
 * Walks the array whose `[` is at `start`: `visit(elementStart, index)` must consume the element
 * and return its end. Returns the end of the array.
 */
function json_slices_forEachElement(input, start, visit) {
    if (json_slices_byteAt(input, start) !== OPEN_BRACKET)
        throw unexpected(input, start, "'['");
    let i = skipWhitespace(input, start + 1);
    if (json_slices_byteAt(input, i) === CLOSE_BRACKET)
        return i + 1;
    for (let index = 0;; index++) {
        if (json_slices_byteAt(input, i) < 0)
            throw unexpected(input, i, 'a value');
        i = skipWhitespace(input, visit(i, index));
        const c = json_slices_byteAt(input, i);
        if (c === COMMA) {
            i = skipWhitespace(input, i + 1);
            continue;
        }
        if (c === CLOSE_BRACKET)
            return i + 1;
        throw unexpected(input, i, "',' or ']'");
    }
}
/** The members of the object at `start` as names and value ranges (values are not checked). */
function objectMembers(input, start) {
    const members = [];
    json_slices_forEachMember(input, start, (name, valueStart) => {
        const end = valueEnd(input, valueStart);
        members.push({ name, value: { start: valueStart, end } });
        return end;
    });
    return members;
}
/** The elements of the array at `start` as ranges (values are not checked). */
function arrayElements(input, start) {
    const elements = [];
    json_slices_forEachElement(input, start, (elementStart) => {
        const end = valueEnd(input, elementStart);
        elements.push({ start: elementStart, end });
        return end;
    });
    return elements;
}
/** Where the single top-level value of a document starts. */
function json_slices_documentStart(input) {
    const start = skipWhitespace(input, 0);
    if (json_slices_byteAt(input, start) < 0)
        throw unexpected(input, start, 'a value');
    return start;
}
/** Checks that only whitespace follows the top-level value, which ends at `end`. */
function json_slices_finishDocument(input, end) {
    const rest = skipWhitespace(input, end);
    if (json_slices_byteAt(input, rest) >= 0)
        throw unexpected(input, rest, 'the end of the document');
}
function json_slices_isObjectAt(input, start) {
    return json_slices_byteAt(input, start) === OPEN_BRACE;
}
function json_slices_isArrayAt(input, start) {
    return json_slices_byteAt(input, start) === OPEN_BRACKET;
}

;// CONCATENATED MODULE: ./packages/scan/src/trivy.ts


/** Trivy's JSON report (`--format json`): `SchemaVersion` plus `Results[].Vulnerabilities[]`. */
function trivy_isTrivyReport(json) {
    return isRecord(json) && typeof json.SchemaVersion === 'number' && ('Results' in json || 'ArtifactName' in json);
}
/**
 * Trivy's `Status` values (pkg/types: fixed, affected, under_investigation, will_not_fix,
 * fix_deferred, end_of_life, unknown). Reports from before `Status` existed say only whether
 * there is a `FixedVersion`.
 */
function trivyFixState(status, fixedVersions) {
    switch (status) {
        case 'fixed':
            return 'fixed';
        case 'affected':
        case 'under_investigation':
        case 'fix_deferred':
            return 'not-fixed';
        case 'will_not_fix':
        case 'end_of_life':
            return 'wont-fix';
        default:
            return fixedVersions.length > 0 ? 'fixed' : 'unknown';
    }
}
/** The score of the source Trivy took the severity from, else NVD's, else any; CVSS v3 before v4 before v2. */
function trivyCvssScore(cvss, severitySource) {
    if (!isRecord(cvss))
        return undefined;
    const sources = Object.keys(cvss);
    const preferred = [typeof severitySource === 'string' ? severitySource : '', 'nvd', ...sources];
    for (const source of preferred) {
        const entry = cvss[source];
        if (!isRecord(entry))
            continue;
        for (const key of ['V3Score', 'V40Score', 'V2Score']) {
            const score = entry[key];
            if (typeof score === 'number' && score > 0)
                return score;
        }
    }
    return undefined;
}
/** Trivy joins several fixed versions with ", " in one string. */
function splitFixedVersions(value) {
    if (typeof value !== 'string')
        return [];
    return value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
}
function trivy_parseTrivyReport(json, source) {
    trivy_checkTrivySchemaVersion(json.SchemaVersion, source);
    const results = json.Results ?? [];
    if (!Array.isArray(results))
        throw trivy_trivyResultsNotAList(source);
    const findings = [];
    for (const result of results) {
        if (!isRecord(result))
            continue;
        const vulnerabilities = result.Vulnerabilities;
        if (!Array.isArray(vulnerabilities))
            continue;
        const target = stringOrUndefined(result.Target);
        const type = stringOrUndefined(result.Type) ?? 'unknown';
        for (const vulnerability of vulnerabilities) {
            if (!isRecord(vulnerability))
                continue;
            findings.push(trivy_trivyFinding(vulnerability, type, target));
        }
    }
    return trivy_trivyParsedReport(json, findings);
}
function trivy_checkTrivySchemaVersion(schemaVersion, source) {
    if (schemaVersion !== 2) {
        throw new ConfigurationError(`Report ${source} is a Trivy report with SchemaVersion ${String(schemaVersion)}, but only SchemaVersion 2 is supported.`);
    }
}
function trivy_trivyResultsNotAList(source) {
    return new ConfigurationError(`Report ${source} has a "Results" that is not a list.`);
}
/** The report around its findings: the scanner version (`Trivy`), `ArtifactName` and `Metadata.RepoDigests`. */
function trivy_trivyParsedReport(json, findings) {
    const trivy = isRecord(json.Trivy) ? json.Trivy : {};
    const metadata = isRecord(json.Metadata) ? json.Metadata : {};
    return {
        scanner: { name: 'trivy', version: stringOrUndefined(trivy.Version) ?? 'unknown' },
        findings,
        artifact: {
            name: stringOrUndefined(json.ArtifactName),
            digests: repoDigests(metadata.RepoDigests),
        },
    };
}
/** One entry of a result's `Vulnerabilities`; `type` and `target` come from the result. */
function trivy_trivyFinding(vulnerability, type, target) {
    const id = stringOrUndefined(vulnerability.VulnerabilityID) ?? 'unknown';
    const fixedVersions = splitFixedVersions(vulnerability.FixedVersion);
    const vendorIds = Array.isArray(vulnerability.VendorIDs) ? vulnerability.VendorIDs : [];
    const finding = {
        id,
        aliases: [...new Set(vendorIds.filter((alias) => typeof alias === 'string' && alias !== id))],
        package: {
            name: stringOrUndefined(vulnerability.PkgName) ?? 'unknown',
            version: stringOrUndefined(vulnerability.InstalledVersion) ?? '',
            type,
        },
        fixedVersions,
        fixState: trivyFixState(vulnerability.Status, fixedVersions),
        severity: normaliseSeverity(vulnerability.Severity),
    };
    const score = trivyCvssScore(vulnerability.CVSS, vulnerability.SeveritySource);
    if (score !== undefined)
        finding.cvssScore = score;
    const title = stringOrUndefined(vulnerability.Title);
    if (title)
        finding.title = title;
    const url = stringOrUndefined(vulnerability.PrimaryURL) ?? firstString(vulnerability.References);
    if (url)
        finding.url = url;
    if (target)
        finding.target = target;
    return finding;
}
/** `name@sha256:…` entries → the digests. */
function repoDigests(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((entry) => {
        if (typeof entry !== 'string')
            return [];
        const at = entry.lastIndexOf('@');
        return at >= 0 ? [entry.slice(at + 1)] : [];
    });
}
function firstString(value) {
    return Array.isArray(value) ? value.find((entry) => typeof entry === 'string') : undefined;
}

;// CONCATENATED MODULE: ./packages/scan/src/report.ts





/**
 * Parses a scanner report, whichever of the two formats it is. `source` names the input or file
 * in error messages.
 */
function parseScanReport(text, source) {
    return parseScanReportBytes(Buffer.from(text, 'utf8'), source);
}
function parseReportJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw notJson(source);
    }
}
/** The same as `parseScanReport` for a report already parsed as a whole. */
function parseScanReportJson(json, source) {
    if (isTrivyReport(json))
        return parseTrivyReport(json, source);
    if (isGrypeReport(json))
        return parseGrypeReport(json);
    throw neitherFormat(source);
}
/**
 * Parses a report from its UTF-8 bytes without ever holding it as one string or one object
 * graph: the document is walked with a structural scanner, each vulnerability (Trivy
 * `Results[].Vulnerabilities[]`) or match (Grype `matches[]`) is parsed on its own and turned into
 * a finding at once, and of the other top-level fields only the few the report needs are kept.
 * The result, and every error, is the same as `parseScanReportJson(JSON.parse(text))`; the
 * whole document is checked before any of its content decides an error.
 */
function parseScanReportBytes(bytes, source) {
    return report_parseScanReportInput(JsonBytes.of(bytes), source);
}
/** `parseScanReportBytes` for a report read as it is walked (`JsonBytes.reading`). */
function report_parseScanReportInput(input, source) {
    let document;
    try {
        document = scanReport(input);
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            throw notJson(source);
        throw error;
    }
    const { fields, trivyResults, grypeMatches } = document;
    if (!document.isObject)
        throw neitherFormat(source);
    // isTrivyReport and isGrypeReport, on what the scan kept.
    if (typeof fields.SchemaVersion === 'number' && (document.hasResults || 'ArtifactName' in fields)) {
        checkTrivySchemaVersion(fields.SchemaVersion, source);
        if (trivyResults === 'not-a-list')
            throw trivyResultsNotAList(source);
        return trivyParsedReport(fields, trivyResults ?? []);
    }
    if (Array.isArray(grypeMatches) && (isRecord(fields.descriptor) || isRecord(fields.source))) {
        return grypeParsedReport(fields, grypeMatches);
    }
    throw neitherFormat(source);
}
function notJson(source) {
    return new ConfigurationError(`Report ${source} is not valid JSON.`);
}
function neitherFormat(source) {
    return new ConfigurationError(`Report ${source} is neither a Trivy JSON report (SchemaVersion and Results) nor a Grype JSON report (matches).`);
}
/**
 * One copy of each package name, version, type and fixed version, which thousands of findings
 * share: a report's findings are most of what the step keeps in memory, and the fewer strings of
 * theirs outlive a garbage collection, the smaller the heap stays while they are read.
 */
function stringPool() {
    const strings = new Map();
    const shared = (text) => {
        const known = strings.get(text);
        if (known !== undefined)
            return known;
        strings.set(text, text);
        return text;
    };
    return (finding) => {
        const { package: pkg, fixedVersions } = finding;
        pkg.name = shared(pkg.name);
        pkg.version = shared(pkg.version);
        pkg.type = shared(pkg.type);
        for (let i = 0; i < fixedVersions.length; i++)
            fixedVersions[i] = shared(fixedVersions[i]);
        return finding;
    };
}
/** The top-level fields the two formats read besides their findings. */
const KEPT_FIELDS = new Set(['SchemaVersion', 'ArtifactName', 'Trivy', 'Metadata', 'descriptor', 'source']);
/**
 * One pass over the whole document, checking all of it. Both `Results` and `matches` are read
 * as they are met, before the format is known (`SchemaVersion` may come last); the caller keeps
 * the one the format calls for.
 */
function scanReport(input) {
    const start = documentStart(input);
    const pooled = stringPool();
    const report = {
        isObject: isObjectAt(input, start),
        fields: {},
        hasResults: false,
        trivyResults: undefined,
        grypeMatches: undefined,
    };
    const end = !report.isObject
        ? skipValue(input, start)
        : forEachMember(input, start, (name, valueStart) => {
            if (name === 'Results') {
                report.hasResults = true;
                report.trivyResults = undefined;
                if (isArrayAt(input, valueStart)) {
                    const findings = [];
                    report.trivyResults = findings;
                    return forEachElement(input, valueStart, (resultStart) => readTrivyResult(input, resultStart, findings, pooled));
                }
                // Checked whole by skipValue, so a value starting with `n` is `null`.
                if (byteAt(input, valueStart) !== 0x6e)
                    report.trivyResults = 'not-a-list';
                return skipValue(input, valueStart);
            }
            if (name === 'matches') {
                report.grypeMatches = undefined;
                if (!isArrayAt(input, valueStart))
                    return skipValue(input, valueStart);
                const findings = [];
                report.grypeMatches = findings;
                return forEachElement(input, valueStart, (matchStart) => {
                    const { value, end } = parseValueAt(input, matchStart);
                    const finding = grypeMatchFinding(value);
                    if (finding)
                        findings.push(pooled(finding));
                    return end;
                });
            }
            if (KEPT_FIELDS.has(name)) {
                const { value, end } = parseValueAt(input, valueStart);
                report.fields[name] = value;
                return end;
            }
            return skipValue(input, valueStart);
        });
    finishDocument(input, end);
    return report;
}
/**
 * One element of Trivy's `Results`: its vulnerabilities are appended to `findings` with the
 * result's `Type` and `Target`, which may come before or after `Vulnerabilities`. Returns the end.
 */
function readTrivyResult(input, start, findings, pooled) {
    if (!isObjectAt(input, start))
        return skipValue(input, start);
    let target;
    let type;
    let vulnerabilities;
    const end = forEachMember(input, start, (name, valueStart) => {
        if (name === 'Vulnerabilities') {
            vulnerabilities = undefined;
            if (!isArrayAt(input, valueStart))
                return skipValue(input, valueStart);
            const list = [];
            vulnerabilities = list;
            return forEachElement(input, valueStart, (elementStart) => {
                const { value, end } = parseValueAt(input, elementStart);
                if (isRecord(value))
                    list.push(pooled(trivyFinding(value, 'unknown', undefined)));
                return end;
            });
        }
        if (name === 'Target' || name === 'Type') {
            const { value, end } = parseValueAt(input, valueStart);
            if (name === 'Target')
                target = value;
            else
                type = value;
            return end;
        }
        return skipValue(input, valueStart);
    });
    if (vulnerabilities) {
        // What trivyFinding would have set given them: the type, and the target as its last field.
        const resultTarget = stringOrUndefined(target);
        const resultType = stringOrUndefined(type) ?? 'unknown';
        for (const finding of vulnerabilities) {
            finding.package.type = resultType;
            if (resultTarget)
                finding.target = resultTarget;
            findings.push(finding);
        }
    }
    return end;
}

;// CONCATENATED MODULE: ./packages/scan/src/sarif.ts


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** critical/high fail builds elsewhere, so they are errors; medium a warning; the rest notes. */
function sarifLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'note';
}
// GitHub code scanning reads `security-severity` as a CVSS-like number and bands it:
// ≥ 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
const BANDS = {
    critical: { min: 9.0, max: 10.0, typical: 9.5 },
    high: { min: 7.0, max: 8.9, typical: 8.0 },
    medium: { min: 4.0, max: 6.9, typical: 5.5 },
    low: { min: 0.1, max: 3.9, typical: 2.0 },
    negligible: { min: 0.1, max: 3.9, typical: 1.0 },
    unknown: undefined,
};
/**
 * The `security-severity` for a rule: the CVSS score when it agrees with the scanner's severity
 * (so GitHub shows the same severity as our summary), else a typical score for that severity.
 */
function securitySeverity(severity, cvssScore) {
    const band = BANDS[severity];
    if (!band)
        return undefined;
    const score = cvssScore !== undefined && cvssScore >= band.min && cvssScore <= band.max ? cvssScore : band.typical;
    return score.toFixed(1);
}
const TOOL_URIS = {
    trivy: { name: 'Trivy', uri: 'https://github.com/aquasecurity/trivy' },
    grype: { name: 'Grype', uri: 'https://github.com/anchore/grype' },
};
/**
 * A SARIF 2.1.0 log with one rule per vulnerability id and one result per finding. Container
 * findings have no source line, so each result points at line 1 of the package's file in the
 * image (or the image's repository path), which GitHub code scanning accepts as a location.
 */
function buildSarif(findings, options) {
    const { rules, ruleIndex } = collectRules(findings);
    const imageUri = imageArtifactUri(options.imageRef);
    const run = runShell(options, rules.map(sarifRule));
    run.results = findings.map((finding) => sarifResult(finding, ruleIndex.get(finding.id), imageUri, options));
    return { ...logShell(), runs: [run] };
}
/**
 * The same log as `buildSarif`, as compact JSON text in pieces, so that a report with tens of
 * thousands of findings is written without holding the whole log as objects and one string.
 */
function* sarif_sarifJsonChunks(findings, options, batch = 1000) {
    const { rules, ruleIndex } = collectRules(findings);
    const imageUri = imageArtifactUri(options.imageRef);
    const head = JSON.stringify({ ...logShell(), runs: [runShell(options, [])] });
    // Splice the arrays into the shell: `…"rules":[` + rules + `]…"results":[` + results + `]…`.
    const [beforeRules, afterRules] = splitOnce(head, '"rules":[]');
    const [between, afterResults] = splitOnce(afterRules, '"results":[]');
    yield `${beforeRules}"rules":[`;
    for (let i = 0; i < rules.length; i += batch) {
        const part = rules.slice(i, i + batch).map(sarifRuleJson);
        yield (i > 0 ? ',' : '') + part.join(',');
    }
    yield `]${between}"results":[`;
    const uriOf = lastTargetUri(imageUri);
    for (let i = 0; i < findings.length; i += batch) {
        const part = findings
            .slice(i, i + batch)
            .map((finding) => sarifResultJson(finding, ruleIndex.get(finding.id), uriOf(finding.target), options));
        yield (i > 0 ? ',' : '') + part.join(',');
    }
    yield `]${afterResults}`;
}
function splitOnce(text, marker) {
    const at = text.indexOf(marker);
    return [text.slice(0, at), text.slice(at + marker.length)];
}
function logShell() {
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0' };
}
function runShell(options, rules) {
    const tool = TOOL_URIS[options.scanner.name];
    return {
        tool: { driver: { name: tool.name, informationUri: tool.uri, version: options.scanner.version, rules } },
        results: [],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
        properties: { imageRef: options.imageRef },
    };
}
/** One rule per id, carrying the worst severity any package has for it; `ruleIndex` maps id → index. */
function collectRules(findings) {
    const ruleIndex = new Map();
    const rules = [];
    for (const finding of findings) {
        const index = ruleIndex.get(finding.id);
        if (index === undefined) {
            ruleIndex.set(finding.id, rules.length);
            rules.push(finding);
        }
        else if (severityRank(finding.severity) > severityRank(rules[index].severity)) {
            rules[index] = finding;
        }
    }
    return { rules, ruleIndex };
}
function sarifRule(finding) {
    const summary = finding.title ?? finding.id;
    const properties = {
        tags: ['vulnerability', 'security', finding.severity.toUpperCase()],
        precision: 'very-high',
    };
    const score = securitySeverity(finding.severity, finding.cvssScore);
    if (score !== undefined)
        properties['security-severity'] = score;
    return {
        id: finding.id,
        name: 'ContainerPackageVulnerability',
        shortDescription: { text: summary },
        fullDescription: { text: summary },
        defaultConfiguration: { level: sarifLevel(finding.severity) },
        ...(finding.url ? { helpUri: finding.url } : {}),
        help: { text: ruleHelpText(finding), markdown: ruleHelpMarkdown(finding) },
        properties,
    };
}
const str = JSON.stringify;
/** `JSON.stringify(sarifRule(finding))`, written out: the same text without building the object. */
function sarifRuleJson(finding) {
    const summary = str(finding.title ?? finding.id);
    const score = securitySeverity(finding.severity, finding.cvssScore);
    return (`{"id":${str(finding.id)},"name":"ContainerPackageVulnerability",` +
        `"shortDescription":{"text":${summary}},"fullDescription":{"text":${summary}},` +
        `"defaultConfiguration":{"level":"${sarifLevel(finding.severity)}"},` +
        (finding.url ? `"helpUri":${str(finding.url)},` : '') +
        `"help":{"text":${str(ruleHelpText(finding))},"markdown":${str(ruleHelpMarkdown(finding))}},` +
        `"properties":{"tags":["vulnerability","security",${str(finding.severity.toUpperCase())}],"precision":"very-high"` +
        (score !== undefined ? `,"security-severity":${str(score)}` : '') +
        '}}');
}
function ruleHelpText(finding) {
    return (`Vulnerability ${finding.id}\nSeverity: ${finding.severity}` +
        (finding.aliases.length > 0 ? `\nAliases: ${finding.aliases.join(', ')}` : '') +
        (finding.url ? `\nLink: ${finding.url}` : ''));
}
function ruleHelpMarkdown(finding) {
    return (`**Vulnerability ${finding.id}**\n\n| Severity | Package | Fixed versions | Link |\n| --- | --- | --- | --- |\n` +
        `| ${finding.severity} | ${finding.package.name} | ${finding.fixedVersions.join(', ') || '—'} | ${finding.url ? `[${finding.id}](${finding.url})` : '—'} |`);
}
function sarifResult(finding, ruleIndex, imageUri, options) {
    return {
        ruleId: finding.id,
        ruleIndex,
        level: sarifLevel(finding.severity),
        message: { text: resultMessage(finding, options) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(finding.target) ?? imageUri, uriBaseId: 'ROOTPATH' },
                    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
            },
        ],
        partialFingerprints: { 'shipgateFinding/v1': fingerprint(finding) },
    };
}
/** `JSON.stringify(sarifResult(…))`, written out; `uri` is the artifact location's. */
function sarifResultJson(finding, ruleIndex, uri, options) {
    return (`{"ruleId":${str(finding.id)},"ruleIndex":${ruleIndex},"level":"${sarifLevel(finding.severity)}",` +
        `"message":{"text":${str(resultMessage(finding, options))}},` +
        `"locations":[{"physicalLocation":{"artifactLocation":{"uri":${str(uri)},"uriBaseId":"ROOTPATH"},` +
        '"region":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":1}}}],' +
        `"partialFingerprints":{"shipgateFinding/v1":"${fingerprint(finding)}"}}`);
}
function resultMessage(finding, options) {
    const fixed = finding.fixedVersions.length > 0 ? finding.fixedVersions.join(', ') : 'no fixed version';
    return `Package ${finding.package.name} ${finding.package.version} (${finding.package.type}) in ${options.imageRef} is affected by ${finding.id} (${finding.severity}); fixed: ${fixed}.`;
}
/** No source line to hash: the vulnerability, package and place identify the alert across runs. */
function fingerprint(finding) {
    return hash('sha256', `${finding.id}\0${finding.package.name}\0${finding.package.type}\0${finding.target ?? ''}`, 'hex');
}
/** `fileUri(target) ?? imageUri`, remembering the last target: findings of one result share it. */
function lastTargetUri(imageUri) {
    let lastTarget;
    let lastUri = imageUri;
    return (target) => {
        if (target !== lastTarget) {
            lastTarget = target;
            lastUri = fileUri(target) ?? imageUri;
        }
        return lastUri;
    };
}
/** A package's file inside the image (`/lib/apk/db/installed`, `app/go.mod`) as a relative URI, if it is one. */
function fileUri(target) {
    if (!target || /\s/.test(target))
        return undefined;
    const relative = target.replace(/^\/+/, '');
    return relative ? encodeURI(relative) : undefined;
}
/** `ghcr.io/acme/web@sha256:…` → `ghcr.io/acme/web`: a stable, path-like name for the image. */
function imageArtifactUri(imageRef) {
    const name = imageRef.split('@')[0] ?? imageRef;
    return encodeURI(name.replace(/:[^/:]*$/, ''));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/scan/src/trivy-cli.ts


const trivy_cli_SCAN_TIMEOUT_MS = (/* unused pure expression or super */ null && (30 * 60_000));
function trivyScanArgs(imageRef, outputFile, registry) {
    return [
        'image',
        '--format',
        'json',
        '--output',
        outputFile,
        ...(registry && !registry.tlsVerify ? ['--insecure'] : []),
        imageRef,
    ];
}
const TRIVY_VERSION_ARGS = (/* unused pure expression or super */ null && (['version', '--format', 'json']));
/**
 * `trivy version --format json`: `{ "Version": "0.58.1", "VulnerabilityDB": { "UpdatedAt": … } }`.
 * The DB block is absent before the first download.
 */
function parseTrivyVersion(stdout) {
    let json;
    try {
        json = JSON.parse(stdout);
    }
    catch {
        throw new ConfigurationError('`trivy version --format json` did not print JSON; is this Trivy 0.20 or later?');
    }
    if (!isRecord(json) || typeof json.Version !== 'string') {
        throw new ConfigurationError('`trivy version --format json` printed JSON without a "Version".');
    }
    const db = isRecord(json.VulnerabilityDB) ? json.VulnerabilityDB : {};
    const dbUpdatedAt = stringOrUndefined(db.UpdatedAt);
    return { version: json.Version, ...(dbUpdatedAt ? { dbUpdatedAt } : {}) };
}
/** Registry credentials go to Trivy through its environment, never its arguments. */
function trivyEnv(registry) {
    const env = {};
    if (registry?.username)
        env.TRIVY_USERNAME = registry.username;
    if (registry?.password)
        env.TRIVY_PASSWORD = registry.password;
    return env;
}
async function trivy_cli_trivyVersion({ exec }) {
    const { stdout } = await exec('trivy', TRIVY_VERSION_ARGS, { quiet: true, timeoutMs: 60_000 });
    return parseTrivyVersion(stdout);
}
/** Scans `imageRef` into `outputFile` (Trivy JSON). */
async function trivy_cli_runTrivy({ exec, log }, imageRef, outputFile, registry) {
    log.info(`Scanning ${imageRef} with Trivy`);
    await exec('trivy', trivyScanArgs(imageRef, outputFile, registry), {
        env: trivyEnv(registry),
        timeoutMs: trivy_cli_SCAN_TIMEOUT_MS,
        streamOutput: true,
    });
}

;// CONCATENATED MODULE: ./packages/scan/src/scan-image.ts













/** A `fail` verdict with fail-on-violation: not a user mistake nor a tool failure, but the step still fails. */
class PolicyViolationError extends (/* unused pure expression or super */ null && (ShipgateError)) {
    name = 'PolicyViolationError';
}
/**
 * Scans (or evaluates a given report for) one digest-pinned image, applies the policy and writes
 * the SARIF log and the scan record. Everything the user supplied is read and checked before
 * anything is written.
 */
async function scanImage(options, deps) {
    const names = {
        imageRef: 'image-ref',
        report: 'report',
        ignoreFile: 'ignore-file',
        scanner: 'scanner',
        ...options.inputNames,
    };
    const now = options.now ?? new Date();
    const reference = parseReference(options.imageRef, names.imageRef);
    const ignoreEntries = options.ignoreFile ? await readIgnoreFile(options.ignoreFile, names.ignoreFile) : [];
    let report;
    let reportPath;
    let pinned;
    if (options.reportFile) {
        reportPath = options.reportFile;
        report = await readReport(reportPath, `${reportPath} (input "${names.report}")`, names.report);
        pinned = await pin(reference, options, deps, names.imageRef);
    }
    else {
        const scanner = await chooseScanner(options.scanner, deps.env ?? process.env, names.scanner);
        pinned = await pin(reference, options, deps, names.imageRef);
        await mkdir(options.workDir, { recursive: true });
        reportPath = join(options.workDir, `${scanner}-report.json`);
        const version = await runScanner(scanner, pinned.toString(), reportPath, options.registry, deps);
        report = await readReport(reportPath, reportPath);
        // The version command knows the DB time for Trivy; Grype's report carries its own.
        report.parsed.scanner = {
            ...report.parsed.scanner,
            version: version.version,
            ...(version.dbUpdatedAt ? { dbUpdatedAt: version.dbUpdatedAt } : {}),
        };
    }
    const { parsed } = report;
    const digest = pinned.digest;
    // A warning, not an error: for a multi-platform index the scanner reports the digest of the
    // platform manifest it pulled, which differs from the index digest that is deployed.
    const reportDigests = parsed.artifact.digests;
    if (reportDigests.length > 0 && !reportDigests.includes(digest)) {
        deps.log.warning(`Report ${reportPath} names ${reportDigests.join(', ')}, not the digest of input "${names.imageRef}" (${digest}); expected only when that digest is a multi-platform index.`);
    }
    const policy = {
        severityThreshold: options.severityThreshold,
        reportThreshold: options.reportThreshold,
        ignoreUnfixed: options.ignoreUnfixed,
        ignoreEntries,
        ...(options.ignoreFile ? { ignoreFile: options.ignoreFile } : {}),
    };
    const evaluation = evaluatePolicy(parsed.findings, policy, utcDate(now));
    for (const entry of evaluation.expiredEntries) {
        deps.log.warning(`The ignore ${entry.origin} for ${entry.id} expired on ${entry.expires} and no longer applies; renew it with a reason or fix the vulnerability.`);
    }
    const imageRef = pinned.toString();
    const record = {
        schema: SCAN_RECORD_SCHEMA,
        imageRef,
        digest,
        scanner: parsed.scanner,
        policy: {
            severityThreshold: policy.severityThreshold,
            reportThreshold: policy.reportThreshold,
            ignoreUnfixed: policy.ignoreUnfixed,
            ...(policy.ignoreFile ? { ignoreFile: policy.ignoreFile } : {}),
        },
        counts: evaluation.counts,
        violations: evaluation.violations.map(violationOf),
        ignored: [
            ...evaluation.ignored.map(({ finding, entry }) => ({
                id: finding.id,
                package: finding.package.name,
                reason: entry.reason,
                ...(entry.expires ? { expires: entry.expires } : {}),
            })),
            ...evaluation.expiredEntries.map((entry) => ({
                id: entry.id,
                ...(entry.package ? { package: entry.package } : {}),
                reason: entry.reason,
                ...(entry.expires ? { expires: entry.expires } : {}),
                expired: true,
            })),
        ],
        verdict: evaluation.verdict,
        report: {
            sha256: report.sha256,
            path: reportPath,
            ...(reportDigests.length > 0 ? { digests: reportDigests } : {}),
        },
        createdAt: now.toISOString(),
        findings: parsed.findings.length,
        unfixedIgnored: evaluation.unfixedIgnored,
    };
    await writeChunks(options.sarifFile, sarifJsonChunks(evaluation.reported, { scanner: parsed.scanner, imageRef }, 20));
    await writeJson(options.recordFile, record);
    return {
        record,
        evaluation,
        scanner: parsed.scanner,
        findings: parsed.findings.length,
        sarifFile: options.sarifFile,
        recordFile: options.recordFile,
    };
}
function violationOf(finding) {
    return {
        id: finding.id,
        package: finding.package.name,
        installedVersion: finding.package.version,
        fixedVersions: finding.fixedVersions,
        severity: finding.severity,
    };
}
function parseReference(value, inputName) {
    try {
        return parseImageReference(value);
    }
    catch (error) {
        if (error instanceof ConfigurationError) {
            throw new ConfigurationError(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
}
async function pin(reference, options, deps, inputName) {
    if (reference.digest)
        return reference;
    if (!deps.resolveDigest) {
        throw new ConfigurationError(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${options.imageRef}", and no registry client is available to resolve the tag.`);
    }
    let digest;
    try {
        digest = await deps.resolveDigest(reference, options.registry);
    }
    catch (error) {
        if (error instanceof ConfigurationError)
            throw error;
        const detail = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
        throw new ConfigurationError(`Input "${inputName}" is "${options.imageRef}", a tag that could not be resolved to a digest (${detail}); pin it as repository@sha256:….`);
    }
    deps.log.info(`Resolved ${reference.toString()} to ${digest}`);
    return withDigest(reference, digest);
}
async function chooseScanner(choice, env, inputName = 'scanner') {
    const candidates = choice === 'auto' ? ['trivy', 'grype'] : [choice];
    for (const candidate of candidates)
        if (await isOnPath(candidate, env))
            return candidate;
    throw new ConfigurationError(choice === 'auto'
        ? `Input "${inputName}" is "auto" but neither trivy nor grype is on PATH; install one, or give a scanner report in input "report".`
        : `Input "${inputName}" is "${choice}" but ${choice} is not on PATH; install it, or give a scanner report in input "report".`);
}
async function runScanner(scanner, imageRef, reportPath, registry, deps) {
    const run = { log: deps.log, exec: deps.exec };
    if (scanner === 'trivy') {
        await runTrivy(run, imageRef, reportPath, registry);
        return trivyVersion(run);
    }
    await runGrype(run, imageRef, reportPath, registry);
    return grypeVersion(run);
}
/**
 * Hashes and parses a report in one read of it. The report is never held whole, as bytes, text or
 * objects: it is read a megabyte at a time into a window that the parser walks, each
 * vulnerability parsed on its own, and each piece hashed as it is read.
 */
async function readReport(path, source, inputName) {
    const failed = (error) => (inputName ? unreadable(error, path, inputName, 'report') : error);
    let fd;
    try {
        fd = openSync(path, 'r');
    }
    catch (error) {
        throw failed(error);
    }
    try {
        const hash = createHash('sha256');
        const input = JsonBytes.reading((target, offset, length) => {
            let count;
            try {
                count = readSync(fd, target, offset, length, null); // a directory fails here (EISDIR)
            }
            catch (error) {
                throw failed(error);
            }
            hash.update(target.subarray(offset, offset + count));
            return count;
        });
        // A parsed document has been read to its end (only whitespace may follow it), so all of the
        // file is hashed.
        const parsed = parseScanReportInput(input, source);
        return { parsed, sha256: hash.digest('hex') };
    }
    finally {
        closeSync(fd);
    }
}
async function writeChunks(path, chunks) {
    await mkdir(dirname(path), { recursive: true });
    // Synchronous writes: each piece is encoded into one reused buffer and dropped before the next
    // is built, where queued async writes would keep them all alive (and idle the step) for a 50 MB
    // log. The pieces are small, so none lives long enough to be promoted out of the young heap.
    const fd = openSync(path, 'w');
    const buffer = Buffer.allocUnsafeSlow(1 << 20);
    let used = 0;
    const flush = () => {
        for (let written = 0; written < used;)
            written += writeSync(fd, buffer, written, used - written);
        used = 0;
    };
    const put = (chunk) => {
        // A UTF-16 code unit is at most 3 bytes of UTF-8.
        if (used + chunk.length * 3 > buffer.length)
            flush();
        if (chunk.length * 3 > buffer.length)
            writeSync(fd, chunk);
        else
            used += buffer.write(chunk, used);
    };
    try {
        for (const chunk of chunks)
            put(chunk);
        put('\n');
        flush();
    }
    finally {
        closeSync(fd);
    }
}
async function readIgnoreFile(path, inputName) {
    const text = await readInputFile(path, inputName, 'ignore file');
    return parseIgnoreFile(text, `${path} (input "${inputName}")`);
}
async function readInputFile(path, inputName, what) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        throw unreadable(error, path, inputName, what);
    }
}
function unreadable(error, path, inputName, what) {
    const code = error.code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    return new ConfigurationError(`Input "${inputName}" names the ${what} ${path}, which ${reason}.`);
}
async function writeJson(path, value) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./packages/scan/src/scan-summary.ts


/** The job summary: verdict, counts by severity, violations first, then the ignored ones and why. */
function renderScanSummary(result, options = {}) {
    const visible = options.visibleRows ?? 50;
    const max = options.maxRows ?? 1000;
    const { record, evaluation } = result;
    const summary = new Summary();
    summary.heading(`Scan ${record.verdict === 'pass' ? 'passed' : 'failed'}: ${code(record.imageRef)}`);
    const db = record.scanner.dbUpdatedAt ? `, database of ${record.scanner.dbUpdatedAt}` : '';
    summary.paragraph(`${record.scanner.name} ${escapeHtml(record.scanner.version)}${escapeHtml(db)}. ` +
        `Fails at ${record.policy.severityThreshold} or above; shows ${record.policy.reportThreshold} or above` +
        `${record.policy.ignoreUnfixed ? '; findings without a fix are ignored' : ''}. ` +
        `${result.findings} finding(s) in the report.`);
    summary.table(['Severity', 'Findings'], SEVERITIES.map((severity) => [severity, String(record.counts[severity])]));
    const violations = new Set(evaluation.violations);
    const rows = [...evaluation.violations, ...evaluation.reported.filter((finding) => !violations.has(finding))];
    if (rows.length > 0) {
        summary.heading(evaluation.violations.length > 0 ? `Findings (${evaluation.violations.length} violation(s) first)` : 'Findings', 3);
        addRows(summary, ['', 'ID', 'Package', 'Installed → fixed', 'Severity'], rows, visible, max, (finding) => [
            violations.has(finding) ? '❌' : '',
            scan_summary_link(finding),
            escapeHtml(finding.package.name),
            `${escapeHtml(finding.package.version)} → ${escapeHtml(finding.fixedVersions.join(', ') || 'no fix')}`,
            finding.severity,
        ]);
    }
    else {
        summary.paragraph('No findings at or above the report threshold.');
    }
    if (evaluation.ignored.length > 0) {
        summary.heading(`Ignored (${evaluation.ignored.length})`, 3);
        addRows(summary, ['ID', 'Package', 'Reason', 'Until'], evaluation.ignored, visible, max, (item) => [
            scan_summary_link(item.finding),
            escapeHtml(item.finding.package.name),
            escapeHtml(item.entry.reason),
            item.entry.expires ?? '',
        ]);
    }
    if (evaluation.unfixedIgnored > 0) {
        summary.paragraph(`${evaluation.unfixedIgnored} finding(s) without a fixed version were ignored (ignore-unfixed).`);
    }
    if (evaluation.expiredEntries.length > 0) {
        summary.heading(`Expired ignore entries (${evaluation.expiredEntries.length}): no longer applied`, 3);
        summary.list(evaluation.expiredEntries.map((entry) => `${code(entry.id)} (${entry.origin}) expired ${entry.expires}: ${escapeHtml(entry.reason)}`));
    }
    return summary.toString();
}
function addRows(summary, headers, items, visible, max, row) {
    summary.table(headers, items.slice(0, visible).map(row));
    if (items.length > visible) {
        const rest = items.slice(visible, max);
        const more = new Summary().table(headers, rest.map(row));
        if (items.length > max)
            more.paragraph(`… and ${items.length - max} more; the SARIF file and scan record list all.`);
        summary.details(`${items.length - visible} more`, more.toString().trimEnd());
    }
}
function scan_summary_link(finding) {
    const id = escapeHtml(finding.id);
    return finding.url && /^https?:\/\//.test(finding.url)
        ? `[${id}](${finding.url.replace(/[()\s]/g, encodeURIComponent)})`
        : id;
}
function code(text) {
    return `\`${text.replace(/`/g, '')}\``;
}

;// CONCATENATED MODULE: ./packages/scan/src/index.ts













;// CONCATENATED MODULE: ./packages/gitops/src/refs.ts

/** Where a clone keeps what it fetched of `branch`. */
function refs_remoteTrackingRef(branch) {
    return `refs/remotes/origin/${branch}`;
}
/**
 * The one fetch of this package: `branch` into its tracking ref, with `extra` refspecs beside it
 * (the landing queue), never tags, FETCH_HEAD or maintenance (the clone is thrown away, and under
 * a race every process counts). `--prune` drops what the extra refspecs no longer match. Returns
 * false when the branch does not exist (yet); git's retries of transient failures are `createGit`'s.
 */
async function refs_fetchBranch(git, branch, options) {
    const args = [
        'fetch',
        '--quiet',
        '--no-tags',
        ...(options.prune ? ['--prune'] : []),
        '--no-auto-maintenance',
        '--no-write-fetch-head',
        `--filter=${options.filter}`,
        'origin',
        `+refs/heads/${branch}:${refs_remoteTrackingRef(branch)}`,
        ...(options.extra ?? []),
    ];
    const fetched = await git(args, { ignoreReturnCode: true });
    if (fetched.exitCode === 0)
        return true;
    if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length)
        return false;
    throw new GitCommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}
/** The fetched tip and its tree. */
async function tipOf(git, branch) {
    const ref = refs_remoteTrackingRef(branch);
    const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
    return { commit, tree };
}
/** Whether `commit` is `tip` or one of its ancestors: how a writer finds its own push landed. */
async function isOnBranch(git, commit, tip) {
    const result = await git(['merge-base', '--is-ancestor', commit, tip], { ignoreReturnCode: true });
    return result.exitCode === 0;
}
/** The branch the remote's HEAD points at, or `undefined` for an empty repository. */
async function refs_remoteDefaultBranch(git) {
    const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
    return parseSymref(stdout);
}
/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
function parseSymref(output) {
    const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
    return match?.[1];
}
async function refs_remoteBranchExists(git, branch) {
    const { stdout } = await git(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
    return stdout.split('\n').some((line) => line.endsWith(`\trefs/heads/${branch}`));
}

;// CONCATENATED MODULE: ./packages/gitops/src/deployment.ts
/**
 * The deployment trail: the git trailers a deploy commit carries (../shared/DESIGN.md), and the
 * deployment read back from one commit. Writers and readers both go through these names.
 */
const TRAILER_KEYS = {
    app: 'Shipgate-App',
    environment: 'Shipgate-Environment',
    image: 'Shipgate-Image',
    source: 'Shipgate-Source',
    /** Committer time of the source commit (ISO 8601): orders deploys and gives DORA lead time. */
    sourceTime: 'Shipgate-Source-Time',
    run: 'Shipgate-Run',
    scan: 'Shipgate-Scan',
    configHash: 'Shipgate-Config-Hash',
    rollbackOf: 'Shipgate-Rollback-Of',
    rollbackTo: 'Shipgate-Rollback-To',
    reason: 'Shipgate-Reason',
    /** `true` on a deploy that removed the path's files on purpose (`allow-empty`). */
    removal: 'Shipgate-Removal',
    /** The landing-queue request a replayed deploy came from: its nonce, single-use. */
    request: 'Shipgate-Request',
    approvedBy: 'Approved-by',
};

;// CONCATENATED MODULE: ./packages/gitops/src/trailers.ts


/**
 * A trailer value as one safe line: control characters (newlines above all, which would start a
 * forged trailer or paragraph) become spaces, runs of whitespace collapse.
 */
function sanitizeTrailerValue(value) {
    return value
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
const MAX_SCAN_TRAILER_LENGTH = 500;
/**
 * A `Shipgate-Scan` value handed over as text rather than as a scan record: promote's `scan`
 * output, or the trailer of the deploy a rollback restores. It carries a verdict already recorded
 * in the trail, so it is checked for shape only: one sanitised line that starts with `pass` or
 * `fail`, the verdict promote and the report read back.
 */
function normalizeScanTrailer(value, inputName = 'scan') {
    const clean = sanitizeTrailerValue(value);
    const verdict = clean.split(';')[0]?.trim().toLowerCase();
    if (verdict !== 'pass' && verdict !== 'fail') {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be a Shipgate-Scan value starting with "pass" or "fail" (e.g. "pass; trivy 0.58.1; critical=0 high=2"), got "${clean.slice(0, 80)}".`);
    }
    if (clean.length > MAX_SCAN_TRAILER_LENGTH) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be at most ${MAX_SCAN_TRAILER_LENGTH} characters, got ${clean.length}.`);
    }
    return clean;
}
const SINGLE_VALUED = [
    ['app', TRAILER_KEYS.app],
    ['environment', TRAILER_KEYS.environment],
];
const OPTIONAL_SINGLE = [
    ['source', TRAILER_KEYS.source],
    ['sourceTime', TRAILER_KEYS.sourceTime],
    ['run', TRAILER_KEYS.run],
    ['scan', TRAILER_KEYS.scan],
    ['configHash', TRAILER_KEYS.configHash],
    ['rollbackOf', TRAILER_KEYS.rollbackOf],
    ['rollbackTo', TRAILER_KEYS.rollbackTo],
    ['reason', TRAILER_KEYS.reason],
    ['request', TRAILER_KEYS.request],
];
/** The trailer lines of a deploy commit, in DESIGN.md's order; empty values are left out. */
function formatTrailers(trail) {
    const lines = [];
    const add = (key, value) => {
        const clean = value === undefined ? '' : sanitizeTrailerValue(value);
        if (clean)
            lines.push(`${key}: ${clean}`);
    };
    for (const [field, key] of SINGLE_VALUED)
        add(key, trail[field]);
    for (const ref of trail.imageRefs)
        add(TRAILER_KEYS.image, ref);
    for (const [field, key] of OPTIONAL_SINGLE)
        add(key, trail[field]);
    if (trail.removal)
        add(TRAILER_KEYS.removal, 'true');
    for (const approver of trail.approvedBy)
        add(TRAILER_KEYS.approvedBy, approver);
    return lines;
}
const TRAILER_LIKE = /^\s*(shipgate-[a-z0-9-]*|approved-by)\s*[:=]/i;
/**
 * The full commit message: the rendered template with any line that looks like one of our
 * trailers removed (a template or placeholder value must not forge the trail), then a blank line
 * and the trailer block as the last paragraph, where git looks for trailers.
 */
function buildCommitMessage(message, trail) {
    const kept = message
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((line) => !TRAILER_LIKE.test(line))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const subject = kept || `Deploy ${sanitizeTrailerValue(trail.app)} to ${sanitizeTrailerValue(trail.environment)}`;
    return `${subject}\n\n${formatTrailers(trail).join('\n')}\n`;
}
function parseTrailerLines(lines) {
    const trailers = [];
    for (const line of lines) {
        const match = line.match(/^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.*)$/);
        if (match?.[1] && match[2] !== undefined)
            trailers.push({ key: match[1], value: match[2].trim() });
    }
    return trailers;
}
/**
 * The deployment trail a commit's trailers describe, or `undefined` when it has no
 * `Shipgate-App` and `Shipgate-Environment` (not a deploy commit). Keys match case-insensitively,
 * as git's do; a repeated single-valued key keeps its first value.
 */
function trailFromTrailers(trailers) {
    const values = (key) => trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).map((trailer) => trailer.value);
    const first = (key) => values(key).find((value) => value !== '');
    const app = first(TRAILER_KEYS.app);
    const environment = first(TRAILER_KEYS.environment);
    if (!app || !environment)
        return undefined;
    const trail = {
        app,
        environment,
        imageRefs: values(TRAILER_KEYS.image).filter(Boolean),
        approvedBy: values(TRAILER_KEYS.approvedBy).filter(Boolean),
    };
    for (const [field, key] of OPTIONAL_SINGLE) {
        const value = first(key);
        if (value !== undefined)
            trail[field] = value;
    }
    if (first(TRAILER_KEYS.removal)?.toLowerCase() === 'true')
        trail.removal = true;
    return trail;
}

;// CONCATENATED MODULE: ./packages/gitops/src/history.ts



/**
 * The trail: how deploys are written into and read back from the branch's history (the log
 * format, the deployments reachable from a commit, finding a landed commit by its message).
 */

const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';
/**
 * One record per commit (git log -z separates records with NUL): sha, committer time, subject,
 * then the trailers of the last paragraph, unfolded, separated by 0x1e.
 */
const DEPLOYMENT_LOG_FORMAT = '%H%x1f%cI%x1f%s%x1f%(trailers:only=true,unfold=true,separator=%x1e)';
/**
 * Deployments in `git log -z --format=DEPLOYMENT_LOG_FORMAT` output, in the log's order (newest
 * first). Commits without Shipgate-App/Shipgate-Environment trailers are not deployments.
 */
function parseDeploymentLog(output, filter = {}) {
    const deployments = [];
    for (const record of output.split('\u0000')) {
        const trimmed = record.replace(/^\n+/, '');
        if (!trimmed)
            continue;
        const [commitSha = '', committedAt = '', subject = '', trailerText = ''] = trimmed.split(FIELD);
        if (!/^[0-9a-f]{40,64}$/.test(commitSha))
            continue;
        const trail = trailFromTrailers(parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())));
        if (!trail)
            continue;
        if (filter.app !== undefined && trail.app !== filter.app)
            continue;
        if (filter.environment !== undefined && trail.environment !== filter.environment)
            continue;
        deployments.push({
            ...trail,
            commitSha,
            committedAt,
            kind: trail.rollbackOf ? 'rollback' : 'deploy',
            path: filter.path ?? '',
            subject,
        });
    }
    return deployments;
}
/** The deployments reachable from `ref` in an existing clone, newest first. */
async function history_readDeploymentsFromClone(git, ref, filter = {}) {
    const args = ['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`];
    if (filter.limit)
        args.push(`--max-count=${filter.limit}`);
    args.push(ref);
    if (filter.path)
        args.push('--', filter.path);
    const { stdout } = await git(args);
    return parseDeploymentLog(stdout, filter);
}
/**
 * The deployment history of a GitOps repository, newest first, read without fetching any file
 * content: a treeless partial fetch (commits only) when filtering by trailers, a blobless one when
 * filtering by path (the path filter needs trees). An absent branch has no history.
 */
async function history_readDeployments(options) {
    return withScratchClone(options, { purpose: 'history', bare: true }, async ({ git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch)))
            return [];
        await fetchBranch(git, branch, { filter: options.path ? 'blob:none' : 'tree:0' });
        return history_readDeploymentsFromClone(git, remoteTrackingRef(branch), options);
    });
}
/** The deployments reachable from `tip`, every app and environment, newest first. */
async function readAllDeployments(git, tip) {
    const { stdout } = await git(['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`, tip]);
    return parseDeploymentLog(stdout);
}
/**
 * The commit that landed a deploy between `since` and `tip` (same message, byte for byte), when
 * another writer landed it.
 */
async function findLandedCommit(git, options) {
    const range = options.since ? `${options.since}..${options.tip}` : options.tip;
    const { stdout } = await git(['log', '-z', '--format=%H%x00%B', range]);
    const parts = stdout.split('\u0000');
    for (let index = 0; index + 1 < parts.length; index += 2) {
        const sha = (parts[index] ?? '').replace(/^\n+/, '');
        if (normalizeMessage(parts[index + 1] ?? '') === normalizeMessage(options.message))
            return sha;
    }
    return undefined;
}
function normalizeMessage(message) {
    return message.replace(/\s+$/, '');
}

;// CONCATENATED MODULE: ./packages/gitops/src/objects.ts
/** Writes one commit object (signed with `signing`); returns its id. */
async function writeCommit(git, commit, signing) {
    const args = [
        ...(signing ? ['-c', 'gpg.format=ssh', '-c', `user.signingKey=${signing.key}`] : []),
        'commit-tree',
        commit.tree,
        ...(commit.parent ? ['-p', commit.parent] : []),
        ...(signing ? ['-S'] : []),
        '-F',
        '-',
    ];
    const env = { ...identEnvironment('AUTHOR', commit.author), ...identEnvironment('COMMITTER', commit.committer) };
    return (await git(args, { input: commit.message, env })).stdout.trim();
}
function identEnvironment(role, ident) {
    const match = ident?.match(/^(.*) <([^>]*)> (\d+ [+-]\d{4})$/);
    if (!match)
        return {};
    return {
        [`GIT_${role}_NAME`]: match[1] ?? '',
        [`GIT_${role}_EMAIL`]: match[2] ?? '',
        [`GIT_${role}_DATE`]: `@${match[3]}`,
    };
}
/**
 * A chain of commits on `from` (or from an empty tree), each replacing one path: written by one
 * `git fast-import` (one process for the whole chain, no index). With `signing`, the chain is
 * re-committed with `commit-tree -S` on the trees fast-import built, since fast-import cannot sign.
 * Returns the commits' ids in order. `ref` is only where fast-import leaves the chain.
 */
async function writePathCommits(git, ref, commits, options = {}) {
    const commands = [];
    commits.forEach((commit, index) => {
        const [type, sha] = commit.object?.split(' ') ?? [];
        const path = fastImportPath(commit.path);
        commands.push(`commit ${ref}`, `mark :${index + 1}`, `author ${commit.author}`, `committer ${commit.committer}`, `data ${Buffer.byteLength(commit.message)}`, commit.message, ...(index === 0 && options.from ? [`from ${options.from}`] : []), `D ${path}`, ...(sha ? [`M ${type === 'tree' ? '040000' : '100644'} ${sha} ${path}`] : []), '');
    });
    commits.forEach((_, index) => {
        commands.push(`get-mark :${index + 1}`);
    });
    commands.push('done', '');
    const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: commands.join('\n') });
    const unsigned = stdout.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line));
    if (!options.signing || unsigned.length === 0)
        return unsigned;
    const trees = (await git(['rev-parse', ...unsigned.map((sha) => `${sha}^{tree}`)])).stdout.trim().split('\n');
    const signed = [];
    let parent = options.from;
    for (const [index, commit] of commits.entries()) {
        const tree = trees[index] ?? '';
        parent = await writeCommit(git, { ...commit, tree, parent }, options.signing);
        signed.push(parent);
    }
    return signed;
}
/** fast-import takes a path to the end of the line; only a leading quote needs C-style quoting. */
function fastImportPath(path) {
    return path.startsWith('"') ? `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : path;
}
/**
 * The content of `paths` at `commit` (only those that are files there): one `ls-tree` to find
 * them, then one `cat-file` for each that exists (a rule file is small, and usually absent).
 */
async function readFilesAt(git, commit, paths) {
    const files = new Map();
    if (paths.length === 0)
        return files;
    const { stdout } = await git(['ls-tree', '-z', commit, '--', ...paths]);
    const blobs = [];
    for (const entry of stdout.split('\0')) {
        const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
        if (match?.[1] && match[2] && paths.includes(match[2]))
            blobs.push({ path: match[2], sha: match[1] });
    }
    const contents = await Promise.all(blobs.map((blob) => git(['cat-file', 'blob', blob.sha])));
    blobs.forEach((blob, index) => {
        files.set(blob.path, contents[index]?.stdout ?? '');
    });
    return files;
}
/**
 * Every file below `treeish` (`<commit>:<path>`), by its path relative to it, in two processes: one
 * `ls-tree -r` and one `cat-file --batch` for all the blobs. Blobs not in the clone are fetched
 * lazily by git. Contents are read as text (what a deploy path holds: YAML).
 */
async function readTreeFiles(git, treeish) {
    const files = new Map();
    const listed = await git(['ls-tree', '-r', '-z', treeish], { ignoreReturnCode: true });
    if (listed.exitCode !== 0)
        return files;
    const blobs = listed.stdout.split('\0').flatMap((entry) => {
        const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
        return match?.[1] && match[2] ? [{ sha: match[1], path: match[2] }] : [];
    });
    if (blobs.length === 0)
        return files;
    const batch = Buffer.from((await git(['cat-file', '--batch'], { input: `${blobs.map((blob) => blob.sha).join('\n')}\n` })).stdout);
    let offset = 0;
    for (const blob of blobs) {
        const headerEnd = batch.indexOf(10, offset);
        const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
        if (headerEnd < 0 || !Number.isInteger(size))
            break;
        files.set(blob.path, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/gitops/src/push.ts

function parsePushPorcelain(stdout) {
    const refs = [];
    for (const line of stdout.split('\n')) {
        const match = line.match(/^([ +\-*!=])\t([^\t:]*):([^\t]+)\t(.*)$/);
        if (!match)
            continue;
        const [, flag = '', from = '', to = '', rest = ''] = match;
        const reasonMatch = rest.match(/^(.*?)\s*\((.*)\)\s*$/);
        refs.push({
            flag,
            from,
            to,
            summary: (reasonMatch?.[1] ?? rest).trim(),
            ...(reasonMatch?.[2] ? { reason: reasonMatch[2] } : {}),
        });
    }
    return refs;
}
// Reasons git and receive-pack give when another push won: the client saw the new tip first
// (fetch first, non-fast-forward, stale info), or the server lost the ref-lock or
// compare-and-swap during its update ("failed to update ref", "cannot lock ref …").
const RACE_REASON = /^(fetch first|non-fast-forward|stale info|failed to update ref|failed to lock|cannot lock ref|incorrect old value|unable to lock|reference already exists|already exists)/i;
const ATOMIC_COLLATERAL = /^atomic (push|transaction) failed$/i;
/**
 * What a `git push --porcelain` run means. Only the reasons above are retried as races; a
 * pre-receive hook that declines (protected branch, policy) is fatal even though a test hook
 * could decline at random, because a hook's "no" is the server's decision, not a race. (The test
 * server's random rejections take a real ref lock, so they surface as "failed to update ref".)
 */
function classifyPush(result) {
    const refs = parsePushPorcelain(result.stdout);
    const rejected = refs.filter((ref) => ref.flag === '!');
    if (result.exitCode === 0 && rejected.length === 0)
        return { kind: 'pushed' };
    const remoteMessage = remoteLines(result.stderr);
    if (rejected.length > 0) {
        const describe = (ref) => `${ref.to}: ${ref.summary}${ref.reason ? ` (${ref.reason})` : ''}${remoteMessage ? ` — ${remoteMessage}` : ''}`;
        // In an atomic push every ref fails with the one that caused it: judge by the cause. When the
        // server's transaction failed, no ref names a cause and stderr holds the lock error: a race.
        const causes = rejected.filter((ref) => !ATOMIC_COLLATERAL.test(ref.reason ?? ''));
        const fatal = causes.find((ref) => !RACE_REASON.test(ref.reason ?? ''));
        if (fatal)
            return { kind: 'fatal', message: describe(fatal) };
        return { kind: 'race', message: describe((causes[0] ?? rejected[0])) };
    }
    const lastLine = lastLineOf(result.stderr) || `git push exited with code ${result.exitCode}`;
    if (isTransientGitFailure(result.stderr)) {
        return { kind: 'transient', message: lastLine };
    }
    return { kind: 'fatal', message: lastLine };
}
/** What the server said (`remote: …` lines), joined into one line. */
function remoteLines(stderr) {
    return stderr
        .split('\n')
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line.replace(/^remote:\s*/, '').trim())
        .filter(Boolean)
        .join(' ')
        .slice(0, 500);
}
function lastLineOf(text) {
    const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('hint:'));
    return lines.at(-1) ?? '';
}
/**
 * The one push of this package: every update in one `git push --porcelain`, all or nothing with
 * `atomic`, hooks of this clone skipped, and the outcome classified (see `classifyPush`). Callers
 * keep a push to a bounded number of refs, so its command line stays far below the OS limit.
 */
async function pushRefs(git, updates, options = {}) {
    const args = [
        'push',
        '--porcelain',
        ...(options.atomic ? ['--atomic'] : []),
        '--no-verify',
        ...updates.flatMap((update) => (update.lease ? [`--force-with-lease=${update.ref}:${update.lease}`] : [])),
        'origin',
        ...updates.map((update) => `${update.force ? '+' : ''}${update.from ?? ''}:${update.ref}`),
    ];
    return classifyPush(await git(args, { ignoreReturnCode: true }));
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy-order.ts
/**
 * The no-stale-overwrite rule. `history` is the (app, environment)'s deployments, newest first.
 * A candidate is refused when its source is older than the current deployment's; and when the
 * current deployment is a rollback, also when it is the rolled-back source or older than it, so a
 * late retry of the bad build cannot undo the rollback. A newer source proceeds. Sources without
 * a time cannot be ordered and are allowed. `allowDowngrade` (rollback itself) skips the rule.
 */
function checkDeployOrder(history, candidate) {
    if (candidate.allowDowngrade)
        return { allowed: true };
    const current = history[0];
    if (!current)
        return { allowed: true };
    const candidateTime = timeOf(candidate.sourceTime);
    const currentTime = timeOf(current.sourceTime);
    if (candidateTime !== undefined && currentTime !== undefined && candidateTime < currentTime) {
        return {
            allowed: false,
            reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is older than the deployed ${current.source ?? current.commitSha} (${current.sourceTime})`,
        };
    }
    if (current.kind === 'rollback' && current.rollbackOf) {
        const rolledBack = history.find((deployment) => deploy_order_sameCommit(deployment.commitSha, current.rollbackOf ?? ''));
        if (rolledBack) {
            if (candidate.source && rolledBack.source && sameSource(candidate.source, rolledBack.source)) {
                return {
                    allowed: false,
                    reason: `source ${candidate.source} was rolled back by ${current.commitSha.slice(0, 12)}`,
                };
            }
            const rolledBackTime = timeOf(rolledBack.sourceTime);
            if (candidateTime !== undefined && rolledBackTime !== undefined && candidateTime <= rolledBackTime) {
                return {
                    allowed: false,
                    reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is not newer than ${rolledBack.source ?? rolledBack.commitSha} (${rolledBack.sourceTime}), which was rolled back by ${current.commitSha.slice(0, 12)}`,
                };
            }
        }
    }
    return { allowed: true };
}
function timeOf(value) {
    if (!value)
        return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
}
function deploy_order_sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x.length >= 7 && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
}
/** `owner/repo@sha` equality that accepts an abbreviated sha on either side. */
function sameSource(a, b) {
    const [repoA = '', shaA = ''] = splitSource(a);
    const [repoB = '', shaB = ''] = splitSource(b);
    if (repoA.toLowerCase() !== repoB.toLowerCase())
        return false;
    return shaA && shaB ? deploy_order_sameCommit(shaA, shaB) || shaA === shaB : a === b;
}
function splitSource(source) {
    const at = source.lastIndexOf('@');
    return at < 0 ? [source, ''] : [source.slice(0, at), source.slice(at + 1)];
}

;// CONCATENATED MODULE: ./packages/gitops/src/dora.ts
const DAY_MS = (/* unused pure expression or super */ null && (24 * 60 * 60 * 1000));
/** The metrics over `deployments` (one environment's history, in any order). */
function dora_computeDoraMetrics(deployments, window) {
    const since = window.since.getTime();
    const until = window.until.getTime();
    if (!(until > since))
        throw new RangeError('The metrics window must end after it starts.');
    const inWindow = (time) => time >= since && time < until;
    const timeOf = (deployment) => Date.parse(deployment.committedAt);
    const deploys = deployments.filter((d) => d.kind === 'deploy' && inWindow(timeOf(d)));
    const rollbacksKnown = deployments.filter((d) => d.kind === 'rollback' && timeOf(d) < until);
    const rollbacks = rollbacksKnown.filter((d) => inWindow(timeOf(d)));
    const leadTimes = deploys.flatMap((deploy) => {
        const sourceTime = deploy.sourceTime ? Date.parse(deploy.sourceTime) : Number.NaN;
        return Number.isNaN(sourceTime) ? [] : [Math.max(0, timeOf(deploy) - sourceTime)];
    });
    const rolledBack = new Set(rollbacksKnown.flatMap((r) => (r.rollbackOf ? [r.rollbackOf] : [])));
    const failedDeploys = deploys.filter((deploy) => isNamedIn(rolledBack, deploy.commitSha)).length;
    const restoreTimes = rollbacks.flatMap((rollback) => {
        const failed = rollback.rollbackOf ? findByCommit(deployments, rollback.rollbackOf) : undefined;
        return failed ? [Math.max(0, timeOf(rollback) - timeOf(failed))] : [];
    });
    const days = (until - since) / DAY_MS;
    return {
        deploys: deploys.length,
        rollbacks: rollbacks.length,
        deploysPerDay: deploys.length / days,
        deploysPerWeek: (deploys.length / days) * 7,
        leadTime: {
            samples: leadTimes.length,
            medianMs: percentile(leadTimes, 50),
            p90Ms: percentile(leadTimes, 90),
        },
        failedDeploys,
        changeFailureRate: deploys.length === 0 ? null : failedDeploys / deploys.length,
        timeToRestore: { samples: restoreTimes.length, medianMs: percentile(restoreTimes, 50) },
    };
}
/**
 * The p-th percentile (0–100) with linear interpolation between closest ranks, or `null` for no
 * values: rank = p/100 · (n − 1) over the sorted values.
 */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    const low = sorted[lower];
    return low + (sorted[upper] - low) * (rank - lower);
}
/** Trailers may hold an abbreviated sha; a full sha matches any unambiguous prefix of it. */
function dora_sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x.length < 7 || y.length < 7)
        return x === y;
    return x.startsWith(y) || y.startsWith(x);
}
function isNamedIn(shas, commitSha) {
    for (const sha of shas)
        if (dora_sameCommit(sha, commitSha))
            return true;
    return false;
}
function findByCommit(deployments, sha) {
    return deployments.find((d) => dora_sameCommit(d.commitSha, sha));
}

;// CONCATENATED MODULE: ./packages/gitops/src/rules.ts



/**
 * The rules a deploy must pass on the tip it lands on, in one function (`checkDeployRules`) that
 * the writer applies when it lands alone and the queue's leader applies to every request it lands:
 * the expected current deployment (rollback), the no-stale-overwrite rule, and that a path does
 * not hold other deployments. Checks that need more (policy, approvals) go here too; they get the
 * same context, with the files at the tip they declare in `RULE_FILES`.
 */
/** Files at the tip the rules read; the writer and the leader load them once per tip (absent → missing). */
const RULE_FILES = ['.shipgate/policy.yaml'];
/**
 * Whether a rule reads `DeployRuleContext.files` of queued deploys: the leader then reads every
 * queued tree's files (a process per request) before it plans the landing. No rule here does yet;
 * a rule that does sets this. (The writer landing alone always has them: they are its source files.)
 */
const RULES_READ_QUEUED_FILES = false;
/** Every rule, in order; the first that does not allow decides. */
function checkDeployRules(context) {
    const { deploy } = context;
    const history = context.history.filter((deployment) => deployment.app === deploy.app && deployment.environment === deploy.environment);
    const expected = deploy.expectCurrentCommit;
    const current = history[0]?.commitSha;
    if (expected !== undefined && !(current && dora_sameCommit(current, expected))) {
        return {
            verdict: 'fail',
            error: new errors/* ShipgateError */.Yu(`The current deployment of ${deploy.app} in ${deploy.environment} is now ${current?.slice(0, 12) ?? 'none'}, not ${expected.slice(0, 12)} as planned, because another deploy landed in between; nothing was pushed, so check the new deployment and run again.`),
        };
    }
    const order = checkDeployOrder(history, {
        source: deploy.source,
        sourceTime: deploy.sourceTime,
        allowDowngrade: deploy.allowDowngrade,
    });
    if (!order.allowed)
        return { verdict: 'refuse', reason: order.reason };
    const held = otherDeploymentBelow(deploy, context.history);
    if (held) {
        return {
            verdict: 'fail',
            error: new errors/* ConfigurationError */.j1(`Input "path" is "${deploy.path}", which holds ${held}; a deploy replaces its whole path, so name the path of ${deploy.app} in ${deploy.environment} alone.`),
        };
    }
    return { verdict: 'allow' };
}
/**
 * Another app's or environment's deploy path below `deploy.path`: where the trail wrote it (a
 * request's path, as the leader knows it), else its default `apps/<app>/<environment>`.
 */
function otherDeploymentBelow(deploy, history) {
    const prefix = `${deploy.path}/`;
    for (const deployment of history) {
        if (deployment.app === deploy.app && deployment.environment === deploy.environment)
            continue;
        const path = deployment.path || `apps/${deployment.app}/${deployment.environment}`;
        if (path === deploy.path || path.startsWith(prefix)) {
            return `${path} (${deployment.app} in ${deployment.environment}, ${deployment.commitSha.slice(0, 12)})`;
        }
    }
    return undefined;
}
/**
 * Whether a deploy may wait in the landing queue to be replayed by another writer, and why not.
 * A replay sets the path to exactly the queued tree on whatever tip it lands, so only a deploy that
 * replaces its path entirely and asks nothing of the tip but the rules above can queue.
 */
function mayQueue(deploy) {
    if (deploy.mode !== 'push')
        return { queue: false, reason: 'a pull-request deploy has a branch of its own' };
    if (!deploy.prune)
        return { queue: false, reason: 'prune: false merges into what the path holds on the tip' };
    if (deploy.allowDowngrade)
        return { queue: false, reason: 'allow-downgrade is decided by its own writer' };
    if (deploy.expectCurrentCommit)
        return { queue: false, reason: 'a rollback expects one current deployment' };
    return { queue: true };
}
/**
 * The no-stale-overwrite and expected-current checks alone, as the writer used to call them:
 * the reason a deploy is refused; throws when the deployment planned against is no longer current.
 */
function checkHistory(history, options) {
    const decision = checkDeployRules({
        deploy: { imageRefs: [], approvedBy: [], path: '', ...options },
        tip: undefined,
        history,
        tipFiles: new Map(),
        landing: 'alone',
    });
    if (decision.verdict === 'fail')
        throw decision.error;
    return decision.verdict === 'refuse' ? decision.reason : undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/write-tree.ts



/**
 * The repository path an input names, normalised (`apps/web/prod`), or a ConfigurationError when
 * it could leave the repository or touch git's own data: absolute, `..`, `.git`, empty.
 */
function write_tree_confineRepositoryPath(path, inputName = 'path') {
    const raw = path.trim().replace(/\\/g, '/');
    if (!raw)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must not be empty.`);
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || (0,external_node_path_.isAbsolute)(raw)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be relative to the repository root, got "${path}".`);
    }
    const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must not contain "..", got "${path}".`);
    if (parts.some((part) => part.toLowerCase() === '.git')) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must not point into .git, got "${path}".`);
    }
    if (parts.length === 0)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must name a directory below the root.`);
    if (parts.some((part) => /[\u0000-\u001f]/.test(part))) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must not contain control characters.`);
    }
    return parts.join('/');
}
/**
 * Every file below `sourceDir`, sorted. Symlinks are followed only when they stay inside
 * `sourceDir` (their content is written as a regular file); one that leaves it is a
 * ConfigurationError, raised before anything is written.
 */
async function listSourceFiles(sourceDir, inputName = 'source-dir') {
    let root;
    try {
        root = await (0,promises_.realpath)(sourceDir);
        if (!(await (0,promises_.lstat)(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${sourceDir}, which is not a directory.`);
    }
    const files = [];
    // `dir` is where entries are read; `prefix` is the name they are written under (a symlinked
    // directory keeps the link's name). `ancestors` stops symlink loops.
    const walk = async (dir, prefix, ancestors) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.name === '.git') {
                throw new errors/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}; a .git entry cannot be deployed.`);
            }
            let target = path;
            if (entry.isSymbolicLink()) {
                let resolved;
                try {
                    resolved = await (0,promises_.realpath)(path);
                }
                catch {
                    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink to ${await (0,promises_.readlink)(path)} that does not exist.`);
                }
                if (!isInside(root, resolved)) {
                    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink that leaves the directory (to ${resolved}).`);
                }
                target = resolved;
            }
            const stat = await (0,promises_.lstat)(target);
            if (stat.isDirectory()) {
                if (ancestors.has(target)) {
                    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink loop.`);
                }
                await walk(target, relativePath, new Set([...ancestors, target]));
                continue;
            }
            if (!stat.isFile()) {
                throw new errors/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, which is not a regular file.`);
            }
            files.push({ relativePath, absolutePath: target });
        }
    };
    await walk(root, '', new Set([root]));
    return files;
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Makes `repoDir/path` hold exactly the source files (with `prune`), or adds and overwrites them
 * (without). Only ever writes below `repoDir/path`.
 */
async function writeTargetDirectory(repoDir, path, files, prune) {
    const target = (0,external_node_path_.resolve)(repoDir, path);
    if (!isInside(repoDir, target) || target === (0,external_node_path_.resolve)(repoDir)) {
        throw new errors/* ConfigurationError */.j1(`Input "path" must name a directory inside the repository.`);
    }
    if (prune)
        await (0,promises_.rm)(target, { recursive: true, force: true });
    for (const file of files) {
        const destination = (0,external_node_path_.resolve)(target, file.relativePath);
        if (!isInside(target, destination)) {
            throw new errors/* ConfigurationError */.j1(`Source file ${file.relativePath} would be written outside "path".`);
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        await (0,promises_.rm)(destination, { force: true, recursive: true });
        await (0,promises_.copyFile)(file.absolutePath, destination);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/landing-queue.ts










/**
 * The landing queue: how a crowd of writers on one branch land in a few pushes instead of one
 * after another.
 *
 * A writer that loses the race for the branch does not start over alone. It posts its deploy as a
 * request under `refs/shipgate/queue/<id>`: a signed tag saying which branch and path it is for,
 * on a commit that holds the deploy's message and nothing but the path's tree. The writer of the
 * oldest request then lands the whole queue: on the current tip it replays each request as a
 * commit of its own (the deploy's author, message and trailers; the path's tree becomes exactly
 * the queued one), checks each against the no-stale-overwrite rule as its writer would, and pushes
 * the new tip atomically with the deletion of every request it settled. The other writers only
 * look, and find their request gone and their commit on the branch. History stays linear and
 * every deploy keeps its own commit.
 */
const LANDING_QUEUE_PREFIX = 'refs/shipgate/queue/';
const LOCAL_QUEUE_PREFIX = 'refs/remotes/shipgate-queue/';
/**
 * How long a request may be landed by others. Its writer takes it back after half of this at the
 * latest, so a request still there afterwards belongs to a writer that died: it is deleted
 * unlanded, and a cancelled run's deploy cannot land long after the fact.
 */
const LANDING_REQUEST_TTL_MS = 5 * 60_000;
/**
 * Backoff between landing rounds once a deploy is queued. Any writer's winning push lands every
 * queued deploy, so losing one is cheap and the next look should come soon; the jitter still keeps
 * a crowd of queued writers from fetching at the same instant.
 */
const LANDING_RETRY = {
    baseDelayMs: 50,
    maxDelayMs: 2_000,
    factor: 2,
};
/**
 * Between looks at the queue. The leader looks again soon while it lets a growing queue settle.
 * The others wait longer the longer the queue: each look is a fetch, and on a machine they share,
 * a crowd looking often takes the CPU the leader's landing needs; a short queue lands quickly, so
 * its writers look often. Equal jitter keeps any look from coming back almost at once.
 */
const LANDING_LOOK = {
    leaderMs: 300,
    perRequestMs: 80,
    minMs: 300,
    maxMs: 2_500,
};
/** The wait before the next look at the queue, for the leader or for a writer waiting on it. */
function landingLookDelay(wait, random = Math.random) {
    const ceiling = wait.leading
        ? LANDING_LOOK.leaderMs
        : Math.min(LANDING_LOOK.maxMs, Math.max(LANDING_LOOK.minMs, LANDING_LOOK.perRequestMs * wait.pending));
    return backoffDelay(1, { baseDelayMs: ceiling, maxDelayMs: ceiling, jitter: 'equal' }, random);
}
/**
 * How long a leader lets a growing queue settle before it lands it anyway (counted from its own
 * request): a crowd that lost the same race queues within about this time.
 */
const LANDING_SETTLE_MS = 3_000;
/**
 * How long a queued writer leaves the landing to the same leader before it lands the queue itself
 * (the leader's runner may have died): longer than a leader may wait for the queue to settle plus
 * a few of its rounds on a busy machine.
 */
const LANDING_LEADER_GRACE_MS = 8_000;
const REQUEST_SUBJECT = 'Shipgate landing request';
/** How far a request's times may lie ahead of a reader's clock before it is junk (clocks differ a little). */
const LANDING_CLOCK_SKEW_MS = 60_000;
/** Requests one landing push takes at most (oldest first): the rest wait for the next push. */
const MAX_LANDING_REQUESTS = 32;
/** Junk requests one writer deletes per round at most, in one push. */
const JUNK_BATCH = 100;
function formatLandingRequest(request) {
    const time = (ms) => new Date(ms).toISOString();
    const nonce = request.nonce ? `nonce: ${request.nonce}\n` : '';
    const signature = request.signature ? `signature: ${request.signature}\n` : '';
    return `${REQUEST_SUBJECT}\n\nbranch: ${request.branch}\npath: ${request.path}\nqueued: ${time(request.queuedAt)}\nexpires: ${time(request.expiresAt)}\n${nonce}${signature}`;
}
function parseLandingRequest(message) {
    if (!message.startsWith(REQUEST_SUBJECT))
        return undefined;
    const field = (name) => message.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1]?.trim();
    const branch = field('branch');
    const path = field('path');
    const queuedAt = Date.parse(field('queued') ?? '');
    const expiresAt = Date.parse(field('expires') ?? '');
    const nonce = field('nonce');
    const signature = field('signature');
    if (!branch || !path || Number.isNaN(queuedAt) || Number.isNaN(expiresAt))
        return undefined;
    return { branch, path, queuedAt, expiresAt, ...(nonce ? { nonce } : {}), ...(signature ? { signature } : {}) };
}
/**
 * The HMAC-SHA256 that lets a writer trust another's request: over everything the request asks
 * (its ref name and nonce included, so a copy under another name does not verify) and the commit it
 * carries (whose id binds the path's tree, the message and the author). Anyone
 * who can push `refs/shipgate/queue/*` can queue a request, but only one signed with the key the
 * writers share is landed by another writer; otherwise write access to the repository would be
 * enough to get a deploy onto a branch only the pipelines' token may push to, with no approval.
 */
function landingSignature(key, request, commit) {
    const signed = [
        'shipgate landing request v2',
        request.ref ?? '',
        request.nonce ?? '',
        request.branch,
        request.path,
        String(request.queuedAt),
        String(request.expiresAt),
        commit,
    ].join('\n');
    return (0,external_node_crypto_.createHmac)('sha256', key).update(signed).digest('hex');
}
/**
 * Whether a writer holding `key` may land `entry`: signed with that key; with no key (no token:
 * a local repository), unsigned only.
 */
function isTrustedRequest(entry, key) {
    if (!key)
        return entry.signature === undefined;
    if (!entry.signature || !/^[0-9a-f]{64}$/.test(entry.signature))
        return false;
    // The nonce in the tag must be the one the deploy commit carries, or a copy could dodge the trail.
    if (entry.nonce !== entry.trail?.request)
        return false;
    const expected = Buffer.from(landingSignature(key, entry, entry.commit), 'hex');
    return (0,external_node_crypto_.timingSafeEqual)(expected, Buffer.from(entry.signature, 'hex'));
}
const landing_queue_FIELD = '\u0000';
/** for-each-ref ends each record with a newline; a NUL before it cannot occur inside a message. */
const RECORD_END = '\u0000\n';
const QUEUE_LISTING_FORMAT = [
    '%(refname)',
    '%(objectname)',
    '%(*objectname)',
    '%(contents)',
    '%(*author)',
    '%(*committername) %(*committeremail)',
    '%(*trailers:only=true,unfold=true,separator=%x1e)',
    '%(*contents)',
].join('%00');
function isConfinedPath(path) {
    try {
        return write_tree_confineRepositoryPath(path) === path;
    }
    catch {
        return false;
    }
}
/** `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output → requests; anything malformed is left out. */
function parseQueueListing(stdout) {
    const queued = [];
    for (const record of stdout.split(RECORD_END)) {
        const [localRef = '', tag = '', commit = '', tagMessage = '', author, committer, trailers, message] = record
            .replace(/^\n+/, '')
            .split(landing_queue_FIELD);
        if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || message === undefined)
            continue;
        const request = parseLandingRequest(tagMessage);
        if (!request || !/^[0-9a-f]{40,64}$/.test(tag) || !/^[0-9a-f]{40,64}$/.test(commit))
            continue;
        // Only a path a writer could have asked for: a request is data from the server.
        if (!isConfinedPath(request.path))
            continue;
        const id = localRef.slice(LOCAL_QUEUE_PREFIX.length);
        queued.push({
            ...request,
            id,
            ref: `${LANDING_QUEUE_PREFIX}${id}`,
            tag,
            commit,
            message,
            author: author ?? '',
            committer: committer ?? '',
            trail: trailFromTrailers(parseTrailerLines((trailers ?? '').split('\u001e').map((line) => line.trim()))),
        });
    }
    return queued;
}
/**
 * Every ref of a queue listing that is junk at `now`: not a request (malformed, a path no writer
 * could ask for, not a tag on a commit), or one whose times lie further ahead than a writer sets
 * them (an expiry in the year 9999 would keep it, and make every writer download it, forever).
 */
function queueJunk(stdout, now) {
    const valid = new Map(parseQueueListing(stdout).map((entry) => [entry.ref, entry]));
    const junk = [];
    for (const record of stdout.split(RECORD_END)) {
        const [localRef = '', object = ''] = record.replace(/^\n+/, '').split(landing_queue_FIELD);
        if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || !/^[0-9a-f]{40,64}$/.test(object))
            continue;
        const ref = `${LANDING_QUEUE_PREFIX}${localRef.slice(LOCAL_QUEUE_PREFIX.length)}`;
        const entry = valid.get(ref);
        const tooLong = entry !== undefined &&
            (entry.expiresAt > now + LANDING_REQUEST_TTL_MS + LANDING_CLOCK_SKEW_MS ||
                entry.queuedAt > now + LANDING_CLOCK_SKEW_MS);
        if (!entry || tooLong)
            junk.push({ ref, object });
    }
    return junk;
}
/**
 * Publishes a deploy as a landing request for `path` on `branch`: a tag saying which branch and
 * path (signed with `key`), on a commit with the deploy's message that holds nothing but the
 * path's tree. Nothing in it refers to the branch's history: a commit on the tip we lost with
 * would make git send all the history it cannot prove the server has (the winner's tip is unknown
 * here), fetching it lazily only to send it back. The ref is new and ours alone, so this push
 * cannot lose a race; a failure is returned for the caller to carry on without the queue.
 *
 * @param pathTree the deploy's tree at `path`; `undefined` when the deploy empties the path
 * @param identity `Name <email>` of the author, committer and tagger
 */
async function announceDeploy(git, options) {
    const id = (0,external_node_crypto_.randomBytes)(10).toString('hex');
    const nonce = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const ref = `${LANDING_QUEUE_PREFIX}${id}`;
    const ident = `${options.identity} ${Math.floor(options.now / 1000)} +0000`;
    // The nonce goes into the deploy's own trail, so the branch shows once the request is spent.
    const message = `${options.message.replace(/\s+$/, '')}\nShipgate-Request: ${nonce}\n`;
    const [commit = ''] = await writePathCommits(git, 'refs/shipgate/request', [
        {
            author: ident,
            committer: ident,
            message,
            path: options.path,
            object: options.pathTree ? `tree ${options.pathTree}` : undefined,
        },
    ]);
    const request = {
        branch: options.branch,
        path: options.path,
        queuedAt: options.now,
        expiresAt: options.now + LANDING_REQUEST_TTL_MS,
        nonce,
    };
    if (options.key)
        request.signature = landingSignature(options.key, { ...request, ref }, commit);
    const tagObject = [
        `object ${commit}`,
        'type commit',
        `tag shipgate-queue-${id}`,
        `tagger ${ident}`,
        '',
        formatLandingRequest(request),
    ].join('\n');
    const tag = (await git(['mktag'], { input: tagObject })).stdout.trim();
    const pushed = await pushRefs(git, [{ ref, from: tag }]);
    if (pushed.kind === 'pushed')
        return { queued: { id, ref, tag, queuedAt: options.now, message } };
    // A push whose reply was lost may have queued it all the same: take it back (leased) before going on alone.
    if (pushed.kind === 'transient')
        await withdrawRequest(git, { ref, tag }).catch(() => undefined);
    return { failed: pushed };
}
/**
 * Fetches the branch and the whole queue. Blobs come along (up to a size): a landing push sends
 * the queued trees, and pack-objects would otherwise fetch their blobs lazily, one more round trip.
 * `--prune` drops requests that were settled since the last look.
 */
async function fetchLandingState(git, branch, now = Date.now()) {
    const tracking = refs_remoteTrackingRef(branch);
    await refs_fetchBranch(git, branch, {
        filter: 'blob:limit=1m',
        prune: true,
        extra: [`+${LANDING_QUEUE_PREFIX}*:${LOCAL_QUEUE_PREFIX}*`],
    });
    const listing = await git(['for-each-ref', `--format=${QUEUE_LISTING_FORMAT}%00`, LOCAL_QUEUE_PREFIX, tracking]);
    const tipLine = listing.stdout.split('\n').find((line) => line.startsWith(`${tracking}\u0000`));
    const junk = queueJunk(listing.stdout, now);
    const junkRefs = new Set(junk.map((entry) => entry.ref));
    return {
        tip: tipLine?.split(landing_queue_FIELD)[1] || undefined,
        queue: parseQueueListing(listing.stdout).filter((entry) => !junkRefs.has(entry.ref)),
        junk,
    };
}
/**
 * Deletes up to `JUNK_BATCH` junk refs in one push, each leased on what we saw (so nothing a writer
 * re-used is touched), and not atomically: one another writer deleted first costs nothing. Best
 * effort: what is left goes with a later round, so a flood of junk costs each writer one bounded
 * push per round and never fails a deploy.
 */
async function deleteJunk(git, junk) {
    const batch = junk.slice(0, JUNK_BATCH);
    if (batch.length === 0)
        return;
    await pushRefs(git, batch.map((entry) => ({ ref: entry.ref, lease: entry.object }))).catch(() => undefined);
}
/**
 * Decides, without touching git, what landing the queue on the current tip does with each
 * request of `branch`: in source order (oldest source first, so a newer source lands last and
 * stays), each checked against the history as it will be once the requests before it have landed.
 *
 * @param history every deployment reachable from the tip, newest first
 * @param pathObjects the object at each request's path: in its own commit (`<commit>:<path>`) and
 *   on the tip (`tip:<path>`); absent when there is none
 */
function planLanding(queue, options) {
    const requests = queue
        .filter((entry) => entry.branch === options.branch && entry.trail !== undefined)
        .sort((a, b) => landing_queue_timeOf(a.trail?.sourceTime) - landing_queue_timeOf(b.trail?.sourceTime) ||
        a.queuedAt - b.queuedAt ||
        a.id.localeCompare(b.id));
    const spent = new Set(options.history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
    let landed = [];
    const pathNow = new Map();
    const actions = [];
    for (const entry of requests) {
        const trail = entry.trail;
        if (entry.expiresAt <= options.now) {
            actions.push({ entry, action: 'expired' });
            continue;
        }
        const nonce = entry.nonce ?? trail.request;
        if (nonce && spent.has(nonce)) {
            actions.push({ entry, action: 'replayed' });
            continue;
        }
        const decision = checkDeployRules({
            deploy: { ...trail, path: entry.path },
            tip: undefined,
            history: [...landed, ...options.history],
            tipFiles: options.tipFiles ?? new Map(),
            ...(options.files?.has(entry.id) ? { files: options.files.get(entry.id) } : {}),
            landing: 'queue',
        });
        if (decision.verdict !== 'allow') {
            const reason = decision.verdict === 'refuse' ? decision.reason : decision.error.message;
            actions.push({ entry, action: 'refused', reason });
            continue;
        }
        const current = pathNow.has(entry.path) ? pathNow.get(entry.path) : options.pathObjects.get(`tip:${entry.path}`);
        const wanted = options.pathObjects.get(`${entry.commit}:${entry.path}`);
        if (wanted === current) {
            actions.push({ entry, action: 'unchanged' });
            continue;
        }
        pathNow.set(entry.path, wanted);
        if (nonce)
            spent.add(nonce);
        landed = [
            {
                ...trail,
                commitSha: entry.commit,
                committedAt: new Date(options.now).toISOString(),
                kind: trail.rollbackOf ? 'rollback' : 'deploy',
                path: entry.path,
                subject: entry.message.split('\n', 1)[0] ?? '',
            },
            ...landed,
        ];
        actions.push({ entry, action: 'apply' });
    }
    return actions;
}
function landing_queue_timeOf(value) {
    const time = value ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? 0 : time;
}
/**
 * The objects at each request's path, in its commit and on `tip` (one cat-file for all): a tree,
 * or nothing when the deploy emptied the path. Keys as `planLanding` reads them.
 */
async function readPathObjects(git, tip, queue) {
    const keys = [...new Set(queue.flatMap((entry) => [`${entry.commit}:${entry.path}`, `tip:${entry.path}`]))];
    const input = keys.map((key) => (key.startsWith('tip:') ? `${tip}:${key.slice(4)}` : key)).join('\n');
    const { stdout } = await git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${input}\n` });
    const objects = new Map();
    stdout.split('\n').forEach((line, index) => {
        const match = line.match(/^([0-9a-f]{40,64}) (tree|blob)$/);
        const key = keys[index];
        if (match?.[1] && key)
            objects.set(key, `${match[2]} ${match[1]}`);
    });
    return objects;
}
/**
 * One commit per applied request on top of `tip`, written by a single `git fast-import`: the
 * request's author and message, its committer identity at `now`, and its path set to exactly the
 * queued tree (or removed). Returns each request's new commit, in order.
 */
async function writeLandingCommits(git, options) {
    const seconds = Math.floor(options.now / 1000);
    const shas = await writePathCommits(git, 'refs/shipgate/landing', options.applied.map((entry) => ({
        author: entry.author,
        committer: `${entry.committer} ${seconds} +0000`,
        message: entry.message,
        path: entry.path,
        object: options.pathObjects.get(`${entry.commit}:${entry.path}`),
    })), { from: options.tip, ...(options.signing ? { signing: options.signing } : {}) });
    const commits = new Map();
    options.applied.forEach((entry, index) => {
        const sha = shas[index];
        if (sha)
            commits.set(entry.id, sha);
    });
    return commits;
}
/**
 * Moves the branch from `tip` to `newTip` (when there is one) and deletes the settled requests,
 * all or nothing: each deletion is leased on the tag we saw, so a request its writer withdrew (or
 * another lander settled) in the meantime fails the whole push instead of being landed twice.
 */
async function pushLanding(git, options) {
    const updates = [
        ...(options.newTip ? [{ ref: `refs/heads/${options.branch}`, from: options.newTip }] : []),
        ...options.settled.map((entry) => ({ ref: entry.ref, lease: entry.tag })),
    ];
    return pushRefs(git, updates, { atomic: true });
}
/**
 * Deletes our own request (leased on its tag). `gone` means someone settled it first: it landed,
 * or it was found already deployed, and the caller looks on the branch for which.
 */
async function withdrawRequest(git, request) {
    const outcome = await pushRefs(git, [{ ref: request.ref, lease: request.tag }]);
    if (outcome.kind === 'pushed')
        return 'withdrawn';
    if (outcome.kind === 'race' && /stale info/.test(outcome.message))
        return 'gone';
    return outcome;
}
/**
 * One round for a writer whose deploy is queued: fetch the branch and the queue; when our request
 * is gone, find the commit that landed it. Otherwise the writer of the oldest request lands the
 * whole queue in one push, and the others only look (a landing round costs CPU and a push, a look
 * one fetch): `mayWait` says whether to keep leaving it to that writer, which a caller stops doing
 * once the same leader has been pending too long (its writer may be gone), and whether the leader
 * lets a growing queue settle first.
 */
async function runLandingRound(git, options) {
    const { branch, request } = options;
    const state = await fetchLandingState(git, branch);
    if (!state.tip) {
        await withdrawRequest(git, request);
        return { kind: 'requeue' };
    }
    const tip = state.tip;
    const ours = state.queue.find((entry) => entry.id === request.id);
    if (!ours)
        return settledElsewhere(git, { ...options, tip });
    if (options.pushed && tip !== options.since && (await isOnBranch(git, options.pushed, tip))) {
        // Our own push landed after all (its reply was lost, and a retry of it lost to itself).
        await withdrawRequest(git, request);
        return { kind: 'landed', commitSha: options.pushed, landedBy: 'this writer', alongside: 0 };
    }
    const now = options.now();
    // Requests we cannot verify are neither landed nor waited for, only cleared once expired. A
    // writer with no key verifies none: it lands its own deploy only.
    const trusted = (entry) => entry.id === ours.id ||
        entry.expiresAt <= now ||
        (options.key !== undefined && isTrustedRequest(entry, options.key));
    const queue = boundedQueue(state.queue.filter((entry) => entry.branch === branch && trusted(entry)), ours);
    const pending = queue.filter((entry) => inForce(entry, now));
    const leader = oldestPending(pending, now);
    const wait = { leader: leader?.id ?? ours.id, leading: leader?.id === ours.id, pending: pending.length };
    if (leader && options.mayWait(wait))
        return { kind: 'waiting', ...wait };
    const [history, pathObjects, tipFiles, files] = await Promise.all([
        readAllDeployments(git, tip),
        readPathObjects(git, tip, queue),
        readFilesAt(git, tip, RULE_FILES),
        RULES_READ_QUEUED_FILES ? readQueuedFiles(git, queue, now) : undefined,
    ]);
    const actions = planLanding(queue, { branch, history, pathObjects, now, tipFiles, files });
    const own = actions.find((action) => action.entry.id === request.id);
    if (own?.action === 'refused') {
        // We report our own refusal; the others' requests are left to their writers.
        const withdrawn = await withdrawRequest(git, request);
        if (withdrawn === 'gone')
            return settledElsewhere(git, { ...options, tip });
        return { kind: 'refused', reason: own.reason, tip };
    }
    const applied = actions.flatMap((action) => (action.action === 'apply' ? [action.entry] : []));
    const commits = applied.length > 0
        ? await writeLandingCommits(git, {
            tip,
            applied,
            pathObjects,
            now,
            ...(options.signing ? { signing: options.signing } : {}),
        })
        : new Map();
    const newTip = applied.length > 0 ? commits.get(applied.at(-1).id) : undefined;
    const settled = actions.flatMap((action) => (action.action === 'refused' ? [] : [action.entry]));
    const pushed = await pushLanding(git, { branch, newTip, settled });
    if (pushed.kind !== 'pushed')
        return { kind: 'push-failed', outcome: pushed };
    // Not in the atomic push: whoever keeps rewriting junk must not be able to hold up a landing.
    const spent = spentCopies(state.queue, queue, history).map((entry) => ({ ref: entry.ref, object: entry.tag }));
    await deleteJunk(git, [...spent, ...state.junk]);
    const ownCommit = commits.get(request.id);
    if (own?.action === 'apply' && ownCommit) {
        return { kind: 'landed', commitSha: ownCommit, landedBy: 'this writer', alongside: applied.length - 1 };
    }
    return { kind: 'unchanged', tip: newTip ?? tip };
}
/** The files each request in force would set, for the rules (see `DeployRuleContext.files`). */
async function readQueuedFiles(git, queue, now) {
    const live = queue.filter((entry) => inForce(entry, now));
    const files = await Promise.all(live.map((entry) => readTreeFiles(git, `${entry.commit}:${entry.path}`)));
    return new Map(live.map((entry, index) => [entry.id, files[index] ?? new Map()]));
}
/** At most `MAX_LANDING_REQUESTS` requests, oldest first, ours always among them. */
function boundedQueue(queue, ours) {
    const oldest = [...queue]
        .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))
        .filter((entry) => entry.id !== ours.id)
        .slice(0, MAX_LANDING_REQUESTS - 1);
    return [ours, ...oldest];
}
/**
 * Requests outside this landing (not verified, or beyond its bound) whose nonce is on the branch
 * already: copies of spent requests, deleted as junk whoever signed them.
 */
function spentCopies(all, landing, history) {
    const spent = new Set(history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
    const inLanding = new Set(landing.map((entry) => entry.id));
    return all
        .filter((entry) => !inLanding.has(entry.id))
        .filter((entry) => [entry.nonce, entry.trail?.request].some((nonce) => nonce !== undefined && spent.has(nonce)))
        .slice(0, MAX_LANDING_REQUESTS);
}
/** Not expired, and carrying a deploy: a request some writer may still land. */
function inForce(entry, now) {
    return entry.expiresAt > now && entry.trail !== undefined;
}
/** The request whose writer lands the queue: the oldest one still in force. */
function oldestPending(queue, now) {
    return queue
        .filter((entry) => inForce(entry, now))
        .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))[0];
}
/**
 * Our request was settled by someone else: find our commit, or learn that the path already held
 * our content. A fetch can see the request's deletion before the branch update of the same atomic
 * push (refs are read one by one), so a miss is confirmed on a fresh tip before it counts.
 */
async function settledElsewhere(git, options) {
    let tip = options.tip;
    for (let look = 1; look <= 2; look++) {
        const landed = await findLandedCommit(git, { ...options, tip });
        if (landed)
            return { kind: 'landed', commitSha: landed, landedBy: 'another writer', alongside: 0 };
        if (look === 2)
            break;
        const state = await fetchLandingState(git, options.branch);
        if (!state.tip)
            return { kind: 'requeue' };
        tip = state.tip;
    }
    return { kind: 'unchanged', tip };
}
/**
 * Withdraws the request of a writer that is giving up, so it cannot land after the step failed.
 * Returns the commit that landed it when someone settled it first (the step then succeeds after
 * all); throws when it cannot be withdrawn, saying so, since it may still land.
 */
async function abandonRequest(git, branch, request, message, failure) {
    let last = '';
    // A concurrent landing push holds the ref's lock for a moment; the lease makes a retry safe.
    for (let tries = 1; tries <= 3; tries++) {
        const outcome = await withdrawRequest(git, request);
        if (outcome === 'withdrawn')
            throw failure;
        if (outcome === 'gone') {
            const state = await fetchLandingState(git, branch);
            const settled = state.tip
                ? await settledElsewhere(git, { branch, since: request.since, tip: state.tip, message })
                : undefined;
            if (settled?.kind === 'landed')
                return settled.commitSha;
            throw failure;
        }
        last = 'message' in outcome ? outcome.message : '';
    }
    throw new errors/* ShipgateError */.Yu(`${failure.message.replace(/\.$/, '')}; the queued request ${request.ref} could not be withdrawn (${last}), so another writer may still land it.`);
}
/** How many of `refs` the server still has (one `ls-remote`, no objects). */
async function queuedRefsPresent(git, refs) {
    const { stdout } = await git(['ls-remote', 'origin', ...refs]);
    const listed = new Set(stdout.split('\n').map((line) => line.split('\t')[1]));
    return refs.filter((ref) => listed.has(ref)).length;
}
/**
 * One writer's place in the landing queue, from its request until it is settled: it runs the
 * rounds, and keeps what the leader policy needs between them (when each leader was first seen,
 * how long the queue was at the last look).
 */
class LandingQueueSeat {
    git;
    request;
    options;
    leadersSeen = new Map();
    /** The queue's length at this writer's last look as its leader: only its own request at first. */
    queueSizeSeen = 1;
    /** What the last full round said while another writer leads: a cheap look can confirm it. */
    waitingOn;
    constructor(git, request, options) {
        this.git = git;
        this.request = request;
        this.options = options;
    }
    /** The queued deploy's message (with its `Shipgate-Request` nonce): how it is found once landed. */
    get message() {
        return this.options.message;
    }
    /**
     * One round (see `runLandingRound`), after taking the request back if it has waited for half
     * its life, well before it could expire under us (`withdrawn`: go on alone).
     */
    async round() {
        const { request } = this;
        if (Date.now() - request.queuedAt > LANDING_REQUEST_TTL_MS / 2) {
            // When it is already gone, it was settled meanwhile and the round below finds how.
            if ((await withdrawRequest(this.git, request)) === 'withdrawn')
                return { kind: 'withdrawn' };
        }
        const waiting = this.waitingOn;
        if (waiting && this.mayWait({ ...waiting, leading: false })) {
            // While both requests are still there, nothing changed for us: one ls-remote instead of a
            // fetch of the whole queue (on a shared machine, a crowd looking takes the leader's CPU).
            const present = await queuedRefsPresent(this.git, [request.ref, `${LANDING_QUEUE_PREFIX}${waiting.leader}`]);
            if (present === 2)
                return { kind: 'waiting', ...waiting, leading: false };
        }
        const outcome = await runLandingRound(this.git, {
            branch: this.options.branch,
            request,
            since: request.since,
            ...(request.pushed ? { pushed: request.pushed } : {}),
            message: this.options.message,
            mayWait: (queue) => this.mayWait(queue),
            key: this.options.key,
            now: Date.now,
            ...(this.options.signing ? { signing: this.options.signing } : {}),
        });
        this.waitingOn =
            outcome.kind === 'waiting' && !outcome.leading ? { leader: outcome.leader, pending: outcome.pending } : undefined;
        return outcome;
    }
    /**
     * The leader waits while writers are still queueing (the queue grew since its last look): a
     * moment more lands them all in this one push instead of leaving them for another leader. The
     * others leave the landing to the leader for the grace period, then land the queue themselves.
     */
    mayWait({ leader, leading, pending }) {
        if (leading) {
            const growing = pending > this.queueSizeSeen;
            this.queueSizeSeen = pending;
            return growing && Date.now() - this.request.queuedAt < LANDING_SETTLE_MS;
        }
        const firstSeen = this.leadersSeen.get(leader) ?? Date.now();
        this.leadersSeen.set(leader, firstSeen);
        return Date.now() - firstSeen < (this.options.leaderGraceMs ?? LANDING_LEADER_GRACE_MS);
    }
    /** See `abandonRequest`. */
    abandon(failure) {
        return abandonRequest(this.git, this.options.branch, this.request, this.options.message, failure);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/cancellation.ts


/** How long the clean-up on a signal may take before the process exits anyway. */
const CANCEL_CLEANUP_MS = 5_000;
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
/** The writers of this process that are running, by the signals they are guarded against. */
const guarded = new Map();
/**
 * On SIGTERM or SIGINT (what a runner sends a cancelled step), withdraws the writer's request with
 * a leased delete, so it cannot land after the step was cancelled, removes the clone and exits with
 * 128 + the signal's number. Without a handler Node would exit at once and leave both behind. One
 * handler per signal serves every writer of the process.
 */
function guardCancellation(scope, signals = ['SIGTERM', 'SIGINT'], log) {
    const entry = { scope, log };
    for (const signal of signals) {
        let writers = guarded.get(signal);
        if (!writers) {
            writers = new Set();
            guarded.set(signal, writers);
            process.on(signal, onSignal);
        }
        writers.add(entry);
    }
    return {
        dispose: () => {
            for (const signal of signals) {
                const writers = guarded.get(signal);
                writers?.delete(entry);
                if (writers?.size === 0) {
                    guarded.delete(signal);
                    process.removeListener(signal, onSignal);
                }
            }
        },
    };
}
function onSignal(signal) {
    const code = 128 + (SIGNAL_NUMBERS[signal] ?? 15);
    const writers = [...(guarded.get(signal) ?? [])];
    const timer = setTimeout(() => process.exit(code), CANCEL_CLEANUP_MS);
    void Promise.allSettled(writers.map(({ scope, log }) => cancel(scope, signal, log))).then(() => {
        clearTimeout(timer);
        process.exit(code);
    });
}
async function cancel(scope, signal, log) {
    try {
        if (scope.request) {
            const outcome = await withdrawRequest(scope.git, scope.request);
            log?.warning(outcome === 'withdrawn'
                ? `Cancelled (${signal}): withdrew the queued request ${scope.request.ref}.`
                : `Cancelled (${signal}): the queued request ${scope.request.ref} was already settled.`);
        }
    }
    catch (error) {
        log?.warning(`Cancelled (${signal}): could not withdraw the queued request: ${error.message}`);
    }
    finally {
        await removeScratchClone(scope.dir).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/pull-request.ts

class pull_request_GitHubApiError extends errors/* ShipgateError */.Yu {
    status;
    retryAfterMs;
    name = 'GitHubApiError';
    constructor(message, status, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The request that opens the pull request (`POST /repos/{owner}/{repo}/pulls`). */
function createPullRequestRequest(options) {
    return {
        method: 'POST',
        url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls`,
        headers: apiHeaders(options.token),
        body: JSON.stringify({ title: options.title, head: options.head, base: options.base, body: options.body }),
    };
}
/** The request that finds the open pull request from `head` into `base`. */
function findPullRequestRequest(options) {
    const query = new URLSearchParams({ state: 'open', head: `${options.owner}:${options.head}`, base: options.base });
    return {
        method: 'GET',
        url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls?${query}`,
        headers: apiHeaders(options.token),
    };
}
function apiHeaders(token) {
    return {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'user-agent': 'shipgate-gitops-commit',
        'x-github-api-version': '2022-11-28',
    };
}
/**
 * Opens the pull request, or, when one is already open for the same head branch (the push has
 * already updated it), returns that one. Retries rate limits and server errors only.
 */
async function openOrUpdatePullRequest(options) {
    const send = async (request) => retry_retry(async () => {
        const response = await (options.fetch ?? fetch)(request.url, {
            method: request.method,
            headers: request.headers,
            ...(request.body ? { body: request.body } : {}),
        });
        const text = await response.text();
        let body = text;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            // keep the text for the error message
        }
        if (retry_isRetryableStatus(response.status) || (response.status === 403 && response.headers.get('retry-after'))) {
            throw new pull_request_GitHubApiError(`${request.method} ${new URL(request.url).pathname} answered ${response.status}`, response.status, retry_parseRetryAfter(response.headers.get('retry-after')));
        }
        return { status: response.status, body };
    }, {
        attempts: 4,
        baseDelayMs: options.retryDelays?.baseDelayMs ?? 1000,
        maxDelayMs: options.retryDelays?.maxDelayMs ?? 10_000,
        isRetryable: (error) => error instanceof pull_request_GitHubApiError,
        requestedDelayMs: (error) => (error instanceof pull_request_GitHubApiError ? error.retryAfterMs : undefined),
    });
    const created = await send(createPullRequestRequest(options));
    if (created.status === 201) {
        const pull = created.body;
        return { url: pull.html_url, number: pull.number, created: true };
    }
    const message = apiMessage(created.body);
    if (created.status === 422 && /already exists/i.test(message)) {
        const found = await send(findPullRequestRequest(options));
        const pulls = found.status === 200 && Array.isArray(found.body) ? found.body : [];
        const open = pulls[0];
        if (open && typeof open.html_url === 'string') {
            return { url: open.html_url, number: Number(open.number), created: false };
        }
        throw new pull_request_GitHubApiError(`A pull request from ${options.head} already exists but could not be listed (GET pulls answered ${found.status}).`, found.status);
    }
    throw new pull_request_GitHubApiError(`Opening the pull request from ${options.head} into ${options.base} failed with ${created.status}: ${message}`, created.status);
}
function apiMessage(body) {
    if (body && typeof body === 'object') {
        const record = body;
        const details = (record.errors ?? []).map((error) => error.message).filter((m) => typeof m === 'string');
        return [record.message, ...details].filter(Boolean).join('; ');
    }
    return String(body ?? '');
}

;// CONCATENATED MODULE: ./packages/gitops/src/kustomization.ts

/** The file `kubectl kustomize <path>`, Argo CD and Flux's kustomize-controller look for. */
const KUSTOMIZATION_FILE = 'kustomization.yaml';
const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);
/**
 * The kustomization.yaml for an environment path holding `files` (paths relative to it): every
 * YAML file as a resource, sorted, so `kubectl kustomize apps/web/staging` and a Flux
 * Kustomization render exactly the committed manifests. `undefined` when the files bring their own
 * kustomization (theirs is kept) or hold no YAML.
 */
function kustomizationFor(files) {
    if (files.some((file) => KUSTOMIZATION_NAMES.has(file.toLowerCase())))
        return undefined;
    const resources = files.filter((file) => /\.ya?ml$/i.test(file)).sort();
    if (resources.length === 0)
        return undefined;
    return (0,dist/* stringify */.As)({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources });
}
/**
 * Whether to write it: as the `kustomization` input says; when it is not given, for a new path,
 * and for a path that already has one (so prune does not delete it), but not for an existing path
 * without one, whose controller may be set up for plain YAML.
 */
function wantsKustomization(setting, target) {
    if (setting !== undefined)
        return setting;
    return !target.pathExists || target.hasKustomization;
}

;// CONCATENATED MODULE: ./packages/gitops/src/writer.ts











/** One attempt: a landing round when queued, else fetch, build, push. */
async function runAttempt(context, state, attempt) {
    const current = state.message ? { ...context, message: state.message } : context;
    return state.seat ? landingRound(current, state) : pushAttempt(current, state, attempt);
}
async function pushAttempt(context, state, attempt) {
    const { git, pushBranch } = context;
    const step = state.last ? await rebuildAfterRace(context, state.last) : await buildOnFreshTip(context);
    if ('landed' in step)
        return { settled: { pushed: true, commitSha: step.landed } };
    if ('refused' in step)
        return { settled: { pushed: false, tip: step.tip, refused: step.refused } };
    if ('unchanged' in step)
        return { settled: { pushed: false, tip: step.tip } };
    const built = step.built;
    if (context.mode === 'pull-request' && (await sameTreeAsRemote(git, pushBranch, built.tree))) {
        return { settled: { pushed: false, tip: built.tip, unchangedPullRequest: true } };
    }
    const pushed = await pushRefs(git, [
        { ref: `refs/heads/${pushBranch}`, from: built.commitSha, force: context.mode === 'pull-request' },
    ]);
    if (pushed.kind === 'pushed')
        return { settled: { pushed: true, commitSha: built.commitSha } };
    if (pushed.kind === 'fatal') {
        throw new errors/* ConfigurationError */.j1(`The push to ${pushBranch} was refused by the server: ${pushed.message}`);
    }
    const next = { last: built, ...(state.message ? { message: state.message } : {}) };
    if (context.queueable && pushed.kind === 'race' && !state.message) {
        const seat = await queueDeploy(context, built, attempt, pushed);
        if (seat)
            Object.assign(next, { seat, message: seat.message });
    }
    return { retry: pushed.message, state: next };
}
/** Posts the deploy to the landing queue after a lost race; `undefined` when the queue refused it. */
async function queueDeploy(context, built, attempt, lost) {
    const { git, deploy } = context;
    const pathTree = await git(['rev-parse', '--verify', '--quiet', `${built.tree}:${deploy.path}`], {
        ignoreReturnCode: true,
    });
    const announced = await announceDeploy(git, {
        pathTree: pathTree.exitCode === 0 ? pathTree.stdout.trim() : undefined,
        branch: context.baseBranch,
        path: deploy.path,
        message: context.message,
        identity: context.identity,
        key: context.queue.key,
        now: Date.now(),
    });
    if ('failed' in announced) {
        context.log.info(`Could not queue this deploy under ${LANDING_QUEUE_PREFIX} (${'message' in announced.failed ? announced.failed.message : 'push failed'}); re-applying it alone.`);
        return undefined;
    }
    const seat = new LandingQueueSeat(git, { ...announced.queued, since: built.tip, pushed: built.commitSha }, { ...context.queue, message: announced.queued.message, ...(context.signing ? { signing: context.signing } : {}) });
    context.log.info(`Push attempt ${attempt} lost a race (${lost.message}); queued this deploy as ${seat.request.ref}, so whichever writer pushes next lands it too.`);
    return seat;
}
async function landingRound(context, state) {
    const { log } = context;
    const seat = state.seat;
    const round = await seat.round();
    // Going on alone: from scratch, still with the queued message (see `WriterState.message`).
    const done = state.message ? { message: state.message } : {};
    switch (round.kind) {
        case 'landed':
            if (round.landedBy === 'another writer')
                log.info(`Another writer landed this deploy as ${round.commitSha}.`);
            else if (round.alongside > 0)
                log.info(`Landed ${round.alongside} queued deploy(s) of other writers with this one.`);
            return { settled: { pushed: true, commitSha: round.commitSha } };
        case 'unchanged':
            return { settled: { pushed: false, tip: round.tip } };
        case 'refused':
            return { settled: { pushed: false, tip: round.tip, refused: round.reason } };
        case 'waiting':
            return { wait: round, state };
        case 'requeue':
            return { retry: `${context.baseBranch} is gone from the server`, state: done };
        case 'withdrawn':
            return { retry: 'the deploy waited in the landing queue for too long', state: done };
        case 'push-failed':
            if (round.outcome.kind === 'fatal') {
                throw new errors/* ConfigurationError */.j1(`The push to ${context.pushBranch} was refused by the server: ${round.outcome.message}`);
            }
            return { retry: round.outcome.message, state };
    }
}
/** The first attempt (or one after the branch was rewritten or gone): fetch commits only, build on the tip. */
async function buildOnFreshTip(context) {
    const { git, baseBranch } = context;
    const tip = (await refs_fetchBranch(git, baseBranch, { filter: 'tree:0' })) ? await tipOf(git, baseBranch) : undefined;
    return buildOnTip(context, tip, async () => (tip ? readAllDeployments(git, tip.commit) : []));
}
/**
 * Checks the rules on `tip`, writes our files on it and commits; re-reads nothing it is given.
 * Reading the trail, checking the path and staging our files are independent: they run side by side
 * (the window between fetch and push decides races), and the rules decide before anything leaves
 * this clone.
 */
async function buildOnTip(context, tip, readHistory) {
    const { git, deploy } = context;
    const [history, pathTree, tipFiles] = await settleAll([
        readHistory(),
        tip ? inspectTargetPath(git, tip.commit, deploy.path) : Promise.resolve(undefined),
        (async () => {
            // The index only: no file of the tip is ever checked out, so no blob is fetched. The
            // target path is rewritten in the (sparse) working tree and `git add` stages the difference.
            await git(tip ? ['read-tree', tip.commit] : ['read-tree', '--empty']);
            await writeTargetDirectory(context.workDir, deploy.path, context.files, true);
            return tip ? readFilesAt(git, tip.commit, RULE_FILES) : new Map();
        })(),
    ]);
    const decision = checkDeployRules({
        deploy,
        tip: tip?.commit,
        history,
        files: await readSourceFiles(context.files),
        tipFiles,
        landing: 'alone',
    });
    if (decision.verdict === 'fail')
        throw decision.error;
    if (decision.verdict === 'refuse')
        return { refused: decision.reason, tip: tip?.commit };
    await writeKustomization(context, tip?.commit, pathTree);
    // Without prune, index entries we did not write stay (the working tree never had them).
    await git(['add', context.prune ? '--all' : '--ignore-removal', '--sparse', '--', deploy.path]);
    // --missing-ok: the tip's blobs exist on the server; checking them here would fetch them all.
    const tree = (await git(['write-tree', '--missing-ok'])).stdout.trim();
    if (tree === tip?.tree)
        return { unchanged: true, tip: tip.commit };
    const commitSha = await writeCommit(git, { tree, parent: tip?.commit, message: context.message }, context.signing);
    return { built: { tip: tip?.commit, history, pathTree, tree, commitSha } };
}
/**
 * The generated kustomization.yaml beside our files when wanted; it is not one of the rendered
 * files, so the rules (and the config hash an approval binds) see the files alone.
 */
async function writeKustomization(context, tip, pathTree) {
    const text = kustomizationFor(context.files.map((file) => file.relativePath));
    if (text === undefined)
        return;
    const path = `${context.deploy.path}/${KUSTOMIZATION_FILE}`;
    const hasKustomization = tip !== undefined &&
        pathTree !== undefined &&
        (await context.git(['ls-tree', '--name-only', tip, '--', path])).stdout.trim() !== '';
    if (!wantsKustomization(context.kustomization, { pathExists: pathTree !== undefined, hasKustomization }))
        return;
    await (0,promises_.writeFile)((0,external_node_path_.join)(context.workDir, path), text);
}
async function readSourceFiles(files) {
    const contents = await Promise.all(files.map((file) => (0,promises_.readFile)(file.absolutePath)));
    return new Map(files.map((file, index) => [file.relativePath, contents[index]]));
}
/**
 * After a lost race (or a push whose reply never came): fetch only what is new. When our own commit
 * is on the branch, the earlier push landed after all. Otherwise check the new commits' trail; when
 * none of them touched our path, merge our commit's tree with the new tip's (`merge-tree`: no
 * index, no working tree, no blob read, since the two sides changed different paths) instead of
 * writing and staging the files again, keeping the window between fetch and push short.
 */
async function rebuildAfterRace(context, previous) {
    const { git, baseBranch, deploy } = context;
    const fetched = await refs_fetchBranch(git, baseBranch, { filter: 'blob:none' });
    if (!fetched)
        return buildOnTip(context, undefined, async () => []);
    const tracking = refs_remoteTrackingRef(baseBranch);
    if (context.mode === 'push' && (await isOnBranch(git, previous.commitSha, tracking))) {
        context.log.info(`The server took push ${previous.commitSha} though its reply was lost.`);
        return { landed: previous.commitSha };
    }
    // The branch was created meanwhile: everything on it is new to us.
    if (!previous.tip) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(context, tip, () => readAllDeployments(git, tip.commit));
    }
    const [{ newest, deployments, rewritten }, pathTree] = await settleAll([
        readNewCommits(git, baseBranch, previous.tip),
        inspectTargetPath(git, tracking, deploy.path),
    ]);
    if (rewritten) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(context, tip, () => readAllDeployments(git, tip.commit));
    }
    // The tip did not move (a lock lost to another push, a dropped connection): push it again.
    if (!newest)
        return { built: previous };
    const history = [...deployments, ...previous.history];
    if (pathTree === previous.pathTree) {
        const decision = checkDeployRules({
            deploy,
            tip: newest,
            history,
            tipFiles: await readFilesAt(git, newest, RULE_FILES),
            landing: 'alone',
            files: await readSourceFiles(context.files),
        });
        if (decision.verdict === 'fail')
            throw decision.error;
        if (decision.verdict === 'refuse')
            return { refused: decision.reason, tip: newest };
        const tree = await mergeOurPath(git, previous.commitSha, newest);
        if (tree) {
            const commitSha = await writeCommit(git, { tree, parent: newest, message: context.message }, context.signing);
            return { built: { tip: newest, history, pathTree, tree, commitSha } };
        }
    }
    // Someone else changed our path (or the merge was not clean): start over on the new tip.
    return buildOnTip(context, await tipOf(git, baseBranch), async () => history);
}
/** Our commit's change merged onto `newest`, renames off (our change replaces one path); `undefined` unless clean. */
async function mergeOurPath(git, ours, newest) {
    const merged = await git(['-c', 'merge.renames=false', '-c', 'merge.directoryRenames=false', 'merge-tree', '--write-tree', ours, newest], { ignoreReturnCode: true });
    const tree = merged.stdout.split('\n', 1)[0]?.trim() ?? '';
    return merged.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(tree) ? tree : undefined;
}
/**
 * The commits fetched on top of `since`: the newest one (the new tip; `undefined` when the tip did
 * not move), the deployments among them, newest first, and whether `since` is no longer on the
 * branch (it was rewritten: nothing learnt from the old tip may be reused).
 */
async function readNewCommits(git, branch, since) {
    // The symmetric difference marks commits only the old tip reaches with `<`: then the branch was
    // rewritten. In topological order the new tip comes before every other `>` commit (its ancestors).
    const { stdout } = await git([
        'log',
        '-z',
        '--topo-order',
        '--left-right',
        `--format=%m${DEPLOYMENT_LOG_FORMAT}`,
        `${since}...${refs_remoteTrackingRef(branch)}`,
    ]);
    const records = stdout
        .split('\u0000')
        .map((record) => record.replace(/^\n+/, ''))
        .filter(Boolean);
    const rewritten = records.some((record) => record.startsWith('<'));
    const added = records.filter((record) => record.startsWith('>')).map((record) => record.slice(1));
    const newest = added[0]?.split('\u001f', 1)[0] || undefined;
    return { newest, deployments: parseDeploymentLog(added.join('\u0000')), rewritten };
}
/**
 * The object at the target path in `commit` (its tree, `undefined` when absent), after refusing a
 * path that goes through a symlink (or submodule) in the repository: git would record our files
 * beside a link that points elsewhere, possibly outside the repository. A retry compares it with
 * the previous tip's to know whether anyone else wrote to the path meanwhile.
 */
async function inspectTargetPath(git, commit, path) {
    const parts = path.split('/');
    const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
    const { stdout } = await git(['ls-tree', '-z', commit, '--', ...prefixes]);
    let pathObject;
    for (const entry of stdout.split('\0')) {
        const match = entry.match(/^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s);
        if (!match || !prefixes.includes(match[3] ?? ''))
            continue;
        if (match[1] === '120000' || match[1] === '160000') {
            throw new errors/* ConfigurationError */.j1(`Input "path" goes through ${match[3]}, a ${match[1] === '120000' ? 'symlink' : 'submodule'} in the repository; refusing to write through it.`);
        }
        if (match[3] === path)
            pathObject = `${match[1]} ${match[2]}`;
    }
    return pathObject;
}
/** Whether the open pull-request branch already holds exactly this commit's tree (a re-run). */
async function sameTreeAsRemote(git, branch, tree) {
    try {
        if (!(await refs_fetchBranch(git, branch, { filter: 'tree:0' })))
            return false;
    }
    catch {
        return false;
    }
    return (await git(['rev-parse', `${refs_remoteTrackingRef(branch)}^{tree}`])).stdout.trim() === tree;
}
/**
 * `Promise.all` that waits for every operation before failing, so no git process is still
 * running in the clone when the caller reacts to the first error (and removes the clone).
 */
async function settleAll(operations) {
    const settled = await Promise.allSettled(operations);
    const failed = settled.find((entry) => entry.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((entry) => entry.value);
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy.ts














const DEFAULT_AUTHOR = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const DEFAULT_MESSAGE = 'Deploy {app} to {environment}';
/**
 * Backoff between push attempts (full jitter). A lost race usually needs only a re-fetch, so the
 * first retries come quickly; the steep factor still spreads a crowd of writers within a few
 * attempts, and the cap keeps enough total wait within the default 10 attempts for 32 writers
 * on one branch.
 */
const RACE_RETRY = {
    baseDelayMs: 100,
    maxDelayMs: 8_000,
    factor: 3,
};
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency: plan (every input checked before the remote is touched), clone,
 * land (attempts until settled, see writer.ts), then the pull request and the result.
 */
async function deploy_deployToGitOps(options) {
    const plan = await planDeploy(options);
    checkModeInputs(options, plan, resolveRepositoryAccess(options));
    if (options.queueKey)
        options.setSecret?.(options.queueKey);
    const identity = options.author ?? DEFAULT_AUTHOR;
    const clone = await openScratchClone(options, {
        purpose: 'gitops',
        bare: false,
        identity,
        readRetry: readRetryOf(options),
    });
    const scope = { git: clone.git, dir: clone.dir };
    const cancellation = guardCancellation(scope, options.cancelSignals, options.log);
    try {
        const context = await writerContext(options, plan, clone, identity);
        const { settled, attempts } = await landUntilSettled(context, plan.maxAttempts, options, scope);
        return await reportDeploy(options, plan, context, settled, attempts, clone.url);
    }
    finally {
        cancellation.dispose();
        await removeScratchClone(clone.dir);
    }
}
function checkModeInputs(options, plan, url) {
    if (plan.mode === 'pull-request' && !ownerAndName(url)) {
        throw new errors/* ConfigurationError */.j1(`Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`);
    }
    if (plan.mode === 'pull-request' && !options.token) {
        throw new errors/* ConfigurationError */.j1(`Input "token" is required for mode "pull-request".`);
    }
}
function readRetryOf(options) {
    return options.retryDelays ? { attempts: 4, ...options.retryDelays } : undefined;
}
async function writerContext(options, plan, clone, identity) {
    const { git } = clone;
    const baseBranch = options.branch ?? (await refs_remoteDefaultBranch(git)) ?? 'main';
    validateBranch(baseBranch, 'branch');
    // Cone mode: the working tree only ever holds the target path (and top-level files). The
    // index is a plain one: a sparse index makes write-tree fetch every blob of the tip. (Not beside
    // the first fetch: a filtered fetch writes the config too.)
    await git(['sparse-checkout', 'set', '--cone', '--no-sparse-index', plan.path]);
    const key = options.queueKey || options.token;
    const queueable = mayQueue({ ...plan, ...options }).queue;
    if (queueable && !key) {
        options.log.info('No queue key (no "token" or "queue-key"): this writer lands only its own deploy from the landing queue.');
    }
    return {
        git,
        workDir: clone.repoDir,
        log: options.log,
        deploy: plan.deploy,
        files: plan.files,
        message: plan.message,
        prune: plan.prune,
        kustomization: plan.kustomization,
        mode: plan.mode,
        baseBranch,
        pushBranch: plan.mode === 'pull-request' ? `shipgate/${options.app}-${options.environment}` : baseBranch,
        queueable,
        queue: {
            branch: baseBranch,
            message: plan.message,
            key,
            ...(options.landingQueue?.leaderGraceMs !== undefined
                ? { leaderGraceMs: options.landingQueue.leaderGraceMs }
                : {}),
        },
        identity: `${identity.name} <${identity.email}>`,
        ...(options.signing ? { signing: options.signing } : {}),
    };
}
/**
 * Attempts until one settles: a lost race backs off and tries again (from what the last attempt
 * built, or as a landing round once queued); looking at the queue while another writer lands it is
 * not an attempt. A writer that gives up never leaves a request behind that could land later.
 */
async function landUntilSettled(context, maxAttempts, options, scope) {
    let state = {};
    for (let attempt = 1;; attempt++) {
        let result = await abandonOnError(state, () => runAttempt(context, state, attempt));
        while ('wait' in result) {
            scope.request = result.state.seat?.request;
            await sleep(options.landingQueue?.lookDelayMs ?? landingLookDelay(result.wait));
            const waiting = result.state;
            result = await abandonOnError(waiting, () => runAttempt(context, waiting, attempt));
        }
        if ('settled' in result)
            return { settled: result.settled, attempts: attempt };
        state = result.state;
        scope.request = state.seat?.request;
        if (attempt >= maxAttempts) {
            const failure = new errors/* ShipgateError */.Yu(`The push to ${context.pushBranch} was rejected ${maxAttempts} times (last: ${result.retry}); raise "max-attempts" or try again.`);
            if (!state.seat)
                throw failure;
            return { settled: { pushed: true, commitSha: await state.seat.abandon(failure) }, attempts: attempt };
        }
        const policy = state.seat ? LANDING_RETRY : RACE_RETRY;
        const delayMs = backoffDelay(attempt, {
            baseDelayMs: options.retryDelays?.baseDelayMs ?? policy.baseDelayMs,
            maxDelayMs: options.retryDelays?.maxDelayMs ?? policy.maxDelayMs,
            factor: policy.factor,
        });
        if (!state.seat) {
            context.log.info(`Push attempt ${attempt} of ${maxAttempts} lost a race (${result.retry}); fetching the new tip and re-applying in ${delayMs} ms.`);
        }
        if (delayMs > 0)
            await sleep(delayMs);
    }
}
/** Runs an attempt; when it fails while our deploy is queued, the request is withdrawn first. */
async function abandonOnError(state, attempt) {
    try {
        return await attempt();
    }
    catch (error) {
        if (!state.seat)
            throw error;
        return { settled: { pushed: true, commitSha: await state.seat.abandon(error) } };
    }
}
/** The result, the log lines that say what happened, and the pull request in that mode. */
async function reportDeploy(options, plan, context, settled, attempts, url) {
    const { log } = options;
    const result = {
        changed: settled.pushed,
        commitSha: settled.pushed ? settled.commitSha : (settled.tip ?? ''),
        attempts: !settled.pushed && settled.refused ? 0 : attempts,
        branch: context.pushBranch,
        path: plan.path,
    };
    if (!settled.pushed && settled.refused) {
        result.refused = settled.refused;
        log.notice(`Not deploying ${options.app} to ${options.environment}: ${settled.refused}. Set allow-downgrade: true to deploy it anyway.`);
        return result;
    }
    const unchangedPullRequest = !settled.pushed && settled.unchangedPullRequest === true;
    if (!settled.pushed && !unchangedPullRequest) {
        log.info(`${plan.path} on ${context.baseBranch} already holds this content; nothing to commit.`);
    }
    if (plan.mode === 'pull-request' && (settled.pushed || unchangedPullRequest)) {
        const repo = ownerAndName(url);
        const pull = await openOrUpdatePullRequest({
            apiUrl: options.apiUrl ?? 'https://api.github.com',
            token: options.token,
            owner: repo.owner,
            repo: repo.name,
            head: context.pushBranch,
            base: context.baseBranch,
            title: plan.message.split('\n')[0] ?? `Deploy ${options.app} to ${options.environment}`,
            body: plan.message,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
        });
        result.pullRequestUrl = pull.url;
        log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
    }
    else if (settled.pushed) {
        log.info(`Committed ${result.commitSha} to ${context.pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
    }
    return result;
}
/** Validates every input and builds the commit message; no side effects outside reading files. */
async function planDeploy(options) {
    if (!NAME_PATTERN.test(options.app)) {
        throw new errors/* ConfigurationError */.j1(`Input "app" must be letters, digits, ".", "_" or "-", got "${options.app}".`);
    }
    if (!NAME_PATTERN.test(options.environment)) {
        throw new errors/* ConfigurationError */.j1(`Input "environment" must be letters, digits, ".", "_" or "-", got "${options.environment}".`);
    }
    if (options.branch !== undefined)
        validateBranch(options.branch, 'branch');
    const path = write_tree_confineRepositoryPath(options.path ?? `apps/${options.app}/${options.environment}`);
    const maxAttempts = options.maxAttempts ?? 10;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
        throw new errors/* ConfigurationError */.j1(`Input "max-attempts" must be a positive integer, got ${maxAttempts}.`);
    }
    const imageRefs = options.imageRefs.map((ref) => requireDigestReference(ref, 'image-ref').toString());
    const digests = new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)));
    if (options.scanRecord && !digests.has(options.scanRecord.digest)) {
        throw new errors/* ConfigurationError */.j1(`Input "scan-record" is for ${options.scanRecord.imageRef}, which is not one of the images being deployed.`);
    }
    if (options.scanRecord && options.scan !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Inputs "scan" and "scan-record" must not be given together; pass one verdict.`);
    }
    const scan = options.scanRecord
        ? formatScanTrailer(options.scanRecord)
        : options.scan !== undefined
            ? normalizeScanTrailer(options.scan)
            : undefined;
    if (options.sourceTime !== undefined && Number.isNaN(Date.parse(options.sourceTime))) {
        throw new errors/* ConfigurationError */.j1(`Input "source-time" must be an ISO 8601 time, got "${options.sourceTime}".`);
    }
    const requireApproval = options.requireApproval ?? options.environment === 'production';
    if (requireApproval && !options.approvalRecord) {
        throw new errors/* ConfigurationError */.j1(`Input "approval-record" is required to deploy to "${options.environment}" (require-approval is true).`);
    }
    if (options.approvalRecord) {
        verifyApprovalBinding(options.approvalRecord, {
            app: options.app,
            environment: options.environment,
            imageRefs,
            configHash: options.configHash ?? '',
        });
    }
    const files = await listSourceFiles(options.sourceDir);
    if (files.length === 0 && !options.allowEmpty) {
        throw new errors/* ConfigurationError */.j1(`Input "source-dir" (${options.sourceDir}) is empty, which would delete ${path}; set allow-empty: true to remove the deployment on purpose.`);
    }
    const trail = {
        app: options.app,
        environment: options.environment,
        imageRefs,
        ...(options.source ? { source: options.source } : {}),
        ...(options.sourceTime ? { sourceTime: new Date(Date.parse(options.sourceTime)).toISOString() } : {}),
        ...(options.runUrl ? { run: options.runUrl } : {}),
        ...(scan ? { scan } : {}),
        ...(options.configHash ? { configHash: options.configHash } : {}),
        approvedBy: [...new Set((options.approvalRecord?.approvers ?? []).map((entry) => entry.login))],
        ...(options.rollback
            ? {
                rollbackOf: options.rollback.of,
                rollbackTo: options.rollback.to,
                ...(options.rollback.reason ? { reason: options.rollback.reason } : {}),
            }
            : {}),
        ...(files.length === 0 ? { removal: true } : {}),
    };
    const rendered = renderMessageTemplate(options.message || DEFAULT_MESSAGE, {
        app: options.app,
        environment: options.environment,
        image: imageRefs[0] ?? '',
        digest: imageRefs[0]?.slice(imageRefs[0].lastIndexOf('@') + 1) ?? '',
        source: options.source ?? '',
    });
    return {
        path,
        deploy: {
            ...trail,
            path,
            ...(options.allowDowngrade ? { allowDowngrade: true } : {}),
            ...(options.expectCurrentCommit ? { expectCurrentCommit: options.expectCurrentCommit } : {}),
        },
        files,
        message: buildCommitMessage(rendered, trail),
        prune: options.prune ?? true,
        kustomization: options.kustomization,
        mode: options.mode ?? 'push',
        maxAttempts,
    };
}
const PLACEHOLDERS = ['app', 'environment', 'image', 'digest', 'short-digest', 'source'];
/** Fills `{app}`, `{environment}`, `{image}`, `{digest}`, `{short-digest}`, `{source}`; values become one line. */
function renderMessageTemplate(template, values) {
    const shortDigest = values.digest.replace(/^[a-z0-9]+:/, '').slice(0, 12);
    const all = { ...values, 'short-digest': shortDigest };
    return template.replace(/\{([a-z-]+)\}/g, (whole, name) => {
        if (!PLACEHOLDERS.includes(name)) {
            throw new errors/* ConfigurationError */.j1(`Input "message" uses an unknown placeholder ${whole}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
        }
        return sanitizeTrailerValue(all[name]);
    });
}
function validateBranch(branch, inputName) {
    if (!branch ||
        branch.startsWith('-') ||
        branch.startsWith('/') ||
        branch.endsWith('/') ||
        branch.endsWith('.lock') ||
        branch.includes('..') ||
        branch.includes('//') ||
        branch.includes('@{') ||
        /[\u0000-\u0020\u007f~^:?*[\\]/.test(branch)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid branch name: "${branch}".`);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/report.ts






function report_scanVerdictOf(deployment) {
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
            metrics: computeDoraMetrics(deployments, { since, until }),
            deploysPerDay: countPerDay(inWindow.filter((d) => d.kind === 'deploy'), since, until),
        };
    });
    return { app: options.app, since: since.toISOString(), until: until.toISOString(), environments };
}
function toRow(deployment, history) {
    // A rollback restores a deploy's image; without a scan trailer of its own, that deploy's verdict is the image's.
    const restored = deployment.kind === 'rollback' && !deployment.scan && deployment.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && sameCommit(d.commitSha, deployment.rollbackTo))
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
        scanVerdict: report_scanVerdictOf(restored ?? deployment),
        ...(deployment.rollbackOf ? { rollbackOf: deployment.rollbackOf } : {}),
        ...(deployment.rollbackTo ? { rollbackTo: deployment.rollbackTo } : {}),
        ...(deployment.reason ? { reason: deployment.reason } : {}),
    };
}
const report_DAY_MS = 24 * 60 * 60 * 1000;
/** One entry per UTC day the window touches, zeros included, so the chart's axis is continuous. */
function countPerDay(deploys, since, until) {
    const counts = new Map();
    const firstDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
    // `until` is exclusive: a window ending at midnight does not touch the next day.
    for (let day = firstDay; day < until.getTime(); day += report_DAY_MS)
        counts.set(report_utcDate(day), 0);
    for (const deploy of deploys) {
        const date = report_utcDate(Date.parse(deploy.committedAt));
        counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return [...counts].map(([date, count]) => ({ date, deploys: count }));
}
function report_utcDate(time) {
    return new Date(time).toISOString().slice(0, 10);
}
const UNIT_MS = { m: 60_000, h: 3_600_000, d: report_DAY_MS, w: 7 * report_DAY_MS };
/**
 * The start of the report window from the `since` input: a duration back from `now`
 * (`30d`, `12h`, `2w`, `90m`) or an ISO 8601 date or date-time (`2026-10-01`,
 * `2026-10-01T12:00:00Z`; a date alone is midnight UTC).
 */
function parseSince(value, now, input = 'since') {
    const trimmed = value.trim();
    const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
    if (duration) {
        const amount = Number(duration[1]);
        if (amount === 0)
            throw new ConfigurationError(`Input "${input}" must be a duration greater than zero.`);
        return new Date(now.getTime() - amount * UNIT_MS[duration[2]]);
    }
    const time = parseIsoTime(trimmed);
    if (Number.isNaN(time)) {
        throw new ConfigurationError(`Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`);
    }
    if (time >= now.getTime())
        throw new ConfigurationError(`Input "${input}" must be in the past, got "${value}".`);
    return new Date(time);
}
/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
function parseUntil(value, input = 'until') {
    const time = parseIsoTime(value.trim());
    if (Number.isNaN(time)) {
        throw new ConfigurationError(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
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
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
/**
 * Reads the app's deployment trail (commits only: a treeless partial fetch, once for all
 * environments), builds the report and writes it as JSON to `reportFile`.
 */
async function generateDeploymentReport(options) {
    // Every app's trail (the fetch is commits only either way), so a misspelt name can be told apart.
    const everyApp = await readDeployments({ ...repositoryAccess(options), exec: options.exec });
    for (const warning of unknownNameWarnings(everyApp, options.app, options.environments))
        options.log.warning(warning);
    const all = everyApp.filter((d) => d.app === options.app);
    const histories = new Map(options.environments.map((environment) => [environment, all.filter((d) => d.environment === environment)]));
    for (const [environment, history] of histories) {
        options.log.info(`${options.app} in ${environment}: ${history.length} deploy and rollback commit(s) in the history.`);
    }
    const report = buildDeploymentReport({ app: options.app, since: options.since, until: options.until, histories });
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

;// CONCATENATED MODULE: ./packages/gitops/src/promote.ts






/**
 * The current deployment of the from-environment (newest commit first in `history`), if it may be
 * promoted: there is one, it names digest-pinned images, and its recorded scan verdict is `pass`.
 * A rollback commit carries the trailers of the deploy it restored, so promoting after a rollback
 * promotes the restored image.
 */
function choosePromotion(history, where) {
    const current = history[0];
    if (!current)
        throw new ConfigurationError(`There is no deployment of ${where} to promote.`);
    const what = `The current deployment of ${where} (${current.commitSha.slice(0, 7)})`;
    if (current.imageRefs.length === 0)
        throw new ConfigurationError(`${what} names no image to promote.`);
    const unpinned = current.imageRefs.find((ref) => !/@sha256:[0-9a-f]{64}$/.test(ref));
    if (unpinned)
        throw new ConfigurationError(`${what} names ${unpinned}, which is not pinned by digest.`);
    // A rollback commit restores a deploy's image; when it carries no scan trailer of its own, the
    // restored deploy's verdict is the image's.
    const restored = current.kind === 'rollback' && current.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && sameCommit(d.commitSha, current.rollbackTo))
        : undefined;
    const scan = current.scan ?? restored?.scan;
    const verdict = scanVerdictOf({ scan });
    if (verdict !== 'pass') {
        const recorded = scan ? `"${scan}"` : 'no scan verdict';
        throw new ConfigurationError(`${what} cannot be promoted: its scan recorded ${recorded}, not pass.`);
    }
    return {
        deployment: current,
        imageRefs: current.imageRefs,
        source: current.source ?? '',
        sourceTime: current.sourceTime ?? restored?.sourceTime ?? '',
        scanVerdict: verdict,
        scan: scan ?? '',
        configHash: current.configHash ?? restored?.configHash ?? '',
    };
}
/**
 * The destination repository of `to-image`: `registry/name`, optionally with a tag to set there
 * too; a digest is refused (the digest is the source's, by definition).
 */
function parseTargetRepository(value, input = 'to-image') {
    let reference;
    try {
        reference = parseImageReference(value);
    }
    catch (error) {
        if (error instanceof ImageReferenceError) {
            throw new ConfigurationError(`Input "${input}" is not a valid image repository: ${error.message}`);
        }
        throw error;
    }
    if (reference.digest) {
        throw new ConfigurationError(`Input "${input}" must name a repository without a digest, got "${value}".`);
    }
    return reference;
}
/**
 * Copies the promoted image by digest into `target`'s repository and checks that the registry
 * now serves the same digest there: the exact bytes that were tested, not a rebuild. Returns
 * `target-repository@digest`.
 */
async function copyPromotedImage(imageRef, target, registry, log) {
    const source = parseImageReference(imageRef);
    if (!source.digest)
        throw new ConfigurationError(`${imageRef} is not pinned by digest.`);
    const destination = target.tag ? `${target.name}:${target.tag}` : target.name;
    if (target.name === source.name && !target.tag) {
        log.info(`${imageRef} is already in ${target.name}; nothing to copy.`);
        return imageRef;
    }
    const copied = await registry.copyImage(imageRef, destination);
    const pinned = `${target.name}@${source.digest}`;
    const served = await registry.headManifest(pinned);
    if (copied.digest !== source.digest || served?.digest !== source.digest) {
        throw new ShipgateError(`Copying ${imageRef} to ${target.name} changed the digest: the registry serves ${served?.digest ?? 'nothing'} for ${pinned}.`);
    }
    log.info(`Copied ${imageRef} to ${pinned}; digest unchanged.`);
    return pinned;
}
/**
 * Reads the current deployment of the from-environment (commits only, no file contents) and
 * returns the exact image to deploy next, copied by digest when `toImage` is set. Commits
 * nothing: the workflow chains render-manifests, approval-gate and gitops-commit after it.
 */
async function promote(options) {
    if (options.fromEnvironment === options.toEnvironment) {
        throw new ConfigurationError(`Input "to-environment" must differ from "from-environment" (${options.fromEnvironment}).`);
    }
    if (options.toImage && !options.registry)
        throw new Error('promote: a registry client is needed to copy the image.');
    const history = await readDeployments({
        ...repositoryAccess(options),
        exec: options.exec,
        path: options.path,
        app: options.app,
        environment: options.fromEnvironment,
    });
    const candidate = choosePromotion(history, `${options.app} in ${options.fromEnvironment}`);
    options.log.info(`Promoting ${candidate.imageRefs.join(', ')} (${candidate.source || 'unknown source'}, scan pass) from ${options.fromEnvironment} to ${options.toEnvironment}.`);
    let imageRefs = candidate.imageRefs;
    if (options.toImage) {
        if (candidate.imageRefs.length !== 1) {
            throw new ConfigurationError(`Input "to-image" names one repository, but ${options.app} in ${options.fromEnvironment} deploys ${candidate.imageRefs.length} images.`);
        }
        imageRefs = [await copyPromotedImage(candidate.imageRefs[0], options.toImage, options.registry, options.log)];
    }
    return {
        imageRefs,
        source: candidate.source,
        sourceTime: candidate.sourceTime,
        scanVerdict: candidate.scanVerdict,
        scan: candidate.scan,
        configHash: candidate.configHash,
        fromCommit: candidate.deployment.commitSha,
        fromImageRefs: candidate.imageRefs,
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/report-summary.ts

/**
 * The job summary of a deployment report: per environment, the metrics, a chart and the history
 * table, cut at `maxRows` rows (GitHub refuses step summaries over 1 MiB; the JSON has every row).
 */
function renderReportSummary(report, maxRows = 100) {
    const summary = new Summary().heading(`Deployments of ${report.app}`);
    summary.paragraph(`From ${report.since} to ${report.until} (UTC).`);
    if (report.environments.length > 0) {
        summary.table(['environment', 'deploys', 'per day', 'lead time (median / p90)', 'change failure rate', 'time to restore'], report.environments.map((env) => metricsRow(env)));
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
    ];
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
        throw new ConfigurationError(`There is no deployment of ${where} to roll back.`);
    const live = restoredDeploy(history, current) ?? current;
    if (to === 'previous') {
        const rolledBack = history.flatMap((d) => (d.kind === 'rollback' && d.rollbackOf ? [d.rollbackOf] : []));
        const liveIndex = history.indexOf(live);
        const target = history
            .slice(liveIndex + 1)
            .find((d) => d.kind === 'deploy' && !rolledBack.some((sha) => sameCommit(sha, d.commitSha)));
        if (!target) {
            throw new ConfigurationError(`There is no earlier deployment of ${where} to roll back to: ${live.commitSha.slice(0, 7)} is the oldest one not rolled back.`);
        }
        return { current, target };
    }
    if (!/^[0-9a-f]{7,64}$/i.test(to)) {
        throw new ConfigurationError(`Input "to" must be "previous" or a deploy commit sha, got "${to}".`);
    }
    const named = history.find((d) => sameCommit(d.commitSha, to));
    if (!named)
        throw new ConfigurationError(`Input "to" names ${to}, which is not a deployment of ${where}.`);
    const target = named.kind === 'deploy' ? named : restoredDeploy(history, named);
    if (!target) {
        throw new ConfigurationError(`Input "to" names rollback ${to}, whose restored deployment ${named.rollbackTo ?? '(none)'} is not in the history of ${where}.`);
    }
    if (target === live) {
        throw new ConfigurationError(`Input "to" names ${to}, which is what ${where} runs now; there is nothing to roll back.`);
    }
    return { current, target };
}
/** For a rollback commit, the deploy commit it restored; for a deploy, the deploy itself. */
function restoredDeploy(history, deployment) {
    let cursor = deployment;
    // Bounded: a rollback names an older commit, and a chain cannot be longer than the history.
    for (let hops = 0; cursor && cursor.kind === 'rollback' && hops <= history.length; hops++) {
        const sha = cursor.rollbackTo;
        cursor = sha ? history.find((d) => sameCommit(d.commitSha, sha)) : undefined;
    }
    return cursor?.kind === 'deploy' ? cursor : undefined;
}
/**
 * Writes the files `path` held at `commitSha` into `destination/path`, byte for byte (modes
 * included), from a clone that may be partial: git fetches only the blobs of that tree. Nothing
 * but `destination` is touched (no index, no checkout of the clone).
 */
async function restoreFilesAt(git, commitSha, path, destination) {
    const { stdout } = await git(['ls-tree', '-z', '--name-only', commitSha, '--', path]);
    if (!stdout.split('\u0000').includes(path)) {
        throw new ConfigurationError(`Deployment ${commitSha.slice(0, 7)} has no files at "${path}" to restore.`);
    }
    await mkdir(destination, { recursive: true });
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
    return join(destination, path);
}
/**
 * Restores an earlier deployment of (app, environment): reads the history (commits only), picks
 * the target (see `planRollback`), restores the target's files from the repository's own history
 * (only those blobs are fetched) and commits them through gitops-commit's writer as a new commit
 * with the target's image, source and config-hash trailers plus `Shipgate-Rollback-Of/-To` and
 * `Shipgate-Reason`. The writer's order guard is skipped for this commit (`allowDowngrade`) and
 * from then on refuses the rolled-back source and anything older.
 */
async function rollback(options) {
    const reason = options.reason.trim();
    if (!reason)
        throw new ConfigurationError('Input "reason" is required: say why this rollback is made.');
    if (options.to !== 'previous' && !/^[0-9a-f]{7,64}$/i.test(options.to)) {
        throw new ConfigurationError(`Input "to" must be "previous" or a deploy commit sha, got "${options.to}".`);
    }
    const path = confineRepositoryPath(options.path ?? `apps/${options.app}/${options.environment}`);
    const where = `${options.app} in ${options.environment}`;
    return withScratchClone(options, { purpose: 'rollback', bare: true, subdir: 'repo.git' }, async ({ dir, git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch))) {
            throw new ConfigurationError(`There is no deployment of ${where} to roll back: the branch does not exist.`);
        }
        // Blobless: commits and trees now, file contents only for the tree that is restored.
        await fetchBranch(git, branch, { filter: 'blob:none' });
        const history = await readDeploymentsFromClone(git, remoteTrackingRef(branch), {
            app: options.app,
            environment: options.environment,
        });
        const { current, target } = planRollback(history, options.to, where);
        options.log.info(`Rolling back ${where} from ${current.commitSha.slice(0, 12)} to ${target.commitSha.slice(0, 12)} (${target.source ?? 'unknown source'}, ${target.imageRefs.join(', ')}).`);
        const sourceDir = await restoreFilesAt(git, target.commitSha, path, join(dir, 'restored'));
        return commitRollback(options, { branch, path, sourceDir, reason, current, target });
    });
}
/** The rollback commit, through gitops-commit's writer. */
async function commitRollback(options, restore) {
    const { branch, path, sourceDir, reason, current, target } = restore;
    const result = await deployToGitOps({
        ...repositoryAccess(options),
        branch,
        exec: options.exec,
        log: options.log,
        app: options.app,
        environment: options.environment,
        path,
        sourceDir,
        imageRefs: target.imageRefs,
        configHash: target.configHash,
        // The restored image's verdict goes with it, so the rollback commit can be promoted as is.
        ...(target.scan && scanVerdictOf(target) !== 'unknown' ? { scan: target.scan } : {}),
        source: target.source,
        sourceTime: target.sourceTime,
        approvalRecord: options.approvalRecord,
        requireApproval: options.requireApproval,
        message: `Roll back {app} in {environment} to ${target.commitSha.slice(0, 12)}`,
        prune: true,
        allowDowngrade: true,
        rollback: { of: current.commitSha, to: target.commitSha, reason },
        // A deploy landing after the history was read must not be silently overwritten.
        expectCurrentCommit: current.commitSha,
        runUrl: options.runUrl,
        maxAttempts: options.maxAttempts,
        retryDelays: options.retryDelays,
    });
    if (!result.changed) {
        options.log.warning(`${path} already holds the files of ${target.commitSha.slice(0, 12)}; no rollback commit was made.`);
    }
    return {
        commitSha: result.commitSha,
        changed: result.changed,
        rolledBackTo: target.commitSha,
        rolledBackFrom: current.commitSha,
        target,
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/source-time.ts
/**
 * The source commit's committer time, for `Shipgate-Source-Time`: from the checkout when the
 * commit is there, else from the push event's head commit; `undefined` when neither knows it.
 */
async function resolveSourceTime(lookup) {
    if (/^[0-9a-f]{7,64}$/i.test(lookup.sha)) {
        try {
            const shown = await lookup.exec('git', ['show', '-s', '--format=%cI', lookup.sha], {
                cwd: lookup.workspace,
                ignoreReturnCode: true,
                quiet: true,
            });
            const time = shown.exitCode === 0 ? shown.stdout.trim() : '';
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

;// CONCATENATED MODULE: ./packages/gitops/src/index.ts
// What the actions and the other packages use; the rest of the package is reached through these.



















;// CONCATENATED MODULE: ./actions/gitops-commit/src/main.ts





const CONFIG_HASH = /^sha256:[0-9a-f]{64}$/;
async function readSettings(runtime) {
    const inputs = new InputReader(runtime);
    const token = inputs.optional('token');
    maskToken(token, runtime.setSecret);
    const queueKey = inputs.optional('queue-key');
    if (queueKey)
        runtime.setSecret(queueKey);
    const workspacePath = (value) => (0,external_node_path_.resolve)(runtime.workspace, value);
    const configHash = inputs.optional('config-hash');
    if (configHash && !CONFIG_HASH.test(configHash)) {
        throw new errors/* ConfigurationError */.j1(`Input "config-hash" must be sha256:<64 hex digits>, got "${configHash}".`);
    }
    const scanRecordPath = inputs.optional('scan-record');
    const approvalRecordPath = inputs.optional('approval-record');
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
    const requireApproval = inputs.optionalBoolean('require-approval');
    return {
        exec: runtime.exec,
        log: runtime.log,
        setSecret: runtime.setSecret,
        repository: inputs.required('repository'),
        branch: inputs.optional('branch'),
        token,
        app: inputs.required('app'),
        environment: inputs.required('environment'),
        path: inputs.optional('path'),
        sourceDir: workspacePath(inputs.required('source-dir')),
        imageRefs: inputs.list('image-ref', { required: true }),
        scanRecord: scanRecordPath ? await readScanRecord(workspacePath(scanRecordPath)) : undefined,
        scan: inputs.optional('scan'),
        approvalRecord: approvalRecordPath ? await readApprovalRecord(workspacePath(approvalRecordPath)) : undefined,
        ...(requireApproval !== undefined ? { requireApproval } : {}),
        mode: inputs.enum('mode', ['push', 'pull-request'], 'push'),
        prune: inputs.boolean('prune', true),
        kustomization: inputs.optionalBoolean('kustomization'),
        allowEmpty: inputs.boolean('allow-empty', false),
        message: inputs.optional('message'),
        maxAttempts: inputs.integer('max-attempts', { min: 1, max: 100, default: 10 }),
        queueKey,
        allowDowngrade: inputs.boolean('allow-downgrade', false),
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
        return runOnGitHub(run);
    const settings = await readSettings(runtime);
    const result = await deploy_deployToGitOps(settings);
    runtime.setOutput('commit-sha', result.commitSha);
    runtime.setOutput('changed', result.changed);
    runtime.setOutput('pull-request-url', result.pullRequestUrl ?? '');
    runtime.setOutput('attempts', result.attempts);
    const outcome = result.refused
        ? `Refused: ${result.refused}.`
        : result.changed
            ? `Committed in ${result.attempts} attempt(s).`
            : 'Nothing to change: the repository already holds this deployment.';
    const summary = new summary_Summary()
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


/***/ }),

/***/ 762:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readGitHubContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

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
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Yu: () => (/* binding */ ShipgateError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   z8: () => (/* binding */ lastNonEmptyLine)
/* harmony export */ });
/* unused harmony export isUserError */
/**
 * The two kinds of failure a step can have. A `ConfigurationError` is the user's mistake and is
 * shown as one sentence with no stack trace; a `CommandError` is an external tool that failed and
 * is shown with its command, exit code and last line of stderr.
 */
class ShipgateError extends Error {
    name = 'ShipgateError';
}
class ConfigurationError extends ShipgateError {
    name = 'ConfigurationError';
}
class CommandError extends ShipgateError {
    name = 'CommandError';
    command;
    args;
    exitCode;
    stderr;
    constructor(failure) {
        super(describeCommandFailure(failure));
        this.command = failure.command;
        this.args = failure.args;
        this.exitCode = failure.exitCode;
        this.stderr = failure.stderr;
    }
    /** The last non-empty line the tool wrote to stderr; usually the one that says what went wrong. */
    get lastStderrLine() {
        return lastNonEmptyLine(this.stderr);
    }
}
function lastNonEmptyLine(text) {
    const lines = text.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim();
        if (line)
            return line;
    }
    return '';
}
function describeCommandFailure(failure) {
    const commandLine = [failure.command, ...failure.args].join(' ');
    const status = failure.reason ?? `exited with code ${failure.exitCode}`;
    const last = lastNonEmptyLine(failure.stderr);
    return last ? `\`${commandLine}\` ${status}: ${last}` : `\`${commandLine}\` ${status}.`;
}
/** One line for the step's failure message, whatever was thrown. */
function describeError(error) {
    if (error instanceof Error) {
        const message = error.message.replace(/\s*\n\s*/g, ' ').trim();
        return message || error.name;
    }
    return String(error);
}
function isUserError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 9660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ createExec)
});

// UNUSED EXPORTS: isOnPath

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/exec.ts


const KILL_GRACE_MS = 2_000;
function createExec({ log, masker, baseEnv = process.env }) {
    return (command, args, options = {}) => {
        const maskedArgs = args.map((arg) => masker.mask(arg));
        const commandLine = [command, ...maskedArgs].join(' ');
        (options.quiet ? log.debug : log.info).call(log, `[command] ${commandLine}`);
        const env = {};
        for (const [key, value] of Object.entries({ ...baseEnv, ...options.env })) {
            if (value !== undefined)
                env[key] = value;
        }
        return new Promise((resolve, reject) => {
            const fail = (exitCode, stderr, reason) => reject(new errors/* CommandError */.Qd({ command, args: maskedArgs, exitCode, stderr: masker.mask(stderr), reason }));
            const child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], { cwd: options.cwd, env, shell: false, stdio: 'pipe' });
            const stdout = [];
            const stderr = [];
            let timedOut = false;
            let timer;
            if (options.timeoutMs) {
                timer = setTimeout(() => {
                    timedOut = true;
                    child.kill('SIGTERM');
                    setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
                }, options.timeoutMs);
            }
            const collect = (chunks) => (chunk) => {
                chunks.push(chunk);
                if (options.streamOutput) {
                    for (const line of chunk.toString('utf8').split(/\r?\n/))
                        if (line)
                            log.debug(masker.mask(line));
                }
            };
            child.stdout.on('data', collect(stdout));
            child.stderr.on('data', collect(stderr));
            // A child that exits before reading all of stdin raises EPIPE; its exit code tells the story.
            child.stdin.on('error', () => { });
            if (options.input !== undefined)
                child.stdin.end(options.input);
            else
                child.stdin.end();
            child.on('error', (error) => {
                clearTimeout(timer);
                const reason = error.code === 'ENOENT' ? 'could not be run: not found on PATH' : `could not be run: ${error.message}`;
                fail(null, '', reason);
            });
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                const result = {
                    exitCode: code ?? -1,
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderr: Buffer.concat(stderr).toString('utf8'),
                };
                if (timedOut)
                    return fail(null, result.stderr, `timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)}s`);
                if (code === 0 || (options.ignoreReturnCode && code !== null))
                    return resolve(result);
                fail(code, result.stderr, code === null ? `was killed by ${signal}` : undefined);
            });
        });
    };
}
/** Whether `tool` is an executable on PATH, without running it. */
async function isOnPath(tool, env = process.env) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const { delimiter, join } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
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


/***/ }),

/***/ 4837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatOutput)
/* harmony export */ });
/* unused harmony export silentLogger */
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

/***/ 2938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runtimeBase)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(762);
/* harmony import */ var _exec__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9660);



/** What every runtime derives the same way from its logger, masker and environment. */
function runtimeBase(options) {
    const { log, masker, env } = options;
    return {
        log,
        masker,
        env,
        exec: (0,_exec__WEBPACK_IMPORTED_MODULE_2__/* .createExec */ .k)({ log, masker, baseEnv: env }),
        context: options.context ?? (0,_context__WEBPACK_IMPORTED_MODULE_1__/* .readGitHubContext */ .L)(env),
        tempDir: options.tempDir || env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
        workspace: options.workspace || env.GITHUB_WORKSPACE || process.cwd(),
    };
}


/***/ }),

/***/ 7620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SecretMasker),
/* harmony export */   o: () => (/* binding */ basicAuthForms)
/* harmony export */ });
/**
 * Replaces every registered secret, and the forms derived from it that tools print, with `***`.
 * Used on everything this project writes itself (logs, errors, outputs) so that masking does not
 * depend on the GitHub runner being the reader.
 */
class SecretMasker {
    #secrets = new Set();
    /** Registers a secret and returns the values that were newly registered (to forward to the runner). */
    add(secret) {
        if (!secret)
            return [];
        const added = [];
        for (const form of [secret, ...secret.split(/\r?\n/)]) {
            const value = form.trim();
            // Masking very short values would shred ordinary log text and protects nothing.
            if (value.length < 3 || this.#secrets.has(value))
                continue;
            this.#secrets.add(value);
            added.push(value);
        }
        return added;
    }
    get secrets() {
        return [...this.#secrets];
    }
    mask(text) {
        if (this.#secrets.size === 0 || !text)
            return text;
        let masked = text;
        // Longest first, so a secret that contains another is replaced whole.
        for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
            masked = masked.split(secret).join('***');
        }
        return masked;
    }
}
/**
 * The forms a token takes on the wire when used for HTTP basic auth, which git and registries
 * may echo in debug output: `user:token` and its base64.
 */
function basicAuthForms(username, password) {
    const pair = `${username}:${password}`;
    return [password, pair, Buffer.from(pair).toString('base64')];
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1098);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
