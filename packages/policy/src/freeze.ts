import { ConfigurationError } from '@shipgate/core';
import { Cron } from 'croner';
import type { EnvironmentRules, FreezeWindow } from './load';

export interface ActiveFreeze {
  window: FreezeWindow;
  /** When the window in force began and ends. */
  start: Date;
  end: Date;
}

/** A croner schedule for a window; a bad cron expression or time zone is a ConfigurationError. */
function scheduleOf(window: FreezeWindow, where: string): Cron {
  try {
    return new Cron(window.schedule, { timezone: window.timezone, paused: true });
  } catch (error) {
    throw new ConfigurationError(
      `${where}: "${window.schedule}" (timezone ${window.timezone}) is not a valid cron schedule: ${(error as Error).message}.`,
    );
  }
}

/** Checks a window's cron expression and time zone, so a bad one fails when the policy is read; `where` names it. */
export function checkFreezeWindow(window: FreezeWindow, where: string): void {
  scheduleOf(window, where).stop();
}

/**
 * The freeze window in force at `at`, if any: a window is in force from each start its cron
 * schedule gives (in its time zone) for its duration, as Argo CD's sync windows are.
 */
export function activeFreeze(rules: EnvironmentRules, at: Date): ActiveFreeze | undefined {
  for (const window of rules.freeze) {
    const cron = scheduleOf(window, `environments.${rules.name}.freeze`);
    // The latest start at or before `at` (a start exactly at `at` counts: croner's previous runs are strictly before).
    const startsAtNow = cron.match(at) && at.getUTCSeconds() === 0 && at.getUTCMilliseconds() === 0;
    const previous = startsAtNow ? at : cron.previousRuns(1, new Date(at.getTime()))[0];
    cron.stop();
    if (!previous) continue;
    const end = new Date(previous.getTime() + window.durationMs);
    if (at.getTime() < end.getTime()) return { window, start: previous, end };
  }
  return undefined;
}
