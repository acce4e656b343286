import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary directory the tests make (theirs, the test servers', the action steps' and the
 * tools they run) goes under one directory for this run, removed at the end: test files keep
 * what they create for assertions made after the fact, and nothing is left behind in /tmp.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-tests-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
