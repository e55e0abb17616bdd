import { describe, expect, it } from '@jest/globals';
import { EMPTY_AUDIT_CONFIG, parseAuditConfig } from '../../../src/core/audit/config.js';
import { InputError } from '../../../src/core/errors.js';

const FILE = '.github/copybook-bench-audit.yml';
const parse = (text: string) => parseAuditConfig(text, FILE);

describe('parseAuditConfig', () => {
  it('reads labels, the compliance framework, environment variables and the benchmarks switch', () => {
    expect(
      parse(
        [
          'compliance-framework: SOC 2',
          'labels:',
          '  owner: perf-team',
          '  tier: 1',
          'environment-variables: [RUSTFLAGS, RUNNER_NAME, RUSTFLAGS]',
          'benchmarks: true'
        ].join('\n')
      )
    ).toEqual({
      environmentVariables: ['RUSTFLAGS', 'RUNNER_NAME'],
      benchmarks: true,
      labels: { 'compliance-framework': 'SOC 2', owner: 'perf-team', tier: '1' }
    });
  });

  it('treats an empty file (or only comments) as no extras', () => {
    expect(parse('')).toEqual(EMPTY_AUDIT_CONFIG);
    expect(parse('# nothing yet\n')).toEqual(EMPTY_AUDIT_CONFIG);
  });

  it('names unknown keys and lists the accepted ones', () => {
    expect(() => parse('labels: {}\nenv-vars: [A]\nsign: yes\n')).toThrow(
      new InputError(
        `${FILE}: unknown keys "env-vars", "sign". Accepted keys: compliance-framework, labels, environment-variables, benchmarks.`
      )
    );
  });

  it('names the file, line and column of bad YAML', () => {
    expect(() => parse('labels:\n  owner: a\nenvironment-variables: [A, B\nbenchmarks: true\n')).toThrow(
      /^\.github\/copybook-bench-audit\.yml:4:1: not valid YAML: /
    );
    expect(() => parse('benchmarks: true\nbenchmarks: false\n')).toThrow(
      `${FILE}:2:1: not valid YAML: Map keys must be unique`
    );
  });

  it('refuses wrong shapes, naming the key and its line', () => {
    expect(() => parse('- a\n- b\n')).toThrow(`${FILE}:1: the audit config must be a mapping`);
    expect(() => parse('labels: [a]\n')).toThrow(`${FILE}:1: "labels" must be a mapping of names to texts`);
    expect(() => parse('labels:\n  owner: {team: x}\n')).toThrow(
      `${FILE}:2: each label must be a name and a text`
    );
    expect(() => parse('environment-variables: RUSTFLAGS\n')).toThrow(
      `${FILE}:1: "environment-variables" must be a list of names`
    );
    expect(() => parse('environment-variables:\n  - OK\n  - 9BAD\n')).toThrow(
      `${FILE}:3: "9BAD" in environment-variables is not a variable name`
    );
    expect(() => parse('benchmarks: yes please\n')).toThrow(`${FILE}:1: "benchmarks" must be true or false`);
    expect(() => parse('compliance-framework: ""\n')).toThrow(
      `${FILE}:1: "compliance-framework" must be a text`
    );
  });

  it('refuses to record variables that hold credentials', () => {
    for (const name of [
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'AWS_SECRET_ACCESS_KEY',
      'DB_PASSWORD',
      'API_KEY',
      'SIGNING_KEY'
    ]) {
      expect(() => parse(`environment-variables: [${name}]\n`)).toThrow(
        `${FILE}:1: environment variable "${name}" looks like a credential; the audit record never holds secrets`
      );
    }
    expect(
      parse('environment-variables: [KEYBOARD_LAYOUT, CARGO_INCREMENTAL]\n').environmentVariables
    ).toEqual(['KEYBOARD_LAYOUT', 'CARGO_INCREMENTAL']);
  });
});
