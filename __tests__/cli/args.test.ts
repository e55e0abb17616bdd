import { describe, expect, it } from '@jest/globals';
import { COMMANDS, FILE_FLAGS, LABEL_FLAGS, parseCliArgs, usage } from '../../src/cli/args.js';
import { buildConfig } from '../../src/core/config/config.js';
import { OPTIONS } from '../../src/core/config/options.js';
import { InputError } from '../../src/core/errors.js';
import { benchCommandOf } from '../../src/core/runner/args.js';

describe('parseCliArgs', () => {
  it('reads the command, flags in both forms and positionals', () => {
    const args = parseCliArgs([
      'analyze',
      '--criterion-dir',
      'target/criterion',
      '--display-floor=4 GiB/s',
      '-v'
    ]);
    expect(args).toEqual({
      command: 'analyze',
      positional: [],
      inputs: { 'criterion-dir': 'target/criterion', 'display-floor': '4 GiB/s' },
      files: {},
      labels: {},
      benchArgs: null,
      verbose: true,
      help: false
    });
    expect(parseCliArgs(['validate', 'perf.json']).positional).toEqual(['perf.json']);
    expect(parseCliArgs(['--verbose', 'analyze', '--package', 'x'])).toMatchObject({
      command: 'analyze',
      inputs: { package: 'x' },
      verbose: true
    });
  });

  it('keeps an empty value, which for --bench-args means no harness arguments', () => {
    expect(parseCliArgs(['run', '--bench-args', '']).inputs).toEqual({ 'bench-args': '' });
    expect(parseCliArgs(['run', '--bench-args=']).inputs).toEqual({ 'bench-args': '' });
    expect(buildConfig({ inputs: parseCliArgs(['run', '--bench-args', '']).inputs }).benchArgs).toEqual([]);
  });

  it('treats a bare boolean flag as true', () => {
    expect(parseCliArgs(['run', '--job-summary', '--package', 'x']).inputs).toEqual({
      'job-summary': 'true',
      package: 'x'
    });
    expect(parseCliArgs(['run', '--upload-report']).inputs).toEqual({ 'upload-report': 'true' });
    expect(parseCliArgs(['run', '--run', 'false']).inputs).toEqual({ run: 'false' });
    expect(parseCliArgs(['run', '--job-summary=false']).inputs).toEqual({ 'job-summary': 'false' });
  });

  it('takes a value that starts with "-" for --bench-args and --cargo-args, after "=" only for the others', () => {
    expect(parseCliArgs(['run', '--bench-args=--noplot --quick']).inputs).toEqual({
      'bench-args': '--noplot --quick'
    });
    expect(parseCliArgs(['run', '--bench-args', '--noplot', '--package', 'x']).inputs).toEqual({
      'bench-args': '--noplot',
      package: 'x'
    });
    expect(parseCliArgs(['run', '--cargo-args', '--features simd', '--job-summary']).inputs).toEqual({
      'cargo-args': '--features simd',
      'job-summary': 'true'
    });
    // Elsewhere a word that starts with "-" after a flag most likely means its value was forgotten.
    expect(() => parseCliArgs(['run', '--package', '--noplot'])).toThrow(
      'Flag --package needs a value; a value that starts with "-" goes after "=", as in --package=-VALUE.'
    );
    expect(parseCliArgs(['run', '--save-baseline=-x']).inputs).toEqual({ 'save-baseline': '-x' });
    expect(() => parseCliArgs(['run', '--bench-args'])).toThrow('Flag --bench-args needs a value.');
    expect(() => parseCliArgs(['run', '--bench-args', '--', '-q'])).toThrow(
      'Flag --bench-args needs a value.'
    );
  });

  it('rejects unknown flags and commands and flags without values', () => {
    expect(() => parseCliArgs(['run', '--colour', 'red'])).toThrow(InputError);
    expect(() => parseCliArgs(['run', '--colour', 'red'])).toThrow('Unknown flag --colour');
    expect(() => parseCliArgs(['run', '-x'])).toThrow('Unknown flag -x.');
    expect(() => parseCliArgs(['bench'])).toThrow(
      'Unknown command "bench". Accepted: run, analyze, validate, baseline, report, audit, demo, history.'
    );
    expect(() => parseCliArgs(['run', '--package'])).toThrow('Flag --package needs a value.');
    expect(() => parseCliArgs(['run', '--help=yes'])).toThrow('Flag --help takes no value.');
    expect(() => parseCliArgs(['report', '--out', ''])).toThrow('Flag --out needs a file name.');
  });
});

describe('arguments for the bench harness', () => {
  const SAMPLE = ['--noplot', '--sample-size', '10'];

  it('takes the words after -- as they are, flags included, for run, analyze and demo', () => {
    const args = parseCliArgs(['run', '--package', 'x', '--', '--noplot', '--sample-size', '10']);
    expect(args).toMatchObject({
      command: 'run',
      inputs: { package: 'x' },
      positional: [],
      benchArgs: SAMPLE
    });
    for (const command of ['analyze', 'demo']) {
      expect(parseCliArgs([command, '--', '--noplot', '--sample-size', '10']).benchArgs).toEqual(SAMPLE);
    }
    // After --, nothing is a flag of ours, not even -- or --help.
    expect(parseCliArgs(['run', '--', 'decode', '--', '--help', '--job-summary'])).toMatchObject({
      help: false,
      inputs: {},
      benchArgs: ['decode', '--', '--help', '--job-summary']
    });
    expect(parseCliArgs(['run', '--job-summary', '--', '-q']).inputs).toEqual({ 'job-summary': 'true' });
    // A value after "=" is the flag's, whatever it is.
    expect(parseCliArgs(['run', '--bench-args=--']).inputs).toEqual({ 'bench-args': '--' });
    expect(parseCliArgs(['run']).benchArgs).toBeNull();
  });

  it('gives the config the same arguments after -- as from --bench-args, as an array', () => {
    const afterDashes = parseCliArgs(['run', '--', '--noplot', '--sample-size', '10']);
    const fromFlag = parseCliArgs(['run', '--bench-args', '--noplot --sample-size 10']);
    const configOf = (args: ReturnType<typeof parseCliArgs>) =>
      buildConfig({ inputs: args.inputs, benchArgs: args.benchArgs });
    expect(configOf(afterDashes).benchArgs).toEqual(SAMPLE);
    expect(configOf(fromFlag).benchArgs).toEqual(SAMPLE);
    // Both record the same text, so shards given one or the other agree on what they measured.
    expect(configOf(afterDashes).effective['bench-args']).toEqual(configOf(fromFlag).effective['bench-args']);
  });

  it('reach cargo bench after its --, each argument whole', () => {
    const cargoArgs = (argv: string[]) => {
      const args = parseCliArgs(argv);
      return benchCommandOf(buildConfig({ inputs: args.inputs, benchArgs: args.benchArgs })).args;
    };
    const head = ['bench', '-p', 'copybook-bench'];
    expect(cargoArgs(['run', '--', '--noplot', '--sample-size', '10'])).toEqual([...head, '--', ...SAMPLE]);
    expect(cargoArgs(['run', '--bench-args', '--noplot --sample-size 10'])).toEqual([
      ...head,
      '--',
      ...SAMPLE
    ]);
    // A word with a space stays one argument: it is never joined into text and split again.
    expect(cargoArgs(['run', '--cargo-args=--locked', '--', '--save-baseline', 'my base', "it's"])).toEqual([
      ...head,
      '--locked',
      '--',
      '--save-baseline',
      'my base',
      "it's"
    ]);
    expect(cargoArgs(['run'])).toEqual([...head, '--', '--noplot']);
  });

  it('passes none, not even the default --noplot, for a bare --, as --bench-args "" does', () => {
    const args = parseCliArgs(['run', '--']);
    expect(args.benchArgs).toEqual([]);
    const config = buildConfig({ inputs: args.inputs, benchArgs: args.benchArgs });
    expect(config.benchArgs).toEqual([]);
    expect(benchCommandOf(config).args).toEqual(['bench', '-p', 'copybook-bench']);
    expect(usage('run')).toContain('a bare -- passes none');
  });

  it('refuses -- with a command that runs no bench, naming the commands that take it', () => {
    expect(() => parseCliArgs(['validate', 'perf.json', '--', 'x'])).toThrow(InputError);
    expect(() => parseCliArgs(['validate', 'perf.json', '--', 'x'])).toThrow(
      '"--" passes arguments to the bench harness, which only run, analyze and demo take, not validate.'
    );
    for (const command of ['report', 'audit']) {
      expect(() => parseCliArgs([command, '--'])).toThrow(
        `which only run, analyze and demo take, not ${command}.`
      );
    }
    expect(() => parseCliArgs(['baseline', 'promote', '--', '-q'])).toThrow('not baseline promote.');
    expect(() => parseCliArgs(['--', 'run'])).toThrow(
      '"--" goes after a command: run, analyze or demo, as in copybook-bench run -- --noplot.'
    );
  });

  it('refuses them given twice, after -- and with --bench-args', () => {
    expect(() => parseCliArgs(['run', '--bench-args', '-q', '--', '--noplot'])).toThrow(
      "The bench harness's arguments are given twice, after -- and with --bench-args: give them once."
    );
  });
});

describe('words a command does not take', () => {
  it('refuses a stray word after run, analyze or demo by name, pointing to --', () => {
    expect(() => parseCliArgs(['run', 'foo'])).toThrow(InputError);
    expect(() => parseCliArgs(['run', 'foo'])).toThrow(
      'Unexpected argument "foo": run takes flags (copybook-bench run --help lists them), and arguments for the bench harness after --, as in copybook-bench run -- foo'
    );
    expect(() => parseCliArgs(['analyze', '--package', 'x', 'decode'])).toThrow(
      'Unexpected argument "decode": analyze takes flags'
    );
    expect(() => parseCliArgs(['demo', 'now'])).toThrow('Unexpected argument "now": demo takes flags');
  });

  it('refuses a word beyond those of validate, baseline, report and audit, with their usage', () => {
    expect(() => parseCliArgs(['validate', 'a.json', 'b.json'])).toThrow(
      'Unexpected argument "b.json". Usage: copybook-bench validate FILE'
    );
    expect(() => parseCliArgs(['baseline', 'promote', 'now'])).toThrow(
      'Unexpected argument "now". Usage: copybook-bench baseline promote --report perf.json'
    );
    expect(() => parseCliArgs(['report', 'p.json'])).toThrow(
      'Unexpected argument "p.json". Usage: copybook-bench report --report perf.json'
    );
    expect(() => parseCliArgs(['audit', 'x'])).toThrow(
      'Unexpected argument "x". Usage: copybook-bench audit'
    );
    expect(parseCliArgs(['validate', 'a.json']).positional).toEqual(['a.json']);
    expect(parseCliArgs(['baseline', 'promote']).positional).toEqual(['promote']);
  });

  it('hides a credential typed as a word', () => {
    const token = `ghp_${'a'.repeat(36)}`;
    expect(() => parseCliArgs(['run', token])).toThrow('Unexpected argument "***"');
    expect(() => parseCliArgs(['run', token])).not.toThrow(token);
  });

  it('shows the help with --help instead of refusing', () => {
    expect(parseCliArgs(['run', 'foo', '--help'])).toMatchObject({ command: 'run', help: true });
    expect(parseCliArgs(['validate', '--help', '--', 'x'])).toMatchObject({
      command: 'validate',
      help: true
    });
  });
});

describe('the flags of each command', () => {
  it.each([
    ['analyze', ['--out', 'DIR'], '--out'],
    ['run', ['--report', 'perf.json'], '--report'],
    ['demo', ['--previous', 'b.json'], '--previous'],
    ['validate', ['perf.json', '--package', 'x'], '--package'],
    ['report', ['--display-floor', '1 MB/s'], '--display-floor'],
    ['audit', ['--name', 'x'], '--name'],
    ['baseline', ['promote', '--working-directory', 'x'], '--working-directory'],
    ['history', ['import', 'data.js', '--config-file', 'x.toml'], '--config-file'],
    ['analyze', ['--suite', 'x'], '--suite']
  ])('%s refuses %j, naming the flag, the command and what it takes', (command, rest, flag) => {
    const name =
      ({ baseline: 'baseline promote', history: 'history import' } as Record<string, string>)[command] ??
      command;
    expect(() => parseCliArgs([command, ...rest])).toThrow(InputError);
    expect(() => parseCliArgs([command, ...rest])).toThrow(
      `Flag ${flag} does not apply to ${name}. ${name} takes: `
    );
  });

  it('lists exactly what a command takes', () => {
    expect(() => parseCliArgs(['report', '--name', 'x'])).toThrow(
      'Flag --name does not apply to report. report takes: --report, --baseline-file, --out, --verbose, --help.'
    );
    expect(() => parseCliArgs(['validate', '--out', 'x'])).toThrow(
      'Flag --out does not apply to validate. validate takes: --verbose, --help.'
    );
    expect(() => parseCliArgs(['baseline', 'promote', '--baseline-file', 'x'])).toThrow(
      'baseline promote takes: --config-file, --name, --testbed, --history-size, --report, --previous, --out, --verbose, --help.'
    );
    expect(() => parseCliArgs(['audit', '--package', 'x'])).toThrow(
      'audit takes: --working-directory, --config-file, --audit-config, --audit-variables, --bench-env, --run, --report, --baseline-file, --out, --verbose, --help.'
    );
    expect(() => parseCliArgs(['history', 'import', 'data.js', '--out', 'x'])).toThrow(
      'Flag --out does not apply to history import. history import takes: --name, --testbed, --dir, --suite, --os, --arch, --verbose, --help.'
    );
  });

  it('gives history import its file, folder, suite and labels', () => {
    const args = parseCliArgs([
      'history',
      'import',
      'bench/data.js',
      '--suite',
      'Rust Benchmark',
      '--dir=site',
      '--os',
      'Linux',
      '--arch',
      'X64',
      '--testbed',
      'arm'
    ]);
    expect(args).toMatchObject({
      command: 'history',
      positional: ['import', 'bench/data.js'],
      inputs: { testbed: 'arm' },
      files: { dir: 'site' },
      labels: { suite: 'Rust Benchmark', os: 'Linux', arch: 'X64' }
    });
    expect(() => parseCliArgs(['history', 'import', 'data.js', '--suite='])).toThrow(
      'Flag --suite needs a value.'
    );
    expect(() => parseCliArgs(['history', 'import', 'a.js', 'b.js'])).toThrow(
      'Unexpected argument "b.js". Usage: copybook-bench history import FILE'
    );
    expect(() => parseCliArgs(['history', 'import', 'a.js', '--', 'x'])).toThrow('not history import.');
  });

  it('gives run, analyze and demo every setting, and the others their own', () => {
    for (const command of ['run', 'analyze', 'demo'] as const) {
      for (const option of OPTIONS) {
        expect(parseCliArgs([command, `--${option.name}=${option.default}`]).inputs).toEqual({
          [option.name]: option.default
        });
      }
    }
    expect(
      parseCliArgs(['baseline', 'promote', '--report', 'p.json', '--out', 'b.json', '--testbed', 'arm']).files
    ).toEqual({ report: 'p.json', out: 'b.json' });
    expect(parseCliArgs(['audit', '--report', 'p.json', '--run', 'false', '--out', 'd'])).toMatchObject({
      inputs: { run: 'false' },
      files: { report: 'p.json', out: 'd' }
    });
  });
});

describe('--baseline and --baseline-file', () => {
  it('names a baseline.json with --baseline-file', () => {
    for (const command of ['run', 'analyze', 'demo', 'report', 'audit']) {
      const args = parseCliArgs([command, '--baseline-file', 'ci/baseline.json']);
      expect(args.files).toEqual({ 'baseline-file': 'ci/baseline.json' });
      expect(args.inputs).toEqual({});
    }
    expect(parseCliArgs(['analyze', '--baseline-file=b.json', '--baseline', 'compare']).inputs).toEqual({
      baseline: 'compare'
    });
  });

  it('takes only the modes with --baseline, as the action input', () => {
    for (const mode of ['auto', 'compare', 'promote', 'off', 'OFF']) {
      expect(parseCliArgs(['analyze', '--baseline', mode]).inputs).toEqual({ baseline: mode });
    }
  });

  it('refuses a path given to --baseline, pointing to --baseline-file', () => {
    expect(() => parseCliArgs(['analyze', '--baseline', 'some/path.json'])).toThrow(
      'Invalid --baseline: "some/path.json". Accepted: auto, compare, promote, off. To compare with a baseline.json, use --baseline-file some/path.json.'
    );
    expect(() => parseCliArgs(['report', '--report', 'p.json', '--baseline', 'b.json'])).toThrow(
      /^Flag --baseline does not apply to report\. .* To name a baseline\.json, use --baseline-file\.$/
    );
  });

  it('refuses a mode other than compare next to --baseline-file', () => {
    expect(() => parseCliArgs(['run', '--baseline', 'off', '--baseline-file', 'b.json'])).toThrow(
      '--baseline-file compares with that file, so --baseline can only be compare with it, not "off".'
    );
  });
});

describe('help', () => {
  it('asks for help on one command without refusing its other flags', () => {
    expect(parseCliArgs(['analyze', '--help'])).toMatchObject({ command: 'analyze', help: true });
    expect(parseCliArgs(['report', '--display-floor', '1 MB/s', '-h'])).toMatchObject({
      command: 'report',
      help: true
    });
  });

  it('lists every command, flag and default in the global help', () => {
    const text = usage();
    for (const command of Object.keys(COMMANDS)) expect(text).toContain(`\n  ${command} `);
    for (const option of OPTIONS) {
      expect(text).toContain(`--${option.name}`);
      if (option.default !== '') expect(text).toContain(`[default: ${option.default}]`);
    }
    for (const flag of [...Object.keys(FILE_FLAGS), ...Object.keys(LABEL_FLAGS)]) {
      expect(text).toContain(`--${flag} `);
    }
    expect(text).toContain('\n            copybook-bench history import FILE [--suite NAME]');
    expect(text).toContain('copybook-bench <command> --help');
    expect(text).toContain('  copybook-bench run -- --noplot --sample-size 10\n');
    expect(text).toContain('  copybook-bench run --bench-args "--noplot --sample-size 10"\n');
  });

  it("lists only a command's own flags in its help", () => {
    const flagsOf = (text: string) => [...text.matchAll(/^ {2}--([a-z0-9-]+)/gm)].map((m) => m[1]);
    expect(flagsOf(usage('report'))).toEqual(['report', 'baseline-file', 'out', 'verbose', 'help']);
    expect(usage('report')).toContain('Usage: copybook-bench report --report perf.json');
    expect(flagsOf(usage('validate'))).toEqual(['verbose', 'help']);
    expect(flagsOf(usage('history'))).toEqual([
      'name',
      'testbed',
      'dir',
      'suite',
      'os',
      'arch',
      'verbose',
      'help'
    ]);
    expect(flagsOf(usage('analyze'))).toEqual([
      ...OPTIONS.map((o) => o.name),
      'baseline-file',
      'verbose',
      'help'
    ]);
    expect(usage('analyze')).toContain('[default: 80 MB/s]');
    expect(usage('analyze')).not.toContain('Commands:');
    // The commands that run a bench say how it takes arguments; the others do not.
    expect(usage('run')).toContain('Usage: copybook-bench run [--flag value]... [-- BENCH-ARG...]');
    expect(usage('demo')).toContain('The words after -- go to the harness as they are');
    expect(usage('report')).not.toContain(' -- ');
  });
});
