import { describe, expect, test } from 'vitest';
import {
  arrayElements,
  decodeRange,
  documentStart,
  finishDocument,
  forEachElement,
  forEachMember,
  JsonBytes,
  JsonSyntaxError,
  objectMembers,
  parseValueAt,
  skipValue,
  valueEnd,
} from '../src/json-slices';

/** The document read `chunk` bytes at a time, as a report file is. */
function streamOf(text: string | Buffer, chunk: number): JsonBytes {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let position = 0;
  return JsonBytes.reading((target, offset, length) => {
    const count = bytes.copy(target, offset, position, Math.min(bytes.length, position + length));
    position += count;
    return count;
  }, chunk);
}

/** Whole in memory, and streamed in chunks small enough to split every token. */
const INPUTS: Array<[string, (text: string) => JsonBytes]> = [
  ['in memory', (text) => JsonBytes.of(Buffer.from(text, 'utf8'))],
  ['1-byte chunks', (text) => streamOf(text, 1)],
  ['3-byte chunks', (text) => streamOf(text, 3)],
  ['64-byte chunks', (text) => streamOf(text, 64)],
];

/** The whole document as JSON.parse would see it, through the scanner. */
function parseDocument(input: JsonBytes): unknown {
  const start = documentStart(input);
  const { value, end } = parseValueAt(input, start);
  finishDocument(input, end);
  return value;
}

const VALUES = [
  ['an empty object', '{}'],
  ['an empty array', '[]'],
  ['nested objects', '{"a":{"b":{"c":[1,{"d":null}]}},"e":true}'],
  ['brackets inside strings', '["]", "}", "[{", "{\\"a\\": [1, 2"]'],
  ['escaped quotes and backslashes', '"say \\"hi\\" \\\\"'],
  ['a string ending in an escaped backslash', '["a\\\\", "b"]'],
  ['unicode escapes (Go writes & as \\u0026)', '{"url":"https://x.example/?a=1\\u0026b=2","s":"\\ud83d\\ude00"}'],
  ['UTF-8 text', '{"title":"Überlauf in 解析器 — 😀","x":["é"]}'],
  ['numbers', '[0, -1, 2.5, 1e10, -3.2E-4]'],
  ['literals', '[true, false, null]'],
  ['whitespace everywhere', ' \t\r\n{ \n "a" \t: \r\n [ 1 ,\n\t2 ] , "b"\n:\n{ } }\n '],
  ['a lone string', '"plain"'],
  ['a lone number', '42'],
] as const;

describe('valueEnd and parseValueAt', () => {
  describe.each(INPUTS)('%s', (_label, inputOf) => {
    test.each(VALUES)('%s', (_name, text) => {
      const input = inputOf(`${text}`);
      expect(parseDocument(input)).toEqual(JSON.parse(text));
    });

    test.each(VALUES)('%s: the end is found with text after it', (_name, text) => {
      const value = text.trim();
      const input = inputOf(`${value} ,"after"`);
      expect(valueEnd(input, 0)).toBe(Buffer.byteLength(value));
    });
  });

  test.each([
    ['an unterminated string', '"abc'],
    ['an unterminated escape', '"abc\\'],
    ['an unclosed object', '{"a": 1'],
    ['an unclosed nested array', '{"a": [1, {"b": 2}'],
    ['a mismatched bracket', '[1, 2}'],
    ['nothing', ''],
    ['only whitespace', ' \n '],
    ['a stray comma', ','],
  ])('%s is a JsonSyntaxError with an offset', (_label, text) => {
    for (const [, inputOf] of INPUTS) {
      const input = inputOf(text);
      const error = (() => {
        try {
          parseDocument(input);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect((error as JsonSyntaxError).offset).toBeGreaterThanOrEqual(0);
      expect((error as JsonSyntaxError).message).toMatch(/ at byte \d+$/);
    }
  });

  test.each([
    ['a trailing comma in an array', '[1, 2,]'],
    ['a trailing comma in an object', '{"a": 1,}'],
    ['a bad literal', '[tru]'],
    ['a bad number', '[01]'],
    ['a bad escape', '["\\x"]'],
    ['a raw control character in a string', '["a\tb"]'],
    ['a missing colon', '{"a" 1}'],
    ['two values', '{} {}'],
    ['a byte-order mark', '\ufeff{}'],
  ])('%s is rejected as JSON.parse rejects it', (_label, text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    for (const [, inputOf] of INPUTS) expect(() => parseDocument(inputOf(text))).toThrow(JsonSyntaxError);
  });
});

describe('walking objects and arrays', () => {
  test.each(INPUTS)('members in document order, duplicates included, names unescaped (%s)', (_label, inputOf) => {
    const text = '{ "a" : 1, "b\\u0026c": {"x": [1, "]"]}, "a": "two", "ü": [] }';
    const seen: Array<[string, unknown]> = [];
    const input = inputOf(text);
    const end = forEachMember(input, 0, (name, valueStart) => {
      const { value, end } = parseValueAt(input, valueStart);
      seen.push([name, value]);
      return end;
    });
    expect(end).toBe(Buffer.byteLength(text));
    expect(seen).toEqual([
      ['a', 1],
      ['b&c', { x: [1, ']'] }],
      ['a', 'two'],
      ['ü', []],
    ]);
  });

  test.each(INPUTS)('elements with their indexes (%s)', (_label, inputOf) => {
    const text = '[ {"a": "[{"}, [], "x", 3 , null ]';
    const input = inputOf(text);
    const seen: unknown[] = [];
    forEachElement(input, 0, (elementStart, index) => {
      const { value, end } = parseValueAt(input, elementStart);
      seen.push([index, value]);
      return end;
    });
    expect(seen).toEqual([
      [0, { a: '[{' }],
      [1, []],
      [2, 'x'],
      [3, 3],
      [4, null],
    ]);
  });

  test('ranges of members and elements decode to their text, multi-byte characters included', () => {
    const input = JsonBytes.of(Buffer.from('{"é": "ü", "list": [ "😀" , {} ]}', 'utf8'));
    const members = objectMembers(input, 0);
    expect(members.map((member) => [member.name, decodeRange(input, member.value.start, member.value.end)])).toEqual([
      ['é', '"ü"'],
      ['list', '[ "😀" , {} ]'],
    ]);
    const list = members[1]?.value.start as number;
    expect(arrayElements(input, list).map((range) => decodeRange(input, range.start, range.end))).toEqual([
      '"😀"',
      '{}',
    ]);
  });

  test.each([
    ['a missing comma between members', '{"a": 1 "b": 2}'],
    ['a member without a name', '{1: 2}'],
    ['a truncated object', '{"a": 1, "b"'],
    ['a truncated array', '[1, 2'],
  ])('%s is rejected', (_label, text) => {
    for (const [, inputOf] of INPUTS) {
      const input = inputOf(text);
      const walk = text.startsWith('{')
        ? () => forEachMember(input, 0, (_name, start) => skipValue(input, start))
        : () => forEachElement(input, 0, (start) => skipValue(input, start));
      expect(walk).toThrow(JsonSyntaxError);
    }
  });
});

describe('skipValue', () => {
  // Over 1 MiB, so that it is walked rather than parsed whole.
  const big = (last: string) =>
    `{"list": [${Array.from({ length: 30_000 }, (_, i) => `{"n": ${i}, "s": "${'x'.repeat(20)}"}`).join(',')}, ${last}], "tail": 1}`;

  test.each([
    ['valid', big('{"n": -1}'), true],
    ['with a bad literal deep inside', big('{"n": nul}'), false],
    ['with a trailing comma deep inside', big('[1,]'), false],
  ])('a value over 1 MiB, %s, is checked completely', (_label, text, valid) => {
    expect(text.length).toBeGreaterThan(1 << 20);
    for (const input of [JsonBytes.of(Buffer.from(text)), streamOf(text, 4096)]) {
      const skip = () => skipValue(input, 0);
      if (valid) expect(skip()).toBe(text.length);
      else expect(skip).toThrow(JsonSyntaxError);
    }
  });

  test('a streamed document keeps only a window of itself', () => {
    const text = big('0');
    const input = streamOf(text, 1024);
    forEachMember(input, 0, (name, start) =>
      name === 'list'
        ? forEachElement(input, start, (element) => parseValueAt(input, element).end)
        : skipValue(input, start),
    );
    expect(input.bytes.length).toBeLessThanOrEqual(4096);
  });
});
