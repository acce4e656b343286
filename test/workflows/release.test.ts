import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { releaseNotes } from '../../scripts/release-notes';
import { repoRoot } from '../support/shared-fixtures';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const file = '.github/workflows/release.yml';
const content = read(file);
const workflow = parseYaml(content) as {
  on: { push: { tags: string[] } };
  jobs: Record<string, { steps: Array<{ name?: string; uses?: string; run?: string; if?: string }> }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the release workflow', () => {
  test("parses and converts with GitHub's workflow parser without errors", async () => {
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect((template.errors ?? []).map((error) => error.Message)).toEqual([]);
  });

  test('runs on a v*.*.* tag: check-dist and the tests before the release, then moves the major tag', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    const runs = steps.map((step) => step.run ?? step.uses ?? '');
    const index = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));
    const order = [
      /npm run check-dist/,
      /npm test/,
      /release-notes\.ts/,
      /gh release create/,
      /git push --force origin "refs\/tags\/\$major"/,
    ].map(index);
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, as the workflow holds it
    const notForPrereleases = "${{ !contains(github.ref_name, '-') }}";
    expect(steps.find((step) => step.run?.includes('refs/tags/$major'))?.if).toBe(notForPrereleases);
  });

  test('pins every action by commit SHA with its version in a comment', () => {
    const uses = content.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});

describe('release notes from the changelog', () => {
  const changelog = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.2.0] - 2026-12-01',
    '',
    '### Added',
    '',
    '- A thing.',
    '',
    '## [1.1.0] - 2026-11-01',
    '',
    '- Older.',
    '',
    '[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0',
  ].join('\n');

  test.each([
    ['v1.2.0', '### Added\n\n- A thing.'],
    ['1.1.0', '- Older.'],
    ['v9.9.9', undefined],
  ])('%s', (version, expected) => {
    expect(releaseNotes(changelog, version)).toBe(expected);
  });

  test('the repository has the files a release points at, and its changelog has an Unreleased section', () => {
    for (const path of ['LICENSE', 'CHANGELOG.md', 'SECURITY.md'])
      expect(existsSync(join(repoRoot, path)), path).toBe(true);
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('CHANGELOG.md')).toContain('## [Unreleased]');
    expect(read('CHANGELOG.md')).toContain('Keep a Changelog');
  });
});
