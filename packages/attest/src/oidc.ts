import { ShipgateError } from '@shipgate/core';

export class AttestationError extends ShipgateError {
  override name = 'AttestationError';
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
