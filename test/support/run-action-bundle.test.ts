import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyWorkflowCommands, inputVariable, parseFileCommand, runActionBundle } from './run-action-bundle';
import { repoRoot } from './shared-fixtures';

const actionDir = join(repoRoot, 'test', 'support', 'fixtures', 'echo-action');

describe('runActionBundle', () => {
  test('passes inputs and defaults, reads outputs, summary and exported env, masks like the runner', async () => {
    const result = await runActionBundle(
      'echo',
      { message: 'line one\nline two' },
      { actionDir, env: { GITHUB_TOKEN: 'ghs_supersecrettoken' }, event: { number: 42 } },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ message: 'line one\nline two', greeting: 'hello', 'event-number': '42' });
    expect(result.summary).toBe('## Echo\n');
    expect(result.exportedEnv).toEqual({ ECHOED: 'yes' });
    expect(result.masked).toEqual(['ghs_supersecrettoken']);
    expect(result.log).toContain('token is ***');
    expect(result.log).not.toContain('ghs_supersecrettoken');
    expect(result.stdout).toContain('ghs_supersecrettoken');
    expect(result.log).toContain(`cwd=${result.workspace}`);
  });

  test('reports a failing step with its exit code and error annotation', async () => {
    const result = await runActionBundle('echo', { message: 'fail' }, { actionDir });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([{ level: 'error', message: 'Input "message" asked to fail.' }]);
  });

  test('names the build step when a bundle is missing', async () => {
    await expect(runActionBundle('no-such-action', {})).rejects.toThrow(/npm run build -- no-such-action/);
  });
});

describe('runner file and workflow commands', () => {
  test.each([
    ['key=value\n', { key: 'value' }],
    ['a=1\nb=x=y\n', { a: '1', b: 'x=y' }],
    ['multi<<ghadelimiter_1\nx\ny\nghadelimiter_1\nnext=2\n', { multi: 'x\ny', next: '2' }],
    ['', {}],
  ])('parseFileCommand(%j)', (text, expected) => {
    expect(parseFileCommand(text)).toEqual(expected);
  });

  test('add-mask is consumed and escapes are decoded', () => {
    const view = applyWorkflowCommands(
      '::add-mask::abc%25def\nvalue abc%def here\n::warning file=a%2Cb%3A 100%25.yaml,line=3::careful abc%def',
    );
    expect(view.masked).toEqual(['abc%def']);
    expect(view.log).toBe('value *** here\n::warning file=a%2Cb%3A 100%25.yaml,line=3::careful ***');
    expect(view.annotations).toEqual([
      { level: 'warning', message: 'careful ***', properties: { file: 'a,b: 100%.yaml', line: '3' } },
    ]);
  });

  test('input variables keep hyphens, as the runner does', () => {
    expect(inputVariable('image-ref')).toBe('INPUT_IMAGE-REF');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });
});
