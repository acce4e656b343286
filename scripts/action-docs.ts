/**
 * Generates, from each actions/<name>/action.yml, the inputs and outputs tables in
 * actions/<name>/README.md (between `<!-- shipgate:inputs -->` / `<!-- shipgate:outputs -->`
 * markers; the rest of the README is hand-written and kept) and the CLI's embedded
 * packages/cli/src/action-metadata.json. `--check` changes nothing and exits 1 listing stale files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActionMetadata, parseActionMetadata } from '../packages/cli/src/metadata';

const defaultRoot = fileURLToPath(new URL('..', import.meta.url));

export interface GeneratedFile {
  /** Absolute path. */
  path: string;
  content: string;
  /** The file as it is now; undefined when it does not exist. */
  current: string | undefined;
}

export function readActionsMetadata(root: string): ActionMetadata[] {
  const actionsDir = join(root, 'actions');
  if (!existsSync(actionsDir)) return [];
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(actionsDir, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort()
    .map((name) =>
      parseActionMetadata(
        name,
        readFileSync(join(actionsDir, name, 'action.yml'), 'utf8'),
        `actions/${name}/action.yml`,
        readActionSource(join(actionsDir, name, 'src')),
      ),
    );
}

/** The action's own source files (not its tests), where it reads its inputs. */
function readActionSource(srcDir: string): string {
  if (!existsSync(srcDir)) return '';
  return readdirSync(srcDir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(join(srcDir, file), 'utf8'))
    .join('\n');
}

export function renderInputsTable(action: ActionMetadata): string {
  if (action.inputs.length === 0) return '_This action takes no inputs._';
  const rows = action.inputs.map((input) => [
    `\`${input.name}\``,
    input.required ? 'yes' : 'no',
    input.default === undefined || input.default === '' ? '' : `\`${input.default}\``,
    escapeMarkdownText(
      input.deprecationMessage ? `${input.description} **Deprecated:** ${input.deprecationMessage}` : input.description,
    ),
  ]);
  return markdownTable(['Input', 'Required', 'Default', 'Description'], rows);
}

export function renderOutputsTable(action: ActionMetadata): string {
  if (action.outputs.length === 0) return '_This action sets no outputs._';
  return markdownTable(
    ['Output', 'Description'],
    action.outputs.map((output) => [`\`${output.name}\``, escapeMarkdownText(output.description)]),
  );
}

/**
 * Markdown text from an action.yml description: `<` and `>` outside code spans are escaped, or
 * GitHub would take `sha256:<hex>` for an HTML tag and drop it.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (value: string) =>
    value
      .replace(/\|/g, '\\|')
      .replace(/\r?\n\s*/g, ' ')
      .trim();
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Replaces the text between `<!-- shipgate:<section> -->` and its closing marker, or appends the section. */
export function replaceSection(readme: string, section: string, heading: string, body: string): string {
  const open = `<!-- shipgate:${section} -->`;
  const close = `<!-- /shipgate:${section} -->`;
  const block = `${open}\n${body}\n${close}`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start !== -1 && end > start) return readme.slice(0, start) + block + readme.slice(end + close.length);
  return `${readme.replace(/\s*$/, '')}\n\n## ${heading}\n\n${block}\n`;
}

export function readmeSkeleton(action: ActionMetadata): string {
  return [
    `# ${action.title}`,
    '',
    escapeMarkdownText(action.description),
    '',
    '## Usage',
    '',
    '```yaml',
    `- uses: <org>/shipgate/actions/${action.name}@v1`,
    '```',
    '',
  ].join('\n');
}

export function updateReadme(current: string | undefined, action: ActionMetadata): string {
  const withInputs = replaceSection(current ?? readmeSkeleton(action), 'inputs', 'Inputs', renderInputsTable(action));
  return replaceSection(withInputs, 'outputs', 'Outputs', renderOutputsTable(action));
}

export function cliMetadataPath(root: string): string {
  return join(root, 'packages', 'cli', 'src', 'action-metadata.json');
}

export function generateDocs(root: string): GeneratedFile[] {
  const actions = readActionsMetadata(root);
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const files = actions.map((action) => {
    const path = join(root, 'actions', action.name, 'README.md');
    const current = read(path);
    return { path, current, content: updateReadme(current, action) };
  });
  const metadataPath = cliMetadataPath(root);
  files.push({ path: metadataPath, current: read(metadataPath), content: `${JSON.stringify(actions, null, 2)}\n` });
  return files;
}

export function staleFiles(files: readonly GeneratedFile[]): GeneratedFile[] {
  return files.filter((file) => file.current !== file.content);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  // --root lets the tests run the script over a scratch tree.
  const rootIndex = args.indexOf('--root');
  const root = rootIndex === -1 ? defaultRoot : args[rootIndex + 1]!;
  const stale = staleFiles(generateDocs(root));
  if (check) {
    if (stale.length > 0) {
      console.error('Generated docs are stale; run `npm run docs` and commit the result:');
      for (const file of stale) console.error(`  ${relative(root, file.path)}`);
      process.exit(1);
    }
    console.log('Action docs are up to date.');
  } else {
    for (const file of stale) {
      writeFileSync(file.path, file.content);
      console.log(`wrote ${relative(root, file.path)}`);
    }
    if (stale.length === 0) console.log('Action docs were already up to date.');
  }
}
