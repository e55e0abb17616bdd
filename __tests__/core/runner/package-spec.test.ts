import { describe, expect, it } from '@jest/globals';
import { parsePackageSpec, specMatches, versionMatches } from '../../../src/core/runner/package-spec.js';

describe('parsePackageSpec', () => {
  it.each([
    ['copybook-bench', 'copybook-bench', null, null],
    ['copybook_bench@0.1.0', 'copybook_bench', '0.1.0', null],
    ['foo@1', 'foo', '1', null],
    ['foo:1.2.3', 'foo', '1.2.3', null],
    ['foo@1.2.3-beta.1+build.5', 'foo', '1.2.3-beta.1+build.5', null],
    ['path+file:///work/ws/copybook-bench#0.1.0', 'copybook-bench', '0.1.0', '/work/ws/copybook-bench'],
    [
      'path+file:///work/ws/bench-crate#copybook-bench@0.1.0',
      'copybook-bench',
      '0.1.0',
      '/work/ws/bench-crate'
    ],
    ['file:///work/ws/foo', 'foo', null, '/work/ws/foo'],
    ['path+file:///work/my%20ws/foo#foo', 'foo', null, '/work/my ws/foo']
  ])('%s', (text, name, version, directory) => {
    expect(parsePackageSpec(text)).toEqual({ text, name, version, directory, remote: false });
  });

  it('keeps registry and git specs, which never name a workspace member', () => {
    expect(parsePackageSpec('registry+https://github.com/rust-lang/crates.io-index#serde@1.0.152')).toEqual({
      text: 'registry+https://github.com/rust-lang/crates.io-index#serde@1.0.152',
      name: 'serde',
      version: '1.0.152',
      directory: null,
      remote: true
    });
    expect(parsePackageSpec('git+https://example.com/repo.git#foo')?.remote).toBe(true);
  });

  it.each([
    '',
    'my package',
    'foo@',
    '@1.0.0',
    'foo@one',
    'foo@1.x',
    'foo;rm -rf /',
    '--workspace',
    'path+file:///work/ws/foo#',
    'path+file:///work/ws/foo#foo@bar',
    'https://',
    'file://host/share/foo',
    'path+file:///work/<b>x</b>/foo#0.1.0'
  ])('refuses %j', (text) => {
    expect(parsePackageSpec(text)).toBeNull();
  });
});

describe('versionMatches', () => {
  it('matches partial versions component by component, pre-releases only when named', () => {
    expect(versionMatches('1', '1.4.2')).toBe(true);
    expect(versionMatches('1.4', '1.4.2')).toBe(true);
    expect(versionMatches('1.4.2', '1.4.2')).toBe(true);
    expect(versionMatches('1.4', '1.40.0')).toBe(false);
    expect(versionMatches('0', '1.0.0')).toBe(false);
    expect(versionMatches('1.4.2', '1.4.2-rc.1')).toBe(true);
    expect(versionMatches('1.4.2-rc.1', '1.4.2-rc.1')).toBe(true);
    expect(versionMatches('1.4.2-rc.1', '1.4.2-rc.2')).toBe(false);
    expect(versionMatches('1.4.2+abc', '1.4.2')).toBe(true);
  });
});

describe('specMatches', () => {
  const member = { name: 'foo', version: '0.1.0', directory: '/work/ws/foo' };
  const matches = (text: string) => {
    const spec = parsePackageSpec(text);
    if (spec === null) throw new Error(`${text} does not parse`);
    return specMatches(spec, member);
  };

  it('matches by name, version and folder', () => {
    expect(matches('foo')).toBe(true);
    expect(matches('foo@0.1')).toBe(true);
    expect(matches('foo@0.2.0')).toBe(false);
    expect(matches('bar')).toBe(false);
    expect(matches('path+file:///work/ws/foo#0.1.0')).toBe(true);
    expect(matches('path+file:///work/ws/foo/#foo@0.1.0')).toBe(true);
    expect(matches('path+file:///elsewhere/foo#0.1.0')).toBe(false);
    expect(matches('path+file:///work/ws/foo#bar@0.1.0')).toBe(false);
    expect(matches('registry+https://github.com/rust-lang/crates.io-index#foo@0.1.0')).toBe(false);
  });
});
