import { describe, expect, it } from '@jest/globals';
import { compileGlob, GlobError, matcher, splitList } from '../../src/core/glob.js';

describe('compileGlob', () => {
  const matches = (pattern: string, id: string): boolean => compileGlob(pattern).test(id);

  it('lets ** cross segments and * stay inside one', () => {
    expect(matches('decode_display_heavy/**', 'decode_display_heavy/single_threaded/100')).toBe(true);
    expect(matches('decode_display_heavy/**', 'decode_display_heavy/x')).toBe(true);
    expect(matches('decode_display_heavy/**', 'decode_display_heavy')).toBe(false);
    expect(matches('decode_display_heavy/**', 'decode_comp3_heavy/single_threaded/100')).toBe(false);
    expect(matches('decode_*/single_threaded/*', 'decode_comp3_heavy/single_threaded/1000')).toBe(true);
    expect(matches('decode_*', 'decode_comp3_heavy/single_threaded')).toBe(false);
    expect(matches('**/1000', 'decode_comp3_heavy/single_threaded/1000')).toBe(true);
    expect(matches('a/**/b', 'a/b')).toBe(true);
    expect(matches('a/**/b', 'a/x/y/b')).toBe(true);
  });

  it('supports ?, classes, negated classes and braces', () => {
    expect(matches('g/f/10?', 'g/f/100')).toBe(true);
    expect(matches('g/f/10?', 'g/f/10/')).toBe(false);
    expect(matches('g/[ab]', 'g/b')).toBe(true);
    expect(matches('g/[!ab]', 'g/b')).toBe(false);
    expect(matches('g/[!ab]', 'g/c')).toBe(true);
    expect(matches('g/{100,1000}', 'g/1000')).toBe(true);
    expect(matches('g/{100,1000}', 'g/10')).toBe(false);
  });

  it('treats regex characters and escapes literally', () => {
    expect(matches('a.b(c)+', 'a.b(c)+')).toBe(true);
    expect(matches('a.b', 'axb')).toBe(false);
    expect(matches('a\\*', 'a*')).toBe(true);
    expect(matches('a\\*', 'ab')).toBe(false);
    expect(matches('name with spaces/ünïcode', 'name with spaces/ünïcode')).toBe(true);
  });

  it.each([
    ['', 'an empty pattern'],
    ['decode_[abc', 'unclosed "["'],
    ['decode_{a,b', 'unclosed "{"'],
    ['decode}', 'unmatched "}"'],
    ['trailing\\', 'trailing backslash']
  ])('rejects %j with a reason', (pattern, reason) => {
    expect(() => compileGlob(pattern)).toThrow(GlobError);
    expect(() => compileGlob(pattern)).toThrow(reason);
  });
});

describe('splitList', () => {
  it('splits on commas and newlines but not inside braces', () => {
    expect(splitList('a/**, b/{1,2}\n c ,,')).toEqual(['a/**', 'b/{1,2}', 'c']);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('matcher', () => {
  it('is true when any glob matches', () => {
    const m = matcher([compileGlob('a/*'), compileGlob('b/*')]);
    expect(m('b/x')).toBe(true);
    expect(m('c/x')).toBe(false);
  });
});
