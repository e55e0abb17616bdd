import { describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../src/core/config/config.js';
import { jobCredentials, runSecrets } from '../../src/core/secrets.js';

const ENV = {
  'INPUT_GITHUB-TOKEN': 'ghs_inputToken0123456789abcdefghijklmnop',
  GITHUB_TOKEN: 'ghs_envToken0123456789abcdefghijklmnopqr',
  ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJub25lIn0.eyJzY3AiOiJ4In0.runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-0123456789',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.invalid/token?x=1',
  ACTIONS_RESULTS_URL: 'https://results.invalid/',
  INPUT_REPORT_DIR: 'copybook-bench-report',
  HOME: '/home/runner'
};

describe('jobCredentials', () => {
  it('takes the job credentials of the environment and the resolved token, nothing else', () => {
    expect(jobCredentials(ENV, 'ghs_flagToken0123456789abcdefghijklmnopq')).toEqual([
      ENV['INPUT_GITHUB-TOKEN'],
      ENV.GITHUB_TOKEN,
      ENV.ACTIONS_RUNTIME_TOKEN,
      ENV.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      ENV.ACTIONS_ID_TOKEN_REQUEST_URL,
      'ghs_flagToken0123456789abcdefghijklmnopq'
    ]);
    expect(jobCredentials({ HOME: '/home/runner' })).toEqual([]);
  });
});

describe('runSecrets', () => {
  it("adds the workflow's bench-env values, but not the places the report names", () => {
    const config = buildConfig({
      inputs: {
        'github-token': ENV.GITHUB_TOKEN,
        'bench-env':
          'DB_URL=postgres://u:pw@db/x\nPERF=1\nCRITERION_HOME=/tmp/criterion\nCARGO_TARGET_DIR=/tmp/target'
      }
    });
    const secrets = runSecrets(config, ENV);
    expect(secrets).toContain('postgres://u:pw@db/x');
    expect(secrets).toContain('1');
    expect(secrets).not.toContain('/tmp/criterion');
    expect(secrets).not.toContain('/tmp/target');
    expect(secrets.filter((s) => s === ENV.GITHUB_TOKEN)).toHaveLength(1);
  });

  it("leaves a config file's bench-env alone: it is the pull request's own text", () => {
    const config = buildConfig({
      inputs: {},
      file: { path: '.github/copybook-bench.toml', values: { 'bench-env': 'HIDE=decode_display_heavy' } }
    });
    expect(runSecrets(config, ENV)).not.toContain('decode_display_heavy');
  });
});
