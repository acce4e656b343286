export {
  openScratchClone,
  removeScratchClone,
  type ScratchClone,
  type ScratchCloneAccess,
  type ScratchCloneOptions,
  withScratchClone,
} from './clone';
export { commitTime, commitTimes, parseCommitTimes } from './commit-time';
export {
  type FetchFilter,
  type FetchOptions,
  fetch,
  fetchBranch,
  fetchBranchWithTipTrees,
  fetchCommitsAt,
  fetchMirrors,
  fetchTipTrees,
} from './fetch';
export {
  createGit,
  type Git,
  GitCommandError,
  type GitOptions,
  type GitRemote,
  gitFailureLine,
  isTransientGitFailure,
  type PushFromProcess,
  READ_RETRY,
  type ReadRetry,
  TRANSIENT_GIT_FAILURE,
  withheldEnvironment,
} from './git';
export {
  fetchBranchOverHttp,
  fetchCommitsOverHttp,
  fetchHistoryOverHttp,
  fetchObjectsOverHttp,
  listRefsOverHttp,
  mirrorRefsOverHttp,
  type RefMirror,
  readHistoryOverHttp,
} from './http-fetch';
export { decidableOverHttp, pushOverHttp } from './http-push';
export { type HttpAnswer, type HttpSend, nodeHttpSend } from './node-http';
export {
  batch,
  batchCheck,
  listTrees,
  type ObjectInfo,
  ObjectReader,
  parseBatch,
  parseBatchCheck,
  parseTreeListings,
  type TreeEntry,
} from './objects';
export { type GitObject, gitObjectId, packOf, storePack, type TreeItem, treeBody } from './pack-file';
export { applyDelta, readPack, UnreadablePack } from './pack-read';
export { type PushedRef, type PushOptions, parsePushPorcelain, push, type RefUpdate } from './push';
export {
  isOnBranch,
  listRemoteRefs,
  parseSymref,
  remoteBranchExists,
  remoteDefaultBranch,
  remoteTrackingRef,
  tipOf,
} from './refs';
export {
  GIT_TOKEN_USERNAME,
  gitAuthEnvironment,
  maskToken,
  ownerAndName,
  type RepositoryAccess,
  repositoryAccess,
  resolveRepositoryAccess,
  resolveRepositoryUrl,
  type SecretSink,
} from './repository';
export { type LsTreeEntry, type LsTreeOptions, lsTree, parseLsTree, readFilesAt, readTreeFiles } from './tree';
