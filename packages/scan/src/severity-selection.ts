import { ConfigurationError } from '@shipgate/core';
import { isAtOrAbove, severityRank } from './finding';
import { SEVERITIES, type Severity } from './scan-record';

/**
 * Which severities fail the verdict: every one at or above `severityThreshold`, or, when
 * `failSeverities` is there (trivy-action's `severity: CRITICAL,MEDIUM`), exactly those. Then
 * `severityThreshold` is the lowest of them, so a reader of the threshold alone errs on the strict side.
 */
export interface FailingSeverities {
  severityThreshold: Severity;
  failSeverities?: readonly Severity[];
}

/** A list of severities in any case (`CRITICAL,HIGH`, Trivy's spelling), highest first, each once. */
export function parseSeverityList(entries: readonly string[], inputName: string): Severity[] {
  const severities = new Set<Severity>();
  for (const entry of entries) {
    const lower = entry.trim().toLowerCase();
    if (!(SEVERITIES as readonly string[]).includes(lower)) {
      throw new ConfigurationError(
        `Input "${inputName}" has "${entry}", which is not one of ${SEVERITIES.map((name) => name.toUpperCase()).join(', ')}.`,
      );
    }
    severities.add(lower as Severity);
  }
  if (severities.size === 0) throw new ConfigurationError(`Input "${inputName}" lists no severity.`);
  return [...severities].sort((a, b) => severityRank(b) - severityRank(a));
}

/** A list that is every severity down to its lowest is that threshold; any other list stays a list. */
export function failingSeverities(list: readonly Severity[]): FailingSeverities {
  const lowest = list.reduce((low, severity) => (severityRank(severity) < severityRank(low) ? severity : low));
  const threshold = SEVERITIES.filter((severity) => isAtOrAbove(severity, lowest));
  const isThreshold = threshold.length === list.length;
  return { severityThreshold: lowest, ...(isThreshold ? {} : { failSeverities: [...list] }) };
}

export function failsOn(severity: Severity, policy: FailingSeverities): boolean {
  return policy.failSeverities
    ? policy.failSeverities.includes(severity)
    : isAtOrAbove(severity, policy.severityThreshold);
}

/** For messages: `at or above severity high`, or `of severity critical, medium or unknown`. */
export function describeFailingSeverities(policy: FailingSeverities): string {
  const list = policy.failSeverities;
  if (!list) return `at or above severity ${policy.severityThreshold}`;
  if (list.length === 1) return `of severity ${list[0]}`;
  return `of severity ${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}
