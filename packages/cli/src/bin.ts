#!/usr/bin/env node
import { runCli } from './main';

silenceDeprecation('DEP0040');

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

/**
 * A bundled dependency still loads Node's deprecated `punycode` module; its warning would be the
 * only line on stderr that is not ours, and users can do nothing about it.
 */
function silenceDeprecation(code: string): void {
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    const [typeOrOptions, warningCode] = rest;
    const given =
      typeof typeOrOptions === 'object' && typeOrOptions !== null
        ? (typeOrOptions as { code?: unknown }).code
        : warningCode;
    if (given === code) return;
    emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}
