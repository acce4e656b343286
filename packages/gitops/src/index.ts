// What the actions and the other packages use; the rest of the package is reached through these.

export { type DeployOptions, type DeployResult, deployToGitOps, planDeploy, renderMessageTemplate } from './deploy';
export { checkDeployOrder } from './deploy-order';
export {
  enforceDeployPolicy,
  evidenceAccessFromContext,
  type PolicyGateOptions,
  type PolicyVerdict,
  readPolicyAt,
  readRepositoryPolicy,
} from './deploy-policy';
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
