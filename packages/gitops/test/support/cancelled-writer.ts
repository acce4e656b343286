/**
 * A gitops-commit writer in a process of its own, for the cancellation test: it deploys to the
 * repository given as the first argument (token in SHIPGATE_TEST_TOKEN) from the source directory
 * given as the second, prints QUEUED once its deploy waits in the landing queue, and keeps trying
 * until it is signalled. Its entry point does what an action's does (`runOnGitHub`): a signal
 * aborts the deploy's `AbortSignal`, and the process exits with 128 + the signal's number.
 */
import { cancelOnSignals, createMemoryRuntime } from '@shipgate/core';
import { pushOverHttp } from '@shipgate/git';
import { aroundPushes } from '../../../../test/support/around-pushes';
import { deployCall } from '../../../../test/support/deploy-call';
import { deployToGitOps } from '../../src/deploy';
import { LANDING_QUEUE_PREFIX } from '../../src/landing/request';

const [repository = '', sourceDir = ''] = process.argv.slice(2);
const cancellation = cancelOnSignals();
const runtime = createMemoryRuntime({ signal: cancellation.signal });
const exitCode = await deployToGitOps(
  ...deployCall({
    ...aroundPushes({ exec: runtime.exec, pushFromProcess: pushOverHttp }, async (refs, send) => {
      const result = await send();
      if (refs.some((ref) => ref.startsWith(LANDING_QUEUE_PREFIX)) && result.exitCode === 0) {
        process.stdout.write('QUEUED\n');
      }
      return result;
    }),
    log: runtime.log,
    signal: runtime.signal,
    repository,
    token: process.env.SHIPGATE_TEST_TOKEN,
    app: 'web',
    environment: 'dev',
    sourceDir,
    imageRefs: [`ghcr.io/acme/web@sha256:${'a'.repeat(64)}`],
    requireApproval: false,
    maxAttempts: 1000,
    retryDelays: { baseDelayMs: 50, maxDelayMs: 200 },
  }),
).then(
  () => {
    process.stdout.write('LANDED\n');
    return 0;
  },
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    return 1;
  },
);
process.exitCode = cancellation.exitCode() ?? exitCode;
cancellation.dispose();
