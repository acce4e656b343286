import { writeFile } from 'node:fs/promises';

/**
 * A Trivy report (JSON, SchemaVersion 2, as `trivy image --format json` writes it) for the sample
 * app's image. Trivy is not installable here, so this is a report we wrote in Trivy's documented
 * format and bind to the image just built (ArtifactName and Metadata.RepoDigests carry its digest,
 * which scan-image checks). It holds two medium findings against the busybox binary, so the
 * default policy (fail on high) passes and the counts are not all zero.
 */
export function recordedTrivyReport(imageRef: string): Record<string, unknown> {
  const digest = imageRef.slice(imageRef.lastIndexOf('@') + 1);
  return {
    SchemaVersion: 2,
    CreatedAt: new Date().toISOString(),
    ArtifactName: imageRef,
    ArtifactType: 'container_image',
    Metadata: {
      ImageID: digest,
      DiffIDs: [],
      RepoTags: [],
      RepoDigests: [imageRef],
      ImageConfig: { architecture: 'amd64', os: 'linux', config: { User: '65534:65534' } },
    },
    Results: [
      {
        Target: 'bin/busybox',
        Class: 'lang-pkgs',
        Type: 'binary',
        Vulnerabilities: [
          {
            VulnerabilityID: 'CVE-2023-42363',
            PkgID: 'busybox@1.35.0',
            PkgName: 'busybox',
            InstalledVersion: '1.35.0',
            FixedVersion: '1.37.0',
            Status: 'fixed',
            SeveritySource: 'nvd',
            PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2023-42363',
            Title: 'busybox: use-after-free in awk',
            Severity: 'MEDIUM',
            CVSS: { nvd: { V3Vector: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H', V3Score: 5.5 } },
          },
          {
            VulnerabilityID: 'CVE-2023-42364',
            PkgID: 'busybox@1.35.0',
            PkgName: 'busybox',
            InstalledVersion: '1.35.0',
            FixedVersion: '1.37.0',
            Status: 'fixed',
            SeveritySource: 'nvd',
            PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2023-42364',
            Title: 'busybox: use-after-free in awk',
            Severity: 'MEDIUM',
          },
        ],
      },
    ],
    Trivy: { Version: '0.58.1' },
  };
}

export async function writeRecordedTrivyReport(path: string, imageRef: string): Promise<string> {
  await writeFile(path, `${JSON.stringify(recordedTrivyReport(imageRef), null, 2)}\n`);
  return path;
}
