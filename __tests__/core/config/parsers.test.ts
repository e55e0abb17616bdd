import { describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/core/config/config.js';
import { OPTIONS, optionKey } from '../../../src/core/config/options.js';
import {
  choice,
  count,
  failOn,
  flag,
  gitRemote,
  historyBranch,
  httpsUrl,
  number,
  percentage,
  rate,
  type SettingContext,
  selector,
  shardSpec,
  textOr,
  variableNames,
  wholeNumber
} from '../../../src/core/config/parsers.js';
import { InputError } from '../../../src/core/errors.js';

const input = (name: string): SettingContext => ({ name, origin: 'input' });
const fromFile = (name: string): SettingContext => ({ name, origin: 'config-file', file: 'bench.toml' });

describe('the options table is the schema', () => {
  it('turns kebab-case names into Config keys', () => {
    expect(optionKey('history-size')).toBe('historySize');
    expect(optionKey('comp3-benchmarks')).toBe('comp3Benchmarks');
    expect(optionKey('github-token')).toBe('githubToken');
    expect(optionKey('name')).toBe('name');
  });

  it('gives Config one field per option, the parse of its default, plus effective', () => {
    const config = buildConfig({ inputs: {} });
    const keys = OPTIONS.map((o) => optionKey(o.name));
    expect(Object.keys(config).sort()).toEqual([...keys, 'effective'].sort());
    for (const option of OPTIONS) {
      if ('secret' in option) continue;
      const parsed = option.parse(option.default, input(option.name));
      expect([option.name, config[optionKey(option.name)]]).toEqual([option.name, parsed]);
    }
  });

  it('declares the choices its choice parsers accept', () => {
    for (const option of OPTIONS) {
      if (!('choices' in option) || option.name === 'fail-on') continue;
      for (const value of option.choices) expect(() => option.parse(value, input(option.name))).not.toThrow();
      expect(() => option.parse('neither', input(option.name))).toThrow(
        `Invalid ${option.name}: "neither". Accepted: ${option.choices.join(', ')}.`
      );
    }
  });
});

describe('setting parsers', () => {
  it('variableNames: names, comma or newline separated, each once; a credential-like name is refused', () => {
    const at = input('audit-variables');
    expect(variableNames('', at)).toEqual([]);
    expect(variableNames('RUSTFLAGS, CARGO_INCREMENTAL\nRUSTFLAGS', at)).toEqual([
      'RUSTFLAGS',
      'CARGO_INCREMENTAL'
    ]);
    expect(() => variableNames('RUSTFLAGS, 9LIVES', at)).toThrow(
      'Invalid audit-variables: "9LIVES". Accepted: environment variable names (letters, digits and _, not starting with a digit).'
    );
    expect(() => variableNames('RUSTFLAGS, SLACK_TOKEN', at)).toThrow(
      'Invalid audit-variables: "SLACK_TOKEN". Accepted: names that do not look like credentials: the audit record never holds secrets.'
    );
  });

  it('choice: case-insensitive, the value as declared', () => {
    const { choices, parse } = choice(['max', 'min'] as const);
    expect(choices).toEqual(['max', 'min']);
    expect(parse('MAX', input('aggregate'))).toBe('max');
    expect(() => parse('mean', input('aggregate'))).toThrow('Invalid aggregate: "mean". Accepted: max, min.');
  });

  it('flag: true and false, nothing else', () => {
    const { choices, parse } = flag();
    expect(choices).toEqual(['true', 'false']);
    expect(parse('true', input('run'))).toBe(true);
    expect(parse('False', input('run'))).toBe(false);
    expect(() => parse('yes', input('run'))).toThrow('Invalid run: "yes". Accepted: true, false.');
  });

  it('names the config file when the value came from it', () => {
    expect(() => flag().parse('1', fromFile('job-summary'))).toThrow(
      'Invalid job-summary (from bench.toml): "1". Accepted: true, false.'
    );
    expect(() => flag().parse('1', { name: 'run', origin: 'default', file: 'bench.toml' })).toThrow(
      'Invalid run: "1".'
    );
  });

  it('number, wholeNumber and percentage keep their ranges', () => {
    const factor = number(1, 'a number from 1 to 1000', 1000);
    expect(factor('1.25', input('warning-factor'))).toBe(1.25);
    expect(() => factor('1001', input('warning-factor'))).toThrow(
      'Invalid warning-factor: "1001". Accepted: a number from 1 to 1000.'
    );
    expect(() => factor('', input('warning-factor'))).toThrow(InputError);
    expect(wholeNumber('30')(' 12 ', input('history-size'))).toBe(12);
    expect(() => wholeNumber('30')('1.5', input('history-size'))).toThrow(
      'Invalid history-size: "1.5". Accepted: a whole number >= 1, e.g. "30".'
    );
    expect(() => wholeNumber('30')('0', input('history-size'))).toThrow(InputError);
    expect(percentage('5%')('7.5%', input('noise-threshold'))).toBeCloseTo(0.075, 12);
    expect(percentage('5%')('100', input('noise-threshold'))).toBe(1);
    expect(() => percentage('2%')('0%', input('noise-threshold'))).toThrow(
      'Invalid noise-threshold: "0%". Accepted: a percentage above 0 and up to 100, e.g. "2%".'
    );
  });

  it('rate: a floor keeps its text and its bytes per second', () => {
    expect(rate('560 MiB/s', input('comp3-floor'))).toEqual({
      text: '560 MiB/s',
      bytesPerSecond: 560 * 1024 * 1024
    });
    expect(() => rate('5e-324 B/s', input('comp3-floor'))).toThrow(/from 1e-6 B\/s to 1000 TB\/s/);
  });

  it('selector: names the one bad glob, not the whole list', () => {
    expect(selector('a/**, b/*', input('display-benchmarks')).patterns).toEqual(['a/**', 'b/*']);
    expect(() => selector('a/**, b/[x', input('display-benchmarks'))).toThrow(
      /^Invalid display-benchmarks: "b\/\[x"\. Accepted: globs/
    );
    expect(() => selector(' , ', input('display-benchmarks'))).toThrow(/Accepted: one or more globs/);
  });

  it('failOn: a list, none alone', () => {
    expect(failOn.parse('Regression, floor, regression', input('fail-on'))).toEqual(['regression', 'floor']);
    expect(failOn.parse('none', input('fail-on'))).toEqual([]);
    expect(() => failOn.parse('none, floor', input('fail-on'))).toThrow('"none" stands alone');
  });

  it('textOr: an empty value from the config file is the fallback', () => {
    expect(textOr('.')('', fromFile('working-directory'))).toBe('.');
    expect(textOr('.')('crates/x', fromFile('working-directory'))).toBe('crates/x');
    expect(buildConfig({ inputs: {}, file: { path: 'x.toml', values: { testbed: '' } } }).testbed).toBe(
      'default'
    );
  });

  it('shardSpec: i/n within 1 to 256, or empty for not sharded', () => {
    expect(shardSpec('2/4', input('shard'))).toEqual({ index: 2, count: 4 });
    expect(shardSpec(' 1 / 1 ', input('shard'))).toEqual({ index: 1, count: 1 });
    expect(shardSpec('256/256', input('shard'))).toEqual({ index: 256, count: 256 });
    expect(shardSpec('', input('shard'))).toBeNull();
    for (const bad of ['0/4', '5/4', '1/0', '1/257', '2-4', '2/4/1', '-1/4', '1.5/4', 'matrix.shard/4'])
      expect(() => shardSpec(bad, input('shard'))).toThrow(
        `Invalid shard: "${bad}". Accepted: i/n with 1 <= i <= n <= 256, e.g. "2/4" (the second of four shards), or empty.`
      );
  });
});

describe('the history settings', () => {
  const at = { name: 'history-repository', origin: 'input' as const };
  it('take owner/repo, credential-free URLs and paths, and refuse a URL with a user', () => {
    expect(gitRemote('octo/bench', at)).toBe('octo/bench');
    expect(gitRemote('', at)).toBeNull();
    expect(gitRemote('https://github.example/octo/bench.git', at)).toBe(
      'https://github.example/octo/bench.git'
    );
    expect(gitRemote('/srv/git/bench.git', at)).toBe('/srv/git/bench.git');
    expect(() => gitRemote('https://x-access-token:ghs_secret@github.com/o/r', at)).toThrow(
      /Invalid history-repository: "https:\/\/x-access-token:\*+@github.com\/o\/r"|Invalid history-repository: .*Accepted: `owner\/repo`/
    );
    expect(() => gitRemote('--upload-pack=evil', at)).toThrow(/Accepted: `owner\/repo`/);
    expect(() => gitRemote('../../etc', at)).toThrow(/Invalid history-repository/);
    expect(() => gitRemote('./bench', at)).toThrow(/Invalid history-repository/);
  });
  it('take an https dashboard address without a user', () => {
    const urlAt = { name: 'history-url', origin: 'input' as const };
    expect(httpsUrl('https://bench.example.com/x', urlAt)).toBe('https://bench.example.com/x');
    expect(httpsUrl('', urlAt)).toBeNull();
    for (const bad of [
      'http://bench.example.com/',
      'javascript:alert(1)',
      'https://u:p@bench.example.com/',
      'bench'
    ])
      expect(() => httpsUrl(bad, urlAt)).toThrow(
        /^Invalid history-url: .*Accepted: an https:\/\/ URL without a user or password/
      );
  });

  it('take a branch name and a count from 0', () => {
    const branchAt = { name: 'history-branch', origin: 'input' as const };
    expect(historyBranch('copybook-bench-data', branchAt)).toBe('copybook-bench-data');
    expect(() => historyBranch('-evil', branchAt)).toThrow(
      /Invalid history-branch: "-evil". Accepted: a branch name/
    );
    expect(() => historyBranch('a..b', branchAt)).toThrow(/Invalid history-branch/);
    expect(count('500')('0', { name: 'history-max', origin: 'input' })).toBe(0);
    expect(() => count('500')('-1', { name: 'history-max', origin: 'input' })).toThrow(
      'Invalid history-max: "-1". Accepted: a whole number >= 0, e.g. "500".'
    );
  });
});
