export const id = 257;
export const ids = [257];
export const modules = {

/***/ 91257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readSettings: () => (/* binding */ readSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/attest/src/settings.ts + 1 modules
var settings = __webpack_require__(3183);
// EXTERNAL MODULE: ./packages/attest/src/pipeline.ts + 1 modules
var pipeline = __webpack_require__(69978);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __webpack_require__(87620);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/input-files.ts
var input_files = __webpack_require__(85851);
// EXTERNAL MODULE: ./packages/image/src/registry-client.ts
var registry_client = __webpack_require__(83536);
// EXTERNAL MODULE: ./packages/scan/src/scan-record.ts
var scan_record = __webpack_require__(37618);
;// CONCATENATED MODULE: ./packages/scan/src/finding.ts


const RANK = {
    critical: 5,
    high: 4,
    medium: 3,
    low: 2,
    negligible: 1,
    unknown: 0,
};
function severityRank(severity) {
    return RANK[severity];
}
function isAtOrAbove(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
/** A scanner's severity word (`CRITICAL`, `High`, `Negligible`, …); anything unrecognised is `unknown`. */
function normaliseSeverity(value) {
    if (typeof value !== 'string')
        return 'unknown';
    const lower = value.trim().toLowerCase();
    return scan_record/* SEVERITIES */.oC.includes(lower) ? lower : 'unknown';
}
/** A severity name a user wrote in an input; case-insensitive, and a typo is an error rather than `unknown`. */
function parseSeverityName(value, inputName) {
    const lower = value.trim().toLowerCase();
    if (scan_record/* SEVERITIES */.oC.includes(lower))
        return lower;
    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be one of ${scan_record/* SEVERITIES */.oC.join(', ')}, got "${value}".`);
}
function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 };
}
function countBySeverity(findings) {
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

;// CONCATENATED MODULE: ./packages/scan/src/severity-selection.ts



/** A list of severities in any case (`CRITICAL,HIGH`, Trivy's spelling), highest first, each once. */
function parseSeverityList(entries, inputName) {
    const severities = new Set();
    for (const entry of entries) {
        const lower = entry.trim().toLowerCase();
        if (!scan_record/* SEVERITIES */.oC.includes(lower)) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which is not one of ${scan_record/* SEVERITIES */.oC.map((name) => name.toUpperCase()).join(', ')}.`);
        }
        severities.add(lower);
    }
    if (severities.size === 0)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" lists no severity.`);
    return [...severities].sort((a, b) => severityRank(b) - severityRank(a));
}
/** A list that is every severity down to its lowest is that threshold; any other list stays a list. */
function failingSeverities(list) {
    const lowest = list.reduce((low, severity) => (severityRank(severity) < severityRank(low) ? severity : low));
    const threshold = scan_record/* SEVERITIES */.oC.filter((severity) => isAtOrAbove(severity, lowest));
    const isThreshold = threshold.length === list.length;
    return { severityThreshold: lowest, ...(isThreshold ? {} : { failSeverities: [...list] }) };
}
function failsOn(severity, policy) {
    return policy.failSeverities
        ? policy.failSeverities.includes(severity)
        : isAtOrAbove(severity, policy.severityThreshold);
}
/** For messages: `at or above severity high`, or `of severity critical, medium or unknown`. */
function describeFailingSeverities(policy) {
    const list = policy.failSeverities;
    if (!list)
        return `at or above severity ${policy.severityThreshold}`;
    if (list.length === 1)
        return `of severity ${list[0]}`;
    return `of severity ${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}

;// CONCATENATED MODULE: ./packages/scan/src/scanner-options.ts

/** Without a `timeout`, the scan's process is stopped after this long all the same. */
const DEFAULT_SCAN_DEADLINE_MS = 30 * 60_000;
/** Trivy is given the timeout itself, and this long more to say so before its process is stopped. */
const TRIVY_TIMEOUT_GRACE_MS = 60_000;
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 };
/** Go's duration as trivy-action's `timeout` takes it (`5m0s`, `10m`, `1h30m`, `90s`) → milliseconds. */
function parseScanTimeout(text, inputName = 'timeout') {
    if (!/^(\d+[hms])+$/.test(text)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be a duration such as 5m0s, 10m or 1h, got "${text}".`);
    }
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([hms])/g))
        total += Number(amount) * UNIT_MS[unit];
    if (total === 0)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be longer than 0s, got "${text}".`);
    return total;
}
/** Milliseconds as a Go duration in whole seconds, which Trivy's `--timeout` takes. */
function goSeconds(ms) {
    return `${Math.ceil(ms / 1000)}s`;
}
/**
 * What the chosen scanner cannot take, refused naming the input: Grype reads its database from
 * one listing URL and has no Java database; Trivy's database repositories are OCI references.
 */
function checkScannerOptions(scanner, options) {
    const repositories = options.dbRepositories ?? [];
    const isUrl = (value) => /^https?:\/\//.test(value);
    if (scanner === 'grype') {
        if ((options.javaDbRepositories ?? []).length > 0) {
            throw new errors/* ConfigurationError */.j1('Input "java-db-repository" is for Trivy only; Grype keeps Java advisories in its one database.');
        }
        if (repositories.length > 1 || repositories.some((value) => !isUrl(value))) {
            throw new errors/* ConfigurationError */.j1(`Input "db-repository" must be one http(s) URL of a database listing for Grype (GRYPE_DB_UPDATE_URL), got "${repositories.join(', ')}".`);
        }
        return;
    }
    for (const [input, values] of [
        ['db-repository', repositories],
        ['java-db-repository', options.javaDbRepositories ?? []],
    ]) {
        const url = values.find(isUrl);
        if (url) {
            throw new errors/* ConfigurationError */.j1(`Input "${input}" has "${url}", but Trivy takes OCI repositories (e.g. mirror.gcr.io/aquasec/trivy-db:2), not URLs.`);
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/exec.ts + 1 modules
var exec = __webpack_require__(65364);
// EXTERNAL MODULE: ./packages/image/src/reference.ts
var src_reference = __webpack_require__(74723);
;// CONCATENATED MODULE: ./packages/scan/src/grype-cli.ts



function grypeScanArgs(imageRef, outputFile) {
    return [imageRef, '-o', 'json', '--file', outputFile];
}
const GRYPE_VERSION_ARGS = ['version', '-o', 'json'];
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
        throw new errors/* ConfigurationError */.j1('`grype version -o json` did not print JSON.');
    }
    if (!finding_isRecord(json) || typeof json.version !== 'string') {
        throw new errors/* ConfigurationError */.j1('`grype version -o json` printed JSON without a "version".');
    }
    return { version: json.version };
}
/** Grype reads registry credentials, TLS settings and where its database lives from its environment. */
function grypeEnv(registry, options = {}) {
    const env = {};
    if (registry?.username)
        env.GRYPE_REGISTRY_AUTH_USERNAME = registry.username;
    if (registry?.password)
        env.GRYPE_REGISTRY_AUTH_PASSWORD = registry.password;
    if (registry && !registry.tlsVerify)
        env.GRYPE_REGISTRY_INSECURE_SKIP_TLS_VERIFY = 'true';
    if (options.cacheDir)
        env.GRYPE_DB_CACHE_DIR = options.cacheDir;
    const [updateUrl] = options.dbRepositories ?? [];
    if (updateUrl)
        env.GRYPE_DB_UPDATE_URL = updateUrl;
    return env;
}
/** Grype has no timeout of its own: its process is stopped at the `timeout`, or the default deadline. */
function grypeDeadlineMs(options = {}) {
    return options.timeoutMs ?? DEFAULT_SCAN_DEADLINE_MS;
}
async function grypeVersion({ exec }) {
    const { stdout } = await exec('grype', GRYPE_VERSION_ARGS, { quiet: true, timeoutMs: 60_000 });
    return parseGrypeVersion(stdout);
}
async function runGrype({ exec }, imageRef, outputFile, registry, options = {}) {
    await exec('grype', grypeScanArgs(imageRef, outputFile), {
        env: grypeEnv(registry, options),
        timeoutMs: grypeDeadlineMs(options),
        streamOutput: { group: `Scanning ${imageRef} with Grype` },
    });
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
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
class JsonSyntaxError extends Error {
    offset;
    name = 'JsonSyntaxError';
    constructor(reason, offset) {
        super(`${reason} at byte ${offset}`);
        this.offset = offset;
    }
}
/**
 * One value is longer than can be read as one string (V8's limit, `buffer.constants.MAX_STRING_LENGTH`
 * UTF-16 units: a UTF-8 slice of at most that many bytes always fits), at byte `offset`.
 */
class JsonValueTooLong extends Error {
    offset;
    length;
    maxLength;
    name = 'JsonValueTooLong';
    constructor(offset, length, maxLength) {
        super(`A value of ${length} bytes at byte ${offset} is longer than the ${maxLength} bytes one value may be`);
        this.offset = offset;
        this.length = length;
        this.maxLength = maxLength;
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
    /** The longest slice decoded as one string; a longer value is a `JsonValueTooLong`. */
    maxValueBytes = external_node_buffer_.constants.MAX_STRING_LENGTH;
    ended;
    constructor(bytes, limit, read, chunkSize = 0) {
        this.read = read;
        this.chunkSize = chunkSize;
        this.bytes = bytes;
        this.limit = limit;
        this.ended = read === undefined;
    }
    static of(bytes, options = {}) {
        return new json_slices_JsonBytes(bytes, bytes.length).limitedTo(options.maxValueBytes);
    }
    /** Reads the document `chunkSize` bytes at a time, as the walk needs them. */
    static reading(read, chunkSize = 1 << 20, options = {}) {
        return new json_slices_JsonBytes(Buffer.allocUnsafeSlow(2 * chunkSize), 0, read, chunkSize).limitedTo(options.maxValueBytes);
    }
    limitedTo(maxValueBytes) {
        if (maxValueBytes !== undefined)
            this.maxValueBytes = Math.min(maxValueBytes, external_node_buffer_.constants.MAX_STRING_LENGTH);
        return this;
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
const PARSE_WHOLE_LIMIT = 1 << 20;
/** The byte at `pos`, loading it if need be; -1 past the end of the document. */
function byteAt(input, pos) {
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
            throw new JsonSyntaxError('Unterminated string', start);
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
    const c = byteAt(input, pos);
    if (c < 0)
        return new JsonSyntaxError(`Unexpected end of input, expected ${wanted}`, pos);
    const shown = c >= 0x21 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
    return new JsonSyntaxError(`Unexpected ${shown}, expected ${wanted}`, pos);
}
/**
 * The end of the value that starts at `start` (its first byte, not whitespace), or -1 when it is
 * longer than `maxLength`. Structural only: strings and brackets are matched, but scalars and
 * string contents are left for `JSON.parse`. Pin `start` first if the value is to be sliced.
 */
function valueEnd(input, start, maxLength = Number.POSITIVE_INFINITY) {
    const first = byteAt(input, start);
    if (first === QUOTE) {
        const end = stringEnd(input, start);
        return end - start > maxLength ? -1 : end;
    }
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
        let i = start;
        while (isScalarByte(byteAt(input, i)))
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
            throw new JsonSyntaxError(`Unexpected end of input, expected '${String.fromCharCode(closers.at(-1) ?? 0)}'`, i);
        }
    }
}
/** The UTF-8 text of a slice, which must be loaded (pinned while it was measured). */
function decodeRange(input, start, end) {
    return input.bytes.toString('utf8', start - input.base, end - input.base);
}
/**
 * `JSON.parse` of one loaded slice; its syntax errors become `JsonSyntaxError`s at the slice's
 * start, and a slice too long to decode a `JsonValueTooLong` (rather than V8's "Cannot create a
 * string longer than…", which names nothing).
 */
function parseRange(input, start, end) {
    if (end - start > input.maxValueBytes)
        throw new JsonValueTooLong(start, end - start, input.maxValueBytes);
    try {
        return JSON.parse(decodeRange(input, start, end));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            throw new JsonSyntaxError(`Invalid JSON value (${error.message})`, start);
        throw error;
    }
}
/** Parses the value at `start`: the value and where it ends. */
function parseValueAt(input, start) {
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
function skipValue(input, start) {
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
    const first = byteAt(input, start);
    if (first === OPEN_BRACE)
        return forEachMember(input, start, (_name, valueStart) => skipValue(input, valueStart));
    if (first === OPEN_BRACKET)
        return forEachElement(input, start, (elementStart) => skipValue(input, elementStart));
    return parseValueAt(input, start).end; // a string longer than the limit
}
/**
 * Walks the object whose `{` is at `start`: for each member, `visit(name, valueStart)` must
 * consume the value (parse or skip it) and return its end. Returns the end of the object.
 * Members are visited in document order, duplicates included.
 */
function forEachMember(input, start, visit) {
    if (byteAt(input, start) !== OPEN_BRACE)
        throw unexpected(input, start, "'{'");
    let i = skipWhitespace(input, start + 1);
    if (byteAt(input, i) === CLOSE_BRACE)
        return i + 1;
    for (;;) {
        if (byteAt(input, i) !== QUOTE)
            throw unexpected(input, i, 'a member name');
        const { value: name, end: nameEnd } = parseValueAt(input, i);
        i = skipWhitespace(input, nameEnd);
        if (byteAt(input, i) !== COLON)
            throw unexpected(input, i, "':'");
        i = skipWhitespace(input, i + 1);
        if (byteAt(input, i) < 0)
            throw unexpected(input, i, 'a value');
        i = skipWhitespace(input, visit(name, i));
        const c = byteAt(input, i);
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
function forEachElement(input, start, visit) {
    if (byteAt(input, start) !== OPEN_BRACKET)
        throw unexpected(input, start, "'['");
    let i = skipWhitespace(input, start + 1);
    if (byteAt(input, i) === CLOSE_BRACKET)
        return i + 1;
    for (let index = 0;; index++) {
        if (byteAt(input, i) < 0)
            throw unexpected(input, i, 'a value');
        i = skipWhitespace(input, visit(i, index));
        const c = byteAt(input, i);
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
    forEachMember(input, start, (name, valueStart) => {
        const end = valueEnd(input, valueStart);
        members.push({ name, value: { start: valueStart, end } });
        return end;
    });
    return members;
}
/** The elements of the array at `start` as ranges (values are not checked). */
function arrayElements(input, start) {
    const elements = [];
    forEachElement(input, start, (elementStart) => {
        const end = valueEnd(input, elementStart);
        elements.push({ start: elementStart, end });
        return end;
    });
    return elements;
}
/** Where the single top-level value of a document starts. */
function documentStart(input) {
    const start = skipWhitespace(input, 0);
    if (byteAt(input, start) < 0)
        throw unexpected(input, start, 'a value');
    return start;
}
/** Checks that only whitespace follows the top-level value, which ends at `end`. */
function finishDocument(input, end) {
    const rest = skipWhitespace(input, end);
    if (byteAt(input, rest) >= 0)
        throw unexpected(input, rest, 'the end of the document');
}
function isObjectAt(input, start) {
    return byteAt(input, start) === OPEN_BRACE;
}
function isArrayAt(input, start) {
    return byteAt(input, start) === OPEN_BRACKET;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/scan/src/policy.ts




const DEFAULT_UNFIXED_STATES = new Set(['not-fixed', 'wont-fix', 'unknown']);
/**
 * Applies the policy. `today` is YYYY-MM-DD (UTC) so that expiry is decided by one clock the
 * caller controls. Linear in findings: entries are looked up by id.
 */
function evaluatePolicy(findings, policy, today) {
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
        if (failsOn(finding.severity, policy))
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
function parseIgnoreFile(text, name) {
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
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/\.$/, '');
        throw new errors/* ConfigurationError */.j1(`Ignore file ${name} is not valid YAML (${detail}).`);
    }
    if (!Array.isArray(document)) {
        throw new errors/* ConfigurationError */.j1(`Ignore file ${name} must be a YAML list of entries with id and reason.`);
    }
    return document.map((raw, index) => {
        const origin = `entry ${index + 1}`;
        if (!finding_isRecord(raw)) {
            throw new errors/* ConfigurationError */.j1(`Ignore file ${name} ${origin} is not a mapping with id and reason.`);
        }
        const id = typeof raw.id === 'string' ? raw.id.trim() : '';
        if (!id)
            throw new errors/* ConfigurationError */.j1(`Ignore file ${name} ${origin} has no id.`);
        const label = `${origin} (${id})`;
        const unknownKey = Object.keys(raw).find((key) => !ENTRY_KEYS.has(key));
        if (unknownKey) {
            throw new errors/* ConfigurationError */.j1(`Ignore file ${name} ${label} has the unknown key "${unknownKey}" (allowed: id, package, reason, expires).`);
        }
        const reason = typeof raw.reason === 'string' ? raw.reason.trim() : '';
        if (!reason) {
            throw new errors/* ConfigurationError */.j1(`Ignore file ${name} ${label} has no reason; every ignored vulnerability needs one.`);
        }
        const entry = { id, reason, origin };
        if (raw.package !== undefined && raw.package !== null) {
            if (typeof raw.package !== 'string' || !raw.package.trim()) {
                throw new errors/* ConfigurationError */.j1(`Ignore file ${name} ${label} has a package that is not a name.`);
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
            throw new errors/* ConfigurationError */.j1(`Ignore file ${name} ${origin} ("${line}") does not start with a vulnerability id.`);
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
        throw new errors/* ConfigurationError */.j1(`${where} has the expiry date "${text}", which is not a date of the form YYYY-MM-DD.`);
    return text;
}
/** Today's date in UTC as YYYY-MM-DD. */
function utcDate(now = new Date()) {
    return now.toISOString().slice(0, 10);
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
            if (!finding_isRecord(cvss) || !finding_isRecord(cvss.metrics))
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
        const finding = grypeMatchFinding(match);
        if (finding)
            findings.push(finding);
    }
    return grypeParsedReport(json, findings);
}
/** One entry of `matches` as a finding; `undefined` for an entry that is not a match with a vulnerability. */
function grypeMatchFinding(match) {
    return finding_isRecord(match) && finding_isRecord(match.vulnerability) ? grypeFinding(match) : undefined;
}
/** The report around its findings: the scanner (`descriptor`) and what was scanned (`source`). */
function grypeParsedReport(json, findings) {
    const descriptor = finding_isRecord(json.descriptor) ? json.descriptor : {};
    const db = finding_isRecord(descriptor.db) ? descriptor.db : {};
    // Grype ≤ 0.8x puts `built` on `db`; later versions nest it under `db.status`.
    const dbUpdatedAt = finding_stringOrUndefined(db.built) ?? (finding_isRecord(db.status) ? finding_stringOrUndefined(db.status.built) : undefined);
    const source = finding_isRecord(json.source) ? json.source : {};
    const target = finding_isRecord(source.target) ? source.target : {};
    const digests = new Set();
    const manifestDigest = finding_stringOrUndefined(target.manifestDigest);
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
            version: finding_stringOrUndefined(descriptor.version) ?? 'unknown',
            ...(dbUpdatedAt ? { dbUpdatedAt } : {}),
        },
        findings,
        artifact: {
            name: finding_stringOrUndefined(target.userInput) ?? (typeof source.target === 'string' ? source.target : undefined),
            digests: [...digests],
        },
    };
}
function grypeFinding(match) {
    const vulnerability = match.vulnerability;
    const artifact = finding_isRecord(match.artifact) ? match.artifact : {};
    const related = Array.isArray(match.relatedVulnerabilities) ? match.relatedVulnerabilities.filter(finding_isRecord) : [];
    const id = finding_stringOrUndefined(vulnerability.id) ?? 'unknown';
    const fix = finding_isRecord(vulnerability.fix) ? vulnerability.fix : {};
    const fixedVersions = Array.isArray(fix.versions)
        ? fix.versions.filter((version) => typeof version === 'string' && version !== '')
        : [];
    const finding = {
        id,
        aliases: [
            ...new Set(related.map((entry) => finding_stringOrUndefined(entry.id)).filter((alias) => alias && alias !== id)),
        ],
        package: {
            name: finding_stringOrUndefined(artifact.name) ?? 'unknown',
            version: finding_stringOrUndefined(artifact.version) ?? '',
            type: finding_stringOrUndefined(artifact.type) ?? 'unknown',
        },
        fixedVersions,
        fixState: grypeFixState(fix.state),
        severity: normaliseSeverity(vulnerability.severity),
    };
    const score = grypeCvssScore(vulnerability.cvss, ...related.map((entry) => entry.cvss));
    if (score !== undefined)
        finding.cvssScore = score;
    const description = finding_stringOrUndefined(vulnerability.description) ??
        related.map((entry) => finding_stringOrUndefined(entry.description)).find(Boolean);
    if (description)
        finding.title = firstSentence(description);
    const url = primaryUrl(vulnerability);
    if (url)
        finding.url = url;
    const locations = Array.isArray(artifact.locations) ? artifact.locations.filter(finding_isRecord) : [];
    const path = locations.map((location) => finding_stringOrUndefined(location.path)).find(Boolean);
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
    const dataSource = finding_stringOrUndefined(vulnerability.dataSource);
    if (dataSource && /^https?:\/\//.test(dataSource))
        return dataSource;
    const urls = Array.isArray(vulnerability.urls) ? vulnerability.urls : [];
    return urls.find((url) => typeof url === 'string' && url !== '');
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
    if (!finding_isRecord(cvss))
        return undefined;
    const sources = Object.keys(cvss);
    const preferred = [typeof severitySource === 'string' ? severitySource : '', 'nvd', ...sources];
    for (const source of preferred) {
        const entry = cvss[source];
        if (!finding_isRecord(entry))
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
    checkTrivySchemaVersion(json.SchemaVersion, source);
    const results = json.Results ?? [];
    if (!Array.isArray(results))
        throw trivyResultsNotAList(source);
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
            findings.push(trivyFinding(vulnerability, type, target));
        }
    }
    return trivyParsedReport(json, findings);
}
function checkTrivySchemaVersion(schemaVersion, source) {
    if (schemaVersion !== 2) {
        throw new errors/* ConfigurationError */.j1(`Report ${source} is a Trivy report with SchemaVersion ${String(schemaVersion)}, but only SchemaVersion 2 is supported.`);
    }
}
function trivyResultsNotAList(source) {
    return new errors/* ConfigurationError */.j1(`Report ${source} has a "Results" that is not a list.`);
}
/** The report around its findings: the scanner version (`Trivy`), `ArtifactName` and `Metadata.RepoDigests`. */
function trivyParsedReport(json, findings) {
    const trivy = finding_isRecord(json.Trivy) ? json.Trivy : {};
    const metadata = finding_isRecord(json.Metadata) ? json.Metadata : {};
    return {
        scanner: { name: 'trivy', version: finding_stringOrUndefined(trivy.Version) ?? 'unknown' },
        findings,
        artifact: {
            name: finding_stringOrUndefined(json.ArtifactName),
            digests: repoDigests(metadata.RepoDigests),
        },
    };
}
/** One entry of a result's `Vulnerabilities`; `type` and `target` come from the result. */
function trivyFinding(vulnerability, type, target) {
    const id = finding_stringOrUndefined(vulnerability.VulnerabilityID) ?? 'unknown';
    const fixedVersions = splitFixedVersions(vulnerability.FixedVersion);
    const vendorIds = Array.isArray(vulnerability.VendorIDs) ? vulnerability.VendorIDs : [];
    const finding = {
        id,
        aliases: [...new Set(vendorIds.filter((alias) => typeof alias === 'string' && alias !== id))],
        package: {
            name: finding_stringOrUndefined(vulnerability.PkgName) ?? 'unknown',
            version: finding_stringOrUndefined(vulnerability.InstalledVersion) ?? '',
            type,
        },
        fixedVersions,
        fixState: trivyFixState(vulnerability.Status, fixedVersions),
        severity: normaliseSeverity(vulnerability.Severity),
    };
    const score = trivyCvssScore(vulnerability.CVSS, vulnerability.SeveritySource);
    if (score !== undefined)
        finding.cvssScore = score;
    const title = finding_stringOrUndefined(vulnerability.Title);
    if (title)
        finding.title = title;
    const url = finding_stringOrUndefined(vulnerability.PrimaryURL) ?? firstString(vulnerability.References);
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
    return parseScanReportInput(JsonBytes.of(bytes), source);
}
/** `parseScanReportBytes` for a report read as it is walked (`JsonBytes.reading`). */
function parseScanReportInput(input, source) {
    let document;
    try {
        document = scanReport(input);
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            throw notJson(source);
        if (error instanceof JsonValueTooLong) {
            throw new errors/* ConfigurationError */.j1(`Report ${source} has a value of ${(0,input_files/* formatBytes */.z3)(error.length)} at byte ${error.offset}, more than the ${(0,input_files/* formatBytes */.z3)(error.maxLength)} one value of a report can be read as.`);
        }
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
    if (Array.isArray(grypeMatches) && (finding_isRecord(fields.descriptor) || finding_isRecord(fields.source))) {
        return grypeParsedReport(fields, grypeMatches);
    }
    throw neitherFormat(source);
}
function notJson(source) {
    return new errors/* ConfigurationError */.j1(`Report ${source} is not valid JSON.`);
}
function neitherFormat(source) {
    return new errors/* ConfigurationError */.j1(`Report ${source} is neither a Trivy JSON report (SchemaVersion and Results) nor a Grype JSON report (matches).`);
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
                if (finding_isRecord(value))
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
        const resultTarget = finding_stringOrUndefined(target);
        const resultType = finding_stringOrUndefined(type) ?? 'unknown';
        for (const finding of vulnerabilities) {
            finding.package.type = resultType;
            if (resultTarget)
                finding.target = resultTarget;
            findings.push(finding);
        }
    }
    return end;
}

;// CONCATENATED MODULE: ./packages/scan/src/sarif-limits.ts


/**
 * What GitHub code scanning accepts of a SARIF upload ("SARIF support for code scanning", the
 * reportingDescriptor table and "Validating your SARIF file"): a rule's `name` up to 255 characters,
 * `shortDescription.text` and `fullDescription.text` up to 1024, at most 25,000 results and 25,000
 * rules per run (only the 5,000 most severe results are shown), and at most 10 MB of gzip-compressed
 * upload. The other texts have no documented limit; Shipgate bounds them too, so that each rule and
 * result stays a few kilobytes however long a report's texts are, and one huge text in a report
 * cannot make a string V8 refuses ("Invalid string length"). The 10 MB is a limit on the whole
 * upload, which only fewer results keep to (a higher report-threshold).
 */
const SARIF_LIMITS = {
    ruleName: 255,
    description: 1024,
    resultsPerRun: 25_000,
    /** Rule ids (and so `ruleId`): not documented; as long as a rule name. */
    id: 255,
    /** One field of a finding: a package name, version, type, URL, path, fixed version or alias. */
    field: 1024,
    /** A result's `message.text` and a rule's `help.text` and `help.markdown`. */
    text: 4096,
    /** How many aliases and fixed versions a rule's help lists. */
    listEntries: 20,
};
/**
 * `text` when it fits in `max` characters; else its start and a marker saying it was cut and how
 * long it was, `max` characters in all (never splitting a surrogate pair).
 */
function cutText(text, max) {
    if (text.length <= max)
        return text;
    const marker = `… [cut: ${text.length} characters]`;
    let end = Math.max(0, max - marker.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}${marker}`;
}
/** A rule id cut to `SARIF_LIMITS.id`, ending in a hash of the whole id so that cut ids stay distinct. */
function cutId(id) {
    if (id.length <= SARIF_LIMITS.id)
        return id;
    const marker = `… [cut: sha256 ${(0,external_node_crypto_.hash)('sha256', id, 'hex').slice(0, 16)}]`;
    return `${id.slice(0, SARIF_LIMITS.id - marker.length)}${marker}`;
}
/** The finding with every text within the limits above; the same object when it already is. */
function boundedFinding(finding) {
    if (fitsLimits(finding))
        return finding;
    const field = (text) => cutText(text, SARIF_LIMITS.field);
    const list = (values) => {
        const kept = values.slice(0, SARIF_LIMITS.listEntries).map(field);
        const left = values.length - kept.length;
        return left > 0 ? [...kept, `… [cut: ${left} more]`] : kept;
    };
    // A cut URL leads nowhere and is no valid `helpUri`: one too long is left out.
    const { url: _url, ...rest } = finding;
    const url = finding.url !== undefined && finding.url.length <= SARIF_LIMITS.field ? finding.url : undefined;
    return {
        ...rest,
        ...(url !== undefined ? { url } : {}),
        id: cutId(finding.id),
        aliases: list(finding.aliases),
        package: {
            name: field(finding.package.name),
            version: field(finding.package.version),
            type: field(finding.package.type),
        },
        fixedVersions: list(finding.fixedVersions),
        ...(finding.title !== undefined ? { title: cutText(finding.title, SARIF_LIMITS.description) } : {}),
        ...(finding.target !== undefined ? { target: field(finding.target) } : {}),
    };
}
function fitsLimits(finding) {
    const { field, listEntries } = SARIF_LIMITS;
    const within = (text, max) => text === undefined || text.length <= max;
    return (within(finding.id, SARIF_LIMITS.id) &&
        within(finding.title, SARIF_LIMITS.description) &&
        within(finding.url, field) &&
        within(finding.target, field) &&
        within(finding.package.name, field) &&
        within(finding.package.version, field) &&
        within(finding.package.type, field) &&
        finding.aliases.length <= listEntries &&
        finding.fixedVersions.length <= listEntries &&
        finding.aliases.every((alias) => alias.length <= field) &&
        finding.fixedVersions.every((version) => version.length <= field));
}
/**
 * At most `SARIF_LIMITS.resultsPerRun` findings, the most severe first kept (GitHub shows results
 * by severity), in their original order; all of them when they fit.
 */
function findingsWithinLimit(findings) {
    const max = SARIF_LIMITS.resultsPerRun;
    if (findings.length <= max)
        return findings;
    const kept = findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.index - b.index)
        .slice(0, max)
        .sort((a, b) => a.index - b.index);
    return kept.map((entry) => entry.finding);
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
 * The log stays within what GitHub accepts (`SARIF_LIMITS`): beyond 25,000 findings the most
 * severe are kept (the run's `properties.omittedResults` says how many were left out), and each
 * text too long is cut, with a marker saying so.
 */
function buildSarif(findings, options) {
    const { kept, omitted } = withinLimits(findings);
    const { rules, ruleIndex } = collectRules(kept);
    const imageUri = imageArtifactUri(options.imageRef);
    const run = runShell(options, rules.map(sarifRule), omitted);
    run.results = kept.map((finding) => sarifResult(finding, ruleIndex.get(finding.id), imageUri, options));
    return { ...logShell(), runs: [run] };
}
/** The findings the log holds, each within the text limits, and how many were left out. */
function withinLimits(findings) {
    const kept = findingsWithinLimit(findings).map(boundedFinding);
    return { kept, omitted: findings.length - kept.length };
}
/**
 * The same log as `buildSarif`, as compact JSON text in pieces, so that a report with tens of
 * thousands of findings is written without holding the whole log as objects and one string.
 */
function* sarifJsonChunks(findings, options, batch = 1000) {
    const { kept, omitted } = withinLimits(findings);
    const { rules, ruleIndex } = collectRules(kept);
    const imageUri = imageArtifactUri(options.imageRef);
    const head = JSON.stringify({ ...logShell(), runs: [runShell(options, [], omitted)] });
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
    for (let i = 0; i < kept.length; i += batch) {
        const part = kept
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
function runShell(options, rules, omitted) {
    const tool = TOOL_URIS[options.scanner.name];
    return {
        tool: { driver: { name: tool.name, informationUri: tool.uri, version: options.scanner.version, rules } },
        results: [],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
        properties: { imageRef: options.imageRef, ...(omitted > 0 ? { omittedResults: omitted } : {}) },
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
    return cutText(`Vulnerability ${finding.id}\nSeverity: ${finding.severity}` +
        (finding.aliases.length > 0 ? `\nAliases: ${finding.aliases.join(', ')}` : '') +
        (finding.url ? `\nLink: ${finding.url}` : ''), SARIF_LIMITS.text);
}
function ruleHelpMarkdown(finding) {
    return cutText(`**Vulnerability ${finding.id}**\n\n| Severity | Package | Fixed versions | Link |\n| --- | --- | --- | --- |\n` +
        `| ${finding.severity} | ${finding.package.name} | ${finding.fixedVersions.join(', ') || '—'} | ${finding.url ? `[${finding.id}](${finding.url})` : '—'} |`, SARIF_LIMITS.text);
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
    return cutText(`Package ${finding.package.name} ${finding.package.version} (${finding.package.type}) in ${options.imageRef} is affected by ${finding.id} (${finding.severity}); fixed: ${fixed}.`, SARIF_LIMITS.text);
}
/** No source line to hash: the vulnerability, package and place identify the alert across runs. */
function fingerprint(finding) {
    return (0,external_node_crypto_.hash)('sha256', `${finding.id}\0${finding.package.name}\0${finding.package.type}\0${finding.target ?? ''}`, 'hex');
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

;// CONCATENATED MODULE: ./packages/scan/src/trivy-cli.ts



function trivyScanArgs(imageRef, outputFile, registry, options = {}) {
    return [
        'image',
        '--format',
        'json',
        '--output',
        outputFile,
        ...(registry && !registry.tlsVerify ? ['--insecure'] : []),
        ...(options.timeoutMs ? ['--timeout', goSeconds(options.timeoutMs)] : []),
        ...(options.cacheDir ? ['--cache-dir', options.cacheDir] : []),
        ...(options.dbRepositories ?? []).flatMap((repository) => ['--db-repository', repository]),
        ...(options.javaDbRepositories ?? []).flatMap((repository) => ['--java-db-repository', repository]),
        imageRef,
    ];
}
const TRIVY_VERSION_ARGS = ['version', '--format', 'json'];
/** The version command reads the database's time from the cache, so it is told where the cache is. */
function trivyVersionArgs(options = {}) {
    return [...TRIVY_VERSION_ARGS, ...(options.cacheDir ? ['--cache-dir', options.cacheDir] : [])];
}
/** How long Trivy's process may run: its own --timeout and a minute to report it, or the default deadline. */
function trivyDeadlineMs(options = {}) {
    return options.timeoutMs ? options.timeoutMs + TRIVY_TIMEOUT_GRACE_MS : DEFAULT_SCAN_DEADLINE_MS;
}
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
        throw new errors/* ConfigurationError */.j1('`trivy version --format json` did not print JSON; is this Trivy 0.20 or later?');
    }
    if (!finding_isRecord(json) || typeof json.Version !== 'string') {
        throw new errors/* ConfigurationError */.j1('`trivy version --format json` printed JSON without a "Version".');
    }
    const db = finding_isRecord(json.VulnerabilityDB) ? json.VulnerabilityDB : {};
    const dbUpdatedAt = finding_stringOrUndefined(db.UpdatedAt);
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
async function trivyVersion({ exec }, options = {}) {
    const { stdout } = await exec('trivy', trivyVersionArgs(options), { quiet: true, timeoutMs: 60_000 });
    return parseTrivyVersion(stdout);
}
/** Scans `imageRef` into `outputFile` (Trivy JSON). */
async function runTrivy({ exec }, imageRef, outputFile, registry, options = {}) {
    await exec('trivy', trivyScanArgs(imageRef, outputFile, registry, options), {
        env: trivyEnv(registry),
        timeoutMs: trivyDeadlineMs(options),
        streamOutput: { group: `Scanning ${imageRef} with Trivy` },
    });
}

;// CONCATENATED MODULE: ./packages/scan/src/scan-image.ts















/** A `fail` verdict with fail-on-violation: not a user mistake nor a tool failure, but the step still fails. */
class PolicyViolationError extends errors/* ShipgateError */.Yu {
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
    const ignoreFiles = [...(options.ignoreFile ? [options.ignoreFile] : []), ...(options.ignoreFiles ?? [])];
    const ignoreEntries = await readIgnoreFiles(ignoreFiles, names.ignoreFile);
    const { report, reportPath, pinned } = await obtainReport(reference, options, deps, names);
    const { parsed } = report;
    const digest = pinned.digest;
    const reportDigests = parsed.artifact.digests;
    const binding = await checkReportBinding(reportDigests, pinned, options, deps, { reportPath, ...names });
    const policy = {
        severityThreshold: options.severityThreshold,
        ...(options.failSeverities ? { failSeverities: options.failSeverities } : {}),
        reportThreshold: options.reportThreshold,
        ignoreUnfixed: options.ignoreUnfixed,
        ignoreEntries,
        ...(ignoreFiles.length === 1 ? { ignoreFile: ignoreFiles[0] } : {}),
        ...(ignoreFiles.length > 1 ? { ignoreFiles } : {}),
    };
    const evaluation = evaluatePolicy(parsed.findings, policy, utcDate(now));
    for (const entry of evaluation.expiredEntries) {
        deps.log.warning(`The ignore ${entry.origin} for ${entry.id} expired on ${entry.expires} and no longer applies; renew it with a reason or fix the vulnerability.`);
    }
    const imageRef = pinned.toString();
    const record = scanRecordOf(imageRef, digest, { parsed, sha256: report.sha256, path: reportPath }, evaluation, {
        policy,
        binding,
        now,
    });
    await writeChunks(options.sarifFile, sarifJsonChunks(evaluation.reported, { scanner: parsed.scanner, imageRef }, 20));
    if (evaluation.reported.length > SARIF_LIMITS.resultsPerRun) {
        deps.log.warning(`The SARIF log holds the ${SARIF_LIMITS.resultsPerRun} most severe of ${evaluation.reported.length} findings, as many as GitHub code scanning accepts in one run; the job summary and the scan record count them all.`);
    }
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
/** The report: the one given (input `report`), or the scanner's, run here on the pinned image. */
async function obtainReport(reference, options, deps, names) {
    if (options.reportFile) {
        const reportPath = options.reportFile;
        const report = await readReport(reportPath, `${reportPath} (input "${names.report}")`, names.report);
        return { report, reportPath, pinned: await pin(reference, options, deps, names.imageRef) };
    }
    const scanner = await chooseScanner(options.scanner, deps.env ?? process.env, names.scanner);
    checkScannerOptions(scanner, options.scannerOptions ?? {});
    const pinned = await pin(reference, options, deps, names.imageRef);
    await (0,promises_.mkdir)(options.workDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(options.workDir, `${scanner}-report.json`);
    const version = await runScanner(scanner, pinned.toString(), reportPath, options, deps);
    const report = await readReport(reportPath, reportPath);
    // The version command knows the DB time for Trivy; Grype's report carries its own.
    report.parsed.scanner = {
        ...report.parsed.scanner,
        version: version.version,
        ...(version.dbUpdatedAt ? { dbUpdatedAt: version.dbUpdatedAt } : {}),
    };
    return { report, reportPath, pinned };
}
/** The scan record: the verdict with what it was reached from, bound to the digest. */
function scanRecordOf(imageRef, digest, report, evaluation, context) {
    const { parsed } = report;
    const { policy } = context;
    const reportDigests = parsed.artifact.digests;
    return {
        schema: scan_record/* SCAN_RECORD_SCHEMA */.sY,
        imageRef,
        digest,
        scanner: parsed.scanner,
        policy: {
            severityThreshold: policy.severityThreshold,
            ...(policy.failSeverities ? { failSeverities: [...policy.failSeverities] } : {}),
            reportThreshold: policy.reportThreshold,
            ignoreUnfixed: policy.ignoreUnfixed,
            ...(policy.ignoreFile ? { ignoreFile: policy.ignoreFile } : {}),
            ...(policy.ignoreFiles ? { ignoreFiles: [...policy.ignoreFiles] } : {}),
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
            path: report.path,
            ...(reportDigests.length > 0 ? { digests: reportDigests } : {}),
        },
        binding: context.binding,
        createdAt: context.now.toISOString(),
        findings: parsed.findings.length,
        unfixedIgnored: evaluation.unfixedIgnored,
    };
}
/**
 * Whether the report is about the image being scanned: it names the image-ref's digest or, for a
 * multi-platform index, one of the manifests the registry lists in that index. A report naming no
 * digest binds to nothing and is accepted only with `allowUnboundReport`.
 */
async function checkReportBinding(reportDigests, pinned, options, deps, names) {
    const digest = pinned.digest;
    if (reportDigests.length === 0) {
        if (options.allowUnboundReport) {
            deps.log.warning(`Report ${names.reportPath} names no image digest, so its verdict is recorded as unbound (allow-unbound-report is true).`);
            return 'unbound';
        }
        throw new errors/* ConfigurationError */.j1(`Input "${names.report}" names no image digest, so it cannot be bound to ${digest}; scan the image itself or set allow-unbound-report: true.`);
    }
    if (reportDigests.includes(digest))
        return 'bound';
    const listed = deps.listIndexManifests ? await deps.listIndexManifests(pinned, options.registry) : [];
    if (reportDigests.some((named) => listed.includes(named)))
        return 'bound';
    throw new errors/* ConfigurationError */.j1(`Report ${names.reportPath} is for ${reportDigests.join(', ')}, not for input "${names.imageRef}" (${digest})${listed.length > 0 ? ' nor any manifest of its index' : ''}.`);
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
        return (0,src_reference/* parseImageReference */.o_)(value);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
}
async function pin(reference, options, deps, inputName) {
    if (reference.digest)
        return reference;
    if (!deps.resolveDigest) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${options.imageRef}", and no registry client is available to resolve the tag.`);
    }
    let digest;
    try {
        digest = await deps.resolveDigest(reference, options.registry);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        const detail = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is "${options.imageRef}", a tag that could not be resolved to a digest (${detail}); pin it as repository@sha256:….`);
    }
    deps.log.info(`Resolved ${reference.toString()} to ${digest}`);
    return (0,src_reference/* withDigest */.hQ)(reference, digest);
}
async function chooseScanner(choice, env, inputName = 'scanner') {
    const candidates = choice === 'auto' ? ['trivy', 'grype'] : [choice];
    for (const candidate of candidates)
        if (await (0,exec/* isOnPath */.jY)(candidate, env))
            return candidate;
    throw new errors/* ConfigurationError */.j1(choice === 'auto'
        ? `Input "${inputName}" is "auto" but neither trivy nor grype is on PATH; install one, or give a scanner report in input "report".`
        : `Input "${inputName}" is "${choice}" but ${choice} is not on PATH; install it, or give a scanner report in input "report".`);
}
async function runScanner(scanner, imageRef, reportPath, options, deps) {
    const run = { log: deps.log, exec: deps.exec };
    const scannerOptions = options.scannerOptions ?? {};
    if (scanner === 'trivy') {
        await runTrivy(run, imageRef, reportPath, options.registry, scannerOptions);
        return trivyVersion(run, scannerOptions);
    }
    await runGrype(run, imageRef, reportPath, options.registry, scannerOptions);
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
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        throw failed(error);
    }
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const input = json_slices_JsonBytes.reading((target, offset, length) => {
            let count;
            try {
                count = (0,external_node_fs_.readSync)(fd, target, offset, length, null); // a directory fails here (EISDIR)
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
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function writeChunks(path, chunks) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    // Synchronous writes: each piece is encoded into one reused buffer and dropped before the next
    // is built, where queued async writes would keep them all alive (and idle the step) for a 50 MB
    // log. The pieces are small, so none lives long enough to be promoted out of the young heap.
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    const buffer = Buffer.allocUnsafeSlow(1 << 20);
    let used = 0;
    const flush = () => {
        for (let written = 0; written < used;)
            written += (0,external_node_fs_.writeSync)(fd, buffer, written, used - written);
        used = 0;
    };
    const put = (chunk) => {
        // A UTF-16 code unit is at most 3 bytes of UTF-8.
        if (used + chunk.length * 3 > buffer.length)
            flush();
        if (chunk.length * 3 > buffer.length)
            (0,external_node_fs_.writeSync)(fd, chunk);
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
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Every entry of every file; with several files each entry's origin names its file. */
async function readIgnoreFiles(paths, inputName) {
    const entries = [];
    for (const path of paths) {
        const text = await readInputFile(path, inputName, 'ignore file');
        for (const entry of parseIgnoreFile(text, `${path} (input "${inputName}")`)) {
            entries.push(paths.length > 1 ? { ...entry, origin: `${entry.origin} of ${path}` } : entry);
        }
    }
    return entries;
}
async function readInputFile(path, inputName, what) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw unreadable(error, path, inputName, what);
    }
}
function unreadable(error, path, inputName, what) {
    const code = error.code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    return new errors/* ConfigurationError */.j1(`Input "${inputName}" names the ${what} ${path}, which ${reason}.`);
}
async function writeJson(path, value) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(value, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./packages/scan/src/registry-digest.ts

/** A registry client for one reference's registry, with its credentials; `tls-verify: false` also allows plain HTTP. */
function clientFor(log, options, domain, registry) {
    const { username, password } = registry;
    return new registry_client/* RegistryClient */.bP({
        log,
        insecure: !registry.tlsVerify,
        ...(username && password ? { credentials: { [domain]: { username, password } } } : {}),
        ...options,
    });
}
/** Resolves tags through the OCI registry client: a HEAD of the manifest, retried by the client on 429/5xx and dropped connections. */
function registryDigestResolver(log, options = {}) {
    return (reference, registry) => clientFor(log, options, reference.domain, registry).resolveDigest(reference);
}
/** Lists an index's manifests through the OCI registry client; an image manifest lists none. */
function registryIndexLister(log, options = {}) {
    return async (reference, registry) => {
        const { manifest } = await clientFor(log, options, reference.domain, registry).getManifest(reference);
        const manifests = manifest.manifests;
        return Array.isArray(manifests) ? manifests.flatMap((entry) => (entry.digest ? [entry.digest] : [])) : [];
    };
}

// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
;// CONCATENATED MODULE: ./packages/scan/src/scan-summary.ts



/** The job summary: verdict, counts by severity, violations first, then the ignored ones and why. */
function renderScanSummary(result, options = {}) {
    const visible = options.visibleRows ?? 50;
    const max = options.maxRows ?? 1000;
    const { record, evaluation } = result;
    const summary = new src_summary/* Summary */.B();
    summary.heading(`Scan ${record.verdict === 'pass' ? 'passed' : 'failed'}: ${code(record.imageRef)}`);
    const db = record.scanner.dbUpdatedAt ? `, database of ${record.scanner.dbUpdatedAt}` : '';
    const fails = record.policy.failSeverities
        ? `Fails on findings ${describeFailingSeverities(record.policy)}`
        : `Fails at ${record.policy.severityThreshold} or above`;
    summary.paragraph(`${record.scanner.name} ${(0,src_summary/* escapeHtml */.Z)(record.scanner.version)}${(0,src_summary/* escapeHtml */.Z)(db)}. ` +
        `${fails}; shows ${record.policy.reportThreshold} or above` +
        `${record.policy.ignoreUnfixed ? '; findings without a fix are ignored' : ''}. ` +
        `${result.findings} finding(s) in the report.`);
    summary.table(['Severity', 'Findings'], scan_record/* SEVERITIES */.oC.map((severity) => [severity, String(record.counts[severity])]));
    const violations = new Set(evaluation.violations);
    const rows = [...evaluation.violations, ...evaluation.reported.filter((finding) => !violations.has(finding))];
    if (rows.length > 0) {
        summary.heading(evaluation.violations.length > 0 ? `Findings (${evaluation.violations.length} violation(s) first)` : 'Findings', 3);
        addRows(summary, ['', 'ID', 'Package', 'Installed → fixed', 'Severity'], rows, visible, max, (finding) => [
            violations.has(finding) ? '❌' : '',
            scan_summary_link(finding),
            (0,src_summary/* escapeHtml */.Z)(finding.package.name),
            `${(0,src_summary/* escapeHtml */.Z)(finding.package.version)} → ${(0,src_summary/* escapeHtml */.Z)(finding.fixedVersions.join(', ') || 'no fix')}`,
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
            (0,src_summary/* escapeHtml */.Z)(item.finding.package.name),
            (0,src_summary/* escapeHtml */.Z)(item.entry.reason),
            item.entry.expires ?? '',
        ]);
    }
    if (evaluation.unfixedIgnored > 0) {
        summary.paragraph(`${evaluation.unfixedIgnored} finding(s) without a fixed version were ignored (ignore-unfixed).`);
    }
    if (evaluation.expiredEntries.length > 0) {
        summary.heading(`Expired ignore entries (${evaluation.expiredEntries.length}): no longer applied`, 3);
        summary.list(evaluation.expiredEntries.map((entry) => `${code(entry.id)} (${entry.origin}) expired ${entry.expires}: ${(0,src_summary/* escapeHtml */.Z)(entry.reason)}`));
    }
    return summary.toString();
}
function addRows(summary, headers, items, visible, max, row) {
    summary.table(headers, items.slice(0, visible).map(row));
    if (items.length > visible) {
        const rest = items.slice(visible, max);
        const more = new src_summary/* Summary */.B().table(headers, rest.map(row));
        if (items.length > max)
            more.paragraph(`… and ${items.length - max} more; the SARIF file and scan record list all.`);
        summary.details(`${items.length - visible} more`, more.toString().trimEnd());
    }
}
function scan_summary_link(finding) {
    const id = (0,src_summary/* escapeHtml */.Z)(finding.id);
    return finding.url && /^https?:\/\//.test(finding.url)
        ? `[${id}](${finding.url.replace(/[()\s]/g, encodeURIComponent)})`
        : id;
}
function code(text) {
    return `\`${text.replace(/`/g, '')}\``;
}

;// CONCATENATED MODULE: ./actions/scan-image/src/main.ts






function readSettings(runtime) {
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const inWorkspace = (path) => (path ? (0,external_node_path_.resolve)(runtime.workspace, path) : undefined);
    const username = inputs.optional('registry-username');
    const password = inputs.optional('registry-password');
    if (password)
        for (const form of (0,secrets/* basicAuthForms */.oq)(username ?? '', password))
            runtime.setSecret(form);
    if (password && !username) {
        throw new errors/* ConfigurationError */.j1('Input "registry-password" is set but "registry-username" is empty; give both.');
    }
    const attest = (0,settings/* readAttestSettings */.Fo)({
        inputs,
        env: runtime.env,
        context: runtime.context,
        setSecret: (secret) => runtime.setSecret(secret),
        idToken: (audience) => runtime.idToken(audience),
    });
    const sbom = inputs.boolean('sbom', false);
    if (sbom && !attest) {
        throw new errors/* ConfigurationError */.j1('Input "sbom" is true, but nothing is attested: it needs attest (an OIDC token or signing-key).');
    }
    return {
        ...(attest ? { attest } : {}),
        sbom,
        imageRef: inputs.required('image-ref'),
        scanner: inputs.enum('scanner', ['trivy', 'grype', 'auto'], 'auto'),
        reportFile: inWorkspace(inputs.optional('report')),
        ...readFailingSeverities(inputs),
        reportThreshold: parseSeverityName(inputs.string('report-threshold', 'low'), 'report-threshold'),
        ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
        ignoreFiles: inputs.list('ignore-file').map((path) => (0,external_node_path_.resolve)(runtime.workspace, path)),
        scannerOptions: readScannerOptions(inputs, (path) => (0,external_node_path_.resolve)(runtime.workspace, path)),
        sarifFile: inWorkspace(inputs.optional('sarif-file')),
        failOnViolation: inputs.boolean('fail-on-violation', true),
        allowUnboundReport: inputs.boolean('allow-unbound-report', false),
        registry: {
            ...(username ? { username } : {}),
            ...(password ? { password } : {}),
            tlsVerify: inputs.boolean('tls-verify', true),
        },
    };
}
/**
 * `severity-threshold` (one severity: it and every one above fail) or trivy-action's `severity`
 * (a list: exactly those fail; CRITICAL,HIGH is the threshold high). High when neither is set.
 */
function readFailingSeverities(inputs) {
    const threshold = inputs.optional('severity-threshold');
    const list = inputs.list('severity');
    if (threshold && list.length > 0) {
        throw new errors/* ConfigurationError */.j1('Inputs "severity" and "severity-threshold" are both set; give one.');
    }
    if (list.length > 0)
        return failingSeverities(parseSeverityList(list, 'severity'));
    if (threshold && /[,\n]/.test(threshold)) {
        throw new errors/* ConfigurationError */.j1(`Input "severity-threshold" takes one severity, got "${threshold}"; for a list such as CRITICAL,HIGH use input "severity".`);
    }
    return { severityThreshold: parseSeverityName(threshold ?? 'high', 'severity-threshold') };
}
/** trivy-action's timeout, cache-dir and the database repositories; paths absolute. */
function readScannerOptions(inputs, inWorkspace) {
    const timeout = inputs.optional('timeout');
    const cacheDir = inputs.optional('cache-dir');
    const dbRepositories = inputs.list('db-repository');
    const javaDbRepositories = inputs.list('java-db-repository');
    return {
        ...(timeout ? { timeoutMs: parseScanTimeout(timeout, 'timeout') } : {}),
        ...(cacheDir ? { cacheDir: inWorkspace(cacheDir) } : {}),
        ...(dbRepositories.length > 0 ? { dbRepositories } : {}),
        ...(javaDbRepositories.length > 0 ? { javaDbRepositories } : {}),
    };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const { failOnViolation, sarifFile, attest, sbom, ...settings } = readSettings(runtime);
    if (settings.reportFile)
        await (0,input_files/* requireFileSizeWithin */.sL)(settings.reportFile, 'report', input_files/* MAX_REPORT_FILE_BYTES */.xD);
    for (const ignoreFile of settings.ignoreFiles ?? []) {
        await (0,input_files/* requireFileSizeWithin */.sL)(ignoreFile, 'ignore-file', input_files/* MAX_RECORD_FILE_BYTES */.iV);
    }
    const { username, password } = settings.registry;
    const credentials = username && password ? { username, password } : undefined;
    const outDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(runtime.tempDir, 'shipgate-scan-'));
    const result = await scanImage({
        ...settings,
        sarifFile: sarifFile ?? (0,external_node_path_.join)(outDir, 'results.sarif'),
        recordFile: (0,external_node_path_.join)(outDir, 'scan-record.json'),
        workDir: outDir,
    }, {
        log: runtime.log,
        exec: runtime.exec,
        env: runtime.env,
        resolveDigest: registryDigestResolver(runtime.log),
        listIndexManifests: registryIndexLister(runtime.log),
    });
    const { record } = result;
    // A fail verdict is attested too: it outranks an older pass of the same digest at promotion.
    const attestations = attest
        ? await (0,pipeline/* attestScan */.xi)(attest, record.imageRef, {
            verdict: record.verdict,
            counts: record.counts,
            policy: { ...record.policy },
            scanner: record.scanner,
            finishedAt: record.createdAt,
        }, {
            log: runtime.log,
            registry: new registry_client/* RegistryClient */.bP({
                log: runtime.log,
                insecure: !settings.registry.tlsVerify,
                credentials: () => credentials,
            }),
            credentials,
            setSecret: (secret) => runtime.setSecret(secret),
        }, sbom ? (record.report.path ?? '') : undefined)
        : [];
    if (attest)
        runtime.setOutput('attestations', attestations.map((entry) => entry.artifact).join('\n'));
    runtime.setOutput('verdict', record.verdict);
    runtime.setOutput('counts', record.counts);
    runtime.setOutput('sarif-file', result.sarifFile);
    runtime.setOutput('scan-record', result.recordFile);
    await runtime.appendSummary(renderScanSummary(result));
    runtime.log.info(`Verdict ${record.verdict} for ${record.imageRef}: ${record.violations.length} violation(s) ${describeFailingSeverities(record.policy)}.`);
    if (record.verdict === 'fail' && failOnViolation) {
        throw new PolicyViolationError(`${record.violations.length} finding(s) in ${record.imageRef} are ${describeFailingSeverities(record.policy)}; see the job summary.`);
    }
}


/***/ }),

/***/ 85851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iV: () => (/* binding */ MAX_RECORD_FILE_BYTES),
/* harmony export */   kO: () => (/* binding */ recordFileInput),
/* harmony export */   lD: () => (/* binding */ readJsonFileInput),
/* harmony export */   sL: () => (/* binding */ requireFileSizeWithin),
/* harmony export */   xD: () => (/* binding */ MAX_REPORT_FILE_BYTES),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/** The limit for small JSON inputs read whole (scan and approval records). */
const MAX_RECORD_FILE_BYTES = 64 * 1024 * 1024;
/** The limit for scanner reports, which are streamed; far above any real image's report. */
const MAX_REPORT_FILE_BYTES = 1024 * 1024 * 1024;
/**
 * Refuses a file input larger than `maxBytes` before anything reads it, with a sentence naming
 * the input; a file read whole beyond a few hundred megabytes otherwise fails deep inside V8
 * ("Invalid string length") naming nothing. A path that does not exist is left to the reader,
 * which says so in its own words.
 */
async function requireFileSizeWithin(path, inputName, maxBytes) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info?.isFile() || info.size <= maxBytes)
        return;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" names ${path}, which is ${formatBytes(info.size)}, more than the ${formatBytes(maxBytes)} this input may be.`);
}
/** `1.5 GiB`, `300.0 MiB`, `12.0 KiB`, `80 bytes`. */
function formatBytes(bytes) {
    if (bytes >= 1024 ** 3)
        return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
    if (bytes >= 1024 ** 2)
        return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
/**
 * A file input (a scan or approval record) resolved against the workspace and checked against
 * the size limit before anything reads it; `undefined` when the input is empty.
 */
async function recordFileInput(source, name, maxBytes = MAX_RECORD_FILE_BYTES) {
    const value = source.getInput(name);
    if (!value)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(source.workspace, value);
    await requireFileSizeWithin(path, name, maxBytes);
    return path;
}
/** The JSON in the file an input names; a missing file or bad JSON is the input's mistake, said in one sentence. */
async function readJsonFileInput(path, inputName) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" names ${path}, which ${reason}.`);
    }
}


/***/ }),

/***/ 37618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ox: () => (/* binding */ formatScanTrailer),
/* harmony export */   PL: () => (/* binding */ readScanRecord),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   sY: () => (/* binding */ SCAN_RECORD_SCHEMA)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85851);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);

const SCAN_RECORD_SCHEMA = 'shipgate.dev/scan-record/v1';
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'];
async function readScanRecord(path, inputName = 'scan-record') {
    const parsed = await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFileInput */ .lD)(path, inputName);
    const record = parsed;
    if (record?.schema !== SCAN_RECORD_SCHEMA || typeof record.imageRef !== 'string' || !record.verdict) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "${inputName}" names ${path}, which is not a Shipgate scan record.`);
    }
    return record;
}
/** The value of the `Shipgate-Scan` trailer: `pass; trivy 0.58.1; critical=0 high=2`. */
function formatScanTrailer(record) {
    const counts = SEVERITIES.filter((severity) => severity === 'critical' || severity === 'high' || record.counts[severity] > 0)
        .map((severity) => `${severity}=${record.counts[severity] ?? 0}`)
        .join(' ');
    const unbound = record.binding === 'bound' ? '' : '; unbound';
    return `${record.verdict}; ${record.scanner.name} ${record.scanner.version}; ${counts}${unbound}`;
}


/***/ })

};
