import type { Logger } from '@shipgate/core';
import { RegistryClient, type RegistryClientOptions } from '@shipgate/image';
import type { DigestResolver, IndexManifestLister } from './scan-image';
import type { RegistryAccess } from './trivy-cli';

type ClientLimits = Pick<RegistryClientOptions, 'retry' | 'timeoutMs'>;

/** A registry client for one reference's registry, with its credentials; `tls-verify: false` also allows plain HTTP. */
function clientFor(log: Logger, options: ClientLimits, domain: string, registry: RegistryAccess): RegistryClient {
  const { username, password } = registry;
  return new RegistryClient({
    log,
    insecure: !registry.tlsVerify,
    ...(username && password ? { credentials: { [domain]: { username, password } } } : {}),
    ...options,
  });
}

/** Resolves tags through the OCI registry client: a HEAD of the manifest, retried by the client on 429/5xx and dropped connections. */
export function registryDigestResolver(log: Logger, options: ClientLimits = {}): DigestResolver {
  return (reference, registry) => clientFor(log, options, reference.domain, registry).resolveDigest(reference);
}

/** Lists an index's manifests through the OCI registry client; an image manifest lists none. */
export function registryIndexLister(log: Logger, options: ClientLimits = {}): IndexManifestLister {
  return async (reference, registry) => {
    const { manifest } = await clientFor(log, options, reference.domain, registry).getManifest(reference);
    const manifests = (manifest as { manifests?: Array<{ digest?: string }> }).manifests;
    return Array.isArray(manifests) ? manifests.flatMap((entry) => (entry.digest ? [entry.digest] : [])) : [];
  };
}
