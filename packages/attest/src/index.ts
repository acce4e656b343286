export {
  DEPLOY_STATEMENT_FILE,
  DEPLOY_STATEMENT_PREDICATE,
  DEPLOY_STATEMENT_REF_PREFIX,
  type DeployContent,
  type DeployPredicate,
  deployRepositoryName,
  deployStatement,
  deployStatementRef,
  deployStatementSigner,
  signDeployStatement,
} from './deploy-statement';
export { deployStatementProblem, type ExpectedDeploy } from './deploy-statement-check';
export { postGitHubAttestation, readGitHubAttestations } from './github-store';
export { AttestationError, tokenClaims } from './oidc';
export {
  type AttachedAttestation,
  type AttestDependencies,
  type AttestImageOptions,
  type AttestSettings,
  attestBuild,
  attestImage,
  attestScan,
  copyAttestations,
  type PolicyAttestationRules,
  policyAttestationVerifier,
  policyRequirements,
  prepareSigning,
  type Signing,
  type VerifyImageOptions,
  verifyImageAttestations,
} from './pipeline';
export {
  type AttachBundleOptions,
  type AttachedBundle,
  attachBundle,
  BUNDLE_MEDIA_TYPE,
  listReferrers,
  PREDICATE_TYPE_ANNOTATION,
  type ReferrersListing,
  readBundles,
} from './registry-store';
export { type InventoryPackage, sbomStatement, trivyPackages } from './sbom';
export {
  parseMaxAge,
  readAttestSettings,
  readDeployStatementSigning,
  readPolicyAttestationVerifier,
  readSignerInputs,
  readTrust,
  readVerifySettings,
  type VerifySettings,
} from './settings';
export {
  GITHUB_FULCIO_URL,
  GITHUB_TSA_URL,
  type KeylessSigning,
  type KeySigning,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  parseSigningKey,
  publicKeyHint,
  type SigningSettings,
  signStatement,
} from './sign';
export {
  type AttestationKind,
  GITHUB_WORKFLOW_BUILD_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_TYPE,
  imageSubject,
  PREDICATE_TYPES,
  provenanceStatement,
  type ScanVerdict,
  SLSA_PROVENANCE_PREDICATE,
  type Statement,
  scanStatement,
  VULN_SCAN_PREDICATE,
  type VulnPredicate,
  type WorkflowRun,
  workflowRunFromClaims,
} from './statement';
export { keylessTrust, keyTrust, type TrustPolicy } from './trust';
export {
  AttestationRefusedError,
  type AttestationRequirements,
  type AttestationVerification,
  anchored,
  decodeUtf8String,
  GITHUB_ACTIONS_ISSUER,
  type StoredBundle,
  type VerifiedAttestation,
  verifyAttestations,
} from './verify';
