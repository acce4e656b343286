/**
 * Prints the CHANGELOG.md section of one version, for the GitHub release's notes:
 * `tsx scripts/release-notes.ts 1.2.0` (a leading `v` is dropped). Exits 1 naming the version
 * when CHANGELOG.md has no `## [1.2.0]` section, so a release cannot go out without its notes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function releaseNotes(changelog: string, version: string): string | undefined {
  const wanted = version.replace(/^v/, '');
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${wanted}]`));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^## |^\[[^\]]+\]: /.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = process.argv[2] ?? '';
  const root = join(fileURLToPath(new URL('..', import.meta.url)));
  const notes = releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (!notes) {
    console.error(`CHANGELOG.md has no "## [${version.replace(/^v/, '')}]" section to release.`);
    process.exit(1);
  }
  console.log(notes);
}
