import { EOL } from 'node:os';
import { describeError, ShipgateError } from '../errors';
import type { AnnotationProperties, Logger, OutputValue, Runtime } from '../runtime';
import { formatOutput } from '../runtime';
import { SecretMasker } from '../secrets';
import { annotationIn, runtimeBase } from './base';
import { annotationProperties, appendStepSummary, issueCommand, readInput, writeOutput } from './workflow-commands';

/** The runtime for a step on a GitHub runner: workflow commands and file commands, as @actions/core writes them. */
export function createGitHubRuntime(env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Runtime {
  const masker = new SecretMasker();
  // The runner masks registered secrets in the log; masking here too keeps them out of outputs,
  // summaries and errors, and out of any log read by something other than the runner.
  const m = (message: string) => masker.mask(message);
  const annotate = (command: 'notice' | 'warning' | 'error') => (message: string, properties?: AnnotationProperties) =>
    issueCommand(command, annotationProperties(annotationIn(properties, base.workspace, m)), m(message));
  const log: Logger = {
    debug: (message) => issueCommand('debug', {}, m(message)),
    info: (message) => process.stdout.write(`${m(message)}${EOL}`),
    notice: annotate('notice'),
    warning: annotate('warning'),
    error: annotate('error'),
    group: async (name, fn) => {
      issueCommand('group', {}, m(name));
      try {
        return await fn();
      } finally {
        issueCommand('endgroup', {}, '');
      }
    },
  };
  const base = runtimeBase({ log, masker, env, ...(signal ? { signal } : {}) });
  return {
    ...base,
    getInput: (name) => readInput(env, name),
    setOutput: (name: string, value: OutputValue) => writeOutput(env, name, m(formatOutput(value))),
    setSecret: (secret) => {
      for (const value of masker.add(secret)) issueCommand('add-mask', {}, value);
    },
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await appendStepSummary(env.GITHUB_STEP_SUMMARY, m(markdown));
    },
    setFailed: (message, properties) => {
      process.exitCode = 1;
      annotate('error')(message, properties);
    },
    idToken: async (audience) => {
      try {
        // @actions/core, with its HTTP client, is loaded only to fetch the token.
        const core = await import('@actions/core');
        const token = await core.getIDToken(audience);
        masker.add(token);
        return token;
      } catch (error) {
        throw new ShipgateError(
          `Requesting the job's OIDC token failed (${describeError(error)}); the job needs "permissions: id-token: write".`,
        );
      }
    },
  };
}
