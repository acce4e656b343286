/**
 * The verifier's check of a deploy statement (see deploy-statement.ts): the signature against the
 * trusted root, the run the certificate names, and the content the statement names.
 */
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { type Signer, toSignedEntity, Verifier } from '@sigstore/verify';
import {
  DEPLOY_STATEMENT_PREDICATE,
  type DeployContent,
  type DeployPredicate,
  deployStatement,
} from './deploy-statement';
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_TYPE, type Statement } from './statement';
import type { TrustPolicy } from './trust';
import { trustMaterial } from './trust-material';
import { decodeUtf8String, GITHUB_ACTIONS_ISSUER } from './verify';

const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_RUN_INVOCATION_URI = '1.3.6.1.4.1.57264.1.21';

export interface ExpectedDeploy extends DeployContent {
  /** The deploy's `Shipgate-Run` (`…/actions/runs/<id>`, optionally `/attempts/<n>`): the approved run. */
  runUrl: string;
}

/**
 * Why `bundle` does not bind `expected` to its run, as one clause; `undefined` when it does: the
 * signature verifies against the trusted root (keyless only: a key cannot name a run), the
 * certificate's issuer is GitHub Actions' and its run invocation URI names the `Shipgate-Run` run,
 * and the statement names exactly this repository, path, tree, config hash and digests.
 */
export function deployStatementProblem(
  bundle: SerializedBundle,
  trust: TrustPolicy,
  expected: ExpectedDeploy,
  options: { issuer?: string } = {},
): string | undefined {
  if (trust.mode !== 'keyless') return 'its deploy statement cannot be verified with a key: the run signs it keyless';
  const envelope = bundle.dsseEnvelope;
  if (!envelope || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return 'its deploy statement is no in-toto DSSE envelope';
  const verifier = new Verifier(trustMaterial(trust), trust.thresholds);
  let signer: Signer;
  try {
    signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)));
  } catch (error) {
    return `its deploy statement's signature does not verify against the trusted root (${(error as Error).message})`;
  }
  const extension = (oid: string) =>
    decodeUtf8String(signer.identity?.oids?.find((entry) => entry.oid?.id.join('.') === oid)?.value);
  const issuer = options.issuer ?? GITHUB_ACTIONS_ISSUER;
  const certIssuer = signer.identity?.extensions?.issuer ?? extension(OID_ISSUER_V2);
  if (certIssuer !== issuer)
    return `its deploy statement was signed by ${certIssuer ?? 'an unknown issuer'}, not ${issuer}`;
  const invocation = extension(OID_RUN_INVOCATION_URI);
  if (!invocation) return 'its deploy statement certificate names no run (no run invocation URI)';
  if (!sameRun(invocation, expected.runUrl)) {
    return `its deploy statement was signed by run ${invocation}, not by the approved run ${expected.runUrl || '(no Shipgate-Run)'}`;
  }
  let statement: Statement<Partial<DeployPredicate>>;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
  } catch {
    return 'its deploy statement is not JSON';
  }
  if (statement._type !== IN_TOTO_STATEMENT_TYPE || statement.predicateType !== DEPLOY_STATEMENT_PREDICATE) {
    return `its deploy statement is a ${String(statement.predicateType)} statement, not ${DEPLOY_STATEMENT_PREDICATE}`;
  }
  const signed = statement.predicate ?? {};
  const want = deployStatement(expected).predicate;
  const subjectTree = statement.subject?.[0]?.digest?.gitTree;
  const differs: string[] = [];
  if (signed.repository !== want.repository) differs.push(`repository ${signed.repository} (not ${want.repository})`);
  if (signed.path !== want.path) differs.push(`path ${signed.path} (not ${want.path})`);
  if (signed.treeId !== want.treeId || subjectTree !== want.treeId)
    differs.push(`tree ${signed.treeId} (not ${want.treeId})`);
  if (signed.configHash !== want.configHash) differs.push(`config hash ${signed.configHash} (not ${want.configHash})`);
  if (JSON.stringify(signed.digests) !== JSON.stringify(want.digests))
    differs.push(`digests ${(signed.digests ?? []).join(', ')} (not ${want.digests.join(', ')})`);
  if (differs.length > 0) return `its deploy statement names other content: ${differs.join('; ')}`;
  return undefined;
}

/** `…/actions/runs/<id>/attempts/<n>` names the run `…/actions/runs/<id>` (any attempt) or exactly that attempt. */
function sameRun(invocation: string, runUrl: string): boolean {
  const run = runUrl.replace(/\/+$/, '');
  if (!/\/actions\/runs\/\d+(\/attempts\/\d+)?$/.test(run)) return false;
  if (/\/attempts\/\d+$/.test(run)) return invocation === run;
  return invocation.replace(/\/attempts\/\d+$/, '') === run && /\/attempts\/\d+$/.test(invocation);
}
