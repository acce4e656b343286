import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigurationError, type Exec, isOnPath, type Logger, ShipgateError } from '@shipgate/core';
import { type ImageReference, parseImageReference, withDigest } from '@shipgate/image';
import type { Finding, ParsedReport, ScannerInfo, ScannerName } from './finding';
import { grypeVersion, runGrype } from './grype-cli';
import { JsonBytes } from './json-slices';
import {
  evaluatePolicy,
  type IgnoreEntry,
  type PolicyEvaluation,
  parseIgnoreFile,
  type ScanPolicy,
  utcDate,
} from './policy';
import { parseScanReportInput } from './report';
import { sarifJsonChunks } from './sarif';
import { SARIF_LIMITS } from './sarif-limits';
import { SCAN_RECORD_SCHEMA, type ScanRecord, type Severity } from './scan-record';
import { checkScannerOptions, type ScannerOptions } from './scanner-options';
import { type RegistryAccess, runTrivy, trivyVersion } from './trivy-cli';

export type ScannerChoice = ScannerName | 'auto';

/** Resolves a tag to the manifest digest the registry serves for it (`sha256:…`). */
export type DigestResolver = (reference: ImageReference, registry: RegistryAccess) => Promise<string>;

/** The digests of the manifests a digest-pinned index lists; empty when the digest is an image, not an index. */
export type IndexManifestLister = (reference: ImageReference, registry: RegistryAccess) => Promise<string[]>;

export interface ScanImageOptions {
  /** As the user gave it; pinned by digest, or a tag the resolver turns into one. */
  imageRef: string;
  scanner: ScannerChoice;
  /** An existing report to evaluate instead of running a scanner. */
  reportFile?: string;
  severityThreshold: Severity;
  /** Exactly the severities that fail (trivy-action's `severity` list); see `failingSeverities`. */
  failSeverities?: readonly Severity[];
  reportThreshold: Severity;
  ignoreUnfixed: boolean;
  ignoreFile?: string;
  /** Several ignore files (trivy-action's `trivyignores`); their entries all apply. */
  ignoreFiles?: readonly string[];
  /** The scanner's timeout, cache and database sources; not used when `reportFile` is given. */
  scannerOptions?: ScannerOptions;
  sarifFile: string;
  recordFile: string;
  /** Where the scanner writes its report. */
  workDir: string;
  registry: RegistryAccess;
  now?: Date;
  /**
   * Accept a report that names no image digest (a go.mod or filesystem scan, or a report whose
   * artifact is unknown). Its verdict is then recorded as `unbound`.
   */
  allowUnboundReport?: boolean;
  /** Input names, for messages. */
  inputNames?: { imageRef?: string; report?: string; ignoreFile?: string; scanner?: string };
}

export interface ScanImageDependencies {
  log: Logger;
  exec: Exec;
  /** Absent where no registry client is available: a tag-only ref is then refused. */
  resolveDigest?: DigestResolver;
  /** Lists an index's manifests, so a report of one platform binds to the index deployed. */
  listIndexManifests?: IndexManifestLister;
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ScanImageResult {
  record: ScanRecord;
  evaluation: PolicyEvaluation;
  scanner: ScannerInfo;
  findings: number;
  sarifFile: string;
  recordFile: string;
}

/** A `fail` verdict with fail-on-violation: not a user mistake nor a tool failure, but the step still fails. */
export class PolicyViolationError extends ShipgateError {
  override name = 'PolicyViolationError';
}

/**
 * Scans (or evaluates a given report for) one digest-pinned image, applies the policy and writes
 * the SARIF log and the scan record. Everything the user supplied is read and checked before
 * anything is written.
 */
export async function scanImage(options: ScanImageOptions, deps: ScanImageDependencies): Promise<ScanImageResult> {
  const names = {
    imageRef: 'image-ref',
    report: 'report',
    ignoreFile: 'ignore-file',
    scanner: 'scanner',
    ...options.inputNames,
  };
  const now = options.now ?? new Date();
  const reference = parseReference(options.imageRef, names.imageRef);
  const ignoreFiles = [...(options.ignoreFile ? [options.ignoreFile] : []), ...(options.ignoreFiles ?? [])];
  const ignoreEntries = await readIgnoreFiles(ignoreFiles, names.ignoreFile);

  const { report, reportPath, pinned } = await obtainReport(reference, options, deps, names);
  const { parsed } = report;
  const digest = pinned.digest as string;
  const reportDigests = parsed.artifact.digests;
  const binding = await checkReportBinding(reportDigests, pinned, options, deps, { reportPath, ...names });
  const policy: ScanPolicy = {
    severityThreshold: options.severityThreshold,
    ...(options.failSeverities ? { failSeverities: options.failSeverities } : {}),
    reportThreshold: options.reportThreshold,
    ignoreUnfixed: options.ignoreUnfixed,
    ignoreEntries,
    ...(ignoreFiles.length === 1 ? { ignoreFile: ignoreFiles[0] } : {}),
    ...(ignoreFiles.length > 1 ? { ignoreFiles } : {}),
  };
  const evaluation = evaluatePolicy(parsed.findings, policy, utcDate(now));
  for (const entry of evaluation.expiredEntries) {
    deps.log.warning(
      `The ignore ${entry.origin} for ${entry.id} expired on ${entry.expires} and no longer applies; renew it with a reason or fix the vulnerability.`,
    );
  }

  const imageRef = pinned.toString();
  const record = scanRecordOf(imageRef, digest, { parsed, sha256: report.sha256, path: reportPath }, evaluation, {
    policy,
    binding,
    now,
  });
  await writeChunks(options.sarifFile, sarifJsonChunks(evaluation.reported, { scanner: parsed.scanner, imageRef }, 20));
  if (evaluation.reported.length > SARIF_LIMITS.resultsPerRun) {
    deps.log.warning(
      `The SARIF log holds the ${SARIF_LIMITS.resultsPerRun} most severe of ${evaluation.reported.length} findings, as many as GitHub code scanning accepts in one run; the job summary and the scan record count them all.`,
    );
  }
  await writeJson(options.recordFile, record);
  return {
    record,
    evaluation,
    scanner: parsed.scanner,
    findings: parsed.findings.length,
    sarifFile: options.sarifFile,
    recordFile: options.recordFile,
  };
}

/** The report: the one given (input `report`), or the scanner's, run here on the pinned image. */
async function obtainReport(
  reference: ImageReference,
  options: ScanImageOptions,
  deps: ScanImageDependencies,
  names: { imageRef: string; report: string; scanner: string },
): Promise<{ report: { parsed: ParsedReport; sha256: string }; reportPath: string; pinned: ImageReference }> {
  if (options.reportFile) {
    const reportPath = options.reportFile;
    const report = await readReport(reportPath, `${reportPath} (input "${names.report}")`, names.report);
    return { report, reportPath, pinned: await pin(reference, options, deps, names.imageRef) };
  }
  const scanner = await chooseScanner(options.scanner, deps.env ?? process.env, names.scanner);
  checkScannerOptions(scanner, options.scannerOptions ?? {});
  const pinned = await pin(reference, options, deps, names.imageRef);
  await mkdir(options.workDir, { recursive: true });
  const reportPath = join(options.workDir, `${scanner}-report.json`);
  const version = await runScanner(scanner, pinned.toString(), reportPath, options, deps);
  const report = await readReport(reportPath, reportPath);
  // The version command knows the DB time for Trivy; Grype's report carries its own.
  report.parsed.scanner = {
    ...report.parsed.scanner,
    version: version.version,
    ...(version.dbUpdatedAt ? { dbUpdatedAt: version.dbUpdatedAt } : {}),
  };
  return { report, reportPath, pinned };
}

/** The scan record: the verdict with what it was reached from, bound to the digest. */
function scanRecordOf(
  imageRef: string,
  digest: string,
  report: { parsed: ParsedReport; sha256: string; path: string },
  evaluation: PolicyEvaluation,
  context: { policy: ScanPolicy; binding: ScanRecord['binding']; now: Date },
): ScanRecord {
  const { parsed } = report;
  const { policy } = context;
  const reportDigests = parsed.artifact.digests;
  return {
    schema: SCAN_RECORD_SCHEMA,
    imageRef,
    digest,
    scanner: parsed.scanner,
    policy: {
      severityThreshold: policy.severityThreshold,
      ...(policy.failSeverities ? { failSeverities: [...policy.failSeverities] } : {}),
      reportThreshold: policy.reportThreshold,
      ignoreUnfixed: policy.ignoreUnfixed,
      ...(policy.ignoreFile ? { ignoreFile: policy.ignoreFile } : {}),
      ...(policy.ignoreFiles ? { ignoreFiles: [...policy.ignoreFiles] } : {}),
    },
    counts: evaluation.counts,
    violations: evaluation.violations.map(violationOf),
    ignored: [
      ...evaluation.ignored.map(({ finding, entry }) => ({
        id: finding.id,
        package: finding.package.name,
        reason: entry.reason,
        ...(entry.expires ? { expires: entry.expires } : {}),
      })),
      ...evaluation.expiredEntries.map((entry) => ({
        id: entry.id,
        ...(entry.package ? { package: entry.package } : {}),
        reason: entry.reason,
        ...(entry.expires ? { expires: entry.expires } : {}),
        expired: true,
      })),
    ],
    verdict: evaluation.verdict,
    report: {
      sha256: report.sha256,
      path: report.path,
      ...(reportDigests.length > 0 ? { digests: reportDigests } : {}),
    },
    binding: context.binding,
    createdAt: context.now.toISOString(),
    findings: parsed.findings.length,
    unfixedIgnored: evaluation.unfixedIgnored,
  };
}

/**
 * Whether the report is about the image being scanned: it names the image-ref's digest or, for a
 * multi-platform index, one of the manifests the registry lists in that index. A report naming no
 * digest binds to nothing and is accepted only with `allowUnboundReport`.
 */
async function checkReportBinding(
  reportDigests: readonly string[],
  pinned: ImageReference,
  options: ScanImageOptions,
  deps: ScanImageDependencies,
  names: { reportPath: string; imageRef: string; report: string },
): Promise<'bound' | 'unbound'> {
  const digest = pinned.digest as string;
  if (reportDigests.length === 0) {
    if (options.allowUnboundReport) {
      deps.log.warning(
        `Report ${names.reportPath} names no image digest, so its verdict is recorded as unbound (allow-unbound-report is true).`,
      );
      return 'unbound';
    }
    throw new ConfigurationError(
      `Input "${names.report}" names no image digest, so it cannot be bound to ${digest}; scan the image itself or set allow-unbound-report: true.`,
    );
  }
  if (reportDigests.includes(digest)) return 'bound';
  const listed = deps.listIndexManifests ? await deps.listIndexManifests(pinned, options.registry) : [];
  if (reportDigests.some((named) => listed.includes(named))) return 'bound';
  throw new ConfigurationError(
    `Report ${names.reportPath} is for ${reportDigests.join(', ')}, not for input "${names.imageRef}" (${digest})${listed.length > 0 ? ' nor any manifest of its index' : ''}.`,
  );
}

function violationOf(finding: Finding): ScanRecord['violations'][number] {
  return {
    id: finding.id,
    package: finding.package.name,
    installedVersion: finding.package.version,
    fixedVersions: finding.fixedVersions,
    severity: finding.severity,
  };
}

function parseReference(value: string, inputName: string): ImageReference {
  try {
    return parseImageReference(value);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`Input "${inputName}" is not a valid image reference: ${error.message}`);
    }
    throw error;
  }
}

async function pin(
  reference: ImageReference,
  options: ScanImageOptions,
  deps: ScanImageDependencies,
  inputName: string,
): Promise<ImageReference> {
  if (reference.digest) return reference;
  if (!deps.resolveDigest) {
    throw new ConfigurationError(
      `Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${options.imageRef}", and no registry client is available to resolve the tag.`,
    );
  }
  let digest: string;
  try {
    digest = await deps.resolveDigest(reference, options.registry);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const detail = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    throw new ConfigurationError(
      `Input "${inputName}" is "${options.imageRef}", a tag that could not be resolved to a digest (${detail}); pin it as repository@sha256:….`,
    );
  }
  deps.log.info(`Resolved ${reference.toString()} to ${digest}`);
  return withDigest(reference, digest);
}

export async function chooseScanner(
  choice: ScannerChoice,
  env: Readonly<Record<string, string | undefined>>,
  inputName = 'scanner',
): Promise<ScannerName> {
  const candidates: ScannerName[] = choice === 'auto' ? ['trivy', 'grype'] : [choice];
  for (const candidate of candidates) if (await isOnPath(candidate, env)) return candidate;
  throw new ConfigurationError(
    choice === 'auto'
      ? `Input "${inputName}" is "auto" but neither trivy nor grype is on PATH; install one, or give a scanner report in input "report".`
      : `Input "${inputName}" is "${choice}" but ${choice} is not on PATH; install it, or give a scanner report in input "report".`,
  );
}

async function runScanner(
  scanner: ScannerName,
  imageRef: string,
  reportPath: string,
  options: Pick<ScanImageOptions, 'registry' | 'scannerOptions'>,
  deps: ScanImageDependencies,
): Promise<{ version: string; dbUpdatedAt?: string }> {
  const run = { log: deps.log, exec: deps.exec };
  const scannerOptions = options.scannerOptions ?? {};
  if (scanner === 'trivy') {
    await runTrivy(run, imageRef, reportPath, options.registry, scannerOptions);
    return trivyVersion(run, scannerOptions);
  }
  await runGrype(run, imageRef, reportPath, options.registry, scannerOptions);
  return grypeVersion(run);
}

/**
 * Hashes and parses a report in one read of it. The report is never held whole, as bytes, text or
 * objects: it is read a megabyte at a time into a window that the parser walks, each
 * vulnerability parsed on its own, and each piece hashed as it is read.
 */
async function readReport(
  path: string,
  source: string,
  inputName?: string,
): Promise<{ parsed: ParsedReport; sha256: string }> {
  const failed = (error: unknown) => (inputName ? unreadable(error, path, inputName, 'report') : error);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw failed(error);
  }
  try {
    const hash = createHash('sha256');
    const input = JsonBytes.reading((target, offset, length) => {
      let count: number;
      try {
        count = readSync(fd, target, offset, length, null); // a directory fails here (EISDIR)
      } catch (error) {
        throw failed(error);
      }
      hash.update(target.subarray(offset, offset + count));
      return count;
    });
    // A parsed document has been read to its end (only whitespace may follow it), so all of the
    // file is hashed.
    const parsed = parseScanReportInput(input, source);
    return { parsed, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Synchronous writes: each piece is encoded into one reused buffer and dropped before the next
  // is built, where queued async writes would keep them all alive (and idle the step) for a 50 MB
  // log. The pieces are small, so none lives long enough to be promoted out of the young heap.
  const fd = openSync(path, 'w');
  const buffer = Buffer.allocUnsafeSlow(1 << 20);
  let used = 0;
  const flush = () => {
    for (let written = 0; written < used; ) written += writeSync(fd, buffer, written, used - written);
    used = 0;
  };
  const put = (chunk: string) => {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (used + chunk.length * 3 > buffer.length) flush();
    if (chunk.length * 3 > buffer.length) writeSync(fd, chunk);
    else used += buffer.write(chunk, used);
  };
  try {
    for (const chunk of chunks) put(chunk);
    put('\n');
    flush();
  } finally {
    closeSync(fd);
  }
}

/** Every entry of every file; with several files each entry's origin names its file. */
async function readIgnoreFiles(paths: readonly string[], inputName: string): Promise<IgnoreEntry[]> {
  const entries: IgnoreEntry[] = [];
  for (const path of paths) {
    const text = await readInputFile(path, inputName, 'ignore file');
    for (const entry of parseIgnoreFile(text, `${path} (input "${inputName}")`)) {
      entries.push(paths.length > 1 ? { ...entry, origin: `${entry.origin} of ${path}` } : entry);
    }
  }
  return entries;
}

async function readInputFile(path: string, inputName: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(error, path, inputName, what);
  }
}

function unreadable(error: unknown, path: string, inputName: string, what: string): ConfigurationError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
  return new ConfigurationError(`Input "${inputName}" names the ${what} ${path}, which ${reason}.`);
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
