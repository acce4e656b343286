// What the actions and the other packages use; the rest of the package is reached through these.

export { deployToGitOps } from './deploy';
export { readDeployDependencies } from './deploy-dependencies';
export { DeployCancelledError, StaleDeployError } from './deploy-land';
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
export {
  type DeploymentRecordBody,
  type DeploymentRecordsMode,
  type DeploymentRecordTarget,
  deploymentRecordBodies,
  deploymentRecordTarget,
  recordDeployment,
} from './deployment-records';
export {
  type EnvironmentEntry,
  environmentContentProblem,
  readDirectoryEntries,
  readEnvironmentEntriesAt,
  requireEnvironmentContent,
} from './environment-content';
export * from './kustomization';
export { type CommitSigning, writeCommit, writePathCommits } from './objects';
export * from './promote';
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
export { confineDeployPath, confineRepositoryPath, listSourceFiles } from './write-tree';
