/**
 * GitHub's artifact attestations API: where `actions/attest` stores bundles and `gh attestation
 * verify` reads them by default. Shipgate posts there in addition to the registry when the token
 * allows (`attestations: write`); a refusal is a warning, since the registry copy is what the
 * cluster and promote read.
 */

import { GitHubApiError, type GitHubClient, type Logger } from '@shipgate/core';
import type { SerializedBundle } from '@sigstore/bundle';
import type { StoredBundle } from './verify';

/** Posts one bundle; returns the attestation id, or undefined (with a warning) when GitHub refuses. */
export async function postGitHubAttestation(
  client: GitHubClient,
  repository: string,
  bundle: SerializedBundle,
  log: Logger,
): Promise<number | undefined> {
  const [owner, repo] = repository.split('/');
  try {
    const response = await client.request<{ id?: number }>('POST /repos/{owner}/{repo}/attestations', {
      params: { owner: owner ?? '', repo: repo ?? '' },
      body: { bundle },
    });
    return response.data.id;
  } catch (error) {
    if (error instanceof GitHubApiError && [401, 403, 404, 422].includes(error.status ?? 0)) {
      log.warning(
        `GitHub did not store the attestation in ${repository} (${error.status}); the job's token needs "permissions: attestations: write". It is in the registry.`,
      );
      return undefined;
    }
    throw error;
  }
}

/** The bundles GitHub holds for `digest` in `repository` (at most 100: the newest page). */
export async function readGitHubAttestations(
  client: GitHubClient,
  repository: string,
  digest: string,
): Promise<StoredBundle[]> {
  const [owner, repo] = repository.split('/');
  let response: { data: { attestations?: Array<{ bundle?: SerializedBundle }> } };
  try {
    response = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      params: { owner: owner ?? '', repo: repo ?? '', subject_digest: digest },
      query: { per_page: 100 },
    });
  } catch (error) {
    // GitHub answers 404 for a digest it holds no attestation of; verification names what is missing.
    if (error instanceof GitHubApiError && error.status === 404) return [];
    throw error;
  }
  return (response.data.attestations ?? [])
    .filter((entry): entry is { bundle: SerializedBundle } => Boolean(entry.bundle))
    .map((entry, index) => ({ bundle: entry.bundle, source: `${repository} attestation ${index + 1} for ${digest}` }));
}
