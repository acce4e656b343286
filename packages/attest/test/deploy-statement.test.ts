/**
 * Deploy statements against @sigstore/mock's Fulcio, whose certificates carry the GitHub
 * extensions it derives from the OIDC token's claims: issuer (1.1, 1.8), source repository (1.12),
 * and the run invocation URI (1.21) `https://github.com/<repository>/actions/runs/<run_id>/attempts/<run_attempt>`.
 * Each content field, the run, the issuer and the trust are changed one at a time.
 */
import { generateKeyPairSync } from 'node:crypto';
import { ConfigurationError, createMemoryRuntime, InputReader } from '@shipgate/core';
import type { SerializedBundle } from '@sigstore/bundle';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  githubClaims,
  keylessSigning,
  oidcEnvironment,
  sigstoreInputs,
  startSigstore,
  type TestSigstore,
} from '../../../test/support/sigstore';
import {
  type DeployContent,
  deployRepositoryName,
  deployStatement,
  deployStatementProblem,
  type ExpectedDeploy,
  type KeylessSigning,
  keylessTrust,
  keyTrust,
  readDeployStatementSigning,
  signDeployStatement,
  signStatement,
} from '../src';

const CONTENT: DeployContent = {
  repository: 'acme/gitops',
  path: 'apps/web/production',
  treeId: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  configHash: `sha256:${'c'.repeat(64)}`,
  digests: [`sha256:${'b'.repeat(64)}`, `sha256:${'a'.repeat(64)}`],
};
const RUN = 'https://github.com/acme/web/actions/runs/123';
const EXPECTED: ExpectedDeploy = { ...CONTENT, runUrl: RUN };

let sigstore: TestSigstore;
let otherSigstore: TestSigstore;
let bundle: SerializedBundle;

beforeAll(async () => {
  [sigstore, otherSigstore] = await Promise.all([startSigstore(), startSigstore()]);
  bundle = await signDeployStatement(CONTENT, keylessSigning(sigstore) as KeylessSigning);
});
afterAll(async () => {
  await Promise.all([sigstore?.stop(), otherSigstore?.stop()]);
});

const trust = () => keylessTrust(JSON.stringify(sigstore.trustedRoot));

describe('deployStatementProblem', () => {
  test('the statement signed by run 123 binds exactly this content to it (any attempt, or the attempt named)', () => {
    expect(deployStatementProblem(bundle, trust(), EXPECTED)).toBeUndefined();
    expect(deployStatementProblem(bundle, trust(), { ...EXPECTED, runUrl: `${RUN}/attempts/1` })).toBeUndefined();
    // The repository is compared as owner/name, however the input spelled it.
    expect(
      deployStatementProblem(bundle, trust(), { ...EXPECTED, repository: 'https://github.com/Acme/GitOps.git' }),
    ).toBeUndefined();
  });

  test.each([
    ['another run', `https://github.com/acme/web/actions/runs/124`],
    ['the same run id in another repository', 'https://github.com/acme/other/actions/runs/123'],
    ['another attempt of the run', `${RUN}/attempts/2`],
    ['no Shipgate-Run', ''],
    ['a run URL with a suffix', `${RUN}9`],
  ])('%s is not the signing run', (_name, runUrl) => {
    expect(deployStatementProblem(bundle, trust(), { ...EXPECTED, runUrl })).toMatch(
      /^its deploy statement was signed by run https:\/\/github\.com\/acme\/web\/actions\/runs\/123\/attempts\/1, not by the approved run /,
    );
  });

  test.each([
    ['repository', { repository: 'acme/other-gitops' }, /repository acme\/gitops \(not acme\/other-gitops\)/],
    ['path', { path: 'apps/web/staging' }, /path apps\/web\/production \(not apps\/web\/staging\)/],
    ['tree', { treeId: 'f'.repeat(40) }, /tree 4b825dc6.* \(not f{40}\)/],
    ['config hash', { configHash: `sha256:${'d'.repeat(64)}` }, /config hash sha256:c{64} \(not sha256:d{64}\)/],
    [
      'one more digest',
      { digests: [...CONTENT.digests, `sha256:${'e'.repeat(64)}`] },
      /^its deploy statement names other content: digests /,
    ],
    [
      'one digest fewer',
      { digests: [`sha256:${'a'.repeat(64)}`] },
      /^its deploy statement names other content: digests /,
    ],
  ])('other content (%s) is refused', (_name, change, message) => {
    expect(deployStatementProblem(bundle, trust(), { ...EXPECTED, ...change })).toMatch(message);
  });

  test('a statement signed under another Sigstore does not verify', async () => {
    const other = await signDeployStatement(CONTENT, keylessSigning(otherSigstore) as KeylessSigning);
    expect(deployStatementProblem(other, trust(), EXPECTED)).toMatch(
      /^its deploy statement's signature does not verify against the trusted root/,
    );
  });

  test('a payload changed after signing does not verify', () => {
    const statement = deployStatement({ ...CONTENT, treeId: 'f'.repeat(40) });
    const tampered = structuredClone(bundle);
    tampered.dsseEnvelope!.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    expect(deployStatementProblem(tampered, trust(), { ...EXPECTED, treeId: 'f'.repeat(40) })).toMatch(
      /signature does not verify/,
    );
  });

  test('another issuer than GitHub Actions is refused', async () => {
    const other = await signDeployStatement(
      CONTENT,
      keylessSigning(sigstore, githubClaims({ iss: 'https://accounts.example.com' })) as KeylessSigning,
    );
    expect(deployStatementProblem(other, trust(), EXPECTED)).toBe(
      'its deploy statement was signed by https://accounts.example.com, not https://token.actions.githubusercontent.com',
    );
  });

  test('a certificate that names no run is refused', async () => {
    const { run_id: _run, ...claims } = githubClaims();
    const other = await signDeployStatement(
      CONTENT,
      keylessSigning(sigstore, claims as Record<string, string>) as KeylessSigning,
    );
    expect(deployStatementProblem(other, trust(), EXPECTED)).toBe(
      'its deploy statement certificate names no run (no run invocation URI)',
    );
  });

  test('key trust cannot name a run, and another statement type is refused', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = keyTrust(publicKey.export({ format: 'pem', type: 'spki' }).toString());
    expect(deployStatementProblem(bundle, key, EXPECTED)).toBe(
      'its deploy statement cannot be verified with a key: the run signs it keyless',
    );
    const scan = await signStatement(
      { ...deployStatement(CONTENT), predicateType: 'https://cosign.sigstore.dev/attestation/vuln/v1' },
      keylessSigning(sigstore),
    );
    expect(deployStatementProblem(scan, trust(), EXPECTED)).toMatch(
      /is a https:\/\/cosign\.sigstore\.dev\/attestation\/vuln\/v1 statement/,
    );
  });

  test('deployRepositoryName spells URLs and names alike', () => {
    expect(deployRepositoryName('Acme/GitOps')).toBe('acme/gitops');
    expect(deployRepositoryName('https://github.com/acme/gitops.git/')).toBe('acme/gitops');
    expect(deployRepositoryName('http://127.0.0.1:4000/git/acme/gitops.git')).toBe('acme/gitops');
  });
});

describe("readDeployStatementSigning: gitops-commit's deploy-statement input", () => {
  function read(inputs: Record<string, string>, env: Record<string, string> = {}) {
    const runtime = createMemoryRuntime({ inputs, env });
    const settings = readDeployStatementSigning({
      inputs: new InputReader(runtime),
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '', ...env },
      setSecret: runtime.setSecret,
      idToken: runtime.idToken,
    });
    return { settings, runtime };
  }

  test('auto without an OIDC token signs nothing; false never signs', () => {
    expect(read({}).settings).toBeUndefined();
    expect(read({ 'deploy-statement': 'false' }, oidcEnvironment(sigstore)).settings).toBeUndefined();
  });

  test('auto with a token signs the deploys that need it, true all; the token is requested only to sign', async () => {
    const issued = sigstore.issuedTokens.length;
    const auto = read(sigstoreInputs(sigstore), oidcEnvironment(sigstore));
    expect(auto.settings?.always).toBe(false);
    expect(auto.runtime.masker.mask(sigstore.tokenRequestToken)).not.toContain(sigstore.tokenRequestToken);
    const always = read({ ...sigstoreInputs(sigstore), 'deploy-statement': 'true' }, oidcEnvironment(sigstore));
    expect(always.settings?.always).toBe(true);
    expect(sigstore.issuedTokens.length).toBe(issued);
    sigstore.claims = githubClaims();
    const signed = await signDeployStatement(CONTENT, always.settings!.signing);
    expect(sigstore.issuedTokens.length).toBe(issued + 1);
    expect(deployStatementProblem(signed, trust(), EXPECTED)).toBeUndefined();
  });

  test.each([
    [{ 'deploy-statement': 'yes' }, {}, 'Input "deploy-statement" must be auto, true or false, got "yes".'],
    [
      { 'deploy-statement': 'true' },
      {},
      'Input "deploy-statement" is true, but the job has no OIDC token (grant "permissions: id-token: write").',
    ],
  ])('%j is refused in one sentence naming the input', (inputs, env, message) => {
    expect(() => read(inputs, env)).toThrow(ConfigurationError);
    expect(() => read(inputs, env)).toThrow(message);
  });
});
