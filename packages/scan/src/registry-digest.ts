import type { Logger } from '@shipgate/core';
import { RegistryClient, type RegistryClientOptions } from '@shipgate/image';
import type { DigestResolver } from './scan-image';

/**
 * Resolves tags through the OCI registry client: a HEAD of the manifest, retried by the client on
 * 429/5xx and dropped connections. `tls-verify: false` also allows plain HTTP.
 */
export function registryDigestResolver(
  log: Logger,
  options: Pick<RegistryClientOptions, 'retry' | 'timeoutMs'> = {},
): DigestResolver {
  return (reference, registry) => {
    const { username, password } = registry;
    const client = new RegistryClient({
      log,
      insecure: !registry.tlsVerify,
      ...(username && password ? { credentials: { [reference.domain]: { username, password } } } : {}),
      ...options,
    });
    return client.resolveDigest(reference);
  };
}
