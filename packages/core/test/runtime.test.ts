import { describe, expect, test } from 'vitest';
import {
  basicAuthForms,
  CommandError,
  ConfigurationError,
  createCliRuntime,
  createMemoryRuntime,
  readGitHubContext,
  runAction,
  SecretMasker,
  Summary,
} from '../src';

describe('runAction', () => {
  test('a user error fails the step with its one sentence and no stack', async () => {
    const runtime = createMemoryRuntime();
    const code = await runAction(async () => {
      throw new ConfigurationError('Input "image" is required.');
    }, runtime);
    expect(code).toBe(1);
    expect(runtime.failed).toBe('Input "image" is required.');
    expect(runtime.logText()).not.toMatch(/at .*\.ts/);
  });

  test("a mistake in a file fails the step with its sentence, annotated on the file's line", async () => {
    const runtime = createMemoryRuntime();
    const code = await runAction(async () => {
      throw new ConfigurationError('.shipgate/policy.yaml line 4 (environments.prod.soak): unknown key "soak".', {
        file: '.shipgate/policy.yaml',
        line: 4,
        column: 5,
        title: 'Shipgate policy',
      });
    }, runtime);
    expect(code).toBe(1);
    expect(runtime.failed).toBe('.shipgate/policy.yaml line 4 (environments.prod.soak): unknown key "soak".');
    expect(runtime.failedAt).toEqual({
      file: '.shipgate/policy.yaml',
      startLine: 4,
      startColumn: 5,
      title: 'Shipgate policy',
    });
  });

  test('locatedAt keeps a location already given and adds one where there was none', () => {
    const plain = new ConfigurationError('bad.');
    const located = plain.locatedAt({ file: 'a.yaml', line: 2 });
    expect(located).toBeInstanceOf(ConfigurationError);
    expect([located.message, located.location]).toEqual(['bad.', { file: 'a.yaml', line: 2 }]);
    expect(located.locatedAt({ file: 'b.yaml', line: 9 }).location).toEqual({ file: 'a.yaml', line: 2 });
  });

  test('a tool failure shows command, exit code and last stderr line, masked', async () => {
    const runtime = createMemoryRuntime();
    runtime.setSecret('hunter2-password');
    const code = await runAction(async (rt) => {
      await rt.exec('sh', ['-c', 'echo "login failed for hunter2-password" >&2; exit 2']);
    }, runtime);
    expect(code).toBe(1);
    expect(runtime.failed).toMatch(/^`sh -c .*` exited with code 2: login failed for \*\*\*$/);
  });

  test('an unexpected error fails in one line and keeps its stack at debug level', async () => {
    const runtime = createMemoryRuntime();
    await runAction(async () => {
      throw new TypeError('cannot read x\nof undefined');
    }, runtime);
    expect(runtime.failed).toBe('cannot read x of undefined');
    expect(runtime.logs.some((entry) => entry.level === 'debug' && entry.message.includes('TypeError'))).toBe(true);
  });

  test('anything thrown fails the step', async () => {
    const runtime = createMemoryRuntime();
    await runAction(async () => {
      throw 'a string';
    }, runtime);
    expect(runtime.failed).toBe('a string');
  });

  test('success returns 0 and leaves the step passing', async () => {
    const runtime = createMemoryRuntime({ inputs: { name: 'web' } });
    const code = await runAction(async (rt) => rt.setOutput('app', { name: rt.getInput('name') }), runtime);
    expect(code).toBe(0);
    expect(runtime.failed).toBeUndefined();
    expect(runtime.outputs.app).toBe('{"name":"web"}');
  });
});

describe('SecretMasker', () => {
  test('masks every registered form, longest first', () => {
    const masker = new SecretMasker();
    for (const form of basicAuthForms('x-access-token', 'ghs_abcdef123456')) masker.add(form);
    const base64 = Buffer.from('x-access-token:ghs_abcdef123456').toString('base64');
    expect(masker.mask(`Authorization: Basic ${base64}`)).toBe('Authorization: Basic ***');
    expect(masker.mask('x-access-token:ghs_abcdef123456@host')).toBe('***@host');
    expect(masker.mask('token ghs_abcdef123456.')).toBe('token ***.');
  });

  test('ignores empty and trivially short values', () => {
    const masker = new SecretMasker();
    expect(masker.add('')).toEqual([]);
    expect(masker.add('ab')).toEqual([]);
    expect(masker.mask('ab cd')).toBe('ab cd');
  });

  test('masks each line of a multi-line secret', () => {
    const masker = new SecretMasker();
    masker.add('line-one-secret\nline-two-secret');
    expect(masker.mask('x line-two-secret y')).toBe('x *** y');
  });
});

describe('runtimes', () => {
  test('memory runtime masks outputs, summaries and logs', async () => {
    const runtime = createMemoryRuntime();
    runtime.setSecret('s3cr3t-value');
    runtime.log.info('using s3cr3t-value');
    runtime.setOutput('echo', 's3cr3t-value');
    await runtime.appendSummary('s3cr3t-value');
    expect(runtime.logText()).toBe('using ***');
    expect(runtime.outputs.echo).toBe('***');
    expect(runtime.summary).toBe('***');
  });

  test('CLI runtime reads flags, then SHIPGATE_ variables', () => {
    const lines: string[] = [];
    const runtime = createCliRuntime({
      inputs: { image: 'from-flag' },
      env: { SHIPGATE_IMAGE: 'from-env', SHIPGATE_REGISTRY_USERNAME: 'bot' },
      writeLog: (line) => lines.push(line),
    });
    expect(runtime.getInput('image')).toBe('from-flag');
    expect(runtime.getInput('registry-username')).toBe('bot');
    expect(runtime.getInput('tags')).toBe('');
    runtime.setSecret('cli-secret-1');
    runtime.log.warning('saw cli-secret-1', { file: 'a.yaml', startLine: 3 });
    runtime.setFailed('nope');
    expect(lines).toEqual(['warning: a.yaml:3: saw ***', 'error: nope']);
    expect(runtime.failed).toBe('nope');
  });

  test('CLI runtime: a failure in a file is `error: file:line:column: message`, the file relative to the workspace', async () => {
    const lines: string[] = [];
    const runtime = createCliRuntime({
      inputs: {},
      env: { GITHUB_WORKSPACE: '/work/app' },
      writeLog: (line) => lines.push(line),
    });
    const code = await runAction(async () => {
      throw new ConfigurationError('deploy/web.yaml has a YAML syntax error at line 7, column 3: bad indentation.', {
        file: '/work/app/deploy/web.yaml',
        line: 7,
        column: 3,
      });
    }, runtime);
    runtime.log.error('outside the workspace', { file: '/etc/shipgate.yaml', startLine: 2 });
    runtime.log.error('no line', { file: '.shipgate/policy.yaml' });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'error: deploy/web.yaml:7:3: deploy/web.yaml has a YAML syntax error at line 7, column 3: bad indentation.',
      'error: /etc/shipgate.yaml:2: outside the workspace',
      'error: .shipgate/policy.yaml: no line',
    ]);
    expect(runtime.failed).toBe('deploy/web.yaml has a YAML syntax error at line 7, column 3: bad indentation.');
  });

  test('context is read from the runner environment', () => {
    const context = readGitHubContext({
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_RUN_ID: '77',
      GITHUB_SERVER_URL: 'https://github.example.com/',
      GITHUB_ACTOR: 'alice',
    });
    expect(context.runUrl).toBe('https://github.example.com/acme/web/actions/runs/77');
    expect(context.triggeringActor).toBe('alice');
    expect(context.apiUrl).toBe('https://api.github.com');
    expect(context.payload).toEqual({});
  });
});

describe('Summary', () => {
  test('builds markdown with escaped tables and collapsed details', () => {
    const text = new Summary()
      .heading('Build')
      .table(['tag', 'note'], [['v1', 'a|b\nc']])
      .details('Diff <2 files>', 'body')
      .code('x', 'diff')
      .toString();
    expect(text).toBe(
      '## Build\n\n| tag | note |\n| --- | --- |\n| v1 | a\\|b<br>c |\n\n<details><summary>Diff &lt;2 files&gt;</summary>\n\nbody\n\n</details>\n\n```diff\nx\n```\n',
    );
  });
});

describe('CommandError', () => {
  test('without stderr it still says what failed', () => {
    const error = new CommandError({ command: 'git', args: ['push'], exitCode: 128, stderr: '' });
    expect(error.message).toBe('`git push` exited with code 128.');
  });
});
