import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CommandError, describeError, meaningfulStderrLines } from '../src';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const failure = (stderr: string) =>
  new CommandError({ command: 'kubectl', args: ['kustomize', '/tmp/shipgate-overlay'], exitCode: 1, stderr });

describe('a failed tool keeps the meaningful lines of its stderr', () => {
  test('kubectl kustomize with an unreachable remote base (captured, kubectl 1.32.4): the reason, not the closing ">"', () => {
    const error = failure(fixture('kubectl-kustomize-remote-base.stderr'));
    expect(error.message).not.toMatch(/: >$/);
    expect(meaningfulStderrLines(error.stderr)).toEqual([
      expect.stringMatching(/^E\d{4} .* run\.go:72\] "command failed" err=<$/),
      expect.stringMatching(
        /^accumulating resources: .*failed to run '\/usr\/bin\/git fetch --depth=1 https:\/\/github\.com\/acme\/nothing v1': fatal: unable to access 'https:\/\/github\.com\/acme\/nothing\/': Could not resolve host: github\.com$/,
      ),
      ': exit status 128',
    ]);
    expect(error.lastStderrLine).toBe(': exit status 128');
    expect(describeError(error)).toMatch(
      /^`kubectl kustomize \/tmp\/shipgate-overlay` exited with code 1: E\d{4} .*"command failed" err=< accumulating resources: .*Could not resolve host: github\.com : exit status 128$/,
    );
  });

  test('kubectl over ssh: every line of the git failure inside the error block is kept', () => {
    const lines = meaningfulStderrLines(fixture('kubectl-kustomize-ssh-base.stderr'));
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/ssh: connect to host 127\.0\.0\.1 port 1: Connection refused$/),
      'fatal: Could not read from remote repository.',
      'Please make sure you have the correct access rights',
      'and the repository exists.',
      ': exit status 128',
    ]);
  });

  test('a single-line kubectl error stays one line', () => {
    const lines = meaningfulStderrLines(fixture('kubectl-kustomize-unreachable-url.stderr'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/dial tcp 127\.0\.0\.1:1: connect: connection refused/);
  });

  test('a repeated line counts once (buildah prints its subprocess status twice)', () => {
    const stderr =
      'subprocess exited with status 3\nsubprocess exited with status 3\nError: building at STEP "RUN x": exit status 3\n';
    expect(meaningfulStderrLines(stderr)).toEqual([
      'subprocess exited with status 3',
      'Error: building at STEP "RUN x": exit status 3',
    ]);
  });

  test('bounded: the last lines up to the line count, then the character budget, oldest dropped first', () => {
    const many = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n');
    expect(meaningfulStderrLines(many)).toEqual(Array.from({ length: 8 }, (_, index) => `line ${index + 13}`));
    expect(meaningfulStderrLines(`${'a'.repeat(60)}\n${'b'.repeat(60)}\nlast`, { maxChars: 100 })).toEqual([
      'b'.repeat(60),
      'last',
    ]);
    const long = `start ${'x'.repeat(2_000)} the cause`;
    const [kept] = meaningfulStderrLines(long);
    expect(kept).toHaveLength(1_000);
    expect(kept).toMatch(/^…x+ the cause$/);
  });

  test('stderr with nothing meaningful leaves the exit code alone', () => {
    expect(failure('\n >\n\n').message).toBe('`kubectl kustomize /tmp/shipgate-overlay` exited with code 1.');
  });
});
