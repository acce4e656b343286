import { cliInputVariable } from '@shipgate/core';
import type { ActionMetadata } from './metadata';

/**
 * Outputs as `name=value` lines. A value with a newline uses the `name<<DELIMITER` form of
 * GITHUB_OUTPUT, so the text stays parseable and can be appended to a GITHUB_OUTPUT file as is.
 */
export function formatOutputLines(outputs: Readonly<Record<string, string>>): string {
  return Object.entries(outputs)
    .map(([name, value]) => {
      if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
      let delimiter = 'SHIPGATE_EOF';
      for (let n = 1; value.includes(delimiter); n++) delimiter = `SHIPGATE_EOF_${n}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

export function formatOutputJson(outputs: Readonly<Record<string, string>>): string {
  return `${JSON.stringify(outputs, null, 2)}\n`;
}

export function formatActionHelp(action: ActionMetadata): string {
  const lines = [`shipgate ${action.name}: ${action.title}`, ''];
  if (action.description) lines.push(...wrap(action.description, 100), '');
  lines.push(
    `Usage: shipgate ${action.name} [--<input> <value>]... [--json] [--dotenv <path>] [--summary-file <path>] [--verbose]`,
    '',
  );
  lines.push('Inputs (each also read from the SHIPGATE_<INPUT> variable when the flag is absent):');
  if (action.inputs.length === 0) lines.push('  (none)');
  for (const input of action.inputs) {
    const notes = [input.required ? 'required' : undefined, `env ${cliInputVariable(input.name)}`];
    if (input.default !== undefined && input.default !== '') notes.push(`default: ${input.default}`);
    lines.push(`  --${input.name}  (${notes.filter(Boolean).join('; ')})`);
    for (const line of wrap(input.description, 94)) lines.push(`      ${line}`);
    if (input.deprecationMessage) lines.push(`      Deprecated: ${input.deprecationMessage}`);
  }
  lines.push('', 'Outputs (printed as name=value lines, or one JSON object with --json):');
  if (action.outputs.length === 0) lines.push('  (none)');
  for (const output of action.outputs) {
    lines.push(`  ${output.name}`);
    for (const line of wrap(output.description, 94)) lines.push(`      ${line}`);
  }
  lines.push('', ...CLI_OPTION_HELP);
  return `${lines.join('\n')}\n`;
}

export function formatGeneralHelp(actions: readonly ActionMetadata[]): string {
  const width = Math.max(0, ...actions.map((action) => action.name.length));
  const lines = [
    'shipgate: run a Shipgate action outside GitHub Actions (GitLab CI, Jenkins, a laptop).',
    '',
    'Usage: shipgate <action> [--<input> <value>]... [--json] [--dotenv <path>] [--summary-file <path>] [--verbose]',
    '       shipgate <action> --help',
    '       shipgate --version',
    '',
    'Actions:',
    ...actions.map(
      (action) => `  ${action.name.padEnd(width)}  ${shorten(firstSentence(action.description), 96 - width)}`,
    ),
    '',
    ...CLI_OPTION_HELP,
    '',
    'Outputs go to stdout, logs to stderr. Exit code 0 on success, 1 when the action fails',
    '(with a one-line error), 2 when the command line is wrong.',
  ];
  return `${lines.join('\n')}\n`;
}

const CLI_OPTION_HELP = [
  'Options:',
  '  --json                  print the outputs as one JSON object instead of name=value lines',
  '  --dotenv <path>         also append the outputs to a dotenv file a shell and GitLab both read',
  '                          (IMAGE_REF=…; lists comma-separated; other values as NAME_BASE64=…)',
  '  --summary-file <path>   append the job summary (markdown) to this file',
  '  --verbose               also log debug lines (and the summary, without --summary-file)',
  '  --help                  show this help',
  '  --version               print the version of shipgate',
];

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

/** Cut at a word boundary so one action stays on one line of the list. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}
