import { describe, expect, it } from '@jest/globals';
import { childEnv, isWithheldVariable } from '../../src/core/child-env.js';

const RUNNER = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  GITHUB_SHA: 'abc',
  GITHUB_TOKEN: 'ghs_env',
  'INPUT_GITHUB-TOKEN': 'ghs_input',
  INPUT_PACKAGE: 'copybook-bench',
  ACTIONS_RUNTIME_TOKEN: 'eyJruntime',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_RESULTS_URL: 'https://results.example/',
  ACTIONS_CACHE_URL: 'https://cache.example/',
  UNSET: undefined
};

describe('isWithheldVariable', () => {
  it('withholds the inputs, the runtime token, the OIDC request pair and GITHUB_TOKEN, in any case', () => {
    for (const name of [
      'INPUT_GITHUB-TOKEN',
      'input_github-token',
      'INPUT_BENCH-ENV',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'GITHUB_TOKEN',
      'github_token'
    ]) {
      expect([name, isWithheldVariable(name)]).toEqual([name, true]);
    }
    for (const name of [
      'PATH',
      'GITHUB_SHA',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_CACHE_URL',
      'API_TOKEN',
      'INPUTX'
    ]) {
      expect([name, isWithheldVariable(name)]).toEqual([name, false]);
    }
  });
});

describe('childEnv', () => {
  it('passes the base without the withheld variables and unset entries, with the extra layer on top', () => {
    expect(childEnv({ PERF: '1', HOME: '/tmp/h' }, RUNNER)).toEqual({
      PATH: '/usr/bin',
      HOME: '/tmp/h',
      GITHUB_SHA: 'abc',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      PERF: '1'
    });
  });

  it('drops a withheld variable from the extra layer too, and keeps __proto__ an ordinary variable', () => {
    const env = childEnv({ GITHUB_TOKEN: 'x', INPUT_Y: 'y', ['__proto__']: 'p' }, { PATH: '/bin' });
    expect(env).toEqual(
      Object.fromEntries([
        ['PATH', '/bin'],
        ['__proto__', 'p']
      ])
    );
    expect(Object.getPrototypeOf(env)).toBe(Object.prototype);
  });

  it('holds nothing of this process’s environment that it was not given', () => {
    expect(childEnv({}, {})).toEqual({});
    expect(childEnv({}, process.env).PATH).toBe(process.env.PATH);
  });
});
