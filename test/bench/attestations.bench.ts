/**
 * Verification cost at promote: reading a digest's provenance and scan bundles from the registry
 * (Debian's, on 127.0.0.1) and verifying them (certificate chain, SCT, Rekor entry, TSA timestamp,
 * DSSE signature, identity rules) against only reading them. The goal is the difference: at most
 * 300 ms per digest on top of the registry's time.
 */
import {
  attachBundle,
  keylessTrust,
  provenanceStatement,
  readBundles,
  scanStatement,
  signStatement,
  verifyImageAttestations,
  workflowRunFromClaims,
} from '@shipgate/attest';
import { silentLogger } from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import { pushSmallImage } from '../../packages/gitops/test/promote-image';
import { startRegistry, type TestRegistry } from '../support/registry';
import { githubClaims, keylessSigning, startSigstore, type TestSigstore } from '../support/sigstore';
import { defineBenchmark } from './harness';

interface Context {
  registry: TestRegistry;
  sigstore: TestSigstore;
  imageRef: string;
  trustedRoot: string;
}

const GOAL_MS = 300;

export default defineBenchmark<Context>({
  name: 'promote:verify-attestations',
  goal: `verification ≤ ${GOAL_MS} ms per digest on top of reading its bundles (subject − baseline)`,
  meetsGoal: (result) => result.subject.medianMs - result.baseline.medianMs <= GOAL_MS,
  iterations: 15,
  warmup: 2,
  async setup() {
    const [registry, sigstore] = await Promise.all([startRegistry(), startSigstore()]);
    const client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });
    const imageRef = await pushSmallImage(registry.host, 'bench/web', 'bench');
    const run = workflowRunFromClaims(githubClaims(), 'https://github.com');
    const statements = [
      provenanceStatement(imageRef, run),
      scanStatement(imageRef, {
        verdict: 'pass',
        counts: { critical: 0, high: 0 },
        policy: { severityThreshold: 'high' },
        scanner: { name: 'trivy', version: '0.58.1' },
        finishedAt: new Date().toISOString(),
      }),
    ];
    for (const statement of statements) {
      const bundle = await signStatement(statement, keylessSigning(sigstore));
      await attachBundle({ imageRef, bundle, predicateType: statement.predicateType, registry: client, settleMs: 0 });
    }
    return { registry, sigstore, imageRef, trustedRoot: JSON.stringify(sigstore.trustedRoot) };
  },
  baseline: {
    label: 'read the bundles from the registry',
    async run({ imageRef }) {
      // A fresh client each time, as each promote starts with one (no cached auth or connections).
      await readBundles(new RegistryClient({ insecure: true }), imageRef);
    },
  },
  subject: {
    label: 'read + verify (trusted root parsed per promote, as the action does)',
    async run({ imageRef, trustedRoot }) {
      await verifyImageAttestations({
        imageRef,
        registry: new RegistryClient({ insecure: true }),
        trust: keylessTrust(trustedRoot),
        requirements: {
          require: ['provenance', 'scan'],
          identity: { exact: 'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main' },
          sourceRepository: 'acme/web',
          sourceOwner: 'acme',
          scanMaxAgeMs: 86_400_000,
        },
        log: silentLogger,
      });
    },
  },
  async teardown({ registry, sigstore }) {
    await Promise.all([registry.stop(), sigstore.stop()]);
  },
});
