/**
 * The fenced `sh` blocks of a page, in order, each with how the page marks it: an HTML comment on
 * the line before the fence, `<!-- walkthrough: settings (…) -->`, `<!-- walkthrough: not run (why) -->`
 * or `<!-- walkthrough: GitHub (what GitHub does) -->`; unmarked blocks are run.
 */
export interface ShellBlock {
  kind: 'run' | 'settings' | 'not run' | 'GitHub';
  /** The marker's parenthesis: why a block is not run, what GitHub does. */
  reason: string;
  code: string;
  /** The section heading the block is under, for messages. */
  section: string;
}

const BLOCK = /(?:<!-- walkthrough: (settings|not run|GitHub) \((.*)\) -->\n)?```sh\n([\s\S]*?)```/g;

export function shellBlocks(markdown: string): ShellBlock[] {
  return [...markdown.matchAll(BLOCK)].map((match) => {
    const before = markdown.slice(0, match.index);
    const section = [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '';
    return {
      kind: (match[1] as ShellBlock['kind'] | undefined) ?? 'run',
      reason: match[2] ?? '',
      code: match[3]!,
      section,
    };
  });
}

/** The names a settings block exports (`export NAME=…`), in order. */
export function exportedNames(code: string): string[] {
  return [...code.matchAll(/^export ([A-Z_][A-Z0-9_]*)=/gm)].map((match) => match[1]!);
}

/** A settings block with the test's own values, shell-quoted. */
export function settingsBlock(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'`)
    .join('\n');
}
