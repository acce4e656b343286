import { createCliRuntime, describeError, detectSourceContext, runAction } from '@shipgate/core';
import cliPackage from '../package.json';
import generatedMetadata from './action-metadata.json';
import { type ActionModule, actionLoaders } from './actions';
import { parseCommandLine, resolveInputs, UsageError } from './command-line';
import { appendDotenv } from './dotenv';
import { formatActionHelp, formatGeneralHelp, formatOutputJson, formatOutputLines } from './format';
import type { ActionMetadata } from './metadata';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The command's cancellation (bin.ts aborts it on SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export interface ActionCatalog {
  metadata: readonly ActionMetadata[];
  loaders: Readonly<Record<string, () => Promise<ActionModule>>>;
}

export const defaultCatalog: ActionCatalog = {
  metadata: generatedMetadata as ActionMetadata[],
  loaders: actionLoaders,
};

/** `shipgate <action> --input value …`; returns the exit code (0 ok, 1 action failed, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo, catalog = defaultCatalog): Promise<number> {
  const actions = catalog.metadata.filter((action) => catalog.loaders[action.name]);
  try {
    const commandLine = parseCommandLine(argv);
    if (commandLine.version && commandLine.action === undefined) {
      io.stdout(`shipgate ${cliPackage.version}\n`);
      return 0;
    }
    if (commandLine.action === undefined || commandLine.action === 'help') {
      if (commandLine.help || commandLine.action === 'help') {
        io.stdout(formatGeneralHelp(actions));
        return 0;
      }
      io.stderr(formatGeneralHelp(actions));
      return 2;
    }
    const action = actions.find((candidate) => candidate.name === commandLine.action);
    if (!action) {
      throw new UsageError(
        `Unknown action "${commandLine.action}"; the actions are ${actions.map((a) => a.name).join(', ')}.`,
      );
    }
    if (commandLine.help) {
      io.stdout(formatActionHelp(action));
      return 0;
    }
    const inputs = resolveInputs(action, commandLine.flags, io.env, commandLine.bareFlags);
    const runtimeOptions = {
      inputs,
      env: io.env,
      writeLog: (line: string) => io.stderr(`${line}\n`),
      summaryFile: commandLine.summaryFile,
      verbose: commandLine.verbose,
      ...(io.signal ? { signal: io.signal } : {}),
    };
    // Outside GitHub, the source commit, ref and run come from the CI system's variables and git.
    const probe = createCliRuntime(runtimeOptions);
    const context = await detectSourceContext({ env: io.env, exec: probe.exec, workspace: probe.workspace });
    const runtime = createCliRuntime({ ...runtimeOptions, context });
    const module = await catalog.loaders[action.name]!();
    const exitCode = await runAction(module.run, runtime);
    io.stdout(commandLine.json ? formatOutputJson(runtime.outputs) : formatOutputLines(runtime.outputs));
    if (commandLine.dotenv) {
      for (const note of await appendDotenv(commandLine.dotenv, runtime.outputs)) io.stderr(`${note}\n`);
    }
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return 2;
    }
    io.stderr(`error: ${describeError(error)}\n`);
    return 1;
  }
}
