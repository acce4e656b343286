import { ConfigurationError } from '@shipgate/core';
import { type DeploymentTrail, TRAILER_KEYS } from './deployment';

/**
 * A trailer value as one safe line: control characters (newlines above all, which would start a
 * forged trailer or paragraph) become spaces, runs of whitespace collapse.
 */
export function sanitizeTrailerValue(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_SCAN_TRAILER_LENGTH = 500;

/**
 * A `Shipgate-Scan` value handed over as text rather than as a scan record: promote's `scan`
 * output, or the trailer of the deploy a rollback restores. It carries a verdict already recorded
 * in the trail, so it is checked for shape only: one sanitised line that starts with `pass` or
 * `fail`, the verdict promote and the report read back.
 */
export function normalizeScanTrailer(value: string, inputName = 'scan'): string {
  const clean = sanitizeTrailerValue(value);
  const verdict = clean.split(';')[0]?.trim().toLowerCase();
  if (verdict !== 'pass' && verdict !== 'fail') {
    throw new ConfigurationError(
      `Input "${inputName}" must be a Shipgate-Scan value starting with "pass" or "fail" (e.g. "pass; trivy 0.58.1; critical=0 high=2"), got "${clean.slice(0, 80)}".`,
    );
  }
  if (clean.length > MAX_SCAN_TRAILER_LENGTH) {
    throw new ConfigurationError(
      `Input "${inputName}" must be at most ${MAX_SCAN_TRAILER_LENGTH} characters, got ${clean.length}.`,
    );
  }
  return clean;
}

const SINGLE_VALUED: ReadonlyArray<[keyof DeploymentTrail, string]> = [
  ['app', TRAILER_KEYS.app],
  ['environment', TRAILER_KEYS.environment],
];

const OPTIONAL_SINGLE: ReadonlyArray<[keyof DeploymentTrail, string]> = [
  ['source', TRAILER_KEYS.source],
  ['sourceTime', TRAILER_KEYS.sourceTime],
  ['run', TRAILER_KEYS.run],
  ['scan', TRAILER_KEYS.scan],
  ['configHash', TRAILER_KEYS.configHash],
  ['rollbackOf', TRAILER_KEYS.rollbackOf],
  ['rollbackTo', TRAILER_KEYS.rollbackTo],
  ['reason', TRAILER_KEYS.reason],
  ['request', TRAILER_KEYS.request],
  ['policy', TRAILER_KEYS.policy],
  ['breakGlass', TRAILER_KEYS.breakGlass],
];

/** The trailer lines of a deploy commit, in DESIGN.md's order; empty values are left out. */
export function formatTrailers(trail: DeploymentTrail): string[] {
  const lines: string[] = [];
  const add = (key: string, value: string | undefined) => {
    const clean = value === undefined ? '' : sanitizeTrailerValue(value);
    if (clean) lines.push(`${key}: ${clean}`);
  };
  for (const [field, key] of SINGLE_VALUED) add(key, trail[field] as string);
  for (const ref of trail.imageRefs) add(TRAILER_KEYS.image, ref);
  for (const [field, key] of OPTIONAL_SINGLE) add(key, trail[field] as string | undefined);
  if (trail.removal) add(TRAILER_KEYS.removal, 'true');
  if (trail.hotfix) add(TRAILER_KEYS.hotfix, 'true');
  for (const approver of trail.approvedBy) add(TRAILER_KEYS.approvedBy, approver);
  for (const url of trail.approvals ?? []) add(TRAILER_KEYS.approval, url);
  for (const verified of trail.attestations ?? []) add(TRAILER_KEYS.attestations, verified);
  return lines;
}

const TRAILER_LIKE = /^\s*(shipgate-[a-z0-9-]*|approved-by)\s*[:=]/i;

/**
 * The full commit message: the rendered template with any line that looks like one of our
 * trailers removed (a template or placeholder value must not forge the trail), then a blank line
 * and the trailer block as the last paragraph, where git looks for trailers.
 */
export function buildCommitMessage(message: string, trail: DeploymentTrail): string {
  const kept = message
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !TRAILER_LIKE.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const subject = kept || `Deploy ${sanitizeTrailerValue(trail.app)} to ${sanitizeTrailerValue(trail.environment)}`;
  return `${subject}\n\n${formatTrailers(trail).join('\n')}\n`;
}

/** A trailer as git prints it with `%(trailers:only,unfold)`: `Key: value`. */
export interface Trailer {
  key: string;
  value: string;
}

export function parseTrailerLines(lines: readonly string[]): Trailer[] {
  const trailers: Trailer[] = [];
  for (const line of lines) {
    const match = line.match(/^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.*)$/);
    if (match?.[1] && match[2] !== undefined) trailers.push({ key: match[1], value: match[2].trim() });
  }
  return trailers;
}

/** How a trailer fills a trail: the field it sets, and whether it holds one value, a list, or a flag. */
interface TrailSlot {
  field: keyof DeploymentTrail;
  kind: 'single' | 'list' | 'flag';
}

const LIST_VALUED = [
  ['imageRefs', TRAILER_KEYS.image],
  ['approvedBy', TRAILER_KEYS.approvedBy],
  ['approvals', TRAILER_KEYS.approval],
  ['attestations', TRAILER_KEYS.attestations],
] as const;

const FLAGS = [
  ['removal', TRAILER_KEYS.removal],
  ['hotfix', TRAILER_KEYS.hotfix],
] as const;

/** Trailer key, lowercased (git matches keys in any case) → the slot it fills. */
const TRAIL_SLOTS = new Map<string, TrailSlot>([
  ...[...SINGLE_VALUED, ...OPTIONAL_SINGLE].map(slotEntry('single')),
  ...LIST_VALUED.map(slotEntry('list')),
  ...FLAGS.map(slotEntry('flag')),
]);

function slotEntry(kind: TrailSlot['kind']) {
  return ([field, key]: readonly [keyof DeploymentTrail, string]): [string, TrailSlot] => [
    key.toLowerCase(),
    { field, kind },
  ];
}

/**
 * The deployment trail a commit's trailers describe, or `undefined` when it has no
 * `Shipgate-App` and `Shipgate-Environment` (not a deploy commit). Keys match case-insensitively,
 * as git's do; a repeated single-valued key keeps its first value, empty values count for nothing.
 */
export function trailFromTrailers(trailers: readonly Trailer[]): DeploymentTrail | undefined {
  // One pass, one lookup a trailer: a writer reads every commit of a branch's history through here.
  const firsts = new Map<keyof DeploymentTrail, string>();
  const lists = {
    imageRefs: [] as string[],
    approvedBy: [] as string[],
    approvals: [] as string[],
    attestations: [] as string[],
  };
  for (const { key, value } of trailers) {
    if (value === '') continue;
    const slot = TRAIL_SLOTS.get(key.toLowerCase());
    if (!slot) continue;
    if (slot.kind === 'list') lists[slot.field as keyof typeof lists].push(value);
    else if (!firsts.has(slot.field)) firsts.set(slot.field, value);
  }
  const app = firsts.get('app');
  const environment = firsts.get('environment');
  if (!app || !environment) return undefined;
  const trail: DeploymentTrail = { app, environment, imageRefs: lists.imageRefs, approvedBy: lists.approvedBy };
  if (lists.approvals.length > 0) trail.approvals = lists.approvals;
  if (lists.attestations.length > 0) trail.attestations = lists.attestations;
  for (const [field] of OPTIONAL_SINGLE) {
    const value = firsts.get(field);
    if (value !== undefined) (trail as unknown as Record<string, string>)[field] = value;
  }
  if (firsts.get('removal')?.toLowerCase() === 'true') trail.removal = true;
  if (firsts.get('hotfix')?.toLowerCase() === 'true') trail.hotfix = true;
  return trail;
}
