import type { ExecResult } from '@shipgate/core';
import type { Git, GitRemote } from './git';
import { type HttpAnswer, remoteHeaders, serviceUrl, succeeded } from './node-http';
import type { PushOptions, RefUpdate } from './push';
import {
  parseReceivePackAdvertisement,
  parseReceivePackReport,
  type ReceivePackAdvertisement,
  type ReceivePackCommand,
  type ReceivePackReport,
  receivePackRequest,
} from './receive-pack';

/** The id that stands for "no object" in a command (`planPush` takes SHA-1 repositories only). */
const SHA1_ZERO_ID = '0'.repeat(40);

/**
 * A push over smart HTTP from this process: one `git pack-objects` for the pack, the two requests
 * `git push` would send (the ref advertisement, then the commands and the pack), and its answer
 * given back as `git push --porcelain` would give it, so one classifier reads both. `git push`
 * runs five processes for the same (push, the helper's dispatcher, git-remote-http with its
 * thirty-odd libraries, send-pack, pack-objects); most of a deploy's CPU went to starting them.
 *
 * It takes only pushes whose every outcome it can decide from the advertisement alone: each update
 * says what the server must hold (`base` or `lease`) and none is forced. `undefined` hands the
 * push to `git push`: another kind of update, a server without report-status, or an advertisement
 * that could not be read (nothing was sent yet).
 */
export async function pushOverHttp(
  git: Git,
  remote: GitRemote,
  updates: readonly RefUpdate[],
  options: PushOptions,
): Promise<ExecResult | undefined> {
  if (!decidableOverHttp(updates)) return undefined;
  // The pack first, as git's push has its objects before it asks the server anything: whatever
  // happens on the server until the advertisement is read is decided as git would decide it. A
  // pack the caller made holds whole objects only, which any server takes.
  const packed = !options.pack && updates.some((update) => update.from) ? await packFor(git, updates) : undefined;
  const pack = options.pack ?? packed;
  const advertised = await readAdvertisement(remote);
  if (!advertised) return undefined;
  if (packed && (!advertised.capabilities.has('ofs-delta') || advertised.capabilities.has('no-thin'))) return undefined;
  const plan = planPush(updates, advertised, options);
  if (!plan) return undefined;
  if (plan.commands.length === 0) return porcelainResult(remote.url, plan, undefined);
  const body = receivePackRequest(
    plan.commands,
    plan.capabilities,
    plan.commands.some((command) => command.new) ? pack : undefined,
    SHA1_ZERO_ID,
  );
  let response: HttpAnswer;
  try {
    response = await remote.send(`${serviceUrl(remote)}/git-receive-pack`, {
      method: 'POST',
      headers: {
        ...remoteHeaders(remote),
        'Content-Type': 'application/x-git-receive-pack-request',
        Accept: 'application/x-git-receive-pack-result',
      },
      body,
    });
  } catch (error) {
    return unanswered(error);
  }
  if (!succeeded(response)) return failed(httpFailure(remote.url, response.status));
  let report: ReceivePackReport;
  try {
    report = parseReceivePackReport(response.body, {
      sideband: plan.capabilities.includes('side-band-64k'),
    });
  } catch (error) {
    return unanswered(error);
  }
  return porcelainResult(remote.url, plan, report);
}

/** Whether `pushOverHttp` takes these updates (the server's answer may still send them to git). */
export function decidableOverHttp(updates: readonly RefUpdate[]): boolean {
  return updates.every(decidable);
}

/** An update this path can take: a set with the value it builds on, or a leased set or delete. */
function decidable(update: RefUpdate): boolean {
  if (update.force) return false;
  return update.lease !== undefined || (update.from !== undefined && update.base !== undefined);
}

async function readAdvertisement(remote: GitRemote): Promise<ReceivePackAdvertisement | undefined> {
  try {
    // Any other answer (a refused token, a redirect, a server error) is git's to read and word.
    const response = await remote.send(`${serviceUrl(remote)}/info/refs?service=git-receive-pack`, {
      headers: remoteHeaders(remote),
    });
    if (!succeeded(response)) return undefined;
    return parseReceivePackAdvertisement(response.body);
  } catch {
    return undefined;
  }
}

/** One update's fate decided before anything is sent, or the command to send for it. */
type Decision =
  | { update: RefUpdate; kind: 'send'; command: ReceivePackCommand }
  | { update: RefUpdate; kind: 'up to date' }
  | { update: RefUpdate; kind: 'rejected'; reason: string };

interface PushPlan {
  decisions: Decision[];
  commands: ReceivePackCommand[];
  capabilities: string[];
}

/**
 * What git's push would decide from the advertisement: an update whose ref already holds the new
 * value is up to date; one whose ref holds other than it expects is rejected (`stale info` for a
 * lease, `fetch first` for a base: git, too, refuses a push that is not a fast-forward of what
 * the server has); with `atomic`, one rejection fails them all and nothing is sent.
 */
export function planPush(
  updates: readonly RefUpdate[],
  advertised: ReceivePackAdvertisement,
  options: { atomic?: boolean },
): PushPlan | undefined {
  const { capabilities } = advertised;
  // A SHA-256 repository wants its object format named back; git's push does that.
  if (
    [...capabilities].some(
      (capability) => capability.startsWith('object-format=') && capability !== 'object-format=sha1',
    )
  )
    return undefined;
  const wanted = ['report-status', ...(options.atomic ? ['atomic'] : [])];
  if (updates.some((update) => update.from === undefined)) wanted.push('delete-refs');
  if (!wanted.every((capability) => capabilities.has(capability))) return undefined;
  const decisions: Decision[] = updates.map((update) => {
    const current = advertised.refs.get(update.ref);
    if (update.from !== undefined && current === update.from) return { update, kind: 'up to date' };
    const expected = update.lease ?? update.base ?? '';
    if ((current ?? '') !== expected) {
      return { update, kind: 'rejected', reason: update.lease !== undefined ? 'stale info' : 'fetch first' };
    }
    return { update, kind: 'send', command: { ref: update.ref, old: current, new: update.from } };
  });
  const rejected = decisions.some((decision) => decision.kind === 'rejected');
  if (rejected && options.atomic) {
    return {
      decisions: decisions.map((decision) =>
        decision.kind === 'send'
          ? { update: decision.update, kind: 'rejected', reason: 'atomic push failed' }
          : decision,
      ),
      commands: [],
      capabilities: [],
    };
  }
  const commands = decisions.flatMap((decision) => (decision.kind === 'send' ? [decision.command] : []));
  const optional = ['side-band-64k', 'quiet', 'ofs-delta'].filter((capability) => capabilities.has(capability));
  return { decisions, commands, capabilities: [...wanted, ...optional, 'agent=git/shipgate'] };
}

/**
 * The pack of what the new values bring: `git pack-objects --revs` from them, less what the server
 * holds if the push is to succeed (each value an update was built on or is leased on: every one is
 * in this clone, the tip a commit was built on, the tags a landing read). Thin, with offset
 * deltas, as git's push sends it to a server that takes them (checked against the advertisement).
 */
async function packFor(git: Git, updates: readonly RefUpdate[]): Promise<Buffer> {
  const wants = updates.flatMap((update) => (update.from ? [update.from] : []));
  const haves = updates.flatMap((update) => {
    const held = update.lease ?? update.base;
    return held ? [`^${held}`] : [];
  });
  const { stdoutBytes } = await git(['pack-objects', '--revs', '--stdout', '-q', '--thin', '--delta-base-offset'], {
    input: `${[...wants, ...haves].join('\n')}\n`,
    bytes: true,
  });
  if (!stdoutBytes) throw new Error('git pack-objects gave no pack');
  return stdoutBytes;
}

/** The result `git push --porcelain` gives for the same push: the lines `classifyPush` reads. */
export function porcelainResult(url: string, plan: PushPlan, report: ReceivePackReport | undefined): ExecResult {
  const lines: string[] = [];
  let failedRefs = false;
  for (const decision of plan.decisions) {
    const { update } = decision;
    const spec = `${update.from ?? (decision.kind === 'rejected' ? '(delete)' : '')}:${update.ref}`;
    if (decision.kind === 'up to date') lines.push(`=\t${spec}\t[up to date]`);
    else if (decision.kind === 'rejected') {
      failedRefs = true;
      lines.push(`!\t${spec}\t[rejected] (${decision.reason})`);
    } else {
      const refused = serverRefusal(report, decision.command.ref);
      if (refused !== undefined) {
        failedRefs = true;
        lines.push(`!\t${spec}\t[remote rejected] (${refused})`);
      } else lines.push(`${flagOf(decision.command)}\t${spec}\t${summaryOf(decision.command)}`);
    }
  }
  const stderr = [
    ...(report?.messages ?? []).map((line) => `remote: ${line}`),
    ...(report && report.unpack !== 'ok' ? [`error: remote unpack failed: ${report.unpack}`] : []),
    ...(report?.fatal ? [`fatal: ${report.fatal}`] : []),
    ...(failedRefs ? [`error: failed to push some refs to '${url}'`] : []),
  ];
  return {
    exitCode: report?.fatal ? 128 : failedRefs ? 1 : 0,
    stdout: `To ${url}\n${lines.map((line) => `${line}\n`).join('')}Done\n`,
    stderr: stderr.map((line) => `${line}\n`).join(''),
  };
}

/** Why the server did not take `ref`; `undefined` when it did. */
function serverRefusal(report: ReceivePackReport | undefined, ref: string): string | undefined {
  if (!report) return undefined;
  if (report.fatal !== undefined) return report.fatal || 'remote error';
  if (report.unpack !== 'ok') return 'unpacker error';
  if (!report.refs.has(ref)) return 'remote did not report status';
  return report.refs.get(ref);
}

function flagOf(command: ReceivePackCommand): string {
  if (!command.new) return '-';
  return command.old ? ' ' : '*';
}

function summaryOf(command: ReceivePackCommand): string {
  if (!command.new) return '[deleted]';
  if (!command.old) return command.ref.startsWith('refs/heads/') ? '[new branch]' : '[new reference]';
  return `${command.old.slice(0, 7)}..${command.new.slice(0, 7)}`;
}

/** A request that got no usable answer, as git words it (read as a failure on the way). */
function unanswered(error: unknown): ExecResult {
  return failed(`error: RPC failed; ${causeOf(error)}\nfatal: the remote end hung up unexpectedly\n`);
}

function failed(stderr: string): ExecResult {
  return { exitCode: 128, stdout: '', stderr };
}

/** As git words it, so the failure is read as git's would be (auth, or worth retrying). */
function httpFailure(url: string, status: number): string {
  return `fatal: unable to access '${url}/': The requested URL returned error: ${status}\n`;
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const message = error instanceof Error ? error.message : String(error);
  return cause ? `${message} (${cause})` : message;
}
