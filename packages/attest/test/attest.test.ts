import { generateKeyPairSync } from 'node:crypto';
import { createMemoryRuntime } from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import { parsePolicy } from '@shipgate/policy';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import {
  githubClaims,
  keylessSigning,
  oidcEnvironment,
  startSigstore,
  type TestSigstore,
} from '../../../test/support/sigstore';
import { pushSmallImage } from '../../gitops/test/promote-image';
import {
  AttestationRefusedError,
  attachBundle,
  BUNDLE_MEDIA_TYPE,
  keylessTrust,
  keyTrust,
  listReferrers,
  PREDICATE_TYPE_ANNOTATION,
  parseSigningKey,
  policyAttestationVerifier,
  provenanceStatement,
  readBundles,
  type SigningSettings,
  SLSA_PROVENANCE_PREDICATE,
  type Statement,
  sbomStatement,
  scanStatement,
  signStatement,
  tokenClaims,
  trivyPackages,
  VULN_SCAN_PREDICATE,
  verifyAttestations,
  workflowRunFromClaims,
} from '../src';

let registry: TestRegistry;
let sigstore: TestSigstore;
let otherSigstore: TestSigstore;
const client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });
const SAN = 'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main';
const requirements = {
  require: ['provenance', 'scan'] as const,
  identity: { exact: SAN },
  sourceRepository: 'acme/web',
  sourceOwner: 'acme',
  scanMaxAgeMs: 7 * 86_400_000,
};

beforeAll(async () => {
  // A fixed CA clock: some tests sign with the TSA alone (see test/support/sigstore.ts).
  [registry, sigstore, otherSigstore] = await Promise.all([
    startRegistry(),
    startSigstore({ fixedClock: true }),
    startSigstore({ fixedClock: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([registry?.stop(), sigstore?.stop(), otherSigstore?.stop()]);
});

const keyless = keylessSigning;

function provenance(imageRef: string, claims = githubClaims()): Statement {
  return provenanceStatement(imageRef, workflowRunFromClaims(claims, 'https://github.com'));
}

function scan(imageRef: string, verdict: 'pass' | 'fail' = 'pass', finishedAt = new Date().toISOString()): Statement {
  return scanStatement(imageRef, {
    verdict,
    counts: { critical: 0, high: verdict === 'pass' ? 0 : 1, medium: 2, low: 0, unknown: 0 },
    policy: { severityThreshold: 'high', ignoreUnfixed: false },
    scanner: { name: 'trivy', version: '0.58.1' },
    finishedAt,
  });
}

async function attest(imageRef: string, statement: Statement, signing: SigningSettings = keyless(sigstore)) {
  const bundle = await signStatement(statement, signing);
  await attachBundle({ imageRef, bundle, predicateType: statement.predicateType, registry: client, settleMs: 0 });
  return bundle;
}

let counter = 0;
async function freshImage(): Promise<string> {
  counter++;
  return pushSmallImage(registry.host, `attest/app${counter}`, `marker-${counter}`);
}

function digestOf(imageRef: string): string {
  return imageRef.slice(imageRef.indexOf('@') + 1);
}

describe('keyless attestations in the registry', () => {
  test('provenance and scan bundles are attached as OCI referrers and verify', async () => {
    const imageRef = await freshImage();
    const bundle = await attest(imageRef, provenance(imageRef));
    await attest(imageRef, scan(imageRef));
    expect(bundle.mediaType).toBe(BUNDLE_MEDIA_TYPE);
    expect(bundle.verificationMaterial?.certificate).toBeDefined();

    const listing = await listReferrers(client, imageRef);
    expect(listing.via).toBe('tag-index');
    expect(listing.index.manifests.map((entry) => entry.annotations?.[PREDICATE_TYPE_ANNOTATION]).sort()).toEqual([
      VULN_SCAN_PREDICATE,
      SLSA_PROVENANCE_PREDICATE,
    ]);
    expect(
      listing.index.manifests.every((entry) => (entry as { artifactType?: string }).artifactType === BUNDLE_MEDIA_TYPE),
    ).toBe(true);

    const bundles = await readBundles(client, imageRef);
    const result = verifyAttestations(
      digestOf(imageRef),
      bundles,
      keylessTrust(JSON.stringify(sigstore.trustedRoot)),
      requirements,
    );
    expect(result.verified.map((entry) => entry.kind)).toEqual(['provenance', 'scan']);
    expect(result.verified[0]?.signer).toBe(SAN);
    expect(result.trailer).toMatch(
      new RegExp(`^provenance, scan \\(pass [^)]+\\); signer ${SAN.replace(/[.]/g, '\\.')}$`),
    );

    const statement = JSON.parse(
      Buffer.from(bundles[0]!.bundle.dsseEnvelope!.payload, 'base64').toString(),
    ) as Statement<{
      buildDefinition: { buildType: string; externalParameters: { workflow: Record<string, string> } };
    }>;
    const provenanceOne = statement.predicateType === SLSA_PROVENANCE_PREDICATE ? statement : undefined;
    if (provenanceOne) {
      expect(provenanceOne.predicate.buildDefinition.buildType).toBe(
        'https://actions.github.io/buildtypes/workflow/v1',
      );
      expect(provenanceOne.predicate.buildDefinition.externalParameters.workflow).toEqual({
        ref: 'refs/heads/main',
        repository: 'https://github.com/acme/web',
        path: '.github/workflows/ci.yml',
      });
    }
    expect(provenanceOne?.subject).toEqual([
      { name: `${registry.host}/attest/app${counter}`, digest: { sha256: digestOf(imageRef).slice(7) } },
    ]);
  });

  test.each([
    ['a timestamp authority alone (GitHub instance)', 'tsa'],
    ['Rekor and a timestamp authority', 'both'],
  ] as const)('keyless with %s verifies', async (_name, witness) => {
    const imageRef = await freshImage();
    const bundle = await signStatement(provenance(imageRef), keylessSigning(sigstore, githubClaims(), witness));
    expect(Boolean(bundle.verificationMaterial?.timestampVerificationData?.rfc3161Timestamps?.length)).toBe(true);
    expect(Boolean(bundle.verificationMaterial?.tlogEntries?.length)).toBe(witness === 'both');
    const root = { ...sigstore.trustedRoot, ...(witness === 'tsa' ? { tlogs: [] } : {}) };
    const result = verifyAttestations(
      digestOf(imageRef),
      [{ bundle, source: 'test' }],
      keylessTrust(JSON.stringify(root)),
      {
        ...requirements,
        require: ['provenance'],
      },
    );
    expect(result.verified).toHaveLength(1);
    // The same bundle against a root that demands a transparency log entry is refused.
    if (witness === 'tsa') {
      expect(() =>
        verifyAttestations(
          digestOf(imageRef),
          [{ bundle, source: 'test' }],
          keylessTrust(JSON.stringify(sigstore.trustedRoot)),
          {
            ...requirements,
            require: ['provenance'],
          },
        ),
      ).toThrow(/its signature does not verify against the trusted root/);
    }
  });

  test('concurrent attaches to one digest all survive in the fallback index (Debian registry ignores If-Match)', async () => {
    const imageRef = await freshImage();
    const statements = [
      provenance(imageRef),
      scan(imageRef),
      scan(imageRef, 'fail'),
      provenance(imageRef, githubClaims({ run_id: '124' })),
    ];
    const bundles = await Promise.all(statements.map((statement) => signStatement(statement, keyless(sigstore))));
    const attached = await Promise.all(
      bundles.map((bundle, index) =>
        attachBundle({
          imageRef,
          bundle,
          predicateType: statements[index]!.predicateType,
          registry: client,
          settleMs: 100,
        }),
      ),
    );
    const listed = (await listReferrers(client, imageRef)).index.manifests.map((entry) => entry.digest).sort();
    expect(new Set(attached.map((entry) => entry.digest)).size).toBe(4);
    expect(listed).toEqual(attached.map((entry) => entry.digest).sort());
  });
});

describe('verification refuses, naming the rule', () => {
  let imageRef: string;
  let good: { provenance: Awaited<ReturnType<typeof signStatement>>; scan: Awaited<ReturnType<typeof signStatement>> };
  const trust = () => keylessTrust(JSON.stringify(sigstore.trustedRoot));
  const check = (bundles: Array<Awaited<ReturnType<typeof signStatement>>>, overrides = {}) =>
    verifyAttestations(
      digestOf(imageRef),
      bundles.map((bundle, index) => ({ bundle, source: `bundle-${index}` })),
      trust(),
      { ...requirements, ...overrides },
    );

  beforeAll(async () => {
    imageRef = await freshImage();
    good = {
      provenance: await signStatement(provenance(imageRef), keyless(sigstore)),
      scan: await signStatement(scan(imageRef), keyless(sigstore)),
    };
  });

  test('the good pair passes (so every refusal below is the one change)', () => {
    expect(check([good.provenance, good.scan]).verified).toHaveLength(2);
  });

  test.each([
    [
      'a wrong SAN',
      { job_workflow_ref: 'mallory/web/.github/workflows/ci.yml@refs/heads/main' },
      /certificate SAN is https:\/\/github\.com\/mallory\/web\/.*, not the expected workflow/,
    ],
    [
      'a wrong issuer',
      { iss: 'https://evil.example' },
      /certificate issuer is https:\/\/evil\.example, not https:\/\/token\.actions\.githubusercontent\.com/,
    ],
    [
      'another source repository',
      { repository: 'mallory/web' },
      /source repository is https:\/\/github\.com\/mallory\/web, not https:\/\/github\.com\/acme\/web/,
    ],
    [
      'another owner',
      { repository_owner: 'mallory' },
      /source repository owner is https:\/\/github\.com\/mallory, not https:\/\/github\.com\/acme/,
    ],
  ])('%s', async (_name, claims, expected) => {
    const bad = await signStatement(provenance(imageRef), keyless(sigstore, githubClaims(claims)));
    expect(() => check([bad, good.scan])).toThrow(AttestationRefusedError);
    expect(() => check([bad, good.scan])).toThrow(expected);
  });

  test('a regex identity applies too, to the whole SAN', () => {
    expect(
      check([good.provenance, good.scan], { identity: { pattern: '^https://github.com/acme/.*' } }).verified,
    ).toHaveLength(2);
    expect(() =>
      check([good.provenance, good.scan], { identity: { pattern: '^https://github.com/other/.*' } }),
    ).toThrow(/does not match the expected workflow \/\^https:\/\/github.com\/other\/\.\*\/ \(as a whole\)/);
    expect(() => check([good.provenance, good.scan], { identity: { pattern: 'https://github.com/acme/' } })).toThrow(
      /does not match the expected workflow/,
    );
  });

  test('another CA', async () => {
    const foreign = await signStatement(provenance(imageRef), keyless(otherSigstore));
    expect(() => check([foreign, good.scan])).toThrow(
      /provenance attestation of sha256:[0-9a-f]{64} is refused: its signature does not verify against the trusted root/,
    );
  });

  test('a tampered payload', () => {
    const envelope = good.provenance.dsseEnvelope!;
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
    statement.predicate.runDetails.builder.id = 'https://github.com/mallory/evil';
    const tampered = <typeof good.provenance>{
      ...good.provenance,
      dsseEnvelope: { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') },
    };
    expect(() => check([tampered, good.scan])).toThrow(/its signature does not verify against the trusted root/);
  });

  test('a bundle for another digest', async () => {
    const other = await freshImage();
    const elsewhere = await signStatement(provenance(other), keyless(sigstore));
    expect(() => check([elsewhere, good.scan])).toThrow(/its statement is about another digest, not sha256:/);
  });

  test('a missing scan attestation', () => {
    expect(() => check([good.provenance])).toThrow(
      /^No scan attestation \(https:\/\/cosign\.sigstore\.dev\/attestation\/vuln\/v1\) is attached to sha256:[0-9a-f]{64}\.$/,
    );
  });

  test('a fail verdict, even next to an older pass', async () => {
    const failed = await signStatement(
      scan(imageRef, 'fail', new Date(Date.now() + 1000).toISOString()),
      keyless(sigstore),
    );
    expect(() => check([good.provenance, good.scan, failed])).toThrow(
      /newest scan attestation of sha256:[0-9a-f]{64} has verdict fail, not pass/,
    );
  });

  test('an expired scan', async () => {
    const old = await signStatement(
      scan(imageRef, 'pass', new Date(Date.now() - 8 * 86_400_000).toISOString()),
      keyless(sigstore),
    );
    expect(() => check([good.provenance, old])).toThrow(/is from .*, older than the max-age of 7d/);
    expect(check([good.provenance, old], { scanMaxAgeMs: 9 * 86_400_000 }).verified).toHaveLength(2);
  });
});

describe('key-based signing', () => {
  test('round trip: signed with signing-key, verified with its public key, refused with another', async () => {
    const imageRef = await freshImage();
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const signing: SigningSettings = { mode: 'key', privateKey: parseSigningKey(pem, undefined) };
    await attest(imageRef, provenance(imageRef), signing);
    await attest(imageRef, scan(imageRef), signing);
    const bundles = await readBundles(client, imageRef);
    expect(bundles[0]?.bundle.verificationMaterial?.publicKey?.hint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(bundles)).not.toContain(pem.split('\n')[1]);
    const publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const result = verifyAttestations(digestOf(imageRef), bundles, keyTrust(publicPem), {
      ...requirements,
      identity: undefined,
    });
    expect(result.trailer).toMatch(/; signer key [0-9a-f]{16}$/);
    const otherPem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ format: 'pem', type: 'spki' })
      .toString();
    expect(() => verifyAttestations(digestOf(imageRef), bundles, keyTrust(otherPem), requirements)).toThrow(
      /signature does not verify against the trusted root/,
    );
  });

  test('a token Fulcio refuses is not quoted in the error (@sigstore/sign quotes it)', async () => {
    const claims = githubClaims();
    delete (claims as Record<string, string | undefined>).sub;
    const signing = keyless(sigstore, claims);
    const error = await signStatement(provenance('127.0.0.1:1/x@sha256:' + 'a'.repeat(64)), signing).catch(
      (caught: Error) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^Signing the https:\/\/slsa\.dev\/provenance\/v1 statement failed: invalid identity token: \*\*\*/,
    );
    const token = sigstore.issuedTokens.at(-1)!;
    expect(token.length).toBeGreaterThan(20);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(token.split('.')[1]);
  });

  test('a key that is not PEM is refused naming the input', () => {
    expect(() => parseSigningKey('not a key', undefined)).toThrow(/^Input "signing-key" is not a PEM private key/);
  });

  test('the OIDC token claims describe the run for the provenance', async () => {
    const token = await createMemoryRuntime({ env: oidcEnvironment(sigstore) }).idToken('sigstore');
    expect(workflowRunFromClaims(tokenClaims(token), 'https://github.com')).toMatchObject({
      repository: 'acme/web',
      runId: '123',
    });
    await expect(
      createMemoryRuntime({
        env: { ...oidcEnvironment(sigstore), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' },
      }).idToken('sigstore'),
    ).rejects.toThrow(/id-token: write/);
  });
});

describe('CycloneDX SBOM attestation', () => {
  const report = {
    SchemaVersion: 2,
    Results: [
      {
        Target: 'bin/busybox',
        Class: 'lang-pkgs',
        Type: 'binary',
        Packages: [
          { Name: 'busybox', Version: '1.35.0', Identifier: { PURL: 'pkg:generic/busybox@1.35.0' } },
          { Name: 'busybox', Version: '1.35.0', Identifier: { PURL: 'pkg:generic/busybox@1.35.0' } },
          { Name: 'musl', Version: '1.2.4' },
        ],
      },
    ],
  };

  test("a Trivy report's package list becomes a CycloneDX 1.5 SBOM attestation that verifies as sbom", async () => {
    const imageRef = await freshImage();
    expect(trivyPackages(report)).toEqual([
      { name: 'busybox', version: '1.35.0', purl: 'pkg:generic/busybox@1.35.0' },
      { name: 'musl', version: '1.2.4' },
    ]);
    const statement = sbomStatement(imageRef, trivyPackages(report));
    const bom = statement.predicate as {
      bomFormat: string;
      specVersion: string;
      components: Array<{ name: string; purl?: string }>;
    };
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5' });
    expect(bom.components.map((component) => component.name).sort()).toEqual(['busybox', 'musl']);
    await attest(imageRef, provenance(imageRef));
    await attest(imageRef, statement);
    const result = verifyAttestations(
      digestOf(imageRef),
      await readBundles(client, imageRef),
      keylessTrust(JSON.stringify(sigstore.trustedRoot)),
      {
        ...requirements,
        require: ['provenance', 'sbom'],
      },
    );
    expect(result.verified.map((entry) => entry.predicateType)).toEqual([
      SLSA_PROVENANCE_PREDICATE,
      'https://cyclonedx.org/bom',
    ]);
    expect(() =>
      verifyAttestations(digestOf(imageRef), [], keylessTrust(JSON.stringify(sigstore.trustedRoot)), {
        ...requirements,
        require: ['sbom'],
      }),
    ).toThrow(/^No sbom attestation \(https:\/\/cyclonedx\.org\/bom\) is attached to sha256:/);
  });

  test('a report without packages (Grype, or Trivy without --list-all-pkgs) is refused naming the input', () => {
    expect(() =>
      sbomStatement(`r.example/x@sha256:${'b'.repeat(64)}`, trivyPackages({ Results: [{ Vulnerabilities: [] }] })),
    ).toThrow(/^Input "sbom" is true, but the report lists no packages: run Trivy with --list-all-pkgs/);
  });
});

describe("a policy's attestation identity is exact (a signer on branch main-mallory)", () => {
  const MALLORY = {
    ref: 'refs/heads/main-mallory',
    workflow_ref: 'acme/web/.github/workflows/ci.yml@refs/heads/main-mallory',
    job_workflow_ref: 'acme/web/.github/workflows/ci.yml@refs/heads/main-mallory',
  };
  const trust = () => keylessTrust(JSON.stringify(sigstore.trustedRoot));
  const verifier = () => policyAttestationVerifier(trust(), { registry: client, log: createMemoryRuntime().log });
  const rulesOf = (attestations: string) =>
    parsePolicy(`version: 1\nenvironments:\n  production:\n    attestations: ${attestations}\n`).environments[0]!
      .attestations!;
  let main: string;
  let mallory: string;
  let reusable: string;

  beforeAll(async () => {
    const signed = async (claims: Record<string, string>) => {
      const imageRef = await freshImage();
      const signing = keyless(sigstore, githubClaims(claims));
      await attest(imageRef, provenance(imageRef, githubClaims(claims)), signing);
      await attest(imageRef, scan(imageRef), signing);
      return imageRef;
    };
    main = await signed({});
    mallory = await signed(MALLORY);
    // A workflow of acme/web on main that calls mallory's reusable workflow, which signs.
    reusable = await signed({ job_workflow_ref: 'mallory/tools/.github/workflows/ci.yml@refs/heads/main' });
  });

  const SAN = 'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main';
  test.each([
    ['a legacy identity string (once an unanchored regex)', `{ require: [provenance, scan], identity: "${SAN}" }`],
    ['a legacy regex starting with ^', `{ require: [provenance, scan], identity: "^${SAN}" }`],
    [
      'the structured identity',
      '{ require: [provenance, scan], repository: acme/web, signer-workflow: .github/workflows/ci.yml, ref: refs/heads/main }',
    ],
  ])('%s: main verifies, main-mallory is refused', async (_name, attestations) => {
    const rules = rulesOf(attestations);
    await expect(verifier()(main, rules)).resolves.toMatchObject({ trailer: expect.stringContaining(SAN) });
    await expect(verifier()(mallory, rules)).rejects.toThrow(AttestationRefusedError);
    await expect(verifier()(mallory, rules)).rejects.toThrow(
      /main-mallory( does not match the expected workflow| is not the expected|, not the expected workflow|, not refs\/heads\/main)/,
    );
  });

  test('ref: refs/heads/main names the exact ref', async () => {
    const rules = rulesOf('{ require: [provenance], repository: acme/web, ref: refs/heads/main }');
    await expect(verifier()(mallory, rules)).rejects.toThrow(
      /its source ref is refs\/heads\/main-mallory, not refs\/heads\/main\.$/,
    );
  });

  test('signer-workflow refuses a reusable workflow of another repository on the right ref', async () => {
    const rules = rulesOf(
      '{ require: [provenance], repository: acme/web, signer-workflow: .github/workflows/ci.yml, ref: refs/heads/main }',
    );
    await expect(verifier()(reusable, rules)).rejects.toThrow(
      /its signer workflow is https:\/\/github\.com\/mallory\/tools\/\.github\/workflows\/ci\.yml, not https:\/\/github\.com\/acme\/web\/\.github\/workflows\/ci\.yml\.$/,
    );
    const named = rulesOf(
      '{ require: [provenance], repository: acme/web, signer-workflow: mallory/tools/.github/workflows/ci.yml }',
    );
    await expect(verifier()(reusable, named)).resolves.toBeDefined();
  });

  test('a regex identity must match the whole SAN', async () => {
    const rules = rulesOf('{ require: [provenance], identity: "^https://github.com/acme/web/" }');
    await expect(verifier()(main, rules)).rejects.toThrow(/does not match the expected workflow .* \(as a whole\)/);
    const whole = rulesOf('{ require: [provenance], identity: "^https://github.com/acme/web/.+@refs/heads/main" }');
    await expect(verifier()(main, whole)).resolves.toBeDefined();
    await expect(verifier()(mallory, whole)).rejects.toThrow(/does not match/);
  });

  test('keyless, a policy that names no signer is refused: any workflow could have signed', async () => {
    await expect(verifier()(main, rulesOf('{ require: [provenance] }'))).rejects.toThrow(
      /^The policy's attestations name no signer \(repository, owner, signer-workflow or identity\), so a signature by any workflow would count\.$/,
    );
  });
});
