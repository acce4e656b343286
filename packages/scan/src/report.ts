import { ConfigurationError } from '@shipgate/core';
import type { ParsedReport } from './finding';
import { isGrypeReport, parseGrypeReport } from './grype';
import { isTrivyReport, parseTrivyReport } from './trivy';

/**
 * Parses a scanner report, whichever of the two formats it is. `source` names the input or file
 * in error messages.
 */
export function parseScanReport(text: string, source: string): ParsedReport {
  return parseScanReportJson(parseReportJson(text, source), source);
}

export function parseReportJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigurationError(`Report ${source} is not valid JSON.`);
  }
}

export function parseScanReportJson(json: unknown, source: string): ParsedReport {
  if (isTrivyReport(json)) return parseTrivyReport(json, source);
  if (isGrypeReport(json)) return parseGrypeReport(json);
  throw new ConfigurationError(
    `Report ${source} is neither a Trivy JSON report (SchemaVersion and Results) nor a Grype JSON report (matches).`,
  );
}
