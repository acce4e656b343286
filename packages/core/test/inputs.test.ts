import { describe, expect, test } from 'vitest';
import { ConfigurationError, InputReader, splitList } from '../src';

const reader = (inputs: Record<string, string>) => new InputReader({ getInput: (name) => inputs[name] ?? '' });

describe('InputReader', () => {
  test('required returns the value and names a missing input', () => {
    expect(reader({ image: 'ghcr.io/acme/web' }).required('image')).toBe('ghcr.io/acme/web');
    expect(() => reader({}).required('image')).toThrow(new ConfigurationError('Input "image" is required.'));
  });

  test('string and optional fall back when empty', () => {
    expect(reader({}).string('context', '.')).toBe('.');
    expect(reader({ context: 'app' }).string('context', '.')).toBe('app');
    expect(reader({}).optional('target')).toBeUndefined();
    expect(reader({ target: 'prod' }).optional('target')).toBe('prod');
  });

  test('renamed takes the deprecated input when a workflow still sets it, and says so', () => {
    expect(reader({ 'app-repository': 'acme/web' }).renamed('app-repository', 'repository')).toEqual({
      name: 'app-repository',
      value: 'acme/web',
    });
    expect(
      reader({ 'app-repository': 'acme/web', repository: 'acme/old' }).renamed('app-repository', 'repository'),
    ).toEqual({ name: 'repository', value: 'acme/old' });
    expect(reader({}).renamed('app-repository', 'repository')).toEqual({ name: 'app-repository', value: undefined });
  });

  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', true],
  ])('boolean accepts %j', (value, expected) => {
    expect(reader({ push: value }).boolean('push', true)).toBe(expected);
  });

  test.each(['yes', 'no', 'on', 'off', '1', '0', 'tRue', 'y'])('boolean rejects %j in one sentence', (value) => {
    expect(() => reader({ push: value }).boolean('push', true)).toThrow(
      new ConfigurationError(`Input "push" must be true or false, got "${value}".`),
    );
  });

  test('optionalBoolean is undefined when empty and strict otherwise', () => {
    expect(reader({}).optionalBoolean('require-approval')).toBeUndefined();
    expect(reader({ 'require-approval': 'false' }).optionalBoolean('require-approval')).toBe(false);
    expect(() => reader({ 'require-approval': 'yes' }).optionalBoolean('require-approval')).toThrow(
      /must be true or false/,
    );
  });

  test.each([
    ['1', 1],
    ['10', 10],
    ['+3', 3],
    ['', 2],
  ])('integer accepts %j', (value, expected) => {
    expect(reader({ 'min-approvals': value }).integer('min-approvals', { min: 1, max: 10, default: 2 })).toBe(expected);
  });

  test.each(['two', '0', '11', '1.5', '1e1', '0x2', '-1', '99999999999999999999'])('integer rejects %j', (value) => {
    const read = () => reader({ 'min-approvals': value }).integer('min-approvals', { min: 1, max: 10, default: 2 });
    expect(read).toThrow(
      new ConfigurationError(`Input "min-approvals" must be an integer from 1 to 10, got "${value}".`),
    );
  });

  test.each([
    ['a,b', ['a', 'b']],
    ['a\nb\n', ['a', 'b']],
    [' a , ,b\n\n c ', ['a', 'b', 'c']],
    ['', []],
  ])('list splits %j', (value, expected) => {
    expect(reader({ tags: value }).list('tags')).toEqual(expected);
    expect(splitList(value)).toEqual(expected);
  });

  test('list can be required', () => {
    expect(() => reader({ 'image-ref': ' , ' }).list('image-ref', { required: true })).toThrow(
      'Input "image-ref" is required.',
    );
  });

  test('lines keeps commas inside entries', () => {
    expect(reader({ 'build-args': 'A=1,2\n B=x \n' }).lines('build-args')).toEqual(['A=1,2', 'B=x']);
  });

  test('enum accepts allowed values and lists them when rejecting', () => {
    const modes = ['environment', 'issue'] as const;
    expect(reader({ mode: 'issue' }).enum('mode', modes, 'environment')).toBe('issue');
    expect(reader({}).enum('mode', modes, 'environment')).toBe('environment');
    expect(() => reader({ mode: 'slack' }).enum('mode', modes, 'environment')).toThrow(
      new ConfigurationError('Input "mode" must be one of "environment" or "issue", got "slack".'),
    );
    expect(() => reader({ builder: 'kaniko' }).enum('builder', ['auto', 'buildah', 'docker'], 'auto')).toThrow(
      'Input "builder" must be one of "auto", "buildah" or "docker", got "kaniko".',
    );
  });

  test('every error is a single sentence', () => {
    const errors: string[] = [];
    const r = reader({ a: 'x', b: 'yes', c: 'nope' });
    for (const read of [
      () => r.required('missing'),
      () => r.integer('a', { min: 0, max: 1, default: 0 }),
      () => r.boolean('b', false),
      () => r.enum('c', ['x', 'y'], 'x'),
    ]) {
      try {
        read();
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
    expect(errors).toHaveLength(4);
    for (const message of errors) {
      expect(message).toMatch(/^Input "[a-z-]+" [^\n]*\.$/);
      expect(message.split('. ')).toHaveLength(1);
    }
  });
});
