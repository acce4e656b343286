/**
 * The admission policies in docs/supply-chain.md, parsed from the document and checked as
 * Kubernetes objects: Kyverno's ClusterPolicy against the schema @kubernetes-models/kyverno
 * generates from Kyverno's CRDs; the policy-controller's ClusterImagePolicy against a schema
 * written here from its CRD's documented fields (policy.sigstore.dev/v1beta1), since no npm
 * package carries one. Both must require what promote requires: the same predicate types, issuer
 * and workflow identity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterPolicy } from '@kubernetes-models/kyverno/kyverno.io/v1/ClusterPolicy';
import { GITHUB_ACTIONS_ISSUER, SLSA_PROVENANCE_PREDICATE, VULN_SCAN_PREDICATE } from '@shipgate/attest';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/shared-fixtures';

const doc = readFileSync(join(repoRoot, 'docs', 'supply-chain.md'), 'utf8');

function policyAfter(marker: string): Record<string, unknown> {
  const match = new RegExp(`<!-- shipgate:${marker} -->\\s*\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!match?.[1]) throw new Error(`docs/supply-chain.md has no yaml block after <!-- shipgate:${marker} -->.`);
  return parse(match[1]) as Record<string, unknown>;
}

const text = { type: 'string', minLength: 1 };
const strict = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required,
});
/** From the policy-controller's ClusterImagePolicy CRD documentation (v1beta1). */
const clusterImagePolicySchema = strict(
  {
    apiVersion: { const: 'policy.sigstore.dev/v1beta1' },
    kind: { const: 'ClusterImagePolicy' },
    metadata: { type: 'object', properties: { name: text }, required: ['name'] },
    spec: strict(
      {
        mode: { enum: ['enforce', 'warn'] },
        images: { type: 'array', minItems: 1, items: strict({ glob: text }, ['glob']) },
        match: { type: 'array' },
        policy: { type: 'object' },
        authorities: {
          type: 'array',
          minItems: 1,
          items: strict(
            {
              name: text,
              keyless: strict({
                url: text,
                identities: {
                  type: 'array',
                  minItems: 1,
                  items: strict({ issuer: text, issuerRegExp: text, subject: text, subjectRegExp: text }),
                },
                trustRootRef: text,
                'ca-cert': { type: 'object' },
                insecureIgnoreSCT: { type: 'boolean' },
              }),
              key: strict({ data: text, secretRef: { type: 'object' }, kms: text, hashAlgorithm: text }),
              static: strict({ action: { enum: ['pass', 'fail'] }, message: text }),
              ctlog: strict({ url: text, trustRootRef: text }),
              rfc3161timestamp: strict({ trustRootRef: text }),
              source: { type: 'array' },
              attestations: {
                type: 'array',
                items: strict(
                  {
                    name: text,
                    predicateType: text,
                    policy: strict(
                      { type: { enum: ['cue', 'rego'] }, data: text, url: text, configMapRef: { type: 'object' } },
                      ['type'],
                    ),
                  },
                  ['name', 'predicateType'],
                ),
              },
            },
            ['name'],
          ),
        },
      },
      ['images', 'authorities'],
    ),
  },
  ['apiVersion', 'kind', 'metadata', 'spec'],
);
const validateClusterImagePolicy = new Ajv({ allErrors: true }).compile(clusterImagePolicySchema);

describe('docs/supply-chain.md admission policies', () => {
  test("Kyverno's ClusterPolicy validates against Kyverno's schema and requires both attestations", () => {
    const policy = policyAfter('kyverno-policy');
    expect(() => new ClusterPolicy(policy as never).validate()).not.toThrow();
    const rules = (policy.spec as { rules: Array<{ verifyImages: Array<Record<string, unknown>> }> }).rules;
    const verify = rules[0]!.verifyImages[0]!;
    expect(verify.type).toBe('SigstoreBundle');
    const attestations = verify.attestations as Array<{
      type: string;
      attestors: Array<{ entries: Array<{ keyless: { issuer: string; subjectRegExp: string } }> }>;
    }>;
    expect(attestations.map((entry) => entry.type)).toEqual([SLSA_PROVENANCE_PREDICATE, VULN_SCAN_PREDICATE]);
    for (const entry of attestations) {
      expect(entry.attestors[0]!.entries[0]!.keyless.issuer).toBe(GITHUB_ACTIONS_ISSUER);
      expect(
        new RegExp(entry.attestors[0]!.entries[0]!.keyless.subjectRegExp).test(
          'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main',
        ),
      ).toBe(true);
    }
  });

  test('the Kyverno schema check can fail: a misspelt verification type is refused', () => {
    const policy = policyAfter('kyverno-policy');
    const rules = (policy.spec as { rules: Array<{ verifyImages: Array<Record<string, unknown>> }> }).rules;
    rules[0]!.verifyImages[0]!.type = 'SigstoreBundles';
    expect(() => new ClusterPolicy(policy as never).validate()).toThrow();
  });

  test("the policy-controller's ClusterImagePolicy matches its CRD's fields and requires both attestations", () => {
    const policy = policyAfter('policy-controller-policy');
    expect(validateClusterImagePolicy(policy), JSON.stringify(validateClusterImagePolicy.errors)).toBe(true);
    const authority = (policy.spec as { authorities: Array<Record<string, unknown>> }).authorities[0]!;
    expect((authority.attestations as Array<{ predicateType: string }>).map((entry) => entry.predicateType)).toEqual([
      SLSA_PROVENANCE_PREDICATE,
      VULN_SCAN_PREDICATE,
    ]);
    expect((authority.keyless as { identities: Array<{ issuer: string }> }).identities[0]!.issuer).toBe(
      GITHUB_ACTIONS_ISSUER,
    );
    const misspelt = structuredClone(policy) as { spec: { authorities: Array<Record<string, unknown>> } };
    misspelt.spec.authorities[0]!.attestation = misspelt.spec.authorities[0]!.attestations;
    delete misspelt.spec.authorities[0]!.attestations;
    expect(validateClusterImagePolicy(misspelt)).toBe(false);
  });
});
