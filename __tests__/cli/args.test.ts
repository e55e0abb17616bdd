import { describe, expect, it } from '@jest/globals';
import { parseCliArgs, usage } from '../../src/cli/args.js';
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
    expect(parseCliArgs(['run', '--run', 'false']).inputs).toEqual({ run: 'false' });
  });

  it('rejects unknown flags and commands and flags without values', () => {
    expect(() => parseCliArgs(['run', '--colour', 'red'])).toThrow(InputError);
    expect(() => parseCliArgs(['run', '--colour', 'red'])).toThrow('Unknown flag --colour');
    expect(() => parseCliArgs(['bench'])).toThrow(
      'Unknown command "bench". Accepted: run, analyze, validate, baseline, report, audit, demo.'
    );
    expect(() => parseCliArgs(['run', '--package'])).toThrow('Flag --package needs a value.');
  });
});

describe('usage', () => {
  it('lists every flag with its default', () => {
    const text = usage();
    for (const option of OPTIONS) {
      expect(text).toContain(`--${option.name}`);
      if (option.default !== '') expect(text).toContain(`[default: ${option.default}]`);
    }
  });
});
