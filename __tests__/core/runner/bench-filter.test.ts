import { describe, expect, it } from '@jest/globals';
import { splitBenchFilter } from '../../../src/core/runner/bench-filter.js';

describe('splitBenchFilter', () => {
  it('tells the filter from the values of the options around it', () => {
    expect(
      splitBenchFilter([
        '--noplot',
        '--warm-up-time',
        '3',
        'decode_(display|comp3)',
        '--measurement-time',
        '5'
      ])
    ).toEqual({
      options: ['--noplot', '--warm-up-time', '3', '--measurement-time', '5'],
      filter: 'decode_(display|comp3)',
      extra: []
    });
  });

  it('has no filter when every word is an option or its value, also in the --name=value form', () => {
    expect(splitBenchFilter(['--save-baseline', 'main', '--sample-size=10', '-b', 'x'])).toEqual({
      options: ['--save-baseline', 'main', '--sample-size=10', '-b', 'x'],
      filter: null,
      extra: []
    });
    expect(splitBenchFilter([])).toEqual({ options: [], filter: null, extra: [] });
  });

  it('reports words after the first filter, and takes what follows a bare -- as positional', () => {
    expect(splitBenchFilter(['a', '--noplot', 'b'])).toEqual({
      options: ['--noplot'],
      filter: 'a',
      extra: ['b']
    });
    expect(splitBenchFilter(['--noplot', '--', '--looks-like-a-flag'])).toEqual({
      options: ['--noplot'],
      filter: '--looks-like-a-flag',
      extra: []
    });
  });

  it('takes an option that needs a value but ends the list as it is', () => {
    expect(splitBenchFilter(['--baseline'])).toEqual({ options: ['--baseline'], filter: null, extra: [] });
  });
});
