import { ConfigurationError } from '@shipgate/core';

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** `30m`, `24h`, `7d`, `1h30m` → milliseconds; `what` names the field in the error. */
export function parseDuration(text: string, what: string): number {
  if (!/^(\d+[smhdw])+$/.test(text)) {
    throw new ConfigurationError(`${what} must be a duration such as 30m, 24h or 7d, got "${text}".`);
  }
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) {
    total += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  }
  return total;
}
