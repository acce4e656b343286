import { ShipgateError } from '@shipgate/core';

/** Where a GitHub Actions job asks for its OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN). */
export interface OidcTokenSource {
  requestUrl: string;
  requestToken: string;
}

export class AttestationError extends ShipgateError {
  override name = 'AttestationError';
}

/**
 * Fetches the job's OIDC token for `audience` (Fulcio wants `sigstore`). Hand-written rather than
 * @actions/core's getIDToken because packages do not import @actions/core; the request token and
 * the answer are handed to `setSecret` before anything else happens with them.
 */
export async function fetchOidcToken(
  source: OidcTokenSource,
  audience: string,
  setSecret: (secret: string) => void,
): Promise<string> {
  setSecret(source.requestToken);
  const url = new URL(source.requestUrl);
  url.searchParams.append('audience', audience);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', authorization: `Bearer ${source.requestToken}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new AttestationError(
      `Requesting the job's OIDC token from ${url.origin} failed: ${(error as { cause?: Error }).cause?.message ?? String(error)}.`,
    );
  }
  if (!response.ok) {
    throw new AttestationError(
      `Requesting the job's OIDC token failed with ${response.status}; the job needs "permissions: id-token: write".`,
    );
  }
  const body = (await response.json()) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
    throw new AttestationError("The job's OIDC token endpoint answered without a token.");
  }
  setSecret(body.value);
  return body.value;
}

/** The claims of a JWT, unverified: used only to describe the run in the provenance Fulcio will certify. */
export function tokenClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new AttestationError("The job's OIDC token is not a JWT.");
  }
}
