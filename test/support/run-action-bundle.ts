import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { GitHubApiState } from './github-api';
import { repoRoot } from './shared-fixtures';

export interface RunActionBundleOptions {
  /** Added to the runner environment (after the defaults below); `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE; a fresh temp dir by default. Also the process's cwd, as on a runner. */
  workspace?: string;
  /** RUNNER_TEMP; a fresh temp dir by default. */
  runnerTemp?: string;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
  timeoutMs?: number;
  /** The action's directory; `actions/<name>` by default. */
  actionDir?: string;
  /**
   * Send this signal to the action (to test cancellation) once `when` holds, checked every 50 ms,
   * so the test says what must have happened first rather than how long that takes.
   */
  signal?: { name: NodeJS.Signals; when: () => boolean };
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** `file`, `line`, `col`, `title`, … as the runner reads them (unescaped); absent when none were given. */
  properties?: Record<string, string>;
}

export interface ActionBundleResult {
  exitCode: number;
  outputs: Record<string, string>;
  /** What GITHUB_STEP_SUMMARY received. */
  summary: string;
  /** Variables the action exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** stdout and stderr as the runner's log shows them: ::add-mask:: consumed, masks applied. */
  log: string;
  annotations: Annotation[];
  /** The raw streams, before the runner's processing. */
  stdout: string;
  stderr: string;
  /** The values the action asked the runner to mask. */
  masked: string[];
  workspace: string;
  runnerTemp: string;
}

/**
 * The workflow run every step of these tests runs in (GITHUB_RUN_ID below, started by octocat), as
 * GitHub keeps it: deploys name it in `Shipgate-Run`, and verify-deployments reads who started it.
 */
export function addRunnerRun(state: GitHubApiState): void {
  state.addRun({
    owner: 'acme',
    repo: 'web',
    id: Number(RUNNER_DEFAULTS.GITHUB_RUN_ID),
    actor: RUNNER_DEFAULTS.GITHUB_ACTOR!,
    triggeringActor: RUNNER_DEFAULTS.GITHUB_TRIGGERING_ACTOR!,
    status: 'completed',
    conclusion: 'success',
  });
}

/** The environment a GitHub-hosted runner gives a step, less what a test does not need. */
const RUNNER_DEFAULTS: Record<string, string> = {
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_REPOSITORY_OWNER: 'acme',
  GITHUB_SHA: '9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_ACTOR: 'octocat',
  GITHUB_TRIGGERING_ACTOR: 'octocat',
  GITHUB_RUN_ID: '123',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKFLOW: 'deploy',
  GITHUB_JOB: 'deploy',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
};

interface ActionManifest {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
}

/**
 * Runs `node actions/<name>/dist/index.js` the way the runner does: inputs as INPUT_* (with the
 * action.yml defaults applied), the file commands, an event payload, and the runner's treatment
 * of workflow commands in the log. Run `npm run build` first: this runs the committed bundle.
 */
export async function runActionBundle(
  name: string,
  inputs: Record<string, string | number | boolean | undefined>,
  options: RunActionBundleOptions = {},
): Promise<ActionBundleResult> {
  const actionDir = options.actionDir ?? join(repoRoot, 'actions', name);
  const bundle = join(actionDir, 'dist', 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist; run \`npm run build -- ${name}\` first.`);

  const base = await mkdtemp(join(tmpdir(), `shipgate-${name}-`));
  const workspace = options.workspace ?? join(base, 'workspace');
  const runnerTemp = options.runnerTemp ?? join(base, 'runner-temp');
  const files = join(base, 'files');
  await Promise.all([mkdir(workspace, { recursive: true }), mkdir(runnerTemp, { recursive: true }), mkdir(files)]);
  const paths = {
    output: join(files, 'output'),
    summary: join(files, 'step-summary.md'),
    env: join(files, 'env'),
    path: join(files, 'path'),
    state: join(files, 'state'),
    event: join(files, 'event.json'),
  };
  await Promise.all([
    ...[paths.output, paths.summary, paths.env, paths.path, paths.state].map((file) => writeFile(file, '')),
    writeFile(paths.event, JSON.stringify(options.event ?? {})),
  ]);

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // A step sees only its own inputs and the runner's context, not the test process's.
    if (value === undefined || key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('RUNNER_'))
      continue;
    env[key] = value;
  }
  Object.assign(env, RUNNER_DEFAULTS, {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_ENV: paths.env,
    GITHUB_PATH: paths.path,
    GITHUB_STATE: paths.state,
    GITHUB_EVENT_PATH: paths.event,
  });
  const allInputs = { ...inputDefaults(actionDir, { ...env, ...definedOnly(options.env) }), ...definedOnly(inputs) };
  for (const [input, value] of Object.entries(allInputs)) env[inputVariable(input)] = String(value);
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const { exitCode, stdout, stderr } = await runNode(bundle, workspace, env, options);
  const runnerView = applyWorkflowCommands(`${stdout}${stderr ? `\n${stderr}` : ''}`);
  const [outputText, summary, envText] = await Promise.all([
    readFile(paths.output, 'utf8'),
    readFile(paths.summary, 'utf8'),
    readFile(paths.env, 'utf8'),
  ]);
  return {
    exitCode,
    outputs: parseFileCommand(outputText),
    summary,
    exportedEnv: parseFileCommand(envText),
    log: runnerView.log,
    annotations: runnerView.annotations,
    stdout,
    stderr,
    masked: runnerView.masked,
    workspace,
    runnerTemp,
  };
}

/** `image-ref` → `INPUT_IMAGE-REF`, exactly as the runner names it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function definedOnly<T>(record: Record<string, T | undefined> | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([, value]) => value !== undefined)) as Record<
    string,
    T
  >;
}

/** The defaults the runner fills in from action.yml; `${{ github.token }}` and `${{ env.X }}` are the expressions we meet. */
function inputDefaults(actionDir: string, env: Record<string, string>): Record<string, string> {
  const manifestPath = join(actionDir, 'action.yml');
  if (!existsSync(manifestPath)) return {};
  const manifest = parseYaml(readFileSync(manifestPath, 'utf8')) as ActionManifest;
  const defaults: Record<string, string> = {};
  for (const [input, spec] of Object.entries(manifest.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    defaults[input] = String(spec.default).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
      if (expression === 'github.token') return env.GITHUB_TOKEN ?? '';
      const envMatch = /^env\.(\w+)$/.exec(expression);
      if (envMatch) return env[envMatch[1] ?? ''] ?? '';
      const githubMatch = /^github\.(\w+)$/.exec(expression);
      if (githubMatch) return env[`GITHUB_${(githubMatch[1] ?? '').toUpperCase()}`] ?? '';
      return '';
    });
  }
  return defaults;
}

function runNode(
  bundle: string,
  cwd: string,
  env: Record<string, string>,
  options: RunActionBundleOptions,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timeoutMs = options.timeoutMs ?? 180_000;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const cancel = options.signal;
    const signalTimer = cancel
      ? setInterval(() => {
          if (!cancel.when()) return;
          clearInterval(signalTimer);
          child.kill(cancel.name);
        }, 50)
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(signalTimer);
      if (code === null && signal === 'SIGKILL' && !options.signal) {
        reject(new Error(`actions/${bundle} did not finish within ${timeoutMs} ms`));
        return;
      }
      resolve({
        exitCode: code ?? 128,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** Parses GITHUB_OUTPUT / GITHUB_ENV: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key = '', delimiter] = heredoc;
      const valueLines: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) valueLines.push(lines[i] ?? '');
      values[key] = valueLines.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** What the runner does with workflow commands: consumes add-mask, masks every line, collects annotations. */
export function applyWorkflowCommands(raw: string): { log: string; annotations: Annotation[]; masked: string[] } {
  const masked: string[] = [];
  const lines: string[] = [];
  const annotations: Annotation[] = [];
  for (const line of raw.split('\n')) {
    const addMask = /^::add-mask::(.*)$/.exec(line);
    if (addMask) {
      const secret = unescapeData(addMask[1] ?? '');
      if (secret) masked.push(secret);
      continue;
    }
    lines.push(line);
    const annotation = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (annotation) {
      const properties = parseProperties(annotation[2] ?? '');
      annotations.push({
        level: annotation[1] as Annotation['level'],
        message: unescapeData(annotation[3] ?? ''),
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
      });
    }
  }
  const mask = (text: string) =>
    [...masked].sort((a, b) => b.length - a.length).reduce((out, secret) => out.split(secret).join('***'), text);
  return {
    log: mask(lines.join('\n')),
    annotations: annotations.map((annotation) => ({ ...annotation, message: mask(annotation.message) })),
    masked,
  };
}

/** `file=a%2Cb.yaml,line=3` → `{ file: 'a,b.yaml', line: '3' }`, as the runner splits and unescapes them. */
function parseProperties(text: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0)
      properties[pair.slice(0, eq)] = unescapeData(
        pair
          .slice(eq + 1)
          .replace(/%3A/g, ':')
          .replace(/%2C/g, ','),
      );
  }
  return properties;
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
