import { mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { basicAuthForms, ConfigurationError, InputReader, type Runtime, runOnGitHub } from '@shipgate/core';
import {
  PolicyViolationError,
  parseSeverityName,
  registryDigestResolver,
  renderScanSummary,
  type ScanImageOptions,
  scanImage,
} from '@shipgate/scan';

/** Settings with their defaults applied, everything validated; paths absolute. */
type ScanImageSettings = Omit<ScanImageOptions, 'sarifFile' | 'recordFile' | 'workDir'> & {
  sarifFile?: string;
  failOnViolation: boolean;
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
  return {
    imageRef: inputs.required('image-ref'),
    scanner: inputs.enum('scanner', ['trivy', 'grype', 'auto'], 'auto'),
    reportFile: inWorkspace(inputs.optional('report')),
    severityThreshold: parseSeverityName(inputs.string('severity-threshold', 'high'), 'severity-threshold'),
    reportThreshold: parseSeverityName(inputs.string('report-threshold', 'low'), 'report-threshold'),
    ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
    ignoreFile: inWorkspace(inputs.optional('ignore-file')),
    sarifFile: inWorkspace(inputs.optional('sarif-file')),
    failOnViolation: inputs.boolean('fail-on-violation', true),
    registry: {
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
      tlsVerify: inputs.boolean('tls-verify', true),
    },
  };
}

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const { failOnViolation, sarifFile, ...settings } = readSettings(runtime);
  const outDir = await mkdtemp(join(runtime.tempDir, 'shipgate-scan-'));
  const result = await scanImage(
    {
      ...settings,
      sarifFile: sarifFile ?? join(outDir, 'results.sarif'),
      recordFile: join(outDir, 'scan-record.json'),
      workDir: outDir,
    },
    { log: runtime.log, exec: runtime.exec, env: runtime.env, resolveDigest: registryDigestResolver(runtime.log) },
  );
  const { record } = result;
  runtime.setOutput('verdict', record.verdict);
  runtime.setOutput('counts', record.counts);
  runtime.setOutput('sarif-file', result.sarifFile);
  runtime.setOutput('scan-record', result.recordFile);
  await runtime.appendSummary(renderScanSummary(result));
  runtime.log.info(
    `Verdict ${record.verdict} for ${record.imageRef}: ${record.violations.length} violation(s) at or above ${record.policy.severityThreshold}.`,
  );
  if (record.verdict === 'fail' && failOnViolation) {
    throw new PolicyViolationError(
      `${record.violations.length} finding(s) in ${record.imageRef} are at or above severity ${record.policy.severityThreshold}; see the job summary.`,
    );
  }
}
