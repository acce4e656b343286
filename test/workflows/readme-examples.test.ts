import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../support/shared-fixtures';

const actionNames = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, 'actions', entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .sort();

interface UsesStep {
  uses: string;
  with?: Record<string, unknown>;
}

/** Every mapping with a `uses:` key anywhere in a parsed YAML value: steps, however deeply nested. */
function usesSteps(value: unknown): UsesStep[] {
  if (Array.isArray(value)) return value.flatMap(usesSteps);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = typeof record.uses === 'string' ? [record as unknown as UsesStep] : [];
    return [...own, ...Object.values(record).flatMap(usesSteps)];
  }
  return [];
}

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe.each(actionNames)('actions/%s/README.md', (name) => {
  const readmePath = join(repoRoot, 'actions', name, 'README.md');

  test('has a usage example of this action and the generated tables', () => {
    expect(existsSync(readmePath), 'run `npm run docs`').toBe(true);
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toMatch(/^## Usage$/m);
    expect(readme).toContain(`uses: <org>/shipgate/actions/${name}@v1`);
    expect(readme).toContain('<!-- shipgate:inputs -->');
    expect(readme).toContain('<!-- shipgate:outputs -->');
  });

  test('its YAML examples parse and give Shipgate actions only inputs they declare', () => {
    if (!existsSync(readmePath)) return;
    for (const block of yamlBlocks(readFileSync(readmePath, 'utf8'))) {
      for (const step of usesSteps(parseYaml(block))) {
        const match = /^<org>\/shipgate\/actions\/([a-z-]+)@v1$/.exec(step.uses);
        if (!match) continue;
        const manifestPath = join(repoRoot, 'actions', match[1]!, 'action.yml');
        if (!existsSync(manifestPath)) continue; // an action still being written; the workflows test names it
        const manifest = parseYaml(readFileSync(manifestPath, 'utf8')) as { inputs?: Record<string, unknown> };
        const undeclared = Object.keys(step.with ?? {}).filter((input) => !(input in (manifest.inputs ?? {})));
        expect(undeclared, `${match[1]} inputs in actions/${name}/README.md`).toEqual([]);
      }
    }
  });
});
