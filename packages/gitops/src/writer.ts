import { readFile, stat } from 'node:fs/promises';
import { ConfigurationError, type Logger } from '@shipgate/core';
import { fetchBranch, type Git, isOnBranch, type RefUpdate, remoteTrackingRef, tipOf } from '@shipgate/git';
import { DEPLOYMENT_LOG_FORMAT, type Deployment, parseDeploymentLog } from '@shipgate/trail';
import { type TreeFile, writeDeployTree } from './deploy-tree';
import { KUSTOMIZATION_FILE, kustomizationFor, wantsKustomization } from './kustomization';
import { announceDeploy, type RequestTrail } from './landing/own-request';
import type { QueuePlace } from './landing/progress';
import { LANDING_QUEUE_PREFIX } from './landing/request';
import { type LandingQueueOptions, LandingQueueSeat } from './landing/seat';
import { type CommitSigning, identAt, writeCommit, writeStatementCommit } from './objects';
import { type PushOutcome, pushRefs } from './push';
import { checkDeployRules, type DeployIntent } from './rules';
import { fetchTipView, inspectPath, readTipView, settleAll, type TipView, tipFilesOf } from './tip-view';
import type { SourceFile } from './write-tree';

/**
 * The writer: lands one planned deploy on the branch, by pushing it alone or through the landing
 * queue, attempt after attempt. Each attempt returns what happened (landed, unchanged, refused, or
 * a retry with the state the next attempt starts from); nothing is signalled by throwing.
 */

/** What the writer needs to know, fixed for the whole deploy. */
export interface WriterContext {
  git: Git;
  /** The GitOps repository's URL (the pull request's repository in that mode). */
  repositoryUrl: string;
  log: Logger;
  deploy: DeployIntent;
  files: readonly SourceFile[];
  message: string;
  prune: boolean;
  /** The `kustomization` setting; `undefined` decides by the path on the tip. */
  kustomization: boolean | undefined;
  mode: 'push' | 'pull-request';
  baseBranch: string;
  pushBranch: string;
  /** Whether a lost race may queue the deploy (see `mayQueue`). */
  queueable: boolean;
  queue: LandingQueueOptions;
  identity: string;
  /** Whether git dates commits by the environment (`datedByEnvironment`): then `commit-tree` writes them. */
  datedByEnvironment: boolean;
  signing?: CommitSigning;
  /** Signs a deploy statement of each commit this writer pushes, pushed with it (see `statementUpdate`). */
  statement?: StatementSigning;
}

/**
 * The deploy statement of a solo writer's commit: signed over the path's tree id (known before the
 * commit is made, and the same for every retry that writes the same files), stored as a commit
 * holding the bundle under `ref(commit)`, and pushed in the same atomic push as the branch, so
 * neither lands without the other. Deploys that carry one land alone, never through the queue.
 */
export interface StatementSigning {
  /** The Sigstore bundle (JSON) of the statement for the path's tree id (empty when the path is removed). */
  sign(treeId: string): Promise<string>;
  /** The ref a commit's statement is pushed to (`refs/shipgate/statements/<commit>`). */
  ref(commitSha: string): string;
  /** The file name of the bundle in the statement commit's tree. */
  file: string;
}

/** An attempt's commit, and what it was built on; a retry after a lost race starts from it. */
export interface BuiltAttempt {
  /** The branch tip the commit has as parent; `undefined` for the first commit of a branch. */
  tip: string | undefined;
  /** The deployments reachable from `tip` (every app and environment), newest first. */
  history: Deployment[];
  /** The tree (or other entry) at the target path in `tip`; `undefined` when there is none. */
  pathTree: string | undefined;
  tree: string;
  /** `<mode> <id>` of the target path in `tree`; `undefined` when the deploy left it empty. */
  ownPathTree: string | undefined;
  /** What the target path holds in `tree`, when that is exactly the files written (a deploy that prunes). */
  pathFiles?: readonly TreeFile[];
  commitSha: string;
}

/** Where the writer stands between attempts. */
export interface WriterState {
  /**
   * The tip the policy stage read (`view` `undefined`: the branch does not exist yet): the first
   * attempt builds on it without fetching again. A lost race starts the next attempt from `last`.
   */
  fresh?: { view: TipView | undefined };
  /** What the last attempt built and pushed; a retry after a lost race starts from it. */
  last?: BuiltAttempt;
  /** Set once this writer's deploy waits in the landing queue. */
  seat?: LandingQueueSeat;
  /**
   * Once the deploy was queued: the request's nonce and the message that carries it. Every later
   * commit of this writer carries it, and a request it posts again keeps it, so however the deploy
   * lands, the trail shows the request spent and a copy of it is not landed.
   */
  request?: RequestTrail;
  /** The tip this writer's last landing push, which failed, was built on. */
  landingTip?: string;
}

export type Settled =
  | { pushed: true; commitSha: string }
  | { pushed: false; tip: string | undefined; refused?: string; unchangedPullRequest?: boolean };

export type AttemptResult =
  | { settled: Settled }
  /**
   * Try again after a backoff, from `state`. `progressed`: the queue moved on meanwhile (the branch
   * is past the tip of our last failed landing): the lost landing is not a rejection of the deploy.
   */
  | { retry: string; state: WriterState; progressed?: boolean }
  /** Another writer lands the queue (ours included): look again after a short wait. */
  | { wait: QueuePlace; state: WriterState };

type BuildOutcome =
  | { built: BuiltAttempt }
  | { unchanged: true; tip: string | undefined }
  | { refused: string; tip: string | undefined }
  /** Our own earlier push landed after all (its reply was lost). */
  | { landed: string };

/** One attempt: a landing round when queued, else fetch, build, push. */
export async function runAttempt(context: WriterContext, state: WriterState, attempt: number): Promise<AttemptResult> {
  const current = state.request ? { ...context, message: state.request.message } : context;
  return state.seat ? landingRound(current, state) : pushAttempt(current, state, attempt);
}

async function pushAttempt(context: WriterContext, state: WriterState, attempt: number): Promise<AttemptResult> {
  const { git, pushBranch } = context;
  const step = state.last
    ? await rebuildAfterRace(context, state.last)
    : state.fresh
      ? await buildOnTip(context, state.fresh.view)
      : await buildOnFreshTip(context);
  if ('landed' in step) return { settled: { pushed: true, commitSha: step.landed } };
  if ('refused' in step) return { settled: { pushed: false, tip: step.tip, refused: step.refused } };
  if ('unchanged' in step) return { settled: { pushed: false, tip: step.tip } };
  const built = step.built;
  if (context.mode === 'pull-request' && (await sameTreeAsRemote(git, pushBranch, built.tree))) {
    return { settled: { pushed: false, tip: built.tip, unchangedPullRequest: true } };
  }
  const updates: RefUpdate[] = [
    context.mode === 'pull-request'
      ? { ref: `refs/heads/${pushBranch}`, from: built.commitSha, force: true }
      : { ref: `refs/heads/${pushBranch}`, from: built.commitSha, base: built.tip ?? '' },
  ];
  if (context.statement) updates.push(await statementUpdate(context, context.statement, built));
  const pushed = await pushRefs(git, updates, { atomic: updates.length > 1 });
  if (pushed.kind === 'pushed') return { settled: { pushed: true, commitSha: built.commitSha } };
  if (pushed.kind === 'fatal') {
    throw new ConfigurationError(`The push to ${pushBranch} was refused by the server: ${pushed.message}`);
  }
  const next: WriterState = { last: built, ...(state.request ? { request: state.request } : {}) };
  if (context.queueable && pushed.kind === 'race') {
    const queued = await queueDeploy(context, built, {
      attempt,
      lost: pushed,
      renewing: state.request,
      sentBefore: state.last?.commitSha === built.commitSha,
    });
    if (queued) Object.assign(next, queued);
  }
  return { retry: pushed.message, state: next };
}

/** The statement ref of `built`'s commit, signed over the tree id of the path in its tree. */
async function statementUpdate(
  context: WriterContext,
  statement: StatementSigning,
  built: BuiltAttempt,
): Promise<RefUpdate> {
  const bundle = await statement.sign(built.ownPathTree?.split(' ')[1] ?? '');
  const from = await writeStatementCommit(context.git, bundle, { file: statement.file, forCommit: built.commitSha });
  // A new commit's statement ref does not exist yet (`base: ''`), so the atomic push stays decidable without git.
  return { ref: statement.ref(built.commitSha), from, base: '' };
}

/**
 * Posts the deploy to the landing queue after a lost race (`renewing`: again, after its request
 * waited too long and was taken back); `undefined` when the queue refused it.
 */
async function queueDeploy(
  context: WriterContext,
  built: BuiltAttempt,
  race: {
    attempt: number;
    lost: Exclude<PushOutcome, { kind: 'pushed' }>;
    renewing: RequestTrail | undefined;
    /** Whether an earlier attempt pushed this same commit: a send whose reply was lost may have landed it. */
    sentBefore: boolean;
  },
): Promise<Pick<WriterState, 'seat' | 'request'> | undefined> {
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
    context.log.info(
      `Could not queue this deploy under ${LANDING_QUEUE_PREFIX} (${'message' in announced.failed ? announced.failed.message : 'push failed'}); re-applying it alone.`,
    );
    return undefined;
  }
  const { nonce, message, ...queued } = announced.queued;
  const seat = new LandingQueueSeat(
    git,
    // This push lost (git or the server refused it), so only an earlier send of the same commit,
    // whose reply never came, can have landed it: only then does a round look for it on the branch.
    {
      ...queued,
      since: built.tip,
      ...(race.sentBefore ? { pushed: built.commitSha } : {}),
    },
    { ...context.queue, message, ...(context.signing ? { signing: context.signing } : {}) },
    Date.now,
  );
  context.log.info(
    `Push attempt ${attempt} lost a race (${lost.message}); queued this deploy ${renewing ? 'again ' : ''}as ${seat.request.ref}, so whichever writer pushes next lands it too.`,
  );
  return { seat, request: { nonce, message } };
}

async function landingRound(context: WriterContext, state: WriterState): Promise<AttemptResult> {
  const { log } = context;
  const seat = state.seat as LandingQueueSeat;
  const round = await seat.round();
  // Going on alone: from scratch, still with the queued message (see `WriterState.request`).
  const done: WriterState = state.request ? { request: state.request } : {};
  switch (round.kind) {
    case 'landed':
      if (round.landedBy === 'another writer') log.info(`Another writer landed this deploy as ${round.commitSha}.`);
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
        throw new ConfigurationError(
          `The push to ${context.pushBranch} was refused by the server: ${round.outcome.message}`,
        );
      }
      return {
        retry: round.outcome.message,
        state: { ...state, landingTip: round.tip },
        progressed: state.landingTip !== undefined && state.landingTip !== round.tip,
      };
  }
}

/** An attempt after the branch was rewritten or gone: fetch commits and the tip's trees, build on the tip. */
async function buildOnFreshTip(context: WriterContext): Promise<BuildOutcome> {
  return buildOnTip(context, await fetchTipView(context.git, context.baseBranch, context.deploy.path));
}

/**
 * Checks the rules on `tip`, writes our files on it and commits; re-reads nothing the view holds.
 * The rules decide before anything is written, and the tree is built without an index
 * (`writeDeployTree`).
 */
async function buildOnTip(context: WriterContext, tip: TipView | undefined): Promise<BuildOutcome> {
  const { git, deploy } = context;
  const sources = await readSourceFiles(context.files);
  const decision = checkDeployRules({
    deploy,
    tip: tip?.commit,
    history: tip?.history ?? [],
    files: filesByPath(sources),
    tipFiles: tipFilesOf(tip),
    landing: 'alone',
  });
  if (decision.verdict === 'fail') throw decision.error;
  if (decision.verdict === 'refuse') return { refused: decision.reason, tip: tip?.commit };
  const kustomization = kustomizationFile(context, tip);
  // The same fast-import writes the commit too, unless it is signed or dated by the environment.
  const ident = context.signing || context.datedByEnvironment ? undefined : identAt(context.identity, Date.now());
  const files = kustomization ? [...sources, kustomization] : sources;
  const { tree, pathTree, commit } = await writeDeployTree(git, {
    parent: tip?.commit,
    path: deploy.path,
    files,
    replace: context.prune,
    ...(ident ? { commit: { message: context.message, ident } } : {}),
  });
  if (tree === tip?.tree) return { unchanged: true, tip: tip.commit };
  const commitSha =
    commit ?? (await writeCommit(git, { tree, parent: tip?.commit, message: context.message }, context.signing));
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
function kustomizationFile(context: WriterContext, tip: TipView | undefined): TreeFile | undefined {
  const text = kustomizationFor(context.files.map((file) => file.relativePath));
  if (text === undefined) return undefined;
  const pathExists = tip?.pathTree !== undefined;
  const hasKustomization = pathExists && tip?.hasKustomization === true;
  if (!wantsKustomization(context.kustomization, { pathExists, hasKustomization })) return undefined;
  return { relativePath: KUSTOMIZATION_FILE, content: Buffer.from(text), executable: false };
}

/** The files as the rules read them: path → bytes. */
function filesByPath(files: readonly TreeFile[]): Map<string, Buffer> {
  return new Map(files.map((file) => [file.relativePath, file.content]));
}

/** The source files' bytes, and whether each is executable (as `git add` would record it). */
async function readSourceFiles(files: readonly SourceFile[]): Promise<TreeFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const [content, stats] = await Promise.all([readFile(file.absolutePath), stat(file.absolutePath)]);
      return { relativePath: file.relativePath, content, executable: (stats.mode & 0o100) !== 0 };
    }),
  );
}

/**
 * After a lost race (or a push whose reply never came): fetch only what is new. When our own commit
 * is on the branch, the earlier push landed after all. Otherwise check the new commits' trail; when
 * none of them touched our path, merge our commit's tree with the new tip's (`merge-tree`: no
 * index, no working tree, no blob read, since the two sides changed different paths) instead of
 * writing and staging the files again, keeping the window between fetch and push short.
 */
async function rebuildAfterRace(context: WriterContext, previous: BuiltAttempt): Promise<BuildOutcome> {
  const { git, baseBranch, deploy } = context;
  const fetched = await fetchBranch(git, baseBranch, { filter: 'blob:none' });
  if (!fetched) return buildOnTip(context, undefined);
  const tracking = remoteTrackingRef(baseBranch);
  // The branch was created meanwhile: everything on it is new to us.
  if (!previous.tip) {
    if (await ownPushLanded(context, previous, () => isOnBranch(git, previous.commitSha, tracking))) {
      return { landed: previous.commitSha };
    }
    return buildOnTip(context, await readTipView(git, tracking, deploy.path, { tipTrees: true, blobsMissing: false }));
  }
  const [{ newest, added, deployments, rewritten }, inspected] = await settleAll([
    readNewCommits(git, baseBranch, previous.tip),
    // Its rule files may be here from an earlier tip: git fetches what is missing.
    inspectPath(git, tracking, deploy.path, { blobsMissing: false }),
  ] as const);
  // Our commit's parent is the old tip, so when it landed it is among the new commits.
  if (await ownPushLanded(context, previous, async () => added.includes(previous.commitSha))) {
    return { landed: previous.commitSha };
  }
  if (rewritten)
    return buildOnTip(context, await readTipView(git, tracking, deploy.path, { tipTrees: true, blobsMissing: false }));
  // The tip did not move (a lock lost to another push, a dropped connection): push it again.
  if (!newest) return { built: previous };
  const history = [...deployments, ...previous.history];
  if (inspected.pathTree === previous.pathTree) {
    const decision = checkDeployRules({
      deploy,
      tip: newest,
      history,
      tipFiles: tipFilesOf(inspected),
      landing: 'alone',
      files: filesByPath(await readSourceFiles(context.files)),
    });
    if (decision.verdict === 'fail') throw decision.error;
    if (decision.verdict === 'refuse') return { refused: decision.reason, tip: newest };
    const tree = await mergeOurPath(git, previous.commitSha, newest);
    if (tree) {
      const commitSha = await writeCommit(git, { tree, parent: newest, message: context.message }, context.signing);
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
  return buildOnTip(context, { ...(await tipOf(git, baseBranch)), history, ...inspected });
}

/** Whether the server took our last push though its reply was lost (push mode: a pull-request branch is forced). */
async function ownPushLanded(
  context: WriterContext,
  previous: BuiltAttempt,
  onBranch: () => Promise<boolean>,
): Promise<boolean> {
  if (context.mode !== 'push' || !(await onBranch())) return false;
  context.log.info(`The server took push ${previous.commitSha} though its reply was lost.`);
  return true;
}

/** Our commit's change merged onto `newest`, renames off (our change replaces one path); `undefined` unless clean. */
async function mergeOurPath(git: Git, ours: string, newest: string): Promise<string | undefined> {
  const merged = await git(
    ['-c', 'merge.renames=false', '-c', 'merge.directoryRenames=false', 'merge-tree', '--write-tree', ours, newest],
    { ignoreReturnCode: true },
  );
  const tree = merged.stdout.split('\n', 1)[0]?.trim() ?? '';
  return merged.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(tree) ? tree : undefined;
}

/**
 * The commits fetched on top of `since`: the newest one (the new tip; `undefined` when the tip did
 * not move), the deployments among them, newest first, and whether `since` is no longer on the
 * branch (it was rewritten: nothing learnt from the old tip may be reused).
 */
async function readNewCommits(
  git: Git,
  branch: string,
  since: string,
): Promise<{ newest: string | undefined; added: string[]; deployments: Deployment[]; rewritten: boolean }> {
  // The symmetric difference marks commits only the old tip reaches with `<`: then the branch was
  // rewritten. In topological order the new tip comes before every other `>` commit (its ancestors).
  const { stdout } = await git([
    'log',
    '-z',
    '--topo-order',
    '--left-right',
    `--format=%m${DEPLOYMENT_LOG_FORMAT}`,
    `${since}...${remoteTrackingRef(branch)}`,
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
    deployments: parseDeploymentLog(added.join('\u0000')),
    rewritten,
  };
}

/** Whether the open pull-request branch already holds exactly this commit's tree (a re-run). */
async function sameTreeAsRemote(git: Git, branch: string, tree: string): Promise<boolean> {
  try {
    if (!(await fetchBranch(git, branch, { filter: 'tree:0' }))) return false;
  } catch {
    return false;
  }
  return (await git(['rev-parse', `${remoteTrackingRef(branch)}^{tree}`])).stdout.trim() === tree;
}
