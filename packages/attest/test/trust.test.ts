import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { keylessTrust, verifyAttestations } from '../src';

const CA = { subject: { organization: 'example' }, certChain: { certificates: [] } };
const requirements = { require: ['provenance' as const] };

describe('keylessTrust: the trusted-root input, read without Sigstore', () => {
  test('the thresholds follow the authorities the root lists', () => {
    const trust = keylessTrust(JSON.stringify({ certificateAuthorities: [CA], tlogs: [{}], ctlogs: 'none' }));
    expect(trust).toMatchObject({
      mode: 'keyless',
      thresholds: { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 },
    });
  });

  test.each([
    ['{"not": "a root"', 'is not a Sigstore trusted root (JSON)'],
    ['null', 'is not a Sigstore trusted root (JSON)'],
    [JSON.stringify({ certificateAuthorities: [CA, null] }), 'is not a Sigstore trusted root (JSON)'],
    [JSON.stringify({ certificateAuthorities: [CA], tlogs: [null] }), 'is not a Sigstore trusted root (JSON)'],
    [JSON.stringify({ tlogs: [] }), 'lists no certificate authority, so no certificate could verify'],
    ['5', 'lists no certificate authority, so no certificate could verify'],
  ])('%s is refused when read: %s', (json, sentence) => {
    expect(() => keylessTrust(json, 'trusted-root')).toThrow(
      new ConfigurationError(`Input "trusted-root" ${sentence}.`),
    );
  });

  test('a root protobuf-specs cannot read deeper is refused, naming the input, by the first verification', () => {
    const trust = keylessTrust(
      JSON.stringify({ certificateAuthorities: [{ ...CA, certChain: { certificates: [null] } }] }),
      'trusted-root',
    );
    expect(() => verifyAttestations(`sha256:${'a'.repeat(64)}`, [], trust, requirements)).toThrow(
      new ConfigurationError('Input "trusted-root" is not a Sigstore trusted root (JSON).'),
    );
  });
});
