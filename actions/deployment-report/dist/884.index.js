export const id = 884;
export const ids = [884];
export const modules = {

/***/ 88884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  octokitClient: () => (/* binding */ octokitClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(75250);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/core/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./packages/core/src/abortable-sleep.ts
/** Waits `ms`, or less when `signal` aborts first; never rejects, so callers check `signal.aborted`. */
function abortableSleep(ms, signal) {
    if (signal?.aborted || ms <= 0)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __webpack_require__(59899);
;// CONCATENATED MODULE: ./packages/core/src/github-failure.ts



/**
 * The one mapping from Octokit's failures to `GitHubApiError`, naming the call: `404 Not Found`,
 * `403 rate limited (…), resets in 60s`, or `could not reach <origin> (ECONNREFUSED)`. A rate limit
 * is a 429, or a 403 with no quota left, a `retry-after` or "rate limit" in its message; its wait is
 * what `retry-after` or `x-ratelimit-reset` (by `now`, plus a second) says, else a minute.
 */
function githubApiError(error, where, now = Date.now()) {
    if (error instanceof github_client/* GitHubApiError */.O)
        return error;
    const failure = error;
    const response = failure.response;
    if (!response) {
        const reason = networkCode(failure) ?? failure.message ?? String(error);
        return new github_client/* GitHubApiError */.O(where.call, `could not reach ${where.origin} (${reason})`, { cause: error });
    }
    const { status, headers } = response;
    const message = apiMessage(response.data) || external_node_http_.STATUS_CODES[status] || 'no reason given';
    const header = (name) => (headers[name] === undefined ? null : String(headers[name]));
    const remaining = header('x-ratelimit-remaining');
    const retryAfter = (0,retry/* parseRetryAfter */.mu)(header('retry-after'), now);
    const rateLimited = status === 429 ||
        (status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(message)));
    if (!rateLimited)
        return new github_client/* GitHubApiError */.O(where.call, `${status} ${message}`, { status, cause: error });
    let requestedDelayMs = retryAfter;
    const reset = Number(header('x-ratelimit-reset'));
    if (requestedDelayMs === undefined && remaining === '0' && Number.isFinite(reset) && reset > 0) {
        requestedDelayMs = Math.max(0, reset * 1000 - now) + 1_000;
    }
    requestedDelayMs ??= 60_000;
    return new github_client/* GitHubApiError */.O(where.call, `${status} rate limited (${message}), resets in ${Math.ceil(requestedDelayMs / 1000)}s`, { status, requestedDelayMs, rateLimited, cause: error });
}
/** `ECONNREFUSED`, `ENOTFOUND`…: fetch hides it in its error's cause (Octokit's error's cause's cause). */
function networkCode(failure) {
    let cause = failure;
    for (let depth = 0; depth < 4 && cause; depth++) {
        const code = cause.code;
        if (typeof code === 'string')
            return code;
        cause = cause.cause;
    }
    return undefined;
}
/** GitHub's JSON `message` (not a proxy's HTML page), with the `errors[].message` details a 422 carries ("A pull request already exists…"). */
function apiMessage(data) {
    if (!data || typeof data !== 'object')
        return '';
    const record = data;
    const message = typeof record.message === 'string' ? record.message : '';
    const details = Array.isArray(record.errors)
        ? record.errors
            .map((entry) => entry?.message)
            .filter((detail) => typeof detail === 'string' && detail.length > 0)
        : [];
    return details.length > 0 ? `${message} (${details.join('; ')})` : message;
}

// EXTERNAL MODULE: ./packages/core/src/proxy.ts + 1 modules
var proxy = __webpack_require__(38432);
// EXTERNAL MODULE: ./packages/core/src/runtime.ts
var runtime = __webpack_require__(84837);
;// CONCATENATED MODULE: ./packages/core/src/github-octokit.ts
/**
 * The GitHub client's machinery, loaded only when a step first calls GitHub (github-client.ts):
 * `@actions/github`'s Octokit with `@octokit/plugin-retry`, `@octokit/plugin-throttling` and its
 * pagination. Shipgate's rules sit in one plugin inside those two:
 *
 * - 5xx, 408 and dropped connections are retried for idempotent methods only: a POST that reached
 *   GitHub may have happened (a refused connection never reached it, so that one is retried too);
 *   a GraphQL query is a POST that changes nothing, and is marked idempotent by `graphql`;
 * - rate limits (primary and secondary) are waited out for every method, since GitHub refused the
 *   call before doing anything, as long as `retry-after` or `x-ratelimit-reset` says, up to a
 *   maximum wait; 401/404/422 and other 4xx fail at once;
 * - every wait goes through one injectable sleep, and every failure leaves as one `GitHubApiError`.
 */











const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
async function octokitClient(options) {
    const octokit = await createOctokit(options);
    return {
        async request(route, { params, query, body, signal } = {}) {
            const response = await octokit.request(route, {
                ...params,
                ...defined(query),
                ...(body === undefined ? {} : { data: body }),
                request: signal ? { signal } : {},
            });
            return { status: response.status, data: response.data, headers: response.headers };
        },
        async paginate(route, options = {}) {
            const { params, query, signal, maxPages = 100 } = options;
            const [method = 'GET', url = '/'] = route.split(' ');
            // The iterator passes no per-call request options on; as a default of its request, the signal stays.
            const requester = octokit.request.defaults({ request: signal ? { signal } : {} });
            const iterate = octokit.paginate.iterator;
            const pages = iterate(requester, {
                method,
                url,
                ...params,
                ...defined(query),
                per_page: 100,
                page: 1,
            });
            const items = [];
            let count = 0;
            for await (const page of pages) {
                // The iterator reads a 409 (an empty repository's commits) as the end of the list; here it fails.
                if (Object.keys(page.headers).length === 0)
                    throw new github_client/* GitHubApiError */.O(route, '409 Conflict', { status: 409 });
                items.push(...page.data);
                count += 1;
                if (count >= maxPages && /rel="next"/.test(String(page.headers.link ?? ''))) {
                    throw new github_client/* GitHubApiError */.O(route, `more than ${maxPages} pages of results`);
                }
            }
            return items;
        },
        async graphql(query, variables = {}, { signal } = {}) {
            const request = { idempotent: true, ...(signal ? { signal } : {}) };
            try {
                return { data: (await octokit.graphql(query, { ...variables, request })), errors: [] };
            }
            catch (error) {
                return partialAnswer(error);
            }
        },
    };
}
/**
 * Octokit throws on any `errors` in a GraphQL answer; one with `data` is GitHub's partial answer
 * (a missing issue is `null` there, with a NOT_FOUND error), which the caller judges.
 */
function partialAnswer(error) {
    const answer = error;
    if (answer.name !== 'GraphqlResponseError')
        throw error;
    const errors = (answer.errors ?? []).map((entry) => ({
        message: String(entry.message ?? 'no message'),
        ...(typeof entry.type === 'string' ? { type: entry.type } : {}),
        ...(Array.isArray(entry.path) ? { path: entry.path } : {}),
    }));
    if (answer.data !== undefined && answer.data !== null)
        return { data: answer.data, errors };
    const detail = errors.map((entry) => (entry.type ? `${entry.type} ${entry.message}` : entry.message)).join('; ');
    throw new github_client/* GitHubApiError */.O('POST /graphql', detail || 'no data in the answer', { cause: error });
}
async function createOctokit(options) {
    const log = options.log ?? runtime/* silentLogger */.q;
    const sleep = options.sleep;
    const rules = {
        token: options.token,
        baseUrl: options.baseUrl,
        attempts: Math.max(1, options.attempts ?? 5),
        baseDelayMs: options.baseDelayMs ?? 1_000,
        maxDelayMs: options.maxDelayMs ?? 30_000,
        maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? 15 * 60_000,
        now: options.now ?? Date.now,
        sleep: sleep ? (ms) => sleep(ms) : abortableSleep,
        log,
    };
    const calls = new WeakMap();
    const Client = utils/* GitHub */.gq.plugin(shipgateRules(rules, calls), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const agent = `shipgate${options.action ? `-${options.action}` : ''}/${package_namespaceObject.rE}`;
    const octokit = new Client({
        baseUrl: options.baseUrl,
        userAgent: (0,utils/* getUserAgentWithOrchestrationId */.fA)(agent),
        request: { fetch: options.fetch ?? (await (0,proxy/* proxiedFetch */.i)(options.env)) },
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.debug(message),
            warn: (message) => log.warning(message),
            error: (message) => log.error(message),
        },
        // The waits are the rules' (through `sleep`); the plugins only decide and repeat.
        retry: { retries: rules.attempts - 1, retryAfterBaseValue: 0 },
        throttle: {
            retryAfterBaseValue: 0,
            onRateLimit: (_seconds, endpoint) => waitOutRateLimit(rules, calls, endpoint),
            onSecondaryRateLimit: (_seconds, endpoint) => waitOutRateLimit(rules, calls, endpoint),
            // GitHub asks heavy writers to space writes (1 s, 3 s for those that notify); a step writes a
            // handful, so writes are only serialised. A limit GitHub does send is waited out above.
            write: new (light_default()).Group({ maxConcurrent: 1 }),
            notifications: new (light_default()).Group({ maxConcurrent: 1 }),
            search: new (light_default()).Group({ maxConcurrent: 1 }),
        },
    });
    // Outermost: each call gets its own request options, since the rules and the plugins write their
    // counts there and the pages of one list share theirs; and each leaves with one kind of error.
    octokit.hook.wrap('request', async (request, endpoint) => {
        endpoint.request = { ...endpoint.request };
        try {
            return await request(endpoint);
        }
        catch (error) {
            throw githubApiError(error, callOf(octokit, endpoint, rules.baseUrl), rules.now());
        }
    });
    return octokit;
}
/**
 * The plugin with Shipgate's rules, inside plugin-retry (which reads `request.retries` after this
 * hook) and plugin-throttling (whose handlers read what this hook saw of the last answer).
 */
function shipgateRules(rules, calls) {
    return (octokit) => {
        octokit.hook.before('request', (endpoint) => {
            endpoint.headers.authorization = `Bearer ${rules.token}`;
            endpoint.headers['x-github-api-version'] = '2022-11-28';
        });
        octokit.hook.error('request', async (error, options) => {
            const endpoint = options;
            const state = calls.get(endpoint) ?? { failures: 0 };
            calls.set(endpoint, state);
            state.failures += 1;
            state.last = githubApiError(error, callOf(octokit, endpoint, rules.baseUrl), rules.now());
            const again = !state.last.rateLimited && state.failures < rules.attempts && mayRepeat(endpoint, error);
            // Rate limits are plugin-throttling's to repeat; everything else plugin-retry's, when `again`.
            endpoint.request.retries = again ? rules.attempts - 1 : 0;
            if (again) {
                const delayMs = (0,retry/* backoffDelay */.EY)(state.failures, rules);
                rules.log.warning(`${state.last.message}; retrying in ${Math.ceil(delayMs / 1000)}s (attempt ${state.failures + 1}).`);
                if (delayMs > 0)
                    await rules.sleep(delayMs, endpoint.request.signal);
            }
            throw error;
        });
        return {};
    };
}
/** Server errors, timeouts and dropped connections, for a call that may run twice; a refused connection always. */
function mayRepeat(endpoint, failure) {
    if (endpoint.request.signal?.aborted || failure.name === 'AbortError')
        return false;
    const idempotent = IDEMPOTENT.has(endpoint.method) || endpoint.request.idempotent === true;
    const status = failure.response?.status;
    if (status === undefined)
        return idempotent || networkCode(failure) === 'ECONNREFUSED';
    return idempotent && (status === 408 || status >= 500);
}
/** plugin-throttling's handler: wait as long as the answer asked, within the limits; true repeats the call. */
async function waitOutRateLimit(rules, calls, endpoint) {
    const state = calls.get(endpoint);
    const waitMs = state?.last?.requestedDelayMs;
    if (!state?.last || waitMs === undefined)
        return false;
    if (state.failures >= rules.attempts || waitMs > rules.maxRateLimitWaitMs)
        return false;
    rules.log.warning(`${state.last.message}; retrying in ${Math.ceil(waitMs / 1000)}s (attempt ${state.failures + 1}).`);
    await rules.sleep(waitMs, endpoint.request.signal);
    return !endpoint.request.signal?.aborted;
}
/** `GET /repos/acme/web` (the path below the API root, no query) and the origin, for messages. */
function callOf(octokit, endpoint, baseUrl) {
    const { method, url } = octokit.request.endpoint(endpoint);
    const parsed = new URL(url);
    const root = baseUrl ? new URL(baseUrl) : undefined;
    const prefix = root && root.origin === parsed.origin ? root.pathname.replace(/\/+$/, '') : '';
    const path = prefix && parsed.pathname.startsWith(`${prefix}/`) ? parsed.pathname.slice(prefix.length) : parsed.pathname;
    return { call: `${method} ${path}`, origin: parsed.origin };
}
function defined(query) {
    const values = {};
    for (const [key, value] of Object.entries(query ?? {}))
        if (value !== undefined)
            values[key] = value;
    return values;
}


/***/ }),

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


/***/ })

};
