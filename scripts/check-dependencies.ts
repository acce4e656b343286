/**
 * `npm run check-dependencies`: each workspace package (packages/*, actions/*) declares in its
 * package.json exactly the packages its sources import (`@shipgate/*` siblings included), and the
 * root declares only tools (devDependencies). Imports are read with TypeScript's parser: static
 * imports, re-exports and `import()` of a string, type-only imports included (they need the
 * package's types as much).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`); undefined for relative paths and builtins. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  return builtinModules.includes(name) ? undefined : name;
}

/** Every package the file imports. */
export function importedPackages(path: string, text: string): Set<string> {
  const found = new Set<string>();
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const add = (node: ts.Expression | undefined) => {
    if (node && ts.isStringLiteral(node)) {
      const name = packageOf(node.text);
      if (name) found.add(name);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const problems: string[] = [];
const workspaces = ['packages', 'actions'].flatMap((top) =>
  readdirSync(join(root, top)).map((name) => join(top, name)),
);
for (const workspace of workspaces) {
  const manifestPath = join(root, workspace, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  const declared = new Set(Object.keys(manifest.dependencies ?? {}));
  const imported = new Set<string>();
  for (const file of sourceFiles(join(root, workspace, 'src'))) {
    for (const name of importedPackages(file, readFileSync(file, 'utf8'))) imported.add(name);
  }
  imported.delete(manifest.name);
  for (const name of [...imported].sort()) {
    if (!declared.has(name)) problems.push(`${workspace}/package.json: imports ${name} but does not declare it`);
  }
  for (const name of [...declared].sort()) {
    if (!imported.has(name)) problems.push(`${workspace}/package.json: declares ${name} but never imports it`);
  }
}
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};
for (const name of Object.keys(rootManifest.dependencies ?? {})) {
  problems.push(`package.json: declares ${name} as a dependency; a workspace package that imports it declares it`);
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exitCode = 1;
else console.log(`Every workspace package declares exactly what it imports (${workspaces.length} packages).`);
