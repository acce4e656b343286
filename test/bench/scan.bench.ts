/**
 * scan-image on a synthetic 50,000-finding Trivy report: the action bundle as a runner starts it
 * (parse, policy with an ignore file, SARIF, scan record, summary) against a bare `JSON.parse` of
 * the same file, each in its own node process so that peak memory (maxRSS) is the process's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/shared-fixtures';
import { defineBenchmark } from './harness';

const FINDINGS = 50_000;
const bundle = join(repoRoot, 'actions', 'scan-image', 'dist', 'index.js');
const DIGEST = `sha256:${'5c'.repeat(32)}`;

interface Context {
  dir: string;
  report: string;
  ignoreFile: string;
  reportMb: number;
}

/** A report shaped like Trivy's: several results, full vulnerability objects, the usual mix of statuses. */
function syntheticReport(count: number): string {
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'MEDIUM', 'LOW', 'LOW', 'LOW', 'UNKNOWN'];
  const statuses = ['fixed', 'fixed', 'affected', 'will_not_fix', 'fixed', 'end_of_life'];
  const buckets: unknown[][] = Array.from({ length: 10 }, () => []);
  const results = buckets.map((vulnerabilities, r) => ({
    Target: r === 0 ? `registry.example.com/acme/big@${DIGEST} (debian 12.5)` : `app/module-${r}/package-lock.json`,
    Class: r === 0 ? 'os-pkgs' : 'lang-pkgs',
    Type: r === 0 ? 'debian' : 'npm',
    Vulnerabilities: vulnerabilities,
  }));
  for (let i = 0; i < count; i++) {
    const id = `CVE-${2015 + (i % 10)}-${String(10000 + i)}`;
    const status = statuses[i % statuses.length] as string;
    const pkg = `package-${i % 4000}`;
    (buckets[i % buckets.length] as unknown[]).push({
      VulnerabilityID: id,
      PkgID: `${pkg}@1.${i % 50}.0`,
      PkgName: pkg,
      PkgIdentifier: { PURL: `pkg:npm/${pkg}@1.${i % 50}.0`, UID: (i * 2654435761).toString(16).padStart(16, '0') },
      InstalledVersion: `1.${i % 50}.0`,
      ...(status === 'fixed' ? { FixedVersion: `1.${i % 50}.1, 2.0.${i % 7}` } : {}),
      Status: status,
      Layer: { Digest: `sha256:${'ab'.repeat(32)}`, DiffID: `sha256:${'cd'.repeat(32)}` },
      SeveritySource: 'nvd',
      PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
      DataSource: {
        ID: 'debian',
        Name: 'Debian Security Tracker',
        URL: 'https://salsa.debian.org/security-tracker-team/security-tracker',
      },
      Title: `${pkg}: improper input validation in component ${i % 97}`,
      Description: `A flaw was found in ${pkg} where a crafted input to the parser could lead to a denial of service or possibly code execution. This affects versions before 1.${i % 50}.1.`,
      Severity: severities[i % severities.length],
      CweIDs: ['CWE-20'],
      VendorSeverity: { nvd: 2, redhat: 2 },
      CVSS: {
        nvd: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', V3Score: 7.5 },
        redhat: { V3Vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H', V3Score: 5.9 },
      },
      References: [
        `https://access.redhat.com/security/cve/${id}`,
        `https://nvd.nist.gov/vuln/detail/${id}`,
        `https://security-tracker.debian.org/tracker/${id}`,
      ],
      PublishedDate: '2024-01-15T10:15:00Z',
      LastModifiedDate: '2024-02-01T12:00:00Z',
    });
  }
  return JSON.stringify(
    {
      SchemaVersion: 2,
      Trivy: { Version: '0.58.1' },
      CreatedAt: '2024-03-01T09:30:00Z',
      ArtifactName: `registry.example.com/acme/big@${DIGEST}`,
      ArtifactType: 'container_image',
      Metadata: { RepoDigests: [`registry.example.com/acme/big@${DIGEST}`] },
      Results: results,
    },
    null,
    2,
  );
}

/** Runs node with `args`, printing process.resourceUsage() on exit, and returns the peak RSS in MB. */
function runMeasured(args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`,
      ...args,
    ],
    { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  const match = /maxrss=(\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match) {
    throw new Error(
      `node ${args.join(' ')} failed (${result.status}): ${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`,
    );
  }
  return Number(match[1]) / 1024;
}

function actionEnv(context: Context, out: string): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_') && !key.startsWith('GITHUB_')),
  );
  return {
    ...base,
    RUNNER_TEMP: out,
    GITHUB_WORKSPACE: out,
    GITHUB_OUTPUT: join(out, 'output'),
    GITHUB_STEP_SUMMARY: join(out, 'summary.md'),
    'INPUT_IMAGE-REF': `registry.example.com/acme/big@${DIGEST}`,
    INPUT_REPORT: context.report,
    'INPUT_IGNORE-FILE': context.ignoreFile,
    'INPUT_SEVERITY-THRESHOLD': 'high',
    'INPUT_REPORT-THRESHOLD': 'low',
    'INPUT_FAIL-ON-VIOLATION': 'false',
    INPUT_SCANNER: 'auto',
  };
}

export default defineBenchmark<Context>({
  name: 'scan-evaluate-50k',
  goal: 'subject ≤ 1.5 s and ≤ 300 MB peak RSS',
  meetsGoal: (result) => result.subject.medianMs <= 1500 && (result.subject.metrics.peakRssMb ?? Infinity) <= 300,
  iterations: 5,
  async setup() {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing; run \`npm run build -- scan-image\` first.`);
    const dir = await mkdtemp(join(tmpdir(), 'scan-bench-'));
    const report = join(dir, 'trivy-50k.json');
    await writeFile(report, syntheticReport(FINDINGS));
    const ignoreFile = join(dir, 'ignore.yaml');
    const entries = Array.from(
      { length: 200 },
      (_, i) =>
        `- id: CVE-${2015 + ((i * 37) % 10)}-${10000 + i * 37}\n  reason: accepted for the benchmark\n  expires: 2999-01-01`,
    );
    await writeFile(ignoreFile, `${entries.join('\n')}\n`);
    return { dir, report, ignoreFile, reportMb: (await stat(report)).size / 1024 / 1024 };
  },
  baseline: {
    label: 'node: JSON.parse of the report',
    async run(context) {
      const script = `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(context.report)}, 'utf8'))`;
      return { peakRssMb: runMeasured(['-e', script], process.env), reportMb: context.reportMb };
    },
  },
  subject: {
    label: 'scan-image bundle: parse+policy+SARIF+record',
    async run(context) {
      const out = await mkdtemp(join(context.dir, 'run-'));
      await Promise.all(['output', 'summary.md'].map((name) => writeFile(join(out, name), '')));
      const peakRssMb = runMeasured([bundle], actionEnv(context, out));
      await rm(out, { recursive: true, force: true });
      return { peakRssMb };
    },
  },
  async teardown(context) {
    await rm(context.dir, { recursive: true, force: true });
  },
});
