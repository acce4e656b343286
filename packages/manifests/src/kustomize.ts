import { RENDER_TIMEOUT_MS, type RendererDependencies, toolLookup } from './tools';

export interface ToolCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/** `kustomize build <dir>` when the standalone binary is installed, else the copy built into kubectl. */
export function kustomizeCommand(standalone: boolean, directory: string): ToolCommand {
  return standalone
    ? { command: 'kustomize', args: ['build', directory] }
    : { command: 'kubectl', args: ['kustomize', directory] };
}

/** Runs kustomize on an overlay (or base) directory and returns the multi-document YAML it prints. */
export async function runKustomize(deps: RendererDependencies, directory: string): Promise<string> {
  const standalone = await toolLookup(deps)('kustomize');
  const { command, args } = kustomizeCommand(standalone, directory);
  // Its stdout is the rendered YAML (Secrets included): only its warnings and errors are shown.
  const { stdout } = await deps.exec(command, args, {
    timeoutMs: RENDER_TIMEOUT_MS,
    streamOutput: { group: `Rendering ${directory} with kustomize`, stdout: false },
  });
  return stdout;
}
