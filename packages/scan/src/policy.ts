import { ConfigurationError } from '@shipgate/core';
import { parse as parseYaml } from 'yaml';
import { countBySeverity, type Finding, isAtOrAbove, isRecord } from './finding';
import type { Severity, Verdict } from './scan-record';
import { failsOn } from './severity-selection';

/** One vulnerability the team accepted, from an ignore file. */
export interface IgnoreEntry {
  id: string;
  /** Only this package; every package when absent. */
  package?: string;
  reason: string;
  /** YYYY-MM-DD; the entry applies through this day. */
  expires?: string;
  /** Where it came from, for messages: `entry 3` or `line 7`. */
  origin: string;
}

export interface ScanPolicy {
  /** Findings at or above this fail the verdict, unless `failSeverities` lists them. */
  severityThreshold: Severity;
  /** Exactly the severities that fail (trivy-action's `severity` list), when not a threshold. */
  failSeverities?: readonly Severity[];
  /** Findings below this are left out of the summary and the SARIF. */
  reportThreshold: Severity;
  /** Leave out findings that have no fixed version. */
  ignoreUnfixed: boolean;
  ignoreEntries: readonly IgnoreEntry[];
  ignoreFile?: string;
  /** Several ignore files, when more than one was given. */
  ignoreFiles?: readonly string[];
}

export interface IgnoredFinding {
  finding: Finding;
  entry: IgnoreEntry;
}

export interface PolicyEvaluation {
  /** Findings that count: not ignored by an entry or by ignore-unfixed. */
  considered: Finding[];
  /** The considered findings at or above the report threshold. */
  reported: Finding[];
  /** The considered findings at or above the severity threshold. */
  violations: Finding[];
  ignored: IgnoredFinding[];
  /** How many findings ignore-unfixed left out. */
  unfixedIgnored: number;
  /** Entries whose date has passed: they no longer apply. */
  expiredEntries: IgnoreEntry[];
  counts: Record<Severity, number>;
  verdict: Verdict;
}

const DEFAULT_UNFIXED_STATES = new Set(['not-fixed', 'wont-fix', 'unknown']);

/**
 * Applies the policy. `today` is YYYY-MM-DD (UTC) so that expiry is decided by one clock the
 * caller controls. Linear in findings: entries are looked up by id.
 */
export function evaluatePolicy(findings: readonly Finding[], policy: ScanPolicy, today: string): PolicyEvaluation {
  const expiredEntries: IgnoreEntry[] = [];
  const entriesById = new Map<string, IgnoreEntry[]>();
  for (const entry of policy.ignoreEntries) {
    if (entry.expires !== undefined && entry.expires < today) {
      expiredEntries.push(entry);
      continue;
    }
    const key = entry.id.toUpperCase();
    const list = entriesById.get(key);
    if (list) list.push(entry);
    else entriesById.set(key, [entry]);
  }

  const considered: Finding[] = [];
  const reported: Finding[] = [];
  const violations: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  let unfixedIgnored = 0;
  for (const finding of findings) {
    const entry = entriesById.size > 0 ? matchingEntry(finding, entriesById) : undefined;
    if (entry) {
      ignored.push({ finding, entry });
      continue;
    }
    if (policy.ignoreUnfixed && (DEFAULT_UNFIXED_STATES.has(finding.fixState) || finding.fixedVersions.length === 0)) {
      unfixedIgnored++;
      continue;
    }
    considered.push(finding);
    if (isAtOrAbove(finding.severity, policy.reportThreshold)) reported.push(finding);
    if (failsOn(finding.severity, policy)) violations.push(finding);
  }
  return {
    considered,
    reported,
    violations,
    ignored,
    unfixedIgnored,
    expiredEntries,
    counts: countBySeverity(considered),
    verdict: violations.length > 0 ? 'fail' : 'pass',
  };
}

function matchingEntry(finding: Finding, entriesById: Map<string, IgnoreEntry[]>): IgnoreEntry | undefined {
  for (const id of [finding.id, ...finding.aliases]) {
    const entries = entriesById.get(id.toUpperCase());
    const entry = entries?.find((candidate) => !candidate.package || candidate.package === finding.package.name);
    if (entry) return entry;
  }
  return undefined;
}

const ENTRY_KEYS = new Set(['id', 'package', 'reason', 'expires']);

/**
 * Reads an ignore file: either a YAML list of `{ id, package?, reason, expires? }` or the plain
 * `.trivyignore` form (one id per line, `#` comments, optional `exp:YYYY-MM-DD`). `name` is how
 * messages refer to the file.
 */
export function parseIgnoreFile(text: string, name: string): IgnoreEntry[] {
  const firstLine = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#') && line !== '---');
  if (firstLine === undefined) return [];
  return firstLine === '-' || firstLine.startsWith('- ') || firstLine.startsWith('[')
    ? parseYamlIgnores(text, name)
    : parseTrivyIgnore(text, name);
}

function parseYamlIgnores(text: string, name: string): IgnoreEntry[] {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/\.$/, '');
    throw new ConfigurationError(`Ignore file ${name} is not valid YAML (${detail}).`);
  }
  if (!Array.isArray(document)) {
    throw new ConfigurationError(`Ignore file ${name} must be a YAML list of entries with id and reason.`);
  }
  return document.map((raw, index) => {
    const origin = `entry ${index + 1}`;
    if (!isRecord(raw)) {
      throw new ConfigurationError(`Ignore file ${name} ${origin} is not a mapping with id and reason.`);
    }
    const id = typeof raw.id === 'string' ? raw.id.trim() : '';
    if (!id) throw new ConfigurationError(`Ignore file ${name} ${origin} has no id.`);
    const label = `${origin} (${id})`;
    const unknownKey = Object.keys(raw).find((key) => !ENTRY_KEYS.has(key));
    if (unknownKey) {
      throw new ConfigurationError(
        `Ignore file ${name} ${label} has the unknown key "${unknownKey}" (allowed: id, package, reason, expires).`,
      );
    }
    const reason = typeof raw.reason === 'string' ? raw.reason.trim() : '';
    if (!reason) {
      throw new ConfigurationError(
        `Ignore file ${name} ${label} has no reason; every ignored vulnerability needs one.`,
      );
    }
    const entry: IgnoreEntry = { id, reason, origin };
    if (raw.package !== undefined && raw.package !== null) {
      if (typeof raw.package !== 'string' || !raw.package.trim()) {
        throw new ConfigurationError(`Ignore file ${name} ${label} has a package that is not a name.`);
      }
      entry.package = raw.package.trim();
    }
    if (raw.expires !== undefined && raw.expires !== null) {
      entry.expires = requireDate(raw.expires, `Ignore file ${name} ${label}`);
    }
    return entry;
  });
}

function parseTrivyIgnore(text: string, name: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const origin = `line ${index + 1}`;
    const [id = '', ...rest] = line.split(/\s+/);
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(id)) {
      throw new ConfigurationError(`Ignore file ${name} ${origin} ("${line}") does not start with a vulnerability id.`);
    }
    const entry: IgnoreEntry = { id, reason: `listed in ${name}`, origin };
    for (const token of rest) {
      if (token.startsWith('#')) break;
      if (token.startsWith('exp:'))
        entry.expires = requireDate(token.slice(4), `Ignore file ${name} ${origin} (${id})`);
    }
    entries.push(entry);
  });
  return entries;
}

function requireDate(value: unknown, where: string): string {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const valid =
    match !== null &&
    (() => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    })();
  if (!valid)
    throw new ConfigurationError(`${where} has the expiry date "${text}", which is not a date of the form YYYY-MM-DD.`);
  return text;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
