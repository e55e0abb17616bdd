import { describe, expect, it } from '@jest/globals';
import { parse as parseToml } from 'smol-toml';
import { buildConfig, effectiveSettings } from '../../../src/core/config/config.js';
import {
  isWorkflowOnly,
  OPTIONS,
  type OptionSpec,
  WORKFLOW_ONLY_OPTION_NAMES
} from '../../../src/core/config/options.js';
import { InputError } from '../../../src/core/errors.js';
import { GIB, MIB } from '../../../src/core/units.js';

describe('buildConfig defaults', () => {
  const config = buildConfig({ inputs: {} });

  it('takes the spec defaults', () => {
    expect(config.package).toBe('copybook-bench');
    expect(config.run).toBe(true);
    expect(config.timeoutMinutes).toBe(60);
    expect(config.source).toBe('auto');
    expect(config.aggregate).toBe('max');
    expect(config.displayBenchmarks.patterns).toEqual(['decode_display_heavy/**']);
    expect(config.comp3Benchmarks.patterns).toEqual(['decode_comp3_heavy/**']);
    expect(config.displayFloor).toEqual({ text: '80 MB/s', bytesPerSecond: 80e6 });
    expect(config.comp3Floor).toEqual({ text: '40 MB/s', bytesPerSecond: 40e6 });
    expect(config.warningFactor).toBe(1.25);
    expect(config.varianceTolerance).toBeCloseTo(0.05, 12);
    expect(config.memoryCeiling).toEqual({ text: '256 MiB', bytes: 256 * MIB });
    expect(config.failOn).toEqual(['floor', 'regression']);
    expect(config.reportDir).toBe('copybook-bench-report');
    expect(config.criterionDir).toBeNull();
    expect(config.saveBaseline).toBeNull();
    expect(config.project).toBeNull();
    expect(config.name).toBe('copybook-bench');
    expect(config.comment).toBe('auto');
    expect(config.commentTemplate).toBeNull();
    expect(config.githubToken).toBeNull();
  });

  it('records every setting with its origin, but not the token', () => {
    expect(Object.keys(config.effective).sort()).toEqual(
      OPTIONS.map((o) => o.name)
        .filter((name) => name !== 'github-token')
        .sort()
    );
    expect(config.effective['display-floor']).toEqual({ value: '80 MB/s', origin: 'default' });
  });
});

describe('buildConfig precedence', () => {
  const file = {
    path: '.github/copybook-bench.toml',
    values: {
      'display-floor': '4.1 GiB/s',
      'comp3-floor': '560 MiB/s',
      'timeout-minutes': 5,
      run: false,
      benches: ['decode', 'other']
    }
  };

  it('prefers inputs over the file over the defaults', () => {
    const config = buildConfig({ inputs: { 'display-floor': '1.5e8 B/s', 'comp3-floor': '' }, file });
    expect(config.displayFloor.bytesPerSecond).toBe(1.5e8);
    expect(config.effective['display-floor'].origin).toBe('input');
    expect(config.comp3Floor.bytesPerSecond).toBe(560 * MIB);
    expect(config.effective['comp3-floor'].origin).toBe('config-file');
    expect(config.timeoutMinutes).toBe(5);
    expect(config.run).toBe(false);
    expect(config.benches).toEqual(['decode', 'other']);
    expect(config.effective.aggregate.origin).toBe('default');
  });

  it('reads GiB/s floors exactly', () => {
    expect(buildConfig({ inputs: {}, file }).displayFloor.bytesPerSecond).toBeCloseTo(4.1 * GIB, 3);
  });

  it('rejects unknown keys in the file, naming them and the accepted keys', () => {
    const bad = { path: 'bench.toml', values: { 'display-flor': '1 MB/s', color: 'red' } };
    expect(() => buildConfig({ inputs: {}, file: bad })).toThrow(InputError);
    expect(() => buildConfig({ inputs: {}, file: bad })).toThrow(
      /bench\.toml: unknown settings "display-flor", "color"\. Accepted keys: .*display-floor/
    );
  });

  it('names the file when a file value is invalid', () => {
    const bad = { path: 'bench.toml', values: { aggregate: 'average' } };
    expect(() => buildConfig({ inputs: {}, file: bad })).toThrow(
      'Invalid aggregate (from bench.toml): "average"'
    );
  });
});

describe('buildConfig and the github-token', () => {
  const token = 'ghs_abcdefghijklmnopqrstuvwxyz0123456789';

  it('takes it from the input only, and keeps it out of the effective settings', () => {
    const config = buildConfig({ inputs: { 'github-token': ` ${token} ` } });
    expect(config.githubToken).toBe(token);
    expect(JSON.stringify(effectiveSettings(config))).not.toContain(token);
    expect(buildConfig({ inputs: { 'github-token': '' } }).githubToken).toBeNull();
  });

  it('rejects it in the config file without repeating it, pointing to the input and GITHUB_TOKEN', () => {
    const file = { path: '.github/copybook-bench.toml', values: { 'github-token': token } };
    expect(() => buildConfig({ inputs: {}, file })).toThrow(InputError);
    expect(() => buildConfig({ inputs: {}, file })).toThrow(
      '.github/copybook-bench.toml: "github-token" cannot be set in the config file, which is committed to the repository. Use the github-token input (it defaults to the job\'s token) or the GITHUB_TOKEN environment variable.'
    );
    try {
      buildConfig({ inputs: {}, file });
    } catch (error) {
      expect(String(error)).not.toContain(token);
    }
  });

  it('does not list it among the accepted keys of the file', () => {
    const file = { path: 'x.toml', values: { colour: 'red' } };
    expect(() => buildConfig({ inputs: {}, file })).toThrow(/Accepted keys: .*comment-template, testbed,/);
    expect(() => buildConfig({ inputs: {}, file })).not.toThrow(/github-token/);
  });
});

describe('buildConfig and the workflow-only settings', () => {
  const FILE = '.github/copybook-bench.toml';
  /** The config from the inputs and a config file of this TOML text. */
  const fromToml = (toml: string, inputs: Record<string, string> = {}) =>
    buildConfig({ inputs, file: { path: FILE, values: parseToml(toml) as Record<string, unknown> } });

  it('are the settings that decide whom the run trusts, and a credential', () => {
    expect([...WORKFLOW_ONLY_OPTION_NAMES].sort()).toEqual(
      [
        'audit-config',
        'audit-variables',
        'baseline',
        'baseline-branch',
        'github-token',
        'mode',
        'name',
        'commit-status',
        'report-run-id',
        // Where the data branch is pushed: a config file must not redirect the promoting job's token.
        'history-branch',
        'history-repository'
      ].sort()
    );
    // One flag in the table makes an option workflow only; a credential always is.
    for (const option of OPTIONS as readonly OptionSpec[])
      expect(WORKFLOW_ONLY_OPTION_NAMES.has(option.name)).toBe(isWorkflowOnly(option));
    for (const option of OPTIONS as readonly OptionSpec[])
      if (option.secret) expect(isWorkflowOnly(option)).toBe(true);
  });

  it('refuses one in the config file, naming the key, the file and the input to use', () => {
    expect(() => fromToml('name = "other-instance"\n')).toThrow(
      '.github/copybook-bench.toml: "name" cannot be set in the config file: a pull request controls that file. Set the action\'s name input (or --name) instead.'
    );
    expect(() => fromToml('baseline = "promote"\n')).toThrow(
      '.github/copybook-bench.toml: "baseline" cannot be set in the config file: a pull request controls that file. Set the action\'s baseline input (or --baseline) instead.'
    );
  });

  it('names every one the file sets, in its order', () => {
    const toml = 'mode = "merge"\naudit-config = "audit.yml"\nbaseline-branch = "pr-branch"\n';
    expect(() => fromToml(toml)).toThrow(
      '.github/copybook-bench.toml: "mode", "audit-config" and "baseline-branch" cannot be set in the config file: a pull request controls that file. Set the action\'s mode, audit-config and baseline-branch inputs (or --mode, --audit-config, --baseline-branch) instead.'
    );
  });

  it('refuses one even when the input sets it too, and whatever its value', () => {
    expect(() => fromToml('name = "copybook-bench"\n', { name: 'copybook-bench' })).toThrow(
      /"name" cannot be set in the config file/
    );
    expect(() => fromToml('baseline = 1\n')).toThrow(/"baseline" cannot be set in the config file/);
  });

  it('takes them from the inputs, next to the config file', () => {
    const config = fromToml('comment = "on-failure"\nproject = "copybook-rs"\ntestbed = "arm64"\n', {
      name: 'bench-arm64',
      baseline: 'promote',
      'baseline-branch': 'release',
      mode: 'merge',
      'audit-config': '.github/audit.yml',
      'audit-variables': 'RUSTFLAGS'
    });
    expect([config.name, config.baseline, config.baselineBranch, config.mode]).toEqual([
      'bench-arm64',
      'promote',
      'release',
      'merge'
    ]);
    expect([config.auditConfig, config.auditVariables]).toEqual(['.github/audit.yml', ['RUSTFLAGS']]);
    expect(config.effective.name).toEqual({ value: 'bench-arm64', origin: 'input' });
    expect(config.effective.testbed).toEqual({ value: 'arm64', origin: 'config-file' });
  });

  it('does not list them among the accepted keys of the file', () => {
    expect(() => fromToml('colour = "red"\n')).toThrow(/Accepted keys: .*comment-template, testbed,/);
    expect(() => fromToml('colour = "red"\n')).not.toThrow(/Accepted keys: .*\bname\b/);
  });
});

describe('buildConfig comment settings', () => {
  it('reads them from inputs and the file', () => {
    const file = {
      path: 'x.toml',
      values: { comment: 'on-failure', project: 'copybook-rs' }
    };
    const config = buildConfig({
      inputs: { 'comment-template': '.github/perf.md', name: 'bench-arm64' },
      file
    });
    expect(config.comment).toBe('on-failure');
    expect(config.name).toBe('bench-arm64');
    expect(config.project).toBe('copybook-rs');
    expect(config.commentTemplate).toBe('.github/perf.md');
  });
});

describe('buildConfig rejects invalid values with the input, the value and what is accepted', () => {
  it.each([
    [
      'display-floor',
      '80 furlongs/s',
      /Invalid display-floor: "80 furlongs\/s"\. Accepted: a positive number with a unit, one of B\/s, KiB\/s.*MB\/s/
    ],
    ['comp3-floor', '-40 MB/s', /Invalid comp3-floor: "-40 MB\/s"/],
    ['comp3-floor', '0 MB/s', /Invalid comp3-floor: "0 MB\/s"/],
    ['aggregate', 'average', /Invalid aggregate: "average"\. Accepted: max, min, median, mean\./],
    [
      'display-benchmarks',
      'decode_[display',
      /Invalid display-benchmarks: "decode_\[display"\. Accepted: globs .*unclosed "\["/
    ],
    ['comp3-benchmarks', 'a/{b,c', /Invalid comp3-benchmarks: "a\/\{b,c"/],
    ['warning-factor', '0.9', /Invalid warning-factor: "0\.9"\. Accepted: a number from 1 to 1000/],
    ['warning-factor', 'lots', /Invalid warning-factor: "lots"/],
    ['variance-tolerance', '150%', /Invalid variance-tolerance: "150%"/],
    ['memory-ceiling', '256 MiB/s', /Invalid memory-ceiling: "256 MiB\/s"\. Accepted: a positive size/],
    ['timeout-minutes', '0', /Invalid timeout-minutes: "0"/],
    ['source', 'network', /Invalid source: "network"\. Accepted: auto, disk, stdout, bencher\./],
    ['run', 'yes', /Invalid run: "yes"\. Accepted: true, false\./],
    ['fail-on', 'floor,sometimes', /Invalid fail-on: "floor,sometimes"/],
    ['fail-on', 'none,floor', /"none" stands alone/],
    ['package', 'my package', /Invalid package: "my package"/],
    ['comment', 'sometimes', /Invalid comment: "sometimes"\. Accepted: auto, always, never, on-failure\./],
    ['name', 'two words', /Invalid name: "two words"\. Accepted: letters, digits, "\.", "_" and "-"/],
    ['name', 'x-->y', /Invalid name: "x-->y"/],
    ['project', 'x'.repeat(101), /Invalid project: "x{101}"\. Accepted: a name on one line, at most 100/]
  ])('%s = %j', (name, value, message) => {
    expect(() => buildConfig({ inputs: { [name]: value } })).toThrow(InputError);
    expect(() => buildConfig({ inputs: { [name]: value } })).toThrow(message);
  });
});

describe('an explicitly empty bench-args', () => {
  it('passes no harness arguments, from an input or flag and from the config file', () => {
    const fromInput = buildConfig({ inputs: { 'bench-args': '' } });
    expect(fromInput.benchArgs).toEqual([]);
    expect(fromInput.effective['bench-args']).toEqual({ value: '', origin: 'input' });
    const file = { path: 'copybook-bench.toml', values: { 'bench-args': '' } };
    expect(buildConfig({ inputs: {}, file }).benchArgs).toEqual([]);
    // The input still wins over the file, and leaving both out keeps the default.
    expect(
      buildConfig({ inputs: { 'bench-args': '' }, file: { ...file, values: { 'bench-args': '-q' } } })
        .benchArgs
    ).toEqual([]);
    expect(buildConfig({ inputs: {} }).benchArgs).toEqual(['--noplot']);
    expect(buildConfig({ inputs: { 'bench-args': undefined } }).benchArgs).toEqual(['--noplot']);
  });
});

describe('bench-args given as arguments', () => {
  it('are used as given, over the input, the config file and the default', () => {
    const words = ['--save-baseline', 'my base', "it's"];
    const file = { path: 'copybook-bench.toml', values: { 'bench-args': '-q' } };
    const config = buildConfig({ inputs: { 'bench-args': '--quick' }, file, benchArgs: words });
    expect(config.benchArgs).toEqual(words);
    // Recorded as text that reads back as the same arguments.
    expect(config.effective['bench-args']).toEqual({
      value: "--save-baseline 'my base' 'it'\\''s'",
      origin: 'input'
    });
  });

  it('replace the default with none when there are none', () => {
    const config = buildConfig({ inputs: {}, benchArgs: [] });
    expect(config.benchArgs).toEqual([]);
    expect(config.effective['bench-args']).toEqual({ value: '', origin: 'input' });
    expect(buildConfig({ inputs: {}, benchArgs: null }).benchArgs).toEqual(['--noplot']);
  });
});

describe('package specs', () => {
  it.each(['copybook-bench', 'copybook-bench@0.1.0', 'path+file:///work/ws/copybook-bench#0.1.0'])(
    'accepts %s and keeps it as written',
    (value) => {
      expect(buildConfig({ inputs: { package: value } }).package).toBe(value);
    }
  );

  it('names what it accepts', () => {
    expect(() => buildConfig({ inputs: { package: 'copybook-bench@latest' } })).toThrow(
      'Invalid package: "copybook-bench@latest". Accepted: a Cargo package name (letters, digits, - and _) or package spec (`name@1.2.3`, `path+file:///…#1.2.3`).'
    );
  });
});

describe('buildConfig lists and choices', () => {
  it('splits globs on commas and newlines, keeping brace commas', () => {
    const config = buildConfig({ inputs: { 'display-benchmarks': 'a/**,\nb/{100,1000}' } });
    expect(config.displayBenchmarks.patterns).toEqual(['a/**', 'b/{100,1000}']);
    expect(config.displayBenchmarks.globs[1]?.test('b/1000')).toBe(true);
  });

  it('reads fail-on lists, none, percentages with or without %', () => {
    expect(buildConfig({ inputs: { 'fail-on': 'floor, warning' } }).failOn).toEqual(['floor', 'warning']);
    expect(buildConfig({ inputs: { 'fail-on': 'none' } }).failOn).toEqual([]);
    expect(buildConfig({ inputs: { 'variance-tolerance': '2.5' } }).varianceTolerance).toBeCloseTo(0.025, 12);
  });

  it('passes arguments and environment through their parsers', () => {
    const config = buildConfig({
      inputs: {
        'cargo-args': '--features "a b"',
        'bench-args': '--noplot',
        'bench-env': 'PERF=1\n# comment\nX=a=b'
      }
    });
    expect(config.cargoArgs).toEqual(['--features', 'a b']);
    expect(config.benchArgs).toEqual(['--noplot']);
    expect(config.benchEnv).toEqual({ PERF: '1', X: 'a=b' });
  });
});

describe('buildConfig: the settings as they are recorded', () => {
  it('records bench-env by its names only and hides credentials in cargo-args and bench-args', () => {
    const config = buildConfig({
      inputs: {
        'bench-env': 'PERF=1\nCRITERION_HOME=/tmp/c\nAPI_TOKEN=s3cr3t-value',
        'cargo-args': `--features simd --config 'registries.x.token="tok-123"'`,
        'bench-args': '--noplot --token tok-456'
      }
    });
    // What runs is untouched.
    expect(config.benchEnv.API_TOKEN).toBe('s3cr3t-value');
    expect(config.cargoArgs).toEqual(['--features', 'simd', '--config', 'registries.x.token="tok-123"']);
    // What is recorded is not.
    expect(config.effective['bench-env']).toEqual({
      value: 'PERF, CRITERION_HOME, API_TOKEN',
      origin: 'input'
    });
    expect(config.effective['cargo-args'].value).toBe(`--features simd --config 'registries.x.token="***"'`);
    expect(config.effective['bench-args'].value).toBe('--noplot --token ***');
    const recorded = JSON.stringify(effectiveSettings(config));
    for (const secret of ['s3cr3t', 'tok-123', 'tok-456', '/tmp/c']) expect(recorded).not.toContain(secret);
  });

  it('records the same from the config file, with its origin', () => {
    const file = {
      path: '.github/copybook-bench.toml',
      values: {
        'bench-env': ['PERF=1', 'DSN=postgres://u:pw@db/x'],
        'cargo-args': '--index https://u:pw@h/i'
      }
    };
    const config = buildConfig({ inputs: {}, file });
    expect(config.effective['bench-env']).toEqual({ value: 'PERF, DSN', origin: 'config-file' });
    expect(config.effective['cargo-args']).toEqual({
      value: '--index https://***@h/i',
      origin: 'config-file'
    });
  });

  it('refuses bench-env that would hand the job’s credentials to the bench, naming them', () => {
    for (const name of [
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'INPUT_GITHUB_TOKEN',
      'github_token'
    ]) {
      expect(() => buildConfig({ inputs: { 'bench-env': `PERF=1\n${name}=x` } })).toThrow(
        `Invalid bench-env: "${name}". Accepted: variables other than INPUT_*, ACTIONS_RUNTIME_TOKEN`
      );
    }
  });

  it('never repeats a credential in the message about a bad value', () => {
    expect(() => buildConfig({ inputs: { 'cargo-args': `--config 'registries.x.token="tok-123` } })).toThrow(
      `Input 'cargo-args': unterminated single quote at character 10 of "--config 'registries.x.token=\\"***"`
    );
  });
});
