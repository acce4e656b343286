import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import {
  ImageReferenceError,
  parseImageReference,
  requireDigestReference,
  sameRepository,
  withDigest,
  withTag,
} from '../src/reference';

const sha256 = `sha256:${'a'.repeat(64)}`;
const sha512 = `sha512:${'0123456789abcdef'.repeat(8)}`;

describe('parseImageReference without normalisation (distribution Parse)', () => {
  test.each([
    // input, domain, path, tag, digest
    ['test_com', '', 'test_com', undefined, undefined],
    ['test.com:tag', '', 'test.com', 'tag', undefined],
    ['test.com:5000', '', 'test.com', '5000', undefined],
    ['test.com/repo:tag', 'test.com', 'repo', 'tag', undefined],
    ['test:5000/repo', 'test:5000', 'repo', undefined, undefined],
    ['test:5000/repo:tag', 'test:5000', 'repo', 'tag', undefined],
    [`test:5000/repo@${sha256}`, 'test:5000', 'repo', undefined, sha256],
    [`test:5000/repo:tag@${sha256}`, 'test:5000', 'repo', 'tag', sha256],
    ['lowercase:Uppercase', '', 'lowercase', 'Uppercase', undefined],
    ['foo_bar.com:8080', '', 'foo_bar.com', '8080', undefined],
    ['foo/foo_bar.com:8080', 'foo', 'foo_bar.com', '8080', undefined],
    ['Uppercase/lowercase:tag', 'Uppercase', 'lowercase', 'tag', undefined],
    ['sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com', 'bar/baz/quux', undefined, undefined],
    ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com', 'bar/baz/quux', 'some-long-tag', undefined],
    [
      'b.gcr.io/test.example.com/my-app:test.example.com',
      'b.gcr.io',
      'test.example.com/my-app',
      'test.example.com',
      undefined,
    ],
    ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com', 'myimage', 'xn--n3h.com', undefined],
    [`xn--7o8h.com/myimage:xn--7o8h.com@${sha512}`, 'xn--7o8h.com', 'myimage', 'xn--7o8h.com', sha512],
    ['a.b-c.d:1/e', 'a.b-c.d:1', 'e', undefined, undefined],
    ['localhost/repo', 'localhost', 'repo', undefined, undefined],
    ['localhost:5000/a/b/c:v1', 'localhost:5000', 'a/b/c', 'v1', undefined],
    ['192.168.1.1/repo', '192.168.1.1', 'repo', undefined, undefined],
    ['192.168.1.1:5000/repo:1', '192.168.1.1:5000', 'repo', '1', undefined],
    ['[2001:db8::1]/repo', '[2001:db8::1]', 'repo', undefined, undefined],
    ['[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000', 'repo', 'tag', undefined],
    ['[::1]:5000/a/b', '[::1]:5000', 'a/b', undefined, undefined],
    ['a/b__c/d-e--f/g.h_i', 'a', 'b__c/d-e--f/g.h_i', undefined, undefined],
    ['registry.io/a---b', 'registry.io', 'a---b', undefined, undefined],
    ['repo:_tag', '', 'repo', '_tag', undefined],
    [`repo:${'t'.repeat(128)}`, '', 'repo', 't'.repeat(128), undefined],
  ])('%s', (input, domain, path, tag, digest) => {
    const reference = parseImageReference(input as string, { normalize: false });
    expect(reference.domain).toBe(domain);
    expect(reference.path).toBe(path);
    expect(reference.tag).toBe(tag);
    expect(reference.digest).toBe(digest);
    expect(reference.name).toBe(domain ? `${domain}/${path}` : path);
    expect(reference.toString()).toBe(input);
  });
});

describe('parseImageReference with normalisation (docker ParseNormalizedNamed)', () => {
  test.each([
    ['ubuntu', 'docker.io/library/ubuntu'],
    ['ubuntu:24.04', 'docker.io/library/ubuntu:24.04'],
    [`ubuntu@${sha256}`, `docker.io/library/ubuntu@${sha256}`],
    ['library/ubuntu', 'docker.io/library/ubuntu'],
    ['bitnami/nginx:1.27', 'docker.io/bitnami/nginx:1.27'],
    ['foo/bar/baz', 'docker.io/foo/bar/baz'],
    ['docker.io/ubuntu', 'docker.io/library/ubuntu'],
    ['docker.io/library/ubuntu', 'docker.io/library/ubuntu'],
    ['index.docker.io/ubuntu', 'docker.io/library/ubuntu'],
    ['index.docker.io/acme/web:1', 'docker.io/acme/web:1'],
    ['ghcr.io/acme/web:sha-1234567', 'ghcr.io/acme/web:sha-1234567'],
    ['localhost/web', 'localhost/web'],
    ['localhost:5000/web:latest', 'localhost:5000/web:latest'],
    ['127.0.0.1:5000/team/web', '127.0.0.1:5000/team/web'],
    ['[::1]:5000/web', '[::1]:5000/web'],
    ['Registry.Example/web', 'Registry.Example/web'],
    ['example.com:443/web', 'example.com:443/web'],
  ])('%s → %s', (input, expected) => {
    expect(parseImageReference(input).toString()).toBe(expected);
  });

  test('splits into parts', () => {
    const reference = parseImageReference(`ghcr.io/acme/web:1.2.3@${sha256}`);
    expect(reference).toMatchObject({
      domain: 'ghcr.io',
      path: 'acme/web',
      name: 'ghcr.io/acme/web',
      tag: '1.2.3',
      digest: sha256,
    });
    expect(String(reference)).toBe(`ghcr.io/acme/web:1.2.3@${sha256}`);
  });

  test('normalisation is the default', () => {
    expect(parseImageReference('busybox').name).toBe('docker.io/library/busybox');
    expect(parseImageReference('busybox', { normalize: false }).name).toBe('busybox');
  });
});

describe('invalid references', () => {
  test.each([
    ['', /empty/],
    [' ubuntu', /whitespace/],
    ['ubuntu ', /whitespace/],
    [':justtag', /repository name is empty/],
    [`@${sha256}`, /repository name is empty/],
    ['repo@sha256:ffffffffffffffffffffffffffffffffff', /sha256 digest must be 64/],
    [`repo@sha256:${'A'.repeat(64)}`, /lowercase hexadecimal/],
    [`repo@sha256:${'a'.repeat(65)}`, /sha256 digest must be 64/],
    [`repo@md5:${'a'.repeat(32)}`, /algorithm "md5" is not supported/],
    ['repo@sha256:abc', /not of the form algorithm:hex/],
    ['repo@sha256', /not of the form algorithm:hex/],
    ['repo@', /not of the form/],
    ['validname@invaliddigest:ecc1e2c7', /not of the form/],
    ['Uppercase:tag', /must be lowercase/],
    ['test:5000/Uppercase/lowercase:tag', /must be lowercase/],
    ['ghcr.io/Acme/web', /must be lowercase/],
    [`repo:${'t'.repeat(129)}`, /tag/],
    ['repo:-tag', /tag "-tag"/],
    ['repo:.tag', /tag ".tag"/],
    ['repo:ta/g', /registry "repo:ta" is not a valid host/],
    ['repo:', /tag after ":" is empty/],
    ['aa/asdf$$^/aa', /path components/],
    ['a//b', /empty path component/],
    ['/repo', /empty path component/],
    ['repo/', /empty path component/],
    ['a/-b', /path components/],
    ['a/b_', /path components/],
    ['a/b___c', /path components/],
    ['a/b..c', /path components/],
    ['a/_b', /path components/],
    ['-host.com/repo', /registry "-host.com"/],
    ['host-.com/repo', /registry "host-.com"/],
    ['host.com:port/repo', /registry "host.com:port"/],
    ['[zz::1]/repo', /registry/],
    ['ubuntu:latest:extra', /the tag "latest:extra"/],
    ['web:1.0:x', /the tag "1.0:x"/],
    ['Web', /repository name "Web" must be lowercase/],
    ['Web:1', /repository name "Web" must be lowercase/],
    [`${'a'.repeat(64)}`, /64-character hexadecimal/],
    [`docker.io/${'a'.repeat(256)}`, /longer than 255/],
    [`example.com/${'a/'.repeat(122)}ab`, /longer than 255/],
  ])('%j is rejected', (input, reason) => {
    let error: unknown;
    try {
      parseImageReference(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImageReferenceError);
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(reason);
    // One sentence: a single final period and no line breaks.
    expect(message).not.toMatch(/\n/);
    expect(message.endsWith('.')).toBe(true);
  });

  test('the name limit counts the domain too', () => {
    const path = 'a'.repeat(255 - 'example.com/'.length);
    expect(parseImageReference(`example.com/${path}`).name).toHaveLength(255);
    expect(() => parseImageReference(`example.com/${path}b`)).toThrow(/longer than 255/);
  });

  test('uppercase is allowed in the first component when it is taken as a domain', () => {
    expect(parseImageReference('Uppercase/lowercase').domain).toBe('Uppercase');
  });
});

describe('helpers', () => {
  test('requireDigestReference accepts a pinned reference', () => {
    expect(requireDigestReference(`ghcr.io/acme/web@${sha256}`, 'image-ref').digest).toBe(sha256);
    expect(requireDigestReference(`ghcr.io/acme/web:1@${sha256}`, 'image-ref').tag).toBe('1');
  });

  test.each([
    ['ghcr.io/acme/web:1', /Input "image-ref" must be pinned by digest/],
    ['ghcr.io/acme/web', /Input "image-ref" must be pinned by digest/],
    ['ghcr.io/Acme/web@sha256:1', /Input "image-ref" is not a valid image reference/],
  ])('requireDigestReference(%j) names the input', (value, message) => {
    expect(() => requireDigestReference(value, 'image-ref')).toThrow(ConfigurationError);
    expect(() => requireDigestReference(value, 'image-ref')).toThrow(message);
  });

  test.each([
    ['ubuntu', 'docker.io/library/ubuntu:24.04', true],
    ['index.docker.io/library/ubuntu', `ubuntu@${sha256}`, true],
    ['ghcr.io/acme/web:1', 'ghcr.io/acme/web:2', true],
    ['ghcr.io/acme/web', 'ghcr.io/acme/api', false],
    ['localhost:5000/web', 'localhost:5001/web', false],
    ['acme/web', 'ghcr.io/acme/web', false],
  ])('sameRepository(%j, %j) is %s', (a, b, expected) => {
    expect(sameRepository(a, b)).toBe(expected);
    expect(sameRepository(parseImageReference(a), parseImageReference(b))).toBe(expected);
  });

  test('withDigest and withTag keep the repository', () => {
    const base = parseImageReference('localhost:5000/web:old');
    expect(withDigest(base, sha256).toString()).toBe(`localhost:5000/web@${sha256}`);
    expect(withTag(base, 'new').toString()).toBe('localhost:5000/web:new');
    expect(withDigest(parseImageReference('foo/bar', { normalize: false }), sha256).toString()).toBe(
      `foo/bar@${sha256}`,
    );
    expect(() => withTag(base, 'bad tag')).toThrow(ImageReferenceError);
    expect(() => withDigest(base, 'sha256:zz')).toThrow(ImageReferenceError);
  });
});
