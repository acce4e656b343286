export const id = 973;
export const ids = [973];
export const modules = {

/***/ 72887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ verifyApprovalBinding),
/* harmony export */   Vh: () => (/* binding */ readApprovalRecord),
/* harmony export */   Ye: () => (/* binding */ writeApprovalRecord),
/* harmony export */   kj: () => (/* binding */ APPROVAL_RECORD_SCHEMA)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85851);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);

const APPROVAL_RECORD_SCHEMA = 'shipgate.dev/approval-record/v2';
async function readApprovalRecord(path, inputName = 'approval-record') {
    const parsed = await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFileInput */ .lD)(path, inputName);
    const record = parsed;
    if (parsed?.schema === 'shipgate.dev/approval-record/v1') {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "${inputName}" names ${path}, a v1 approval record, which points at no evidence; run approval-gate again.`);
    }
    if (record?.schema !== APPROVAL_RECORD_SCHEMA ||
        !Array.isArray(record.imageRefs) ||
        typeof record.configHash !== 'string' ||
        !isEvidence(record.evidence)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "${inputName}" names ${path}, which is not a Shipgate approval record pointing at GitHub evidence.`);
    }
    return record;
}
function isEvidence(value) {
    const evidence = value;
    if (!evidence || typeof evidence.repository !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(evidence.repository))
        return false;
    if (evidence.kind === 'issue')
        return Number.isInteger(evidence.issueNumber) && Array.isArray(evidence.commentIds);
    if (evidence.kind === 'environment')
        return Number.isInteger(evidence.runId) && typeof evidence.environment === 'string';
    return false;
}
/**
 * Throws a `ConfigurationError` unless `record` approves exactly this deployment: same app and
 * environment, approved, the same image digests, the same config hash.
 */
function verifyApprovalBinding(record, binding, inputName = 'approval-record') {
    const fail = (why) => {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "${inputName}" does not approve this deployment: ${why}.`);
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
    const { mkdir, writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { dirname } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
    return path;
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

/***/ 95174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ readRepositoryPolicy),
/* harmony export */   PD: () => (/* binding */ parsePolicyBlob),
/* harmony export */   XT: () => (/* binding */ evidenceAccessFromContext),
/* harmony export */   a2: () => (/* binding */ enforceDeployPolicy),
/* harmony export */   hz: () => (/* binding */ requireEnvironmentOfPath)
/* harmony export */ });
/* unused harmony export readPolicyAt */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_approvals__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72887);
/* harmony import */ var _shipgate_approvals__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(47023);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30380);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(973);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33904);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23312);
/* harmony import */ var _shipgate_manifests__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84044);
/* harmony import */ var _shipgate_policy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74846);
/* harmony import */ var _shipgate_policy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54763);
/* harmony import */ var _shipgate_policy__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(40500);
/* harmony import */ var _shipgate_policy__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(32573);
/* harmony import */ var _shipgate_trail__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(41915);
/* harmony import */ var _kustomization__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24563);
/* harmony import */ var _repository_identity__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(26279);









/** The policy file on `tip`, with its blob id; `undefined` when the branch has none. */
async function readPolicyAt(git, tip) {
    const found = await git(['rev-parse', '--verify', '--quiet', `${tip}:${_shipgate_policy__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$}`], { ignoreReturnCode: true });
    if (found.exitCode !== 0)
        return undefined;
    const blob = found.stdout.trim();
    const text = (await git(['cat-file', 'blob', blob])).stdout;
    return { policy: parsePolicyBlob(text, blob), blob, text };
}
/** The policy file's text, read from blob `blob`, parsed; errors name the blob. */
function parsePolicyBlob(text, blob) {
    return (0,_shipgate_policy__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .ON)(text, `${_shipgate_policy__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} (blob ${blob.slice(0, 12)})`);
}
/**
 * The policy on a GitOps repository's branch (default: its default branch), read without a
 * checkout: approval-gate's way to the rules gitops-commit will apply. `undefined` when the branch
 * or the file does not exist.
 */
async function readRepositoryPolicy(access) {
    return (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_2__/* .withScratchClone */ .YC)(access, { purpose: 'policy' }, async ({ git }) => {
        const branch = access.branch ?? (await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_3__/* .remoteDefaultBranch */ .Ki)(git)) ?? 'main';
        if (!(await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_4__/* .fetchBranch */ .D_)(git, branch, { filter: 'tree:0' })))
            return undefined;
        const found = await readPolicyAt(git, (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_3__/* .remoteTrackingRef */ .d3)(branch));
        return found ? { ...found, branch } : undefined;
    });
}
/**
 * The policy stage of a deploy: every rule of the GitOps policy on the target branch, applied to
 * the files about to be committed. Throws one ConfigurationError naming the rule that failed.
 */
async function enforceDeployPolicy(found, deploy, options, log) {
    const now = options.now ?? Date.now();
    const rules = requireEnvironmentOfPath(found.policy, deploy.path, options.environment);
    const approvalRules = (0,_shipgate_policy__WEBPACK_IMPORTED_MODULE_5__/* .tightenApprovalRules */ .i)(rules, { requireApproval: options.requireApproval });
    // A kustomization.yaml gitops-commit generated (a rollback restores one) is not approved
    // content: it names the other files and nothing else.
    const content = await (0,_shipgate_manifests__WEBPACK_IMPORTED_MODULE_6__/* .inspectCommittedFiles */ .U)((0,_kustomization__WEBPACK_IMPORTED_MODULE_7__/* .withoutGeneratedKustomization */ .NA)(await Promise.all(deploy.files.map(async (file) => ({
        name: file.relativePath,
        content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file.absolutePath, 'utf8'),
    })))));
    if (options.configHash && options.configHash !== content.configHash) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`Input "config-hash" is ${options.configHash}, but the files in "source-dir" hash to ${content.configHash}; the hash is computed from what is committed.`);
    }
    const deployedDigests = digestsOf(content.images);
    const context = {
        options,
        content,
        now,
        log,
        target: { path: deploy.path, environment: rules?.name ?? options.environment },
    };
    let approvals = [];
    if (approvalRules) {
        const [problem] = content.problems;
        if (problem)
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${problem} (environment "${options.environment}" requires approval).`);
        approvals = await checkApproval(approvalRules, context);
    }
    const scans = rules.scan ? await checkScan(rules, options, content.images, log) : [];
    const breakGlass = await checkFreeze(rules, context);
    if (rules.promoteFrom)
        await checkSoak(rules, deployedDigests, await deploy.history(rules.promoteFrom), now);
    const attestations = [
        ...scans,
        ...(rules.attestations ? await checkAttestations(rules, options, content.images) : []),
    ];
    return {
        attestations,
        policyBlob: found.blob,
        environment: rules,
        approvals,
        ...(breakGlass ? { breakGlass } : {}),
        configHash: content.configHash,
        landsAlone: approvalRules !== undefined || breakGlass !== undefined,
    };
}
/**
 * The environment whose paths hold `path`: with a policy, a deploy writes nowhere else (a path no
 * environment names would deploy without any of its rules; one above an environment's paths would
 * rewrite what lies beside them).
 */
function requireEnvironmentOfPath(policy, path, environment) {
    const rules = (0,_shipgate_policy__WEBPACK_IMPORTED_MODULE_9__/* .resolveDeployEnvironment */ .zJ)(policy, path, environment);
    if (!rules?.paths.some((glob) => (0,_shipgate_policy__WEBPACK_IMPORTED_MODULE_9__/* .pathWithinGlob */ .L6)(path, glob))) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`Input "path" is "${path}", which is not inside any environment's paths in ${policy.source}; with a policy, a deploy writes only where an environment's paths say.`);
    }
    return rules;
}
function digestsOf(images) {
    return [...new Set(images.map((image) => /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1] ?? image))].sort();
}
async function checkApproval(rules, context) {
    const { options, content } = context;
    const record = options.approvalRecord;
    if (!record) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`Input "approval-record" is required: the policy requires approval for environment "${options.environment}".`);
    }
    (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_10__/* .verifyApprovalBinding */ .I9)(record, {
        app: options.app,
        environment: options.environment,
        imageRefs: content.images,
        configHash: content.configHash,
    });
    return readEvidence(record, rules, context);
}
async function readEvidence(record, rules, { options, content, now, log, target }) {
    if (!record.evidence)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('Input "approval-record" points at no GitHub evidence.');
    const access = options.evidence;
    if (!access?.token) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('Input "github-token" is required to re-read the approval evidence at commit time.');
    }
    const client = (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_11__/* .createGitHubClient */ .L)({
        token: access.token,
        baseUrl: access.apiUrl,
        log,
        ...(access.fetch ? { fetch: access.fetch } : {}),
    });
    const verified = await (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_12__/* .verifyApprovalEvidence */ .S7)({
        evidence: record.evidence,
        rules,
        binding: {
            repository: options.repository
                ? (0,_repository_identity__WEBPACK_IMPORTED_MODULE_13__/* .gitopsRepositoryIdentity */ .P)(options.repository, {
                    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
                    ...(options.workspace ? { workspace: options.workspace } : {}),
                })
                : '',
            app: options.app,
            environment: target.environment,
            path: target.path,
            imageRefs: content.images,
            configHash: content.configHash,
            ...((0,_shipgate_trail__WEBPACK_IMPORTED_MODULE_14__/* .sourceCommit */ .g)(options.source) ? { source: (0,_shipgate_trail__WEBPACK_IMPORTED_MODULE_14__/* .sourceCommit */ .g)(options.source) } : {}),
        },
        excluded: [...access.excluded, record.requester],
        ...(access.runId !== undefined ? { currentRunId: access.runId } : {}),
        now,
        ...(access.serverUrl ? { serverUrl: access.serverUrl } : {}),
    }, { client, log });
    return verified.approvals;
}
/**
 * `require: pass`: claims are re-derived. The scan record file and the `scan` input are text any
 * step of the job can write, so they are informational only; what counts is a signed scan
 * attestation of every deployed digest (cosign's vuln predicate, verdict pass, within the scan
 * max-age by its signed time), verified against the workflow's trust and the policy's attestation
 * identity. When the policy's `attestations` rule requires `scan` too, `checkAttestations` verifies it.
 */
async function checkScan(rules, options, images, log) {
    const where = `the policy requires a signed scan pass for environment "${rules.name}"`;
    const claimed = options.scanRecord ? options.scanRecord.verdict : options.scan?.split(';')[0]?.trim();
    if (claimed && claimed !== 'pass') {
        log.warning(`The workflow's own scan verdict is ${claimed}; ${where}, which decides.`);
    }
    if (rules.attestations?.require.includes('scan'))
        return [];
    // The policy's signer (repository, workflow, ref, identity) decides who may sign the scan too.
    return verifyEach(images, where, options.verifyAttestations, { ...rules.attestations, require: ['scan'] }, rules);
}
/** `attestations`: each image the manifests run has them, signed by the identity the policy names. */
async function checkAttestations(rules, options, images) {
    const required = rules.attestations;
    const where = `environment "${rules.name}" requires ${required.require.join(' and ')} attestations`;
    return verifyEach(images, where, options.verifyAttestations, required, rules);
}
/** Each distinct image verified in turn (sorted, so the trailer is stable): `<digest> <what verified>`. */
async function verifyEach(images, where, verify, required, rules) {
    if (!verify)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`Input "trusted-root" or "verify-key" is required: ${where}.`);
    const verified = [];
    for (const image of [...new Set(images)].sort()) {
        const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
        if (!digest)
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${image} is not pinned by digest, but ${where}.`);
        const scanMaxAge = rules.scan?.maxAgeMs !== undefined ? { scanMaxAgeMs: rules.scan.maxAgeMs } : {};
        const result = await verify(image, { ...required, ...scanMaxAge });
        verified.push(`${digest} ${result.trailer}`);
    }
    return verified;
}
/** A freeze window in force refuses the deploy unless a break-glass approver approved it with a reason. */
async function checkFreeze(rules, context) {
    const { options, now, log } = context;
    const freeze = (0,_shipgate_policy__WEBPACK_IMPORTED_MODULE_15__/* .activeFreeze */ .W)(rules, new Date(now));
    if (!freeze)
        return undefined;
    const window = `${freeze.window.reason ?? 'a freeze'} (${freeze.start.toISOString()} to ${freeze.end.toISOString()})`;
    if (!options.breakGlassReason || !options.approvalRecord || rules.breakGlass.length === 0) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`Environment "${rules.name}" is frozen for ${window}; deploying needs a break-glass reason and an approval by a break-glass approver.`);
    }
    const breakers = await readEvidence(options.approvalRecord, { min: 1, approvers: rules.breakGlass, imageApprovers: [], configApprovers: [], allowSelfApproval: false }, context);
    const who = breakers.map((approval) => approval.login).join(', ');
    log.warning(`Breaking the glass of ${window} for environment "${rules.name}": ${who}; ${options.breakGlassReason}`);
    return `${who}; ${options.breakGlassReason}`;
}
/** `promote-from` + `soak`: every digest first ran in the source environment at least `soak` ago. */
async function checkSoak(rules, digests, history, now) {
    const soak = rules.soakMs ?? 0;
    for (const digest of digests) {
        const runs = history.filter((deployment) => deployment.imageRefs.some((ref) => ref.endsWith(`@${digest}`)));
        const first = runs.at(-1);
        if (!first) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${digest} has never been deployed to "${rules.promoteFrom}", and environment "${rules.name}" only takes images promoted from there.`);
        }
        const since = now - Date.parse(first.committedAt);
        if (since < soak) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`${digest} has run in "${rules.promoteFrom}" for ${Math.floor(since / 60_000)} min, less than the soak time environment "${rules.name}" requires.`);
        }
    }
}
/**
 * The evidence access of a deploy step from its GitHub context: the workflow token, the current
 * run, and who may never approve it (the actor, the triggering actor, the pusher and head
 * commit's author from the event payload).
 */
function evidenceAccessFromContext(token, context) {
    if (!token)
        return undefined;
    const payload = context.payload;
    const runId = Number(context.runId);
    return {
        token,
        apiUrl: context.apiUrl,
        serverUrl: context.serverUrl,
        ...(Number.isInteger(runId) && runId > 0 ? { runId } : {}),
        excluded: [
            context.actor,
            context.triggeringActor,
            payload.head_commit?.author?.username,
            payload.pusher?.name,
            payload.pull_request?.user?.login,
        ],
    };
}


/***/ }),

/***/ 54763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ tightenApprovalRules)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

const key = (entry) => entry.replace(/^@/, '').toLowerCase();
function narrowList(policyList, inputList, input) {
    if (!inputList || inputList.length === 0)
        return [...policyList];
    const allowed = new Set(policyList.map(key));
    const extra = inputList.filter((entry) => !allowed.has(key(entry)));
    if (extra.length > 0) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${input}" names ${extra.join(', ')}, whom the policy does not list as ${input}; inputs may only narrow the policy's list.`);
    }
    return [...inputList];
}
/**
 * The environment's approval rules after the workflow's inputs tightened them. An input that
 * would loosen the policy (`require-approval: false`, fewer approvals, approvers it does not list,
 * self-approval it forbids) is a ConfigurationError naming the input.
 */
function tightenApprovalRules(rules, inputs) {
    const policy = rules.approvals && rules.approvals.min > 0 ? rules.approvals : undefined;
    if (!policy) {
        if (inputs.requireApproval !== true)
            return undefined;
        // The workflow asks for approval where the policy does not: its inputs are the rules.
        return {
            min: Math.max(1, inputs.minApprovals ?? 1),
            approvers: [...(inputs.approvers ?? [])],
            imageApprovers: [...(inputs.imageApprovers ?? [])],
            configApprovers: [...(inputs.configApprovers ?? [])],
            allowSelfApproval: inputs.allowSelfApproval ?? false,
        };
    }
    if (inputs.requireApproval === false) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "require-approval" is false, but the policy requires approval for environment "${rules.name}"; inputs may only tighten it.`);
    }
    if (inputs.minApprovals !== undefined && inputs.minApprovals < policy.min) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "min-approvals" is ${inputs.minApprovals}, below the ${policy.min} the policy requires for environment "${rules.name}".`);
    }
    if (inputs.allowSelfApproval === true && !policy.allowSelfApproval) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "allow-self-approval" is true, but the policy forbids self-approval for environment "${rules.name}".`);
    }
    return {
        ...policy,
        min: Math.max(policy.min, inputs.minApprovals ?? 0),
        approvers: narrowList(policy.approvers, inputs.approvers, 'approvers'),
        imageApprovers: narrowList(policy.imageApprovers, inputs.imageApprovers, 'image-approvers'),
        configApprovers: narrowList(policy.configApprovers, inputs.configApprovers, 'config-approvers'),
        allowSelfApproval: policy.allowSelfApproval && inputs.allowSelfApproval !== false,
    };
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
