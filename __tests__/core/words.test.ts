import { describe, expect, it } from '@jest/globals';
import { plural } from '../../src/core/words.js';

describe('plural', () => {
  it('counts a noun', () => {
    expect([0, 1, 2].map((n) => plural(n, 'result'))).toEqual(['0 results', '1 result', '2 results']);
  });
});
