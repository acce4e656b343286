export const id = 3;
export const ids = [3];
export const modules = {

/***/ 30586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mx: () => (/* binding */ commitAuthorInputs)
/* harmony export */ });
/* unused harmony exports GITHUB_ACTIONS_AUTHOR, SHIPGATE_AUTHOR, ciCommitAuthor */
/** The identity GitHub gives commits made with a job's GITHUB_TOKEN. */
const GITHUB_ACTIONS_AUTHOR = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/**
 * The identity of commits made where no CI system names a person: `.invalid` is reserved
 * (RFC 2606) and never resolves, so the address can be nobody's.
 */
const SHIPGATE_AUTHOR = { name: 'Shipgate', email: 'shipgate@shipgate.invalid' };
/**
 * The author of the commits Shipgate makes when the inputs name none: the CI system's own
 * identity where it has one. On GitHub Actions `github-actions[bot]`; in GitLab CI the user who
 * started the pipeline (`GITLAB_USER_NAME`, `GITLAB_USER_EMAIL`); in Jenkins the user who started
 * the build as the Build User Vars plugin sets them (`BUILD_USER`, `BUILD_USER_EMAIL`); otherwise,
 * or when the system does not say who, `SHIPGATE_AUTHOR`.
 */
function ciCommitAuthor(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return GITHUB_ACTIONS_AUTHOR;
    if (env.GITLAB_CI)
        return personOr(env.GITLAB_USER_NAME, env.GITLAB_USER_EMAIL);
    if (env.JENKINS_URL)
        return personOr(env.BUILD_USER, env.BUILD_USER_EMAIL);
    return SHIPGATE_AUTHOR;
}
/** The person when the CI system names them (their address, or Shipgate's when it has none); else Shipgate. */
function personOr(name, email) {
    const person = name?.trim();
    if (!person)
        return SHIPGATE_AUTHOR;
    return { name: person, email: email?.trim() || SHIPGATE_AUTHOR.email };
}
/** The `author-name` and `author-email` inputs, each defaulting to `ciCommitAuthor`'s. */
function commitAuthorInputs(inputs, env) {
    const ci = ciCommitAuthor(env);
    return { name: inputs.string('author-name', ci.name), email: inputs.string('author-email', ci.email) };
}


/***/ }),

/***/ 84897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ readDeployDependencies)
/* harmony export */ });
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3183);
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36644);
/* harmony import */ var _deploy_policy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95174);


/**
 * What a deploy runs with, as gitops-commit and rollback read it from their inputs and the run:
 * the runtime's exec, log and cancellation, the approval evidence reader (input `github-token`),
 * the policy's attestation verifier, and the run's keyless deploy statement signer.
 */
function readDeployDependencies(runtime, inputs) {
    const githubToken = inputs.optional('github-token');
    if (githubToken)
        runtime.setSecret(githubToken);
    // Used only when the GitOps policy requires attestations or a scan pass for the environment written.
    const verifyAttestations = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .readPolicyAttestationVerifier */ .$1)({
        inputs,
        setSecret: runtime.setSecret,
        log: runtime.log,
        serverUrl: runtime.context.serverUrl,
    });
    // Keyless as this run: what an environment review of the run approved (see the README's threat model).
    const statementSigning = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .readDeployStatementSigning */ .iZ)({
        inputs,
        env: runtime.env,
        setSecret: runtime.setSecret,
        idToken: runtime.idToken,
    });
    return {
        exec: runtime.exec,
        env: runtime.env,
        log: runtime.log,
        setSecret: runtime.setSecret,
        signal: runtime.signal,
        evidence: (0,_deploy_policy__WEBPACK_IMPORTED_MODULE_1__/* .evidenceAccessFromContext */ .XT)(githubToken, runtime.context),
        ...(verifyAttestations ? { verifyAttestations } : {}),
        ...(statementSigning
            ? { deployStatement: (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_2__/* .deployStatementSigner */ .DZ)(statementSigning.signing, statementSigning.always) }
            : {}),
    };
}


/***/ }),

/***/ 96828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f5: () => (/* binding */ StaleDeployError),
  fF: () => (/* binding */ landUntilSettled),
  El: () => (/* binding */ reportDeploy)
});

// UNUSED EXPORTS: DeployCancelledError

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/abortable-sleep.ts
var abortable_sleep = __webpack_require__(94261);
// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __webpack_require__(59899);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: ./packages/git/src/repository.ts
var repository = __webpack_require__(35434);
// EXTERNAL MODULE: ./packages/gitops/src/deploy-request.ts
var deploy_request = __webpack_require__(25595);
;// CONCATENATED MODULE: ./packages/gitops/src/landing/progress.ts
function queuePlaceLine(place) {
    if (place.leading) {
        return `Queued first of ${place.pending}: this writer lands the queue in one push once it stops growing.`;
    }
    const deploys = place.ahead === 1 ? 'deploy' : 'deploys';
    return `Queued: ${place.ahead} ${deploys} ahead of this one; the writer of the oldest lands them all, this one included.`;
}
/** The line to log for this look at `now`, if any: when the place changed, or `intervalMs` after the last line. */
function nextQueueProgress(last, place, now, intervalMs) {
    const line = queuePlaceLine(place);
    if (last && last.line === line && now - last.at < intervalMs)
        return { progress: last };
    return { progress: { line, at: now }, say: line };
}

;// CONCATENATED MODULE: ./packages/gitops/src/landing/tuning.ts
/**
 * Every timing and size of the landing queue, in one place. Times are milliseconds.
 */
/**
 * How long a request may be landed by others. Its writer takes it back after half of this at the
 * latest, so a request still there afterwards belongs to a writer that died: it is deleted
 * unlanded, and a cancelled run's deploy cannot land long after the fact.
 */
const LANDING_REQUEST_TTL_MS = 5 * 60_000;
/** How far a request's times may lie ahead of a reader's clock before it is junk (clocks differ a little). */
const LANDING_CLOCK_SKEW_MS = 60_000;
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
/**
 * While a deploy waits in the queue, its place is logged when it changes and again after this long
 * (a long wait must not look like a hang in the workflow log).
 */
const LANDING_PROGRESS_MS = 30_000;
/** Requests one landing push takes at most (oldest first): the rest wait for the next push. */
const MAX_LANDING_REQUESTS = 32;
/** Junk requests one writer deletes per round at most, in one push. */
const JUNK_BATCH = 100;

;// CONCATENATED MODULE: ./packages/gitops/src/landing/waiting.ts


function startWaiting(queuedAt, leaderGraceMs) {
    return { queuedAt, leaderGraceMs, queueSizeSeen: 1, leadersSeen: new Map(), waitingOn: undefined };
}
/** The policy's next state after `event`, and what to do (see `WaitingActions`). */
function nextWaiting(state, event) {
    return step(state, event);
}
function step(state, event) {
    switch (event.kind) {
        case 'round-start':
            return startRound(state, event.now);
        case 'queue-seen':
            return event.leading
                ? leadOrSettle(state, event.pending, event.now)
                : leaveToLeader(state, event.leader, event.now);
        case 'round-end': {
            const seen = event.waiting;
            const waitingOn = seen && !seen.leading ? { leader: seen.leader, pending: seen.pending } : undefined;
            return { state: { ...state, waitingOn }, action: 'none' };
        }
    }
}
function startRound(state, now) {
    const takeBack = now - state.queuedAt > LANDING_REQUEST_TTL_MS / 2;
    const { waitingOn } = state;
    if (!waitingOn)
        return { state, action: { takeBack, confirm: undefined } };
    const step = leaveToLeader(state, waitingOn.leader, now);
    return { state: step.state, action: { takeBack, confirm: step.action === 'wait' ? waitingOn : undefined } };
}
/** As the leader: wait while the queue grows, for at most `LANDING_SETTLE_MS` from our request. */
function leadOrSettle(state, pending, now) {
    const growing = pending > state.queueSizeSeen;
    const settling = growing && now - state.queuedAt < LANDING_SETTLE_MS;
    return { state: { ...state, queueSizeSeen: pending }, action: settling ? 'wait' : 'land' };
}
/** As another writer: leave the landing to `leader` for the grace period from when we first saw it lead. */
function leaveToLeader(state, leader, now) {
    const firstSeen = state.leadersSeen.get(leader);
    const leadersSeen = firstSeen === undefined ? new Map(state.leadersSeen).set(leader, now) : state.leadersSeen;
    const waited = now - (firstSeen ?? now);
    return { state: { ...state, leadersSeen }, action: waited < state.leaderGraceMs ? 'wait' : 'land' };
}
/** The wait before the next look at the queue, for the leader or for a writer waiting on it. */
function landingLookDelay(wait, random = Math.random) {
    const ceiling = wait.leading
        ? LANDING_LOOK.leaderMs
        : Math.min(LANDING_LOOK.maxMs, Math.max(LANDING_LOOK.minMs, LANDING_LOOK.perRequestMs * wait.pending));
    return (0,retry/* backoffDelay */.EY)(1, { baseDelayMs: ceiling, maxDelayMs: ceiling, jitter: 'equal' }, random);
}

;// CONCATENATED MODULE: ./packages/gitops/src/pull-request.ts

/**
 * Opens the pull request, or, when one is already open for the same head branch (the push has
 * already updated it), returns that one. The client's rules apply: rate limits are waited out, and
 * a POST that failed on GitHub's side is not repeated, since it may have opened the pull request;
 * the open one is looked up instead.
 */
async function openOrUpdatePullRequest(client, pull) {
    const params = { owner: pull.owner, repo: pull.repo };
    let failure;
    try {
        const { data } = await client.request('POST /repos/{owner}/{repo}/pulls', {
            params,
            body: { title: pull.title, head: pull.head, base: pull.base, body: pull.body },
        });
        return { url: data.html_url, number: data.number, created: true };
    }
    catch (error) {
        if (!(error instanceof github_client/* GitHubApiError */.O))
            throw error;
        const exists = error.status === 422 && /already exists/i.test(error.message);
        const maybeOpened = error.status === undefined || error.status >= 500;
        if (!exists && !maybeOpened)
            throw error;
        failure = exists
            ? new github_client/* GitHubApiError */.O(`GET /repos/${pull.owner}/${pull.repo}/pulls`, `GitHub says a pull request from ${pull.head} into ${pull.base} exists, but lists none open`)
            : error;
    }
    const { data: open } = await client.request('GET /repos/{owner}/{repo}/pulls', { params, query: { state: 'open', head: `${pull.owner}:${pull.head}`, base: pull.base } });
    const found = open[0];
    if (!found || typeof found.html_url !== 'string')
        throw failure;
    return { url: found.html_url, number: Number(found.number), created: false };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/git/src/fetch.ts
var fetch = __webpack_require__(23312);
// EXTERNAL MODULE: ./packages/git/src/refs.ts
var src_refs = __webpack_require__(33904);
// EXTERNAL MODULE: ./packages/trail/src/history.ts
var src_history = __webpack_require__(62032);
// EXTERNAL MODULE: ./packages/git/src/pack-file.ts
var pack_file = __webpack_require__(81338);
// EXTERNAL MODULE: ./packages/gitops/src/objects.ts
var objects = __webpack_require__(77870);
;// CONCATENATED MODULE: ./packages/gitops/src/deploy-tree.ts


/** Where fast-import leaves its commit; nothing reads or pushes the ref. */
const SCRATCH_REF = 'refs/shipgate/build';
const SCRATCH_IDENT = 'Shipgate <shipgate@shipgate.invalid> 0 +0000';
/**
 * The tree of `parent` with `path` written, from one `git fast-import`: no index, no working
 * tree, no read of any blob (a partial clone has none), and one process where staging through an
 * index took four (read-tree, add, write-tree, and the files written to disk first). fast-import
 * makes a commit to hold the tree: the deploy commit itself with `spec.commit`, else a scratch
 * one that is thrown away while `writeCommit` writes the deploy commit (signed, or dated by the
 * environment as git dates it).
 */
async function writeDeployTree(git, spec) {
    const chunks = [];
    const line = (text) => chunks.push(Buffer.from(`${text}\n`));
    const message = Buffer.from(spec.commit?.message ?? '');
    line(`commit ${SCRATCH_REF}`);
    line('mark :1');
    line(`author ${spec.commit?.ident ?? SCRATCH_IDENT}`);
    line(`committer ${spec.commit?.ident ?? SCRATCH_IDENT}`);
    line(`data ${message.length}`);
    chunks.push(message);
    line('');
    if (spec.parent)
        line(`from ${spec.parent}`);
    if (spec.replace)
        line(`D ${(0,objects/* fastImportPath */.lU)(spec.path)}`);
    for (const file of spec.files) {
        line(`M ${file.executable ? '100755' : '100644'} inline ${(0,objects/* fastImportPath */.lU)(`${spec.path}/${file.relativePath}`)}`);
        line(`data ${file.content.length}`);
        chunks.push(file.content);
        line('');
    }
    line('');
    line('ls :1 ""');
    line(`ls :1 ${(0,objects/* fastImportPath */.lU)(spec.path)}`);
    if (spec.commit)
        line('get-mark :1');
    line('done');
    const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: Buffer.concat(chunks) });
    const built = parseDeployTreeListing(stdout);
    if (spec.commit && !built.commit)
        throw new Error(`git fast-import did not give the commit it wrote: ${JSON.stringify(stdout)}`);
    return built;
}
/**
 * fast-import's answers to the two `ls`: `040000 tree <id>\t` for the root, then `<mode> <type>
 * <id>\t<path>` or `missing <path>` for the deploy path; then the commit's id when it was asked for.
 */
function parseDeployTreeListing(stdout) {
    const [root = '', path = '', mark = ''] = stdout.split('\n');
    const rootMatch = root.match(/^040000 tree ([0-9a-f]{40,64})\t/);
    if (!rootMatch?.[1])
        throw new Error(`git fast-import did not list the tree it built: ${JSON.stringify(stdout)}`);
    const pathMatch = path.match(/^([0-7]{6}) \w+ ([0-9a-f]{40,64})\t/);
    return {
        tree: rootMatch[1],
        pathTree: pathMatch ? `${pathMatch[1]} ${pathMatch[2]}` : undefined,
        ...(/^[0-9a-f]{40,64}$/.test(mark) ? { commit: mark } : {}),
    };
}
/**
 * The objects of a path that holds exactly `files` (a deploy that replaces its path, as
 * `writeDeployTree` writes it): each blob and tree once, every tree after what it holds, the
 * path's own tree last; none when there are no files.
 */
function pathTreeObjects(files) {
    if (files.length === 0)
        return [];
    const objects = new Map();
    const add = (object) => {
        const id = (0,pack_file/* gitObjectId */.RI)(object);
        objects.set(id, object);
        return id;
    };
    const root = { items: [], directories: new Map() };
    for (const file of files) {
        const names = file.relativePath.split('/');
        const name = names.pop();
        let directory = root;
        for (const part of names) {
            const next = directory.directories.get(part) ?? { items: [], directories: new Map() };
            directory.directories.set(part, next);
            directory = next;
        }
        directory.items.push({
            mode: file.executable ? '100755' : '100644',
            name,
            id: add({ type: 'blob', body: file.content }),
        });
    }
    const writeTree = (directory) => {
        const subtrees = [...directory.directories].map(([name, sub]) => ({ mode: '40000', name, id: writeTree(sub) }));
        return add({ type: 'tree', body: (0,pack_file/* treeBody */.BE)([...directory.items, ...subtrees]) });
    };
    // The path's tree is written after all it holds, and cannot be among it: it comes last.
    writeTree(root);
    return [...objects.values()];
}

// EXTERNAL MODULE: ./packages/gitops/src/kustomization.ts
var kustomization = __webpack_require__(24563);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/git/src/git.ts + 1 modules
var src_git = __webpack_require__(74031);
;// CONCATENATED MODULE: ./packages/git/src/push.ts


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
/**
 * The one push: every update in one push to `origin`, all or nothing with `atomic`, hooks of this
 * clone skipped. Over HTTP(S), from this process when every update says what the server must hold
 * (see `pushOverHttp`), else by `git push --porcelain`. Returns git's result (or the same lines)
 * whatever the exit code; what it means (`parsePushPorcelain`, the writer's race or fatal) is the
 * caller's. Callers keep a push to a bounded number of refs, so its command line stays far below
 * the OS limit.
 */
async function push(git, updates, options = {}) {
    if (git.remote) {
        const result = await git.remote.push(git, git.remote, updates, options);
        if (result) {
            if (result.exitCode !== 0)
                (0,src_git/* throwIfAuthFailure */.UV)(result.stderr, git.remote.url);
            return result;
        }
    }
    if (options.pack)
        await (0,pack_file/* storePack */.PQ)(git, options.pack);
    const args = [
        'push',
        '--porcelain',
        ...(options.atomic ? ['--atomic'] : []),
        '--no-verify',
        ...updates.flatMap((update) => (update.lease ? [`--force-with-lease=${update.ref}:${update.lease}`] : [])),
        'origin',
        ...updates.map((update) => `${update.force ? '+' : ''}${update.from ?? ''}:${update.ref}`),
    ];
    return git(args, { ignoreReturnCode: true });
}

;// CONCATENATED MODULE: ./packages/gitops/src/push.ts

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
    if ((0,src_git/* isTransientGitFailure */.R9)(result.stderr)) {
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
 * The one push of the writer and the landing queue (see `push`), its outcome classified (see
 * `classifyPush`).
 */
async function pushRefs(git, updates, options = {}) {
    return classifyPush(await push(git, updates, options));
}

;// CONCATENATED MODULE: ./packages/gitops/src/landing/request.ts

/**
 * A landing request: what a writer that lost the race for the branch posts instead of starting
 * over alone. It lives under `refs/shipgate/queue/<id>`: a signed tag saying which branch and path
 * it is for, on a commit that holds the deploy's message and nothing but the path's tree. This file
 * is its format on the wire (the tag message), its signature, and whether a writer may trust it.
 */
const LANDING_QUEUE_PREFIX = 'refs/shipgate/queue/';
const REQUEST_SUBJECT = 'Shipgate landing request';
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

;// CONCATENATED MODULE: ./packages/gitops/src/landing/own-request.ts






/**
 * Publishes a deploy as a landing request for `path` on `branch`: a tag saying which branch and
 * path (signed with `key`), on a commit with the deploy's message that holds nothing but the
 * path's tree. Nothing in it refers to the branch's history: a commit on the tip we lost with
 * would make git send all the history it cannot prove the server has (the winner's tip is unknown
 * here), fetching it lazily only to send it back. The ref is new and ours alone, so this push
 * cannot lose a race; a failure is returned for the caller to carry on without the queue.
 *
 * With `pathFiles`, the request's objects are made and packed in this process: nothing is written
 * into the clone (its next look at the queue fetches the request like any other), and neither
 * `git fast-import` nor `git pack-objects` runs.
 *
 * @param pathTree the deploy's tree at `path`; `undefined` when the deploy empties the path
 * @param pathFiles what the path holds, exactly (a deploy that replaces its path); ignored unless
 *   they make `pathTree`
 * @param identity `Name <email>` of the author, committer and tagger
 */
async function announceDeploy(git, options) {
    const id = (0,external_node_crypto_.randomBytes)(10).toString('hex');
    const nonce = options.renewing?.nonce ?? (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const ref = `${LANDING_QUEUE_PREFIX}${id}`;
    const ident = `${options.identity} ${Math.floor(options.now / 1000)} +0000`;
    // The nonce goes into the deploy's own trail, so the branch shows once the request is spent.
    const message = options.renewing?.message ?? `${options.message.replace(/\s+$/, '')}\nShipgate-Request: ${nonce}\n`;
    const pathCommit = {
        author: ident,
        committer: ident,
        message,
        path: options.path,
        object: options.pathTree ? `tree ${options.pathTree}` : undefined,
    };
    const commit = (0,objects/* pathCommitId */.WF)(pathCommit);
    const request = {
        branch: options.branch,
        path: options.path,
        queuedAt: options.now,
        expiresAt: options.now + LANDING_REQUEST_TTL_MS,
        nonce,
    };
    if (options.key)
        request.signature = landingSignature(options.key, { ...request, ref }, commit);
    const tagSpec = { name: `shipgate-queue-${id}`, tagger: ident, message: formatLandingRequest(request) };
    const made = options.pathFiles && (0,objects/* taggedPathCommitPack */.SH)(pathCommit, tagSpec, pathTreeObjects(options.pathFiles));
    const tag = made
        ? made.tag
        : await (0,objects/* writeTaggedPathCommit */.IS)(git, 'refs/shipgate/request', pathCommit, { ...tagSpec, commitId: commit });
    // `base: ''`: the ref must not exist yet, which also lets the process push it without git.
    const pushed = await pushRefs(git, [{ ref, from: tag, base: '' }], made ? { pack: made.pack } : {});
    if (pushed.kind === 'pushed')
        return { queued: { id, ref, tag, queuedAt: options.now, message, nonce } };
    // A push whose reply was lost may have queued it all the same: take it back (leased) before going on alone.
    if (pushed.kind === 'transient')
        await withdrawRequest(git, { ref, tag }).catch(() => undefined);
    return { failed: pushed };
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

// EXTERNAL MODULE: ./packages/git/src/http-fetch.ts + 2 modules
var http_fetch = __webpack_require__(43282);
// EXTERNAL MODULE: ./packages/trail/src/trailers.ts
var src_trailers = __webpack_require__(1446);
// EXTERNAL MODULE: ./packages/gitops/src/write-tree.ts
var write_tree = __webpack_require__(21130);
;// CONCATENATED MODULE: ./packages/gitops/src/landing/listing.ts






/**
 * Reading the queue: one fetch of the branch and every request, one `for-each-ref` listing them,
 * parsed once; and clearing what in it is junk.
 */
/** Where a fetch puts the server's requests in the clone. */
const LOCAL_QUEUE_PREFIX = 'refs/remotes/shipgate-queue/';
const FIELD = '\u0000';
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
        return (0,write_tree/* confineRepositoryPath */.CQ)(path) === path;
    }
    catch {
        return false;
    }
}
/** The records of `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output, split once for every reader. */
function listingRecords(stdout) {
    return stdout.split(RECORD_END).map((text) => ({ text, fields: text.replace(/^\n+/, '').split(FIELD) }));
}
/** `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output → requests; anything malformed is left out. */
function parseQueueListing(stdout) {
    const queued = [];
    for (const { fields } of listingRecords(stdout)) {
        const [localRef = '', tag = '', commit = '', tagMessage = '', author, committer, trailers, message] = fields;
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
            trail: (0,src_trailers/* trailFromTrailers */.rE)((0,src_trailers/* parseTrailerLines */.ou)((trailers ?? '').split('\u001e').map((line) => line.trim()))),
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
    for (const { fields } of listingRecords(stdout)) {
        const [localRef = '', object = ''] = fields;
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
 * Fetches the branch and the whole queue, and judges junk at `now`. Blobs come along (up to a
 * size): a landing push sends the queued trees, and pack-objects would otherwise fetch their blobs
 * lazily, one more round trip. Requests settled since the last look are dropped (`--prune`). The
 * clone's own listing comes first: it names what the clone holds, so only what is new is fetched,
 * and when the server lists nothing new it is the answer. `held`: the previous look's `listing`,
 * which spares listing the clone again (were it stale, git refuses the leased update, and `git
 * fetch` looks instead).
 */
async function fetchLandingState(git, branch, now, held) {
    const tracking = (0,src_refs/* remoteTrackingRef */.d3)(branch);
    const listQueue = async () => (await git(['for-each-ref', `--format=${QUEUE_LISTING_FORMAT}%00`, LOCAL_QUEUE_PREFIX, tracking])).stdout;
    held ??= git.remote ? await listQueue() : '';
    const fetched = await (0,fetch/* fetchMirrors */.z7)(git, [
        { remote: `refs/heads/${branch}`, local: tracking },
        { remote: LANDING_QUEUE_PREFIX, local: LOCAL_QUEUE_PREFIX },
    ], { filter: 'blob:limit=1m', local: listedRefs(held) });
    const cloned = fetched.changed ? await listQueue() : held;
    // A ref the clone kept that the server no longer lists (see `fetchMirrors`) is no request.
    const listing = fetched.refs ? onlyListed(cloned, fetched.refs) : cloned;
    const tipLine = listing.split('\n').find((line) => line.startsWith(`${tracking}\u0000`));
    const junk = queueJunk(listing, now);
    const junkRefs = new Set(junk.map((entry) => entry.ref));
    return {
        tip: tipLine?.split(FIELD)[1] || undefined,
        queue: parseQueueListing(listing).filter((entry) => !junkRefs.has(entry.ref)),
        junk,
        listing,
    };
}
/**
 * The listing (`LandingState.listing`) of a clone that holds `branch` at `tip` and, as far as the
 * caller knows, nothing of the queue: a writer that just queued a deploy built on that tip starts
 * its first look from it instead of listing the clone. Should the clone hold more, the look's
 * leased update fails and `git fetch` looks, or the server no longer lists it and the look leaves
 * it out.
 */
function listingOfBranchAt(branch, tip) {
    const emptyFields = QUEUE_LISTING_FORMAT.split('%00')
        .slice(2)
        .map(() => '');
    return `${[(0,src_refs/* remoteTrackingRef */.d3)(branch), tip, ...emptyFields].join(FIELD)}${RECORD_END}`;
}
/** The records of a queue listing whose ref the server listed with the same id. */
function onlyListed(stdout, listed) {
    return listingRecords(stdout)
        .filter(({ fields: [ref = '', id = ''] }) => listed.get(ref) === id)
        .map((record) => `${record.text}${RECORD_END}`)
        .join('');
}
/** The ref name → id of each record of a queue listing (the tracking ref's among them). */
function listedRefs(stdout) {
    const refs = new Map();
    for (const { fields } of listingRecords(stdout)) {
        const [ref = '', id = ''] = fields;
        if (ref && /^[0-9a-f]{40,64}$/.test(id))
            refs.set(ref, id);
    }
    return refs;
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
/** Which of `refs` the server still has, and `branch`'s tip, in one listing (`listRemoteRefs`). */
async function glanceAtQueue(git, branch, refs) {
    const branchRef = `refs/heads/${branch}`;
    const listed = await (0,src_refs/* listRemoteRefs */.R8)(git, [branchRef, ...refs]);
    return { present: new Set(refs.filter((ref) => listed.has(ref))), tip: listed.get(branchRef) || undefined };
}

// EXTERNAL MODULE: ./packages/git/src/tree.ts
var tree = __webpack_require__(24106);
// EXTERNAL MODULE: ./packages/git/src/objects.ts
var src_objects = __webpack_require__(83652);
// EXTERNAL MODULE: ./packages/gitops/src/rules.ts + 1 modules
var rules = __webpack_require__(47027);
;// CONCATENATED MODULE: ./packages/gitops/src/landing/planner.ts



/**
 * The queue as this writer's round sees it at `now`. Requests it cannot verify are neither landed
 * nor waited for, only cleared once expired. A writer with no key verifies none: it lands its own
 * deploy only.
 */
function viewQueue(all, ours, options) {
    const { key, now } = options;
    const trusted = (entry) => entry.id === ours.id || entry.expiresAt <= now || (key !== undefined && isTrustedRequest(entry, key));
    const queue = boundedQueue(all.filter((entry) => entry.branch === options.branch && trusted(entry)), ours);
    const pending = queue.filter((entry) => inForce(entry, now));
    return { queue, pending, leader: oldestPending(pending, now) };
}
/** At most `MAX_LANDING_REQUESTS` requests, oldest first, ours always among them. */
function boundedQueue(queue, ours) {
    const oldest = [...queue]
        .sort(queueOrder)
        .filter((entry) => entry.id !== ours.id)
        .slice(0, MAX_LANDING_REQUESTS - 1);
    return [ours, ...oldest];
}
/** The queue's order: oldest first, ties broken by id, as every writer sees it. */
function queueOrder(a, b) {
    return a.queuedAt - b.queuedAt || compareIds(a.id, b.id);
}
/**
 * Ids in code-unit order, the same on every writer. `localeCompare` orders by the runner's locale
 * (two writers could each take the other for the leader), and its first call loads ICU's
 * collation: about 8 ms of CPU in every queued writer's process.
 */
function compareIds(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
/** Not expired, and carrying a deploy: a request some writer may still land. */
function inForce(entry, now) {
    return entry.expiresAt > now && entry.trail !== undefined;
}
/** The request whose writer lands the queue: the oldest one still in force. */
function oldestPending(queue, now) {
    return queue.filter((entry) => inForce(entry, now)).sort(queueOrder)[0];
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
/**
 * Decides what landing the queue on the current tip does with each request of `branch`: in source
 * order (oldest source first, so a newer source lands last and stays), each checked against the
 * history as it will be once the requests before it have landed.
 *
 * @param history every deployment reachable from the tip, newest first
 * @param pathObjects the object at each request's path: in its own commit (`<commit>:<path>`) and
 *   on the tip (`tip:<path>`); absent when there is none
 */
function planLanding(queue, options) {
    const requests = queue
        .filter((entry) => entry.branch === options.branch && entry.trail !== undefined)
        .sort((a, b) => timeOf(a.trail?.sourceTime) - timeOf(b.trail?.sourceTime) || a.queuedAt - b.queuedAt || compareIds(a.id, b.id));
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
        const decision = (0,rules/* checkDeployRules */.j4)({
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
        landed = [landedDeployment(entry, trail, options.now), ...landed];
        actions.push({ entry, action: 'apply' });
    }
    return actions;
}
/** The deployment an applied request becomes, as the rules see it for the requests after it. */
function landedDeployment(entry, trail, now) {
    return {
        ...trail,
        commitSha: entry.commit,
        committedAt: new Date(now).toISOString(),
        kind: trail.rollbackOf ? 'rollback' : 'deploy',
        path: entry.path,
        subject: entry.message.split('\n', 1)[0] ?? '',
    };
}
function timeOf(value) {
    const time = value ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? 0 : time;
}

;// CONCATENATED MODULE: ./packages/gitops/src/landing/round.ts









/**
 * One round for a writer whose deploy is queued, from its look at the branch and the queue
 * (`options.state`): when our request is gone, find the commit that landed it. Otherwise the writer of the oldest request lands the
 * whole queue in one push, and the others only look (a landing round costs CPU and a push, a look
 * one fetch), as long as `waitOrLand` says to.
 */
async function runLandingRound(git, options) {
    const { branch, request, state } = options;
    if (!state.tip) {
        await withdrawRequest(git, request);
        return { kind: 'requeue' };
    }
    const tip = state.tip;
    const ours = state.queue.find((entry) => entry.id === request.id);
    if (!ours)
        return settledElsewhere(git, { ...options, tip });
    // The id names a ref anyone with push access to the queue can rewrite; only our own tag is ours.
    if (ours.tag !== request.tag) {
        throw new errors/* ShipgateError */.Yu(`The landing request ${request.ref} holds another deploy than this writer queued (tag ${ours.tag.slice(0, 12)}, not ${request.tag.slice(0, 12)}): someone who can push to the GitOps repository rewrote it, and nothing of it was landed.`);
    }
    if (options.pushed && tip !== options.since && (await (0,src_refs/* isOnBranch */.sL)(git, options.pushed, tip))) {
        // Our own push landed after all (its reply was lost, and a retry of it lost to itself).
        await withdrawRequest(git, request);
        return { kind: 'landed', commitSha: options.pushed, landedBy: 'this writer', alongside: 0 };
    }
    const now = options.now();
    const view = viewQueue(state.queue, ours, { branch, key: options.key, now });
    const sight = {
        leader: view.leader?.id ?? ours.id,
        leading: view.leader?.id === ours.id,
        pending: view.pending.length,
    };
    if (view.leader && options.waitOrLand(sight, now) === 'wait') {
        return { kind: 'waiting', ...sight, ahead: view.pending.filter((entry) => queueOrder(entry, ours) < 0).length };
    }
    return landQueue(git, { ...options, tip, state, view, at: now });
}
/**
 * This writer lands the queue it sees at `at` (the round's one clock reading): plan, replay the
 * applied requests, push, clear junk.
 */
async function landQueue(git, options) {
    const { branch, request, tip, at: now } = options;
    const { queue, pending } = options.view;
    const [history, pathObjects, tipFiles, files] = await Promise.all([
        (0,src_history/* readAllDeployments */.IP)(git, tip),
        readPathObjects(git, tip, queue),
        (0,tree/* readFilesAt */.nl)(git, tip, rules/* RULE_FILES */.P4),
        rules/* RULES_READ_QUEUED_FILES */.X6 ? readQueuedFiles(git, pending) : undefined,
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
    const pushed = await pushLanding(git, { branch, tip, newTip, settled });
    if (pushed.kind !== 'pushed')
        return { kind: 'push-failed', outcome: pushed, tip };
    // Not in the atomic push: whoever keeps rewriting junk must not be able to hold up a landing.
    const spent = spentCopies(options.state.queue, queue, history).map((entry) => ({
        ref: entry.ref,
        object: entry.tag,
    }));
    await deleteJunk(git, [...spent, ...options.state.junk]);
    const ownCommit = commits.get(request.id);
    if (own?.action === 'apply' && ownCommit) {
        return { kind: 'landed', commitSha: ownCommit, landedBy: 'this writer', alongside: applied.length - 1 };
    }
    return { kind: 'unchanged', tip: newTip ?? tip };
}
/** The files each request in force would set, for the rules (see `DeployRuleContext.files`). */
async function readQueuedFiles(git, pending) {
    const files = await Promise.all(pending.map((entry) => (0,tree/* readTreeFiles */.od)(git, `${entry.commit}:${entry.path}`)));
    return new Map(pending.map((entry, index) => [entry.id, files[index] ?? new Map()]));
}
/**
 * The objects at each request's path, in its commit and on `tip` (one cat-file for all): a tree,
 * or nothing when the deploy emptied the path. Keys as `planLanding` reads them.
 */
async function readPathObjects(git, tip, queue) {
    const keys = [...new Set(queue.flatMap((entry) => [`${entry.commit}:${entry.path}`, `tip:${entry.path}`]))];
    const infos = await (0,src_objects/* batchCheck */.PT)(git, keys.map((key) => (key.startsWith('tip:') ? `${tip}:${key.slice(4)}` : key)));
    const objects = new Map();
    keys.forEach((key, index) => {
        const info = infos[index];
        if (info && (info.type === 'tree' || info.type === 'blob'))
            objects.set(key, `${info.type} ${info.id}`);
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
    const shas = await (0,objects/* writePathCommits */.xt)(git, 'refs/shipgate/landing', options.applied.map((entry) => ({
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
        ...(options.newTip ? [{ ref: `refs/heads/${options.branch}`, from: options.newTip, base: options.tip }] : []),
        ...options.settled.map((entry) => ({ ref: entry.ref, lease: entry.tag })),
    ];
    return pushRefs(git, updates, { atomic: true });
}
/** The outcome of a round whose deploy another writer landed as `commitSha`. */
function landedByAnother(commitSha) {
    return { kind: 'landed', commitSha, landedBy: 'another writer', alongside: 0 };
}
/**
 * Our request was settled by someone else: find our commit, or learn that the path already held
 * our content. A fetch can see the request's deletion before the branch update of the same atomic
 * push (refs are read one by one), so a miss is confirmed on a fresh tip before it counts.
 */
async function settledElsewhere(git, options) {
    let tip = options.tip;
    for (let look = 1; look <= 2; look++) {
        const landed = await (0,src_history/* findLandedCommit */.Rl)(git, { since: options.since, tip, message: options.message });
        if (landed)
            return landedByAnother(landed);
        if (look === 2)
            break;
        const state = await fetchLandingState(git, options.branch, options.now());
        if (!state.tip)
            return { kind: 'requeue' };
        tip = state.tip;
    }
    return { kind: 'unchanged', tip };
}

;// CONCATENATED MODULE: ./packages/gitops/src/landing/seat.ts









/**
 * One writer's place in the landing queue, from its request until it is settled: it runs the
 * rounds, and keeps the waiting policy's state between them (see `nextWaiting`).
 */
class LandingQueueSeat {
    git;
    request;
    options;
    now;
    waiting;
    /** How many requests were ahead of ours at the last full round that came to waiting. */
    ahead = 0;
    /** What the clone holds of the branch and the queue, as of its last look: the next look starts from it. */
    held;
    /** @param now the clock every decision of the seat reads */
    constructor(git, request, options, now) {
        this.git = git;
        this.request = request;
        this.options = options;
        this.now = now;
        this.waiting = startWaiting(request.queuedAt, options.leaderGraceMs ?? LANDING_LEADER_GRACE_MS);
        // The request was made in the clone that built the deploy on `since`, the last tip it fetched.
        if (request.since)
            this.held = listingOfBranchAt(options.branch, request.since);
    }
    /**
     * One round (see `runLandingRound`), after taking the request back if it has waited for half
     * its life, well before it could expire under us (`withdrawn`: go on alone).
     */
    async round() {
        const { request } = this;
        const start = this.step({ kind: 'round-start', now: this.now() });
        // When it is already gone, it was settled meanwhile and the round below finds how.
        if (start.takeBack && (await withdrawRequest(this.git, request)) === 'withdrawn')
            return { kind: 'withdrawn' };
        if (start.confirm) {
            // While both requests are still there, nothing changed for us: one ls-remote instead of a
            // fetch of the whole queue (on a shared machine, a crowd looking takes the leader's CPU).
            // When ours is gone it was settled: only the branch's new commits tell how.
            const leaderRef = `${LANDING_QUEUE_PREFIX}${start.confirm.leader}`;
            const glance = await glanceAtQueue(this.git, this.options.branch, [request.ref, leaderRef]);
            if (glance.present.size === 2)
                return { kind: 'waiting', ...start.confirm, leading: false, ahead: this.ahead };
            if (!glance.present.has(request.ref) && glance.tip)
                return this.settled(glance.tip);
        }
        const state = await fetchLandingState(this.git, this.options.branch, this.now(), this.held);
        this.held = state.listing;
        const outcome = await runLandingRound(this.git, {
            state,
            branch: this.options.branch,
            request,
            since: request.since,
            ...(request.pushed ? { pushed: request.pushed } : {}),
            message: this.options.message,
            waitOrLand: (sight, now) => this.step({ kind: 'queue-seen', now, ...sight }),
            key: this.options.key,
            now: this.now,
            ...(this.options.signing ? { signing: this.options.signing } : {}),
        });
        this.step({ kind: 'round-end', waiting: outcome.kind === 'waiting' ? outcome : undefined });
        if (outcome.kind === 'waiting')
            this.ahead = outcome.ahead;
        return outcome;
    }
    /**
     * Our request is gone and the branch is at `tip`: read its new commits (no trees) and find ours
     * among them. From the process they are read and kept nowhere; when that cannot tell (no commit
     * of ours among them, or not all read), git fetches them and looks, as `settledElsewhere` does.
     */
    async settled(tip) {
        const { branch, message } = this.options;
        const { since } = this.request;
        // The tip our request was made on is in the clone: only the commits since come.
        const haves = since ? [since] : [];
        const commits = this.git.remote ? await (0,http_fetch/* readHistoryOverHttp */.Jc)(this.git.remote, tip, haves) : undefined;
        const landed = commits ? (0,src_history/* landedCommitAmong */.QL)(commits, { since, tip, message }) : undefined;
        if (landed)
            return landedByAnother(landed);
        await (0,fetch/* fetchCommitsAt */.Sn)(this.git, branch, tip, { haves });
        return settledElsewhere(this.git, { branch, since, tip, message, now: this.now });
    }
    /** Moves the waiting policy on by one event: the seat keeps only its latest state. */
    step(event) {
        const next = nextWaiting(this.waiting, event);
        this.waiting = next.state;
        return next.action;
    }
    /** See `abandonRequest`. */
    abandon(failure) {
        return abandonRequest(this.git, { ...this.options, now: this.now }, this.request, failure);
    }
}
/**
 * Withdraws the request of a writer that is giving up, so it cannot land after the step failed.
 * Returns the commit that landed it when someone settled it first (the step then succeeds after
 * all); throws when it cannot be withdrawn, saying so, since it may still land.
 */
async function abandonRequest(git, options, request, failure) {
    const { branch, message, now } = options;
    let last = '';
    // A concurrent landing push holds the ref's lock for a moment; the lease makes a retry safe.
    for (let tries = 1; tries <= 3; tries++) {
        const outcome = await withdrawRequest(git, request);
        if (outcome === 'withdrawn')
            throw failure;
        if (outcome === 'gone') {
            const state = await fetchLandingState(git, branch, now());
            const settled = state.tip
                ? await settledElsewhere(git, { branch, since: request.since, tip: state.tip, message, now })
                : undefined;
            if (settled?.kind === 'landed')
                return settled.commitSha;
            throw failure;
        }
        last = 'message' in outcome ? outcome.message : '';
    }
    throw new errors/* ShipgateError */.Yu(`${failure.message.replace(/\.$/, '')}; the queued request ${request.ref} could not be withdrawn (${last}), so another writer may still land it.`);
}

// EXTERNAL MODULE: ./packages/gitops/src/tip-view.ts
var tip_view = __webpack_require__(46909);
;// CONCATENATED MODULE: ./packages/gitops/src/writer.ts













/** One attempt: a landing round when queued, else fetch, build, push. */
async function runAttempt(context, state, attempt) {
    const current = state.request ? { ...context, message: state.request.message } : context;
    return state.seat ? landingRound(current, state) : pushAttempt(current, state, attempt);
}
async function pushAttempt(context, state, attempt) {
    const { git, pushBranch } = context;
    const step = state.last
        ? await rebuildAfterRace(context, state.last)
        : state.fresh
            ? await buildOnTip(context, state.fresh.view)
            : await buildOnFreshTip(context);
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
    const updates = [
        context.mode === 'pull-request'
            ? { ref: `refs/heads/${pushBranch}`, from: built.commitSha, force: true }
            : { ref: `refs/heads/${pushBranch}`, from: built.commitSha, base: built.tip ?? '' },
    ];
    if (context.statement)
        updates.push(await statementUpdate(context, context.statement, built));
    const pushed = await pushRefs(git, updates, { atomic: updates.length > 1 });
    if (pushed.kind === 'pushed')
        return { settled: { pushed: true, commitSha: built.commitSha } };
    if (pushed.kind === 'fatal') {
        throw new errors/* ConfigurationError */.j1(`The push to ${pushBranch} was refused by the server: ${pushed.message}`);
    }
    const next = { last: built, ...(state.request ? { request: state.request } : {}) };
    if (context.queueable && pushed.kind === 'race') {
        const queued = await queueDeploy(context, built, {
            attempt,
            lost: pushed,
            renewing: state.request,
            sentBefore: state.last?.commitSha === built.commitSha,
        });
        if (queued)
            Object.assign(next, queued);
    }
    return { retry: pushed.message, state: next };
}
/** The statement ref of `built`'s commit, signed over the tree id of the path in its tree. */
async function statementUpdate(context, statement, built) {
    const bundle = await statement.sign(built.ownPathTree?.split(' ')[1] ?? '');
    const from = await (0,objects/* writeStatementCommit */.Az)(context.git, bundle, { file: statement.file, forCommit: built.commitSha });
    // A new commit's statement ref does not exist yet (`base: ''`), so the atomic push stays decidable without git.
    return { ref: statement.ref(built.commitSha), from, base: '' };
}
/**
 * Posts the deploy to the landing queue after a lost race (`renewing`: again, after its request
 * waited too long and was taken back); `undefined` when the queue refused it.
 */
async function queueDeploy(context, built, race) {
    const { git, deploy } = context;
    const { attempt, lost, renewing } = race;
    const announced = await announceDeploy(git, {
        pathTree: built.ownPathTree?.split(' ')[1],
        ...(built.pathFiles ? { pathFiles: built.pathFiles } : {}),
        branch: context.baseBranch,
        path: deploy.path,
        message: context.message,
        identity: context.identity,
        key: context.queue.key,
        now: Date.now(),
        ...(renewing ? { renewing } : {}),
    });
    if ('failed' in announced) {
        context.log.info(`Could not queue this deploy under ${LANDING_QUEUE_PREFIX} (${'message' in announced.failed ? announced.failed.message : 'push failed'}); re-applying it alone.`);
        return undefined;
    }
    const { nonce, message, ...queued } = announced.queued;
    const seat = new LandingQueueSeat(git, 
    // This push lost (git or the server refused it), so only an earlier send of the same commit,
    // whose reply never came, can have landed it: only then does a round look for it on the branch.
    {
        ...queued,
        since: built.tip,
        ...(race.sentBefore ? { pushed: built.commitSha } : {}),
    }, { ...context.queue, message, ...(context.signing ? { signing: context.signing } : {}) }, Date.now);
    context.log.info(`Push attempt ${attempt} lost a race (${lost.message}); queued this deploy ${renewing ? 'again ' : ''}as ${seat.request.ref}, so whichever writer pushes next lands it too.`);
    return { seat, request: { nonce, message } };
}
async function landingRound(context, state) {
    const { log } = context;
    const seat = state.seat;
    const round = await seat.round();
    // Going on alone: from scratch, still with the queued message (see `WriterState.request`).
    const done = state.request ? { request: state.request } : {};
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
            return {
                retry: round.outcome.message,
                state: { ...state, landingTip: round.tip },
                progressed: state.landingTip !== undefined && state.landingTip !== round.tip,
            };
    }
}
/** An attempt after the branch was rewritten or gone: fetch commits and the tip's trees, build on the tip. */
async function buildOnFreshTip(context) {
    return buildOnTip(context, await (0,tip_view/* fetchTipView */.zz)(context.git, context.baseBranch, context.deploy.path));
}
/**
 * Checks the rules on `tip`, writes our files on it and commits; re-reads nothing the view holds.
 * The rules decide before anything is written, and the tree is built without an index
 * (`writeDeployTree`).
 */
async function buildOnTip(context, tip) {
    const { git, deploy } = context;
    const sources = await readSourceFiles(context.files);
    const decision = (0,rules/* checkDeployRules */.j4)({
        deploy,
        tip: tip?.commit,
        history: tip?.history ?? [],
        files: filesByPath(sources),
        tipFiles: (0,tip_view/* tipFilesOf */.wh)(tip),
        landing: 'alone',
    });
    if (decision.verdict === 'fail')
        throw decision.error;
    if (decision.verdict === 'refuse')
        return { refused: decision.reason, tip: tip?.commit };
    const kustomization = kustomizationFile(context, tip);
    // The same fast-import writes the commit too, unless it is signed or dated by the environment.
    const ident = context.signing || context.datedByEnvironment ? undefined : (0,objects/* identAt */.SI)(context.identity, Date.now());
    const files = kustomization ? [...sources, kustomization] : sources;
    const { tree, pathTree, commit } = await writeDeployTree(git, {
        parent: tip?.commit,
        path: deploy.path,
        files,
        replace: context.prune,
        ...(ident ? { commit: { message: context.message, ident } } : {}),
    });
    if (tree === tip?.tree)
        return { unchanged: true, tip: tip.commit };
    const commitSha = commit ?? (await (0,objects/* writeCommit */.rV)(git, { tree, parent: tip?.commit, message: context.message }, context.signing));
    return {
        built: {
            tip: tip?.commit,
            history: tip?.history ?? [],
            pathTree: tip?.pathTree,
            tree,
            ownPathTree: pathTree,
            ...(context.prune ? { pathFiles: files } : {}),
            commitSha,
        },
    };
}
/**
 * The generated kustomization.yaml beside our files when wanted; it is not one of the rendered
 * files, so the rules (and the config hash an approval binds) see the files alone.
 */
function kustomizationFile(context, tip) {
    const text = (0,kustomization/* kustomizationFor */.fx)(context.files.map((file) => file.relativePath));
    if (text === undefined)
        return undefined;
    const pathExists = tip?.pathTree !== undefined;
    const hasKustomization = pathExists && tip?.hasKustomization === true;
    if (!(0,kustomization/* wantsKustomization */.fJ)(context.kustomization, { pathExists, hasKustomization }))
        return undefined;
    return { relativePath: kustomization/* KUSTOMIZATION_FILE */.j9, content: Buffer.from(text), executable: false };
}
/** The files as the rules read them: path → bytes. */
function filesByPath(files) {
    return new Map(files.map((file) => [file.relativePath, file.content]));
}
/** The source files' bytes, and whether each is executable (as `git add` would record it). */
async function readSourceFiles(files) {
    return Promise.all(files.map(async (file) => {
        const [content, stats] = await Promise.all([(0,promises_.readFile)(file.absolutePath), (0,promises_.stat)(file.absolutePath)]);
        return { relativePath: file.relativePath, content, executable: (stats.mode & 0o100) !== 0 };
    }));
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
    const fetched = await (0,fetch/* fetchBranch */.D_)(git, baseBranch, { filter: 'blob:none' });
    if (!fetched)
        return buildOnTip(context, undefined);
    const tracking = (0,src_refs/* remoteTrackingRef */.d3)(baseBranch);
    // The branch was created meanwhile: everything on it is new to us.
    if (!previous.tip) {
        if (await ownPushLanded(context, previous, () => (0,src_refs/* isOnBranch */.sL)(git, previous.commitSha, tracking))) {
            return { landed: previous.commitSha };
        }
        return buildOnTip(context, await (0,tip_view/* readTipView */.xB)(git, tracking, deploy.path, { tipTrees: true, blobsMissing: false }));
    }
    const [{ newest, added, deployments, rewritten }, inspected] = await (0,tip_view/* settleAll */.j3)([
        readNewCommits(git, baseBranch, previous.tip),
        // Its rule files may be here from an earlier tip: git fetches what is missing.
        (0,tip_view/* inspectPath */.uk)(git, tracking, deploy.path, { blobsMissing: false }),
    ]);
    // Our commit's parent is the old tip, so when it landed it is among the new commits.
    if (await ownPushLanded(context, previous, async () => added.includes(previous.commitSha))) {
        return { landed: previous.commitSha };
    }
    if (rewritten)
        return buildOnTip(context, await (0,tip_view/* readTipView */.xB)(git, tracking, deploy.path, { tipTrees: true, blobsMissing: false }));
    // The tip did not move (a lock lost to another push, a dropped connection): push it again.
    if (!newest)
        return { built: previous };
    const history = [...deployments, ...previous.history];
    if (inspected.pathTree === previous.pathTree) {
        const decision = (0,rules/* checkDeployRules */.j4)({
            deploy,
            tip: newest,
            history,
            tipFiles: (0,tip_view/* tipFilesOf */.wh)(inspected),
            landing: 'alone',
            files: filesByPath(await readSourceFiles(context.files)),
        });
        if (decision.verdict === 'fail')
            throw decision.error;
        if (decision.verdict === 'refuse')
            return { refused: decision.reason, tip: newest };
        const tree = await mergeOurPath(git, previous.commitSha, newest);
        if (tree) {
            const commitSha = await (0,objects/* writeCommit */.rV)(git, { tree, parent: newest, message: context.message }, context.signing);
            return {
                built: {
                    tip: newest,
                    history,
                    pathTree: inspected.pathTree,
                    tree,
                    ownPathTree: previous.ownPathTree,
                    ...(previous.pathFiles ? { pathFiles: previous.pathFiles } : {}),
                    commitSha,
                },
            };
        }
    }
    // Someone else changed our path (or the merge was not clean): start over on the new tip.
    return buildOnTip(context, { ...(await (0,src_refs/* tipOf */.nM)(git, baseBranch)), history, ...inspected });
}
/** Whether the server took our last push though its reply was lost (push mode: a pull-request branch is forced). */
async function ownPushLanded(context, previous, onBranch) {
    if (context.mode !== 'push' || !(await onBranch()))
        return false;
    context.log.info(`The server took push ${previous.commitSha} though its reply was lost.`);
    return true;
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
        `--format=%m${src_history/* DEPLOYMENT_LOG_FORMAT */.v4}`,
        `${since}...${(0,src_refs/* remoteTrackingRef */.d3)(branch)}`,
    ]);
    const records = stdout
        .split('\u0000')
        .map((record) => record.replace(/^\n+/, ''))
        .filter(Boolean);
    const rewritten = records.some((record) => record.startsWith('<'));
    const added = records.filter((record) => record.startsWith('>')).map((record) => record.slice(1));
    const shas = added.map((record) => record.split('\u001f', 1)[0] ?? '');
    return {
        newest: shas[0] || undefined,
        added: shas,
        deployments: (0,src_history/* parseDeploymentLog */.Lw)(added.join('\u0000')),
        rewritten,
    };
}
/** Whether the open pull-request branch already holds exactly this commit's tree (a re-run). */
async function sameTreeAsRemote(git, branch, tree) {
    try {
        if (!(await (0,fetch/* fetchBranch */.D_)(git, branch, { filter: 'tree:0' })))
            return false;
    }
    catch {
        return false;
    }
    return (await git(['rev-parse', `${(0,src_refs/* remoteTrackingRef */.d3)(branch)}^{tree}`])).stdout.trim() === tree;
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy-land.ts








/**
 * The landing: attempts until one settles (writer.ts makes each), then the result, the log lines
 * that say what happened and, in pull-request mode, the pull request.
 */
/** The step was cancelled (its signal aborted) while the deploy was being landed. */
class DeployCancelledError extends errors/* ShipgateError */.Yu {
    name = 'DeployCancelledError';
}
/**
 * The no-stale-overwrite rule refused the deploy and the request said `onStale: 'fail'`. Nothing
 * was pushed; `result` is what the deploy would have returned (the tip, the reason), for outputs.
 */
class StaleDeployError extends errors/* ShipgateError */.Yu {
    result;
    name = 'StaleDeployError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/**
 * Attempts until one settles: a lost race backs off and tries again (from what the last attempt
 * built, or as a landing round once queued); looking at the queue while another writer lands it is
 * not an attempt. A writer that gives up, or is cancelled, never leaves a request behind that
 * could land later.
 */
async function landUntilSettled(context, maxAttempts, deps, tuning, initial = {}) {
    const { signal } = deps;
    let state = initial;
    let progress;
    const progressEvery = tuning.landingQueue?.progressIntervalMs ?? LANDING_PROGRESS_MS;
    // Rejections count toward `maxAttempts`; a landing lost while the queue moves on does not (the
    // request's own life bounds it: its writer takes it back, which counts, and goes on alone,
    // queueing again with the same nonce when it loses).
    let rejections = 0;
    for (let attempt = 1;; attempt++) {
        let result = await abandonOnError(state, () => attemptUnlessCancelled(context, state, attempt, signal));
        while ('wait' in result) {
            const next = nextQueueProgress(progress, result.wait, Date.now(), progressEvery);
            progress = next.progress;
            if (next.say)
                context.log.info(next.say);
            await (0,abortable_sleep/* abortableSleep */.M)(tuning.landingQueue?.lookDelayMs ?? landingLookDelay(result.wait), signal);
            const waiting = result.state;
            result = await abandonOnError(waiting, () => attemptUnlessCancelled(context, waiting, attempt, signal));
        }
        if ('settled' in result)
            return { settled: result.settled, attempts: attempt };
        state = result.state;
        if (!result.progressed)
            rejections += 1;
        if (rejections >= maxAttempts) {
            const failure = new errors/* ShipgateError */.Yu(`The push to ${context.pushBranch} was rejected ${maxAttempts} times (last: ${result.retry}); raise "max-attempts" or try again.`);
            if (!state.seat)
                throw failure;
            return { settled: { pushed: true, commitSha: await state.seat.abandon(failure) }, attempts: attempt };
        }
        const policy = state.seat ? LANDING_RETRY : deploy_request/* RACE_RETRY */.pA;
        const delayMs = (0,retry/* backoffDelay */.EY)(attempt, {
            baseDelayMs: tuning.retryDelays?.baseDelayMs ?? policy.baseDelayMs,
            maxDelayMs: tuning.retryDelays?.maxDelayMs ?? policy.maxDelayMs,
            factor: policy.factor,
        });
        if (!state.seat) {
            context.log.info(`Push attempt ${attempt} lost a race (${rejections} of ${maxAttempts} rejections: ${result.retry}); fetching the new tip and re-applying in ${delayMs} ms.`);
        }
        await (0,abortable_sleep/* abortableSleep */.M)(delayMs, signal);
    }
}
function attemptUnlessCancelled(context, state, attempt, signal) {
    if (signal?.aborted) {
        const reason = signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? 'cancelled');
        const queued = state.seat ? `; withdrawing the queued request ${state.seat.request.ref}` : '';
        context.log.warning(`Cancelled (${reason})${queued}.`);
        throw new DeployCancelledError(`The deploy was cancelled (${reason}) before it landed.`);
    }
    return runAttempt(context, state, attempt);
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
async function reportDeploy(landed, context, plan, request, deps, tuning) {
    const { log } = deps;
    const { settled, attempts } = landed;
    const result = {
        changed: settled.pushed,
        commitSha: settled.pushed ? settled.commitSha : (settled.tip ?? ''),
        attempts: !settled.pushed && settled.refused ? 0 : attempts,
        branch: context.pushBranch,
        path: plan.path,
    };
    if (!settled.pushed && settled.refused) {
        result.refused = settled.refused;
        const message = `Not deploying ${request.app} to ${request.environment}: ${settled.refused}; nothing was pushed. Set allow-downgrade: true to deploy it anyway.`;
        if (request.onStale === 'fail')
            throw new StaleDeployError(message, result);
        log.warning(message, { title: 'Stale deploy skipped' });
        return result;
    }
    const unchangedPullRequest = !settled.pushed && settled.unchangedPullRequest === true;
    if (!settled.pushed && !unchangedPullRequest) {
        log.info(`${plan.path} on ${context.baseBranch} already holds this content; nothing to commit.`);
    }
    if (plan.mode === 'pull-request' && (settled.pushed || unchangedPullRequest)) {
        result.pullRequestUrl = await openPullRequest(context, plan, request, deps, tuning);
    }
    else if (settled.pushed) {
        log.info(`Committed ${result.commitSha} to ${context.pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
    }
    return result;
}
async function openPullRequest(context, plan, request, deps, tuning) {
    const repo = (0,repository/* ownerAndName */.uD)(context.repositoryUrl);
    const client = (0,github_client/* createGitHubClient */.L)({
        token: request.token,
        baseUrl: request.apiUrl ?? 'https://api.github.com',
        log: deps.log,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(tuning.retryDelays ?? {}),
    });
    const pull = await openOrUpdatePullRequest(client, {
        owner: repo.owner,
        repo: repo.name,
        head: context.pushBranch,
        base: context.baseBranch,
        title: plan.message.split('\n')[0] ?? `Deploy ${request.app} to ${request.environment}`,
        body: plan.message,
    });
    deps.log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
    return pull.url;
}


/***/ }),

/***/ 25595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ex: () => (/* binding */ DEFAULT_MESSAGE),
/* harmony export */   gD: () => (/* binding */ DEFAULT_AUTHOR),
/* harmony export */   pA: () => (/* binding */ RACE_RETRY)
/* harmony export */ });
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


/***/ }),

/***/ 12070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ deployToGitOps)
});

// EXTERNAL MODULE: ./packages/git/src/clone.ts
var src_clone = __webpack_require__(973);
// EXTERNAL MODULE: ./packages/approvals/src/approval-record.ts
var approval_record = __webpack_require__(72887);
// EXTERNAL MODULE: ./packages/attest/src/deploy-statement.ts
var deploy_statement = __webpack_require__(36644);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/git/src/refs.ts
var refs = __webpack_require__(33904);
// EXTERNAL MODULE: ./packages/policy/src/load.ts + 2 modules
var load = __webpack_require__(74846);
// EXTERNAL MODULE: ./packages/trail/src/trailers.ts
var trailers = __webpack_require__(1446);
// EXTERNAL MODULE: ./packages/gitops/src/deploy-policy.ts
var deploy_policy = __webpack_require__(95174);
// EXTERNAL MODULE: ./packages/gitops/src/deploy-request.ts
var deploy_request = __webpack_require__(25595);
// EXTERNAL MODULE: ./packages/gitops/src/objects.ts
var objects = __webpack_require__(77870);
// EXTERNAL MODULE: ./packages/gitops/src/rules.ts + 1 modules
var rules = __webpack_require__(47027);
// EXTERNAL MODULE: ./packages/gitops/src/tip-view.ts
var tip_view = __webpack_require__(46909);
;// CONCATENATED MODULE: ./packages/gitops/src/deploy-check.ts











/**
 * The check, on the clone and before anything is written: the branch's own
 * `.shipgate/policy.yaml` applied to the plan (or, with none, the inputs' approval rule), and the
 * writer's context built from what it decided: the trail with the approvals that counted, the
 * message, whether the deploy may queue, whether it must carry a signed deploy statement.
 */
/** A run URL (`…/actions/runs/<id>`): the `Shipgate-Approval` of an environment review. */
const RUN_URL = /\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;
/** Checks the plan against the branch's policy and returns what the writer lands. */
async function checkDeploy(plan, request, deps, clone, tuning = {}) {
    const { git } = clone;
    const baseBranch = request.branch ?? (await (0,refs/* remoteDefaultBranch */.Ki)(git)) ?? 'main';
    (0,inputs/* requireBranchName */.v)(baseBranch, 'branch');
    // One fetch and one read of the tip serve the policy stage and the first attempt (writer.ts),
    // which builds on the same tip; the rules check every later tip again.
    const tip = await (0,tip_view/* fetchTipView */.zz)(git, baseBranch, plan.path);
    const policy = await applyGitOpsPolicy(tip, baseBranch, plan, request, deps);
    const deploy = policy
        ? { ...withPolicyTrail(plan.deploy, policy), checkedPolicy: policy.checked }
        : plan.deploy;
    const message = policy ? (0,trailers/* buildCommitMessage */.vL)(plan.subject, deploy) : plan.message;
    const key = request.queueKey || request.token;
    const statement = deployStatementSigning(request, deps, plan, policy, clone.url);
    const queueable = (0,rules/* mayQueue */.le)({ ...plan.deploy, mode: plan.mode, prune: plan.prune }).queue && !policy?.landsAlone && !statement;
    if (queueable && !key) {
        deps.log.info('No queue key (no "token" or "queue-key"): this writer lands only its own deploy from the landing queue.');
    }
    const identity = request.author ?? deploy_request/* DEFAULT_AUTHOR */.gD;
    const leaderGraceMs = tuning.landingQueue?.leaderGraceMs;
    const context = {
        git,
        repositoryUrl: clone.url,
        log: deps.log,
        deploy,
        files: plan.files,
        message,
        prune: plan.prune,
        kustomization: plan.kustomization,
        mode: plan.mode,
        baseBranch,
        pushBranch: plan.mode === 'pull-request' ? `shipgate/${request.app}-${request.environment}` : baseBranch,
        queueable,
        queue: { branch: baseBranch, message, key, ...(leaderGraceMs !== undefined ? { leaderGraceMs } : {}) },
        identity: `${identity.name} <${identity.email}>`,
        datedByEnvironment: (0,objects/* datedByEnvironment */.v0)(deps.env ?? process.env),
        ...(deps.signing ? { signing: deps.signing } : {}),
        ...(statement ? { statement } : {}),
    };
    return { context, tip };
}
/**
 * The GitOps policy stage: `.shipgate/policy.yaml` on the target branch's tip applied to this
 * deploy (deploy-policy.ts), or, when the branch has none, the input-driven approval check of old
 * with a notice recommending a policy. Throws before anything is written; the rules (rules.ts)
 * then make sure every tip the deploy lands on holds the same policy.
 */
async function applyGitOpsPolicy(tip, branch, plan, request, deps) {
    const file = tip?.ruleFiles.get(load/* POLICY_PATH */.l$);
    if (!file) {
        deps.log.notice(`${branch} has no .shipgate/policy.yaml, so this deploy follows the workflow's inputs alone; keep a policy in the GitOps repository so that the workflow cannot choose its own rules.`);
        checkApprovalWithoutPolicy(request, plan.imageRefs);
        return undefined;
    }
    const found = { ...file, policy: (0,deploy_policy/* parsePolicyBlob */.PD)(file.text, file.blob) };
    const history = async (environment) => (tip?.history ?? []).filter((deployment) => deployment.app === request.app && deployment.environment === environment);
    const gate = {
        ...request,
        ...(deps.evidence ? { evidence: deps.evidence } : {}),
        ...(deps.verifyAttestations ? { verifyAttestations: deps.verifyAttestations } : {}),
        ...(deps.now ? { now: deps.now() } : {}),
    };
    const verdict = await (0,deploy_policy/* enforceDeployPolicy */.a2)(found, { path: plan.path, files: plan.files, history }, gate, deps.log);
    deps.log.info(`Applied ${found.policy.source}: ${plan.path} is environment ${verdict.environment?.name ?? '(none)'}.`);
    return { ...verdict, checked: { blob: found.blob, text: found.text } };
}
/** Without a policy: approval when `require-approval` (default: for `production`) says so, bound to the inputs. */
function checkApprovalWithoutPolicy(request, imageRefs) {
    const requireApproval = request.requireApproval ?? request.environment === 'production';
    if (requireApproval && !request.approvalRecord) {
        throw new errors/* ConfigurationError */.j1(`Input "approval-record" is required to deploy to "${request.environment}" (require-approval is true).`);
    }
    if (request.approvalRecord) {
        (0,approval_record/* verifyApprovalBinding */.I9)(request.approvalRecord, {
            app: request.app,
            environment: request.environment,
            imageRefs,
            configHash: request.configHash ?? '',
        });
    }
}
/** The trail with what the policy stage verified: the approvals that counted, the policy blob, a break-glass. */
function withPolicyTrail(trail, verdict) {
    return {
        ...trail,
        configHash: verdict.configHash,
        approvedBy: [...new Set(verdict.approvals.map((approval) => approval.login))],
        ...(verdict.approvals.length > 0 ? { approvals: verdict.approvals.map((approval) => approval.url) } : {}),
        policy: verdict.policyBlob,
        ...(verdict.breakGlass ? { breakGlass: verdict.breakGlass } : {}),
        ...(verdict.attestations.length > 0 ? { attestations: verdict.attestations } : {}),
    };
}
/**
 * The deploy statement this writer signs, or `undefined`: required when an environment review
 * counts, since that approves a run and only the run's signature binds the bytes to it; for other
 * deploys only with `always` (a signed deploy lands alone, so signing every deploy would take the
 * landing queue away from them). One signature per distinct path tree.
 */
function deployStatementSigning(request, deps, plan, policy, url) {
    const signer = deps.deployStatement;
    const reviewed = policy?.approvals.some((approval) => RUN_URL.test(approval.url)) ?? false;
    if (!signer || (!reviewed && !signer.always)) {
        if (reviewed) {
            throw new errors/* ConfigurationError */.j1(`Environment "${request.environment}" counts an environment review, which approves a run and not bytes, so the run must sign a deploy statement: grant "permissions: id-token: write" and leave input "deploy-statement" on.`);
        }
        return undefined;
    }
    const content = {
        repository: (0,deploy_statement/* deployRepositoryName */.jT)(url),
        path: plan.path,
        configHash: policy?.configHash ?? request.configHash ?? '',
        digests: plan.imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)),
    };
    const signed = new Map();
    return {
        file: deploy_statement/* DEPLOY_STATEMENT_FILE */.dH,
        ref: deploy_statement/* deployStatementRef */.QT,
        sign: (treeId) => {
            let bundle = signed.get(treeId);
            if (!bundle) {
                bundle = signer.sign({ ...content, treeId });
                signed.set(treeId, bundle);
            }
            return bundle;
        },
    };
}

// EXTERNAL MODULE: ./packages/gitops/src/deploy-land.ts + 14 modules
var deploy_land = __webpack_require__(96828);
// EXTERNAL MODULE: ./packages/git/src/repository.ts
var repository = __webpack_require__(35434);
// EXTERNAL MODULE: ./packages/image/src/reference.ts
var reference = __webpack_require__(74723);
// EXTERNAL MODULE: ./packages/scan/src/scan-record.ts
var scan_record = __webpack_require__(37618);
// EXTERNAL MODULE: ./packages/gitops/src/environment-content.ts
var environment_content = __webpack_require__(93775);
// EXTERNAL MODULE: ./packages/gitops/src/write-tree.ts
var write_tree = __webpack_require__(21130);
;// CONCATENATED MODULE: ./packages/gitops/src/deploy-plan.ts








/**
 * The plan: every input checked and the trail built before the remote is touched. Nothing here
 * writes; the only I/O is reading the rendered files.
 */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Validates every input and builds the commit message; no side effects outside reading files. */
async function planDeploy(request) {
    checkNames(request);
    const path = (0,write_tree/* confineDeployPath */.bg)(request.path ?? `apps/${request.app}/${request.environment}`);
    const maxAttempts = request.maxAttempts ?? 10;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
        throw new errors/* ConfigurationError */.j1(`Input "max-attempts" must be a positive integer, got ${maxAttempts}.`);
    }
    const imageRefs = request.imageRefs.map((ref) => (0,reference/* requireDigestReference */.L1)(ref, 'image-ref').toString());
    const scan = scanTrailerOf(request, imageRefs);
    if (request.sourceTime !== undefined && Number.isNaN(Date.parse(request.sourceTime))) {
        throw new errors/* ConfigurationError */.j1(`Input "source-time" must be an ISO 8601 time, got "${request.sourceTime}".`);
    }
    const files = await readSourceFiles(request, path);
    checkModeInputs(request);
    const trail = trailOf(request, imageRefs, scan, files.length === 0);
    const rendered = renderMessageTemplate(request.message || deploy_request/* DEFAULT_MESSAGE */.ex, {
        app: request.app,
        environment: request.environment,
        image: imageRefs[0] ?? '',
        digest: imageRefs[0]?.slice(imageRefs[0].lastIndexOf('@') + 1) ?? '',
        source: request.source ?? '',
    });
    return {
        path,
        deploy: {
            ...trail,
            path,
            ...(request.allowDowngrade ? { allowDowngrade: true } : {}),
            ...(request.expectCurrentCommit ? { expectCurrentCommit: request.expectCurrentCommit } : {}),
        },
        files,
        message: (0,trailers/* buildCommitMessage */.vL)(rendered, trail),
        subject: rendered,
        imageRefs,
        prune: request.prune ?? true,
        kustomization: request.kustomization,
        mode: request.mode ?? 'push',
        maxAttempts,
    };
}
function checkNames(request) {
    if (!NAME_PATTERN.test(request.app)) {
        throw new errors/* ConfigurationError */.j1(`Input "app" must be letters, digits, ".", "_" or "-", got "${request.app}".`);
    }
    if (!NAME_PATTERN.test(request.environment)) {
        throw new errors/* ConfigurationError */.j1(`Input "environment" must be letters, digits, ".", "_" or "-", got "${request.environment}".`);
    }
    if (request.branch !== undefined)
        (0,inputs/* requireBranchName */.v)(request.branch, 'branch');
}
/** Pull-request mode opens the pull request on GitHub: it needs the repository there and a token. */
function checkModeInputs(request) {
    if (request.mode !== 'pull-request')
        return;
    if (!(0,repository/* ownerAndName */.uD)((0,repository/* resolveRepositoryAccess */.zP)(request))) {
        throw new errors/* ConfigurationError */.j1(`Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`);
    }
    if (!request.token)
        throw new errors/* ConfigurationError */.j1(`Input "token" is required for mode "pull-request".`);
}
/** The `Shipgate-Scan` value: from the scan record (which must be of an image deployed) or as given. */
function scanTrailerOf(request, imageRefs) {
    const digests = new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)));
    if (request.scanRecord && !digests.has(request.scanRecord.digest)) {
        throw new errors/* ConfigurationError */.j1(`Input "scan-record" is for ${request.scanRecord.imageRef}, which is not one of the images being deployed.`);
    }
    if (request.scanRecord && request.scan !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Inputs "scan" and "scan-record" must not be given together; pass one verdict.`);
    }
    if (request.scanRecord)
        return (0,scan_record/* formatScanTrailer */.Ox)(request.scanRecord);
    return request.scan !== undefined ? (0,trailers/* normalizeScanTrailer */.a0)(request.scan) : undefined;
}
/** The rendered files, refused when they could not be an environment's content or would delete it unasked. */
async function readSourceFiles(request, path) {
    const files = await (0,write_tree/* listSourceFiles */.pJ)(request.sourceDir);
    (0,environment_content/* requireEnvironmentContent */.qb)(await (0,environment_content/* readDirectoryEntries */.Yj)(request.sourceDir), `Input "source-dir" (${request.sourceDir}) cannot be deployed to ${path}`);
    if (files.length === 0 && !request.allowEmpty) {
        throw new errors/* ConfigurationError */.j1(`Input "source-dir" (${request.sourceDir}) is empty, which would delete ${path}; set allow-empty: true to remove the deployment on purpose.`);
    }
    return files;
}
function trailOf(request, imageRefs, scan, removal) {
    return {
        app: request.app,
        environment: request.environment,
        imageRefs,
        ...(request.source ? { source: request.source } : {}),
        ...(request.sourceTime ? { sourceTime: new Date(Date.parse(request.sourceTime)).toISOString() } : {}),
        ...(request.runUrl ? { run: request.runUrl } : {}),
        ...(scan ? { scan } : {}),
        ...(request.configHash ? { configHash: request.configHash } : {}),
        approvedBy: [...new Set((request.approvalRecord?.approvers ?? []).map((entry) => entry.login))],
        ...(request.hotfix ? { hotfix: true } : {}),
        ...(request.rollback
            ? {
                rollbackOf: request.rollback.of,
                rollbackTo: request.rollback.to,
                ...(request.rollback.reason ? { reason: request.rollback.reason } : {}),
            }
            : {}),
        ...(removal ? { removal: true } : {}),
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
        return (0,trailers/* sanitizeTrailerValue */.ur)(all[name]);
    });
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy.ts





/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency, in three stages: plan (every input checked before the remote is
 * touched, deploy-plan.ts), check (the branch's policy applied on a scratch clone,
 * deploy-check.ts), land (attempts until settled, then the result and the pull request,
 * deploy-land.ts and writer.ts). The clone is removed whatever happens, cancellation included.
 */
async function deployToGitOps(request, deps, tuning = {}) {
    const plan = await planDeploy(request);
    if (request.queueKey)
        deps.setSecret?.(request.queueKey);
    const access = { ...request, ...(deps.setSecret ? { setSecret: deps.setSecret } : {}) };
    const clone = await (0,src_clone/* openScratchClone */.Ol)({
        ...access,
        exec: deps.exec,
        ...(deps.pushFromProcess ? { pushFromProcess: deps.pushFromProcess } : {}),
        ...(deps.env ? { inherited: deps.env } : {}),
    }, {
        purpose: 'gitops',
        identity: request.author ?? deploy_request/* DEFAULT_AUTHOR */.gD,
        readRetry: tuning.retryDelays ? { attempts: 4, ...tuning.retryDelays } : undefined,
    });
    try {
        const { context, tip } = await checkDeploy(plan, request, deps, clone, tuning);
        const landed = await (0,deploy_land/* landUntilSettled */.fF)(context, plan.maxAttempts, deps, tuning, { fresh: { view: tip } });
        return await (0,deploy_land/* reportDeploy */.El)(landed, context, plan, request, deps, tuning);
    }
    finally {
        await (0,src_clone/* removeScratchClone */.II)(clone.dir);
    }
}


/***/ }),

/***/ 77870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ writeStatementCommit),
/* harmony export */   IS: () => (/* binding */ writeTaggedPathCommit),
/* harmony export */   SH: () => (/* binding */ taggedPathCommitPack),
/* harmony export */   SI: () => (/* binding */ identAt),
/* harmony export */   WF: () => (/* binding */ pathCommitId),
/* harmony export */   lU: () => (/* binding */ fastImportPath),
/* harmony export */   rV: () => (/* binding */ writeCommit),
/* harmony export */   v0: () => (/* binding */ datedByEnvironment),
/* harmony export */   xt: () => (/* binding */ writePathCommits)
/* harmony export */ });
/* unused harmony exports pathCommitObjects, tagObject */
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81338);

/**
 * `identity` (`Name <email>`) dated `nowMs` in the local time zone: the author and committer line
 * git writes for a commit made now. `undefined` when git would write the identity otherwise (it
 * trims spaces and punctuation from the ends of a name or address, and drops `<`, `>` and line
 * breaks), so that fast-import, which writes what it is given, makes the commit git would.
 */
function identAt(identity, nowMs) {
    const match = identity.match(/^(.*) <(.*)>$/);
    if (!match || !PLAIN_IDENT_PART.test(match[1] ?? '') || !PLAIN_IDENT_PART.test(match[2] ?? ''))
        return undefined;
    const offset = -new Date(nowMs).getTimezoneOffset();
    const zone = `${offset < 0 ? '-' : '+'}${String(Math.trunc(Math.abs(offset) / 60) * 100 + (Math.abs(offset) % 60)).padStart(4, '0')}`;
    return `${identity} ${Math.floor(nowMs / 1000)} ${zone}`;
}
/** A name or address git keeps as it is: no crud at either end (ident.c), no `<`, `>` or line break. */
const PLAIN_IDENT_PART = /^[^\x00-\x20.,:;<>"\\']([^<>\n]*[^\x00-\x20.,:;<>"\\'])?$/;
/** Whether git takes a commit's dates from the environment (`GIT_COMMITTER_DATE`, `GIT_AUTHOR_DATE`) rather than the clock. */
function datedByEnvironment(env) {
    return Boolean(env.GIT_COMMITTER_DATE || env.GIT_AUTHOR_DATE);
}
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
/**
 * The object a deploy statement ref points at: a parentless commit whose tree holds the Sigstore
 * bundle as `file`. A commit, not a bare blob, so any server and client that takes refs takes it.
 */
async function writeStatementCommit(git, bundleJson, options) {
    const blob = (await git(['hash-object', '-w', '--stdin'], { input: bundleJson })).stdout.trim();
    const tree = (await git(['mktree'], { input: `100644 blob ${blob}\t${options.file}\n` })).stdout.trim();
    return writeCommit(git, { tree, parent: undefined, message: `Shipgate deploy statement of ${options.forCommit}\n` });
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
    const commands = commits.flatMap((commit, index) => pathCommitCommands(ref, commit, index + 1, index === 0 ? options.from : undefined));
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
/**
 * One parentless `PathCommit` and a tag on it, from one `git fast-import`: for a tag whose message
 * names the commit (a landing request signs the commit's id), the id is worked out first
 * (`pathCommitId`) and checked against the one fast-import wrote. `ref` only holds the commit.
 * Returns the tag's id.
 */
async function writeTaggedPathCommit(git, ref, commit, tag) {
    const commands = [
        ...pathCommitCommands(ref, commit, 1, undefined),
        `tag ${tag.name}`,
        'mark :2',
        'from :1',
        `tagger ${tag.tagger}`,
        `data ${Buffer.byteLength(tag.message)}`,
        tag.message,
        'get-mark :1',
        'get-mark :2',
        'done',
        '',
    ];
    const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: commands.join('\n') });
    const [written, tagId] = stdout.split('\n');
    if (written !== tag.commitId || !tagId || !/^[0-9a-f]{40,64}$/.test(tagId)) {
        throw new Error(`git fast-import wrote commit ${written} where ${tag.commitId} was worked out`);
    }
    return tagId;
}
/**
 * The objects of the parentless commit `writePathCommits` writes for `commit`, less the path's
 * own object: a tree per directory of the path, each with one entry (or the empty tree), then the
 * commit, last. Worked out here because the request that names the commit is written in the same
 * fast-import run, or here altogether (`taggedPathCommitPack`).
 */
function pathCommitObjects(commit) {
    const [type, sha] = commit.object?.split(' ') ?? [];
    const trees = [];
    if (sha) {
        let item = { mode: type === 'tree' ? '40000' : '100644', id: sha };
        for (const name of commit.path.split('/').reverse()) {
            trees.push({ type: 'tree', body: (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .treeBody */ .BE)([{ ...item, name }]) });
            item = { mode: '40000', id: (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .gitObjectId */ .RI)(trees.at(-1)) };
        }
    }
    else
        trees.push({ type: 'tree', body: Buffer.alloc(0) });
    const tree = (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .gitObjectId */ .RI)(trees.at(-1));
    const body = `tree ${tree}\nauthor ${commit.author}\ncommitter ${commit.committer}\n\n${commit.message}`;
    return [...trees, { type: 'commit', body: Buffer.from(body) }];
}
/** The id of the parentless commit `writePathCommits` writes for `commit` (see `pathCommitObjects`). */
function pathCommitId(commit) {
    return (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .gitObjectId */ .RI)(pathCommitObjects(commit).at(-1));
}
/** The tag fast-import writes for `tag` on `commitId`. */
function tagObject(commitId, tag) {
    const body = `object ${commitId}\ntype commit\ntag ${tag.name}\ntagger ${tag.tagger}\n\n${tag.message}`;
    return { type: 'tag', body: Buffer.from(body) };
}
/**
 * `writeTaggedPathCommit`'s commit and tag with everything below them, made in this process as a
 * pack for the push (`PushOptions.pack`) instead of written into the clone: `pathObjects` are the
 * path's own, rooted at the last. `undefined` when they do not make the tree `commit.object`
 * names (the caller writes the request with fast-import then).
 */
function taggedPathCommitPack(commit, tag, pathObjects) {
    const pathRoot = pathObjects.at(-1);
    if ((pathRoot ? `tree ${(0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .gitObjectId */ .RI)(pathRoot)}` : undefined) !== commit.object)
        return undefined;
    const objects = [...pathObjects, ...pathCommitObjects(commit)];
    const tagged = tagObject((0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .gitObjectId */ .RI)(objects.at(-1)), tag);
    return { tag: (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .gitObjectId */ .RI)(tagged), pack: (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .packOf */ .FM)([...objects, tagged]) };
}
/** The fast-import commands of one `PathCommit` as mark `mark`, on `from` (the previous mark otherwise). */
function pathCommitCommands(ref, commit, mark, from) {
    const [type, sha] = commit.object?.split(' ') ?? [];
    const path = fastImportPath(commit.path);
    return [
        `commit ${ref}`,
        `mark :${mark}`,
        `author ${commit.author}`,
        `committer ${commit.committer}`,
        `data ${Buffer.byteLength(commit.message)}`,
        commit.message,
        ...(from ? [`from ${from}`] : []),
        `D ${path}`,
        ...(sha ? [`M ${type === 'tree' ? '040000' : '100644'} ${sha} ${path}`] : []),
        '',
    ];
}
/**
 * fast-import takes a path to the end of the line; one that starts with a quote or holds a line
 * break is C-style quoted.
 */
function fastImportPath(path) {
    if (!path.startsWith('"') && !path.includes('\n'))
        return path;
    return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}


/***/ }),

/***/ 47027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X6: () => (/* binding */ RULES_READ_QUEUED_FILES),
  P4: () => (/* binding */ RULE_FILES),
  j4: () => (/* binding */ checkDeployRules),
  le: () => (/* binding */ mayQueue)
});

// UNUSED EXPORTS: checkHistory

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/policy/src/load.ts + 2 modules
var load = __webpack_require__(74846);
// EXTERNAL MODULE: ./packages/policy/src/freeze.ts
var freeze = __webpack_require__(32573);
// EXTERNAL MODULE: ./packages/trail/src/dora.ts
var dora = __webpack_require__(70986);
// EXTERNAL MODULE: ./packages/trail/src/source.ts
var source = __webpack_require__(41915);
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
        const rolledBack = history.find((deployment) => (0,dora/* sameCommit */.Kd)(deployment.commitSha, current.rollbackOf ?? ''));
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
/** `owner/repo@sha` equality that accepts an abbreviated sha on either side. */
function sameSource(a, b) {
    const x = (0,source/* parseSource */.P)(a);
    const y = (0,source/* parseSource */.P)(b);
    if (!x || !y)
        return a === b;
    return x.repository.toLowerCase() === y.repository.toLowerCase() && (0,dora/* sameCommit */.Kd)(x.revision, y.revision);
}

// EXTERNAL MODULE: ./packages/gitops/src/deploy-policy.ts
var deploy_policy = __webpack_require__(95174);
;// CONCATENATED MODULE: ./packages/gitops/src/rules.ts





/**
 * The rules a deploy must pass on the tip it lands on, in one function (`checkDeployRules`) that
 * the writer applies when it lands alone and the queue's leader applies to every request it lands:
 * the expected current deployment (rollback), the no-stale-overwrite rule, and that a path does
 * not hold other deployments. Checks that need more (policy, approvals) go here too; they get the
 * same context, with the files at the tip they declare in `RULE_FILES`.
 */
/** Files at the tip the rules read; the writer and the leader load them once per tip (absent → missing). */
const RULE_FILES = [load/* POLICY_PATH */.l$];
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
    if (expected !== undefined && !(current && (0,dora/* sameCommit */.Kd)(current, expected))) {
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
    const policy = checkPolicyAtTip(context);
    if (policy)
        return policy;
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
 * The GitOps policy at the tip the deploy lands on. Its writer applied the policy before landing
 * (with the evidence it alone can read); here, on every tip, the policy must be the one it
 * applied, and a request a leader replays must be one the policy lets anyone land: its path's
 * environment neither needs approval evidence nor is frozen.
 */
function checkPolicyAtTip(context) {
    const { deploy } = context;
    const text = context.tipFiles.get(load/* POLICY_PATH */.l$);
    const fail = (message) => ({ verdict: 'fail', error: new errors/* ConfigurationError */.j1(message) });
    if (context.landing === 'alone') {
        if (text === undefined && !deploy.checkedPolicy)
            return undefined;
        if (text !== deploy.checkedPolicy?.text) {
            return fail(`${load/* POLICY_PATH */.l$} on the tip changed while this deploy was being landed (it was checked against ${deploy.checkedPolicy ? `blob ${deploy.checkedPolicy.blob.slice(0, 12)}` : 'no policy'}); nothing was pushed, so run it again.`);
        }
        return undefined;
    }
    if (text === undefined)
        return undefined;
    try {
        const rules = (0,deploy_policy/* requireEnvironmentOfPath */.hz)((0,load/* parsePolicy */.ON)(text), deploy.path, deploy.environment);
        if ((0,load/* requiresApproval */._9)(rules) || (0,freeze/* activeFreeze */.W)(rules, new Date(deploy.now ?? Date.now()))) {
            return fail(`A queued deploy to ${deploy.path} needs its own writer: environment "${rules.name}" requires approval evidence or is frozen.`);
        }
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            return { verdict: 'fail', error };
        throw error;
    }
    return undefined;
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


/***/ }),

/***/ 11087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ withSigningKey)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);




const OPENSSH_KEY = /^-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END OPENSSH PRIVATE KEY-----\n?$/;
/**
 * Runs `fn` with an SSH signing key on disk for git (`user.signingKey` names the file, never the
 * key): masked first, line by line (a runner masks multi-line secrets per line), written 0600
 * into a fresh 0700 directory, removed when `fn` settles, whatever it did. An input that is not an
 * unencrypted OpenSSH private key is refused before anything is written.
 */
async function withSigningKey(options, fn) {
    const text = options.key?.replace(/\r\n?/g, '\n').trim();
    if (!text)
        return fn(undefined);
    options.setSecret(text);
    for (const line of text.split('\n'))
        if (!line.startsWith('-----'))
            options.setSecret(line);
    const inputName = options.inputName ?? 'signing-key';
    if (!OPENSSH_KEY.test(`${text}\n`)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${inputName}" must be an SSH private key as ssh-keygen writes it (-----BEGIN OPENSSH PRIVATE KEY-----), without a passphrase.`);
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'shipgate-signing-'));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'signing-key');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${text}\n`, { mode: 0o600 });
        return await fn({ key: file });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 46909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j3: () => (/* binding */ settleAll),
/* harmony export */   uk: () => (/* binding */ inspectPath),
/* harmony export */   wh: () => (/* binding */ tipFilesOf),
/* harmony export */   xB: () => (/* binding */ readTipView),
/* harmony export */   zz: () => (/* binding */ fetchTipView)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23312);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33904);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24106);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43282);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83652);
/* harmony import */ var _shipgate_trail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62032);
/* harmony import */ var _kustomization__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24563);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47027);





/**
 * The view of `ref` (a commit or tracking ref) for a deploy to `path`; `undefined` when it has no
 * commits. `tipTrees` says whether the tip's trees are in the clone (or will be, once it settles);
 * when not, after a fetch of commits only, they are fetched first (`fetchTipTrees`). Either way
 * beside the history's `log`. `blobsMissing`: the rule files' blobs are fetched before they are
 * read. Both from the process when it speaks to the remote.
 */
async function readTipView(git, ref, path, options) {
    const trees = Promise.resolve(options.tipTrees).then((fetched) => (fetched ? undefined : (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .fetchTipTrees */ .V8)(git, ref)));
    const [tip, entries] = await settleAll([
        (0,_shipgate_trail__WEBPACK_IMPORTED_MODULE_1__/* .readTipHistory */ .U4)(git, ref),
        trees.then(() => inspectPath(git, ref, path, { blobsMissing: options.blobsMissing })),
    ]);
    if (!tip)
        return undefined;
    return { commit: tip.commit, tree: tip.tree, history: tip.deployments, ...entries };
}
/**
 * `branch` fetched as a deploy first reads it (its commits and, beside them, its tip's trees:
 * `fetchBranchWithTipTrees`) and its tip's view for a deploy to `path`; `undefined` when the branch
 * does not exist or has no commits.
 */
async function fetchTipView(git, branch, path) {
    const fetched = await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranchWithTipTrees */ .lI)(git, branch);
    if (!fetched)
        return undefined;
    return readTipView(git, (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_2__/* .remoteTrackingRef */ .d3)(branch), path, { tipTrees: fetched.tipTrees, blobsMissing: true });
}
/** The rule files of a view as the rules read them: path → text. */
function tipFilesOf(view) {
    return new Map([...(view?.ruleFiles ?? [])].map(([name, file]) => [name, file.text]));
}
/**
 * What the writer needs to know of a tip beside its history, from one `ls-tree`: the object at the
 * target path, whether a kustomization.yaml is there, and the `RULE_FILES` (their blobs in one
 * `cat-file --batch`). A path that goes through a symlink (or submodule) in the repository is
 * refused: git would record our files beside a link that points elsewhere, possibly outside the
 * repository. A retry compares the path's object with the previous tip's to know whether anyone
 * else wrote to the path meanwhile.
 */
async function inspectPath(git, commit, path, options) {
    const parts = path.split('/');
    const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
    const kustomization = `${path}/${_kustomization__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_FILE */ .j9}`;
    // `-t`: the kustomization.yaml below the path makes ls-tree descend into it, listing its entries
    // (a handful) instead of the path's own; with -t the trees on the way are listed too.
    const entries = await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_4__/* .lsTree */ .kb)(git, commit, { paths: [...prefixes, kustomization, ..._rules__WEBPACK_IMPORTED_MODULE_5__/* .RULE_FILES */ .P4], trees: true });
    let pathTree;
    let hasKustomization = false;
    const ruleBlobs = [];
    for (const { mode, type, id: sha, path: name } of entries) {
        if (type === 'blob' && _rules__WEBPACK_IMPORTED_MODULE_5__/* .RULE_FILES */ .P4.includes(name))
            ruleBlobs.push({ path: name, sha });
        if (name === kustomization)
            hasKustomization = true;
        if (!prefixes.includes(name))
            continue;
        if (mode === '120000' || mode === '160000') {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input "path" goes through ${name}, a ${mode === '120000' ? 'symlink' : 'submodule'} in the repository; refusing to write through it.`);
        }
        if (name === path)
            pathTree = `${mode} ${sha}`;
    }
    // `blobsMissing`: the clone has no blob yet (commits and trees only were fetched), so the rule
    // files come from the process, where `cat-file` would fetch them lazily through git's processes;
    // when the process cannot ask, it still does. Otherwise some may be here already: git decides.
    if (options.blobsMissing && git.remote && ruleBlobs.length > 0) {
        await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_7__/* .fetchObjectsOverHttp */ .lD)(git, git.remote, ruleBlobs.map((blob) => blob.sha), 'blob:none');
    }
    // One `cat-file --batch` for every rule file (none: no process).
    const contents = await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_8__/* .batch */ .vA)(git, ruleBlobs.map((blob) => blob.sha));
    const ruleFiles = new Map(ruleBlobs.map((blob, index) => [blob.path, { blob: blob.sha, text: contents[index]?.toString('utf8') ?? '' }]));
    return { pathTree, ruleFiles, hasKustomization };
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


/***/ }),

/***/ 21130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ confineRepositoryPath),
/* harmony export */   bg: () => (/* binding */ confineDeployPath),
/* harmony export */   pJ: () => (/* binding */ listSourceFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/**
 * The repository path an input names, normalised (`apps/web/prod`), or a ConfigurationError when
 * it could leave the repository or touch git's own data: absolute, `..`, `.git`, empty.
 */
function confineRepositoryPath(path, inputName = 'path') {
    const raw = path.trim().replace(/\\/g, '/');
    if (!raw)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must not be empty.`);
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(raw)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must be relative to the repository root, got "${path}".`);
    }
    const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must not contain "..", got "${path}".`);
    if (parts.some((part) => part.toLowerCase() === '.git')) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must not point into .git, got "${path}".`);
    }
    if (parts.length === 0)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must name a directory below the root.`);
    if (parts.some((part) => /[\u0000-\u001f]/.test(part))) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must not contain control characters.`);
    }
    return parts.join('/');
}
/** Top-level directories no deploy writes: the policy that judges deploys, and the workflows. */
const CONTROL_DIRECTORIES = ['.shipgate', '.github'];
/**
 * The path a deploy writes (gitops-commit, rollback), normalised as `confineRepositoryPath` does,
 * or a ConfigurationError when it is in `.shipgate/` or `.github/`: a writer that could rewrite the
 * policy or a workflow would choose its own rules. Compared case-insensitively, as a checkout on a
 * case-insensitive file system would.
 */
function confineDeployPath(path, inputName = 'path') {
    const confined = confineRepositoryPath(path, inputName);
    const top = confined.split('/')[0]?.toLowerCase() ?? '';
    if (CONTROL_DIRECTORIES.includes(top)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" is "${path}", which is in ${top}/; a deploy writes only environment paths, never .shipgate/ or .github/.`);
    }
    return confined;
}
/**
 * Every file below `sourceDir`, sorted. Symlinks are followed only when they stay inside
 * `sourceDir` (their content is written as a regular file); one that leaves it is a
 * ConfigurationError, raised before anything is written.
 */
async function listSourceFiles(sourceDir, inputName = 'source-dir') {
    let root;
    try {
        root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(sourceDir);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" names ${sourceDir}, which is not a directory.`);
    }
    const files = [];
    // `dir` is where entries are read; `prefix` is the name they are written under (a symlinked
    // directory keeps the link's name). `ancestors` stops symlink loops.
    const walk = async (dir, prefix, ancestors) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.name === '.git') {
                throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" contains ${relativePath}; a .git entry cannot be deployed.`);
            }
            let target = path;
            if (entry.isSymbolicLink()) {
                let resolved;
                try {
                    resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path);
                }
                catch {
                    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" contains ${relativePath}, a symlink to ${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(path)} that does not exist.`);
                }
                if (!isInside(root, resolved)) {
                    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" contains ${relativePath}, a symlink that leaves the directory (to ${resolved}).`);
                }
                target = resolved;
            }
            const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
            if (stat.isDirectory()) {
                if (ancestors.has(target)) {
                    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" contains ${relativePath}, a symlink loop.`);
                }
                await walk(target, relativePath, new Set([...ancestors, target]));
                continue;
            }
            if (!stat.isFile()) {
                throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" contains ${relativePath}, which is not a regular file.`);
            }
            files.push({ relativePath, absolutePath: target });
        }
    };
    await walk(root, '', new Set([root]));
    return files;
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}


/***/ })

};
