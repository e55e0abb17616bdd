import { describe, expect, it } from '@jest/globals';
import { actionInput, inputVariable } from '../../../src/adapters/config/action-inputs.js';
import { buildConfig } from '../../../src/core/config/config.js';
import { optionSpec } from '../../../src/core/config/options.js';

const benchArgs = optionSpec('bench-args');
const benches = optionSpec('benches');

describe('actionInput', () => {
  it('reads the variable @actions/core reads', () => {
    expect(inputVariable('bench-args')).toBe('INPUT_BENCH-ARGS');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  it("takes action.yml's default as not set, and an empty bench-args as given", () => {
    // What the runner passes: the default when the workflow did not set bench-args, '' when it did.
    expect(actionInput(benchArgs, { 'INPUT_BENCH-ARGS': '--noplot' })).toBeUndefined();
    expect(actionInput(benchArgs, { 'INPUT_BENCH-ARGS': '' })).toBe('');
    expect(actionInput(benchArgs, { 'INPUT_BENCH-ARGS': ' --sample-size 10 ' })).toBe('--sample-size 10');
    // Another runner might leave an unset input out altogether.
    expect(actionInput(benchArgs, {})).toBeUndefined();
    expect(actionInput(benches, { INPUT_BENCHES: '' })).toBe('');
  });

  it('gives buildConfig what decides bench-args: workflow, else config file, else --noplot', () => {
    const file = {
      path: '.github/copybook-bench.toml',
      values: { 'bench-args': '--noplot --sample-size 10' }
    };
    const config = (env: NodeJS.ProcessEnv, withFile: boolean) =>
      buildConfig({
        inputs: { 'bench-args': actionInput(benchArgs, env), benches: actionInput(benches, env) },
        file: withFile ? file : null
      });

    expect(config({ 'INPUT_BENCH-ARGS': '' }, true).benchArgs).toEqual([]);
    expect(config({ 'INPUT_BENCH-ARGS': '' }, true).effective['bench-args']).toEqual({
      value: '',
      origin: 'input'
    });
    expect(config({ 'INPUT_BENCH-ARGS': '--noplot' }, true).benchArgs).toEqual([
      '--noplot',
      '--sample-size',
      '10'
    ]);
    expect(config({ 'INPUT_BENCH-ARGS': '--noplot' }, false).benchArgs).toEqual(['--noplot']);
    expect(config({ 'INPUT_BENCH-ARGS': '--quiet' }, true).benchArgs).toEqual(['--quiet']);
    // An empty input without explicitEmpty still means "not set".
    expect(config({ INPUT_BENCHES: '' }, false).effective.benches.origin).toBe('default');
  });
});
