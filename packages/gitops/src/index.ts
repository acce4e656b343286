// What the actions and the other packages use; the rest of the package is reached through these.

export { openScratchClone, type ScratchClone, withScratchClone } from './clone';
export { deployToGitOps } from './deploy';
export { readDeployDependencies } from './deploy-dependencies';
export { DeployCancelledError } from './deploy-land';
export { checkDeployOrder } from './deploy-order';
export { planDeploy, renderMessageTemplate } from './deploy-plan';
export {
  enforceDeployPolicy,
  evidenceAccessFromContext,
  type PolicyGateOptions,
  type PolicyVerdict,
  readPolicyAt,
  readRepositoryPolicy,
} from './deploy-policy';
export type { DeployDependencies, DeployRequest, DeployResult, DeployTuning } from './deploy-request';
export { type Deployment, type DeploymentTrail, TRAILER_KEYS } from './deployment';
export * from './dora';
export {
  type EnvironmentEntry,
  environmentContentProblem,
  readDirectoryEntries,
  readEnvironmentEntriesAt,
  requireEnvironmentContent,
} from './environment-content';
export {
  createGit,
  type Git,
  maskToken,
  ownerAndName,
  type RepositoryAccess,
  repositoryAccess,
  resolveRepositoryAccess,
  resolveRepositoryUrl,
} from './git';
export {
  DEPLOYMENT_LOG_FORMAT,
  type DeploymentFilter,
  findLandedCommit,
  parseDeploymentLog,
  readAllDeployments,
  readDeployments,
  readDeploymentsFromClone,
} from './history';
export * from './kustomization';
export { type CommitSigning, writeCommit, writePathCommits } from './objects';
export * from './promote';
export { fetchBranch, remoteDefaultBranch, remoteTrackingRef } from './refs';
export * from './report';
export * from './report-summary';
export { gitopsRepositoryIdentity } from './repository-identity';
export * from './rollback';
export {
  checkDeployRules,
  type DeployIntent,
  type DeployRuleContext,
  mayQueue,
  RULE_FILES,
  type RuleDecision,
} from './rules';
export { type SigningKeyOptions, withSigningKey } from './signing-key';
export * from './source-time';
export * from './trailers';
export { confineDeployPath, confineRepositoryPath, listSourceFiles } from './write-tree';
