import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { describe, expect, test } from 'vitest';
import { useRunnerStep } from '../../../test/support/runner-step';
import { createGitHubRuntime } from '../src/github';

// The GitHub runtime writes the runner's protocol itself; @actions/core, which it replaced, is the
// reference: the same calls must leave the same log, outputs and summary.
describe('the GitHub runtime writes what @actions/core writes', () => {
  const step = useRunnerStep();

  /** Runs `steps` against fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files; what each received. */
  async function record(steps: () => Promise<void>): Promise<{ log: string; output: string; summary: string }> {
    await writeFile(join(step.dir, 'output'), '');
    await writeFile(join(step.dir, 'summary'), '');
    step.clearStdout();
    process.exitCode = undefined;
    await steps();
    const delimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X');
    return {
      log: `${step.stdout}exit ${process.exitCode}`,
      output: delimiters(await readFile(join(step.dir, 'output'), 'utf8')),
      summary: await readFile(join(step.dir, 'summary'), 'utf8'),
    };
  }

  const annotation = { title: 'Bad: input, really', file: 'a.yml', startLine: 3, startColumn: 0, endLine: 4 };

  test('logs, annotations, groups, masks, outputs, summary and failure', async () => {
    Object.assign(process.env, {
      'INPUT_IMAGE-REF': '  r.example/app@sha256:abc \n',
      INPUT_MY_INPUT: 'spaced',
    });
    const ours = await record(async () => {
      const runtime = createGitHubRuntime(process.env);
      expect(runtime.getInput('image-ref')).toBe(core.getInput('image-ref'));
      expect(runtime.getInput('my input')).toBe(core.getInput('my input'));
      expect(runtime.getInput('absent')).toBe(core.getInput('absent'));
      runtime.setSecret('s3cret-value');
      runtime.log.debug('debug 100%\r\nnext');
      runtime.log.info('plain line');
      runtime.log.notice('a notice');
      runtime.log.warning('a warning', annotation);
      runtime.log.error('an error', {});
      expect(await runtime.log.group('Group: one', async () => 7)).toBe(7);
      runtime.setOutput('digest', 'sha256:abc');
      runtime.setOutput('multi', 'one\ntwo');
      runtime.setOutput('metadata', { tags: ['a', 'b'] });
      runtime.setOutput('changed', false);
      await runtime.appendSummary('## Summary\n\n| a |');
      runtime.setFailed('Input "image" is required.');
    });
    const theirs = await record(async () => {
      core.setSecret('s3cret-value');
      core.debug('debug 100%\r\nnext');
      core.info('plain line');
      core.notice('a notice');
      core.warning('a warning', annotation);
      core.error('an error', {});
      await core.group('Group: one', async () => 7);
      core.setOutput('digest', 'sha256:abc');
      core.setOutput('multi', 'one\ntwo');
      core.setOutput('metadata', JSON.stringify({ tags: ['a', 'b'] }));
      core.setOutput('changed', 'false');
      await core.summary.addRaw('## Summary\n\n| a |', true).write();
      core.setFailed('Input "image" is required.');
    });
    expect(ours).toEqual(theirs);
  });

  test('a failure in a file is an error annotation with file, line and column, the file relative to the workspace', async () => {
    process.env.GITHUB_WORKSPACE = '/home/runner/work/web/web';
    const ours = await record(async () => {
      const runtime = createGitHubRuntime(process.env);
      runtime.setSecret('s3cret-value');
      runtime.setFailed('deploy/a,b: c.yaml line 7: 100% s3cret-value\nwrong', {
        file: '/home/runner/work/web/web/deploy/a,b: c.yaml',
        startLine: 7,
        startColumn: 3,
        title: 'Manifest: bad',
      });
      runtime.log.warning('outside', { file: '/tmp/x.yaml', startLine: 1 });
      runtime.log.notice('in the repository', { file: '.shipgate/policy.yaml', startLine: 4 });
    });
    const theirs = await record(async () => {
      core.setSecret('s3cret-value');
      core.error('deploy/a,b: c.yaml line 7: 100% ***\nwrong', {
        file: 'deploy/a,b: c.yaml',
        startLine: 7,
        startColumn: 3,
        title: 'Manifest: bad',
      });
      process.exitCode = 1;
      core.warning('outside', { file: '/tmp/x.yaml', startLine: 1 });
      core.notice('in the repository', { file: '.shipgate/policy.yaml', startLine: 4 });
    });
    expect(ours).toEqual(theirs);
    expect(ours.log).toContain(
      '::error title=Manifest%3A bad,file=deploy/a%2Cb%3A c.yaml,line=7,col=3::deploy/a,b: c.yaml line 7: 100%25 ***%0Awrong',
    );
  });

  test('without GITHUB_OUTPUT an output is the set-output command; without a summary file none is written', async () => {
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
    const ours = await record(async () => {
      const runtime = createGitHubRuntime(process.env);
      runtime.setOutput('name', 'a,b: 50%');
      await runtime.appendSummary('ignored');
    });
    const theirs = await record(async () => core.setOutput('name', 'a,b: 50%'));
    expect(ours).toEqual(theirs);
  });
});
