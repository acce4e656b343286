import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sharedFixturesDir } from '../../../test/support/shared-fixtures';
import { JsonBytes } from '../src/json-slices';
import { parseScanReport, parseScanReportBytes, parseScanReportInput, parseScanReportJson } from '../src/report';

const fixtures = join(import.meta.dirname, 'fixtures');
const shared = sharedFixturesDir();

function streamOf(bytes: Buffer, chunk: number): JsonBytes {
  let position = 0;
  return JsonBytes.reading((target, offset, length) => {
    const count = bytes.copy(target, offset, position, Math.min(bytes.length, position + length));
    position += count;
    return count;
  }, chunk);
}

/** What the report parser gave before it walked bytes: JSON.parse of the text, then the adapters. */
function reference(text: string): unknown {
  try {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error('Report r.json is not valid JSON.');
    }
    return parseScanReportJson(json, 'r.json');
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Every way the scan parser reads a document: whole, and streamed in chunks of several sizes. */
function expectSameAsReference(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const expected = reference(text);
  expect(outcome(() => parseScanReportBytes(bytes, 'r.json'))).toEqual(expected);
  for (const chunk of [1, 7, 256, 1 << 20]) {
    expect(outcome(() => parseScanReportInput(streamOf(bytes, chunk), 'r.json'))).toEqual(expected);
  }
}

const localReports = readdirSync(fixtures).filter((name) => /^(trivy|grype)-image\.json$/.test(name));
const sharedReports = shared
  ? readdirSync(shared).filter((name) => /^(trivy|grype)-/.test(name) && !name.endsWith('.sarif.golden'))
  : [];

describe('walking the bytes gives what JSON.parse and the adapters gave', () => {
  test.each(localReports)('test fixture %s', (name) => {
    expectSameAsReference(readFileSync(join(fixtures, name), 'utf8'));
  });

  test.runIf(shared).each(sharedReports)('shared report %s', (name) => {
    expectSameAsReference(readFileSync(join(shared as string, name), 'utf8'));
  });

  const vulnerability = (id: string, extra = '') =>
    `{"VulnerabilityID": "${id}", "PkgName": "p", "InstalledVersion": "1", "Severity": "HIGH"${extra}}`;

  test.each([
    [
      'SchemaVersion after Results',
      `{"Results": [{"Target": "t", "Vulnerabilities": [${vulnerability('CVE-1')}]}], "SchemaVersion": 2}`,
    ],
    [
      'Target and Type after Vulnerabilities',
      `{"SchemaVersion": 2, "Results": [{"Vulnerabilities": [${vulnerability('CVE-1')}], "Type": "npm", "Target": "app/package-lock.json"}]}`,
    ],
    [
      'duplicate keys: the last one counts',
      `{"SchemaVersion": 2, "Results": [{"Vulnerabilities": [${vulnerability('CVE-1')}]}], "Results": [{"Vulnerabilities": [${vulnerability('CVE-2')}], "Vulnerabilities": [${vulnerability('CVE-3')}], "Target": "a", "Target": ""}], "Trivy": {"Version": "1"}, "Trivy": {"Version": "2"}}`,
    ],
    [
      'entries that are not objects are skipped',
      `{"SchemaVersion": 2, "Results": [1, null, "x", [], {"Vulnerabilities": {"not": "a list"}}, {"Vulnerabilities": [2, ${vulnerability('CVE-1')}, null]}]}`,
    ],
    [
      'escapes and UTF-8 in values',
      `{"SchemaVersion": 2, "ArtifactName": "r\\u0026d/ïmage", "Results": [{"Target": "app/ünï code", "Vulnerabilities": [${vulnerability('CVE-1', ', "Title": "\\"quoted\\" [bracket] {brace} \\\\ back — 😀", "PrimaryURL": "https://x.example/?a=1\\u0026b=2"')}]}]}`,
    ],
    ['Results null', '{"SchemaVersion": 2, "ArtifactName": "x", "Results": null}'],
    ['Results not a list', '{"SchemaVersion": 2, "Results": {"Vulnerabilities": []}}'],
    ['Results a number', '{"SchemaVersion": 2, "Results": 3}'],
    ['a string SchemaVersion', '{"SchemaVersion": "2", "Results": []}'],
    ['SchemaVersion 2.0', '{"SchemaVersion": 2.0, "Results": []}'],
    ['SchemaVersion 3 with an invalid result', '{"SchemaVersion": 3, "Results": [{"Vulnerabilities": [tru]}]}'],
    [
      'both formats: Trivy wins',
      `{"SchemaVersion": 2, "Results": [], "matches": [{"vulnerability": {"id": "G"}}], "source": {}}`,
    ],
    [
      'Grype with matches that are not matches',
      '{"matches": [1, {"vulnerability": 2}, {"vulnerability": {"id": "CVE-1", "severity": "Low"}, "artifact": {"name": "a"}}], "descriptor": {"version": "0.1"}}',
    ],
    ['Grype matches not a list', '{"matches": {}, "descriptor": {}}'],
    ['Grype without descriptor or source', '{"matches": []}'],
    ['Grype with a string source', '{"matches": [], "source": "x"}'],
    [
      'unknown fields, large and nested',
      `{"x": [${'{"a": [1, {"b": "]"}]},'.repeat(100)}{}], "SchemaVersion": 2, "ArtifactName": "a"}`,
    ],
    ['a top-level array', '[{"SchemaVersion": 2, "Results": []}]'],
    ['a top-level string', '"SchemaVersion"'],
    ['a number', '2'],
    ['trailing garbage', '{"SchemaVersion": 2, "Results": []} x'],
    ['two documents', '{"SchemaVersion": 2, "Results": []}{}'],
    ['a byte-order mark', '\ufeff{"SchemaVersion": 2, "Results": []}'],
    [
      'an invalid vulnerability',
      '{"SchemaVersion": 2, "Results": [{"Vulnerabilities": [{"VulnerabilityID": "CVE-1",}]}]}',
    ],
    ['an invalid unknown field', '{"SchemaVersion": 2, "Results": [], "Metadata": {"ImageConfig": [01]}}'],
    ['a __proto__ field', '{"__proto__": {"SchemaVersion": 2}, "Results": []}'],
    ['whitespace variations', ' \n\t{\r\n"SchemaVersion"\t:\n2 ,"Results" :[ ] }\n\n'],
  ])('%s', (_label, text) => {
    expectSameAsReference(text);
  });

  test('a report cut short anywhere is rejected as JSON.parse rejects it', () => {
    const text = readFileSync(join(fixtures, 'trivy-image.json'), 'utf8');
    const bytes = Buffer.from(text, 'utf8');
    // Every cut in the first 1500 bytes (the top level, the first result and vulnerability), then every 7th.
    for (let length = 0; length < bytes.length; length += length < 1500 ? 1 : 7) {
      const prefix = bytes.subarray(0, length);
      const expected = reference(prefix.toString('utf8'));
      expect(outcome(() => parseScanReportBytes(Buffer.from(prefix), 'r.json'))).toEqual(expected);
      expect(outcome(() => parseScanReportInput(streamOf(Buffer.from(prefix), 13), 'r.json'))).toEqual(expected);
    }
  });

  test('parseScanReport (text) is the same parser', () => {
    const text = readFileSync(join(fixtures, 'grype-image.json'), 'utf8');
    expect(parseScanReport(text, 'r.json')).toEqual(reference(text));
  });
});
