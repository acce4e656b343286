export { type CiSource, detectSourceContext, parseRemoteUrl, readCiSource, readGitSource } from './ci-context';
export { type GitHubContext, readGitHubContext } from './context';
export { silenceDeprecation } from './deprecations';
export {
  CommandError,
  type CommandFailure,
  ConfigurationError,
  describeError,
  isUserError,
  lastNonEmptyLine,
  ShipgateError,
} from './errors';
export { createExec, type Exec, type ExecOptions, type ExecResult, isOnPath } from './exec';
export { InputReader, splitList } from './inputs';
export { backoffDelay, isRetryableStatus, parseRetryAfter, type RetryOptions, retry, sleep } from './retry';
export { type ActionMain, runAction, runOnGitHub } from './run-action';
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
export { basicAuthForms, SecretMasker } from './secrets';
export { escapeHtml, Summary } from './summary';
