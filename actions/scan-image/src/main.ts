import { mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type AttestSettings, attestScan, readAttestSettings } from '@shipgate/attest';
import {
  basicAuthForms,
  ConfigurationError,
  InputReader,
  MAX_RECORD_FILE_BYTES,
  MAX_REPORT_FILE_BYTES,
  type Runtime,
  requireFileSizeWithin,
  runOnGitHub,
} from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import {
  describeFailingSeverities,
  type FailingSeverities,
  failingSeverities,
  PolicyViolationError,
  parseScanTimeout,
  parseSeverityList,
  parseSeverityName,
  registryDigestResolver,
  registryIndexLister,
  renderScanSummary,
  type ScanImageOptions,
  type ScannerOptions,
  scanImage,
} from '@shipgate/scan';

/** Settings with their defaults applied, everything validated; paths absolute. */
type ScanImageSettings = Omit<ScanImageOptions, 'sarifFile' | 'recordFile' | 'workDir'> & {
  sarifFile?: string;
  failOnViolation: boolean;
  attest?: AttestSettings;
  sbom: boolean;
};

export function readSettings(runtime: Runtime): ScanImageSettings {
  const inputs = new InputReader(runtime);
  const inWorkspace = (path: string | undefined) => (path ? resolve(runtime.workspace, path) : undefined);
  const username = inputs.optional('registry-username');
  const password = inputs.optional('registry-password');
  if (password) for (const form of basicAuthForms(username ?? '', password)) runtime.setSecret(form);
  if (password && !username) {
    throw new ConfigurationError('Input "registry-password" is set but "registry-username" is empty; give both.');
  }
  const attest = readAttestSettings({
    inputs,
    env: runtime.env,
    context: runtime.context,
    setSecret: (secret) => runtime.setSecret(secret),
    idToken: (audience) => runtime.idToken(audience),
  });
  const sbom = inputs.boolean('sbom', false);
  if (sbom && !attest) {
    throw new ConfigurationError(
      'Input "sbom" is true, but nothing is attested: it needs attest (an OIDC token or signing-key).',
    );
  }
  return {
    ...(attest ? { attest } : {}),
    sbom,
    imageRef: inputs.required('image-ref'),
    scanner: inputs.enum('scanner', ['trivy', 'grype', 'auto'], 'auto'),
    reportFile: inWorkspace(inputs.optional('report')),
    ...readFailingSeverities(inputs),
    reportThreshold: parseSeverityName(inputs.string('report-threshold', 'low'), 'report-threshold'),
    ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
    ignoreFiles: inputs.list('ignore-file').map((path) => resolve(runtime.workspace, path)),
    scannerOptions: readScannerOptions(inputs, (path) => resolve(runtime.workspace, path)),
    sarifFile: inWorkspace(inputs.optional('sarif-file')),
    failOnViolation: inputs.boolean('fail-on-violation', true),
    allowUnboundReport: inputs.boolean('allow-unbound-report', false),
    registry: {
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
      tlsVerify: inputs.boolean('tls-verify', true),
    },
  };
}

/**
 * `severity-threshold` (one severity: it and every one above fail) or trivy-action's `severity`
 * (a list: exactly those fail; CRITICAL,HIGH is the threshold high). High when neither is set.
 */
function readFailingSeverities(inputs: InputReader): FailingSeverities {
  const threshold = inputs.optional('severity-threshold');
  const list = inputs.list('severity');
  if (threshold && list.length > 0) {
    throw new ConfigurationError('Inputs "severity" and "severity-threshold" are both set; give one.');
  }
  if (list.length > 0) return failingSeverities(parseSeverityList(list, 'severity'));
  if (threshold && /[,\n]/.test(threshold)) {
    throw new ConfigurationError(
      `Input "severity-threshold" takes one severity, got "${threshold}"; for a list such as CRITICAL,HIGH use input "severity".`,
    );
  }
  return { severityThreshold: parseSeverityName(threshold ?? 'high', 'severity-threshold') };
}

/** trivy-action's timeout, cache-dir and the database repositories; paths absolute. */
function readScannerOptions(inputs: InputReader, inWorkspace: (path: string) => string): ScannerOptions {
  const timeout = inputs.optional('timeout');
  const cacheDir = inputs.optional('cache-dir');
  const dbRepositories = inputs.list('db-repository');
  const javaDbRepositories = inputs.list('java-db-repository');
  return {
    ...(timeout ? { timeoutMs: parseScanTimeout(timeout, 'timeout') } : {}),
    ...(cacheDir ? { cacheDir: inWorkspace(cacheDir) } : {}),
    ...(dbRepositories.length > 0 ? { dbRepositories } : {}),
    ...(javaDbRepositories.length > 0 ? { javaDbRepositories } : {}),
  };
}

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const { failOnViolation, sarifFile, attest, sbom, ...settings } = readSettings(runtime);
  if (settings.reportFile) await requireFileSizeWithin(settings.reportFile, 'report', MAX_REPORT_FILE_BYTES);
  for (const ignoreFile of settings.ignoreFiles ?? []) {
    await requireFileSizeWithin(ignoreFile, 'ignore-file', MAX_RECORD_FILE_BYTES);
  }
  const { username, password } = settings.registry;
  const credentials = username && password ? { username, password } : undefined;
  const outDir = await mkdtemp(join(runtime.tempDir, 'shipgate-scan-'));
  const result = await scanImage(
    {
      ...settings,
      sarifFile: sarifFile ?? join(outDir, 'results.sarif'),
      recordFile: join(outDir, 'scan-record.json'),
      workDir: outDir,
    },
    {
      log: runtime.log,
      exec: runtime.exec,
      env: runtime.env,
      resolveDigest: registryDigestResolver(runtime.log),
      listIndexManifests: registryIndexLister(runtime.log),
    },
  );
  const { record } = result;
  // A fail verdict is attested too: it outranks an older pass of the same digest at promotion.
  const attestations = attest
    ? await attestScan(
        attest,
        record.imageRef,
        {
          verdict: record.verdict,
          counts: record.counts,
          policy: { ...record.policy },
          scanner: record.scanner,
          finishedAt: record.createdAt,
        },
        {
          log: runtime.log,
          registry: new RegistryClient({
            log: runtime.log,
            insecure: !settings.registry.tlsVerify,
            credentials: () => credentials,
          }),
          credentials,
          setSecret: (secret) => runtime.setSecret(secret),
        },
        sbom ? (record.report.path ?? '') : undefined,
      )
    : [];
  if (attest) runtime.setOutput('attestations', attestations.map((entry) => entry.artifact).join('\n'));
  runtime.setOutput('verdict', record.verdict);
  runtime.setOutput('counts', record.counts);
  runtime.setOutput('sarif-file', result.sarifFile);
  runtime.setOutput('scan-record', result.recordFile);
  await runtime.appendSummary(renderScanSummary(result));
  runtime.log.info(
    `Verdict ${record.verdict} for ${record.imageRef}: ${record.violations.length} violation(s) ${describeFailingSeverities(record.policy)}.`,
  );
  if (record.verdict === 'fail' && failOnViolation) {
    throw new PolicyViolationError(
      `${record.violations.length} finding(s) in ${record.imageRef} are ${describeFailingSeverities(record.policy)}; see the job summary.`,
    );
  }
}
