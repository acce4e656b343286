/** A small markdown builder for job summaries; the GitHub, CLI and memory runtimes all take its text. */
export class Summary {
  readonly #parts: string[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.#parts.push(`${'#'.repeat(level)} ${text}`);
    return this;
  }

  paragraph(text: string): this {
    this.#parts.push(text);
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.#parts.push(items.map((item) => `- ${item}`).join('\n'));
    return this;
  }

  /** A table; cells are escaped so a `|` or newline in a value cannot break the layout. */
  table(headers: readonly string[], rows: readonly (readonly string[])[]): this {
    const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
    this.#parts.push([line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n'));
    return this;
  }

  code(text: string, language = ''): this {
    const fence = text.includes('```') ? '````' : '```';
    this.#parts.push(`${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`);
    return this;
  }

  /** A collapsed section; `body` is markdown (use a nested Summary to build it). */
  details(title: string, body: string): this {
    this.#parts.push(`<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n\n</details>`);
    return this;
  }

  raw(markdown: string): this {
    this.#parts.push(markdown);
    return this;
  }

  get isEmpty(): boolean {
    return this.#parts.length === 0;
  }

  toString(): string {
    return `${this.#parts.join('\n\n')}\n`;
  }
}

function escapeCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
