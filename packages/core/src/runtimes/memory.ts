import type { AnnotationProperties, Logger, OutputValue, Runtime } from '../runtime';
import { formatOutput } from '../runtime';
import { SecretMasker } from '../secrets';
import { runtimeBase } from './base';

/** `group` holds a group's title; `endgroup` (no message) closes it. */
export type LogLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group' | 'endgroup';

export interface LogEntry {
  level: LogLevel;
  message: string;
  properties?: AnnotationProperties;
}

export interface MemoryRuntime extends Runtime {
  readonly outputs: Record<string, string>;
  readonly logs: LogEntry[];
  readonly summary: string;
  readonly failed: string | undefined;
  /** The annotation properties the failure was given (the file and line of a mistake in a file). */
  readonly failedAt: AnnotationProperties | undefined;
  /** Every log line (group titles included, their ends not), masked, one per line; what a reader of the step's log would see. */
  logText(): string;
}

export interface MemoryRuntimeOptions {
  inputs?: Record<string, string | number | boolean | undefined>;
  env?: Record<string, string | undefined>;
  tempDir?: string;
  workspace?: string;
  /** The step's cancellation (tests abort it). */
  signal?: AbortSignal;
}

/** A runtime that keeps everything in memory, for tests of actions without a runner. */
export function createMemoryRuntime(options: MemoryRuntimeOptions = {}): MemoryRuntime {
  const env = { ...process.env, ...options.env };
  const masker = new SecretMasker();
  const outputs: Record<string, string> = {};
  const logs: LogEntry[] = [];
  let summary = '';
  let failed: string | undefined;
  let failedAt: AnnotationProperties | undefined;
  const record = (level: LogLevel) => (message: string, properties?: AnnotationProperties) => {
    logs.push({ level, message: masker.mask(message), ...(properties ? { properties } : {}) });
  };
  const log: Logger = {
    debug: record('debug'),
    info: record('info'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    group: async (name, fn) => {
      record('group')(name);
      try {
        return await fn();
      } finally {
        record('endgroup')('');
      }
    },
  };
  const inputs = new Map(
    Object.entries(options.inputs ?? {}).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, String(value).trim()] as const],
    ),
  );
  return {
    ...runtimeBase({
      log,
      masker,
      env,
      tempDir: options.tempDir,
      workspace: options.workspace,
      ...(options.signal ? { signal: options.signal } : {}),
    }),
    outputs,
    logs,
    get summary() {
      return summary;
    },
    get failed() {
      return failed;
    },
    get failedAt() {
      return failedAt;
    },
    logText: () =>
      logs
        .filter((entry) => entry.level !== 'endgroup')
        .map((entry) => entry.message)
        .join('\n'),
    getInput: (name) => inputs.get(name) ?? '',
    setOutput: (name: string, value: OutputValue) => {
      outputs[name] = masker.mask(formatOutput(value));
    },
    setSecret: (secret) => {
      masker.add(secret);
    },
    appendSummary: async (markdown) => {
      summary += masker.mask(markdown);
    },
    setFailed: (message, properties) => {
      failed = masker.mask(message);
      failedAt = properties;
    },
  };
}
