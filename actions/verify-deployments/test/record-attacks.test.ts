/**
 * The record's attacks, performed as someone who can edit an app's workflow and push to the GitOps
 * repository (not to `.shipgate/` without review) would, through the verify-deployments bundle
 * against the real git server and the OpenAPI-checked API test server. Each one passed the check
 * before it judged outcomes under the protected base's policy with GitHub's record of time.
 */
import { inspectCommittedFiles } from '@shipgate/manifests';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { deployMessage, History, image, POLICY, rendered } from '../../../packages/verify/test/history';
import { recordPushes } from '../../../test/support/activity';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { type ActionBundleResult, runActionBundle } from '../../../test/support/run-action-bundle';

let server: GitServer;
let api: GitHubApi;
let count = 0;
const histories: History[] = [];

beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  for (const history of histories) await history.remove();
  await server.stop();
});
beforeEach(async () => {
  api = await startGitHubApi();
});
afterEach(async () => {
  api.assertNoViolations();
  await api.stop();
});

async function repository(files: Record<string, string> = { '.shipgate/policy.yaml': POLICY }): Promise<History> {
  const created = await History.create(server, `record-${++count}`, files);
  histories.push(created);
  return created;
}

function deployStaging(target: History, c: string, fields: { date?: string; noPush?: boolean } = {}) {
  const r = rendered('web', 'staging', image(c));
  return target.commit({
    files: r.files,
    message: deployMessage({ app: 'web', environment: 'staging', imageRef: image(c), configHash: r.configHash }),
    ...fields,
  });
}

/** A production deploy whose trailers claim everything and whose approvals exist nowhere. */
function deployProductionUnapproved(target: History, c: string, fields: { noPush?: boolean } = {}) {
  const r = rendered('web', 'production', image(c));
  return target.commit({
    files: r.files,
    message: deployMessage({ app: 'web', environment: 'production', imageRef: image(c), configHash: r.configHash }),
    ...fields,
  });
}

/** Runs the bundle over `range` with GitHub's record of every push so far. */
async function verify(target: History, range: string, env: Record<string, string> = {}): Promise<ActionBundleResult> {
  await recordPushes(api, server, { name: target.name, owner: 'acme', repo: target.name, actor: 'mallory' });
  return runActionBundle(
    'verify-deployments',
    {
      repository: target.url,
      token: server.token,
      'github-token': api.token,
      'github-repository': `acme/${target.name}`,
      range,
    },
    { env: { GITHUB_API_URL: api.url, ...env } },
  );
}

/** The violations' messages, each naming its commit. */
function violations(result: ActionBundleResult): string[] {
  return result.annotations
    .filter((a) => a.level === 'error' && /^(Violation|Could not verify):/.test(a.message))
    .map((a) => a.message);
}

function expectRefused(result: ActionBundleResult, commit: string, reason: RegExp): void {
  expect(result.exitCode).toBe(1);
  expect(result.outputs.verdict).toBe('fail');
  expect(violations(result).some((message) => message.includes(commit.slice(0, 12)) && reason.test(message))).toBe(
    true,
  );
  expect(result.log).not.toMatch(/exited (with code )?128/);
}

describe('history shape: every commit, every parent, any merge', () => {
  test('an octopus merge whose own tree adds production files is a violation naming it', async () => {
    const target = await repository();
    const base = await target.head();
    for (const name of ['one', 'two']) {
      await target.git(['checkout', '--quiet', '-b', name, base]);
      await target.commit({ files: { [`docs/${name}.md`]: `${name}\n` }, message: name, noPush: true });
    }
    await target.git(['checkout', '--quiet', 'main']);
    await target.git(['merge', '--quiet', '--no-ff', '--no-commit', 'one', 'two']);
    const octopus = await target.commit({
      files: rendered('web', 'production', image('e')).files,
      message: 'Merge one and two',
    });
    expect((await target.git(['log', '-1', '--format=%P', octopus])).split(' ')).toHaveLength(3);
    expectRefused(await verify(target, `${base}..${octopus}`), octopus, /octopus merge of 3 parents/);
  });

  test('an octopus merge of a clean staging deploy is a violation too: it touches an environment path', async () => {
    const target = await repository();
    const base = await target.head();
    await target.git(['checkout', '--quiet', '-b', 'deploy', base]);
    await deployStaging(target, 'a', { noPush: true });
    await target.git(['checkout', '--quiet', '-b', 'docs', base]);
    await target.commit({ files: { 'docs/x.md': 'x\n' }, message: 'docs', noPush: true });
    await target.git(['checkout', '--quiet', 'main']);
    await target.git(['merge', '--quiet', '--no-ff', '-m', 'Merge deploy and docs', 'deploy', 'docs']);
    await target.git(['push', '--quiet', 'origin', 'HEAD:main']);
    const octopus = await target.head();
    expectRefused(await verify(target, `${base}..${octopus}`), octopus, /octopus merge/);
  });

  test('a side branch forked before the policy existed and merged --no-ff is judged by the base policy', async () => {
    const target = await repository({ 'README.md': 'gitops\n' });
    const beforePolicy = await target.head();
    await target.commit({ files: { '.shipgate/policy.yaml': POLICY }, message: 'Add the policy' });
    const base = await target.head();
    await target.git(['checkout', '--quiet', '-b', 'old-side', beforePolicy]);
    const sneaked = await deployProductionUnapproved(target, 'e', { noPush: true });
    await target.git(['checkout', '--quiet', 'main']);
    await target.git(['merge', '--quiet', '--no-ff', '-m', 'Merge old-side', 'old-side']);
    await target.git(['push', '--quiet', 'origin', 'HEAD:main']);
    const result = await verify(target, `${base}..${await target.head()}`);
    expectRefused(result, sneaked, /no Shipgate-Approval evidence/);
  });

  test('a merge of unrelated history bringing production files is a finding in one sentence, not a git error', async () => {
    const target = await repository();
    const base = await target.head();
    await target.git(['checkout', '--quiet', '--orphan', 'stranger']);
    await target.git(['rm', '-r', '--quiet', '--cached', '.']);
    await target.git(['clean', '-fdq']);
    const stranger = await deployProductionUnapproved(target, 'f', { noPush: true });
    await target.git(['checkout', '--quiet', '-f', 'main']);
    await target.git(['merge', '--quiet', '--allow-unrelated-histories', '-m', 'Merge stranger', 'stranger']);
    await target.git(['push', '--quiet', 'origin', 'HEAD:main']);
    const merge = await target.head();
    const result = await verify(target, `${base}..${merge}`);
    expectRefused(result, merge, /merges history unrelated to its first parent/);
    expectRefused(result, stranger, /no Shipgate-Approval evidence/);
  });
});

describe('which policy: the protected base, and policy changes go alone', () => {
  const loose = POLICY.replace('    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n', '');

  test('loosen, deploy, restore in one pull request: the deploy fails under the base policy and so does the policy change', async () => {
    const target = await repository();
    const base = await target.head();
    await target.git(['checkout', '--quiet', '-b', 'sneak']);
    const loosen = await target.commit({ files: { '.shipgate/policy.yaml': loose }, message: 'Loosen' });
    const deploy = await deployProductionUnapproved(target, 'e');
    await target.commit({ files: { '.shipgate/policy.yaml': POLICY }, message: 'Restore' });
    expect(await target.git(['diff', '--stat', base, 'HEAD', '--', '.shipgate'])).toBe('');
    await target.git(['push', '--quiet', 'origin', 'HEAD:refs/pull/7/head']);
    const result = await verify(target, '#7');
    expectRefused(result, deploy, /records no Shipgate-Approval evidence, and production requires 2/);
    expectRefused(result, loosen, /policy changes merge on their own/);
  });

  test('a policy-only change in its own range passes and is reported', async () => {
    const target = await repository();
    const base = await target.head();
    const change = await target.commit({
      files: { '.shipgate/policy.yaml': POLICY.replace('max-age: 24h', 'max-age: 12h') },
      message: 'Tighten max-age',
    });
    const result = await verify(target, `${base}..${change}`);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.annotations.map((a) => a.message)).toContain(
      `Policy change ${change.slice(0, 12)}: a policy change to .shipgate/policy.yaml by Shipgate Bot <bot@example.com>, committed by Shipgate Bot <bot@example.com>.`,
    );
  });
});

describe('time comes from GitHub, not from git', () => {
  const today = new Date();
  const freezeToday = POLICY.replace(
    'staging:\n    paths: ["apps/*/staging"]\n',
    `staging:\n    paths: ["apps/*/staging"]\n    freeze:\n      - { schedule: "0 0 ${today.getUTCDate()} ${today.getUTCMonth() + 1} *", duration: 24h, timezone: UTC, reason: release day }\n`,
  );

  test('a deploy pushed during a freeze and dated after it is refused by the push time GitHub recorded', async () => {
    const target = await repository({ '.shipgate/policy.yaml': freezeToday });
    const base = await target.head();
    const tomorrow = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1, 12));
    const deploy = await deployStaging(target, 'a', { date: tomorrow.toISOString() });
    const result = await verify(target, `${base}..${deploy}`);
    expectRefused(result, deploy, /is dated \S+, after it reached the branch/);
  });

  test('a deploy dated before the freeze (and before its parent) is refused too', async () => {
    const target = await repository({ '.shipgate/policy.yaml': freezeToday });
    const base = await target.head();
    const deploy = await deployStaging(target, 'a', { date: '2020-01-01T00:00:00Z' });
    const result = await verify(target, `${base}..${deploy}`);
    expectRefused(result, deploy, /before its parent/);
  });

  test('an honestly dated deploy pushed during the freeze is refused by the freeze', async () => {
    const target = await repository({ '.shipgate/policy.yaml': freezeToday });
    const base = await target.head();
    const deploy = await deployStaging(target, 'a');
    expectRefused(
      await verify(target, `${base}..${deploy}`),
      deploy,
      /reached the branch during the freeze of staging/,
    );
  });

  test('soak is measured from when the staging deploy reached the branch, not from its date', async () => {
    const soaked = POLICY.replace(
      '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n',
      '    promote-from: staging\n    soak: 1h\n',
    );
    const target = await repository({ '.shipgate/policy.yaml': soaked });
    const base = await target.head();
    await deployStaging(target, 'a', { date: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    const production = await deployProductionUnapproved(target, 'a');
    const result = await verify(target, `${base}..${production}`);
    expectRefused(result, production, /ran in staging for 0 minute\(s\), less than the 60 minute\(s\) soak/);
  });
});

describe('claims re-derived: a rollback names an earlier deploy of its path and equals it', () => {
  const soaked = POLICY.replace(
    '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n',
    '    promote-from: staging\n    soak: 1h\n',
  );

  function rollbackMessage(c: string, configHash: string, of: string, to: string): string {
    return deployMessage({
      app: 'web',
      environment: 'production',
      imageRef: image(c),
      configHash,
      extra: [`Shipgate-Rollback-Of: ${of}`, `Shipgate-Rollback-To: ${to}`],
    });
  }

  test('a Shipgate-Rollback-Of naming a commit that does not exist does not skip promote-from and soak', async () => {
    const target = await repository({ '.shipgate/policy.yaml': soaked });
    const base = await target.head();
    const r = rendered('web', 'production', image('e'));
    const forged = await target.commit({
      files: r.files,
      message: rollbackMessage('e', r.configHash, 'f'.repeat(40), 'e'.repeat(40)),
    });
    expectRefused(
      await verify(target, `${base}..${forged}`),
      forged,
      /Shipgate-Rollback-Of f{40} is not an earlier commit/,
    );
  });

  test('a rollback whose files are not those of the deploy it names is refused', async () => {
    const target = await repository({ '.shipgate/policy.yaml': soaked });
    const old = await deployProductionUnapproved(target, 'a');
    const current = await deployProductionUnapproved(target, 'b');
    const base = await target.head();
    const r = rendered('web', 'production', image('e'));
    const forged = await target.commit({ files: r.files, message: rollbackMessage('e', r.configHash, current, old) });
    expectRefused(await verify(target, `${base}..${forged}`), forged, /are not those of the deploy it names/);
  });
});

describe('what is hashed is what the cluster applies', () => {
  /** A staging deploy whose path holds `extra` beside the rendered manifest, hashed honestly with it. */
  async function deployWith(target: History, extra: Record<string, string>): Promise<string> {
    const r = rendered('web', 'staging', image('a'));
    const files = { ...r.files, ...extra };
    const content = await inspectCommittedFiles(
      Object.entries(files).map(([path, text]) => ({ name: path.replace('apps/web/staging/', ''), content: text })),
    );
    return target.commit({
      files,
      message: deployMessage({
        app: 'web',
        environment: 'staging',
        imageRef: image('a'),
        configHash: content.configHash,
      }),
    });
  }

  test('a committed kustomization.yaml with an images: override is a violation, though its bytes hash as claimed', async () => {
    const target = await repository();
    const base = await target.head();
    const name = Object.keys(rendered('web', 'staging', image('a')).files)[0]!
      .split('/')
      .pop()!;
    const deploy = await deployWith(target, {
      'apps/web/staging/kustomization.yaml': `resources: [${name}]\nimages:\n  - name: ghcr.io/acme/web\n    newName: ghcr.io/mallory/miner\n`,
    });
    expectRefused(await verify(target, `${base}..${deploy}`), deploy, /would not apply as hashed: kustomization\.yaml/);
  });

  test('a JSON file beside the manifests (Argo CD applies it in directory mode) is a violation', async () => {
    const target = await repository();
    const base = await target.head();
    const deploy = await deployWith(target, {
      'apps/web/staging/miner.json': '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"m"}}\n',
    });
    expectRefused(await verify(target, `${base}..${deploy}`), deploy, /would not apply as hashed/);
  });
});

describe("a push event's own record", () => {
  const frozen = POLICY.replace(
    'staging:\n    paths: ["apps/*/staging"]\n',
    'staging:\n    paths: ["apps/*/staging"]\n    freeze:\n      - { schedule: "0 0 * * *", duration: 24h, timezone: UTC, reason: always }\n',
  );

  /** The push event GitHub sends for `before..after` on main, pushed at `pushedAt`. */
  const pushEvent = (before: string, after: string, pushedAt: Date, ref = 'refs/heads/main') => ({
    ref,
    before,
    after,
    pusher: { name: 'mallory' },
    repository: { pushed_at: Math.floor(pushedAt.getTime() / 1000) },
  });

  test('times the pushed commits when the activity API does not list the push yet', async () => {
    const target = await repository({ '.shipgate/policy.yaml': frozen });
    const base = await target.head();
    const deploy = await deployStaging(target, 'a');
    // No recordPushes: GitHub's activity list lags; the event payload is GitHub's word for this push.
    const result = await runActionBundle(
      'verify-deployments',
      {
        repository: target.url,
        token: server.token,
        'github-token': api.token,
        'github-repository': `acme/${target.name}`,
      },
      { env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'push' }, event: pushEvent(base, deploy, new Date()) },
    );
    expectRefused(result, deploy, /reached the branch during the freeze of staging/);
  });

  test("a push to another branch does not time the verified branch's commits", async () => {
    const target = await repository({ '.shipgate/policy.yaml': frozen });
    const base = await target.head();
    const deploy = await deployStaging(target, 'a');
    const result = await runActionBundle(
      'verify-deployments',
      { repository: target.url, token: server.token, range: `${base}..${deploy}` },
      {
        env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'push' },
        event: pushEvent(base, deploy, new Date(), 'refs/heads/other'),
      },
    );
    expect(result.exitCode).toBe(1);
    expect(violations(result).some((m) => m.startsWith(`Could not verify: ${deploy.slice(0, 12)} (staging)`))).toBe(
      true,
    );
  });
});

describe('unknown is not pass, and never a git error', () => {
  test('an all-zero base (a new branch) is "could not verify" in one sentence', async () => {
    const target = await repository();
    const head = await deployStaging(target, 'a');
    const result = await verify(target, `${'0'.repeat(40)}..${head}`);
    expect(result.exitCode).toBe(1);
    expect(violations(result)).toEqual([
      `Could not verify: The range starts at 000000000000, a branch that did not exist: there is no protected base to judge ${head} by; verify it as a pull request into the branch it came from.`,
    ]);
  });

  test('a base that is not in the repository (force-pushed away) is "could not verify" in one sentence', async () => {
    const target = await repository();
    const head = await deployStaging(target, 'a');
    const result = await verify(target, `${'a'.repeat(40)}..${head}`);
    expect(result.exitCode).toBe(1);
    expect(violations(result)).toEqual([
      `Could not verify: The range's base ${'a'.repeat(40)} is not in the repository (force-pushed away, or never pushed), so nothing can be judged against it.`,
    ]);
  });

  test('a base force-pushed away that the server still holds is "could not verify", not fetched by its id', async () => {
    // The server keeps the replaced commit, and it serves any id asked for (the test server allows
    // it, as GitHub serves a commit by id). The verifier judges against what the refs reach.
    const target = await repository();
    await deployStaging(target, 'a');
    const replaced = await target.head();
    await target.git(['reset', '--quiet', '--hard', 'HEAD~1']);
    const head = await deployStaging(target, 'b', { noPush: true });
    await target.git(['push', '--quiet', '--force', 'origin', 'HEAD:main']);
    expect(await server.git(target.name, ['cat-file', '-t', replaced])).toBe('commit');
    const result = await verify(target, `${replaced}..${head}`);
    expect(result.exitCode).toBe(1);
    expect(violations(result)).toEqual([
      `Could not verify: The range's base ${replaced} is not in the repository (force-pushed away, or never pushed), so nothing can be judged against it.`,
    ]);
  });

  test('a pull request of unrelated history is "could not verify" in one sentence', async () => {
    const target = await repository();
    await target.git(['checkout', '--quiet', '--orphan', 'stranger']);
    await target.git(['rm', '-r', '--quiet', '--cached', '.']);
    await target.git(['clean', '-fdq']);
    await deployStaging(target, 'a', { noPush: true });
    await target.git(['push', '--quiet', 'origin', 'HEAD:refs/pull/3/head']);
    const result = await verify(target, '3');
    expect(result.exitCode).toBe(1);
    expect(violations(result)).toEqual([
      `Could not verify: The pull request shares no history with ${(await server.git(target.name, ['rev-parse', 'main'])).slice(0, 12)}: unrelated history cannot be judged against the protected base.`,
    ]);
  });

  test('an audit finds the force push GitHub recorded and the commit no recorded push brought', async () => {
    const target = await repository();
    await deployStaging(target, 'a');
    const replaced = await target.head();
    await target.git(['reset', '--quiet', '--hard', 'HEAD~1']);
    const rewritten = await deployStaging(target, 'b', { noPush: true });
    await target.git(['push', '--quiet', '--force', 'origin', 'HEAD:main']);
    await recordPushes(api, server, { name: target.name, owner: 'acme', repo: target.name, actor: 'mallory' });
    // A commit put on the branch past GitHub's record: no push event lists it.
    const unrecorded = await deployStaging(target, 'c', { noPush: true });
    await server.git(target.name, ['fetch', '--quiet', target.work, 'main:refs/heads/main']);
    expect(await server.git(target.name, ['rev-parse', 'main'])).toBe(unrecorded);
    const result = await verify(target, '');
    expectRefused(result, rewritten, new RegExp(`force push by mallory at \\S+, replacing ${replaced.slice(0, 12)}`));
    expectRefused(result, unrecorded, /no push or merge in GitHub's activity record brought it/);
  });
});
