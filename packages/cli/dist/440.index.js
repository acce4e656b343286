export const id = 440;
export const ids = [440];
export const modules = {

/***/ 30380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** A GitHub REST call that failed; names the call so a log reader knows which one. */
class GitHubApiError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu {
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
function createGitHubClient(options) {
    const env = options.env ?? process.env;
    const baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
    let loaded;
    const octokit = () => {
        loaded ??= Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(59), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 56542)).then((module) => module.octokitClient({ ...options, env, baseUrl }));
        return loaded;
    };
    return {
        baseUrl,
        request: async (route, requestOptions) => (await octokit()).request(route, requestOptions),
        paginate: async (route, requestOptions) => (await octokit()).paginate(route, requestOptions),
        graphql: async (query, variables, graphqlOptions) => (await octokit()).graphql(query, variables, graphqlOptions),
    };
}


/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   v: () => (/* binding */ requireBranchName)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" is required.`);
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
    /**
     * An input that replaced `oldName`: the old one, when a workflow still sets it, wins over the new
     * one's default (an action.yml default cannot be told from a value the workflow set), and `name`
     * says which input the value came from, so errors and the caller's deprecation warning name it.
     */
    renamed(name, oldName) {
        const old = this.source.getInput(oldName);
        return old ? { name: oldName, value: old } : { name, value: this.source.getInput(name) || undefined };
    }
    boolean(name, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (TRUE_VALUES.has(value))
            return true;
        if (FALSE_VALUES.has(value))
            return false;
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" must be true or false, got "${value}".`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" must be an integer from ${options.min} to ${options.max}, got "${value}".`);
        }
        return number;
    }
    /** Newline- or comma-separated values, trimmed, empty entries dropped. */
    list(name, options = {}) {
        const values = splitList(this.source.getInput(name));
        if (options.required && values.length === 0)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" is required.`);
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
    branch(name, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        requireBranchName(value, name);
        return value;
    }
    enum(name, allowed, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (allowed.includes(value))
            return value;
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" must be one of ${formatChoices(allowed)}, got "${value}".`);
    }
}
/**
 * Refuses what git refuses as a branch name (git-check-ref-format(1)), so that a name like `a..b`
 * or `main:evil` is a bad input instead of a revision range or refspec handed to git.
 */
function requireBranchName(value, inputName) {
    const reason = branchNameProblem(value);
    if (reason)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" is not a valid branch name (${reason}), got "${value}".`);
}
function branchNameProblem(value) {
    if (value.startsWith('-'))
        return 'it starts with "-"';
    if (value.includes('..'))
        return 'it contains ".."';
    if (value.includes('@{') || value === '@')
        return 'it contains "@{"';
    if (/[\u0000-\u0020\u007f]/.test(value))
        return 'it contains a space or control character';
    if (/[~^:?*[\\]/.test(value))
        return 'it contains one of ~ ^ : ? * [ \\';
    const parts = value.split('/');
    if (parts.some((part) => part === ''))
        return 'it has an empty path component';
    if (parts.some((part) => part.startsWith('.') || part.endsWith('.lock'))) {
        return 'a component starts with "." or ends with ".lock"';
    }
    if (value.endsWith('.'))
        return 'it ends with "."';
    return undefined;
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


/***/ }),

/***/ 59899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `operation` until it succeeds, an error is not retryable, or attempts run out; the last
 * error is rethrown as it was. Only wrap idempotent operations.
 */
async function retry(operation, options) {
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
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** HTTP statuses worth another attempt: timeouts, rate limits and server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}


/***/ }),

/***/ 50521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Summary),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/** A small markdown builder for job summaries; the GitHub, CLI and memory runtimes all take its text. */
class Summary {
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
        this.#parts.push(`<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n\n</details>`);
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
function escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 74723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ requireDigestReference),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   rI: () => (/* binding */ ImageReferenceError),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   vZ: () => (/* binding */ lowercaseRepositoryPath)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX, sameRepository, withTag */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** An image reference that is not valid under the distribution reference grammar. */
class ImageReferenceError extends _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
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
function parseImageReference(input, options = {}) {
    const normalize = options.normalize ?? true;
    if (input === '')
        throw new ImageReferenceError(input, 'it is empty');
    if (input.trim() !== input)
        throw new ImageReferenceError(input, 'it has leading or trailing whitespace');
    if (normalize) {
        if (anchoredIdentifier.test(input)) {
            throw new ImageReferenceError(input, 'a repository name cannot be a 64-character hexadecimal string');
        }
        const { domain, remainder, written } = splitDockerDomain(input);
        const tagAt = remainder.indexOf(':');
        const remote = tagAt >= 0 ? remainder.slice(0, tagAt) : remainder;
        if (remote.toLowerCase() !== remote) {
            const writtenTagAt = written.indexOf(':');
            const writtenRemote = (writtenTagAt >= 0 ? written.slice(0, writtenTagAt) : written).split('@')[0];
            throw new ImageReferenceError(input, `the repository name "${writtenRemote}" must be lowercase`);
        }
        const parsed = parseStrict(`${domain}/${remainder}`, input);
        return parsed;
    }
    return parseStrict(input, input);
}
function parseStrict(text, input) {
    const match = referencePattern.exec(text);
    if (!match)
        throw new ImageReferenceError(input, explainMismatch(input));
    const [, name = '', domain = '', path = '', tag, digest] = match;
    if (name.length > NAME_TOTAL_LENGTH_MAX) {
        throw new ImageReferenceError(input, `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
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
        throw new ImageReferenceError(input, `the digest algorithm "${algorithm}" is not supported`);
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        throw new ImageReferenceError(input, `a ${algorithm} digest must be ${length} lowercase hexadecimal characters`);
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
        reference = parseImageReference(value);
    }
    catch (error) {
        if (error instanceof ImageReferenceError) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
    if (!reference.digest) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${value}".`);
    }
    return reference;
}
/** Whether two references name the same repository (tags and digests ignored, Docker Hub short names expanded). */
function sameRepository(a, b) {
    const nameOf = (value) => (typeof value === 'string' ? parseImageReference(value) : value).name;
    return nameOf(a) === nameOf(b);
}
/** A reference to `name` (a repository) pinned to `digest`: `name@digest`. */
function withDigest(reference, digest) {
    const base = typeof reference === 'string' ? parseImageReference(reference) : reference;
    const input = `${base.name}@${digest}`;
    if (!anchoredDigest.test(digest))
        throw new ImageReferenceError(input, `"${digest}" is not of the form algorithm:hex`);
    validateDigest(digest, input);
    return makeReference(base.domain, base.path, undefined, digest);
}
/** A reference to `name` with `tag`, validating the tag against the grammar. */
function withTag(reference, tag) {
    const base = typeof reference === 'string' ? parseImageReference(reference) : reference;
    if (!isValidTag(tag))
        throw new ImageReferenceError(`${base.name}:${tag}`, `the tag "${tag}" is not valid`);
    return makeReference(base.domain, base.path, tag, undefined);
}
function isValidTag(tag) {
    return anchoredTag.test(tag);
}


/***/ })

};
