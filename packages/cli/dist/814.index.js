export const id = 814;
export const ids = [814];
export const modules = {

/***/ 33814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ql: () => (/* reexport */ GitHubEvidenceChecker),
  RC: () => (/* reexport */ parseRange),
  i2: () => (/* reexport */ renderVerifySummary),
  Oz: () => (/* reexport */ verifiedDeploysOf),
  SQ: () => (/* reexport */ verifyDeployments),
  TO: () => (/* reexport */ writeVerifyReport)
});

// UNUSED EXPORTS: ALLOWED_SIGNERS_FILE, NoPolicyError, ObjectReader, POLICY_FILE, PULL_HEAD_REF, VERIFY_LOG_FORMAT, baseFinding, breakGlassOf, buildVerifyReport, contentProblem, countVerified, describeRange, digestOf, environmentPathOf, extraFilesProblem, freezeProblem, judgeCommits, judgeMerges, logRevisions, parseBatch, parseBatchCheck, parseCommitLog, parseTreeListings, promotionProblem, removesPolicy, scanProblem, shapeOf

// EXTERNAL MODULE: ./packages/gitops/src/index.ts + 25 modules
var src = __webpack_require__(24081);
// EXTERNAL MODULE: ./packages/policy/src/index.ts + 6 modules
var policy_src = __webpack_require__(52923);
;// CONCATENATED MODULE: ./packages/verify/src/policy-view.ts

const POLICY_FILE = policy_src/* POLICY_PATH */.l$;
const ALLOWED_SIGNERS_FILE = '.shipgate/allowed-signers';
/**
 * The environment path holding the changed `file`, by the policy's `paths` globs (matched as the
 * policy package matches them). The directory is the file's leading segments as many as the glob
 * has; with `**` in the glob, the file's own directory.
 */
function environmentPathOf(policy, file) {
    const segments = file.split('/');
    for (const environment of policy.environments) {
        for (const glob of environment.paths) {
            const pattern = glob.split('/').filter(Boolean);
            if (pattern.length >= segments.length || !(0,policy_src/* pathTouchesGlob */.z4)(file, glob))
                continue;
            const depth = pattern.includes('**') ? segments.length - 1 : pattern.length;
            const wildcards = pattern.flatMap((part, i) => (part.includes('*') || part.includes('?') ? [segments[i]] : []));
            return { environment, directory: segments.slice(0, depth).join('/'), wildcards };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/checks.ts



/** `sha256:…` of an image reference pinned by digest, else `undefined`. */
function digestOf(imageRef) {
    return /@(sha256:[0-9a-f]{64})$/.exec(imageRef)?.[1];
}
const SHIPGATE_DIR = '.shipgate/';
/** Keys a deploy commit may carry once only: a second value would let a reader pick either. */
const SINGLE_KEYS = [
    src/* TRAILER_KEYS */.zP.app,
    src/* TRAILER_KEYS */.zP.environment,
    src/* TRAILER_KEYS */.zP.configHash,
    src/* TRAILER_KEYS */.zP.scan,
    src/* TRAILER_KEYS */.zP.source,
    'Shipgate-Policy',
];
/** The paths, environments and trailers of a commit judged by `policy` (its parent's). */
function shapeOf(commit, policy) {
    const targets = new Map();
    const extraFiles = [];
    for (const file of commit.files) {
        const target = environmentPathOf(policy, file);
        if (target)
            targets.set(target.directory, target);
        else
            extraFiles.push(file);
    }
    if (targets.size === 0) {
        const policyFiles = extraFiles.filter((file) => file.startsWith(SHIPGATE_DIR));
        return policyFiles.length > 0 ? { kind: 'policy-change', files: policyFiles } : { kind: 'other' };
    }
    if (targets.size > 1) {
        const list = [...targets.values()].map((t) => `${t.directory} (${t.environment.name})`).join(', ');
        return {
            kind: 'violation',
            reason: `it changes ${targets.size} environment paths, ${list}, where a deploy changes exactly one`,
        };
    }
    const target = [...targets.values()][0];
    const where = { environment: target.environment.name, path: target.directory };
    const trail = (0,src/* trailFromTrailers */.rE)(commit.trailers);
    if (!trail) {
        return {
            kind: 'violation',
            ...where,
            reason: `it changes ${target.directory} without Shipgate trailers, so it is no Shipgate deploy`,
        };
    }
    const malformed = trailerProblem(commit.trailers, trail, target);
    if (malformed)
        return { kind: 'violation', ...where, reason: malformed };
    return { kind: 'deploy', target, trail, extraFiles };
}
function trailerProblem(trailers, trail, target) {
    for (const key of SINGLE_KEYS) {
        const count = trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).length;
        if (count > 1)
            return `it carries ${count} ${key} trailers where a deploy carries one`;
    }
    if (trail.environment !== target.environment.name) {
        return `its Shipgate-Environment says ${trail.environment} but it changes ${target.directory}, a path of ${target.environment.name}`;
    }
    if (target.wildcards.length > 0 && !target.wildcards.includes(trail.app)) {
        return `its Shipgate-App says ${trail.app} but it changes ${target.directory}`;
    }
    if (trail.imageRefs.length === 0)
        return 'it carries no Shipgate-Image trailer';
    const unpinned = trail.imageRefs.find((ref) => !digestOf(ref));
    if (unpinned)
        return `its Shipgate-Image ${unpinned} is not pinned by digest`;
    if (!trail.configHash || !/^sha256:[0-9a-f]{64}$/.test(trail.configHash)) {
        return 'it carries no well-formed Shipgate-Config-Hash trailer';
    }
    return undefined;
}
/** Whether the committed files are what the trailers (and so the approval) name. */
function contentProblem(trail, content, target) {
    if (typeof content === 'string')
        return content;
    const directory = target.directory;
    if (content.configHash !== trail.configHash) {
        return `the files of ${directory} hash to ${content.configHash}, not to its Shipgate-Config-Hash ${trail.configHash}`;
    }
    const digests = new Set(trail.imageRefs.map((ref) => digestOf(ref)));
    const foreign = content.images.find((image) => !digests.has(digestOf(image)));
    if (foreign)
        return `its manifests run ${foreign}, which no Shipgate-Image trailer names`;
    const [guard] = content.problems;
    if (guard && (0,policy_src/* requiresApproval */._9)(target.environment))
        return `its manifests fail a render guard: ${guard.replace(/\.$/, '')}`;
    return undefined;
}
/** A deploy committed while a freeze window of its environment was in force needs break-glass. */
function freezeProblem(trailers, target, committedAt) {
    const freeze = (0,policy_src/* activeFreeze */.WO)(target.environment, new Date(committedAt));
    if (!freeze)
        return undefined;
    if (trailers.some((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass' && trailer.value))
        return undefined;
    const why = freeze.window.reason ? ` (${freeze.window.reason})` : '';
    return `it was committed during the freeze of ${target.environment.name}${why} from ${freeze.start.toISOString()} to ${freeze.end.toISOString()} without Shipgate-Break-Glass`;
}
/** Who the `Shipgate-Break-Glass: <who; reason>` trailer says broke the freeze. */
function breakGlassOf(trailers) {
    const value = trailers.find((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass')?.value;
    return value?.split(';')[0]?.trim() || undefined;
}
/** The scan rule of the environment against the `Shipgate-Scan` trailer. */
function scanProblem(trail, target) {
    if (target.environment.scan?.require !== 'pass')
        return undefined;
    const verdict = trail.scan?.split(';')[0]?.trim().toLowerCase();
    if (verdict === 'pass')
        return undefined;
    return `its scan verdict is ${verdict || 'missing'} where ${target.environment.name} requires pass`;
}
/** Files a deploy commit changed besides its own path. */
function extraFilesProblem(extraFiles, directory) {
    if (extraFiles.length === 0)
        return undefined;
    const shown = extraFiles.slice(0, 3).join(', ');
    const more = extraFiles.length > 3 ? ` and ${extraFiles.length - 3} more` : '';
    return `besides ${directory} it changes ${shown}${more}`;
}
/** A commit that deletes the policy leaves the next commits judged by nothing: always a violation. */
function removesPolicy(commit, parentHasPolicy, hasPolicy) {
    return parentHasPolicy && !hasPolicy && commit.files.includes(POLICY_FILE);
}
/** Production takes only a digest that has run in `promote-from` for at least `soak`. */
function promotionProblem(trail, target, committedAt, first) {
    const from = target.environment.promoteFrom;
    if (!from || trail.rollbackOf)
        return undefined;
    const soak = target.environment.soakMs ?? 0;
    const at = Date.parse(committedAt);
    for (const ref of trail.imageRefs) {
        const since = first.get(from)?.get(digestOf(ref) ?? ref);
        if (since === undefined || since > at)
            return `its image ${ref} never ran in ${from} before, and ${target.environment.name} promotes from ${from}`;
        if (at - since < soak) {
            return `its image ${ref} ran in ${from} for ${Math.round((at - since) / 60_000)} minute(s), less than the ${Math.round(soak / 60_000)} minute(s) soak of ${target.environment.name}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/commit-log.ts

const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';
/**
 * One header per commit for `git log -z --name-only --no-renames`: sha, parents, committer time,
 * author and committer (`name <email>`), subject, then the trailers of the last paragraph, unfolded.
 * The header is followed by the paths the commit changed against its first parent.
 */
const VERIFY_LOG_FORMAT = [
    '%H',
    '%P',
    '%cI',
    '%an <%ae>',
    '%cn <%ce>',
    '%s',
    '%(trailers:only=true,unfold=true,separator=%x1e)',
].join('%x1f');
/**
 * Parses `git log -z --name-only --format=VERIFY_LOG_FORMAT`: each header is NUL-terminated and
 * followed by `\n` and NUL-terminated paths. A header is the token holding the field separator,
 * which git never puts in a path it prints with -z unless the path itself holds one; such a path
 * would not start with a 40- or 64-hex sha and a separator, so it stays a path.
 */
function parseCommitLog(output) {
    const commits = [];
    for (const raw of output.split('\u0000')) {
        const token = raw.replace(/^\n/, '');
        if (!token)
            continue;
        const header = /^([0-9a-f]{40}|[0-9a-f]{64})\u001f/.test(token) ? token.split(FIELD) : undefined;
        if (header && header.length >= 7) {
            const [sha = '', parents = '', committedAt = '', author = '', committer = '', subject = ''] = header;
            const trailerText = header.slice(6).join(FIELD);
            commits.push({
                sha,
                parents: parents.split(' ').filter(Boolean),
                committedAt,
                author,
                committer,
                subject,
                trailers: (0,src/* parseTrailerLines */.ou)(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())),
                files: [],
            });
            continue;
        }
        commits.at(-1)?.files.push(token);
    }
    return commits;
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var core_src = __webpack_require__(34257);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/manifests/src/index.ts + 15 modules
var manifests_src = __webpack_require__(1759);
;// CONCATENATED MODULE: ./packages/verify/src/report.ts


/** A passing deploy finding for `commit`, before any check filled it in. */
function baseFinding(commit) {
    return {
        commit: commit.sha,
        committedAt: commit.committedAt,
        author: commit.author,
        committer: commit.committer,
        subject: commit.subject,
        kind: 'deploy',
        images: [],
        approvers: [],
        verdict: 'pass',
        reason: '',
    };
}
function buildVerifyReport(fields) {
    const { findings } = fields;
    const failed = findings.filter((f) => f.verdict === 'fail').length;
    const unverifiable = findings.filter((f) => f.verdict === 'could-not-verify').length;
    const environments = {};
    for (const finding of findings) {
        if (finding.kind === 'policy-change' || !finding.environment)
            continue;
        const entry = environments[finding.environment] ?? { verified: 0, judged: 0 };
        environments[finding.environment] = entry;
        entry.judged += 1;
        if (finding.verdict === 'pass')
            entry.verified += 1;
    }
    return {
        repository: fields.repository.replace(/\/\/[^@/]*@/, '//'),
        branch: fields.branch,
        range: fields.range,
        verdict: failed + unverifiable > 0 ? 'fail' : 'pass',
        violations: failed + unverifiable,
        counts: {
            verified: findings.filter((f) => f.verdict === 'pass' && f.kind !== 'policy-change').length,
            failed,
            unverifiable,
            policyChanges: findings.filter((f) => f.kind === 'policy-change').length,
        },
        environments,
        commits: findings,
    };
}
async function writeVerifyReport(report, file) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./packages/verify/src/merges.ts


/**
 * A merge commit is not judged as a deploy (the commits it brings are), but it must not change
 * anything itself: its tree must be what git's own merge of its parents gives, at least on the
 * environment paths and `.shipgate/`. One `merge-tree` and one `diff-tree` per merge; merges are
 * few (one per merged pull request).
 */
async function judgeMerges(git, merges) {
    const findings = [];
    for (const { commit, policy } of merges) {
        if (typeof policy !== 'object' || commit.parents.length !== 2)
            continue;
        const [first, second] = commit.parents;
        const merged = await git(['merge-tree', '--write-tree', '--no-messages', first, second], {
            ignoreReturnCode: true,
        });
        const mergedTree = merged.stdout.split('\n')[0]?.trim() ?? '';
        const { stdout } = await git([
            'diff-tree',
            '-r',
            '-z',
            '--name-only',
            '--no-renames',
            mergedTree,
            `${commit.sha}^{tree}`,
        ]);
        const changed = stdout.split('\0').filter(Boolean);
        const own = changed.filter((file) => file.startsWith('.shipgate/') || environmentPathOf(policy, file));
        if (own.length === 0)
            continue;
        const environment = own.map((file) => environmentPathOf(policy, file)?.environment.name).find(Boolean);
        findings.push({
            ...baseFinding(commit),
            environment,
            verdict: 'fail',
            reason: `the merge itself changes ${own.slice(0, 3).join(', ')}${own.length > 3 ? ` and ${own.length - 3} more` : ''}, beyond what merging its parents gives`,
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/verify/src/judge.ts








/** Findings for every commit, oldest first: shape, content and signatures batched, then evidence. */
async function judgeCommits(inputs, deps) {
    const findings = [];
    const deploys = [];
    for (const input of inputs.commits) {
        const finding = judgeShape(input, deps.environments);
        if (!finding)
            continue;
        findings.push(finding);
        const shape = typeof input.policy === 'object' ? shapeOf(input.commit, input.policy) : undefined;
        if (shape?.kind === 'deploy' && finding.verdict === 'pass')
            deploys.push({ input, shape, finding });
    }
    findings.push(...(await judgeMerges(deps.git, inputs.commits.filter((input) => input.commit.parents.length > 1))));
    const contents = await readContents(inputs.objects, deploys);
    const signatures = await readSignatures(deps, inputs.objects, deploys);
    const first = deploys.some(({ shape }) => shape.target.environment.promoteFrom)
        ? await firstDeployed(deps.git, deps.branchRef)
        : new Map();
    // Evidence is read a few deploys at a time: the API's latency, not git, bounds a long range.
    await inParallel(deploys, EVIDENCE_CONCURRENCY, async (judged) => {
        const { input, shape, finding } = judged;
        const content = contents.get(input.commit.sha) ?? `it deletes ${shape.target.directory}`;
        const problem = contentProblem(shape.trail, content, shape.target) ??
            signatureProblem(shape, signatures.get(input.commit.sha)) ??
            scanProblem(shape.trail, shape.target) ??
            promotionProblem(shape.trail, shape.target, input.commit.committedAt, first);
        if (problem)
            fail(finding, problem);
        else
            await judgeEvidence(deps.evidence, judged, content);
        if (finding.verdict === 'pass') {
            const late = freezeProblem(input.commit.trailers, shape.target, input.commit.committedAt);
            const extra = late ??
                (await breakGlassProblem(deps.evidence, judged)) ??
                extraFilesProblem(shape.extraFiles, shape.target.directory);
            if (extra)
                fail(finding, extra);
        }
    });
    const order = new Map(inputs.commits.map((input, i) => [input.commit.sha, i]));
    return findings.sort((a, b) => (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0));
}
const EVIDENCE_CONCURRENCY = 8;
/** Runs `fn` over `items` with at most `limit` running at once. */
async function inParallel(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function fail(finding, reason) {
    finding.verdict = 'fail';
    finding.reason = reason;
}
/** The finding from the commit's paths and trailers alone, or `undefined` for one not listed. */
function judgeShape(input, environments) {
    const { commit, policy } = input;
    const base = baseFinding(commit);
    if (commit.parents.length > 1)
        return undefined; // judged by judgeMerges: it may only merge
    const touchesShipgate = commit.files.some((file) => file.startsWith('.shipgate/'));
    if (removesPolicy(commit, input.policyBlob !== undefined, input.hasPolicy)) {
        return {
            ...base,
            kind: 'policy-change',
            verdict: 'fail',
            reason: `it deletes ${POLICY_FILE}, leaving later commits unjudged`,
        };
    }
    if (typeof policy === 'string') {
        return {
            ...base,
            kind: touchesShipgate ? 'policy-change' : 'deploy',
            verdict: 'fail',
            reason: `the policy of its parent is invalid: ${policy.replace(/\.$/, '')}`,
        };
    }
    if (!policy) {
        return touchesShipgate
            ? { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, commit.files) }
            : undefined;
    }
    const shape = shapeOf(commit, policy);
    if (shape.kind === 'other')
        return undefined;
    if (shape.kind === 'policy-change') {
        return { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, shape.files) };
    }
    const environment = shape.kind === 'deploy' ? shape.target.environment.name : shape.environment;
    if (environments && environments.length > 0 && environment && !environments.includes(environment))
        return undefined;
    if (shape.kind === 'violation') {
        return { ...base, kind: 'deploy', environment, path: shape.path, verdict: 'fail', reason: shape.reason };
    }
    return {
        ...base,
        kind: shape.trail.rollbackOf ? 'rollback' : 'deploy',
        environment,
        path: shape.target.directory,
        app: shape.trail.app,
        images: shape.trail.imageRefs,
        approvers: shape.trail.approvedBy,
        verdict: 'pass',
        reason: 'verified',
    };
}
function policyChangeReason(commit, files) {
    return `a policy change to ${files.join(', ')} by ${commit.author}, committed by ${commit.committer}`;
}
/** Approvals re-read and judged by the policy as it stood, bound to what the commit's files hold. */
async function judgeEvidence(evidence, { input, shape, finding }, content) {
    if (!shape.target.environment.approvals)
        return;
    const trailers = input.commit.trailers;
    let verdict;
    try {
        verdict = await evidence.check({
            environment: shape.target.environment,
            urls: trailers.filter((t) => t.key.toLowerCase() === 'shipgate-approval').map((t) => t.value),
            approvedBy: shape.trail.approvedBy,
            imageRefs: content.images,
            configHash: content.configHash,
            run: shape.trail.run,
            committedAt: input.commit.committedAt,
        });
    }
    catch (error) {
        verdict = { status: 'unverifiable', reason: `could not verify its approvals: ${error.message}` };
    }
    if (verdict.status === 'rejected')
        fail(finding, verdict.reason);
    else if (verdict.status === 'unverifiable') {
        finding.verdict = 'could-not-verify';
        finding.reason = verdict.reason;
    }
    else
        finding.approvers = verdict.approvers;
}
/** A break-glass deploy during a freeze: the one who broke it is a verified approver and on the policy's list. */
async function breakGlassProblem(evidence, { input, shape, finding }) {
    const who = breakGlassOf(input.commit.trailers);
    if (!who || !freezeProblem([], shape.target, input.commit.committedAt))
        return undefined;
    if (!finding.approvers.includes(who))
        return `its Shipgate-Break-Glass names ${who}, who is not among its verified approvers`;
    try {
        if (await evidence.isMember(who, shape.target.environment.breakGlass))
            return undefined;
    }
    catch (error) {
        finding.verdict = 'could-not-verify';
        return `could not verify its break-glass: ${error.message}`;
    }
    return `its Shipgate-Break-Glass names ${who}, who is not on the break-glass list of ${shape.target.environment.name}`;
}
/** When each digest first ran in each environment, from the whole branch's deploy trail. */
async function firstDeployed(git, ref) {
    const first = new Map();
    for (const deploy of await (0,src/* readDeploymentsFromClone */._6)(git, ref)) {
        const byDigest = first.get(deploy.environment) ?? new Map();
        first.set(deploy.environment, byDigest);
        const at = Date.parse(deploy.committedAt);
        for (const ref of deploy.imageRefs) {
            const digest = digestOf(ref) ?? ref;
            byDigest.set(digest, Math.min(at, byDigest.get(digest) ?? at));
        }
    }
    return first;
}
/** What each deploy's path holds at its commit, each distinct tree inspected once. */
async function readContents(objects, deploys) {
    const names = deploys.map(({ input, shape }) => `${input.commit.sha}:${shape.target.directory}`);
    const trees = await objects.resolve(names);
    const treeIds = [...new Set(trees.flatMap((info) => (info?.type === 'tree' ? [info.id] : [])))];
    const listings = await objects.listTrees(treeIds);
    const blobIds = [...new Set([...listings.values()].flat().map((entry) => entry.blob))];
    const texts = await objects.blobs(blobIds);
    const textOf = new Map(blobIds.map((id, i) => [id, texts[i] ?? '']));
    const byTree = new Map();
    for (const [tree, entries] of listings) {
        const files = (0,src/* withoutGeneratedKustomization */.NA)(entries.map((entry) => ({ name: entry.path, content: textOf.get(entry.blob) ?? '' })));
        byTree.set(tree, await (0,manifests_src/* inspectCommittedFiles */.U2)(files).catch((error) => `its files are not valid manifests: ${error.message.replace(/\.$/, '')}`));
    }
    const contents = new Map();
    deploys.forEach(({ input }, i) => {
        const info = trees[i];
        if (info?.type === 'tree')
            contents.set(input.commit.sha, byTree.get(info.id));
    });
    return contents;
}
/** `%G?` per deploy commit whose environment requires signing, by the parent's allowed signers. */
async function readSignatures(deps, objects, deploys) {
    const result = new Map();
    const groups = new Map();
    for (const { input, shape } of deploys) {
        if (!shape.target.environment.signed)
            continue;
        if (!input.allowedSignersBlob)
            result.set(input.commit.sha, 'no-signers');
        else
            groups.set(input.allowedSignersBlob, [...(groups.get(input.allowedSignersBlob) ?? []), input.commit.sha]);
    }
    const blobIds = [...groups.keys()];
    const texts = await objects.blobs(blobIds);
    for (const [i, blob] of blobIds.entries()) {
        const file = (0,external_node_path_.join)(deps.tempDir, `allowed-signers-${blob}`);
        await (0,promises_.writeFile)(file, texts[i] ?? '');
        // git verifies each signature as `git verify-commit` does, with this allowed-signers file.
        const { stdout } = await deps.git([
            '-c',
            'gpg.format=ssh',
            '-c',
            `gpg.ssh.allowedSignersFile=${file}`,
            'log',
            '--no-walk=unsorted',
            '--stdin',
            '--format=%H %G? %GS',
        ], { input: `${groups.get(blob).join('\n')}\n` });
        for (const line of stdout.split('\n')) {
            const [sha, status = 'N', signer = ''] = line.split(' ');
            if (sha)
                result.set(sha, { status, signer });
        }
    }
    return result;
}
function signatureProblem(shape, signature) {
    if (!shape.target.environment.signed)
        return undefined;
    const environment = shape.target.environment.name;
    if (signature === 'no-signers')
        return `${environment} requires signed commits but its parent has no .shipgate/allowed-signers`;
    if (!signature || signature.status === 'N')
        return `it is not signed, and ${environment} requires signed commits`;
    if (signature.status !== 'G')
        return `its signature is not by a key in .shipgate/allowed-signers (git: ${signature.status})`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/objects.ts
/** `<id> <type> <size>` or `<name> missing` per request, in request order. */
function parseBatchCheck(output, count) {
    const lines = output.split('\n').slice(0, count);
    return lines.map((line) => {
        const match = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
        return match ? { id: match[1], type: match[2], size: Number(match[3]) } : undefined;
    });
}
/**
 * The contents of `git cat-file --batch` output, in request order: `<id> <type> <size>\n`, then
 * exactly `size` bytes and `\n`; `<name> missing\n` for an absent object. Sizes count bytes, so
 * the output is walked as bytes.
 */
function parseBatch(output) {
    const contents = [];
    let offset = 0;
    while (offset < output.length) {
        const end = output.indexOf(0x0a, offset);
        if (end < 0)
            break;
        const header = output.subarray(offset, end).toString('utf8');
        offset = end + 1;
        const match = /^[0-9a-f]{40,64} \w+ (\d+)$/.exec(header);
        if (!match) {
            contents.push(undefined);
            continue;
        }
        const size = Number(match[1]);
        contents.push(output.subarray(offset, offset + size).toString('utf8'));
        offset += size + 1;
    }
    return contents;
}
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/**
 * Parses `git diff-tree --stdin -r -z` fed `<empty tree> <tree>` lines: git echoes each line,
 * then lists every blob of `<tree>` as added (`:000000 <mode> <zeros> <blob> A`, NUL, path, NUL).
 */
function parseTreeListings(output) {
    const listings = new Map();
    let current;
    let pendingBlob;
    for (const token of output.split('\u0000')) {
        if (pendingBlob !== undefined) {
            current?.push({ path: token, blob: pendingBlob });
            pendingBlob = undefined;
            continue;
        }
        let meta = token;
        const echo = /^[0-9a-f]{40,64} ([0-9a-f]{40,64})\n/.exec(token);
        if (echo) {
            current = [];
            listings.set(echo[1], current);
            meta = token.slice(echo[0].length);
        }
        const entry = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]{40,64}) A$/.exec(meta);
        if (entry)
            pendingBlob = entry[2];
    }
    return listings;
}
/**
 * Batched object reads in one clone: a handful of git processes for a whole range, never one per
 * commit or per file.
 */
class ObjectReader {
    #git;
    constructor(git) {
        this.#git = git;
    }
    /** The object each `<rev>:<path>` names, or `undefined` when there is none. */
    async resolve(names) {
        if (names.length === 0)
            return [];
        const { stdout } = await this.#git(['cat-file', '--batch-check'], { input: `${names.join('\n')}\n` });
        return parseBatchCheck(stdout, names.length);
    }
    /** The text of each blob id, in order. */
    async blobs(ids) {
        if (ids.length === 0)
            return [];
        const { stdout } = await this.#git(['cat-file', '--batch'], { input: `${ids.join('\n')}\n` });
        return parseBatch(Buffer.from(stdout, 'utf8'));
    }
    /** Every blob below each tree id, recursively. */
    async listTrees(treeIds) {
        if (treeIds.length === 0)
            return new Map();
        const input = treeIds.map((id) => `${EMPTY_TREE} ${id}\n`).join('');
        const { stdout } = await this.#git(['diff-tree', '--stdin', '-r', '-z', '--no-renames'], { input });
        const listings = parseTreeListings(stdout);
        for (const id of treeIds)
            if (!listings.has(id))
                listings.set(id, []);
        return listings;
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/range.ts


/** A commit or branch name, with `~n`/`^n` suffixes; never an option (`-…`) or a `...` range. */
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/;
/**
 * `a..b` (commits or branch names), a pull request (`123` or `#123`), `since:<date or duration>`
 * (`since:2026-11-01`, `since:30d`), or empty for the whole branch.
 */
function parseRange(value, now, inputName = 'range') {
    const text = value.trim();
    if (!text)
        return { kind: 'branch' };
    const pull = /^#?(\d+)$/.exec(text);
    if (pull)
        return { kind: 'pull-request', number: Number(pull[1]) };
    const since = /^since[:=\s]\s*(.+)$/i.exec(text);
    if (since)
        return { kind: 'since', since: (0,src/* parseSince */.m1)(since[1], now, inputName) };
    const commits = /^(\S+?)\.\.(\S+)$/.exec(text);
    if (commits && !text.includes('...') && REVISION.test(commits[1]) && REVISION.test(commits[2])) {
        return { kind: 'commits', from: commits[1], to: commits[2] };
    }
    throw new core_src/* ConfigurationError */.j1(`Input "${inputName}" must be a commit range like main~10..main, a pull request number like 42, or since:<date or duration> like since:30d, got "${text}".`);
}
/** Where a fetched pull request's head is kept in the verifier's clone. */
const PULL_HEAD_REF = 'refs/shipgate-verify/pull-head';
/** The revisions `git log` walks for a range, in a clone with the remote's branches fetched. */
function logRevisions(range, branch) {
    const remote = (name) => (/^[0-9a-f]{7,64}([~^][0-9]*)*$/.test(name) ? name : `refs/remotes/origin/${name}`);
    switch (range.kind) {
        case 'branch':
            return [remote(branch)];
        case 'commits':
            return [`${remote(range.from)}..${remote(range.to)}`];
        case 'pull-request':
            return [`${remote(branch)}..${PULL_HEAD_REF}`];
        case 'since':
            return [`--since=${range.since.toISOString()}`, remote(branch)];
    }
}
function describeRange(range, branch) {
    switch (range.kind) {
        case 'branch':
            return `every commit of ${branch}`;
        case 'commits':
            return `${range.from}..${range.to}`;
        case 'pull-request':
            return `pull request #${range.number} into ${branch}`;
        case 'since':
            return `${branch} since ${range.since.toISOString()}`;
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/verify.ts









/** The repository holds no policy to judge by: a mistake for the check, a notice for the report. */
class NoPolicyError extends core_src/* ConfigurationError */.j1 {
    name = 'NoPolicyError';
}
/**
 * Verifies every commit of a range of the GitOps repository against the policy as of each
 * commit's parent: one clone, one `git log`, batched object reads, then the API for evidence.
 */
async function verifyDeployments(options) {
    return (0,src/* withScratchClone */.YC)(options, { purpose: 'verify', bare: true }, async ({ dir, url, git }) => {
        const branch = await fetchRange(git, options.range, options.branch);
        const commits = await readRange(git, options.range, branch);
        const inputs = await readJudgeInputs(git, commits, `${POLICY_FILE} as of its parent`);
        if (!inputs.tipHasPolicy && commits.length > 0) {
            throw new NoPolicyError(`The GitOps repository has no ${POLICY_FILE} on ${branch}: verify-deployments judges deploys by it; add one (see docs/workflows.md).`);
        }
        const findings = await judgeCommits(inputs, {
            git,
            evidence: options.evidence,
            environments: options.environments,
            tempDir: dir,
            branchRef: (0,src/* remoteTrackingRef */.wo)(branch),
        });
        report(options.log, findings);
        return buildVerifyReport({ repository: url, branch, range: describeRange(options.range, branch), findings });
    });
}
/**
 * Fetches every branch with its history and files and, for a pull request, its head. Not the
 * package's filtered `fetchBranch`: the verifier reads the files of every deploy in the range,
 * which a partial clone would fetch one missing object at a time.
 */
async function fetchRange(git, range, branchInput) {
    const branch = branchInput || (await (0,src/* remoteDefaultBranch */.Ki)(git)) || 'main';
    const refspecs = ['+refs/heads/*:refs/remotes/origin/*'];
    if (range.kind === 'pull-request')
        refspecs.push(`+refs/pull/${range.number}/head:${PULL_HEAD_REF}`);
    await git(['fetch', '--quiet', '--no-tags', '--no-auto-maintenance', 'origin', ...refspecs]);
    return branch;
}
async function readRange(git, range, branch) {
    const { stdout } = await git([
        'log',
        '-z',
        '--name-only',
        '--no-renames',
        `--format=${VERIFY_LOG_FORMAT}`,
        ...logRevisions(range, branch),
        '--',
    ]);
    return parseCommitLog(stdout).reverse();
}
/**
 * Per commit, the policy and allowed-signers as of its parent, read with two batched object
 * reads for the whole range; each distinct policy blob is read once.
 */
async function readJudgeInputs(git, commits, policySource) {
    const objects = new ObjectReader(git);
    const names = commits.flatMap((commit) => {
        const parent = commit.parents[0];
        return [
            parent ? `${parent}:${POLICY_FILE}` : '',
            parent ? `${parent}:${ALLOWED_SIGNERS_FILE}` : '',
            `${commit.sha}:${POLICY_FILE}`,
        ];
    });
    const tip = commits.at(-1);
    const infos = await objects.resolve([
        ...names.map((name) => name || 'HEAD:/nonexistent'),
        ...(tip ? [`${tip.sha}:${POLICY_FILE}`] : []),
    ]);
    const policyBlobs = [
        ...new Set(infos.filter((_, i) => i % 3 === 0 || i % 3 === 2).flatMap((info) => (info ? [info.id] : []))),
    ];
    const texts = await objects.blobs(policyBlobs);
    const policies = new Map();
    policyBlobs.forEach((id, i) => {
        try {
            policies.set(id, (0,policy_src/* parsePolicy */.ON)(texts[i] ?? '', policySource));
        }
        catch (error) {
            policies.set(id, error.message);
        }
    });
    const judged = commits.map((commit, i) => {
        const [policyInfo, signersInfo, ownPolicyInfo] = [infos[i * 3], infos[i * 3 + 1], infos[i * 3 + 2]];
        return {
            commit,
            policy: policyInfo ? policies.get(policyInfo.id) : undefined,
            policyBlob: policyInfo?.id,
            allowedSignersBlob: signersInfo?.id,
            hasPolicy: ownPolicyInfo !== undefined,
        };
    });
    return { commits: judged, tipHasPolicy: tip ? infos[commits.length * 3] !== undefined : false, objects };
}
function report(log, findings) {
    for (const finding of findings) {
        const where = finding.environment ? ` (${finding.environment})` : '';
        const line = `${finding.commit.slice(0, 12)}${where}: ${finding.reason}`;
        if (finding.verdict === 'fail')
            log.error(`Violation: ${line}.`, { title: 'verify-deployments' });
        else if (finding.verdict === 'could-not-verify')
            log.error(`Could not verify ${line}.`, { title: 'verify-deployments' });
        else if (finding.kind === 'policy-change')
            log.notice(`Policy change ${line}.`, { title: 'verify-deployments' });
        else
            log.debug(line);
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/counts.ts

/**
 * Per environment, how many of an app's deploys and rollbacks committed in `[since, until)`
 * verified: what deployment-report shows beside the DORA metrics. `undefined`, with a notice, when
 * the repository has no policy to judge them by.
 */
async function verifiedDeploysOf(options) {
    let report;
    try {
        report = await verifyDeployments({ ...options, range: { kind: 'since', since: options.since } });
    }
    catch (error) {
        if (!(error instanceof NoPolicyError))
            throw error;
        options.log.notice(`Not counting verified deploys: ${error.message}`);
        return undefined;
    }
    return countVerified(report, options.app, options.until);
}
/** The counts of one app (by its trailer, or its name in the path of an unattributed commit). */
function countVerified(report, app, until) {
    const counts = new Map();
    for (const finding of report.commits) {
        if (finding.kind === 'policy-change' || !finding.environment)
            continue;
        if (Date.parse(finding.committedAt) >= until.getTime())
            continue;
        const ofApp = finding.app ? finding.app === app : (finding.path ?? '').split('/').includes(app);
        if (!ofApp)
            continue;
        const entry = counts.get(finding.environment) ?? { judged: 0, verified: 0, unverifiable: 0 };
        entry.judged += 1;
        if (finding.verdict === 'pass')
            entry.verified += 1;
        if (finding.verdict === 'could-not-verify')
            entry.unverifiable += 1;
        counts.set(finding.environment, entry);
    }
    return counts;
}

// EXTERNAL MODULE: ./packages/approvals/src/index.ts + 5 modules
var approvals_src = __webpack_require__(54095);
;// CONCATENATED MODULE: ./packages/verify/src/evidence.ts


/**
 * The evidence of the approvals work (`verifyApprovalEvidence`), re-read for a commit of the past:
 * the policy as it stood, the commit's time as "now", the run the commit names as the current run.
 * Every `Shipgate-Approval` and `Approved-by` must be backed by an approval that counts.
 */
class GitHubEvidenceChecker {
    #client;
    #log;
    #teams;
    /** Who started each run, by run URL: deploys of one run over a range read it once. */
    #runs = new Map();
    constructor(client, log) {
        this.#client = withCachedUser(client);
        this.#log = log;
        this.#teams = new approvals_src/* TeamMembershipCache */.ky(client);
    }
    async isMember(login, entries) {
        const list = (0,approvals_src/* parseApproverList */.ZK)(entries, 'break-glass');
        if (list.users.some((user) => (0,approvals_src/* sameLogin */.Up)(user, login)))
            return true;
        for (const team of list.teams)
            if (await this.#teams.check(team, login))
                return true;
        return false;
    }
    async check(claim) {
        const rules = claim.environment.approvals;
        if (!rules)
            return { status: 'approved', approvers: [] };
        const name = claim.environment.name;
        if (claim.urls.length === 0) {
            return {
                status: 'rejected',
                reason: `it records no Shipgate-Approval evidence, and ${name} requires ${rules.min} approval(s)`,
            };
        }
        const groups = evidenceGroups(claim.urls, name);
        if (typeof groups === 'string')
            return { status: 'rejected', reason: groups };
        if (groups.length > 1)
            return { status: 'rejected', reason: 'its Shipgate-Approval trailers point at more than one approval request' };
        const run = await this.#runOf(claim.run, rules.allowSelfApproval);
        if ('status' in run)
            return run;
        const committed = Date.parse(claim.committedAt);
        try {
            const verified = await (0,approvals_src/* verifyApprovalEvidence */.S7)({
                evidence: groups[0],
                rules,
                binding: { imageRefs: claim.imageRefs, configHash: claim.configHash },
                excluded: run.excluded,
                ...(run.id !== undefined ? { currentRunId: run.id } : {}),
                now: committed,
            }, { client: this.#client, log: this.#log });
            const counted = verified.approvals.filter((approval) => Date.parse(approval.at) <= committed);
            return backing(claim, counted.map((approval) => ({ login: approval.login, url: approval.url })));
        }
        catch (error) {
            if (error instanceof core_src/* GitHubApiError */.OS && error.status === 404) {
                return {
                    status: 'rejected',
                    reason: `its evidence ${claim.urls[0]} does not exist (${error.message.replace(/\.$/, '')})`,
                };
            }
            if (error instanceof core_src/* GitHubApiError */.OS)
                return { status: 'unverifiable', reason: `could not verify: ${error.message}` };
            if (error instanceof core_src/* ConfigurationError */.j1)
                return { status: 'rejected', reason: asFragment(error.message) };
            throw error;
        }
    }
    /**
     * The run the commit names, and who started it (GitHub's record, not the commit's word): the
     * run's actor and triggering actor cannot approve their own deploy, as at commit time. A commit
     * naming no run (gitops-commit outside GitHub Actions) has no one to exclude.
     */
    async #runOf(runUrl, allowSelfApproval) {
        if (!runUrl)
            return { excluded: [] };
        const run = workflowRunOf(runUrl);
        if (!run)
            return { status: 'rejected', reason: `its Shipgate-Run "${runUrl}" is not a workflow run URL` };
        if (allowSelfApproval)
            return { id: run.id, excluded: [] };
        const key = `${run.owner}/${run.repo}/${run.id}`;
        let actors = this.#runs.get(key);
        if (!actors) {
            actors = readRunActors(this.#client, run);
            this.#runs.set(key, actors);
        }
        try {
            return { id: run.id, excluded: (await actors).logins };
        }
        catch (error) {
            if (error instanceof core_src/* GitHubApiError */.OS && error.status === 404)
                return { status: 'rejected', reason: `its Shipgate-Run ${runUrl} names a workflow run that does not exist` };
            if (error instanceof core_src/* GitHubApiError */.OS)
                return { status: 'unverifiable', reason: `could not verify who started its run: ${error.message}` };
            throw error;
        }
    }
}
/** `GET /repos/{owner}/{repo}/actions/runs/{run_id}`: the run's actor and triggering actor. */
async function readRunActors(client, run) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { params: { owner: run.owner, repo: run.repo, run_id: run.id } });
    const logins = [data.actor?.login, data.triggering_actor?.login].filter((login) => Boolean(login));
    return { logins: [...new Set(logins)] };
}
/** The trailers' URLs as one evidence per request issue or run, or the sentence why not. */
function evidenceGroups(urls, environment) {
    const groups = new Map();
    for (const url of urls) {
        const evidence = (0,approvals_src/* evidenceFromApprovalUrl */.ER)(url, environment);
        if (!evidence)
            return `its Shipgate-Approval "${url}" is neither an issue comment nor a workflow run URL`;
        const key = evidence.kind === 'issue'
            ? `${evidence.repository}#${evidence.issueNumber}`
            : `${evidence.repository}/${evidence.runId}`;
        const known = groups.get(key);
        if (known?.kind === 'issue' && evidence.kind === 'issue')
            known.commentIds.push(...evidence.commentIds);
        else if (!known)
            groups.set(key, evidence);
    }
    return [...groups.values()];
}
/** Every trailer must name an approval that counted, and enough of them must predate the commit. */
function backing(claim, counted) {
    const rules = claim.environment.approvals;
    const logins = [...new Set(counted.map((approval) => approval.login))];
    if (logins.length < rules.min) {
        return {
            status: 'rejected',
            reason: `only ${logins.length} approval(s) given before the commit count, where ${claim.environment.name} requires ${rules.min}`,
        };
    }
    const unbacked = claim.urls.find((url) => !counted.some((approval) => approval.url === url));
    if (unbacked)
        return { status: 'rejected', reason: `its Shipgate-Approval ${unbacked} is not an approval that counts` };
    const claimed = claim.approvedBy.find((login) => !logins.some((approver) => (0,approvals_src/* sameLogin */.Up)(approver, login)));
    if (claimed)
        return {
            status: 'rejected',
            reason: `its Approved-by: ${claimed} has no counting approval by ${claimed} in its evidence`,
        };
    return { status: 'approved', approvers: logins };
}
/**
 * The client with `GET /user` asked once: the evidence check excludes the token's user on every
 * deploy, and over a range that user does not change (one call per range, not one per deploy).
 */
function withCachedUser(client) {
    let user;
    const cached = Object.create(client);
    cached.request = (route, options) => {
        if (route !== 'GET /user')
            return client.request(route, options);
        user ??= client.request(route, options);
        return user;
    };
    cached.paginate = (route, options) => client.paginate(route, options);
    return cached;
}
/** `https://<server>/<owner>/<repo>/actions/runs/<id>` (an attempt suffix allowed), as gitops-commit records it. */
function workflowRunOf(runUrl) {
    const match = /^https?:\/\/[^/\s]+\/([^/\s]+)\/([^/\s]+)\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?\/?$/.exec(runUrl.trim());
    return match ? { owner: match[1], repo: match[2], id: Number(match[3]) } : undefined;
}
/** A sentence of the approvals work as a reason fragment: no capital start and no final period. */
function asFragment(sentence) {
    return sentence.replace(/\.$/, '').replace(/^The /, 'the ');
}

;// CONCATENATED MODULE: ./packages/verify/src/summary.ts

const VERDICT_LABEL = { pass: 'pass', fail: 'FAIL', 'could-not-verify': 'could not verify' };
/** The job summary: the verdict, then one row per judged commit (cut at `maxRows`; the JSON has all). */
function renderVerifySummary(report, maxRows = 200) {
    const summary = new core_src/* Summary */.BD().heading('Deployment verification');
    const { counts } = report;
    summary.paragraph(`${report.verdict === 'pass' ? 'Pass' : 'Fail'} for ${report.range}: ${counts.verified} verified, ${counts.failed} violation(s), ${counts.unverifiable} could not be verified, ${counts.policyChanges} policy change(s).`);
    // Failures first: they are what a reader opens the summary for.
    const rank = { fail: 0, 'could-not-verify': 1, pass: 2 };
    const rows = [...report.commits].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
    if (rows.length === 0)
        return summary.paragraph('No deploy or policy commits in the range.').toString();
    summary.table(['commit', 'environment', 'image', 'approvers', 'verdict', 'reason'], rows
        .slice(0, maxRows)
        .map((row) => [
        row.commit.slice(0, 12),
        row.kind === 'policy-change'
            ? 'policy'
            : `${row.environment ?? ''}${row.kind === 'rollback' ? ' (rollback)' : ''}`,
        row.images.map((ref) => ref.replace(/@sha256:([0-9a-f]{12})[0-9a-f]+$/, '@sha256:$1…')).join(', '),
        row.approvers.join(', '),
        VERDICT_LABEL[row.verdict],
        row.reason,
    ]));
    if (rows.length > maxRows)
        summary.paragraph(`The first ${maxRows} of ${rows.length} rows; the JSON report lists them all.`);
    return summary.toString();
}

;// CONCATENATED MODULE: ./packages/verify/src/index.ts














/***/ })

};
