export { type ActionModule, actionLoaders } from './actions';
export { CLI_OPTIONS, type CommandLine, parseCommandLine, resolveInputs, UsageError } from './command-line';
export { appendDotenv, type DotenvFile, dotenvKey, formatDotenv, GITLAB_DOTENV_LIMITS } from './dotenv';
export { formatActionHelp, formatGeneralHelp, formatOutputJson, formatOutputLines } from './format';
export { type ActionCatalog, type CliIo, defaultCatalog, runCli } from './main';
export {
  type ActionMetadata,
  type InputMetadata,
  isLiteralDefault,
  type OutputMetadata,
  parseActionMetadata,
} from './metadata';
