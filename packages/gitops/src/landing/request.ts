import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DeploymentTrail } from '@shipgate/trail';

/**
 * A landing request: what a writer that lost the race for the branch posts instead of starting
 * over alone. It lives under `refs/shipgate/queue/<id>`: a signed tag saying which branch and path
 * it is for, on a commit that holds the deploy's message and nothing but the path's tree. This file
 * is its format on the wire (the tag message), its signature, and whether a writer may trust it.
 */
export const LANDING_QUEUE_PREFIX = 'refs/shipgate/queue/';

const REQUEST_SUBJECT = 'Shipgate landing request';

/** What a queued request asks for, from its tag message. Times are milliseconds since the epoch. */
export interface LandingRequest {
  branch: string;
  path: string;
  /** When it was queued: orders the queue (the tag's own time has whole seconds only). */
  queuedAt: number;
  expiresAt: number;
  /**
   * A random value its writer chose, also in the deploy commit's `Shipgate-Request` trailer: once
   * a commit with it is on the branch, the request is spent, and a copy of it is deleted unlanded.
   */
  nonce?: string;
  /** `landingSignature` of the request; absent when its writer had no key. */
  signature?: string;
}

/** A request read back from the queue, with the deploy commit it carries. */
export interface QueuedDeploy extends LandingRequest {
  id: string;
  /** The request's ref on the server. */
  ref: string;
  /** The tag object the ref points at (the lease when deleting it). */
  tag: string;
  commit: string;
  /** The deploy commit's message, byte for byte. */
  message: string;
  /** Its author line as git stores it: `Name <email> <unix> <tz>`. */
  author: string;
  /** Its committer's `Name <email>`; the replayed commit is committed by the same identity, now. */
  committer: string;
  /** Undefined when the commit carries no deployment trail (it is never landed then). */
  trail: DeploymentTrail | undefined;
}

export function formatLandingRequest(request: LandingRequest): string {
  const time = (ms: number) => new Date(ms).toISOString();
  const nonce = request.nonce ? `nonce: ${request.nonce}\n` : '';
  const signature = request.signature ? `signature: ${request.signature}\n` : '';
  return `${REQUEST_SUBJECT}\n\nbranch: ${request.branch}\npath: ${request.path}\nqueued: ${time(request.queuedAt)}\nexpires: ${time(request.expiresAt)}\n${nonce}${signature}`;
}

export function parseLandingRequest(message: string): LandingRequest | undefined {
  if (!message.startsWith(REQUEST_SUBJECT)) return undefined;
  const field = (name: string) => message.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1]?.trim();
  const branch = field('branch');
  const path = field('path');
  const queuedAt = Date.parse(field('queued') ?? '');
  const expiresAt = Date.parse(field('expires') ?? '');
  const nonce = field('nonce');
  const signature = field('signature');
  if (!branch || !path || Number.isNaN(queuedAt) || Number.isNaN(expiresAt)) return undefined;
  return { branch, path, queuedAt, expiresAt, ...(nonce ? { nonce } : {}), ...(signature ? { signature } : {}) };
}

/**
 * The HMAC-SHA256 that lets a writer trust another's request: over everything the request asks
 * (its ref name and nonce included, so a copy under another name does not verify) and the commit it
 * carries (whose id binds the path's tree, the message and the author). Anyone
 * who can push `refs/shipgate/queue/*` can queue a request, but only one signed with the key the
 * writers share is landed by another writer; otherwise write access to the repository would be
 * enough to get a deploy onto a branch only the pipelines' token may push to, with no approval.
 */
export function landingSignature(
  key: string,
  request: Omit<LandingRequest, 'signature'> & { ref?: string },
  commit: string,
): string {
  const signed = [
    'shipgate landing request v2',
    request.ref ?? '',
    request.nonce ?? '',
    request.branch,
    request.path,
    String(request.queuedAt),
    String(request.expiresAt),
    commit,
  ].join('\n');
  return createHmac('sha256', key).update(signed).digest('hex');
}

/**
 * Whether a writer holding `key` may land `entry`: signed with that key; with no key (no token:
 * a local repository), unsigned only.
 */
export function isTrustedRequest(entry: QueuedDeploy, key: string | undefined): boolean {
  if (!key) return entry.signature === undefined;
  if (!entry.signature || !/^[0-9a-f]{64}$/.test(entry.signature)) return false;
  // The nonce in the tag must be the one the deploy commit carries, or a copy could dodge the trail.
  if (entry.nonce !== entry.trail?.request) return false;
  const expected = Buffer.from(landingSignature(key, entry, entry.commit), 'hex');
  return timingSafeEqual(expected, Buffer.from(entry.signature, 'hex'));
}
