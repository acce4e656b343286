import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseActionMetadata } from '@shipgate/cli';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  cliMetadataPath,
  escapeMarkdownText,
  generateDocs,
  renderInputsTable,
  replaceSection,
  staleFiles,
} from '../../scripts/action-docs';
import { repoRoot } from '../support/shared-fixtures';

const actionYaml = `
name: Wave
description: Waves at someone.
inputs:
  who:
    description: Who to wave at; a | in text stays in its cell.
    required: true
  hand:
    description: |
      Which hand.
      Left or right.
    default: left
outputs:
  waved:
    description: Whether it waved.
runs:
  using: node24
  main: dist/index.js
`;

const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const script = join(repoRoot, 'scripts', 'action-docs.ts');

function runScript(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, script, '--root', root, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('renderInputsTable', () => {
  test('one row per input, with requiredness and default; cells escaped and on one line', () => {
    expect(renderInputsTable(parseActionMetadata('wave', actionYaml))).toBe(
      [
        '| Input | Required | Default | Description |',
        '| --- | --- | --- | --- |',
        '| `who` | yes |  | Who to wave at; a \\| in text stays in its cell. |',
        '| `hand` | no | `left` | Which hand. Left or right. |',
      ].join('\n'),
    );
  });
});

describe('escapeMarkdownText', () => {
  test.each([
    ['sha256:<hex>', 'sha256:&lt;hex&gt;'],
    ['overlays/<environment> or `overlays/<environment>`', 'overlays/&lt;environment&gt; or `overlays/<environment>`'],
    ['a -> b', 'a -&gt; b'],
  ])('%s', (text, expected) => {
    expect(escapeMarkdownText(text)).toBe(expected);
  });
});

describe('replaceSection', () => {
  test('replaces only the text between the markers', () => {
    const readme = 'intro\n<!-- shipgate:inputs -->\nold\n<!-- /shipgate:inputs -->\noutro\n';
    expect(replaceSection(readme, 'inputs', 'Inputs', 'new')).toBe(
      'intro\n<!-- shipgate:inputs -->\nnew\n<!-- /shipgate:inputs -->\noutro\n',
    );
  });

  test('appends the section under a heading when the markers are missing', () => {
    expect(replaceSection('# Title\n', 'outputs', 'Outputs', 'table')).toBe(
      '# Title\n\n## Outputs\n\n<!-- shipgate:outputs -->\ntable\n<!-- /shipgate:outputs -->\n',
    );
  });
});

describe('the action-docs script over a scratch repository', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'shipgate-docs-'));
    mkdirSync(join(root, 'actions', 'wave'), { recursive: true });
    mkdirSync(join(root, 'packages', 'cli', 'src'), { recursive: true });
    writeFileSync(join(root, 'actions', 'wave', 'action.yml'), actionYaml);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('writes the README and CLI metadata, keeps hand-written text, and --check tracks staleness', () => {
    expect(runScript(root, '--check')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('actions/wave/README.md'),
    });
    expect(runScript(root)).toMatchObject({ status: 0 });
    expect(runScript(root, '--check')).toMatchObject({ status: 0 });

    const readmePath = join(root, 'actions', 'wave', 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toMatch(/^# Wave\n\nWaves at someone\.\n/);
    expect(readme).toContain('| `hand` | no | `left` | Which hand. Left or right. |');
    expect(readme).toContain('<!-- shipgate:outputs -->\n| Output | Description |');
    expect(JSON.parse(readFileSync(cliMetadataPath(root), 'utf8'))).toEqual([parseActionMetadata('wave', actionYaml)]);

    // A hand edit outside the markers survives; a changed action.yml makes the README stale.
    writeFileSync(readmePath, readme.replace('## Usage', '## Usage\n\nHand-written example.'));
    writeFileSync(join(root, 'actions', 'wave', 'action.yml'), actionYaml.replace('default: left', 'default: right'));
    const stale = staleFiles(generateDocs(root)).map((file) => file.path);
    expect(stale).toEqual([readmePath, cliMetadataPath(root)]);
    expect(runScript(root, '--check')).toMatchObject({ status: 1 });
    expect(runScript(root)).toMatchObject({ status: 0 });
    const updated = readFileSync(readmePath, 'utf8');
    expect(updated).toContain('Hand-written example.');
    expect(updated).toContain('| `hand` | no | `right` |');
  });
});

test('the repository’s generated docs are up to date (npm run check-docs)', () => {
  const stale = staleFiles(generateDocs(repoRoot)).map((file) => file.path.slice(repoRoot.length + 1));
  expect(stale, 'run `npm run docs`').toEqual([]);
});
