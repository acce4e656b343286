// The deployment trail: its format (trailers), and reading it back (history, report, DORA metrics).

export { type Deployment, type DeploymentTrail, TRAILER_KEYS } from './deployment';
export * from './dora';
export {
  DEPLOYMENT_LOG_FORMAT,
  type DeploymentFilter,
  findLandedCommit,
  landedCommitAmong,
  parseDeploymentLog,
  type ReadDeploymentsOptions,
  readAllDeployments,
  readDeployments,
  readDeploymentsFromClone,
  readTipHistory,
} from './history';
export * from './report';
export * from './report-summary';
export { parseSource, type SourceReference, sourceCommit } from './source';
export * from './trailers';
