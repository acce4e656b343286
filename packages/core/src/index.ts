export { abortableSleep } from './abortable-sleep';
export { CANCEL_CLEANUP_MS, cancelOnSignals, type SignalCancellation, StepCancelledError } from './cancel-on-signals';
export { type CiSource, detectSourceContext, parseRemoteUrl, readCiSource, readGitSource } from './ci-context';
export {
  type CommitAuthor,
  ciCommitAuthor,
  commitAuthorInputs,
  GITHUB_ACTIONS_AUTHOR,
  SHIPGATE_AUTHOR,
} from './commit-author';
export { type GitHubContext, readGitHubContext } from './context';
export { silenceDeprecation } from './deprecations';
export {
  CommandError,
  type CommandFailure,
  ConfigurationError,
  describeError,
  type FileLocation,
  isUserError,
  lastNonEmptyLine,
  meaningfulStderrLines,
  ShipgateError,
  STDERR_REASON_BOUNDS,
} from './errors';
export {
  BASE_TOOL_ENV,
  childEnvironment,
  createExec,
  type Exec,
  type ExecOptions,
  type ExecResult,
  isOnPath,
  TOOL_ENVIRONMENTS,
} from './exec';
export * from './github-client';
export {
  formatBytes,
  MAX_RECORD_FILE_BYTES,
  MAX_REPORT_FILE_BYTES,
  readJsonFileInput,
  recordFileInput,
  requireFileSizeWithin,
} from './input-files';
export { InputReader, requireBranchName, splitList } from './inputs';
export { proxiedFetch, proxyConfigured } from './proxy';
export { backoffDelay, isRetryableStatus, parseRetryAfter, type RetryOptions, retry, sleep } from './retry';
export { type ActionMain, annotationAt, runAction, runOnGitHub } from './run-action';
export {
  type AnnotationProperties,
  formatOutput,
  type Logger,
  type OutputValue,
  type Runtime,
  silentLogger,
} from './runtime';
export { type CliRuntime, type CliRuntimeOptions, cliInputVariable, createCliRuntime } from './runtimes/cli';
export { createMemoryRuntime, type LogEntry, type MemoryRuntime, type MemoryRuntimeOptions } from './runtimes/memory';
export { basicAuthForms, refuseSecretsInCommittedInputs, SecretMasker } from './secrets';
export { escapeHtml, Summary } from './summary';
