import { type Exec, isOnPath, type Logger } from '@shipgate/core';

/** What the renderers need from their caller: the exec seam, a logger, and a PATH lookup tests can replace. */
export interface RendererDependencies {
  readonly exec: Exec;
  readonly log: Logger;
  /** Whether a tool is installed; defaults to a PATH lookup. */
  readonly isOnPath?: (tool: string) => Promise<boolean>;
}

export function toolLookup(deps: RendererDependencies): (tool: string) => Promise<boolean> {
  return deps.isOnPath ?? ((tool) => isOnPath(tool));
}

/** Rendering a large chart or overlay takes seconds; minutes means something hangs. */
export const RENDER_TIMEOUT_MS = 5 * 60_000;
