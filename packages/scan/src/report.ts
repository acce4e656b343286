import { ConfigurationError, formatBytes } from '@shipgate/core';
import { type Finding, isRecord, type ParsedReport, stringOrUndefined } from './finding';
import { grypeMatchFinding, grypeParsedReport, isGrypeReport, parseGrypeReport } from './grype';
import {
  byteAt,
  documentStart,
  finishDocument,
  forEachElement,
  forEachMember,
  isArrayAt,
  isObjectAt,
  JsonBytes,
  JsonSyntaxError,
  JsonValueTooLong,
  parseValueAt,
  skipValue,
} from './json-slices';
import {
  checkTrivySchemaVersion,
  isTrivyReport,
  parseTrivyReport,
  trivyFinding,
  trivyParsedReport,
  trivyResultsNotAList,
} from './trivy';

/**
 * Parses a scanner report, whichever of the two formats it is. `source` names the input or file
 * in error messages.
 */
export function parseScanReport(text: string, source: string): ParsedReport {
  return parseScanReportBytes(Buffer.from(text, 'utf8'), source);
}

export function parseReportJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw notJson(source);
  }
}

/** The same as `parseScanReport` for a report already parsed as a whole. */
export function parseScanReportJson(json: unknown, source: string): ParsedReport {
  if (isTrivyReport(json)) return parseTrivyReport(json, source);
  if (isGrypeReport(json)) return parseGrypeReport(json);
  throw neitherFormat(source);
}

/**
 * Parses a report from its UTF-8 bytes without ever holding it as one string or one object
 * graph: the document is walked with a structural scanner, each vulnerability (Trivy
 * `Results[].Vulnerabilities[]`) or match (Grype `matches[]`) is parsed on its own and turned into
 * a finding at once, and of the other top-level fields only the few the report needs are kept.
 * The result, and every error, is the same as `parseScanReportJson(JSON.parse(text))`; the
 * whole document is checked before any of its content decides an error.
 */
export function parseScanReportBytes(bytes: Buffer, source: string): ParsedReport {
  return parseScanReportInput(JsonBytes.of(bytes), source);
}

/** `parseScanReportBytes` for a report read as it is walked (`JsonBytes.reading`). */
export function parseScanReportInput(input: JsonBytes, source: string): ParsedReport {
  let document: ScannedReport;
  try {
    document = scanReport(input);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw notJson(source);
    if (error instanceof JsonValueTooLong) {
      throw new ConfigurationError(
        `Report ${source} has a value of ${formatBytes(error.length)} at byte ${error.offset}, more than the ${formatBytes(error.maxLength)} one value of a report can be read as.`,
      );
    }
    throw error;
  }
  const { fields, trivyResults, grypeMatches } = document;
  if (!document.isObject) throw neitherFormat(source);
  // isTrivyReport and isGrypeReport, on what the scan kept.
  if (typeof fields.SchemaVersion === 'number' && (document.hasResults || 'ArtifactName' in fields)) {
    checkTrivySchemaVersion(fields.SchemaVersion, source);
    if (trivyResults === 'not-a-list') throw trivyResultsNotAList(source);
    return trivyParsedReport(fields, trivyResults ?? []);
  }
  if (Array.isArray(grypeMatches) && (isRecord(fields.descriptor) || isRecord(fields.source))) {
    return grypeParsedReport(fields, grypeMatches);
  }
  throw neitherFormat(source);
}

function notJson(source: string): ConfigurationError {
  return new ConfigurationError(`Report ${source} is not valid JSON.`);
}

function neitherFormat(source: string): ConfigurationError {
  return new ConfigurationError(
    `Report ${source} is neither a Trivy JSON report (SchemaVersion and Results) nor a Grype JSON report (matches).`,
  );
}

/**
 * One copy of each package name, version, type and fixed version, which thousands of findings
 * share: a report's findings are most of what the step keeps in memory, and the fewer strings of
 * theirs outlive a garbage collection, the smaller the heap stays while they are read.
 */
function stringPool(): (finding: Finding) => Finding {
  const strings = new Map<string, string>();
  const shared = (text: string) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  return (finding) => {
    const { package: pkg, fixedVersions } = finding;
    pkg.name = shared(pkg.name);
    pkg.version = shared(pkg.version);
    pkg.type = shared(pkg.type);
    for (let i = 0; i < fixedVersions.length; i++) fixedVersions[i] = shared(fixedVersions[i] as string);
    return finding;
  };
}

/** The top-level fields the two formats read besides their findings. */
const KEPT_FIELDS = new Set(['SchemaVersion', 'ArtifactName', 'Trivy', 'Metadata', 'descriptor', 'source']);

interface ScannedReport {
  isObject: boolean;
  /** The KEPT_FIELDS the document has (the last of duplicates, as `JSON.parse` keeps). */
  fields: Record<string, unknown>;
  hasResults: boolean;
  /** `Results` read as Trivy's: findings; `undefined` when absent or null; or not a list. */
  trivyResults: Finding[] | undefined | 'not-a-list';
  /** `matches` read as Grype's: findings, or `undefined` when it is absent or not a list. */
  grypeMatches: Finding[] | undefined;
}

/**
 * One pass over the whole document, checking all of it. Both `Results` and `matches` are read
 * as they are met, before the format is known (`SchemaVersion` may come last); the caller keeps
 * the one the format calls for.
 */
function scanReport(input: JsonBytes): ScannedReport {
  const start = documentStart(input);
  const pooled = stringPool();
  const report: ScannedReport = {
    isObject: isObjectAt(input, start),
    fields: {},
    hasResults: false,
    trivyResults: undefined,
    grypeMatches: undefined,
  };
  const end = !report.isObject
    ? skipValue(input, start)
    : forEachMember(input, start, (name, valueStart) => {
        if (name === 'Results') {
          report.hasResults = true;
          report.trivyResults = undefined;
          if (isArrayAt(input, valueStart)) {
            const findings: Finding[] = [];
            report.trivyResults = findings;
            return forEachElement(input, valueStart, (resultStart) =>
              readTrivyResult(input, resultStart, findings, pooled),
            );
          }
          // Checked whole by skipValue, so a value starting with `n` is `null`.
          if (byteAt(input, valueStart) !== 0x6e) report.trivyResults = 'not-a-list';
          return skipValue(input, valueStart);
        }
        if (name === 'matches') {
          report.grypeMatches = undefined;
          if (!isArrayAt(input, valueStart)) return skipValue(input, valueStart);
          const findings: Finding[] = [];
          report.grypeMatches = findings;
          return forEachElement(input, valueStart, (matchStart) => {
            const { value, end } = parseValueAt(input, matchStart);
            const finding = grypeMatchFinding(value);
            if (finding) findings.push(pooled(finding));
            return end;
          });
        }
        if (KEPT_FIELDS.has(name)) {
          const { value, end } = parseValueAt(input, valueStart);
          report.fields[name] = value;
          return end;
        }
        return skipValue(input, valueStart);
      });
  finishDocument(input, end);
  return report;
}

/**
 * One element of Trivy's `Results`: its vulnerabilities are appended to `findings` with the
 * result's `Type` and `Target`, which may come before or after `Vulnerabilities`. Returns the end.
 */
function readTrivyResult(
  input: JsonBytes,
  start: number,
  findings: Finding[],
  pooled: (finding: Finding) => Finding,
): number {
  if (!isObjectAt(input, start)) return skipValue(input, start);
  let target: unknown;
  let type: unknown;
  let vulnerabilities: Finding[] | undefined;
  const end = forEachMember(input, start, (name, valueStart) => {
    if (name === 'Vulnerabilities') {
      vulnerabilities = undefined;
      if (!isArrayAt(input, valueStart)) return skipValue(input, valueStart);
      const list: Finding[] = [];
      vulnerabilities = list;
      return forEachElement(input, valueStart, (elementStart) => {
        const { value, end } = parseValueAt(input, elementStart);
        if (isRecord(value)) list.push(pooled(trivyFinding(value, 'unknown', undefined)));
        return end;
      });
    }
    if (name === 'Target' || name === 'Type') {
      const { value, end } = parseValueAt(input, valueStart);
      if (name === 'Target') target = value;
      else type = value;
      return end;
    }
    return skipValue(input, valueStart);
  });
  if (vulnerabilities) {
    // What trivyFinding would have set given them: the type, and the target as its last field.
    const resultTarget = stringOrUndefined(target);
    const resultType = stringOrUndefined(type) ?? 'unknown';
    for (const finding of vulnerabilities) {
      finding.package.type = resultType;
      if (resultTarget) finding.target = resultTarget;
      findings.push(finding);
    }
  }
  return end;
}
