export const id = 196;
export const ids = [196];
export const modules = {

/***/ 973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ removeScratchClone),
/* harmony export */   Ol: () => (/* binding */ openScratchClone),
/* harmony export */   YC: () => (/* binding */ withScratchClone)
/* harmony export */ });
/* unused harmony exports initBareRepository, originSection */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74031);
/* harmony import */ var _repository__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35434);





/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty bare repository made (`initBareRepository`) with `origin` set. No reader or writer needs a
 * working tree: writers build their commits with `git fast-import`. The clone keeps no credential:
 * the token travels in git's environment only.
 */
async function openScratchClone(access, options) {
    const url = (0,_repository__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepositoryAccess */ .zP)(access);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(access.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `shipgate-${options.purpose}-`));
    try {
        const repoDir = options.subdir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, options.subdir) : dir;
        if (options.subdir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(repoDir);
        const identity = options.identity;
        const git = (0,_git__WEBPACK_IMPORTED_MODULE_4__/* .createGit */ .lD)({
            exec: access.exec,
            url,
            token: access.token,
            cwd: repoDir,
            ...(access.pushFromProcess ? { pushFromProcess: access.pushFromProcess } : {}),
            ...(access.inherited ? { inherited: access.inherited } : {}),
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
        await initBareRepository(repoDir, url, { promisor: options.wholeHistory !== true });
        return { dir, repoDir, url, git };
    }
    catch (error) {
        await removeScratchClone(dir);
        throw error;
    }
}
/**
 * What `git init --bare --template=` and `git remote add origin <url>` make (gitrepository-layout(5)),
 * written here: two git processes fewer on every deploy, which spends most of its CPU starting
 * processes. No template: nothing of the machine's git setup, sample or global hooks, belongs in
 * a throwaway clone. Beyond git's defaults:
 * - `pack.window=0`: a push deltas nothing. With deltas, pack-objects reads the server's old blob of
 *   each changed file as a base, and in a partial clone that is one more fetch (four processes and
 *   a round trip) to save a few hundred bytes.
 * - `maintenance.auto=false`, `gc.auto=0`: the fetches git makes for missing objects run no
 *   maintenance in a clone that is thrown away.
 * - `fastimport.unpackLimit=0`: fast-import keeps what it wrote as the pack it is. Below the limit
 *   (100 objects by default, more than a deploy writes) it starts `unpack-objects` to turn the
 *   pack into loose objects: one process more on every deploy, for nothing.
 * - `promisor`: `remote.origin.promisor=true`, with repository format 1, what `git fetch --filter`
 *   writes after its first partial fetch, written before any fetch. Readers and writers fetch part
 *   of the history, and a deploy's first fetch is the process's own (`http-fetch.ts`): without it, a
 *   command that meets an object not fetched yet fails ("not a tree object") where git would fetch
 *   it from origin. Not for the verifier (`wholeHistory`), which judges only what the refs reach.
 */
async function initBareRepository(repoDir, url, options) {
    const origin = originSection(url);
    await Promise.all(['objects/info', 'objects/pack', 'refs/heads', 'refs/tags'].map((sub) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, sub), { recursive: true })));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'HEAD'), 'ref: refs/heads/main\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'config'), `[core]\n\trepositoryformatversion = ${options.promisor ? 1 : 0}\n\tfilemode = true\n\tbare = true\n[pack]\n\twindow = 0\n[maintenance]\n\tauto = false\n[gc]\n\tauto = 0\n[fastimport]\n\tunpackLimit = 0\n${origin}${options.promisor ? '\tpromisor = true\n' : ''}`);
}
/** The `[remote "origin"]` section `git remote add` writes, the URL quoted as git-config(1) reads it. */
function originSection(url) {
    if (/[\n\r\0]/.test(url))
        throw new Error('A repository URL cannot hold a line break.');
    const quoted = `"${url.replace(/[\\"]/g, '\\$&')}"`;
    return `[remote "origin"]\n\turl = ${quoted}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
}
async function removeScratchClone(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
}
/** Runs `use` in a new scratch clone and removes the clone afterwards, whatever happened. */
async function withScratchClone(access, options, use) {
    const clone = await openScratchClone(access, options);
    try {
        return await use(clone);
    }
    finally {
        await removeScratchClone(clone.dir);
    }
}


/***/ }),

/***/ 23312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   Sn: () => (/* binding */ fetchCommitsAt),
/* harmony export */   V8: () => (/* binding */ fetchTipTrees),
/* harmony export */   hd: () => (/* binding */ fetch),
/* harmony export */   lI: () => (/* binding */ fetchBranchWithTipTrees),
/* harmony export */   z7: () => (/* binding */ fetchMirrors)
/* harmony export */ });
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74031);
/* harmony import */ var _http_fetch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43282);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);



/**
 * The one fetch: `refspecs` from `origin`, never tags, FETCH_HEAD or maintenance (every clone is
 * thrown away, and under a race every process counts). Retries of transient failures are
 * `createGit`'s.
 */
function fetch(git, options) {
    return git(fetchArgs(options), { ignoreReturnCode: options.ignoreReturnCode === true });
}
function fetchArgs(options) {
    return [
        'fetch',
        '--quiet',
        '--no-tags',
        ...(options.prune ? ['--prune'] : []),
        '--no-auto-maintenance',
        '--no-write-fetch-head',
        ...(options.filter ? [`--filter=${options.filter}`] : []),
        'origin',
        ...options.refspecs,
    ];
}
/**
 * `branch` into its tracking ref, with `extra` refspecs beside it (the landing queue). Returns
 * false when the branch does not exist (yet).
 */
async function fetchBranch(git, branch, options) {
    const args = fetchArgs({
        refspecs: [`+refs/heads/${branch}:${(0,_refs__WEBPACK_IMPORTED_MODULE_0__/* .remoteTrackingRef */ .d3)(branch)}`, ...(options.extra ?? [])],
        filter: options.filter,
        ...(options.prune ? { prune: true } : {}),
    });
    const fetched = await git(args, { ignoreReturnCode: true });
    if (fetched.exitCode === 0)
        return true;
    if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length)
        return false;
    throw new _git__WEBPACK_IMPORTED_MODULE_1__/* .GitCommandError */ .iR({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}
/**
 * `git fetch --prune` of `+<remote>:<local>` for each of `mirrors`: from this process when it speaks
 * to `origin` itself (`mirrorRefsOverHttp`, given `local`, the clone's refs under the mirrors'
 * local names as the caller last saw them), otherwise, or when that cannot be done, by git.
 * `changed: false` when the server listed just what `local` holds, so nothing moved. `refs`, when
 * the process mirrored them: the refs under the mirrors as the server listed them; a ref of the
 * clone not among them is stale (`local` missed it). Absent when git fetched: nothing stale is left.
 */
async function fetchMirrors(git, mirrors, options) {
    const mirrored = git.remote
        ? await (0,_http_fetch__WEBPACK_IMPORTED_MODULE_2__/* .mirrorRefsOverHttp */ .U)(git, git.remote, mirrors, options.local, options.filter)
        : undefined;
    if (mirrored)
        return mirrored;
    const refspecs = mirrors.map((mirror) => `+${mirror.remote}${mirror.remote.endsWith('/') ? '*' : ''}:${mirror.local}${mirror.local.endsWith('/') ? '*' : ''}`);
    await fetch(git, { refspecs, filter: options.filter, prune: true });
    return { changed: true };
}
/**
 * `branch` as a deploy first reads it: the commits into its tracking ref (`tree:0`), and, when this
 * process speaks to `origin` itself, the tip's trees beside them (`fetchBranchOverHttp`: three
 * requests, two `index-pack`s side by side). Otherwise, or when that cannot be done, one `git fetch`
 * of the commits, as `fetchBranch`. `undefined` when the branch does not exist (yet). Settles when
 * the commits are in; `tipTrees` settles (never rejects) with whether the tip's trees came too.
 */
async function fetchBranchWithTipTrees(git, branch) {
    const fetched = git.remote ? await (0,_http_fetch__WEBPACK_IMPORTED_MODULE_2__/* .fetchBranchOverHttp */ .D9)(git, git.remote, branch) : undefined;
    if (fetched)
        return { tipTrees: fetched.trees };
    return (await fetchBranch(git, branch, { filter: 'tree:0' })) ? { tipTrees: Promise.resolve(false) } : undefined;
}
/**
 * The commits up to `commit`, an id the caller read from the server (a listing of refs), into the
 * clone, for a reader that names the id itself. Naming the commit instead of the branch spares the
 * ref listing, and gives the same tip whatever moved meanwhile. From the process when it speaks to
 * `origin` itself, naming `haves` (commits the clone holds) so that only the new ones come, and
 * leaving the tracking ref where it is (`fetchHistoryOverHttp`: one request, one `index-pack`);
 * otherwise `git fetch` of the commit into `branch`'s tracking ref.
 */
async function fetchCommitsAt(git, branch, commit, options) {
    if (!/^[0-9a-f]{40,64}$/.test(commit))
        throw new Error(`Not a commit id: ${JSON.stringify(commit)}`);
    const fromProcess = git.remote !== undefined && (await (0,_http_fetch__WEBPACK_IMPORTED_MODULE_2__/* .fetchHistoryOverHttp */ .lN)(git, git.remote, commit, options.haves ?? []));
    if (!fromProcess)
        await fetch(git, { refspecs: [`+${commit}:${(0,_refs__WEBPACK_IMPORTED_MODULE_0__/* .remoteTrackingRef */ .d3)(branch)}`], filter: 'tree:0' });
}
/**
 * The trees of `ref`'s tip (no blobs), ahead of the first command that reads one, after a fetch
 * that took commits only (`tree:0`): from this process when it speaks to `origin` itself (one
 * `git log` for the tree id, one `index-pack`), where git's lazy fetch would start four processes
 * inside that command. Without a remote of its own, or when the server cannot be asked so,
 * nothing happens here and git fetches them lazily as before.
 */
async function fetchTipTrees(git, ref) {
    if (!git.remote)
        return;
    // `log` reads the commit only; `rev-parse <ref>^{tree}` would look the tree up and fetch it lazily.
    const tree = (await git(['log', '-1', '--format=%T', ref])).stdout.trim();
    if (/^[0-9a-f]{40}$/.test(tree))
        await (0,_http_fetch__WEBPACK_IMPORTED_MODULE_2__/* .fetchObjectsOverHttp */ .lD)(git, git.remote, [tree], 'blob:none');
}


/***/ }),

/***/ 74031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iR: () => (/* binding */ GitCommandError),
  lD: () => (/* binding */ createGit),
  R9: () => (/* binding */ isTransientGitFailure),
  UV: () => (/* binding */ throwIfAuthFailure)
});

// UNUSED EXPORTS: READ_RETRY, TRANSIENT_GIT_FAILURE, gitFailureLine, withheldEnvironment

// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __webpack_require__(59899);
// EXTERNAL MODULE: ./packages/core/src/proxy.ts
var proxy = __webpack_require__(609);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/git/src/node-http.ts
var node_http = __webpack_require__(41927);
// EXTERNAL MODULE: ./packages/git/src/receive-pack.ts
var receive_pack = __webpack_require__(99615);
;// CONCATENATED MODULE: ./packages/git/src/http-push.ts


/** The id that stands for "no object" in a command (`planPush` takes SHA-1 repositories only). */
const SHA1_ZERO_ID = '0'.repeat(40);
/**
 * A push over smart HTTP from this process: one `git pack-objects` for the pack, the two requests
 * `git push` would send (the ref advertisement, then the commands and the pack), and its answer
 * given back as `git push --porcelain` would give it, so one classifier reads both. `git push`
 * runs five processes for the same (push, the helper's dispatcher, git-remote-http with its
 * thirty-odd libraries, send-pack, pack-objects); most of a deploy's CPU went to starting them.
 *
 * It takes only pushes whose every outcome it can decide from the advertisement alone: each update
 * says what the server must hold (`base` or `lease`) and none is forced. `undefined` hands the
 * push to `git push`: another kind of update, a server without report-status, or an advertisement
 * that could not be read (nothing was sent yet).
 */
async function pushOverHttp(git, remote, updates, options) {
    if (!decidableOverHttp(updates))
        return undefined;
    // The pack first, as git's push has its objects before it asks the server anything: whatever
    // happens on the server until the advertisement is read is decided as git would decide it. A
    // pack the caller made holds whole objects only, which any server takes.
    const packed = !options.pack && updates.some((update) => update.from) ? await packFor(git, updates) : undefined;
    const pack = options.pack ?? packed;
    const advertised = await readAdvertisement(remote);
    if (!advertised)
        return undefined;
    if (packed && (!advertised.capabilities.has('ofs-delta') || advertised.capabilities.has('no-thin')))
        return undefined;
    const plan = planPush(updates, advertised, options);
    if (!plan)
        return undefined;
    if (plan.commands.length === 0)
        return porcelainResult(remote.url, plan, undefined);
    const body = (0,receive_pack/* receivePackRequest */.as)(plan.commands, plan.capabilities, plan.commands.some((command) => command.new) ? pack : undefined, SHA1_ZERO_ID);
    let response;
    try {
        response = await remote.send(`${(0,node_http/* serviceUrl */.Rs)(remote)}/git-receive-pack`, {
            method: 'POST',
            headers: {
                ...(0,node_http/* remoteHeaders */.n6)(remote),
                'Content-Type': 'application/x-git-receive-pack-request',
                Accept: 'application/x-git-receive-pack-result',
            },
            body,
        });
    }
    catch (error) {
        return unanswered(error);
    }
    if (!(0,node_http/* succeeded */.gq)(response))
        return failed(httpFailure(remote.url, response.status));
    let report;
    try {
        report = (0,receive_pack/* parseReceivePackReport */.yd)(response.body, {
            sideband: plan.capabilities.includes('side-band-64k'),
        });
    }
    catch (error) {
        return unanswered(error);
    }
    return porcelainResult(remote.url, plan, report);
}
/** Whether `pushOverHttp` takes these updates (the server's answer may still send them to git). */
function decidableOverHttp(updates) {
    return updates.every(decidable);
}
/** An update this path can take: a set with the value it builds on, or a leased set or delete. */
function decidable(update) {
    if (update.force)
        return false;
    return update.lease !== undefined || (update.from !== undefined && update.base !== undefined);
}
async function readAdvertisement(remote) {
    try {
        // Any other answer (a refused token, a redirect, a server error) is git's to read and word.
        const response = await remote.send(`${(0,node_http/* serviceUrl */.Rs)(remote)}/info/refs?service=git-receive-pack`, {
            headers: (0,node_http/* remoteHeaders */.n6)(remote),
        });
        if (!(0,node_http/* succeeded */.gq)(response))
            return undefined;
        return (0,receive_pack/* parseReceivePackAdvertisement */.Tx)(response.body);
    }
    catch {
        return undefined;
    }
}
/**
 * What git's push would decide from the advertisement: an update whose ref already holds the new
 * value is up to date; one whose ref holds other than it expects is rejected (`stale info` for a
 * lease, `fetch first` for a base: git, too, refuses a push that is not a fast-forward of what
 * the server has); with `atomic`, one rejection fails them all and nothing is sent.
 */
function planPush(updates, advertised, options) {
    const { capabilities } = advertised;
    // A SHA-256 repository wants its object format named back; git's push does that.
    if ([...capabilities].some((capability) => capability.startsWith('object-format=') && capability !== 'object-format=sha1'))
        return undefined;
    const wanted = ['report-status', ...(options.atomic ? ['atomic'] : [])];
    if (updates.some((update) => update.from === undefined))
        wanted.push('delete-refs');
    if (!wanted.every((capability) => capabilities.has(capability)))
        return undefined;
    const decisions = updates.map((update) => {
        const current = advertised.refs.get(update.ref);
        if (update.from !== undefined && current === update.from)
            return { update, kind: 'up to date' };
        const expected = update.lease ?? update.base ?? '';
        if ((current ?? '') !== expected) {
            return { update, kind: 'rejected', reason: update.lease !== undefined ? 'stale info' : 'fetch first' };
        }
        return { update, kind: 'send', command: { ref: update.ref, old: current, new: update.from } };
    });
    const rejected = decisions.some((decision) => decision.kind === 'rejected');
    if (rejected && options.atomic) {
        return {
            decisions: decisions.map((decision) => decision.kind === 'send'
                ? { update: decision.update, kind: 'rejected', reason: 'atomic push failed' }
                : decision),
            commands: [],
            capabilities: [],
        };
    }
    const commands = decisions.flatMap((decision) => (decision.kind === 'send' ? [decision.command] : []));
    const optional = ['side-band-64k', 'quiet', 'ofs-delta'].filter((capability) => capabilities.has(capability));
    return { decisions, commands, capabilities: [...wanted, ...optional, 'agent=git/shipgate'] };
}
/**
 * The pack of what the new values bring: `git pack-objects --revs` from them, less what the server
 * holds if the push is to succeed (each value an update was built on or is leased on: every one is
 * in this clone, the tip a commit was built on, the tags a landing read). Thin, with offset
 * deltas, as git's push sends it to a server that takes them (checked against the advertisement).
 */
async function packFor(git, updates) {
    const wants = updates.flatMap((update) => (update.from ? [update.from] : []));
    const haves = updates.flatMap((update) => {
        const held = update.lease ?? update.base;
        return held ? [`^${held}`] : [];
    });
    const { stdoutBytes } = await git(['pack-objects', '--revs', '--stdout', '-q', '--thin', '--delta-base-offset'], {
        input: `${[...wants, ...haves].join('\n')}\n`,
        bytes: true,
    });
    if (!stdoutBytes)
        throw new Error('git pack-objects gave no pack');
    return stdoutBytes;
}
/** The result `git push --porcelain` gives for the same push: the lines `classifyPush` reads. */
function porcelainResult(url, plan, report) {
    const lines = [];
    let failedRefs = false;
    for (const decision of plan.decisions) {
        const { update } = decision;
        const spec = `${update.from ?? (decision.kind === 'rejected' ? '(delete)' : '')}:${update.ref}`;
        if (decision.kind === 'up to date')
            lines.push(`=\t${spec}\t[up to date]`);
        else if (decision.kind === 'rejected') {
            failedRefs = true;
            lines.push(`!\t${spec}\t[rejected] (${decision.reason})`);
        }
        else {
            const refused = serverRefusal(report, decision.command.ref);
            if (refused !== undefined) {
                failedRefs = true;
                lines.push(`!\t${spec}\t[remote rejected] (${refused})`);
            }
            else
                lines.push(`${flagOf(decision.command)}\t${spec}\t${summaryOf(decision.command)}`);
        }
    }
    const stderr = [
        ...(report?.messages ?? []).map((line) => `remote: ${line}`),
        ...(report && report.unpack !== 'ok' ? [`error: remote unpack failed: ${report.unpack}`] : []),
        ...(report?.fatal ? [`fatal: ${report.fatal}`] : []),
        ...(failedRefs ? [`error: failed to push some refs to '${url}'`] : []),
    ];
    return {
        exitCode: report?.fatal ? 128 : failedRefs ? 1 : 0,
        stdout: `To ${url}\n${lines.map((line) => `${line}\n`).join('')}Done\n`,
        stderr: stderr.map((line) => `${line}\n`).join(''),
    };
}
/** Why the server did not take `ref`; `undefined` when it did. */
function serverRefusal(report, ref) {
    if (!report)
        return undefined;
    if (report.fatal !== undefined)
        return report.fatal || 'remote error';
    if (report.unpack !== 'ok')
        return 'unpacker error';
    if (!report.refs.has(ref))
        return 'remote did not report status';
    return report.refs.get(ref);
}
function flagOf(command) {
    if (!command.new)
        return '-';
    return command.old ? ' ' : '*';
}
function summaryOf(command) {
    if (!command.new)
        return '[deleted]';
    if (!command.old)
        return command.ref.startsWith('refs/heads/') ? '[new branch]' : '[new reference]';
    return `${command.old.slice(0, 7)}..${command.new.slice(0, 7)}`;
}
/** A request that got no usable answer, as git words it (read as a failure on the way). */
function unanswered(error) {
    return failed(`error: RPC failed; ${causeOf(error)}\nfatal: the remote end hung up unexpectedly\n`);
}
function failed(stderr) {
    return { exitCode: 128, stdout: '', stderr };
}
/** As git words it, so the failure is read as git's would be (auth, or worth retrying). */
function httpFailure(url, status) {
    return `fatal: unable to access '${url}/': The requested URL returned error: ${status}\n`;
}
function causeOf(error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    const message = error instanceof Error ? error.message : String(error);
    return cause ? `${message} (${cause})` : message;
}

// EXTERNAL MODULE: ./packages/git/src/repository.ts
var repository = __webpack_require__(35434);
;// CONCATENATED MODULE: ./packages/git/src/git.ts




const READ_RETRY = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };
/**
 * Failures on the way to the server or back, worth trying again (an auth answer never is). Over
 * HTTP a fetch lists the refs in one request and asks for their objects in the next; a ref
 * deleted in between (a landing push takes the queue's refs away) can come back as a want of an
 * object the server cannot give, `not our ref` (git 2.39's server was seen listing such a ref with
 * the null id). The next attempt lists the refs again.
 */
const TRANSIENT_GIT_FAILURE = /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server|upload-pack: not our ref)/i;
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
        ...(options.url === undefined ? {} : (0,repository/* gitAuthEnvironment */.U)(options.url, options.token)),
        ...options.env,
    };
    const readRetry = options.readRetry ?? READ_RETRY;
    const once = async (args, execOptions) => {
        const result = await options.exec('git', args, {
            quiet: true,
            ...execOptions,
            ignoreReturnCode: true,
            cwd: options.cwd,
            env: { ...baseEnv, ...execOptions.env },
        });
        if (result.exitCode !== 0 && options.url !== undefined)
            throwIfAuthFailure(result.stderr, options.url);
        return result;
    };
    const run = async (args, execOptions = {}) => {
        const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, readRetry.attempts) : 1;
        const result = await (0,retry/* retry */.L5)(async () => {
            const attempt = await once(args, execOptions);
            if (attempt.exitCode !== 0 && isTransientGitFailure(attempt.stderr))
                throw new TransientGitFailure(attempt);
            return attempt;
        }, { ...readRetry, attempts, isRetryable: (error) => error instanceof TransientGitFailure }).catch((error) => {
            // The last attempt's failure is git's answer, reported like any other.
            if (error instanceof TransientGitFailure)
                return error.result;
            throw error;
        });
        if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
            throw new GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
        }
        return result;
    };
    const remote = httpRemote(options);
    return remote ? Object.assign(run, { remote }) : run;
}
/**
 * `origin` as this process reaches it over HTTP(S), with git's header. `undefined` (every push by
 * git) for other URLs (a path, file://), without a URL, without a token (git's credential helper
 * has the credentials) and behind a proxy (git honours HTTP(S)_PROXY and NO_PROXY itself). A
 * server this process cannot reach as git does (a CA only git is told of) fails the
 * advertisement, and git pushes instead: nothing was sent yet.
 */
function httpRemote(options) {
    if (options.url === undefined || !/^https?:\/\//i.test(options.url) || !options.token)
        return undefined;
    if ((0,proxy/* proxyConfigured */.$)({ ...process.env, ...options.inherited }))
        return undefined;
    return {
        url: options.url,
        authorization: (0,repository/* gitAuthorization */.IR)(options.token),
        send: (0,node_http/* nodeHttpSend */.LG)(),
        push: options.pushFromProcess ?? pushOverHttp,
    };
}
/** A read that failed on the way: carried through `retry` so the next attempt runs. */
class TransientGitFailure extends Error {
    result;
    constructor(result) {
        super('transient git failure');
        this.result = result;
    }
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


/***/ }),

/***/ 43282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D9: () => (/* binding */ fetchBranchOverHttp),
  lN: () => (/* binding */ fetchHistoryOverHttp),
  lD: () => (/* binding */ fetchObjectsOverHttp),
  d6: () => (/* binding */ listRefsOverHttp),
  U: () => (/* binding */ mirrorRefsOverHttp),
  Jc: () => (/* binding */ readHistoryOverHttp)
});

// UNUSED EXPORTS: fetchCommitsOverHttp

// EXTERNAL MODULE: ./packages/git/src/node-http.ts
var node_http = __webpack_require__(41927);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./packages/git/src/pack-file.ts
var pack_file = __webpack_require__(81338);
;// CONCATENATED MODULE: ./packages/git/src/pack-read.ts



/**
 * A pack's objects read in this process, for a caller that reads a few commits once and keeps
 * none of them (see `readHistoryOverHttp`): `git index-pack` and the `git log` that reads them
 * back were two processes. gitformat-pack(5): a header, then each object zlib-compressed, whole
 * or as a delta on an earlier entry (`ofs-delta`) or on an id (`ref-delta`), then the SHA-1 of it
 * all. Every id is computed here from the content, so nothing the server says of an object is
 * taken on its word.
 */
const TYPES = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OFS_DELTA = 6;
const REF_DELTA = 7;
/** What a pack this reader does not take is (the caller turns to git). */
class UnreadablePack extends Error {
}
/**
 * Every object of `pack` by id. Throws `UnreadablePack` for a checksum that does not match, an
 * entry it cannot read, or a delta on an object outside the pack (a thin pack).
 */
function readPack(pack) {
    if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK' || pack.readUInt32BE(4) !== 2)
        throw new UnreadablePack('not a version 2 pack');
    const trailer = pack.length - 20;
    if (!(0,external_node_crypto_.createHash)('sha1').update(pack.subarray(0, trailer)).digest().equals(pack.subarray(trailer)))
        throw new UnreadablePack('the pack checksum does not match');
    const count = pack.readUInt32BE(8);
    const byOffset = new Map();
    const byId = new Map();
    let position = 12;
    for (let index = 0; index < count; index++) {
        const start = position;
        const header = entryHeader(pack, position);
        position = header.next;
        let base;
        if (header.type === OFS_DELTA) {
            const offset = deltaOffset(pack, position);
            position = offset.next;
            base = byOffset.get(start - offset.value);
        }
        else if (header.type === REF_DELTA) {
            base = byId.get(pack.toString('hex', position, position + 20));
            position += 20;
        }
        const { data, consumed } = inflateAt(pack, position, trailer);
        position += consumed;
        if (data.length !== header.size)
            throw new UnreadablePack(`entry ${index} inflates to another size`);
        const object = objectOf(header.type, data, base);
        byOffset.set(start, object);
        byId.set((0,pack_file/* gitObjectId */.RI)(object), object);
    }
    if (position !== trailer)
        throw new UnreadablePack('the pack holds more than its entries');
    return byId;
}
/** An entry's own object: whole, or its delta applied to the base it names. */
function objectOf(type, data, base) {
    if (type === OFS_DELTA || type === REF_DELTA) {
        if (!base)
            throw new UnreadablePack('a delta on an object outside the pack');
        return { type: base.type, body: applyDelta(base.body, data) };
    }
    const name = TYPES[type];
    if (!name)
        throw new UnreadablePack(`an entry of unknown type ${type}`);
    return { type: name, body: data };
}
/** Type (3 bits) and inflated size (4 bits, then 7 a byte while the high bit is set). */
function entryHeader(pack, at) {
    let byte = byteAt(pack, at++);
    const type = (byte >> 4) & 7;
    let size = byte & 0x0f;
    let shift = 4;
    while (byte & 0x80) {
        byte = byteAt(pack, at++);
        size += (byte & 0x7f) * 2 ** shift;
        shift += 7;
    }
    return { type, size, next: at };
}
/** An ofs-delta's distance back to its base: 7 bits a byte, each continuation adding one first. */
function deltaOffset(pack, at) {
    let byte = byteAt(pack, at++);
    let value = byte & 0x7f;
    while (byte & 0x80) {
        byte = byteAt(pack, at++);
        value = (value + 1) * 128 + (byte & 0x7f);
    }
    return { value, next: at };
}
/** One zlib stream from `at`, and how many bytes of the pack it took. */
function inflateAt(pack, at, end) {
    try {
        // With `info`, zlib says how much input it read: the stream ends where the next entry starts.
        const options = { info: true };
        const result = (0,external_node_zlib_.inflateSync)(pack.subarray(at, end), options);
        return { data: result.buffer, consumed: result.engine.bytesWritten };
    }
    catch (error) {
        throw new UnreadablePack(`an entry does not inflate: ${error.message}`);
    }
}
/** `delta` applied to `base`: sizes, then copies from the base and inserted bytes. */
function applyDelta(base, delta) {
    let at = 0;
    const readSize = () => {
        let size = 0;
        let shift = 0;
        let byte;
        do {
            byte = byteAt(delta, at++);
            size += (byte & 0x7f) * 2 ** shift;
            shift += 7;
        } while (byte & 0x80);
        return size;
    };
    if (readSize() !== base.length)
        throw new UnreadablePack('a delta on a base of another size');
    const size = readSize();
    // Each instruction takes at least a byte of the delta and makes at most the whole base, or one
    // byte per byte inserted: a size beyond that is a lie, refused before anything is allocated.
    if (size > (base.length + 1) * delta.length)
        throw new UnreadablePack('a delta larger than it can make');
    const result = Buffer.alloc(size);
    let written = 0;
    while (at < delta.length) {
        const op = byteAt(delta, at++);
        if (op & 0x80) {
            let offset = 0;
            let size = 0;
            for (let bit = 0; bit < 4; bit++)
                if (op & (1 << bit))
                    offset += byteAt(delta, at++) * 2 ** (8 * bit);
            for (let bit = 0; bit < 3; bit++)
                if (op & (0x10 << bit))
                    size += byteAt(delta, at++) * 2 ** (8 * bit);
            if (size === 0)
                size = 0x10000;
            if (offset + size > base.length || written + size > result.length)
                throw new UnreadablePack('a delta copies out of bounds');
            written += base.copy(result, written, offset, offset + size);
        }
        else if (op > 0) {
            if (at + op > delta.length || written + op > result.length)
                throw new UnreadablePack('a delta inserts out of bounds');
            written += delta.copy(result, written, at, at + op);
            at += op;
        }
        else
            throw new UnreadablePack('a delta with a reserved instruction');
    }
    if (written !== result.length)
        throw new UnreadablePack('a delta short of its size');
    return result;
}
function byteAt(buffer, at) {
    const byte = buffer[at];
    if (byte === undefined)
        throw new UnreadablePack('the pack ends inside an entry');
    return byte;
}

// EXTERNAL MODULE: ./packages/git/src/refs.ts
var refs = __webpack_require__(33904);
// EXTERNAL MODULE: ./packages/git/src/receive-pack.ts
var receive_pack = __webpack_require__(99615);
;// CONCATENATED MODULE: ./packages/git/src/upload-pack.ts

/**
 * The upload-pack side of git's protocol v2 over smart HTTP (`POST git-upload-pack` with
 * `Git-Protocol: version=2`), as pure functions: the body of an `ls-refs` command and the refs in
 * its answer, the body of a `fetch` command that asks for objects by id under a filter, and the
 * pack in its answer (gitprotocol-v2(5), gitprotocol-http(5)). Written here for the reason
 * receive-pack.ts gives: no maintained Node library fetches into a partial clone that git then reads.
 */
const DELIMITER = Buffer.from('0001');
const FLUSH = Buffer.from('0000');
/**
 * A `fetch` command for `wants` (any object ids) under `filter`: the answer is a whole pack at once
 * (`done`), without progress, in offset deltas, never thin. `haves`: commits the clone holds, so
 * that the pack leaves out what they reach (the server ignores one it does not know). `deepen: 1`:
 * the wanted commits alone, without their history (the answer then opens with a `shallow-info`
 * section, which a caller that fetches the history beside it ignores).
 */
function fetchObjectsRequest(options) {
    return Buffer.concat([
        ...commandHeader('fetch', options.agent),
        (0,receive_pack/* pktLine */.oK)('no-progress\n'),
        (0,receive_pack/* pktLine */.oK)('ofs-delta\n'),
        (0,receive_pack/* pktLine */.oK)(`filter ${options.filter}\n`),
        ...(options.deepen ? [(0,receive_pack/* pktLine */.oK)(`deepen ${options.deepen}\n`)] : []),
        ...options.wants.map((id) => (0,receive_pack/* pktLine */.oK)(`want ${id}\n`)),
        ...(options.haves ?? []).map((id) => (0,receive_pack/* pktLine */.oK)(`have ${id}\n`)),
        (0,receive_pack/* pktLine */.oK)('done\n'),
        FLUSH,
    ]);
}
/**
 * An `ls-refs` command for the refs that start with any of `prefixes` (`HEAD` names the remote's
 * HEAD), without peeling; `symrefs`: a symbolic ref says what it points at.
 */
function lsRefsRequest(options) {
    return Buffer.concat([
        ...commandHeader('ls-refs', options.agent),
        ...(options.symrefs ? [(0,receive_pack/* pktLine */.oK)('symrefs\n')] : []),
        ...options.prefixes.map((prefix) => (0,receive_pack/* pktLine */.oK)(`ref-prefix ${prefix}\n`)),
        FLUSH,
    ]);
}
/**
 * The answer to `lsRefsRequest`: ref name → what it is, for every ref the server listed (a prefix
 * also matches longer names; the caller picks the exact ones). Throws with the server's own words
 * on an `ERR` line, and on anything else that is not a complete listing, so that an answer this
 * process cannot read is never taken for "no such ref".
 */
function parseLsRefsAnswer(body) {
    const refs = new Map();
    const packets = (0,receive_pack/* readPktLines */.VF)(body);
    for (const [index, packet] of packets.entries()) {
        if (packet === 'flush') {
            if (index !== packets.length - 1)
                break;
            return refs;
        }
        const line = packet.toString('utf8').replace(/\n$/, '');
        if (line.startsWith('ERR '))
            throw new Error(line.slice(4).trim());
        const [id = '', name = '', ...attributes] = line.split(' ');
        if (!/^[0-9a-f]{40}$/.test(id) || !name) {
            throw new Error(`unexpected ls-refs line ${JSON.stringify(line.slice(0, 80))}`);
        }
        const target = attributes.find((attribute) => attribute.startsWith('symref-target:'));
        refs.set(name, target ? { id, symrefTarget: target.slice('symref-target:'.length) } : { id });
    }
    throw new Error('the ref listing did not end with its one flush');
}
/** The lines every v2 command opens with: its name, our agent, SHA-1, and the delimiter. */
function commandHeader(command, agent) {
    return [(0,receive_pack/* pktLine */.oK)(`command=${command}\n`), (0,receive_pack/* pktLine */.oK)(`agent=${agent}\n`), (0,receive_pack/* pktLine */.oK)('object-format=sha1\n'), DELIMITER];
}
/**
 * The pack in the answer to `fetchObjectsRequest`: the `packfile` section's band 1, in order.
 * Throws with the server's own words on an `ERR` line or a band-3 message, and when the answer
 * holds no pack (or ends early).
 */
function packFromFetchAnswer(body) {
    const packets = (0,receive_pack/* readPktLines */.VF)(body);
    const first = packets[0];
    if (first !== 'flush' && first?.subarray(0, 4).toString('latin1') === 'ERR ') {
        throw new Error(first.subarray(4).toString('utf8').trim());
    }
    const start = packets.findIndex((packet) => packet !== 'flush' && packet.toString('latin1') === 'packfile\n');
    if (start < 0)
        throw new Error('the answer holds no packfile section');
    const chunks = [];
    for (const packet of packets.slice(start + 1)) {
        if (packet === 'flush')
            return Buffer.concat(chunks);
        const band = packet[0];
        if (band === 1)
            chunks.push(packet.subarray(1));
        else if (band === 3)
            throw new Error(packet.subarray(1).toString('utf8').trim());
    }
    throw new Error('the packfile section ended early');
}

;// CONCATENATED MODULE: ./packages/git/src/http-fetch.ts




const AGENT = 'git/shipgate';
/**
 * Objects by id from this process, into the clone as a promisor pack: the `fetch` request git's
 * lazy fetch of a missing object sends, and one `git index-pack` for what comes back. git's lazy
 * fetch runs four processes for the same (fetch, git-remote-http, index-pack under the command
 * that missed the object) and asks for the advertisement first.
 *
 * Returns false, with nothing written, when this process cannot ask: a v0 server, no filter
 * support, another object format, a refused token, or no usable answer. git then fetches the
 * objects lazily when a command misses them, and reports whatever fails there in its own words.
 */
async function fetchObjectsOverHttp(git, remote, wants, filter) {
    if (wants.length === 0)
        return true;
    const pack = await askForPack(remote, fetchObjectsRequest({ wants, filter, agent: AGENT }));
    return pack !== undefined && (await indexPack(git, pack));
}
/**
 * `branch` from this process, as a deploy reads it: its tip from one `ls-refs`, then the commits up
 * to it (`tree:0`) and the tip's own trees (`blob:none` at depth 1) in two `fetch`es side by side,
 * each into its own promisor pack, and the tracking ref set to the tip. `git fetch` followed by the
 * lazy fetch of the trees takes six requests one after another and seven processes for the same.
 *
 * Settles once the history is in: the trees may still be on their way, and `trees` settles (never
 * rejects) with whether they came, so that the history's reader starts before the larger pack has
 * arrived. `undefined`, with the tracking ref untouched, when this process cannot do it: the branch
 * is not listed (git decides whether it exists), or any answer this process cannot use (see
 * `fetchObjectsOverHttp`); when only the trees cannot be had, git fetches them when a command
 * misses them.
 */
async function fetchBranchOverHttp(git, remote, branch) {
    const tip = await listBranchTip(remote, branch);
    if (!tip)
        return undefined;
    const trees = askForPack(remote, fetchObjectsRequest({ wants: [tip], filter: 'blob:none', deepen: 1, agent: AGENT }))
        .then((pack) => pack !== undefined && indexPack(git, pack))
        .catch(() => false);
    if (await fetchCommitsOverHttp(git, remote, branch, tip, []))
        return { tip, trees };
    // Nothing of ours may still be writing into the clone when the caller turns to git.
    await trees;
    return undefined;
}
/**
 * The commits up to `tip` (an id the caller read from the server) into `branch`'s tracking ref,
 * from this process: `fetchHistoryOverHttp`, then one `update-ref`, where `git fetch` starts four
 * processes and negotiates first. False, with the ref untouched, when it cannot be done so.
 */
async function fetchCommitsOverHttp(git, remote, branch, tip, haves) {
    if (!(await fetchHistoryOverHttp(git, remote, tip, haves)))
        return false;
    return (await git(['update-ref', (0,refs/* remoteTrackingRef */.d3)(branch), tip], { ignoreReturnCode: true })).exitCode === 0;
}
/**
 * The commits up to `tip` into the clone, no ref set: one `fetch` that names what the clone holds
 * (`haves`), so only the new commits come, and one `index-pack`. False when it cannot be done so.
 */
async function fetchHistoryOverHttp(git, remote, tip, haves) {
    const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
    return pack !== undefined && (await indexPack(git, pack));
}
/**
 * The commits up to `tip` that `haves` do not reach, read in this process from one `fetch` and
 * stored nowhere (see `readPack`), for a caller that reads them once; `fetchHistoryOverHttp` and
 * a `git log` were two processes more. `undefined` when they cannot be had so (the caller asks git).
 */
async function readHistoryOverHttp(remote, tip, haves) {
    const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
    if (!pack)
        return undefined;
    try {
        return readPack(pack);
    }
    catch (error) {
        if (error instanceof UnreadablePack)
            return undefined;
        throw error;
    }
}
/**
 * The refs the server lists under `prefixes` (`HEAD`: the remote's HEAD, with its target when
 * `symrefs`), from this process in one `ls-refs`, where `git ls-remote` starts three processes;
 * `undefined` when the answer cannot be used (the caller asks git).
 */
async function listRefsOverHttp(remote, prefixes, options = {}) {
    const answer = await ask(remote, lsRefsRequest({ prefixes, agent: AGENT, ...options }));
    try {
        return answer ? parseLsRefsAnswer(answer) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The server's refs under `mirrors` into the clone from this process, as `git fetch --prune` of
 * `+<remote>:<local>` would leave them: one `ls-refs`, one `fetch` of the objects the clone lacks
 * (naming what its refs hold now, `local`, as haves), one `index-pack`, and one `update-ref`
 * transaction that moves, adds and deletes the clone's refs all at once, each leased on what
 * `local` says. `git fetch` starts five processes and makes three requests for the same.
 *
 * Returns the refs as the server listed them, under their local names, and whether any moved
 * (`changed: false`: nothing was asked for or written). A ref of the clone that `local` left out
 * and the server no longer lists is not deleted: it is not among `refs`. `undefined`, with no ref
 * moved, when it cannot be done so: a single ref the server does not list (git decides whether it
 * exists), an answer this process cannot use (a ref deleted between the listing and the fetch is
 * one), or a transaction git refuses (a ref in the clone `local` did not name as it is, a name
 * git rejects).
 */
async function mirrorRefsOverHttp(git, remote, mirrors, local, filter) {
    const listed = await listRefsOverHttp(remote, mirrors.map((mirror) => mirror.remote));
    const wanted = listed && mirroredNames(listed, mirrors);
    if (!wanted)
        return undefined;
    const moved = [...wanted].filter(([ref, id]) => local.get(ref) !== id);
    const gone = [...local.keys()].filter((ref) => !wanted.has(ref) && mirrors.some((mirror) => covers(mirror, ref)));
    if (moved.length === 0 && gone.length === 0)
        return { refs: wanted, changed: false };
    const held = [...new Set(local.values())];
    const wants = [...new Set(moved.map(([, id]) => id))].filter((id) => !held.includes(id));
    if (wants.length > 0) {
        const pack = await askForPack(remote, fetchObjectsRequest({ wants, haves: held, filter, agent: AGENT }));
        if (!pack || !(await indexPack(git, pack)))
            return undefined;
    }
    // `-z`: names and ids NUL-terminated, nothing for git to unquote; an old id of zeros leases
    // "does not exist yet". One transaction: every ref moves, or none does.
    const zero = (id) => '0'.repeat(id.length);
    const commands = [
        ...moved.map(([ref, id]) => `update ${ref}\0${id}\0${local.get(ref) ?? zero(id)}\0`),
        ...gone.map((ref) => `delete ${ref}\0${local.get(ref)}\0`),
    ];
    const updated = await git(['update-ref', '--stdin', '-z'], { input: commands.join(''), ignoreReturnCode: true });
    return updated.exitCode === 0 ? { refs: wanted, changed: true } : undefined;
}
/** Whether `localRef` is where `mirror` keeps a ref. */
function covers(mirror, localRef) {
    return mirror.local.endsWith('/') ? localRef.startsWith(mirror.local) : localRef === mirror.local;
}
/**
 * The local name → id of each listed ref a mirror takes (ls-refs matches prefixes loosely: only a
 * single ref's exact name, or a name below a prefix, counts); `undefined` when a single ref is not
 * listed.
 */
function mirroredNames(listed, mirrors) {
    const names = new Map();
    for (const mirror of mirrors) {
        if (!mirror.remote.endsWith('/')) {
            const ref = listed.get(mirror.remote);
            if (!ref)
                return undefined;
            names.set(mirror.local, ref.id);
            continue;
        }
        for (const [name, ref] of listed) {
            if (name.startsWith(mirror.remote))
                names.set(`${mirror.local}${name.slice(mirror.remote.length)}`, ref.id);
        }
    }
    return names;
}
/** `refs/heads/<branch>`'s id as the server lists it; `undefined` when not listed or not readable. */
async function listBranchTip(remote, branch) {
    const ref = `refs/heads/${branch}`;
    return (await listRefsOverHttp(remote, [ref]))?.get(ref)?.id;
}
/** The pack the server sends for a `fetch` request; `undefined` when it cannot be had this way. */
async function askForPack(remote, request) {
    const answer = await ask(remote, request);
    try {
        return answer ? packFromFetchAnswer(answer) : undefined;
    }
    catch {
        // An ERR line, or an answer cut short: git asks again when it misses the objects.
        return undefined;
    }
}
/**
 * One v2 command to `git-upload-pack`, sent without the advertisement first: each command is
 * stateless over HTTP, and a server that does not speak v2, or lacks what the command asks for,
 * answers with something the readers above refuse. `undefined` for no answer or no success.
 */
async function ask(remote, request) {
    try {
        const answer = await remote.send(`${(0,node_http/* serviceUrl */.Rs)(remote)}/git-upload-pack`, {
            method: 'POST',
            headers: {
                ...(0,node_http/* remoteHeaders */.n6)(remote),
                'Git-Protocol': 'version=2',
                'Content-Type': 'application/x-git-upload-pack-request',
                Accept: 'application/x-git-upload-pack-result',
            },
            body: request,
        });
        return (0,node_http/* succeeded */.gq)(answer) ? answer.body : undefined;
    }
    catch {
        return undefined;
    }
}
/** A pack into the clone, as a promisor pack (what is missing from it, the server has). */
async function indexPack(git, pack) {
    const indexed = await git(['index-pack', '--stdin', '--promisor'], { input: pack, ignoreReturnCode: true });
    return indexed.exitCode === 0;
}


/***/ }),

/***/ 41927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ nodeHttpSend),
/* harmony export */   Rs: () => (/* binding */ serviceUrl),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   n6: () => (/* binding */ remoteHeaders)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A request over node:http(s) with one keep-alive connection per remote: the advertisement and the
 * push share it. (Node's fetch costs a fresh process about 150 ms of CPU to compile undici.) A
 * redirect is not followed: the header must not go along, and git decides whether to follow one.
 */
function nodeHttpSend() {
    const agents = {
        http: new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 4 }),
        https: new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: 4 }),
    };
    return (url, init) => new Promise((resolve, reject) => {
        const secure = /^https:/i.test(url);
        const send = secure ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const request = send(url, {
            method: init.method ?? 'GET',
            headers: { ...init.headers, ...(init.body ? { 'Content-Length': String(init.body.length) } : {}) },
            agent: secure ? agents.https : agents.http,
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
                resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) });
            });
        });
        request.on('error', reject);
        request.end(init.body);
    });
}
/** Whether the server answered with success (2xx); anything else is git's to read and word. */
function succeeded(answer) {
    return answer.status >= 200 && answer.status < 300;
}
/** The repository's URL without a trailing slash: the base of its smart HTTP services. */
function serviceUrl(remote) {
    return remote.url.replace(/\/+$/, '');
}
/** The headers every request to the remote carries: git's agent form, and git's own auth header. */
function remoteHeaders(remote) {
    return { 'User-Agent': 'git/shipgate', Authorization: remote.authorization };
}


/***/ }),

/***/ 81338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ treeBody),
/* harmony export */   FM: () => (/* binding */ packOf),
/* harmony export */   PQ: () => (/* binding */ storePack),
/* harmony export */   RI: () => (/* binding */ gitObjectId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);


/** The object's id: SHA-1 over `<type> <size>\0<body>`. */
function gitObjectId(object) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`${object.type} ${object.body.length}\0`).update(object.body).digest('hex');
}
/**
 * A tree's body: `<mode> <name>\0<20-byte id>` per entry, in git's order (names compared as
 * bytes, a tree's as if it ended in `/`), so the id is the one git gives the same entries.
 */
function treeBody(items) {
    const sortKey = (item) => Buffer.from(item.mode === '40000' ? `${item.name}/` : item.name);
    const sorted = [...items].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
    return Buffer.concat(sorted.flatMap((item) => {
        if (!/^[0-9a-f]{40}$/.test(item.id))
            throw new Error(`Not a SHA-1 object id: ${item.id}`);
        return [Buffer.from(`${item.mode} ${item.name}\0`), Buffer.from(item.id, 'hex')];
    }));
}
const PACK_TYPE = { commit: 1, tree: 2, blob: 3, tag: 4 };
/** A version-2 pack of `objects`, each whole and zlib-compressed, with its SHA-1 trailer. */
function packOf(objects) {
    const header = Buffer.alloc(12);
    header.write('PACK', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(objects.length, 8);
    const parts = [header];
    for (const object of objects)
        parts.push(entryHeader(PACK_TYPE[object.type], object.body.length), (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.deflateSync)(object.body));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1');
    for (const part of parts)
        hash.update(part);
    return Buffer.concat([...parts, hash.digest()]);
}
/** The type and size of a pack entry: 3 bits of type and 4 of size, then 7 bits of size a byte. */
function entryHeader(type, size) {
    const bytes = [(type << 4) | (size & 0x0f)];
    let rest = Math.floor(size / 16);
    while (rest > 0) {
        bytes[bytes.length - 1] |= 0x80;
        bytes.push(rest & 0x7f);
        rest = Math.floor(rest / 128);
    }
    return Buffer.from(bytes);
}
/** Stores a pack in the clone (`git index-pack --stdin`), for a push that git must send after all. */
async function storePack(git, pack) {
    await git(['index-pack', '--stdin'], { input: pack });
}


/***/ }),

/***/ 99615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tx: () => (/* binding */ parseReceivePackAdvertisement),
/* harmony export */   VF: () => (/* binding */ readPktLines),
/* harmony export */   as: () => (/* binding */ receivePackRequest),
/* harmony export */   oK: () => (/* binding */ pktLine),
/* harmony export */   yd: () => (/* binding */ parseReceivePackReport)
/* harmony export */ });
/**
 * The receive-pack side of git's smart HTTP protocol, as pure functions: the pkt-line framing, the
 * ref advertisement of `GET info/refs?service=git-receive-pack`, the request body of `POST
 * git-receive-pack` and the report the server sends back (gitprotocol-pack(5),
 * gitprotocol-http(5)). Written here because no maintained Node library speaks it for a pack built
 * elsewhere (isomorphic-git builds its own packs and cannot push to a partial clone's remote).
 */
const ZERO_ID = /^0+$/;
const FLUSH = Buffer.from('0000');
/** One pkt-line: four hex digits of length (its own four included), then the payload. */
function pktLine(payload) {
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    return Buffer.concat([Buffer.from((body.length + 4).toString(16).padStart(4, '0')), body]);
}
/** A pkt-line stream's packets in order: a payload, or `flush` for `0000` (`0001`/`0002` too). */
function readPktLines(stream) {
    const packets = [];
    let at = 0;
    while (at + 4 <= stream.length) {
        const length = Number.parseInt(stream.toString('latin1', at, at + 4), 16);
        if (Number.isNaN(length))
            throw new Error(`malformed pkt-line length at byte ${at}`);
        if (length < 4) {
            packets.push('flush');
            at += 4;
            continue;
        }
        if (at + length > stream.length)
            throw new Error(`truncated pkt-line at byte ${at}`);
        packets.push(stream.subarray(at + 4, at + length));
        at += length;
    }
    return packets;
}
/**
 * The body of `GET info/refs?service=git-receive-pack`: `# service=…`, a flush, then one ref a
 * line, the first carrying the capabilities after a NUL (an empty repository sends
 * `capabilities^{}` with the null id instead).
 */
function parseReceivePackAdvertisement(body) {
    const refs = new Map();
    let capabilities = new Set();
    let sawService = false;
    for (const packet of readPktLines(body)) {
        if (packet === 'flush')
            continue;
        const text = packet.toString('utf8').replace(/\n$/, '');
        if (!sawService && text.startsWith('# service=')) {
            sawService = true;
            continue;
        }
        const [line = '', caps] = text.split('\u0000', 2);
        if (caps !== undefined)
            capabilities = new Set(caps.split(' ').filter(Boolean));
        const match = line.match(/^([0-9a-f]{40,64}) (\S+)$/);
        if (!match?.[1] || !match[2])
            throw new Error(`unexpected line in the ref advertisement: ${JSON.stringify(text)}`);
        if (match[2] !== 'capabilities^{}' && !ZERO_ID.test(match[1]))
            refs.set(match[2], match[1]);
    }
    if (!sawService)
        throw new Error('the server did not answer as a smart HTTP git server (no "# service=" line)');
    return { refs, capabilities };
}
/** The `POST git-receive-pack` body: the commands (capabilities after a NUL on the first), a flush, the pack. */
function receivePackRequest(commands, capabilities, pack, zeroId) {
    const lines = commands.map((command, index) => {
        const text = `${command.old ?? zeroId} ${command.new ?? zeroId} ${command.ref}`;
        return pktLine(index === 0 ? `${text}\u0000${capabilities.join(' ')}` : text);
    });
    return Buffer.concat([...lines, FLUSH, ...(pack ? [pack] : [])]);
}
/**
 * The body of the `POST git-receive-pack` answer: the report-status pkt-lines (`unpack ok`, `ok
 * <ref>`, `ng <ref> <reason>`); with `side-band-64k` they come on band 1, the server's messages on
 * band 2 and a fatal error on band 3.
 */
function parseReceivePackReport(body, options) {
    const status = [];
    const progress = [];
    let fatal;
    // Without side-band the body is the report itself.
    if (!options.sideband)
        status.push(body);
    for (const packet of options.sideband ? readPktLines(body) : []) {
        if (packet === 'flush' || packet.length === 0)
            continue;
        const band = packet[0];
        const data = packet.subarray(1);
        if (band === 1)
            status.push(data);
        else if (band === 2)
            progress.push(data);
        else if (band === 3)
            fatal = data.toString('utf8').trim();
        else
            throw new Error(`unexpected side-band ${band} in the receive-pack report`);
    }
    const report = { unpack: '', refs: new Map(), messages: splitMessages(progress) };
    if (fatal !== undefined)
        report.fatal = fatal;
    for (const packet of readPktLines(Buffer.concat(status))) {
        if (packet === 'flush')
            continue;
        const line = packet.toString('utf8').replace(/\n$/, '');
        if (line.startsWith('unpack '))
            report.unpack = line.slice('unpack '.length);
        else if (line.startsWith('ok '))
            report.refs.set(line.slice(3), undefined);
        else if (line.startsWith('ng ')) {
            const [ref = '', ...reason] = line.slice(3).split(' ');
            report.refs.set(ref, reason.join(' ') || 'rejected');
        }
    }
    return report;
}
/** The progress band's bytes as lines: git separates them with `\n` or `\r` (a progress meter). */
function splitMessages(chunks) {
    return Buffer.concat(chunks)
        .toString('utf8')
        .split(/\r?\n|\r/)
        .map((line) => line.trimEnd())
        .filter(Boolean);
}


/***/ }),

/***/ 33904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   R8: () => (/* binding */ listRemoteRefs),
/* harmony export */   VJ: () => (/* binding */ remoteBranchExists),
/* harmony export */   d3: () => (/* binding */ remoteTrackingRef),
/* harmony export */   nM: () => (/* binding */ tipOf),
/* harmony export */   sL: () => (/* binding */ isOnBranch)
/* harmony export */ });
/* unused harmony export parseSymref */
/* harmony import */ var _http_fetch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43282);

/** Where a clone keeps what it fetched of `branch`. */
function remoteTrackingRef(branch) {
    return `refs/remotes/origin/${branch}`;
}
/** The fetched tip and its tree. */
async function tipOf(git, branch) {
    const ref = remoteTrackingRef(branch);
    const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
    return { commit, tree };
}
/** Whether `commit` is `tip` or one of its ancestors: how a writer finds its own push landed. */
async function isOnBranch(git, commit, tip) {
    const result = await git(['merge-base', '--is-ancestor', commit, tip], { ignoreReturnCode: true });
    return result.exitCode === 0;
}
/**
 * The branch the remote's HEAD points at, or `undefined` for an empty repository: asked from the
 * process when it speaks to `origin` itself, else by `git ls-remote --symref`.
 */
async function remoteDefaultBranch(git) {
    const listed = git.remote ? await (0,_http_fetch__WEBPACK_IMPORTED_MODULE_0__/* .listRefsOverHttp */ .d6)(git.remote, ['HEAD'], { symrefs: true }) : undefined;
    if (listed)
        return listed.get('HEAD')?.symrefTarget?.match(/^refs\/heads\/(\S+)$/)?.[1];
    const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
    return parseSymref(stdout);
}
/**
 * Which of `refs` (full names) the server has, and their ids, in one listing: from the process when
 * it speaks to `origin` itself, else one `git ls-remote`. Only exact names count (both match
 * their patterns more loosely).
 */
async function listRemoteRefs(git, refs) {
    const listed = git.remote ? await (0,_http_fetch__WEBPACK_IMPORTED_MODULE_0__/* .listRefsOverHttp */ .d6)(git.remote, refs) : undefined;
    const found = listed
        ? [...listed].map(([name, ref]) => [name, ref.id])
        : (await git(['ls-remote', 'origin', ...refs])).stdout.split('\n').map((line) => {
            const [id = '', name = ''] = line.split('\t');
            return [name, id];
        });
    return new Map(found.filter(([name]) => refs.includes(name)));
}
/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
function parseSymref(output) {
    const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
    return match?.[1];
}
async function remoteBranchExists(git, branch) {
    return (await listRemoteRefs(git, [`refs/heads/${branch}`])).has(`refs/heads/${branch}`);
}


/***/ }),

/***/ 35434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ gitAuthorization),
/* harmony export */   U: () => (/* binding */ gitAuthEnvironment),
/* harmony export */   YD: () => (/* binding */ resolveRepositoryUrl),
/* harmony export */   bO: () => (/* binding */ repositoryAccess),
/* harmony export */   gg: () => (/* binding */ maskToken),
/* harmony export */   uD: () => (/* binding */ ownerAndName),
/* harmony export */   zP: () => (/* binding */ resolveRepositoryAccess)
/* harmony export */ });
/* unused harmony export GIT_TOKEN_USERNAME */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87620);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);


const GIT_TOKEN_USERNAME = 'x-access-token';
/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
function maskToken(token, setSecret) {
    if (!token || !setSecret)
        return;
    for (const form of (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .basicAuthForms */ .oq)(GIT_TOKEN_USERNAME, token))
        setSecret(form);
}
/** Just the repository-access fields of a larger options object, to pass on to another reader or writer. */
function repositoryAccess(options) {
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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" is required.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" is not a valid URL: "${value}".`);
        }
        if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
        }
        if (url.username || url.password) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
        }
        return value;
    }
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
        const name = value.endsWith('.git') ? value : `${value}.git`;
        return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    }
    if (value.startsWith('/') || value.startsWith('.'))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.workspace, value);
    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
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
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
        GIT_CONFIG_VALUE_0: `Authorization: ${gitAuthorization(token)}`,
    };
}
/** The `Authorization` value git sends for `token`. */
function gitAuthorization(token) {
    return `Basic ${Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64')}`;
}


/***/ })

};
