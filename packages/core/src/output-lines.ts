import { StringDecoder } from 'node:string_decoder';

/**
 * Cuts a child's output into lines as the chunks arrive, whatever the chunk boundaries (a line, or
 * a UTF-8 character, may be split across two). A carriage return ends a line too: progress bars
 * redraw with it, and each redraw is a line in a log. Empty lines are dropped.
 */
export class OutputLines {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  /** The lines `chunk` completes. */
  push(chunk: Buffer): string[] {
    const lines = (this.rest + this.decoder.write(chunk)).split(/\r\n|\n|\r/);
    this.rest = lines.pop() ?? '';
    return lines.filter((line) => line !== '');
  }

  /** The last line, when the output did not end with a newline. */
  end(): string[] {
    const last = this.rest + this.decoder.end();
    this.rest = '';
    return last ? [last] : [];
  }
}
