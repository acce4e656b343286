import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import {
  buildApprovalPolicy,
  type Decision,
  evaluateDecisions,
  membershipOf,
  type PolicySettings,
  parseApproverList,
  parseCommand,
  teamsToCheck,
} from '../src/policy';

const base: PolicySettings = {
  approvers: ['alice', 'bob', 'carol'],
  imageApprovers: [],
  configApprovers: [],
  minApprovals: 1,
  allowSelfApproval: false,
  configChanged: true,
  selfLogins: ['dave'],
};

const approve = (login: string, comment?: string): Decision => ({
  login,
  verdict: 'approve',
  at: '2026-11-22T10:00:00Z',
  source: 'issue',
  ...(comment ? { comment } : {}),
});
const deny = (login: string, comment = 'no'): Decision => ({ ...approve(login), verdict: 'deny', comment });

describe('parseCommand', () => {
  test.each([
    ['/approve', { verdict: 'approve', reason: '' }],
    ['/approve looks good', { verdict: 'approve', reason: 'looks good' }],
    ['  /APPROVE  ', { verdict: 'approve', reason: '' }],
    ['/deny broken migration', { verdict: 'deny', reason: 'broken migration' }],
    ['/deny', { verdict: 'deny', reason: '' }],
    ['/deny first line\nmore detail', { verdict: 'deny', reason: 'first line\nmore detail' }],
    ['/approved', undefined],
    ['I /approve of this', undefined],
    ['lgtm', undefined],
    ['> /approve\nquoted', undefined],
  ])('%j', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });
});

describe('parseApproverList', () => {
  test('splits users and teams, drops @ and duplicates', () => {
    expect(parseApproverList(['@alice', 'acme/platform-team', 'Alice', '@acme/platform-team'], 'approvers')).toEqual({
      users: ['alice'],
      teams: [{ org: 'acme', slug: 'platform-team' }],
    });
  });
  test.each([['not a user'], ['-alice'], ['acme/'], ['a/b/c']])('refuses %j', (entry) => {
    expect(() => parseApproverList([entry], 'approvers')).toThrow(/Input "approvers" has/);
  });
});

describe('buildApprovalPolicy', () => {
  test('excludes the requester, actor and source author unless self-approval is allowed', () => {
    expect(buildApprovalPolicy({ ...base, selfLogins: ['Dave', 'erin', undefined, 'dave'] }).excluded).toEqual([
      'dave',
      'erin',
    ]);
    expect(buildApprovalPolicy({ ...base, selfLogins: ['dave'], allowSelfApproval: true }).excluded).toEqual([]);
  });

  test.each([
    [{ minApprovals: 4 }, /Input "min-approvals" is 4, but only 3 approvers can approve once dave/],
    [{ selfLogins: ['alice', 'bob'], minApprovals: 2 }, /only 1 approver can approve once alice, bob/],
    [{ approvers: [] }, /Input "approvers" is required/],
    [{ imageApprovers: ['dave'] }, /Input "image-approvers" names nobody who can approve/],
    [{ configApprovers: ['dave'] }, /Input "config-approvers" names nobody/],
  ] as Array<[Partial<PolicySettings>, RegExp]>)('refuses %j before any API call', (change, message) => {
    const attempt = () => buildApprovalPolicy({ ...base, ...change });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
  });

  test('a team makes the number of possible approvers open; an unchanged config needs no config approver', () => {
    expect(buildApprovalPolicy({ ...base, approvers: ['acme/ops'], minApprovals: 5 }).minApprovals).toBe(5);
    expect(buildApprovalPolicy({ ...base, configApprovers: ['dave'], configChanged: false }).configChanged).toBe(false);
    expect(buildApprovalPolicy({ ...base, approvers: [], allowEmptyApprovers: true }).approvers.users).toEqual([]);
  });
});

describe('evaluateDecisions', () => {
  const users = (policy: ReturnType<typeof buildApprovalPolicy>) => (login: string) => membershipOf(policy, login, []);

  test('counts each approver once and approves at min-approvals', () => {
    const policy = buildApprovalPolicy({ ...base, minApprovals: 2 });
    const one = evaluateDecisions(policy, [approve('alice'), approve('alice')], users(policy));
    expect(one.status).toBe('pending');
    expect(one.missing).toEqual(['1 more approval']);
    expect(one.ignored.map((entry) => entry.reason)).toEqual(['already answered']);
    const two = evaluateDecisions(policy, [approve('alice', 'ok'), approve('bob')], users(policy));
    expect(two.status).toBe('approved');
    expect(two.approvals.map((entry) => [entry.login, entry.comment, entry.role])).toEqual([
      ['alice', 'ok', 'any'],
      ['bob', undefined, 'any'],
    ]);
  });

  test('ignores the requester and non-approvers; a denial from an approver ends it', () => {
    const policy = buildApprovalPolicy({ ...base, approvers: ['alice', 'bob', 'dave'] });
    const result = evaluateDecisions(
      policy,
      [approve('dave'), deny('mallory'), deny('bob', 'not now'), approve('alice')],
      users(policy),
    );
    expect(result.status).toBe('denied');
    expect(result.denial).toMatchObject({ login: 'bob', comment: 'not now' });
    expect(result.ignored.map((entry) => `${entry.decision.login}: ${entry.reason}`)).toEqual([
      'dave: cannot approve their own deployment',
      'mallory: is not an approver',
    ]);
  });

  test('needs an image approver and, when the config changed, a config approver', () => {
    const settings = { ...base, approvers: ['alice'], imageApprovers: ['ivan'], configApprovers: ['cora'] };
    const changed = buildApprovalPolicy(settings);
    const partial = evaluateDecisions(changed, [approve('alice'), approve('ivan')], users(changed));
    expect(partial.status).toBe('pending');
    expect(partial.missing).toEqual(['an approval from a config approver (the config changed)']);
    const full = evaluateDecisions(changed, [approve('ivan'), approve('cora')], users(changed));
    expect(full.status).toBe('approved');
    expect(full.approvals.map((entry) => entry.role)).toEqual(['image', 'config']);
    const unchanged = buildApprovalPolicy({ ...settings, configChanged: false });
    expect(evaluateDecisions(unchanged, [approve('ivan')], users(unchanged)).status).toBe('approved');
  });

  test('team membership decides, through the teams the caller resolved', () => {
    const policy = buildApprovalPolicy({ ...base, approvers: ['alice', 'acme/ops'] });
    expect(teamsToCheck(policy, 'alice')).toEqual([]);
    expect(teamsToCheck(policy, 'olga')).toEqual([{ org: 'acme', slug: 'ops' }]);
    const member = evaluateDecisions(policy, [approve('olga')], (login) =>
      membershipOf(policy, login, [{ org: 'ACME', slug: 'ops' }]),
    );
    expect(member.status).toBe('approved');
    expect(evaluateDecisions(policy, [approve('olga')], users(policy)).status).toBe('pending');
  });
});
