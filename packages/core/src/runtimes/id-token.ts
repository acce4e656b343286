import { ShipgateError } from '../errors';
import { proxiedFetch } from '../proxy';
import type { SecretMasker } from '../secrets';

/**
 * The job's OIDC token for `audience`, asked where a GitHub Actions job asks
 * (ACTIONS_ID_TOKEN_REQUEST_URL with ACTIONS_ID_TOKEN_REQUEST_TOKEN), for the runtimes that are not
 * @actions/core's: the CLI inside a job, and tests against a stand-in. The request token and the
 * answer are masked before anything else happens with them.
 */
export async function requestIdToken(
  env: Readonly<Record<string, string | undefined>>,
  audience: string,
  masker: SecretMasker,
): Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new ShipgateError('The job has no OIDC token; it needs "permissions: id-token: write".');
  }
  masker.add(requestToken);
  const url = new URL(requestUrl);
  url.searchParams.append('audience', audience);
  let response: Response;
  try {
    const fetch = await proxiedFetch(env);
    response = await fetch(url, {
      headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new ShipgateError(
      `Requesting the job's OIDC token from ${url.origin} failed: ${(error as { cause?: Error }).cause?.message ?? String(error)}.`,
    );
  }
  if (!response.ok) {
    throw new ShipgateError(
      `Requesting the job's OIDC token failed with ${response.status}; the job needs "permissions: id-token: write".`,
    );
  }
  const body = (await response.json()) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
    throw new ShipgateError("The job's OIDC token endpoint answered without a token.");
  }
  masker.add(body.value);
  return body.value;
}
