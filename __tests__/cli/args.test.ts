import { describe, expect, it } from '@jest/globals';
import { COMMANDS, FILE_FLAGS, parseCliArgs, usage } from '../../src/cli/args.js';
import { buildConfig } from '../../src/core/config/config.js';
import { OPTIONS } from '../../src/core/config/options.js';
import { InputError } from '../../src/core/errors.js';

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

  it('takes a value that starts with "-" after "=" only, and says so', () => {
    expect(parseCliArgs(['run', '--bench-args=--noplot --quick']).inputs).toEqual({
      'bench-args': '--noplot --quick'
    });
    expect(() => parseCliArgs(['run', '--bench-args', '--noplot'])).toThrow(
      'Flag --bench-args needs a value; a value that starts with "-" goes after "=", as in --bench-args=-VALUE.'
    );
  });

  it('rejects unknown flags and commands and flags without values', () => {
    expect(() => parseCliArgs(['run', '--colour', 'red'])).toThrow(InputError);
    expect(() => parseCliArgs(['run', '--colour', 'red'])).toThrow('Unknown flag --colour');
    expect(() => parseCliArgs(['run', '-x'])).toThrow('Unknown flag -x.');
    expect(() => parseCliArgs(['bench'])).toThrow(
      'Unknown command "bench". Accepted: run, analyze, validate, baseline, report, audit, demo.'
    );
    expect(() => parseCliArgs(['run', '--package'])).toThrow('Flag --package needs a value.');
    expect(() => parseCliArgs(['run', '--help=yes'])).toThrow('Flag --help takes no value.');
    expect(() => parseCliArgs(['report', '--out', ''])).toThrow('Flag --out needs a file name.');
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
    ['baseline', ['promote', '--working-directory', 'x'], '--working-directory']
  ])('%s refuses %j, naming the flag, the command and what it takes', (command, rest, flag) => {
    const name = command === 'baseline' ? 'baseline promote' : command;
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
      'audit takes: --working-directory, --config-file, --audit-config, --bench-env, --run, --report, --baseline-file, --out, --verbose, --help.'
    );
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
    for (const flag of Object.keys(FILE_FLAGS)) expect(text).toContain(`--${flag} `);
    expect(text).toContain('copybook-bench <command> --help');
  });

  it("lists only a command's own flags in its help", () => {
    const flagsOf = (text: string) => [...text.matchAll(/^ {2}--([a-z0-9-]+)/gm)].map((m) => m[1]);
    expect(flagsOf(usage('report'))).toEqual(['report', 'baseline-file', 'out', 'verbose', 'help']);
    expect(usage('report')).toContain('Usage: copybook-bench report --report perf.json');
    expect(flagsOf(usage('validate'))).toEqual(['verbose', 'help']);
    expect(flagsOf(usage('analyze'))).toEqual([
      ...OPTIONS.map((o) => o.name),
      'baseline-file',
      'verbose',
      'help'
    ]);
    expect(usage('analyze')).toContain('[default: 80 MB/s]');
    expect(usage('analyze')).not.toContain('Commands:');
  });
});
