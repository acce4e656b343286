import * as core from '@actions/core';
import { describeError, ShipgateError } from '../errors';
import type { Logger, OutputValue, Runtime } from '../runtime';
import { formatOutput } from '../runtime';
import { SecretMasker } from '../secrets';
import { runtimeBase } from './base';

/** The runtime for a step on a GitHub runner, over @actions/core. */
export function createGitHubRuntime(env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Runtime {
  const masker = new SecretMasker();
  // The runner masks registered secrets in the log; masking here too keeps them out of outputs,
  // summaries and errors, and out of any log read by something other than the runner.
  const m = (message: string) => masker.mask(message);
  const log: Logger = {
    debug: (message) => core.debug(m(message)),
    info: (message) => core.info(m(message)),
    notice: (message, properties) => core.notice(m(message), properties),
    warning: (message, properties) => core.warning(m(message), properties),
    error: (message, properties) => core.error(m(message), properties),
    group: (name, fn) => core.group(m(name), fn),
  };
  return {
    ...runtimeBase({ log, masker, env, ...(signal ? { signal } : {}) }),
    getInput: (name) => core.getInput(name),
    setOutput: (name: string, value: OutputValue) => core.setOutput(name, m(formatOutput(value))),
    setSecret: (secret) => {
      for (const value of masker.add(secret)) core.setSecret(value);
    },
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(m(markdown), true).write();
    },
    setFailed: (message) => core.setFailed(m(message)),
    idToken: async (audience) => {
      try {
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
