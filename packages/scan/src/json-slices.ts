import { constants } from 'node:buffer';

/**
 * A structural scanner over JSON bytes: it finds where values start and end (tracking strings,
 * escapes and nesting) so that a large document can be walked member by member and element by
 * element, and only the small slices that matter are decoded and given to `JSON.parse`. Nothing
 * holds the document as one JS string or one object graph, and a document read from a file is
 * never held whole either: `JsonBytes` keeps a window of it that slides as the walk goes on.
 *
 * Offsets are byte offsets in the document. Slices always start and end on ASCII bytes (quotes,
 * brackets, digits, letters), so decoding a slice as UTF-8 gives exactly the text that decoding
 * the whole document would have had there.
 *
 * What the scanner walks it checks (brackets, member names, colons, commas, nothing after the
 * document); what it does not walk it hands to `JSON.parse`. So a document is accepted exactly
 * when `JSON.parse` would accept it, as long as every value is either walked or parsed.
 */

/** The document is not valid JSON; `offset` is the byte where that became clear. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    reason: string,
    readonly offset: number,
  ) {
    super(`${reason} at byte ${offset}`);
  }
}

/**
 * One value is longer than can be read as one string (V8's limit, `buffer.constants.MAX_STRING_LENGTH`
 * UTF-16 units: a UTF-8 slice of at most that many bytes always fits), at byte `offset`.
 */
export class JsonValueTooLong extends Error {
  override name = 'JsonValueTooLong';
  constructor(
    readonly offset: number,
    readonly length: number,
    readonly maxLength: number,
  ) {
    super(`A value of ${length} bytes at byte ${offset} is longer than the ${maxLength} bytes one value may be`);
  }
}

/** Reads up to `length` bytes into `target` at `offset`; 0 at the end of the input. */
export type ReadInto = (target: Buffer, offset: number, length: number) => number;

/**
 * A JSON document's bytes: all of them (`JsonBytes.of`), or a window onto a stream of them
 * (`JsonBytes.reading`) that keeps only what the walk still needs.
 */
export class JsonBytes {
  /** Document offsets `[base, limit)` are `bytes[0, limit - base)`. */
  bytes: Buffer;
  base = 0;
  limit: number;
  /** While a slice is being measured, its start: nothing from there on may be dropped. */
  pin = Number.POSITIVE_INFINITY;
  /** The longest slice decoded as one string; a longer value is a `JsonValueTooLong`. */
  maxValueBytes: number = constants.MAX_STRING_LENGTH;
  private ended: boolean;

  private constructor(
    bytes: Buffer,
    limit: number,
    private readonly read?: ReadInto,
    private readonly chunkSize = 0,
  ) {
    this.bytes = bytes;
    this.limit = limit;
    this.ended = read === undefined;
  }

  static of(bytes: Buffer, options: { maxValueBytes?: number } = {}): JsonBytes {
    return new JsonBytes(bytes, bytes.length).limitedTo(options.maxValueBytes);
  }

  /** Reads the document `chunkSize` bytes at a time, as the walk needs them. */
  static reading(read: ReadInto, chunkSize = 1 << 20, options: { maxValueBytes?: number } = {}): JsonBytes {
    return new JsonBytes(Buffer.allocUnsafeSlow(2 * chunkSize), 0, read, chunkSize).limitedTo(options.maxValueBytes);
  }

  private limitedTo(maxValueBytes: number | undefined): JsonBytes {
    if (maxValueBytes !== undefined) this.maxValueBytes = Math.min(maxValueBytes, constants.MAX_STRING_LENGTH);
    return this;
  }

  /**
   * Loads more of the document, dropping what comes before `from` (and before the pin). False
   * when there is no more.
   */
  more(from: number): boolean {
    if (this.ended || !this.read) return false;
    const keep = Math.min(this.pin, from, this.limit);
    const kept = this.limit - keep;
    const start = keep - this.base;
    if (kept + this.chunkSize > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.bytes.length, kept + this.chunkSize));
      this.bytes.copy(grown, 0, start, start + kept);
      this.bytes = grown;
    } else if (start > 0) {
      this.bytes.copyWithin(0, start, start + kept);
    }
    this.base = keep;
    const count = this.read(this.bytes, kept, this.bytes.length - kept);
    this.limit = keep + kept + count;
    if (count === 0) this.ended = true;
    return count > 0;
  }
}

/** `[start, end)` in bytes. */
export interface ByteRange {
  start: number;
  end: number;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Values at most this long are checked by parsing them whole; longer ones are walked. */
const PARSE_WHOLE_LIMIT = 1 << 20;

/** The byte at `pos`, loading it if need be; -1 past the end of the document. */
export function byteAt(input: JsonBytes, pos: number): number {
  while (pos >= input.limit) if (!input.more(pos)) return -1;
  return input.bytes[pos - input.base] as number;
}

/** The first offset at or after `pos` that is not JSON whitespace (space, tab, LF, CR). */
export function skipWhitespace(input: JsonBytes, pos: number): number {
  let i = pos;
  for (;;) {
    const { bytes, base } = input;
    const limit = input.limit - base;
    let j = i - base;
    while (j < limit) {
      const c = bytes[j];
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) return base + j;
      j++;
    }
    i = base + j;
    if (!input.more(i)) return i;
  }
}

/** The end of the string whose opening quote is at `start`. */
function stringEnd(input: JsonBytes, start: number): number {
  for (;;) {
    const { bytes, base } = input;
    const limit = input.limit - base;
    let j = start - base + 1;
    while (j < limit) {
      const c = bytes[j];
      if (c === QUOTE) return base + j + 1;
      j += c === BACKSLASH ? 2 : 1;
    }
    // Runs past what is loaded: load more and measure it again from its quote.
    if (!input.more(start)) throw new JsonSyntaxError('Unterminated string', start);
  }
}

/** Letters, digits, `+`, `-`, `.`: what numbers and `true`/`false`/`null` are made of. */
function isScalarByte(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e
  );
}

function unexpected(input: JsonBytes, pos: number, wanted: string): JsonSyntaxError {
  const c = byteAt(input, pos);
  if (c < 0) return new JsonSyntaxError(`Unexpected end of input, expected ${wanted}`, pos);
  const shown = c >= 0x21 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
  return new JsonSyntaxError(`Unexpected ${shown}, expected ${wanted}`, pos);
}

/**
 * The end of the value that starts at `start` (its first byte, not whitespace), or -1 when it is
 * longer than `maxLength`. Structural only: strings and brackets are matched, but scalars and
 * string contents are left for `JSON.parse`. Pin `start` first if the value is to be sliced.
 */
export function valueEnd(input: JsonBytes, start: number, maxLength = Number.POSITIVE_INFINITY): number {
  const first = byteAt(input, start);
  if (first === QUOTE) {
    const end = stringEnd(input, start);
    return end - start > maxLength ? -1 : end;
  }
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = start;
    while (isScalarByte(byteAt(input, i))) i++;
    if (i === start) throw unexpected(input, start, 'a value');
    return i;
  }
  const closers: number[] = [];
  let i = start;
  for (;;) {
    const { bytes, base } = input;
    const limit = input.limit - base;
    let j = i - base;
    while (j < limit) {
      const c = bytes[j];
      if (c === QUOTE) {
        let k = j + 1;
        while (k < limit) {
          const d = bytes[k];
          if (d === QUOTE) break;
          k += d === BACKSLASH ? 2 : 1;
        }
        if (k >= limit) break; // the string runs past what is loaded: resume at its quote
        j = k + 1;
        continue;
      }
      if (c === OPEN_BRACE) closers.push(CLOSE_BRACE);
      else if (c === OPEN_BRACKET) closers.push(CLOSE_BRACKET);
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        const expected = closers.pop() as number;
        if (expected !== c) throw unexpected(input, base + j, `'${String.fromCharCode(expected)}'`);
        if (closers.length === 0) {
          const end = base + j + 1;
          return end - start > maxLength ? -1 : end;
        }
      }
      j++;
    }
    i = base + j;
    if (i - start > maxLength) return -1;
    if (!input.more(i)) {
      throw new JsonSyntaxError(`Unexpected end of input, expected '${String.fromCharCode(closers.at(-1) ?? 0)}'`, i);
    }
  }
}

/** The UTF-8 text of a slice, which must be loaded (pinned while it was measured). */
export function decodeRange(input: JsonBytes, start: number, end: number): string {
  return input.bytes.toString('utf8', start - input.base, end - input.base);
}

/**
 * `JSON.parse` of one loaded slice; its syntax errors become `JsonSyntaxError`s at the slice's
 * start, and a slice too long to decode a `JsonValueTooLong` (rather than V8's "Cannot create a
 * string longer than…", which names nothing).
 */
export function parseRange(input: JsonBytes, start: number, end: number): unknown {
  if (end - start > input.maxValueBytes) throw new JsonValueTooLong(start, end - start, input.maxValueBytes);
  try {
    return JSON.parse(decodeRange(input, start, end));
  } catch (error) {
    if (error instanceof SyntaxError) throw new JsonSyntaxError(`Invalid JSON value (${error.message})`, start);
    throw error;
  }
}

/** Parses the value at `start`: the value and where it ends. */
export function parseValueAt(input: JsonBytes, start: number): { value: unknown; end: number } {
  input.pin = start;
  try {
    const end = valueEnd(input, start);
    return { value: parseRange(input, start, end), end };
  } finally {
    input.pin = Number.POSITIVE_INFINITY;
  }
}

/**
 * Checks the value at `start` completely and returns its end, keeping nothing: a value up to
 * 1 MiB is parsed whole, a longer object or array is walked and its members or elements checked
 * the same way.
 */
export function skipValue(input: JsonBytes, start: number): number {
  input.pin = start;
  try {
    const end = valueEnd(input, start, PARSE_WHOLE_LIMIT);
    if (end >= 0) {
      parseRange(input, start, end);
      return end;
    }
  } finally {
    input.pin = Number.POSITIVE_INFINITY;
  }
  const first = byteAt(input, start);
  if (first === OPEN_BRACE) return forEachMember(input, start, (_name, valueStart) => skipValue(input, valueStart));
  if (first === OPEN_BRACKET) return forEachElement(input, start, (elementStart) => skipValue(input, elementStart));
  return parseValueAt(input, start).end; // a string longer than the limit
}

/**
 * Walks the object whose `{` is at `start`: for each member, `visit(name, valueStart)` must
 * consume the value (parse or skip it) and return its end. Returns the end of the object.
 * Members are visited in document order, duplicates included.
 */
export function forEachMember(
  input: JsonBytes,
  start: number,
  visit: (name: string, valueStart: number) => number,
): number {
  if (byteAt(input, start) !== OPEN_BRACE) throw unexpected(input, start, "'{'");
  let i = skipWhitespace(input, start + 1);
  if (byteAt(input, i) === CLOSE_BRACE) return i + 1;
  for (;;) {
    if (byteAt(input, i) !== QUOTE) throw unexpected(input, i, 'a member name');
    const { value: name, end: nameEnd } = parseValueAt(input, i);
    i = skipWhitespace(input, nameEnd);
    if (byteAt(input, i) !== COLON) throw unexpected(input, i, "':'");
    i = skipWhitespace(input, i + 1);
    if (byteAt(input, i) < 0) throw unexpected(input, i, 'a value');
    i = skipWhitespace(input, visit(name as string, i));
    const c = byteAt(input, i);
    if (c === COMMA) {
      i = skipWhitespace(input, i + 1);
      continue;
    }
    if (c === CLOSE_BRACE) return i + 1;
    throw unexpected(input, i, "',' or '}'");
  }
}

/**
 * Walks the array whose `[` is at `start`: `visit(elementStart, index)` must consume the element
 * and return its end. Returns the end of the array.
 */
export function forEachElement(
  input: JsonBytes,
  start: number,
  visit: (elementStart: number, index: number) => number,
): number {
  if (byteAt(input, start) !== OPEN_BRACKET) throw unexpected(input, start, "'['");
  let i = skipWhitespace(input, start + 1);
  if (byteAt(input, i) === CLOSE_BRACKET) return i + 1;
  for (let index = 0; ; index++) {
    if (byteAt(input, i) < 0) throw unexpected(input, i, 'a value');
    i = skipWhitespace(input, visit(i, index));
    const c = byteAt(input, i);
    if (c === COMMA) {
      i = skipWhitespace(input, i + 1);
      continue;
    }
    if (c === CLOSE_BRACKET) return i + 1;
    throw unexpected(input, i, "',' or ']'");
  }
}

/** The members of the object at `start` as names and value ranges (values are not checked). */
export function objectMembers(input: JsonBytes, start: number): Array<{ name: string; value: ByteRange }> {
  const members: Array<{ name: string; value: ByteRange }> = [];
  forEachMember(input, start, (name, valueStart) => {
    const end = valueEnd(input, valueStart);
    members.push({ name, value: { start: valueStart, end } });
    return end;
  });
  return members;
}

/** The elements of the array at `start` as ranges (values are not checked). */
export function arrayElements(input: JsonBytes, start: number): ByteRange[] {
  const elements: ByteRange[] = [];
  forEachElement(input, start, (elementStart) => {
    const end = valueEnd(input, elementStart);
    elements.push({ start: elementStart, end });
    return end;
  });
  return elements;
}

/** Where the single top-level value of a document starts. */
export function documentStart(input: JsonBytes): number {
  const start = skipWhitespace(input, 0);
  if (byteAt(input, start) < 0) throw unexpected(input, start, 'a value');
  return start;
}

/** Checks that only whitespace follows the top-level value, which ends at `end`. */
export function finishDocument(input: JsonBytes, end: number): void {
  const rest = skipWhitespace(input, end);
  if (byteAt(input, rest) >= 0) throw unexpected(input, rest, 'the end of the document');
}

export function isObjectAt(input: JsonBytes, start: number): boolean {
  return byteAt(input, start) === OPEN_BRACE;
}

export function isArrayAt(input: JsonBytes, start: number): boolean {
  return byteAt(input, start) === OPEN_BRACKET;
}
