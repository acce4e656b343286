import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ActionCatalog,
  type ActionMetadata,
  formatActionHelp,
  formatOutputLines,
  parseActionMetadata,
  parseCommandLine,
  resolveInputs,
  runCli,
  UsageError,
} from '@shipgate/cli';
import { InputReader, type Runtime, Summary } from '@shipgate/core';
import { describe, expect, test } from 'vitest';

const greetYaml = `
name: Greet
description: Says hello to someone. Used only by the CLI tests.
inputs:
  who:
    description: Who to greet.
    required: true
  greeting:
    description: The word to use.
    default: hello
  token:
    description: A token, masked in every output.
    default: \${{ github.token }}
  tags:
    description: Newline- or comma-separated tags.
    required: false
  loud:
    description: Shout.
    default: 'false'
outputs:
  message:
    description: The greeting.
  tags:
    description: The tags as JSON.
runs:
  using: node24
  main: dist/index.js
`;

const greet: ActionMetadata = parseActionMetadata('greet', greetYaml, 'greet.yml', String(runGreet));

async function runGreet(runtime: Runtime): Promise<void> {
  const inputs = new InputReader(runtime);
  const who = inputs.required('who');
  const token = inputs.optional('token');
  runtime.setSecret(token);
  runtime.log.info(`greeting ${who} with token ${token ?? 'none'}`);
  runtime.setOutput('message', `${inputs.string('greeting', 'hi')}, ${who}`);
  runtime.setOutput('tags', inputs.list('tags'));
  if (inputs.boolean('loud', false)) runtime.log.info('LOUD');
  await runtime.appendSummary(new Summary().heading('Greeted').paragraph(who).toString());
}

const catalog: ActionCatalog = { metadata: [greet], loaders: { greet: async () => ({ run: runGreet }) } };

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCli(
    argv,
    { env, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    catalog,
  );
  return { exitCode, stdout, stderr };
}

describe('parseCommandLine', () => {
  test.each([
    { argv: ['greet', '--who', 'ann'], flags: { who: ['ann'] } },
    { argv: ['greet', '--who=ann'], flags: { who: ['ann'] } },
    { argv: ['greet', '--who=--ann'], flags: { who: ['--ann'] } },
    { argv: ['greet', '--who=a=b'], flags: { who: ['a=b'] } },
    { argv: ['greet', '--push', '--who', 'ann'], flags: { push: ['true'], who: ['ann'] } },
    { argv: ['greet', '--who', 'ann', '--push'], flags: { who: ['ann'], push: ['true'] } },
    { argv: ['greet', '--tags', 'a', '--tags', 'b'], flags: { tags: ['a', 'b'] } },
    { argv: ['greet', '--who', ''], flags: { who: [''] } },
  ])('$argv', ({ argv, flags }) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.action).toBe('greet');
    expect(Object.fromEntries(parsed.flags)).toEqual(flags);
  });

  test('reads the CLI options apart from action inputs', () => {
    const parsed = parseCommandLine(['greet', '--json', '--verbose', '--summary-file', 's.md', '--who', 'x']);
    expect(parsed).toMatchObject({ action: 'greet', json: true, verbose: true, summaryFile: 's.md', help: false });
    expect([...parsed.flags.keys()]).toEqual(['who']);
    expect(parseCommandLine(['greet', '-h']).help).toBe(true);
  });

  test.each([[['greet', '--who', 'ann', 'extra']], [['greet', '--', 'x']], [['greet', '--summary-file']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseCommandLine(argv)).toThrow(UsageError);
    },
  );
});

describe('resolveInputs', () => {
  test('a flag wins over SHIPGATE_<INPUT>, which wins over the action.yml default', () => {
    const flags = new Map([['who', ['flag']]]);
    const env = { SHIPGATE_WHO: 'env', SHIPGATE_GREETING: 'hey' };
    expect(resolveInputs(greet, flags, env)).toEqual({
      who: 'flag',
      greeting: 'hey',
      token: '',
      tags: '',
      loud: 'false',
    });
    expect(resolveInputs(greet, new Map(), { SHIPGATE_WHO: 'env' })).toMatchObject({ who: 'env', greeting: 'hello' });
  });

  test('a github.token expression default becomes GITHUB_TOKEN', () => {
    expect(resolveInputs(greet, new Map(), { GITHUB_TOKEN: 'ghs_abc' }).token).toBe('ghs_abc');
  });

  test.each([
    [`\${{ github.repository }}`, { GITHUB_REPOSITORY: 'acme/web' }, 'acme/web'],
    [`\${{github.run_id}}`, { GITHUB_RUN_ID: '7' }, '7'],
    [`\${{ env.REGION }}`, { REGION: 'eu' }, 'eu'],
    [`\${{ github.repository }}`, {}, ''],
    [`\${{ inputs.other || github.sha }}`, { GITHUB_SHA: 'abc' }, ''],
    [`prefix-\${{ github.sha }}`, { GITHUB_SHA: 'abc' }, ''],
  ])('expression default %s', (expression, env, expected) => {
    const action = parseActionMetadata('x', `name: X\ninputs:\n  value:\n    default: "${expression}"\n`);
    expect(resolveInputs(action, new Map(), env).value).toBe(expected);
  });

  test('repeated flags become one newline-separated list', () => {
    expect(resolveInputs(greet, new Map([['tags', ['a', 'b']]]), {}).tags).toBe('a\nb');
  });

  test('input kinds come from how the action reads them', () => {
    expect(greet.inputs.map((input) => [input.name, input.kind])).toEqual([
      ['who', 'string'],
      ['greeting', 'string'],
      ['token', 'string'],
      ['tags', 'list'],
      ['loud', 'boolean'],
    ]);
  });

  test.each([
    [['greet', '--who'], '--who needs a value: only true/false inputs may be given as a bare flag.'],
    [['greet', '--who', 'ann', '--greeting', '--loud'], '--greeting needs a value'],
    [['greet', '--who', 'ann', '--who', 'bo'], '--who is given 2 times; it takes one value.'],
  ])('%j is a usage error, not a guess', async (argv, message) => {
    const result = await cli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: ${message}`);
  });

  test('a bare boolean flag means true; a repeated list flag is every value', async () => {
    const result = await cli(['greet', '--who', 'ann', '--loud', '--tags', 'a', '--tags', 'b']);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'message=hello, ann\ntags=["a","b"]\n' });
    expect(result.stderr).toContain('LOUD');
  });

  test('an undeclared flag is a usage error naming it and the help command', () => {
    expect(() => resolveInputs(greet, new Map([['whom', ['x']]]), {})).toThrow(
      '"greet" has no input "--whom"; run "shipgate greet --help" for its inputs.',
    );
  });
});

describe('formatOutputLines', () => {
  test('one name=value line each; multi-line values in the GITHUB_OUTPUT heredoc form', () => {
    expect(formatOutputLines({ a: '1', b: 'x=y' })).toBe('a=1\nb=x=y\n');
    expect(formatOutputLines({ files: 'a.yaml\nb.yaml' })).toBe('files<<SHIPGATE_EOF\na.yaml\nb.yaml\nSHIPGATE_EOF\n');
    expect(formatOutputLines({ x: 'SHIPGATE_EOF\n' })).toBe('x<<SHIPGATE_EOF_1\nSHIPGATE_EOF\n\nSHIPGATE_EOF_1\n');
  });
});

describe('formatActionHelp', () => {
  test('lists every input with its variable, default and requiredness, and every output', () => {
    const help = formatActionHelp(greet);
    expect(help).toContain('--who  (required; env SHIPGATE_WHO)');
    expect(help).toContain('--greeting  (env SHIPGATE_GREETING; default: hello)');
    expect(help).toMatch(/ {2}message\n {6}The greeting\./);
  });
});

describe('runCli', () => {
  test('--version prints the version and exits 0', async () => {
    const { version } = JSON.parse(
      await readFile(join(import.meta.dirname, '../../packages/cli/package.json'), 'utf8'),
    );
    expect(await cli(['--version'])).toEqual({ exitCode: 0, stdout: `shipgate ${version}\n`, stderr: '' });
  });

  test('prints outputs on stdout and logs on stderr, with secrets masked', async () => {
    const result = await cli(['greet', '--who', 'ann', '--tags', 'a,b'], { GITHUB_TOKEN: 'ghs_secret_value' });
    expect(result).toEqual({
      exitCode: 0,
      stdout: 'message=hello, ann\ntags=["a","b"]\n',
      stderr: 'greeting ann with token ***\n',
    });
  });

  test('--json prints one object', async () => {
    const result = await cli(['greet', '--json'], { SHIPGATE_WHO: 'bo' });
    expect(JSON.parse(result.stdout)).toEqual({ message: 'hello, bo', tags: '[]' });
  });

  test('a failing action exits 1 with its one-line error', async () => {
    const result = await cli(['greet']);
    expect(result).toEqual({ exitCode: 1, stdout: '', stderr: 'error: Input "who" is required.\n' });
  });

  test('--summary-file receives the job summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipgate-cli-'));
    try {
      const file = join(dir, 'summary.md');
      expect((await cli(['greet', '--who', 'cy', '--summary-file', file])).exitCode).toBe(0);
      expect(await readFile(file, 'utf8')).toBe('## Greeted\n\ncy\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test.each([
    { argv: ['nope'], message: 'error: Unknown action "nope"; the actions are greet.\n' },
    { argv: ['greet', '--whom', 'x'], message: /has no input "--whom"/ },
    { argv: [], message: /^shipgate: run a Shipgate action/ },
  ])('usage mistakes exit 2: $argv', async ({ argv, message }) => {
    const result = await cli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  test('help goes to stdout and exits 0', async () => {
    expect(await cli(['--help'])).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('  greet  Says hello'),
    });
    expect(await cli(['greet', '--help'])).toMatchObject({ exitCode: 0, stdout: formatActionHelp(greet) });
  });
});
