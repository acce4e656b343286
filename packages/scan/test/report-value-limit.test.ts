import { constants } from 'node:buffer';
import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { JsonBytes, JsonValueTooLong, parseRange } from '../src/json-slices';
import { parseScanReportInput } from '../src/report';

const SOURCE = '/ws/report.json (input "report")';
const LIMIT = 64 * 1024;

/** The report read as scan-image reads a file: a window of 4 KiB chunks, here with a 64 KiB value limit. */
function reading(text: string): JsonBytes {
  const bytes = Buffer.from(text, 'utf8');
  let position = 0;
  return JsonBytes.reading(
    (target, offset, length) => {
      const count = bytes.copy(target, offset, position, Math.min(bytes.length, position + length));
      position += count;
      return count;
    },
    4096,
    { maxValueBytes: LIMIT },
  );
}

function trivyReport(vulnerability: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: 'web',
    ...extra,
    Results: [{ Target: 't', Type: 'debian', Vulnerabilities: [vulnerability] }],
  });
}

// V8 cannot make a string of more than constants.MAX_STRING_LENGTH (2^29 - 24) UTF-16 units, which
// a 600 MB field would need; the reader refuses such a value before decoding it, in one sentence
// naming the report. The tests lower the limit so that the same path runs on a small report.
describe('a report value longer than can be read as one string', () => {
  test("by default the limit is V8's longest string, and a value at the limit still reads", () => {
    expect(JsonBytes.of(Buffer.from('{}')).maxValueBytes).toBe(constants.MAX_STRING_LENGTH);
    const atLimit = JsonBytes.of(Buffer.from(`"${'a'.repeat(LIMIT - 2)}"`), { maxValueBytes: LIMIT });
    expect(parseRange(atLimit, 0, LIMIT)).toHaveLength(LIMIT - 2);
    expect(() =>
      parseRange(JsonBytes.of(Buffer.from(`"${'a'.repeat(LIMIT - 1)}"`), { maxValueBytes: LIMIT }), 0, LIMIT + 1),
    ).toThrow(JsonValueTooLong);
  });

  test.each([
    ['a field of a vulnerability', trivyReport({ VulnerabilityID: 'CVE-1', Title: 'x'.repeat(100_000) })],
    ['a field the report does not read', trivyReport({ VulnerabilityID: 'CVE-1' }, { Notes: 'y'.repeat(100_000) })],
  ])('%s: a ConfigurationError naming the report, its size and where it is', (_name, text) => {
    let thrown: unknown;
    try {
      parseScanReportInput(reading(text), SOURCE);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as Error).message).toMatch(
      /^Report \/ws\/report\.json \(input "report"\) has a value of (97\.7|97\.8) KiB at byte \d+, more than the 64\.0 KiB one value of a report can be read as\.$/,
    );
  });

  test('the same report with its values within the limit reads', () => {
    const report = parseScanReportInput(
      reading(trivyReport({ VulnerabilityID: 'CVE-1', Title: 'x'.repeat(60_000) })),
      SOURCE,
    );
    expect(report.findings.map((finding) => [finding.id, finding.title?.length])).toEqual([['CVE-1', 60_000]]);
  });
});
