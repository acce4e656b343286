import { deployStatementSigner, readDeployStatementSigning, readPolicyAttestationVerifier } from '@shipgate/attest';
import type { InputReader, Runtime } from '@shipgate/core';
import { evidenceAccessFromContext } from './deploy-policy';
import type { DeployDependencies } from './deploy-request';

/**
 * What a deploy runs with, as gitops-commit and rollback read it from their inputs and the run:
 * the runtime's exec, log and cancellation, the approval evidence reader (input `github-token`),
 * the policy's attestation verifier, and the run's keyless deploy statement signer.
 */
export function readDeployDependencies(runtime: Runtime, inputs: InputReader): DeployDependencies {
  const githubToken = inputs.optional('github-token');
  if (githubToken) runtime.setSecret(githubToken);
  // Used only when the GitOps policy requires attestations or a scan pass for the environment written.
  const verifyAttestations = readPolicyAttestationVerifier({
    inputs,
    setSecret: runtime.setSecret,
    log: runtime.log,
    serverUrl: runtime.context.serverUrl,
  });
  // Keyless as this run: what an environment review of the run approved (see the README's threat model).
  const statementSigning = readDeployStatementSigning({
    inputs,
    env: runtime.env,
    setSecret: runtime.setSecret,
    idToken: runtime.idToken,
  });
  return {
    exec: runtime.exec,
    env: runtime.env,
    log: runtime.log,
    setSecret: runtime.setSecret,
    signal: runtime.signal,
    evidence: evidenceAccessFromContext(githubToken, runtime.context),
    ...(verifyAttestations ? { verifyAttestations } : {}),
    ...(statementSigning
      ? { deployStatement: deployStatementSigner(statementSigning.signing, statementSigning.always) }
      : {}),
  };
}
