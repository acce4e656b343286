import { appendFile } from 'node:fs/promises';
import type { GitHubContext } from '../context';
import type { AnnotationProperties, Logger, OutputValue, Runtime } from '../runtime';
import { formatOutput } from '../runtime';
import { SecretMasker } from '../secrets';
import { annotationIn, runtimeBase } from './base';

export interface CliRuntimeOptions {
  /** Inputs given as flags; `SHIPGATE_<INPUT>` variables fill in the rest. */
  inputs: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Where logs go; stderr by default so stdout carries only outputs. */
  writeLog?: (line: string) => void;
  /** Append the job summary here; without it the summary is logged. */
  summaryFile?: string;
  verbose?: boolean;
  /** The run's context (see `detectSourceContext`); read from GITHUB_* variables when absent. */
  context?: GitHubContext;
  /** The command's cancellation (the CLI's entry point aborts it on SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export interface CliRuntime extends Runtime {
  readonly outputs: Record<string, string>;
  readonly failed: string | undefined;
}

/** The runtime for `shipgate <action>` outside GitHub Actions (GitLab CI, Jenkins, a laptop). */
export function createCliRuntime(options: CliRuntimeOptions): CliRuntime {
  const env = options.env ?? process.env;
  const masker = new SecretMasker();
  const write = options.writeLog ?? ((line: string) => process.stderr.write(`${line}\n`));
  const outputs: Record<string, string> = {};
  let failed: string | undefined;
  // `error: deploy/web.yaml:7:3: message`: the compiler form editors and log parsers link to the file.
  const annotate = (prefix: string) => (message: string, properties?: AnnotationProperties) => {
    const where = fileLinePrefix(annotationIn(properties, base.workspace, (text) => text));
    write(masker.mask(`${prefix}${where}${message}`));
  };
  const log: Logger = {
    debug: (message) => {
      if (options.verbose) write(masker.mask(`debug: ${message}`));
    },
    info: (message) => write(masker.mask(message)),
    notice: annotate('notice: '),
    warning: annotate('warning: '),
    error: annotate('error: '),
    group: async (name, fn) => {
      write(masker.mask(`▸ ${name}`));
      return fn();
    },
  };
  const base = runtimeBase({
    log,
    masker,
    env,
    ...(options.context ? { context: options.context } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return {
    ...base,
    outputs,
    get failed() {
      return failed;
    },
    getInput: (name) => (options.inputs[name] ?? env[cliInputVariable(name)] ?? '').trim(),
    setOutput: (name: string, value: OutputValue) => {
      outputs[name] = masker.mask(formatOutput(value));
    },
    setSecret: (secret) => {
      masker.add(secret);
    },
    appendSummary: async (markdown) => {
      if (options.summaryFile) await appendFile(options.summaryFile, masker.mask(markdown));
      else if (options.verbose) write(masker.mask(markdown));
    },
    setFailed: (message, properties) => {
      failed = masker.mask(message);
      annotate('error: ')(failed, properties);
    },
  };
}

/** `file:line:column: `, as much of it as is known; empty without a file. */
function fileLinePrefix(properties: AnnotationProperties | undefined): string {
  if (!properties?.file) return '';
  const line = properties.startLine ? `:${properties.startLine}` : '';
  const column = properties.startLine && properties.startColumn ? `:${properties.startColumn}` : '';
  return `${properties.file}${line}${column}: `;
}

/** `registry-password` → `SHIPGATE_REGISTRY_PASSWORD`. */
export function cliInputVariable(name: string): string {
  return `SHIPGATE_${name.replace(/[^A-Za-z0-9]/g, '_').toUpperCase()}`;
}
