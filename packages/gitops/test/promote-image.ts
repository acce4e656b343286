import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Pushes a one-layer OCI image written by hand (an empty tar layer and a config) with skopeo,
 * and returns its digest-pinned reference. skopeo keeps the manifest bytes, so the digest is ours.
 */
export async function pushSmallImage(registryHost: string, repository: string, marker: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promote-oci-'));
  try {
    const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
    const blob = async (bytes: Buffer | string) => {
      await writeFile(join(dir, 'blobs', 'sha256', sha(bytes)), bytes);
      return { digest: `sha256:${sha(bytes)}`, size: Buffer.byteLength(bytes) };
    };
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const layer = Buffer.alloc(1024); // an empty tar archive: two zero blocks
    const config = JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { marker } },
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha(layer)}`] },
    });
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...(await blob(config)) },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...(await blob(layer)) }],
    });
    const manifestBlob = await blob(manifest);
    await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    await writeFile(
      join(dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            ...manifestBlob,
            annotations: { 'org.opencontainers.image.ref.name': 'v1' },
          },
        ],
      }),
    );
    await execFileAsync('skopeo', [
      'copy',
      '--quiet',
      '--preserve-digests',
      '--dest-tls-verify=false',
      `oci:${dir}:v1`,
      `docker://${registryHost}/${repository}:v1`,
    ]);
    return `${registryHost}/${repository}@${manifestBlob.digest}`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
