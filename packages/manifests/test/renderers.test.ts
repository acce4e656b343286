import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError, createMemoryRuntime, type LogEntry, silentLogger } from '@shipgate/core';
import { afterAll, describe, expect, test } from 'vitest';
import { helmTemplateArgs, runHelmTemplate } from '../src/helm';
import { kustomizeCommand, runKustomize } from '../src/kustomize';
import { readYamlTree } from '../src/plain';
import { planRender } from '../src/source';
import { recordingExec } from './support';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('kustomize', () => {
  test.each([
    [true, { command: 'kustomize', args: ['build', '/src/overlays/dev'] }],
    [false, { command: 'kubectl', args: ['kustomize', '/src/overlays/dev'] }],
  ])('standalone binary installed: %s', (standalone, expected) => {
    expect(kustomizeCommand(standalone, '/src/overlays/dev')).toEqual(expected);
  });

  test('runs the standalone binary when it is on PATH, else kubectl, through the exec seam', async () => {
    for (const installed of [true, false]) {
      const { exec, calls } = recordingExec('apiVersion: v1\n');
      const output = await runKustomize({ exec, log: silentLogger, isOnPath: async () => installed }, '/o');
      expect(output).toBe('apiVersion: v1\n');
      expect(calls.map((call) => [call.command, ...call.args])).toEqual([
        installed ? ['kustomize', 'build', '/o'] : ['kubectl', 'kustomize', '/o'],
      ]);
    }
  });
});

describe('kubectl kustomize, run for real', () => {
  const work = mkdtempSync(join(tmpdir(), 'shipgate-kustomize-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function overlay(name: string, kustomization: string): string {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'kustomization.yaml'), kustomization);
    return dir;
  }

  /** The entries of the group titled `title`, up to its end. */
  function group(logs: readonly LogEntry[], title: string): LogEntry[] {
    const start = logs.findIndex((entry) => entry.level === 'group' && entry.message === title);
    const end = logs.findIndex((entry, index) => index > start && entry.level === 'endgroup');
    expect(start, `no group "${title}"`).toBeGreaterThanOrEqual(0);
    return logs.slice(start + 1, end);
  }

  test('an unreachable remote base fails with the reason git gave, not the closing ">"; the lines are in the group', async () => {
    const runtime = createMemoryRuntime();
    const dir = overlay('remote-base', 'resources:\n  - http://127.0.0.1:1/acme/nothing.git//base?ref=v1\n');
    const error = await runKustomize({ exec: runtime.exec, log: runtime.log, isOnPath: async () => false }, dir).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CommandError);
    const message = (error as CommandError).message;
    expect(message).toMatch(new RegExp(`^\`kubectl kustomize ${dir}\` exited with code 1: `));
    expect(message).toMatch(/fatal: unable to access 'http:\/\/127\.0\.0\.1:1\/acme\/nothing\.git\/'/);
    expect(message).toMatch(/: exit status 128$/);
    const shown = group(runtime.logs, `Rendering ${dir} with kustomize`);
    expect(shown.every((entry) => entry.level === 'info')).toBe(true);
    expect(shown.map((entry) => entry.message)).toEqual([
      `[command] kubectl kustomize ${dir}`,
      expect.stringMatching(/"command failed" err=<$/),
      expect.stringMatching(
        /accumulating resources from 'http:\/\/127\.0\.0\.1:1\/acme\/nothing\.git\/\/base\?ref=v1'/,
      ),
      '\t: exit status 128',
      ' >',
    ]);
  });

  test('a render shows the command in its group, never the YAML it prints (a Secret among it)', async () => {
    const runtime = createMemoryRuntime();
    const dir = overlay(
      'secret',
      'secretGenerator:\n  - name: db\n    literals: [password=hunter2-kustomized]\ngeneratorOptions:\n  disableNameSuffixHash: true\n',
    );
    const yaml = await runKustomize({ exec: runtime.exec, log: runtime.log, isOnPath: async () => false }, dir);
    expect(yaml).toContain(`password: ${Buffer.from('hunter2-kustomized').toString('base64')}`);
    expect(group(runtime.logs, `Rendering ${dir} with kustomize`)).toEqual([
      { level: 'info', message: `[command] kubectl kustomize ${dir}` },
    ]);
    expect(runtime.logText()).not.toContain('password');
  });
});

describe('helm (helm is not installed here: arguments and output handling only)', () => {
  test.each([
    [{ release: 'web', chart: '/c', values: [] }, ['template', 'web', '/c', '--include-crds', '--skip-tests']],
    [
      { release: 'web', chart: '/c', namespace: 'shop', values: ['/v/a.yaml', '/v/b.yaml'] },
      [
        'template',
        'web',
        '/c',
        '--include-crds',
        '--skip-tests',
        '--namespace',
        'shop',
        '--values',
        '/v/a.yaml',
        '--values',
        '/v/b.yaml',
      ],
    ],
  ])('helm template arguments for %j', (options, args) => {
    expect(helmTemplateArgs(options)).toEqual(args);
  });

  test('returns what helm template prints', async () => {
    const { exec, calls } = recordingExec('---\n# Source: web/templates/a.yaml\napiVersion: v1\n');
    const output = await runHelmTemplate(
      { exec, log: silentLogger, isOnPath: async () => true },
      { release: 'web', chart: '/c', values: [] },
    );
    expect(output).toContain('# Source: web/templates/a.yaml');
    expect(calls[0]?.command).toBe('helm');
  });

  test('a clear configuration error when helm is not installed', async () => {
    const { exec, calls } = recordingExec('');
    await expect(
      runHelmTemplate(
        { exec, log: silentLogger, isOnPath: async () => false },
        { release: 'w', chart: '/c', values: [] },
      ),
    ).rejects.toThrow('Renderer "helm" needs the helm CLI, which is not on PATH');
    expect(calls).toEqual([]);
  });
});

describe('planRender', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  const tree = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'shipgate-plan-'));
    roots.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
  const plan = (source: string, environment = 'dev', renderer: 'auto' | 'kustomize' | 'helm' | 'plain' = 'auto') =>
    planRender({ source, environment, renderer, values: [] });

  test('auto: a base/overlays layout renders the environment overlay with kustomize', async () => {
    const root = tree({ 'base/kustomization.yaml': '', 'overlays/dev/kustomization.yaml': '' });
    expect(await plan(root)).toEqual({ renderer: 'kustomize', directory: join(root, 'overlays', 'dev') });
  });

  test('auto: a directory with a kustomization and no overlays/ is itself the overlay', async () => {
    const root = tree({ Kustomization: '' });
    expect(await plan(root, 'production')).toEqual({ renderer: 'kustomize', directory: root });
  });

  test('kustomize: a missing overlay for the environment is a configuration error', async () => {
    const root = tree({ 'kustomization.yml': '', 'overlays/dev/kustomization.yaml': '' });
    await expect(plan(root, 'production')).rejects.toThrow('has no kustomize overlay for environment "production"');
  });

  test('auto: an environment with no overlay among overlays/ says so and names the overlays that exist', async () => {
    const root = tree({
      'base/kustomization.yaml': '',
      'base/deployment.yaml': 'kind: Deployment',
      'overlays/dev/kustomization.yaml': '',
      'overlays/staging/kustomization.yaml': '',
    });
    await expect(plan(root, 'qa')).rejects.toThrow(
      `Input "source" has no kustomize overlay for environment "qa": ${join(root, 'overlays', 'qa')} does not exist or holds no kustomization.yaml (overlays: dev, staging).`,
    );
  });

  test("auto: a Chart.yaml is helm, with the chart's name as release and values-<environment>.yaml", async () => {
    const chart = join(fixtures, 'chart');
    expect(await plan(chart, 'production')).toEqual({
      renderer: 'helm',
      chart,
      release: 'web',
      values: [join(chart, 'values-production.yaml')],
    });
    expect(await plan(chart, 'dev')).toMatchObject({ values: [] });
  });

  test('auto: anything else is plain YAML', async () => {
    const root = tree({ 'a.yaml': '' });
    expect(await plan(root)).toEqual({ renderer: 'plain', directory: root });
  });

  test('a source that does not exist is a configuration error', async () => {
    await expect(plan('/nonexistent/shipgate')).rejects.toThrow(
      'Input "source" names /nonexistent/shipgate, which does not exist.',
    );
  });

  test('plain reads YAML files recursively in code-unit order, skipping dot-directories', async () => {
    const root = tree({ 'b.yaml': 'b', 'a/z.yml': 'z', 'B.yaml': 'B', '.git/x.yaml': 'x', 'notes.txt': 'n' });
    expect((await readYamlTree(root)).map((file) => file.path)).toEqual(['B.yaml', 'a/z.yml', 'b.yaml']);
  });
});
