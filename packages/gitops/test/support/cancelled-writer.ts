/**
 * A gitops-commit writer in a process of its own, for the cancellation test: it deploys to the
 * repository given as the first argument (token in SHIPGATE_TEST_TOKEN) from the source directory
 * given as the second, prints QUEUED once its deploy waits in the landing queue, and keeps trying
 * until it is signalled.
 */
import { createMemoryRuntime } from '@shipgate/core';
import { deployToGitOps } from '../../src/deploy';
import { LANDING_QUEUE_PREFIX } from '../../src/landing/request';

const [repository = '', sourceDir = ''] = process.argv.slice(2);
const runtime = createMemoryRuntime();
// As runAction does: a failure sets the exit code and lets pending work (the cancellation's
// clean-up, which exits the process itself) finish.
await deployToGitOps({
  exec: async (command, args, options) => {
    const result = await runtime.exec(command, args, options);
    if (args[0] === 'push' && args.some((arg) => arg.includes(LANDING_QUEUE_PREFIX)) && result.exitCode === 0) {
      process.stdout.write('QUEUED\n');
    }
    return result;
  },
  log: runtime.log,
  repository,
  token: process.env.SHIPGATE_TEST_TOKEN,
  app: 'web',
  environment: 'dev',
  sourceDir,
  imageRefs: [`ghcr.io/acme/web@sha256:${'a'.repeat(64)}`],
  requireApproval: false,
  maxAttempts: 1000,
  retryDelays: { baseDelayMs: 50, maxDelayMs: 200 },
}).then(
  () => process.stdout.write('LANDED\n'),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
