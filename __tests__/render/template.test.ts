import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { checkTemplate, fillTemplate, placeholdersIn } from '../../src/render/template.js';

describe('placeholdersIn', () => {
  it('finds every {{…}}, with or without spaces, once each, in order', () => {
    expect(placeholdersIn('{{a}} {{ b }} {{a}} {{c-d}} {{}} { {e} } {{{f}}}')).toEqual([
      'a',
      'b',
      'c-d',
      '',
      'f'
    ]);
  });
});

describe('checkTemplate', () => {
  it('accepts known names', () => {
    expect(() => checkTemplate('{{a}} and {{ b }}', ['a', 'b'], 'x.md')).not.toThrow();
  });

  it('names one or more unknown placeholders, the source and the accepted ones', () => {
    expect(() => checkTemplate('{{a}} {{zz}}', ['a', 'b'], 'x.md')).toThrow(
      new InputError('x.md: unknown placeholder {{zz}}. Accepted: {{a}}, {{b}}.')
    );
    expect(() => checkTemplate('{{y}} {{}}', ['a'], 'x.md')).toThrow(
      'x.md: unknown placeholders {{y}}, {{}}. Accepted: {{a}}.'
    );
  });
});

describe('fillTemplate', () => {
  it('replaces every occurrence and leaves other braces alone', () => {
    expect(fillTemplate('{{a}}-{{ a }} { {a} } {b}', { a: 'x' })).toBe('x-x { {a} } {b}');
  });

  it('inserts values literally', () => {
    expect(fillTemplate('{{a}}', { a: "$& $' $1 {{b}}" })).toBe("$& $' $1 {{b}}");
  });
});
