/**
 * A CycloneDX SBOM of the scanned image from the scanner's package list, as an attestation
 * (predicate type `https://cyclonedx.org/bom`, what `cosign attest --type cyclonedx` writes).
 * Only Trivy reports list an inventory, and only when Trivy ran with `--list-all-pkgs`; Grype's
 * JSON lists matches, not packages.
 */
import { ComponentType } from '@cyclonedx/cyclonedx-library/Enums';
import { Bom, Component } from '@cyclonedx/cyclonedx-library/Models';
import { JsonSerializer, JSON as SerializeJson } from '@cyclonedx/cyclonedx-library/Serialize';
import { Spec1dot5 } from '@cyclonedx/cyclonedx-library/Spec';
import { ConfigurationError } from '@shipgate/core';
import { IN_TOTO_STATEMENT_TYPE, imageSubject, PREDICATE_TYPES, type Statement } from './statement';

export interface InventoryPackage {
  name: string;
  version: string;
  purl?: string;
}

/** The packages a Trivy JSON report (SchemaVersion 2) lists under `Results[].Packages`. */
export function trivyPackages(report: unknown): InventoryPackage[] {
  const results = (report as { Results?: unknown })?.Results;
  if (!Array.isArray(results)) return [];
  const seen = new Map<string, InventoryPackage>();
  for (const result of results) {
    const packages = (result as { Packages?: unknown })?.Packages;
    if (!Array.isArray(packages)) continue;
    for (const entry of packages as Array<Record<string, unknown>>) {
      const name = typeof entry.Name === 'string' ? entry.Name : '';
      if (!name) continue;
      const version = typeof entry.Version === 'string' ? entry.Version : '';
      const purl = (entry.Identifier as { PURL?: unknown } | undefined)?.PURL;
      const found = { name, version, ...(typeof purl === 'string' ? { purl } : {}) };
      seen.set(found.purl ?? `${name}@${version}`, found);
    }
  }
  return [...seen.values()];
}

/** The statement: subject the image digest, predicate the CycloneDX 1.5 JSON document. */
export function sbomStatement(imageRef: string, packages: readonly InventoryPackage[]): Statement {
  if (packages.length === 0) {
    throw new ConfigurationError(
      'Input "sbom" is true, but the report lists no packages: run Trivy with --list-all-pkgs (Grype reports list only matches).',
    );
  }
  const subject = imageSubject(imageRef);
  const bom = new Bom();
  bom.metadata.component = new Component(ComponentType.Container, subject.name, {
    version: `sha256:${subject.digest.sha256}`,
  });
  for (const entry of packages) {
    bom.components.add(
      new Component(ComponentType.Library, entry.name, {
        version: entry.version,
        ...(entry.purl ? { purl: entry.purl, bomRef: entry.purl } : {}),
      }),
    );
  }
  const serializer = new JsonSerializer(new SerializeJson.Normalize.Factory(Spec1dot5));
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [subject],
    predicateType: PREDICATE_TYPES.sbom,
    predicate: JSON.parse(serializer.serialize(bom, { sortLists: true })),
  };
}
