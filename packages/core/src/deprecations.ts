/**
 * Drops one Node deprecation warning by code. For warnings about a bundled dependency's use of a
 * deprecated Node module, which users of the action can do nothing about and would read as ours.
 */
export function silenceDeprecation(code: string): void {
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
